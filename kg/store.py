"""A persistent knowledge graph on disk, extended article by article.

A store is a folder: an Oxigraph database (RocksDB) holding the graph exactly as
``kg build`` would make it from every article added so far, and beside it the SQLite
bookkeeping of :mod:`kg.store_index`. :func:`add_to_store` adds facts:

* an article added again unchanged changes nothing;
* an article added again with other facts replaces what it said: its article node and
  reports, and what it gave the merged nodes, which keep what other articles give them;
* event and document resolution run again over the articles the add can change, found
  through the resolution index (:mod:`kg.store_events`, :mod:`kg.store_documents`), with
  the result of one resolution of all articles; each article whose clusters changed is
  mapped again. Facts are staged a chunk at a time and what the add has to resolve
  waits in SQLite, resolved part by part, so that an add's memory does not grow with
  its input or the store;
* the graph's change is logged in the SQLite transaction that commits the add, then
  applied; a store opened with a logged change not yet applied applies it first. A
  process killed at any moment thus leaves the store as it was before the add or after.

:func:`open_store` gives the graph as the same kind of rdflib Dataset as
:func:`kg.build_graph`, so ``kg.query``, ``kg.validate`` and ``kg.to_networkx`` work on it.
:func:`validate_store` validates a store after adds, reading only what they touched
where it conformed before them.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox
import rdflib

from kg.document_resolution import DocumentCluster
from kg.errors import GraphError
from kg.facts import NewsFacts, facts_from_json, facts_to_json
from kg.graph import oxstore, read_graph, scheme_quads, wrap_store
from kg.iri import article_graph_of
from kg.mapping import facts_to_quads
from kg.namespaces import OX_KG, OX_RDF
from kg.reference import reference_triples, referring_nodes
from kg.resolution import EventCluster
from kg.progress import Progress
from kg.solutions import value_of
from kg.store_documents import resolve_documents_of_add
from kg.store_events import resolve_events_of_add, stage_events
from kg.store_index import REFERENCE_OWNER, SCHEMES_OWNER, StoreIndex, triple_hash
from kg.store_migration import index_stored_articles
from kg.validate import Change, ValidationResult, validate

__all__ = ["AddResult", "add_to_store", "forget_verdict", "is_store", "open_store", "open_oxigraph", "read_graphs",
           "validate_store"]

MARKER = "kg-store.json"
_GRAPH_DIR = "oxigraph"
_INDEX = "index.sqlite"
_FORMAT = 2  # 2: with the resolution index
# Format 1 (no resolution index) is read as it is, and upgraded by the next add.
_FORMATS_READ = (1, 2)
_CHUNK = 1_000  # articles read and staged at a time
_BATCH = 20_000  # quads logged per row of the pending change
_LOAD_BYTES = 8 * 1024 * 1024  # N-Quads handed to the bulk loader at once (its memory grows with it)
_PRESENCE_TYPES = (OX_KG.State, OX_KG.InternationalBody)  # the nodes the reference data enriches
_FOCUS_LIMIT = 200_000  # nodes the adds since the last validation may touch for the next to read them alone
_SUBCLASS = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#subClassOf")


@dataclass(frozen=True)
class AddResult:
    """What one add did."""

    new: int  # articles the store did not hold
    replaced: int  # articles it held with other facts
    unchanged: int  # articles it held with the same facts
    remapped: int  # other articles mapped again because their clusters changed
    removed: int  # triples removed from the graph
    inserted: int  # triples inserted into the graph (new to it)
    triples: int  # triples in the graph after the add


def is_store(path: str | Path) -> bool:
    """Whether ``path`` is a store's folder."""
    return (Path(path) / MARKER).is_file()


