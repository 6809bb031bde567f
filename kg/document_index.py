"""What a store keeps of its articles' documents for resolution, in SQLite.

Document resolution (:mod:`kg.document_resolution`) reads of an article its titled
documents, as :class:`kg.document_resolution.DocumentMention`, and two counts over all of
them: how many titles have each word (its weight) and how many units that search across
meetings have it (which word of a title is its rarest, and whether it is too common to
search by). A store keeps:

* ``document_mentions``: one row per titled document, its title (``titles``, of
  :mod:`kg.title_index`), the hash of all that resolution compares it by (its
  signature: mentions alike in it are one unit), its meeting, and the cluster its
  mapping used;
* ``document_words``: the words of the mentions that search across meetings, so that
  the titles whose words one holds, or that hold its words, are found;
* ``word_counts``: the two counts of each word;
* ``weighed``: for each meeting, the words of the pairs of its documents whose likeness
  the words' weights decide, so that a count that changes finds the meetings it can change.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from typing import Iterable, Iterator

from kg.document_resolution import DocumentMention
from kg.document_titles import title_data, title_from_data

__all__ = ["SCHEMA", "DocumentIndex", "DocumentRow", "signature_hash", "wordset_hash"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS document_mentions (
    id INTEGER PRIMARY KEY,
    owner INTEGER NOT NULL,
    signature INTEGER NOT NULL,     -- hash of what resolution compares it by
    type TEXT NOT NULL,             -- its document type: a pair of types not kin is never alike
    meeting TEXT NOT NULL,
    title INTEGER NOT NULL,         -- titles.id
    wordset INTEGER,                -- hash of its distinctive words, where it searches across meetings
    data TEXT NOT NULL,             -- JSON [article, document, type, event part, title part, meeting, sole, sides,
                                    --       alone, outcome, place]
    cluster TEXT                    -- JSON [event part, title part] of its cluster's key; NULL: none
);
CREATE INDEX IF NOT EXISTS document_mentions_owner ON document_mentions (owner);
CREATE INDEX IF NOT EXISTS document_mentions_signature ON document_mentions (signature);
CREATE INDEX IF NOT EXISTS document_mentions_meeting ON document_mentions (meeting);
CREATE INDEX IF NOT EXISTS document_mentions_title ON document_mentions (title);
CREATE INDEX IF NOT EXISTS document_mentions_cluster ON document_mentions (cluster);
CREATE INDEX IF NOT EXISTS document_mentions_wordset ON document_mentions (wordset);
CREATE TABLE IF NOT EXISTS document_words (
    word TEXT NOT NULL, mention INTEGER NOT NULL, PRIMARY KEY (word, mention)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS document_words_mention ON document_words (mention, word);
CREATE TABLE IF NOT EXISTS word_counts (
    word TEXT PRIMARY KEY,
    titles INTEGER NOT NULL,        -- mentions whose title has it
    units INTEGER NOT NULL          -- units searching across meetings that have it
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS weighed (
    meeting TEXT NOT NULL, word TEXT NOT NULL, PRIMARY KEY (word, meeting)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS weighed_meeting ON weighed (meeting);
"""


# What one add has to resolve, kept beside the index for the time of the add.
_ADD_SCHEMA = """
CREATE TEMP TABLE IF NOT EXISTS add_doc_owners (owner INTEGER PRIMARY KEY);    -- whose mentions are read again
CREATE TEMP TABLE IF NOT EXISTS add_titles (                                  -- the staged facts' titles
    seq INTEGER PRIMARY KEY, owner INTEGER NOT NULL, title TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS add_titles_owner ON add_titles (owner);
CREATE TEMP TABLE IF NOT EXISTS add_doc_seeds (signature INTEGER PRIMARY KEY);
CREATE TEMP TABLE IF NOT EXISTS add_doc_clusters (cluster TEXT PRIMARY KEY);  -- clusters the changes were in
CREATE TEMP TABLE IF NOT EXISTS add_meetings (meeting TEXT PRIMARY KEY);
CREATE TEMP TABLE IF NOT EXISTS add_words (                                   -- counts' changes
    word TEXT PRIMARY KEY, titles INTEGER NOT NULL DEFAULT 0, units INTEGER NOT NULL DEFAULT 0);
CREATE TEMP TABLE IF NOT EXISTS add_doc_done (signature INTEGER PRIMARY KEY);  -- resolved again
CREATE TEMP TABLE IF NOT EXISTS add_doc_touched (owner INTEGER PRIMARY KEY);   -- whose clusters changed
"""
_ADD_TABLES = ("add_doc_owners", "add_titles", "add_doc_seeds", "add_doc_clusters", "add_meetings", "add_words", "add_doc_done",
               "add_doc_touched")


