"""The analysis report (:func:`kg.analysis.measures.analyze`) as sections, rendered as
Markdown here and as HTML by :mod:`kg.analysis.html`, so that both say the same."""
from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Section", "report_title", "report_sections", "report_markdown"]


@dataclass(frozen=True)
class Section:
    """One section of the report: a title, an optional sentence, and a table (rows of
    the same keys) or a numbered list.

    Attributes
    ----------
    anchor : a short id for links to the section (``central-states``).
    title : the heading.
    lead : a sentence before the table, or "".
    rows : the table's rows (each a dict, its keys the columns), or None for a list.
    items : the numbered list's items, when ``rows`` is None.
    """

    anchor: str
    title: str
    lead: str = ""
    rows: list[dict] | None = None
    items: list[str] = field(default_factory=list)


def report_title(report: dict) -> str:
    """The report's title, with its period when one is set."""
    period = report["period"]
    span = f" ({period['since'] or '…'} to {period['until'] or '…'})" if period["since"] or period["until"] else ""
    return f"Cooperation graph analysis{span}"


def report_sections(report: dict) -> list[Section]:
    """The sections of the report, in the order they are shown."""
    net = report["state_network"]
    return [
        Section("counts", "Counts by class", rows=[{"class": c, "nodes": n} for c, n in report["counts"].items()]),
        Section("central-states", "Most central states",
                f"{net['states']} states, {net['pairs']} pairs that met, density {net['density']}.",
                rows=report["central_states"]),
        Section("central-bodies", "Bodies with the most states taking part", rows=report["central_bodies"]),
        Section("communities", "Communities (Louvain)", items=[", ".join(c) for c in report["communities"]]),
        Section("strongest-pairs", "Strongest bilateral pairs", rows=report["strongest_pairs"]),
        Section("documents", "Documents by status and year",
                rows=[{"status": s, "year": y, "documents": n}
                      for s, years in report["documents_by_status_and_year"].items() for y, n in years.items()]),
        Section("hosts-and-chairs", "Busiest hosts and chairs", rows=report["busiest_hosts_and_chairs"]),
        Section("events-per-year", "Events per year",
                rows=[{"year": y, "events": n} for y, n in report["events_per_year"].items()]),
    ]


def _table(rows: list[dict]) -> list[str]:
    if not rows:
        return ["(none)"]
    columns = list(rows[0])
    out = ["| " + " | ".join(columns) + " |", "|" + "|".join(" --- " for _ in columns) + "|"]
    out += ["| " + " | ".join(str(r[c]) for c in columns) + " |" for r in rows]
    return out


def report_markdown(report: dict) -> str:
    """Render :func:`kg.analysis.measures.analyze`'s report as Markdown."""
    lines = [f"# {report_title(report)}"]
    for section in report_sections(report):
        lines += ["", f"## {section.title}", ""]
        if section.lead:
            lines += [section.lead, ""]
        if section.rows is not None:
            lines += _table(section.rows)
        else:
            lines += [f"{i}. {item}" for i, item in enumerate(section.items, 1)] or ["(none)"]
    return "\n".join(lines) + "\n"
