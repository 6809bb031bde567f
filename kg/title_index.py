"""What a store's document titles teach the title reader, kept in SQLite.

:class:`kg.document_titles.TitleReader` learns names from all the titles it reads: a
short form given in parentheses, an acronym another title spells out. A store keeps, for
each distinct title, what it teaches (:func:`kg.document_titles.title_lessons`), the
acronyms it uses, the initials of its runs of capitalised words (the acronyms it could
spell out) and its stems (the names that could change how it reads), and its reading
under the names all titles teach. When an add changes those names, the titles holding
a changed name's stems are read again, and only those.
"""
from __future__ import annotations

import json
import sqlite3
from typing import Iterable, Iterator

from kg.document_titles import (Title, TitleReader, acronyms_in, taught_names, title_data, title_from_data,
                                title_initials, title_lessons, title_stems)

__all__ = ["SCHEMA", "TitleIndex"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS titles (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL UNIQUE,
    uses INTEGER NOT NULL,          -- the document mentions titled so
    reading TEXT NOT NULL           -- JSON, kg.document_titles.title_data
);
CREATE TABLE IF NOT EXISTS title_stems (
    stem TEXT NOT NULL, title INTEGER NOT NULL, PRIMARY KEY (stem, title)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS title_stems_title ON title_stems (title);
CREATE TABLE IF NOT EXISTS title_initials (
    initials TEXT NOT NULL, title INTEGER NOT NULL, PRIMARY KEY (initials, title)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS title_initials_title ON title_initials (title);
CREATE TABLE IF NOT EXISTS title_acronyms (
    acronym TEXT NOT NULL, title INTEGER NOT NULL, PRIMARY KEY (acronym, title)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS title_acronyms_title ON title_acronyms (title);
CREATE TABLE IF NOT EXISTS title_lessons (
    title INTEGER NOT NULL,
    phrase TEXT NOT NULL,           -- JSON list of stems
    token TEXT NOT NULL,
    PRIMARY KEY (title, phrase, token)) WITHOUT ROWID;
"""


class TitleIndex:
    """The titles of a store's document mentions, and the reader they make."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db
        self._reader: TitleReader | None = None
        self._readings: dict[str, tuple[int, Title]] = {}

    # ------------------------------------------------------------------ names

    def acronyms(self) -> frozenset[str]:
        return frozenset(r[0] for r in self.db.execute("SELECT DISTINCT acronym FROM title_acronyms"))

    def names(self) -> dict[tuple[str, ...], str]:
        """The names the store's titles teach (:func:`kg.document_titles.taught_names`)."""
        lessons = ((tuple(json.loads(p)), t) for p, t in self.db.execute("SELECT phrase, token FROM title_lessons"))
        return taught_names(lessons, self.acronyms())

    def stored_reader(self) -> _StoredReader:
        """A reader of titles as the store reads them: their rows' readings."""
        return _StoredReader(self)

    def reader(self) -> TitleReader:
        if self._reader is None:
            self._reader = TitleReader.with_names(self.names())
        return self._reader

    # ------------------------------------------------------------------ titles

    def read(self, title: str) -> tuple[int, Title]:
        """(its row, its reading) of a stored title."""
        if title not in self._readings:
            if len(self._readings) >= 10_000:
                self._readings.clear()  # the last ones read are kept, not all
            row = self.db.execute("SELECT id, reading FROM titles WHERE title = ?", (title,)).fetchone()
            self._readings[title] = (row[0], title_from_data(json.loads(row[1])))
        return self._readings[title]

    def use(self, titles: Iterable[str], by: int) -> None:
        """Count ``by`` (1 or -1) more uses of each of ``titles`` (a title once per use):
        a title comes with its first use and goes with its last; what they teach is
        brought up to date by :meth:`settle`."""
        for title in titles:
            row = self.db.execute("SELECT id, uses FROM titles WHERE title = ?", (title,)).fetchone()
            if row is None and by < 0:
                continue
            if row is None:
                cur = self.db.execute("INSERT INTO titles (title, uses, reading) VALUES (?, 1, 'null')", (title,))
                self._add_parts(int(cur.lastrowid), title)  # type: ignore[arg-type]
            elif row[1] + by <= 0:
                # It teaches nothing more; its row stays until :meth:`drop_unused`, so that
                # the mentions that had it are still read as they were.
                self._remove_parts(row[0])
                self.db.execute("UPDATE titles SET uses = 0 WHERE id = ?", (row[0],))
            else:
                self.db.execute("UPDATE titles SET uses = ? WHERE id = ?", (row[1] + by, row[0]))
        self._readings.clear()

    def drop_unused(self) -> None:
        """Forget the titles no mention has any more."""
        self.db.execute("DELETE FROM titles WHERE uses <= 0")

    def _add_parts(self, tid: int, title: str) -> None:
        self.db.executemany("INSERT OR IGNORE INTO title_stems (stem, title) VALUES (?, ?)",
                            [(s, tid) for s in title_stems(title)])
        self.db.executemany("INSERT OR IGNORE INTO title_initials (initials, title) VALUES (?, ?)",
                            [(s, tid) for s in title_initials(title)])
        self.db.executemany("INSERT OR IGNORE INTO title_acronyms (acronym, title) VALUES (?, ?)",
                            [(a, tid) for a in acronyms_in(title)])

    def _remove_parts(self, tid: int) -> None:
        for table in ("title_stems", "title_initials", "title_acronyms", "title_lessons"):
            self.db.execute(f"DELETE FROM {table} WHERE title = ?", (tid,))

    def settle(self, acronyms_before: frozenset[str], names_before: dict[tuple[str, ...], str]) -> dict[str, Title]:
        """Bring the lessons and readings up to date after titles came and went, given the
        acronyms and names before. The titles that came are taught and read; returns
        those that were there before whose reading changed, each with its reading before."""
        acronyms = self.acronyms()
        # A title's spelled-out lessons read the acronyms of all titles: those that
        # could spell out an acronym that came or went are taught again.
        for batch in self._new_titles():
            self._teach(batch, acronyms)
        for acronym in sorted(acronyms ^ acronyms_before):
            self._teach(self.db.execute("SELECT t.id, t.title FROM title_initials i JOIN titles t ON t.id = i.title "
                                        "WHERE i.initials = ?", (acronym,)).fetchall(), acronyms)
        names = self.names()
        self._reader = TitleReader.with_names(names)
        for batch in self._new_titles():
            self.db.executemany("UPDATE titles SET reading = ? WHERE id = ?",
                                [(json.dumps(title_data(self._reader.read(t)), ensure_ascii=False), tid)
                                 for tid, t in batch])
        changed = {p for p in names.keys() | names_before.keys() if names.get(p) != names_before.get(p)}
        # A learned name reads also as the words it is spelled out in: where those change,
        # every title holding one of its names reads otherwise.
        learned = {t for p in changed for t in (names.get(p), names_before.get(p)) if t and t.startswith("~")}
        changed |= {p for p, t in (*names.items(), *names_before.items()) if t in learned}
        differ: dict[str, Title] = {}
        for phrase in sorted(changed):
            stems = sorted(set(phrase))
            marks = ",".join("?" * len(stems))
            for tid, title, before in self.db.execute(
                    f"SELECT t.id, t.title, t.reading FROM title_stems s JOIN titles t ON t.id = s.title "
                    f"WHERE s.stem IN ({marks}) GROUP BY s.title HAVING COUNT(*) = ?", (*stems, len(stems))).fetchall():
                reading = json.dumps(title_data(self._reader.read(title)), ensure_ascii=False)
                if reading != before:
                    self.db.execute("UPDATE titles SET reading = ? WHERE id = ?", (reading, tid))
                    differ.setdefault(title, title_from_data(json.loads(before)))
        self._readings.clear()
        return differ

    def _new_titles(self) -> Iterator[list[tuple[int, str]]]:
        """The titles not read yet, a thousand at a time."""
        last = 0
        while True:
            batch = self.db.execute("SELECT id, title FROM titles WHERE reading = 'null' AND id > ? ORDER BY id "
                                    "LIMIT 1000", (last,)).fetchall()
            if not batch:
                return
            yield batch
            last = batch[-1][0]

    def _teach(self, titles: list[tuple[int, str]], acronyms: frozenset[str]) -> None:
        for tid, title in titles:
            self.db.execute("DELETE FROM title_lessons WHERE title = ?", (tid,))
            self.db.executemany("INSERT OR IGNORE INTO title_lessons (title, phrase, token) VALUES (?, ?, ?)",
                                [(tid, json.dumps(list(p)), token) for p, token in title_lessons(title, acronyms)])


class _StoredReader:
    """Reads titles as a store reads them: their rows, under the names all titles teach."""

    def __init__(self, titles: TitleIndex):
        self.titles = titles

    def read(self, title: str) -> Title:
        return self.titles.read(title)[1]