def _check_store(path: Path) -> int:
    """The format of the store at ``path``: this version's, or one it reads and upgrades."""
    if not path.exists():
        raise GraphError(f"{path}: no such store; make one with `kg add {path} FACTS...`")
    if not is_store(path):
        raise GraphError(f"{path}: not a store (no {MARKER}); give a folder made by `kg add`")
    meta = json.loads((path / MARKER).read_text(encoding="utf-8"))
    if meta.get("format") not in _FORMATS_READ:
        raise GraphError(f"{path}: store format {meta.get('format')!r}, this version reads "
                         f"{', '.join(map(str, _FORMATS_READ))}; rebuild the store with `kg add`")
    return int(meta["format"])


def _mark(folder: Path) -> None:
    """Mark a folder as a store of this version's format (written whole, then renamed)."""
    work = folder / f".{MARKER}.tmp"
    work.write_text(json.dumps({"format": _FORMAT}) + "\n", encoding="utf-8")
    os.replace(work, folder / MARKER)


def _open_database(path: Path) -> ox.Store:
    try:
        return ox.Store(str(path / _GRAPH_DIR))
    except OSError as err:
        raise GraphError(f"{path}: cannot open the store ({' '.join(str(err).split())}); "
                         "another process (kg add, kg serve...) may hold it: stop it and try again") from err


def open_oxigraph(path: str | Path) -> ox.Store:
    """The Oxigraph store of a store's folder, brought up to date (see the module's doc)."""
    folder = Path(path)
    _check_store(folder)
    store = _open_database(folder)
    index = StoreIndex(folder / _INDEX)
    try:
        _apply_pending(store, index)
    finally:
        index.close()
    return store


def open_store(path: str | Path) -> rdflib.Dataset:
    """The graph of a store as an rdflib Dataset over its Oxigraph store, as
    :func:`kg.build_graph` gives one; changes made through it go to the graph alone, not
    to the store's bookkeeping, so add articles with :func:`add_to_store` (and after
    changing the graph otherwise, call :func:`forget_verdict`).

    Raises
    ------
    GraphError : not a store, or a store another process holds open.
    """
    return wrap_store(open_oxigraph(path))


def validate_store(path: str | Path, engine: str = "auto", progress: Progress | None = None) -> ValidationResult:
    """Validate the graph of a store with the project's shapes, and keep the verdict.

    Where the graph conformed when last validated so, only the nodes the adds since
    touched are read (:class:`kg.validate.Change`), with the results of validating the
    whole graph; otherwise the whole graph is validated.

    Raises
    ------
    GraphError : not a store, or a store another process holds open.
    ShapesError : as :func:`kg.validate.validate`.
    """
    folder = Path(path)
    _check_store(folder)
    store = _open_database(folder)
    index = StoreIndex(folder / _INDEX)
    try:
        _apply_pending(store, index)
        focus = Change(*index.touched()) if index.conformed() else None
        result = validate(store, engine=engine, progress=progress, focus=focus)
        index.begin()
        index.set_verdict(result.conforms)
        index.commit()
        return result
    finally:
        index.close()
        del store


def forget_verdict(path: str | Path) -> None:
    """Forget whether a store's graph conformed, so that the next validation reads it
    whole: for changes made to its graph by other means than :func:`add_to_store`."""
    folder = Path(path)
    _check_store(folder)
    index = StoreIndex(folder / _INDEX)
    try:
        index.begin()
        index.set_verdict(False)
        index.commit()
    finally:
        index.close()


def read_graphs(paths: Iterable[str | Path], progress: Progress | None = None) -> rdflib.Dataset:
    """Graph inputs as the commands take them: RDF files, or store folders, or both. One
    store is read in place; several inputs are merged into a graph in memory.
    ``progress`` is told how the reading of the files goes (:func:`kg.graph.read_graph`)."""
    inputs = [Path(p) for p in paths]
    stores = [p for p in inputs if p.is_dir()]
    if not stores:
        return read_graph(inputs, progress=progress)
    if len(inputs) == 1:
        return open_store(inputs[0])
    merged = read_graph([p for p in inputs if not p.is_dir()], progress=progress)
    target = oxstore(merged)
    for folder in stores:
        source = open_oxigraph(folder)
        target.bulk_extend(source.quads_for_pattern(None, None, None, None))
        del source
    return merged


