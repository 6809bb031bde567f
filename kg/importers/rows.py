"""From the lines of event-data files to coded events, counting every row on the way.

The loop common to GDELT and ICEWS: decode a line, split it at tabs, let the dataset's
layout say whether it is a header and where its columns are, check the column count and
the CAMEO code, set aside the rows outside the chosen roots, and hand the rest to the
layout to read. A malformed row is counted and listed with its line, or, reading
strictly, is an error naming the file, the line, the problem and the fix.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Iterable, Iterator, Protocol

from kg.errors import EventDataError
from kg.importers.codes import CodeTables
from kg.importers.coded_events import CodedEvent
from kg.importers.sources import SourceLine, iter_source_lines
from kg.importers.summary import BadRow, ImportSummary

__all__ = ["RowProblem", "Layout", "Dataset", "read_coded_events", "iso_date"]


class RowProblem(Exception):
    """What is wrong with one row, and how to fix it."""

    def __init__(self, problem: str, fix: str):
        super().__init__(problem)
        self.problem = problem
        self.fix = fix


class Layout(Protocol):
    """Where a file's columns are, and how to read a row of it."""

    @property
    def name(self) -> str: ...

    @property
    def columns(self) -> int: ...

    @property
    def event_code(self) -> int:
        """The column of the CAMEO event code."""

    def coded_event(self, fields: list[str], line: SourceLine, tables: CodeTables) -> CodedEvent:
        """The row as a coded event; raises :class:`RowProblem` for a malformed one."""


class Dataset(Protocol):
    """A kind of event-data file: GDELT or ICEWS."""

    @property
    def name(self) -> str: ...

    @property
    def column_counts(self) -> str:
        """The column counts of its layouts, for messages ("57, 58 or 61")."""

    def layout(self, fields: list[str], line: SourceLine) -> tuple[Layout | None, bool]:
        """From a file's first line: its layout (None if the line tells none) and whether
        the line is a header rather than a row."""


def iso_date(value: str, column: str, dashed: bool = False) -> str:
    """A date as the dataset writes it (``YYYYMMDD``, or ``YYYY-MM-DD`` when ``dashed``)
    as an ISO date, checked; :class:`RowProblem` if it is no date in that form.

    >>> iso_date("20160728", "SQLDATE"), iso_date("2018-06-01", "Event Date", dashed=True)
    ('2016-07-28', '2018-06-01')
    """
    text = value[:4] + value[5:7] + value[8:] if dashed and value[4:5] == value[7:8] == "-" else value
    if len(text) == 8 and (not dashed or len(value) == 10) and text.isascii() and text.isdigit():
        try:
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:])).isoformat()
        except ValueError:
            pass
    form = "YYYY-MM-DD" if dashed else "YYYYMMDD"
    raise RowProblem("bad event date", f"{column} {value[:40]!r} is no date; write it as {form}")


def read_coded_events(paths: Iterable[str | Path], dataset: Dataset, roots: tuple[str, ...], tables: CodeTables,
                      summary: ImportSummary, strict: bool = False) -> Iterator[CodedEvent]:
    """The coded events of the rows in ``roots`` (two-digit CAMEO roots), file after file;
    ``summary`` counts every row read.

    Raises
    ------
    EventDataError : a file cannot be read, or, with ``strict``, at the first malformed row.
    """
    root_set = frozenset(roots)

    def bad(line: SourceLine, problem: str, fix: str) -> BadRow:
        row = BadRow(line.source, line.number, problem, fix)
        if strict:
            raise EventDataError(row.message())
        summary.bad(row)
        return row

    for path in paths:
        layout: Layout | None = None
        first_bad: BadRow | None = None
        readable = False
        for line in iter_source_lines(path):
            if not line.data.strip():
                continue  # an empty line holds no row
            try:
                text = line.data.decode("utf-8")
            except UnicodeDecodeError:
                summary.rows += 1
                row = bad(line, "not UTF-8 text", "save the file as UTF-8, as GDELT and ICEWS publish it")
                first_bad = first_bad or row
                continue
            fields = text.split("\t")
            if layout is None:
                layout, header = dataset.layout(fields, line)
                if header:
                    continue
            summary.rows += 1
            if layout is None or len(fields) != layout.columns:
                expected = (f"where {layout.name} has {layout.columns}" if layout else
                            f"where a {dataset.name} row has {dataset.column_counts}")
                row = bad(line, "wrong number of columns",
                          f"the row has {len(fields)} tab-separated columns {expected}; check that the row is whole "
                          "and its fields hold no tab")
                first_bad = first_bad or row
                continue
            readable = True
            code = fields[layout.event_code]
            if code not in tables.cameo_labels:
                bad(line, "unknown CAMEO event code",
                    f"{code[:20]!r} is no code of the CAMEO code book (ontology/cameo.ttl); correct the code")
                continue
            if code[:2] not in root_set:
                summary.outside_roots += 1
                continue
            summary.cooperation_rows += 1
            try:
                yield layout.coded_event(fields, line, tables)
            except RowProblem as problem:
                bad(line, problem.problem, problem.fix)
        if first_bad is not None and not readable:
            # Not one line in the layout: the wrong file, or the wrong dataset asked for.
            raise EventDataError(f"{first_bad.source}: no line is a {dataset.name} row (line {first_bad.line}: "
                                 f"{first_bad.problem}); check that it is a {dataset.name} file")
