"""Building, reading and writing knowledge graphs.

The graph users hold is an :class:`rdflib.Dataset`, so the rdflib API they know works;
a built graph keeps all triples in the default graph, and TriG and N-Quads exports put
what each article says in that article's named graph. Underneath is an Oxigraph store
(through oxrdflib), which loads ~10×, writes Turtle ~40× and answers SPARQL 30–200×
faster than rdflib's memory store (issue #2 and ``shared/STACK-MEASUREMENTS.md``). The
pipeline talks to that store directly through :func:`oxstore`.
"""
from __future__ import annotations

import gc
import json
import re
import sys
import warnings
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator, TypeVar, cast

import pyoxigraph as ox
import rdflib
from oxrdflib import OxigraphStore

from kg.apart import call_apart
from kg.atomic import atomic_write, is_stdout
from kg.errors import GraphError
from kg.facts import Event, NewsFacts
from kg.article_graphs import write_article_nquads
from kg.iri import slug
from kg.mapping import event_key, facts_to_ntriples
from kg.namespaces import PREFIXES, bind_prefixes
from kg.progress import CountingReader, Progress, silent
from kg.reference import enrich
from kg.document_resolution import resolve_documents
from kg.resolution import EventCluster, resolve_events
from kg.resources import jsonld_context_file, scheme_files

__all__ = ["FORMATS", "build_graph", "oxstore", "wrap_store", "read_graph", "write_graph", "format_for", "triples"]

T = TypeVar("T")

# suffix → (pyoxigraph format, whether the format keeps named graphs)
FORMATS: dict[str, tuple[ox.RdfFormat, bool]] = {
    ".ttl": (ox.RdfFormat.TURTLE, False),
    ".nt": (ox.RdfFormat.N_TRIPLES, False),
    ".nq": (ox.RdfFormat.N_QUADS, True),
    ".trig": (ox.RdfFormat.TRIG, True),
    ".jsonld": (ox.RdfFormat.JSON_LD, True),
    ".rdf": (ox.RdfFormat.RDF_XML, False),
    ".owl": (ox.RdfFormat.RDF_XML, False),
}


def format_for(path: str | Path) -> tuple[ox.RdfFormat, bool]:
    """The RDF format that a file's suffix names.

    >>> format_for("g.trig")[0] == ox.RdfFormat.TRIG
    True
    """
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise GraphError(f"{path}: unknown RDF format {suffix or '(no suffix)'!r}; "
                         f"use one of {', '.join(FORMATS)}")
    return FORMATS[suffix]


def wrap_store(store: ox.Store) -> rdflib.Dataset:
    """An rdflib Dataset over an Oxigraph store, with the project's prefixes bound."""
    dataset = rdflib.Dataset(store=OxigraphStore(store=store), default_union=True)
    return bind_prefixes(dataset)


def oxstore(graph: rdflib.Graph | ox.Store) -> ox.Store:
    """The Oxigraph store under ``graph``; a plain rdflib graph is copied into a new one."""
    if isinstance(graph, ox.Store):
        return graph
    store = getattr(graph, "store", None)
    if isinstance(store, OxigraphStore):
        return store._inner
    copy = ox.Store()
    data = graph.serialize(format="nquads" if isinstance(graph, rdflib.Dataset) else "nt", encoding="utf-8")
    copy.load(data, format=ox.RdfFormat.N_QUADS)
    return copy


def scheme_quads() -> list[ox.Quad]:
    # The concept schemes ride along in the default graph, so that queries can show
    # the labels of event types, document types and statuses, and follow the matches
    # between event types, CAMEO codes and PLOVER categories.
    return [q for path in scheme_files() for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)]


