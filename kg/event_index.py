"""What a store keeps of its articles' events for resolution, in SQLite.

Event resolution (:mod:`kg.resolution`) reads of an article only its dated events, as
:class:`kg.resolution.EventMention`; a store keeps each as a row, with the cluster its
mapping used, and finds the rows a resolution must read again by the signs it compares
reports by:

* ``event_mentions``: one row per dated event (to the day, or to a month or a year with
  a body), its own key, and the cluster (key, first day, last day) it is mapped under;
* ``event_blocks``: for each report dated to the day, each of its block tokens (a city,
  a body, a pair of states: :func:`kg.resolution.block_tokens`) with its span of days, so
  that the reports sharing a block with a report are found by token and day;
* ``coarse_blocks``: for each report dated to a month or a year, its body's tokens with
  its period, so that those whose period holds a meeting's day are found.

Tokens are kept as 64-bit hashes: two tokens of one hash only make a candidate more,
which resolution's own tests then refuse.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from typing import Iterable, Iterator

from kg.resolution import EventMention, block_tokens, body_tokens, mention_data, mention_from_data

__all__ = ["EventIndex", "EventRow", "SCHEMA"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS event_mentions (
    id INTEGER PRIMARY KEY,
    owner INTEGER NOT NULL,
    key TEXT NOT NULL,              -- its own key (kg.mapping.event_key)
    coarse INTEGER NOT NULL,        -- 1: dated to a month or a year
    data TEXT NOT NULL,             -- JSON, kg.resolution.mention_data
    cluster TEXT,                   -- the key of its cluster; NULL: none
    cluster_date TEXT,              -- the cluster's first day
    cluster_end TEXT                -- its last day, where it spans several
);
CREATE INDEX IF NOT EXISTS event_mentions_key ON event_mentions (key);
CREATE INDEX IF NOT EXISTS event_mentions_owner ON event_mentions (owner);
CREATE INDEX IF NOT EXISTS event_mentions_cluster ON event_mentions (cluster);
CREATE TABLE IF NOT EXISTS event_blocks (
    token INTEGER NOT NULL,
    first INTEGER NOT NULL,         -- day ordinals of the report's span
    last INTEGER NOT NULL,
    mention INTEGER NOT NULL,
    PRIMARY KEY (token, first, mention)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS event_blocks_mention ON event_blocks (mention);
CREATE TABLE IF NOT EXISTS coarse_blocks (
    token INTEGER NOT NULL,
    first INTEGER NOT NULL,         -- day ordinals of the period
    last INTEGER NOT NULL,
    mention INTEGER NOT NULL,
    PRIMARY KEY (token, first, mention)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS coarse_blocks_mention ON coarse_blocks (mention);
"""

# What one add has to resolve, kept beside the index for the time of the add.
_ADD_SCHEMA = """
CREATE TEMP TABLE IF NOT EXISTS add_event_seeds (key TEXT PRIMARY KEY);        -- units the add changed
CREATE TEMP TABLE IF NOT EXISTS add_event_clusters (cluster TEXT PRIMARY KEY);  -- clusters its changes were in
CREATE TEMP TABLE IF NOT EXISTS add_units (key TEXT PRIMARY KEY);               -- units resolved again
CREATE TEMP TABLE IF NOT EXISTS add_coarse (                                    -- coarse reports to choose again
    id INTEGER PRIMARY KEY, before TEXT, period TEXT NOT NULL, pass INTEGER NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS add_coarse_period ON add_coarse (period);
CREATE TEMP TABLE IF NOT EXISTS add_reads (id INTEGER NOT NULL, cluster TEXT NOT NULL, PRIMARY KEY (id, cluster));
CREATE INDEX IF NOT EXISTS add_reads_cluster ON add_reads (cluster);
CREATE TEMP TABLE IF NOT EXISTS add_event_owners (owner INTEGER PRIMARY KEY);   -- whose clusters changed
"""
_ADD_TABLES = ("add_event_seeds", "add_event_clusters", "add_units", "add_coarse", "add_reads", "add_event_owners")

# The longest period of a report dated to a month or a year, in days.
_LONGEST_PERIOD = 366
_SPAN = "event_span"  # meta: the longest span of a report dated to the day, in days


