"""The analysis report (:func:`kg.analysis.measures.analyze`) rendered as Markdown."""
from __future__ import annotations

__all__ = ["report_markdown"]


def _table(rows: list[dict]) -> list[str]:
    if not rows:
        return ["(none)"]
    columns = list(rows[0])
    out = ["| " + " | ".join(columns) + " |", "|" + "|".join(" --- " for _ in columns) + "|"]
    out += ["| " + " | ".join(str(r[c]) for c in columns) + " |" for r in rows]
    return out


def report_markdown(report: dict) -> str:
    """Render :func:`kg.analysis.measures.analyze`'s report as Markdown."""
    period = report["period"]
    span = f" ({period['since'] or '…'} to {period['until'] or '…'})" if period["since"] or period["until"] else ""
    lines = [f"# Cooperation graph analysis{span}", "", "## Counts by class", ""]
    lines += _table([{"class": c, "nodes": n} for c, n in report["counts"].items()])
    net = report["state_network"]
    lines += ["", "## Most central states", "",
              f"{net['states']} states, {net['pairs']} pairs that met, density {net['density']}.", ""]
    lines += _table(report["central_states"])
    lines += ["", "## Bodies with the most states taking part", ""] + _table(report["central_bodies"])
    lines += ["", "## Communities (Louvain)", ""]
    lines += [f"{i}. {', '.join(c)}" for i, c in enumerate(report["communities"], 1)] or ["(none)"]
    lines += ["", "## Strongest bilateral pairs", ""] + _table(report["strongest_pairs"])
    lines += ["", "## Documents by status and year", ""]
    lines += _table([{"status": s, "year": y, "documents": n}
                     for s, years in report["documents_by_status_and_year"].items() for y, n in years.items()])
    lines += ["", "## Busiest hosts and chairs", ""] + _table(report["busiest_hosts_and_chairs"])
    lines += ["", "## Events per year", ""]
    lines += _table([{"year": y, "events": n} for y, n in report["events_per_year"].items()])
    return "\n".join(lines) + "\n"