def build_graph(facts: Iterable[NewsFacts], resolve: bool = True,
                own_key: Callable[[Event, NewsFacts], str] | None = None,
                progress: Progress | None = None) -> rdflib.Dataset:
    """Map news facts to the knowledge graph: one named graph per article.

    Parameters
    ----------
    facts : checked news facts, from :func:`kg.read_facts` or :func:`kg.parse_facts`.
    resolve : join the events and documents of different articles that are one meeting
        or one document though their reports differ (:mod:`kg.resolution`,
        :mod:`kg.document_resolution`); without it, only reports that agree on an
        event's date, body and place, or a document's meeting and title, share a node.
    own_key : the key an event has alone, where it is not :func:`kg.mapping.event_key`'s:
        the importers of coded-event rows key the rows of one meeting alike and those of
        other meetings of the same day, place and type apart (:mod:`kg.importers.grouping`).
    progress : told ``("resolving", step, 2)`` as events and then documents are resolved,
        and ``("mapping", articles mapped, articles)`` (:mod:`kg.progress`).

    Returns
    -------
    rdflib.Dataset over an Oxigraph store; its default graph is the union of all graphs.

    Examples
    --------
    >>> from kg.facts import parse_facts
    >>> g = build_graph([parse_facts({"article": {"id": "a"}, "states": [{"iso3": "PER"}]})])
    >>> len(g.query("SELECT ?s WHERE { ?s a kg:State }"))
    1
    """
    facts = list(facts)
    tell = progress or silent
    store = ox.Store()
    store.extend(scheme_quads())
    # A large resolution runs in a child process of its own, for the memory it would
    # leave behind (kg/apart.py); a small one is not worth the fork.
    apart = call_apart if len(facts) >= _APART_FROM else _call
    if resolve:
        tell("resolving", 0, 2)
    clusters = apart(resolve_events, facts, own_key or event_key) if resolve else {}
    if own_key is not None:
        clusters = {**_keyed_alone(facts, own_key), **clusters}
    if resolve:
        tell("resolving", 1, 2)
    documents = apart(resolve_documents, facts, clusters) if resolve else {}
    if resolve:
        tell("resolving", 2, 2)
    # In about a hundred steps, for a progress bar, of at most 200 articles (a few
    # megabytes of text); a step of articles at a time costs no more than all at once.
    # Each step's facts are let go once mapped: the graph holds what they say, and a
    # caller that handed its facts over (the CLI) gets their memory back.
    total, step = len(facts), min(200, max(1, len(facts) // 100))
    steps = [facts[start:start + step] for start in range(0, total, step)][::-1]
    del facts
    tell("mapping", 0, total)

    def mapped() -> Iterator[str]:
        done = 0
        while steps:
            articles = steps.pop()
            yield "".join(facts_to_ntriples(f, clusters, documents) for f in articles)
            done += len(articles)
            tell("mapping", done, total)

    _load_while_mapping(store, mapped())
    enrich(store)
    # The names cached for this build are not those of the next; let go, they would keep
    # the memory around them from the validation that follows.
    slug.cache_clear()
    # A full collection empties the interpreter's free lists, whose few objects, spread
    # over the mapping's arenas, keep some 20 MB of them from going back to the system.
    gc.collect()
    return wrap_store(store)


_APART_FROM = 1_000  # articles


def _call(fn: Callable[..., T], *args: object) -> T:
    return fn(*args)


def _load_while_mapping(store: ox.Store, texts: Iterator[str]) -> None:
    """Load each text of N-Triples into ``store`` while the next is mapped: Oxigraph parses
    and inserts without holding the GIL, so the mapping (Python) and the loading (Rust)
    run side by side, one text ahead at most.

    The loading is the longer of the two, and Oxigraph loads some 15 % faster when it need
    not check each IRI: it is told the text is well-formed (``lenient``), as the mapping's
    is, its IRIs all minted by :mod:`kg.iri`, every segment percent-encoded or slugged, or
    namespace terms (the tests parse the outputs strictly).

    Between two texts the loading thread needs the GIL, which the mapping holds: Python
    hands it over only every switch interval (5 ms), and a hundred texts left Oxigraph
    idle half a second. A shorter interval, while the two run, takes that to 0.1 s."""
    interval = sys.getswitchinterval()
    sys.setswitchinterval(_HANDOVER)
    try:
        with ThreadPoolExecutor(max_workers=1) as loader:
            loading: Future | None = None
            for text in texts:
                if loading is not None:
                    loading.result()
                loading = loader.submit(store.load, text, format=ox.RdfFormat.N_TRIPLES, lenient=True)
            if loading is not None:
                loading.result()
    finally:
        sys.setswitchinterval(interval)


_HANDOVER = 0.0005  # seconds: the switch interval while mapping and loading


def _keyed_alone(facts: list[NewsFacts], own_key: Callable[[Event, NewsFacts], str]) -> dict:
    """A cluster of one for each event whose own key is not the mapping's, so that the
    mapping mints its node under that key."""
    out = {}
    for f in facts:
        for e in f.events:
            key = own_key(e, f)
            if key != event_key(e, f):
                # An undated event keeps no date: the mapping dates the node from the cluster's.
                out[(f.article.id, e.id)] = EventCluster(key, e.date, e.end_date,
                                                         ((f.article.id, e.id),))
    return out


def read_graph(paths: str | Path | Iterable[str | Path], progress: Progress | None = None) -> rdflib.Dataset:
    """Read RDF files (Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML) into one graph.

    ``progress`` is told ``("reading", bytes read, bytes of all the files)``
    (:mod:`kg.progress`).

    Raises
    ------
    GraphError : a file is missing, of an unknown format, or not valid RDF.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    files = [Path(p) for p in paths]
    for path in files:
        format_for(path)
        if not path.is_file():
            raise GraphError(f"{path}: no such file; check the path")
    total = sum(p.stat().st_size for p in files) if progress is not None else 0
    if progress is not None:
        progress("reading", 0, total)
    read = 0
    store = ox.Store()
    for path in files:
        fmt, _ = format_for(path)
        try:
            if progress is None:
                store.bulk_extend(ox.parse(path=str(path), format=fmt))
            else:
                with open(path, "rb") as raw:
                    counting = cast(BinaryIO, CountingReader(raw, progress, "reading", read, total))
                    store.bulk_extend(ox.parse(counting, format=fmt))
                read += path.stat().st_size
        except SyntaxError as err:
            raise GraphError(f"{path}: not valid {fmt.name}: {_one_line(err)}; fix the syntax at that place") from err
        except (OSError, ValueError) as err:
            raise GraphError(f"{path}: cannot read: {_one_line(err)}") from err
    return wrap_store(store)


def _one_line(err: BaseException) -> str:
    return " ".join(str(err).split())


def _has_named_graphs(store: ox.Store) -> bool:
    return next(iter(store.named_graphs()), None) is not None


def triples(store: ox.Store) -> list[ox.Triple]:
    """The distinct triples of the store, whatever graph holds them: the knowledge graph."""
    if not _has_named_graphs(store):
        return [q.triple for q in store]
    return list({q.triple for q in store})


def _compact_jsonld(quads: list[ox.Quad]) -> bytes:
    """Compacted JSON-LD: short keys ("startDate", "hasParticipant") and short IRIs
    ("state:RUS") from the project's context (``ontology/context.jsonld``), embedded so
    that a reader needs no network; one named graph per article."""
    with warnings.catch_warnings():  # rdflib's N-Quads reader and JSON-LD writer use its own deprecated API
        warnings.simplefilter("ignore", DeprecationWarning)
        dataset = rdflib.Dataset()
        dataset.parse(data=ox.serialize(quads, format=ox.RdfFormat.N_QUADS), format="nquads")
        document = json.loads(dataset.serialize(format="json-ld", context=jsonld_context(), auto_compact=True))
    # rdflib writes the default graph as a graph with no name, which readers take for a
    # blank-node graph: its nodes go to the top level, beside the articles' named graphs.
    items = document.get("@graph", [])
    unnamed = [x for x in items if "@graph" in x and "id" not in x and "@id" not in x]
    named = [x for x in items if x not in unnamed]
    document["@graph"] = [node for x in unnamed for node in x["@graph"]] + named
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def jsonld_context() -> dict:
    """The project's JSON-LD context: a short key for every property and class of the
    ontology, and a prefix for every kind of node."""
    return json.loads(jsonld_context_file().read_text(encoding="utf-8"))["@context"]


def _sort_key(item) -> tuple[str, str]:
    graph = getattr(item, "graph_name", None)
    return (graph.value if isinstance(graph, ox.NamedNode) else "", item.subject.value)


# Characters XML 1.0 cannot hold, even escaped: C0 controls but tab, line feed and
# carriage return, and U+FFFE, U+FFFF.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _check_xml_characters(store: ox.Store, path: str | Path) -> None:
    """Refuse, before writing, a graph that RDF/XML cannot carry."""
    for q in store:
        for term in (q.subject, q.object):
            m = NOT_XML.search(term.value) if isinstance(term, (ox.Literal, ox.NamedNode)) else None
            if m:
                raise GraphError(f"{path}: RDF/XML cannot hold the control character U+{ord(m.group(0)):04X} "
                                 f"(in a value of <{q.subject.value}>); write Turtle, N-Triples or JSON-LD instead")


def write_graph(graph: rdflib.Graph | ox.Store, path: str | Path, format: str | None = None,
                progress: Progress | None = None, ready: Callable[[], object] | None = None) -> int:
    """Write a graph to ``path`` in the format its suffix names (or ``format``, a suffix).

    Turtle, N-Triples and RDF/XML get the union of all graphs; N-Quads, TriG and
    JSON-LD keep one named graph per article. The file is written to a temporary file
    and renamed, so an existing file stays as it was if anything fails. A ``path`` of
    ``-`` writes to standard output, once the whole graph is written (Turtle unless
    ``format`` names another). ``progress`` is told ``("writing", quads gone through,
    quads)`` (:mod:`kg.progress`). ``ready``, if given, is called once the whole graph
    is written, before the file takes the place of ``path`` (or goes to standard
    output): where it raises, nothing is written.

    Returns
    -------
    int : the number of triples (or quads) written.
    """
    # Standard output ("-") has no suffix to name a format: Turtle unless one is given.
    fmt, keeps_graphs = format_for(f"x.{format.lstrip('.')}" if format else "x.ttl" if is_stdout(path) else path)
    store = oxstore(graph)
    if fmt == ox.RdfFormat.RDF_XML:
        _check_xml_characters(store, path)
    tell = progress or silent
    total = len(store)
    tell("writing", 0, total)
    try:
        with atomic_write(path) as out:
            written = _write(store, out, fmt, keeps_graphs, tell)
            if ready is not None:
                ready()
    except OSError as err:
        raise GraphError(f"{path}: cannot write: {_one_line(err)}") from err
    tell("writing", total, total)
    return written


def _write(store: ox.Store, out: BinaryIO, fmt: ox.RdfFormat, keeps_graphs: bool, tell: Progress) -> int:
    prefixes = PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
    if not keeps_graphs and not _has_named_graphs(store):
        # The common case, done by Oxigraph alone: ~40× rdflib's Turtle writer.
        store.dump(out, fmt, from_graph=ox.DefaultGraph(), prefixes=prefixes)
        return len(store)
    if fmt == ox.RdfFormat.N_QUADS:
        # Written as Oxigraph writes it, each article's triples given their graph on
        # the way: no copy of the whole graph in memory.
        return write_article_nquads(store, out.write, tell)
    items: list = []
    if keeps_graphs:
        write_article_nquads(store, lambda lines: items.extend(ox.parse(lines, format=ox.RdfFormat.N_QUADS)), tell)
    else:
        items = triples(store)
    # Sorted by subject, so that a subject's triples sit together.
    items.sort(key=_sort_key)
    if fmt == ox.RdfFormat.JSON_LD:
        out.write(_compact_jsonld(items))
    else:
        ox.serialize(items, out, fmt, prefixes=prefixes)
    return len(items)
