"""The bookkeeping beside a persistent store's graph, in SQLite.

A store's Oxigraph database holds the knowledge graph exactly as ``kg build`` makes it,
so every query and export reads it as it reads a built graph. What an incremental add
needs besides lives here, in one SQLite file:

* ``articles``: each article's facts, their digest (an unchanged article is skipped),
  a light copy for resolution (no text, no evidence) and the event and document
  clusters its mapping used, so that the quads it gave can be computed again;
* what resolution reads of each article's events and documents, indexed so that an add
  finds the articles it can change (:mod:`kg.event_index`, :mod:`kg.document_index`,
  :mod:`kg.title_index`);
* ``contrib``: which owner (an article, the concept schemes, the reference data) gives
  each triple of the merged layer (states, bodies, events...), by a 64-bit hash of the
  triple: a triple leaves the graph when its last owner stops giving it;
* ``pending``: the quads an add removes from and inserts into the graph, written in the
  same SQLite transaction as the rest. Its commit is the add's commit: the graph is then
  brought up to date from it, and again on the next open if that was cut short;
* ``touched``: while the graph is known to conform (the ``verdict`` kept in ``meta``),
  the nodes the adds since changed triples about, which are all that the next
  validation needs to read (:class:`kg.validate.Change`).
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox

from kg import document_index, event_index, title_index
from kg.document_index import DocumentIndex
from kg.event_index import EventIndex
from kg.facts import NewsFacts, facts_from_json
from kg.title_index import TitleIndex

__all__ = ["SCHEMES_OWNER", "REFERENCE_OWNER", "StoreIndex", "triple_hash"]

SCHEMES_OWNER = -1  # the concept schemes, loaded when the store is made
REFERENCE_OWNER = 0  # what the reference data adds of the states and bodies present
_GIVE_BATCH = 200_000  # (hash, owner) rows gathered before they are written
_VERDICT = "verdict"  # meta: "conforms" while the graph conformed when last validated

_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    owner INTEGER PRIMARY KEY,      -- 1, 2, ... : an article's number as an owner
    id TEXT NOT NULL UNIQUE,
    digest TEXT NOT NULL,
    facts BLOB NOT NULL,            -- zlib-compressed JSON, the spec's layout
    light TEXT NOT NULL,            -- JSON of the facts resolution reads
    clusters TEXT NOT NULL          -- JSON: the cluster keys its mapping used
);
CREATE TABLE IF NOT EXISTS contrib (
    hash INTEGER NOT NULL,
    owner INTEGER NOT NULL,
    PRIMARY KEY (hash, owner)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS pending (
    seq INTEGER PRIMARY KEY,
    op TEXT NOT NULL CHECK (op IN ('remove', 'insert')),
    quads BLOB NOT NULL             -- zlib-compressed N-Quads
);
CREATE TABLE IF NOT EXISTS meta (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS touched (
    node TEXT PRIMARY KEY,          -- an N-Triples term
    retyped INTEGER NOT NULL        -- 1: its rdf:type triples changed
) WITHOUT ROWID;
""" + event_index.SCHEMA + document_index.SCHEMA + title_index.SCHEMA


