"""The account of an import: every row read is imported, outside the chosen CAMEO roots,
or skipped with its reason, and the malformed ones are listed with their line.

``rows == outside_roots + imported + sum(skipped.values())`` always holds; the rows in
the roots (``cooperation_rows``) are the imported ones and those skipped for a reason
about their content (a malformed row whose code cannot be read is in no root).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

__all__ = ["BadRow", "ImportSummary", "MAX_LISTED_BAD_ROWS"]

# A file of garbage would otherwise list a million lines in the summary.
MAX_LISTED_BAD_ROWS = 1000


@dataclass(frozen=True)
class BadRow:
    """A malformed row: where it is, what is wrong, how to fix it."""

    source: str
    line: int
    problem: str
    fix: str

    def message(self) -> str:
        return f"{self.source}:{self.line}: {self.problem}; {self.fix}"


@dataclass
class ImportSummary:
    """How many rows an import read, imported and skipped, and why."""

    dataset: str
    roots: tuple[str, ...]
    rows: int = 0
    outside_roots: int = 0
    cooperation_rows: int = 0
    imported: int = 0
    events: int = 0
    skipped: Counter = field(default_factory=Counter)
    unresolved_actor_codes: Counter = field(default_factory=Counter)
    bad_rows: list[BadRow] = field(default_factory=list)

    def skip(self, reason: str) -> None:
        self.skipped[reason] += 1

    def bad(self, row: BadRow) -> None:
        self.skip(row.problem)
        if len(self.bad_rows) < MAX_LISTED_BAD_ROWS:
            self.bad_rows.append(row)

    def to_json(self) -> dict[str, Any]:
        """The summary as ``kg import --summary`` writes it."""
        return {
            "dataset": self.dataset,
            "roots": list(self.roots),
            "rows": self.rows,
            "cooperation_rows": self.cooperation_rows,
            "imported": self.imported,
            "skipped": dict(sorted(self.skipped.items(), key=lambda kv: (-kv[1], kv[0]))),
            "events": self.events,
            "outside_roots": self.outside_roots,
            "unresolved_actor_codes": dict(sorted(self.unresolved_actor_codes.items(),
                                                  key=lambda kv: (-kv[1], kv[0]))),
            "bad_rows": [{"file": b.source, "line": b.line, "problem": b.problem} for b in self.bad_rows],
        }

    def line(self) -> str:
        """The one line a run prints: what came in, what went out, what was left and why."""
        skipped = sum(self.skipped.values())
        by_count = sorted(self.skipped.items(), key=lambda kv: (-kv[1], kv[0]))
        reasons = ", ".join(f"{n} {reason}" for reason, n in by_count)
        text = (f"{self.dataset}: {self.rows} rows, {self.cooperation_rows} in CAMEO roots {','.join(self.roots)}; "
                f"{self.imported} imported as {self.events} events; {skipped} skipped")
        if reasons:
            text += f" ({reasons})"
        if self.bad_rows:
            text += f"; first bad row {self.bad_rows[0].source}:{self.bad_rows[0].line}"
        return text