# ---------------------------------------------------------------------------- adding


def add_to_store(path: str | Path, facts: Iterable[NewsFacts]) -> AddResult:
    """Add articles' facts to the store at ``path``, making it if it does not exist.

    ``facts`` is read once, as it comes (an iterator keeps memory low). The add is one
    transaction: it is committed whole or not at all.

    Raises
    ------
    GraphError : ``path`` is not a store or is held by another process.
    """
    folder = Path(path)
    made = not folder.exists() or (folder.is_dir() and not any(folder.iterdir()))
    if made:
        _create(folder)
    indexed = _check_store(folder) == _FORMAT
    try:
        return _add(folder, facts, indexed)
    except BaseException:
        if made:  # a bad input: no store is left behind
            shutil.rmtree(folder, ignore_errors=True)
        raise


def _add(folder: Path, facts: Iterable[NewsFacts], indexed: bool) -> AddResult:
    store = _open_database(folder)
    index = StoreIndex(folder / _INDEX)
    try:
        _apply_pending(store, index)
        index.begin()
        try:
            if not indexed:
                index_stored_articles(index)
            counts = {"new": 0, "replaced": 0, "unchanged": 0}
            for chunk in _chunks(facts, _CHUNK):
                changed = _stage(index, chunk, counts)
                if changed:
                    stage_events(index.events, changed)
            remapped = removed = inserted = 0
            if counts["new"] or counts["replaced"]:
                _resolve(index)
                remapped = index.changed_count() - counts["new"] - counts["replaced"]
                removed, inserted = _log_changes(index, store, index.changed_owners())
            index.commit()
        except BaseException:
            index.rollback()
            raise
        if not indexed:
            _mark(folder)  # the index committed: a store killed before this builds it again
        _apply_pending(store, index)
        return AddResult(counts["new"], counts["replaced"], counts["unchanged"], remapped, removed, inserted,
                         len(store))
    finally:
        index.close()
        del store