def _period(m: EventMention) -> str:
    """What the reports a coarse report may join are looked up by: its body and period."""
    return json.dumps([sorted(map(list, body_tokens(m))), m.first.toordinal(), m.last.toordinal()])


@dataclass(frozen=True)
class EventRow:
    """A stored mention: its row, its article (owner), and its cluster (key, date, end
    date), or None where it is in none."""

    id: int
    owner: int
    mention: EventMention
    cluster: tuple[str, str | None, str | None] | None

    @property
    def cluster_key(self) -> str | None:
        return None if self.cluster is None else self.cluster[0]


def _token_hash(token: tuple[str, ...]) -> int:
    digest = hashlib.blake2b("\x1f".join(token).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


class EventIndex:
    """The event rows of a store, read and written on the store's SQLite connection."""

    _COLUMNS = "m.id, m.owner, m.data, m.cluster, m.cluster_date, m.cluster_end"

    def __init__(self, db: sqlite3.Connection):
        self.db = db
        row = db.execute("SELECT value FROM meta WHERE name = ?", (_SPAN,)).fetchone()
        self._span = int(row[0]) if row else 0
        db.executescript(_ADD_SCHEMA)

    def begin_add(self) -> None:
        """Forget what the last add had to resolve."""
        for table in _ADD_TABLES:
            self.db.execute(f"DELETE FROM {table}")

    @staticmethod
    def _row(values: tuple) -> EventRow:
        return EventRow(values[0], values[1], mention_from_data(json.loads(values[2])),
                        None if values[3] is None else (values[3], values[4], values[5]))

    def _rows(self, sql: str, args: Iterable = ()) -> list[EventRow]:
        return [self._row(r) for r in self.db.execute(sql, tuple(args))]

    # ------------------------------------------------------------------ reading

    def owner_rows(self, owner: int) -> list[EventRow]:
        return self._rows(f"SELECT {self._COLUMNS} FROM event_mentions m WHERE owner = ?", (owner,))

    def clusters_of(self, owner: int) -> dict[str, list]:
        """The cluster (key, first day, last day) of each event of an article in one, by event id."""
        return {event: [key, date, end] for event, key, date, end in self.db.execute(
            "SELECT json_extract(data, '$[1]'), cluster, cluster_date, cluster_end FROM event_mentions "
            "WHERE owner = ? AND cluster IS NOT NULL", (owner,))}

    def unit(self, key: str) -> list[EventRow]:
        """The reports dated to the day of one key, in resolution's order: one unit."""
        rows = self._rows(f"SELECT {self._COLUMNS} FROM event_mentions m WHERE key = ? AND coarse = 0", (key,))
        return sorted(rows, key=lambda r: r.mention.sort_key)

    def cluster_rows(self, cluster_key: str) -> list[EventRow]:
        """Every mention mapped under a cluster of that key, dated to the day or not."""
        return self._rows(f"SELECT {self._COLUMNS} FROM event_mentions m WHERE cluster = ?", (cluster_key,))

    def neighbour_keys(self, rep: EventMention) -> set[str]:
        """The keys of the reports dated to the day that share a block with ``rep``: a
        token, and a day of their spans with a day either side."""
        tokens = [_token_hash(t) for t in block_tokens(rep)]
        if not tokens:
            return set()
        first, last = rep.first.toordinal(), rep.last.toordinal()
        marks = ",".join("?" * len(tokens))
        rows = self.db.execute(
            f"SELECT DISTINCT m.key FROM event_blocks b JOIN event_mentions m ON m.id = b.mention "
            f"WHERE b.token IN ({marks}) AND b.first BETWEEN ? AND ? AND b.last >= ?",
            (*tokens, first - 2 - self._span, last + 2, first - 2))
        return {r[0] for r in rows}

    def same_body_in_period(self, m: EventMention) -> list[tuple[str, EventMention]]:
        """(key, report) of the reports dated to the day, of ``m``'s body, on a day of its
        period: those a coarse report may join (the first report of each of their units
        among them)."""
        tokens = [_token_hash(t) for t in body_tokens(m)]
        if not tokens:
            return []
        marks = ",".join("?" * len(tokens))
        rows = self.db.execute(
            f"SELECT DISTINCT m.id, m.key, m.data FROM event_blocks b JOIN event_mentions m ON m.id = b.mention "
            f"WHERE b.token IN ({marks}) AND b.first BETWEEN ? AND ?", (*tokens, m.first.toordinal(), m.last.toordinal()))
        return [(key, mention_from_data(json.loads(data))) for _, key, data in rows]

    def coarse_covering(self, rep: EventMention) -> list[EventRow]:
        """The reports dated to a month or a year, of ``rep``'s body, whose period holds
        its first day, and that are not yet noted to choose again."""
        tokens = [_token_hash(t) for t in body_tokens(rep)]
        if not tokens:
            return []
        day = rep.first.toordinal()
        marks = ",".join("?" * len(tokens))
        return self._rows(
            f"SELECT {self._COLUMNS} FROM coarse_blocks b "
            f"JOIN event_mentions m ON m.id = b.mention "
            f"WHERE b.token IN ({marks}) AND b.first BETWEEN ? AND ? AND b.last >= ? "
            f"AND m.id NOT IN (SELECT id FROM add_coarse) GROUP BY m.id",
            (*tokens, day - _LONGEST_PERIOD, day, day))

    # ------------------------------------------------------------------ writing

    def replace(self, owner: int, day: list[EventMention], coarse: list[EventMention]) -> None:
        """Put an article's mentions in place of those it had, in no cluster yet."""
        self.remove(owner)
        for m in day:
            cur = self.db.execute("INSERT INTO event_mentions (owner, key, coarse, data) VALUES (?, ?, 0, ?)",
                                  (owner, m.key, json.dumps(mention_data(m), ensure_ascii=False)))
            first, last = m.first.toordinal(), m.last.toordinal()
            self.db.executemany("INSERT OR IGNORE INTO event_blocks (token, first, last, mention) VALUES (?, ?, ?, ?)",
                                [(_token_hash(t), first, last, cur.lastrowid) for t in block_tokens(m)])
            if last - first > self._span:
                # Looked up from the first day, a report that began earlier but lasts
                # longer is found only if the look-up reaches back as far as the longest span.
                self._span = last - first
                self.db.execute("INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)", (_SPAN, str(self._span)))
        for m in coarse:
            cur = self.db.execute("INSERT INTO event_mentions (owner, key, coarse, data) VALUES (?, ?, 1, ?)",
                                  (owner, m.key, json.dumps(mention_data(m), ensure_ascii=False)))
            self.db.executemany("INSERT OR IGNORE INTO coarse_blocks (token, first, last, mention) VALUES (?, ?, ?, ?)",
                                [(_token_hash(t), m.first.toordinal(), m.last.toordinal(), cur.lastrowid)
                                 for t in body_tokens(m)])

    def remove(self, owner: int) -> None:
        if self.db.execute("SELECT 1 FROM event_mentions WHERE owner = ? LIMIT 1", (owner,)).fetchone() is None:
            return  # a new article: nothing to take away
        ids = "SELECT id FROM event_mentions WHERE owner = ?"
        self.db.execute(f"DELETE FROM event_blocks WHERE mention IN ({ids})", (owner,))
        self.db.execute(f"DELETE FROM coarse_blocks WHERE mention IN ({ids})", (owner,))
        self.db.execute("DELETE FROM event_mentions WHERE owner = ?", (owner,))

    # ------------------------------------------------------------------ what one add resolves

    def note_seeds(self, keys: Iterable[str]) -> None:
        self.db.executemany("INSERT OR IGNORE INTO add_event_seeds (key) VALUES (?)", [(k,) for k in keys])

    def note_clusters(self, clusters: Iterable[str]) -> None:
        self.db.executemany("INSERT OR IGNORE INTO add_event_clusters (cluster) VALUES (?)", [(c,) for c in clusters])

    def seeds(self) -> Iterator[str]:
        """The units the add changed, and every unit of the clusters their reports were
        in, a thousand read at a time."""
        self.db.execute("INSERT OR IGNORE INTO add_event_clusters (cluster) SELECT DISTINCT m.cluster FROM "
                        "event_mentions m JOIN add_event_seeds s ON s.key = m.key WHERE m.cluster IS NOT NULL")
        self.db.execute("INSERT OR IGNORE INTO add_event_seeds (key) SELECT DISTINCT m.key FROM event_mentions m "
                        "JOIN add_event_clusters c ON c.cluster = m.cluster WHERE m.coarse = 0")
        last = ""
        while True:
            page = [r[0] for r in self.db.execute(
                "SELECT key FROM add_event_seeds WHERE key > ? ORDER BY key LIMIT 1000", (last,))]
            yield from page
            if len(page) < 1000:
                return
            last = page[-1]

    def resolved(self, key: str) -> bool:
        return self.db.execute("SELECT 1 FROM add_units WHERE key = ?", (key,)).fetchone() is not None

    def note_resolved(self, keys: Iterable[str]) -> None:
        self.db.executemany("INSERT OR IGNORE INTO add_units (key) VALUES (?)", [(k,) for k in keys])

    def note_coarse(self, rows: Iterable[EventRow]) -> int:
        """Note coarse reports to choose again, with their choice before; returns how many were not yet."""
        before = self.db.total_changes
        self.db.executemany("INSERT OR IGNORE INTO add_coarse (id, before, period) VALUES (?, ?, ?)",
                            [(r.id, r.cluster_key, _period(r.mention)) for r in rows])
        return self.db.total_changes - before

    def coarse_to_choose(self) -> Iterator[list[EventRow]]:
        """The coarse reports to choose again, those of one body and period together."""
        rows = self.db.execute(f"SELECT {self._COLUMNS}, a.period FROM add_coarse a JOIN event_mentions m "
                               f"ON m.id = a.id ORDER BY a.period, a.id")
        period, group = None, []  # type: tuple[str | None, list[EventRow]]
        for values in rows:
            if values[-1] != period and group:
                yield group
                group = []
            period = values[-1]
            group.append(self._row(values[:-1]))
        if group:
            yield group

    def chosen_before(self, row_id: int) -> str | None:
        return self.db.execute("SELECT before FROM add_coarse WHERE id = ?", (row_id,)).fetchone()[0]

    def is_to_choose(self, row_id: int) -> bool:
        return self.db.execute("SELECT 1 FROM add_coarse WHERE id = ?", (row_id,)).fetchone() is not None

    def note_reads(self, row_id: int, clusters: Iterable[str]) -> None:
        self.db.executemany("INSERT OR IGNORE INTO add_reads (id, cluster) VALUES (?, ?)",
                            [(row_id, c) for c in clusters])

    def clear_reads(self) -> None:
        self.db.execute("DELETE FROM add_reads")
        self.db.execute("UPDATE add_coarse SET pass = 0")

    def drop_gone_coarse(self) -> None:
        """Forget the coarse reports noted that a later chunk of the add took away."""
        self.db.execute("DELETE FROM add_coarse WHERE id NOT IN (SELECT id FROM event_mentions)")

    def next_unchosen(self) -> int | None:
        row = self.db.execute("SELECT id FROM add_coarse WHERE pass = 0 ORDER BY id LIMIT 1").fetchone()
        return None if row is None else row[0]

    def reads_of(self, row_id: int) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT cluster FROM add_reads WHERE id = ?", (row_id,))]

    def readers_of(self, cluster: str) -> list[int]:
        return [r[0] for r in self.db.execute("SELECT id FROM add_reads WHERE cluster = ?", (cluster,))]

    def mark_chosen(self, row_ids: Iterable[int]) -> None:
        self.db.executemany("UPDATE add_coarse SET pass = 1 WHERE id = ?", [(i,) for i in row_ids])

    def row(self, row_id: int) -> EventRow:
        return self._rows(f"SELECT {self._COLUMNS} FROM event_mentions m WHERE m.id = ?", (row_id,))[0]

    def note_owner(self, owner: int) -> None:
        self.db.execute("INSERT OR IGNORE INTO add_event_owners (owner) VALUES (?)", (owner,))

    def set_cluster(self, row_id: int, cluster: tuple[str, str | None, str | None] | None) -> None:
        key, date, end = cluster if cluster is not None else (None, None, None)
        self.db.execute("UPDATE event_mentions SET cluster = ?, cluster_date = ?, cluster_end = ? WHERE id = ?",
                        (key, date, end, row_id))