def _paged(db: sqlite3.Connection, sql: str, start) -> Iterator:
    """The first column of a query ordered by it, after ``?``, a thousand rows at a time."""
    last = start
    while True:
        page = [r[0] for r in db.execute(sql + " LIMIT 1000", (last,))]
        yield from page
        if len(page) < 1000:
            return
        last = page[-1]


def _hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


def wordset_hash(words: Iterable[str]) -> int:
    return _hash("\x1f".join(sorted(words)))


def signature_hash(m: DocumentMention) -> int:
    """A 64-bit hash of all that resolution compares a mention by: two mentions of one
    hash are one unit's (a collision would only make a unit read whole with another)."""
    return _hash(json.dumps([m.type, list(m.key), title_data(m.title), sorted(m.sides), m.sole, m.alone, m.outcome,
                             sorted(m.place)], ensure_ascii=False))


@dataclass(frozen=True)
class DocumentRow:
    id: int
    owner: int
    signature: int
    mention: DocumentMention
    cluster: tuple[str, str] | None
    title: str


class DocumentIndex:
    """The document rows of a store, read and written on the store's SQLite connection;
    titles are read through ``read_title`` (title → (its row, its reading))."""

    _COLUMNS = "m.id, m.owner, m.signature, m.data, t.reading, m.cluster, t.title"
    _FROM = "document_mentions m JOIN titles t ON t.id = m.title"

    def __init__(self, db: sqlite3.Connection):
        self.db = db
        db.executescript(_ADD_SCHEMA)

    def begin_add(self) -> None:
        """Forget what the last add had to resolve."""
        for table in _ADD_TABLES:
            self.db.execute(f"DELETE FROM {table}")

    @staticmethod
    def _row(values: tuple) -> DocumentRow:
        data = json.loads(values[3])
        if len(data) == 8:  # a row written before mentions had an outcome and a place
            data += [data[6], "", []]
        article, document, kind, event_part, title_part, meeting, sole, sides, alone, outcome, place = data
        mention = DocumentMention(article, document, kind, (event_part, title_part), meeting,
                                  title_from_data(json.loads(values[4])), sole, frozenset(sides), alone, outcome,
                                  frozenset(place))
        cluster = json.loads(values[5]) if values[5] is not None else None
        return DocumentRow(values[0], values[1], values[2], mention,
                           None if cluster is None else (cluster[0], cluster[1]), values[6])

    def _rows(self, where: str, args: Iterable = ()) -> list[DocumentRow]:
        return [self._row(r) for r in self.db.execute(f"SELECT {self._COLUMNS} FROM {self._FROM} WHERE {where}",
                                                      tuple(args))]

    # ------------------------------------------------------------------ reading

    def clusters_of(self, owner: int) -> dict[str, list]:
        """The cluster key of each document of an article in one, by document id."""
        return {document: json.loads(cluster) for document, cluster in self.db.execute(
            "SELECT json_extract(data, '$[1]'), cluster FROM document_mentions WHERE owner = ? AND cluster IS NOT NULL",
            (owner,))}

    def owner_rows(self, owner: int) -> list[DocumentRow]:
        return self._rows("m.owner = ?", (owner,))

    def group(self, signature: int) -> list[DocumentRow]:
        """The mentions of one signature, in resolution's order."""
        return sorted(self._rows("m.signature = ?", (signature,)), key=lambda r: r.mention.sort_key)

    # Candidates are given as signature → document type, so that those of a type that
    # cannot be alike are left before they are read.

    def at_meeting(self, meeting: str) -> dict[int, str]:
        return dict(self.db.execute("SELECT DISTINCT signature, type FROM document_mentions WHERE meeting = ?",
                                    (meeting,)))

    def meeting_rows(self, meeting: str) -> list[DocumentRow]:
        return self._rows("m.meeting = ?", (meeting,))

    def cluster_signatures(self, cluster: tuple[str, str]) -> set[int]:
        text = json.dumps(list(cluster), ensure_ascii=False)
        return {r[0] for r in self.db.execute("SELECT DISTINCT signature FROM document_mentions WHERE cluster = ?",
                                              (text,))}

    def titled(self, title_ids: Iterable[int]) -> set[int]:
        """The owners of the mentions of these titles."""
        owners: set[int] = set()
        for tid in title_ids:
            owners |= {r[0] for r in self.db.execute("SELECT DISTINCT owner FROM document_mentions WHERE title = ?",
                                                     (tid,))}
        return owners

    def supersets(self, words: frozenset[str], through: str) -> dict[int, str]:
        """The searching mentions that have ``through`` and all ``words``."""
        marks = ",".join("?" * len(words))
        return dict(self.db.execute(
            f"SELECT DISTINCT m.signature, m.type FROM document_words d JOIN document_mentions m ON m.id = d.mention "
            f"WHERE d.word = ? AND (SELECT COUNT(*) FROM document_words e WHERE e.mention = d.mention "
            f"AND e.word IN ({marks})) = ?", (through, *sorted(words), len(words))))

    def with_wordsets(self, hashes: Iterable[int]) -> dict[int, str]:
        """The searching mentions whose distinctive words are one of these sets (by
        :func:`wordset_hash`)."""
        found: dict[int, str] = {}
        hashes = sorted(set(hashes))
        for start in range(0, len(hashes), 500):
            part = hashes[start:start + 500]
            found.update(self.db.execute(
                f"SELECT DISTINCT signature, type FROM document_mentions WHERE wordset IN ({','.join('?' * len(part))})",
                part))
        return found

    def subsets(self, words: frozenset[str], through: Iterable[str]) -> dict[int, str]:
        """The searching mentions that have one of ``through`` and no word but ``words``."""
        found: dict[int, str] = {}
        marks = ",".join("?" * len(words))
        for word in sorted(through):
            found.update(self.db.execute(
                f"SELECT DISTINCT m.signature, m.type FROM document_words d JOIN document_mentions m ON m.id = d.mention "
                f"WHERE d.word = ? AND NOT EXISTS (SELECT 1 FROM document_words e WHERE e.mention = d.mention "
                f"AND e.word NOT IN ({marks}))", (word, *sorted(words))))
        return found

    def searching_with(self, word: str) -> set[int]:
        return {r[0] for r in self.db.execute(
            "SELECT DISTINCT m.signature FROM document_words d JOIN document_mentions m ON m.id = d.mention "
            "WHERE d.word = ?", (word,))}

    def units_of(self, signature: int) -> int:
        """How many units the mentions of a signature make: as many as one article has of them."""
        row = self.db.execute("SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM document_mentions WHERE signature = ? "
                              "GROUP BY owner)", (signature,)).fetchone()
        return int(row[0] or 0)

    def counts(self, words: Iterable[str]) -> tuple[dict[str, int], dict[str, int]]:
        """(titles with each word, searching units with it)."""
        titles: dict[str, int] = {}
        units: dict[str, int] = {}
        words = sorted(set(words))
        for start in range(0, len(words), 500):
            part = words[start:start + 500]
            for word, t, u in self.db.execute(
                    f"SELECT word, titles, units FROM word_counts WHERE word IN ({','.join('?' * len(part))})", part):
                titles[word] = t
                units[word] = u
        return titles, units

    def weighed_meetings(self, words: Iterable[str]) -> set[str]:
        found: set[str] = set()
        for word in sorted(set(words)):
            found |= {r[0] for r in self.db.execute("SELECT meeting FROM weighed WHERE word = ?", (word,))}
        return found

    # ------------------------------------------------------------------ writing

    def add(self, owner: int, mention: DocumentMention, title_id: int, signature: int) -> None:
        data = [mention.article, mention.document, mention.type, *mention.key, mention.meeting, mention.sole,
                sorted(mention.sides), mention.alone, mention.outcome, sorted(mention.place)]
        cur = self.db.execute("INSERT INTO document_mentions (owner, signature, type, meeting, title, wordset, data) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?)",
                              (owner, signature, mention.type, mention.meeting, title_id,
                               wordset_hash(mention.words) if mention.searches else None,
                               json.dumps(data, ensure_ascii=False)))
        if mention.searches:
            self.db.executemany("INSERT INTO document_words (word, mention) VALUES (?, ?)",
                                [(w, cur.lastrowid) for w in mention.words])

    def remove(self, owner: int) -> None:
        self.db.execute("DELETE FROM document_words WHERE mention IN (SELECT id FROM document_mentions WHERE owner = ?)",
                        (owner,))
        self.db.execute("DELETE FROM document_mentions WHERE owner = ?", (owner,))

    def count(self, word: str, titles: int, units: int) -> None:
        """Add to a word's counts (a word no title has is dropped)."""
        self.db.execute("INSERT INTO word_counts (word, titles, units) VALUES (?, ?, ?) ON CONFLICT (word) DO UPDATE "
                        "SET titles = titles + excluded.titles, units = units + excluded.units", (word, titles, units))
        self.db.execute("DELETE FROM word_counts WHERE word = ? AND titles <= 0 AND units <= 0", (word,))

    def set_weighed(self, meeting: str, words: Iterable[str]) -> None:
        self.db.execute("DELETE FROM weighed WHERE meeting = ?", (meeting,))
        self.db.executemany("INSERT OR IGNORE INTO weighed (meeting, word) VALUES (?, ?)",
                            [(meeting, w) for w in sorted(set(words))])

    # ------------------------------------------------------------------ what one add resolves

    def note_titles(self, owner: int, titles: Iterable[str]) -> None:
        """Note the titles of the documents of an article's facts staged (each once per
        document; an article staged again in one add has the titles of its last facts)."""
        self.db.execute("DELETE FROM add_titles WHERE owner = ?", (owner,))
        self.db.executemany("INSERT INTO add_titles (owner, title) VALUES (?, ?)", [(owner, t) for t in titles])

    def staged_titles(self) -> Iterator[list[str]]:
        last = 0
        while True:
            batch = self.db.execute("SELECT seq, title FROM add_titles WHERE seq > ? ORDER BY seq LIMIT 1000",
                                    (last,)).fetchall()
            if not batch:
                return
            yield [t for _, t in batch]
            last = batch[-1][0]

    def titles_of(self, owners: list[int]) -> list[str]:
        """The titles of the mentions of ``owners`` (each once per mention)."""
        marks = ",".join("?" * len(owners))
        return [r[0] for r in self.db.execute(f"SELECT t.title FROM document_mentions m JOIN titles t ON t.id = m.title "
                                              f"WHERE m.owner IN ({marks})", owners)]

    def note_owners(self, owners: Iterable[int]) -> None:
        self.db.executemany("INSERT OR IGNORE INTO add_doc_owners (owner) VALUES (?)", [(o,) for o in owners])

    def owners_to_read(self) -> Iterator[list[int]]:
        """The articles whose mentions are read again, five hundred at a time."""
        last = 0
        while True:
            batch = [r[0] for r in self.db.execute(
                "SELECT owner FROM add_doc_owners WHERE owner > ? ORDER BY owner LIMIT 500", (last,))]
            if not batch:
                return
            yield batch
            last = batch[-1]

    def note_seeds(self, signatures: Iterable[int]) -> None:
        self.db.executemany("INSERT OR IGNORE INTO add_doc_seeds (signature) VALUES (?)", [(s,) for s in signatures])

    def note_clusters(self, clusters: Iterable[tuple[str, str]]) -> None:
        self.db.executemany("INSERT OR IGNORE INTO add_doc_clusters (cluster) VALUES (?)",
                            [(json.dumps(list(c), ensure_ascii=False),) for c in clusters])

    def note_meetings(self, meetings: Iterable[str]) -> None:
        self.db.executemany("INSERT OR IGNORE INTO add_meetings (meeting) VALUES (?)", [(m,) for m in meetings])

    def meetings(self) -> Iterator[str]:
        """The meetings whose mentions the add changed (documents tied to no meeting
        are at none), a thousand read at a time."""
        return _paged(self.db, "SELECT meeting FROM add_meetings WHERE meeting > ? AND meeting != 'unattached' "
                               "ORDER BY meeting", "")

    def all_meetings(self) -> Iterator[str]:
        """Every meeting some mention is tied to, a thousand read at a time."""
        return _paged(self.db, "SELECT DISTINCT meeting FROM document_mentions WHERE meeting > ? "
                               "AND meeting != 'unattached' ORDER BY meeting", "")

    def searching_signatures(self) -> Iterator[tuple[int, frozenset[str]]]:
        """Each signature of the mentions that search across meetings, with its words."""
        for signature in _paged(self.db, "SELECT DISTINCT signature FROM document_mentions WHERE signature > ? "
                                         "AND wordset IS NOT NULL ORDER BY signature", -2 ** 63):
            yield signature, self.group(signature)[0].mention.words

    def note_words(self, deltas: dict[str, tuple[int, int]]) -> None:
        """Add to the changes of words' counts (titles, units)."""
        self.db.executemany("INSERT INTO add_words (word, titles, units) VALUES (?, ?, ?) ON CONFLICT (word) DO UPDATE "
                            "SET titles = titles + excluded.titles, units = units + excluded.units",
                            [(w, t, u) for w, (t, u) in deltas.items()])

    def word_changes(self) -> Iterator[list[tuple[str, int, int]]]:
        """(word, change of titles, change of units), a thousand at a time."""
        last = ""
        while True:
            batch = self.db.execute("SELECT word, titles, units FROM add_words WHERE word > ? ORDER BY word LIMIT 1000",
                                    (last,)).fetchall()
            if not batch:
                return
            yield batch
            last = batch[-1][0]

    def title_changes(self, words: Iterable[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        words = sorted(set(words))
        for start in range(0, len(words), 500):
            part = words[start:start + 500]
            found.update(self.db.execute(
                f"SELECT word, titles FROM add_words WHERE word IN ({','.join('?' * len(part))})", part))
        return found

    def seeds(self) -> Iterator[int]:
        """The units the add changed, and every unit of the clusters they were in, a
        thousand read at a time."""
        self.db.execute("INSERT OR IGNORE INTO add_doc_clusters (cluster) SELECT DISTINCT m.cluster FROM "
                        "document_mentions m JOIN add_doc_seeds s ON s.signature = m.signature WHERE m.cluster IS NOT NULL")
        self.db.execute("INSERT OR IGNORE INTO add_doc_seeds (signature) SELECT DISTINCT m.signature FROM "
                        "document_mentions m JOIN add_doc_clusters c ON c.cluster = m.cluster")
        return _paged(self.db, "SELECT signature FROM add_doc_seeds WHERE signature > ? ORDER BY signature",
                      -2 ** 63)

    def resolved(self) -> set[int]:
        return {r[0] for r in self.db.execute("SELECT signature FROM add_doc_done")}

    def is_resolved(self, signature: int) -> bool:
        return self.db.execute("SELECT 1 FROM add_doc_done WHERE signature = ?", (signature,)).fetchone() is not None

    def note_resolved(self, signatures: Iterable[int]) -> None:
        self.db.executemany("INSERT OR IGNORE INTO add_doc_done (signature) VALUES (?)", [(s,) for s in signatures])

    def note_touched(self, owner: int) -> None:
        self.db.execute("INSERT OR IGNORE INTO add_doc_touched (owner) VALUES (?)", (owner,))

    def set_cluster(self, row_id: int, cluster: tuple[str, str] | None) -> None:
        text = None if cluster is None else json.dumps(list(cluster), ensure_ascii=False)
        self.db.execute("UPDATE document_mentions SET cluster = ? WHERE id = ?", (text, row_id))