def _chunks(facts: Iterable[NewsFacts], size: int) -> Iterator[list[NewsFacts]]:
    chunk: list[NewsFacts] = []
    for f in facts:
        chunk.append(f)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _create(folder: Path) -> None:
    """A new store holding the concept schemes, made in a temporary folder and renamed
    into place, so that a folder by that name is a whole store or none."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    try:
        store = ox.Store(str(work / _GRAPH_DIR))
        index = StoreIndex(work / _INDEX)
        quads = scheme_quads()
        index.begin()
        index.give(SCHEMES_OWNER, (triple_hash(q) for q in quads))
        index.commit()
        store.extend(quads)
        store.flush()
        index.close()
        del store
        _mark(work)
        if folder.exists():
            folder.rmdir()  # the empty folder given
        os.replace(work, folder)
    finally:
        if work.exists():
            shutil.rmtree(work, ignore_errors=True)


def _digest(facts_json: dict) -> str:
    return hashlib.sha256(json.dumps(facts_json, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


def _light(facts_json: dict) -> dict:
    """What resolution reads of an article: no text, no metadata, no evidence."""
    out: dict = {"article": {"id": facts_json["article"]["id"]}}
    for key, items in facts_json.items():
        if key != "article":
            out[key] = [{k: v for k, v in item.items() if k != "evidence"} for item in items]
    return out


def _stage(index: StoreIndex, facts: list[NewsFacts], counts: dict[str, int]) -> dict[int, NewsFacts]:
    """Store the facts of new and changed articles; returns them by owner, and counts them."""
    changed: dict[int, NewsFacts] = {}
    for f in facts:
        data = facts_to_json(f)
        digest = _digest(data)
        known = index.article(f.article.id)
        if known is not None and known[1] == digest:
            counts["unchanged"] += 1
            continue
        owner = index.put_article(f.article.id, digest, data, _light(data))
        counts["new" if known is None else "replaced"] += 1
        changed[owner] = f  # resolution reads no text nor evidence: the light facts' own parts
        index.documents.note_titles(owner, (d.title for d in f.documents if d.title))
    index.note_staged(changed)
    return changed


def _resolve(index: StoreIndex) -> None:
    """Resolve the events and documents the add can change (its articles staged), and
    keep the clusters of each article whose clusters changed (its old ones stay for its
    old quads)."""
    resolve_events_of_add(index.events)
    resolve_documents_of_add(index.documents, index.titles, index.events, index.light_facts, index.staged,
                             index.remapped_by_events())
    for batch in index.resolved_again():
        for owner in batch:
            mine = {"e": index.events.clusters_of(owner), "d": index.documents.clusters_of(owner)}
            text = json.dumps(mine, sort_keys=True, ensure_ascii=False)
            if text != index.clusters_of(owner):
                index.set_clusters(owner, text)


def _quads(facts_json: dict, clusters: dict) -> list[ox.Quad]:
    """The quads one article gives, under the clusters its mapping used."""
    f = facts_from_json(facts_json)
    aid = f.article.id
    events = {(aid, eid): EventCluster(key, date, end, ()) for eid, (key, date, end) in clusters.get("e", {}).items()}
    documents = {(aid, did): DocumentCluster((key[0], key[1]), ()) for did, key in clusters.get("d", {}).items()}
    return facts_to_quads(f, events, documents)


def _split(quads: list[ox.Quad]) -> tuple[set[ox.Quad], set[ox.Quad]]:
    """(the article's own quads: its node and its reports; the merged layer's), all in
    the default graph. Quads, not triples: making a triple of each quad costs as much as
    the rest, and a quad of the default graph hashes (``triple_hash``) as its triple."""
    own: set[ox.Quad] = set()
    merged: set[ox.Quad] = set()
    layer: dict[ox.NamedNode | ox.BlankNode | ox.Triple, set[ox.Quad]] = {}  # a subject's, worked out once
    for q in quads:
        subject = q.subject
        target = layer.get(subject)
        if target is None:
            target = layer[subject] = own if article_graph_of(value_of(subject)) is not None else merged
        target.add(q)
    return own, merged


def _in_default_graph(triples: Iterable[ox.Triple]) -> set[ox.Quad]:
    default = ox.DefaultGraph()
    return {ox.Quad(t.subject, t.predicate, t.object, default) for t in triples}


class _ChangeLog:
    """The graph's change as it is worked out, logged to the index in batches; while the
    graph is known to conform, the nodes it touches are noted for the next validation."""

    def __init__(self, index: StoreIndex, store: ox.Store):
        self.index = index
        self.store = store  # the graph before the add
        self.buffers: dict[str, set[ox.Quad]] = {"remove": set(), "insert": set()}
        self.counts = {"remove": 0, "insert": 0}
        self.noting = index.conformed()

    def add(self, op: str, quads: Iterable[ox.Quad]) -> None:
        buffer = self.buffers[op]
        buffer.update(quads)
        if len(buffer) >= _BATCH:
            self.flush(op)

    def flush(self, op: str) -> None:
        buffer = self.buffers[op]
        self.index.log(op, buffer)
        self.counts[op] += len(buffer)
        if self.noting:
            # An owner's triple that another already gives is logged, and changes nothing.
            self._note([q for q in buffer if q not in self.store] if op == "insert" else buffer)
        buffer.clear()

    def _note(self, quads: Iterable[ox.Quad]) -> None:
        nodes: dict[str, bool] = {}
        for q in quads:
            if q.predicate == _SUBCLASS:
                self._stop()  # a class hierarchy that changes changes what every node is
                return
            subject = str(q.subject)
            nodes[subject] = nodes.get(subject, False) or q.predicate == OX_RDF.type
            nodes.setdefault(str(q.object), False)
        if self.index.touch(nodes) > _FOCUS_LIMIT:
            self._stop()  # validating so many nodes one by one costs more than the whole graph

    def _stop(self) -> None:
        self.index.set_verdict(False)
        self.noting = False


def _log_changes(index: StoreIndex, store: ox.Store, owners: Iterable[int]) -> tuple[int, int]:
    """Work out and log how the graph changes for the articles ``owners``: (triples to
    remove, triples to insert, at most)."""
    log = _ChangeLog(index, store)
    typed: set[ox.NamedNode] = set()  # states and bodies whose type triple came or went

    def move(owner: int, old: set[ox.Quad], new: set[ox.Quad]) -> None:
        gone, came = old - new, new - old
        if gone:
            hashes = [triple_hash(q) for q in gone]
            index.take_back(owner, hashes)
            index.note_dropped(zip(hashes, gone))  # kept in SQLite: a large add drops many
        index.give(owner, (triple_hash(q) for q in came))
        log.add("insert", came)
        for q in (*gone, *came):
            if q.predicate == OX_RDF.type and q.object in _PRESENCE_TYPES:
                typed.add(q.subject)  # type: ignore[arg-type]

    for owner in owners:
        before, after = index.before_and_after(owner)
        old_own, old_merged = _split(_quads(*before)) if before else (set(), set())
        new_own, new_merged = _split(_quads(*after))
        log.add("remove", old_own - new_own)
        log.add("insert", new_own - old_own)
        move(owner, old_merged, new_merged)

    # The reference data's triples of a state or body follow its presence, and those of
    # the nodes that name it as parent or member follow too.
    def present_before(node: ox.NamedNode) -> bool:
        return any(ox.Quad(node, OX_RDF.type, t, ox.DefaultGraph()) in store for t in _PRESENCE_TYPES)

    def present_after(node: ox.NamedNode) -> bool:
        return any(index.given(triple_hash(ox.Triple(node, OX_RDF.type, t))) for t in _PRESENCE_TYPES)

    changed = {n for n in typed if present_before(n) != present_after(n)}
    affected = set(changed)
    for node in changed:
        affected |= referring_nodes(node)
    for node in sorted(affected, key=lambda n: n.value):
        old = _in_default_graph(reference_triples(node, present_before)) if present_before(node) else set()
        new = _in_default_graph(reference_triples(node, present_after)) if present_after(node) else set()
        move(REFERENCE_OWNER, old, new)

    for quads in index.orphaned():
        log.add("remove", quads)
    log.flush("remove")
    log.flush("insert")
    return log.counts["remove"], log.counts["insert"]


def _apply_pending(store: ox.Store, index: StoreIndex) -> None:
    """Bring the graph up to date with the change logged by the last committed add.
    Applying it twice is applying it once, so a cut-short application is done again."""
    if not index.has_pending():
        return
    inserts: list[bytes] = []
    size = removed = 0
    for op, data in index.pending():  # removals first
        if op == "remove":
            for q in ox.parse(data, format=ox.RdfFormat.N_QUADS):
                store.remove(q)
            removed += len(data)
            if removed >= _LOAD_BYTES:
                # Removals wait in RocksDB's write buffers (128 MB a column family) until
                # flushed: flushed as often as inserts are loaded, their memory stays as small.
                store.flush()
                removed = 0
            continue
        # Inserts go through Oxigraph's bulk loader, which parses and writes the database's
        # files directly: several times a transaction's speed. It is not atomic, which the log makes
        # up for: what a killed load left half done is loaded again.
        inserts.append(data)
        size += len(data)
        if size >= _LOAD_BYTES:
            store.bulk_load(b"".join(inserts), format=ox.RdfFormat.N_QUADS)
            inserts, size = [], 0
    if inserts:
        store.bulk_load(b"".join(inserts), format=ox.RdfFormat.N_QUADS)
    store.flush()
    index.clear_pending()