def triple_hash(triple: ox.Triple | ox.Quad) -> int:
    """A signed 64-bit hash of a triple's N-Triples form (SQLite's integer); a quad of
    the default graph is written as its triple, so it hashes the same.

    >>> t = ox.Triple(ox.NamedNode("http://a"), ox.NamedNode("http://b"), ox.Literal("c"))
    >>> triple_hash(t) == triple_hash(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()))
    True
    """
    digest = hashlib.blake2b(str(triple).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def _pack(value: str) -> bytes:
    return zlib.compress(value.encode("utf-8"), 3)


def _unpack(blob: bytes) -> str:
    return zlib.decompress(blob).decode("utf-8")


class StoreIndex:
    """The SQLite file of a store. Changes go into one transaction, begun by
    :meth:`begin` and ended by :meth:`commit`; nothing is seen before the commit."""

    def __init__(self, path: Path):
        # isolation_level=None: transactions are begun and committed here, explicitly.
        self.db = sqlite3.connect(str(path), isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        # The owners table is written at random places (keys are hashes): a cache of 64 MB
        # keeps its pages in memory instead of reading them back for each batch.
        self.db.execute("PRAGMA cache_size=-65536")
        self.db.executescript(_SCHEMA)
        self._given: list[tuple[int, int]] = []  # (hash, owner) rows given, not yet written
        self.events = EventIndex(self.db)
        self.documents = DocumentIndex(self.db)
        self.titles = TitleIndex(self.db)

    def close(self) -> None:
        self.db.close()

    def begin(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")
        # What the articles were before this add: their old quads are computed from it.
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS previous (owner INTEGER PRIMARY KEY, facts BLOB, clusters TEXT)")
        self.db.execute("DELETE FROM previous")
        # The articles this add brings: they had nothing before it.
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS fresh (owner INTEGER PRIMARY KEY)")
        self.db.execute("DELETE FROM fresh")
        # The articles whose facts this add changes (brings or replaces).
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS staged (owner INTEGER PRIMARY KEY)")
        self.db.execute("DELETE FROM staged")
        # Merged triples an owner stopped giving: they leave the graph if none gives them at the end.
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS dropped (hash INTEGER PRIMARY KEY, quad TEXT NOT NULL)")
        self.db.execute("DELETE FROM dropped")
        self.events.begin_add()
        self.documents.begin_add()

    def commit(self) -> None:
        self._write_given()
        self.db.execute("COMMIT")

    def rollback(self) -> None:
        self._given = []
        if self.db.in_transaction:
            self.db.execute("ROLLBACK")
        # What they read from the rolled-back transaction is forgotten.
        self.events = EventIndex(self.db)
        self.titles = TitleIndex(self.db)

    # ------------------------------------------------------------------ articles

    def article(self, article_id: str) -> tuple[int, str] | None:
        """(owner, digest) of a stored article, or None."""
        row = self.db.execute("SELECT owner, digest FROM articles WHERE id = ?", (article_id,)).fetchone()
        return None if row is None else (row[0], row[1])

    def article_count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def _keep_previous(self, owner: int) -> None:
        self.db.execute("INSERT OR IGNORE INTO previous SELECT owner, facts, clusters FROM articles "
                        "WHERE owner = ? AND owner NOT IN (SELECT owner FROM fresh)", (owner,))

    def put_article(self, article_id: str, digest: str, facts: dict, light: dict) -> int:
        """Store an article's facts (new, or replacing what it said); returns its owner number."""
        known = self.article(article_id)
        packed = _pack(json.dumps(facts, ensure_ascii=False))
        light_text = json.dumps(light, ensure_ascii=False)
        if known is None:
            cur = self.db.execute("INSERT INTO articles (id, digest, facts, light, clusters) VALUES (?, ?, ?, ?, '{}')",
                                  (article_id, digest, packed, light_text))
            owner = int(cur.lastrowid)  # type: ignore[arg-type]
            self.db.execute("INSERT INTO fresh (owner) VALUES (?)", (owner,))
            return owner
        self._keep_previous(known[0])
        self.db.execute("UPDATE articles SET digest = ?, facts = ?, light = ? WHERE owner = ?",
                        (digest, packed, light_text, known[0]))
        return known[0]

    def note_staged(self, owners: Iterable[int]) -> None:
        self.db.executemany("INSERT OR IGNORE INTO staged (owner) VALUES (?)", [(o,) for o in owners])

    def _pages(self, sql: str) -> Iterator[list[int]]:
        """The owners a query gives (``owner`` in order, after ``?``), a thousand at a time."""
        last = 0
        while True:
            page = [r[0] for r in self.db.execute(sql + " ORDER BY owner LIMIT 1000", (last,))]
            if not page:
                return
            yield page
            last = page[-1]

    def all_articles(self) -> Iterator[list[int]]:
        return self._pages("SELECT owner FROM articles WHERE owner > ?")

    def staged(self) -> Iterator[list[int]]:
        return self._pages("SELECT owner FROM staged WHERE owner > ?")

    def remapped_by_events(self) -> Iterator[list[int]]:
        """The articles whose events' clusters this add changed, their facts unchanged."""
        return self._pages("SELECT owner FROM add_event_owners WHERE owner > ? AND owner NOT IN (SELECT owner FROM staged)")

    def resolved_again(self) -> Iterator[list[int]]:
        """The articles this add staged, read again or changed the clusters of."""
        return self._pages("SELECT owner FROM (SELECT owner FROM staged UNION SELECT owner FROM add_event_owners "
                           "UNION SELECT owner FROM add_doc_owners UNION SELECT owner FROM add_doc_touched) "
                           "WHERE owner > ?")

    def light_facts(self, owner: int) -> NewsFacts:
        """What resolution reads of an article (no text, no evidence)."""
        row = self.db.execute("SELECT light FROM articles WHERE owner = ?", (owner,)).fetchone()
        return facts_from_json(json.loads(row[0]))

    def clusters_of(self, owner: int) -> str:
        return self.db.execute("SELECT clusters FROM articles WHERE owner = ?", (owner,)).fetchone()[0]

    def set_clusters(self, owner: int, clusters: str) -> None:
        self._keep_previous(owner)
        self.db.execute("UPDATE articles SET clusters = ? WHERE owner = ?", (clusters, owner))

    def changed_owners(self) -> Iterator[int]:
        """The articles this add changed: new ones, and those kept in ``previous``, in order."""
        for page in self._pages("SELECT owner FROM (SELECT owner FROM fresh UNION SELECT owner FROM previous) "
                                "WHERE owner > ?"):
            yield from page

    def changed_count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM (SELECT owner FROM fresh UNION SELECT owner FROM previous)"
                               ).fetchone()[0]

    # ------------------------------------------------------------------ what changed since the graph conformed

    def conformed(self) -> bool:
        """Whether the graph conformed when last validated, every node changed since noted."""
        return self.meta(_VERDICT) == "conforms"

    def touch(self, nodes: dict[str, bool]) -> int:
        """Note nodes changed (node → whether its types changed); returns how many are noted."""
        self.db.executemany("INSERT INTO touched (node, retyped) VALUES (?, ?) ON CONFLICT (node) DO UPDATE "
                            "SET retyped = MAX(retyped, excluded.retyped)", [(n, int(r)) for n, r in nodes.items()])
        return self.db.execute("SELECT COUNT(*) FROM touched").fetchone()[0]

    def touched(self) -> tuple[frozenset[str], frozenset[str]]:
        """(every node noted, those whose types changed)."""
        rows = self.db.execute("SELECT node, retyped FROM touched").fetchall()
        return frozenset(n for n, _ in rows), frozenset(n for n, r in rows if r)

    def set_verdict(self, conforms: bool) -> None:
        """Keep a validation's verdict on the graph as it is; nothing is noted changed since."""
        self.set_meta(_VERDICT, "conforms" if conforms else None)
        self.db.execute("DELETE FROM touched")

    # ------------------------------------------------------------------ settings kept with the store

    def meta(self, name: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return None if row is None else row[0]

    def set_meta(self, name: str, value: str | None) -> None:
        if value is None:
            self.db.execute("DELETE FROM meta WHERE name = ?", (name,))
        else:
            self.db.execute("INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)", (name, value))

    def before_and_after(self, owner: int) -> tuple[tuple[dict, dict] | None, tuple[dict, dict]]:
        """(facts, clusters) of an article before this add (None if it is new) and now."""
        old = self.db.execute("SELECT facts, clusters FROM previous WHERE owner = ?", (owner,)).fetchone()
        new = self.db.execute("SELECT facts, clusters FROM articles WHERE owner = ?", (owner,)).fetchone()
        before = None if old is None else (json.loads(_unpack(old[0])), json.loads(old[1]))
        return before, (json.loads(_unpack(new[0])), json.loads(new[1]))

    # ------------------------------------------------------------------ owners of triples

    # Rows given are gathered and written sorted, many at a time: the table's keys are
    # hashes, so rows written as they come land all over it, a page read back for each
    # once the table outgrows the cache; sorted, a batch writes its pages in key order.

    def give(self, owner: int, hashes: Iterable[int]) -> None:
        self._given.extend((h, owner) for h in hashes)
        if len(self._given) >= _GIVE_BATCH:
            self._write_given()

    def _write_given(self) -> None:
        if self._given:
            self._given.sort()
            self.db.executemany("INSERT OR IGNORE INTO contrib (hash, owner) VALUES (?, ?)", self._given)
            self._given = []

    def take_back(self, owner: int, hashes: Iterable[int]) -> None:
        self._write_given()  # what was given before is taken back after it
        self.db.executemany("DELETE FROM contrib WHERE hash = ? AND owner = ?", ((h, owner) for h in hashes))

    def note_dropped(self, quads: Iterable[tuple[int, ox.Quad]]) -> None:
        """Note (hash, quad) of merged triples an owner stopped giving."""
        self.db.executemany("INSERT OR IGNORE INTO dropped (hash, quad) VALUES (?, ?)",
                            ((h, str(q)) for h, q in quads))

    def orphaned(self) -> Iterator[list[ox.Quad]]:
        """The triples noted dropped that no owner gives any more, ten thousand at a time."""
        self._write_given()
        rows = self.db.execute("SELECT quad FROM dropped d WHERE NOT EXISTS "
                               "(SELECT 1 FROM contrib c WHERE c.hash = d.hash) ORDER BY hash")
        while page := rows.fetchmany(10_000):
            yield list(ox.parse("".join(f"{quad} .\n" for (quad,) in page).encode("utf-8"),
                                format=ox.RdfFormat.N_QUADS))

    def given(self, h: int) -> bool:
        """Whether any owner gives the triple of this hash."""
        self._write_given()
        return self.db.execute("SELECT 1 FROM contrib WHERE hash = ? LIMIT 1", (h,)).fetchone() is not None

    # ------------------------------------------------------------------ the pending change of the graph

    def log(self, op: str, quads: Iterable[ox.Quad]) -> None:
        """Log quads to remove or insert, as N-Quads compressed at zlib's fastest level:
        the log lives only until the add is applied, but the pages it took stay in the
        file (for the next add's log), so it is kept small."""
        data = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
        if data:
            self.db.execute("INSERT INTO pending (op, quads) VALUES (?, ?)", (op, zlib.compress(data, 1)))

    def pending(self) -> Iterator[tuple[str, bytes]]:
        """(op, N-Quads) of the logged change, removals first."""
        order = self.db.execute("SELECT seq FROM pending ORDER BY op = 'insert', seq").fetchall()
        for (seq,) in order:  # one row in memory at a time
            op, blob = self.db.execute("SELECT op, quads FROM pending WHERE seq = ?", (seq,)).fetchone()
            yield op, zlib.decompress(blob)

    def has_pending(self) -> bool:
        return self.db.execute("SELECT 1 FROM pending LIMIT 1").fetchone() is not None

    def clear_pending(self) -> None:
        self.db.execute("DELETE FROM pending")
