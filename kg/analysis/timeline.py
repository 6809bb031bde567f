"""When the nodes and edges of a view happened: the time attributes the views give
them, and the spells that a dynamic GEXF file makes of those attributes.

A dated node or edge of a view carries, as plain strings and integers (GraphML has no
list type, and CSV none either):

``first_date``, ``last_date``
    the first day its earliest event may have begun and the last day its latest event
    may have lasted to, as ``YYYY-MM-DD`` whatever the precision of the events' dates
    (an event of ``2019-05`` spans 2019-05-01 to 2019-05-31);
``dates``
    its events' dates as the graph writes them, each once, in order, ``;``-separated: a
    date (``2019``, ``2019-05``, ``2019-05-03``), or an ISO 8601 interval
    ``start/end`` for an event over several days;
``events_YYYY``
    (edges of the ``states`` and ``states-bodies`` views) how many of its events began
    in year ``YYYY``: one integer attribute for every year from the view's first to its
    last, zeros included, so that every edge has the same columns. Undated events count
    in ``weight`` and in no year.
"""
from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import Iterable, Sequence

from kg.analysis.data import GraphData
from kg.mapping import first_day, last_day

__all__ = ["event_dates", "time_attributes", "view_years", "year_attribute", "spells"]


def event_dates(data: GraphData, event: str) -> str | None:
    """An event's date as the graph writes it: its start date, or ``start/end`` when it
    has an end date (ISO 8601 interval); None for an undated event."""
    start = data.event_date.get(event)
    if not start:
        return None
    end = data.event_end.get(event)
    return f"{start}/{end}" if end and end != start else start


def year_attribute(year: str) -> str:
    """The name of the attribute that counts an edge's events of ``year``.

    >>> year_attribute("2019")
    'events_2019'
    """
    return f"events_{year}"


def view_years(data: GraphData, events: Iterable[str]) -> list[str]:
    """Every year from the first to the last year in which one of ``events`` began,
    empty years included.

    >>> class Data: event_date = {"a": "2013-05-02", "b": "2016", "c": None}
    >>> view_years(Data(), ["a", "b", "c"])
    ['2013', '2014', '2015', '2016']
    """
    years = {int(d[:4]) for e in events if (d := data.event_date.get(e))}
    return [str(y) for y in range(min(years), max(years) + 1)] if years else []


def time_attributes(data: GraphData, events: Iterable[str], years: Sequence[str] | None = None) -> dict[str, str | int]:
    """The time attributes (see the module doc) of a node or edge made of ``events``:
    ``first_date``, ``last_date`` and ``dates`` when any of them is dated, and, when
    ``years`` is given, one ``events_YYYY`` count for each of those years."""
    dated = sorted({d for e in events if (d := event_dates(data, e))}, key=lambda d: (first_day(d[:10]), d))
    attrs: dict[str, str | int] = {}
    if dated:
        attrs["first_date"] = min(first_day(d.split("/")[0]) for d in dated)
        attrs["last_date"] = max(last_day(d.split("/")[-1]) for d in dated)
        attrs["dates"] = ";".join(dated)
    if years is not None:
        per_year = Counter(d[:4] for e in events if (d := data.event_date.get(e)))
        attrs.update({year_attribute(y): per_year.get(y, 0) for y in years})
    return attrs


def spells(attrs: dict) -> list[tuple[str, str]]:
    """The spells (inclusive ``(start, end)`` days) in which a node or edge with these
    attributes exists: one per date of its ``dates``, overlapping and touching ones
    merged (GEXF readers such as Gephi refuse overlapping spells), or its
    ``first_date`` to ``last_date`` when it has no ``dates``; none for an undated one.

    >>> spells({"dates": "2013;2013-05-02;2014-02;2014-02-28/2014-03-02;2016-01-05"})
    [('2013-01-01', '2013-12-31'), ('2014-02-01', '2014-03-02'), ('2016-01-05', '2016-01-05')]
    >>> spells({"first_date": "2019-05-03", "last_date": "2019-05-05"}), spells({"label": "x"})
    ([('2019-05-03', '2019-05-05')], [])
    """
    if attrs.get("dates"):
        spans = sorted((first_day(d.split("/")[0]), last_day(d.split("/")[-1])) for d in str(attrs["dates"]).split(";"))
    elif attrs.get("first_date") and attrs.get("last_date"):
        spans = [(str(attrs["first_date"]), str(attrs["last_date"]))]
    else:
        return []
    merged = [spans[0]]
    for start, end in spans[1:]:
        last_start, last_end = merged[-1]
        if start <= _next_day(last_end):
            merged[-1] = (last_start, max(last_end, end))
        else:
            merged.append((start, end))
    return merged


def _next_day(day: str) -> str:
    return (date.fromisoformat(day) + timedelta(days=1)).isoformat()
