"""What the views and the measures read from the knowledge graph, and the period filter.

Data comes out of Oxigraph with a few SPARQL queries and is assembled in Python, which
``shared/STACK-MEASUREMENTS.md`` found ~25× faster than rdflib's converter.
:class:`GraphData` reads the events, their dates and bodies, and every node's label and
type once, so that :func:`kg.analysis.measures.analyze` can hand one read to all its
measures and views (through :func:`as_graph_data`).
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Any, cast

import networkx as nx
import pyoxigraph as ox
import rdflib

from kg.errors import ViewError
from kg.graph import oxstore
from kg.mapping import last_day
from kg.namespaces import PREFIXES

__all__ = ["GraphData", "as_graph_data", "select_rows", "in_period", "check_period"]


def select_rows(store: ox.Store, query: str) -> list[list[Any]]:
    """The rows of a SPARQL SELECT over every graph of ``store``, the project's prefixes
    declared.

    Parameters
    ----------
    store : the Oxigraph store to query.
    query : a SELECT query.

    Returns
    -------
    One list per solution, a cell per variable in the order the query projects them: the
    value's text (an IRI, or a literal's lexical form), or None where the variable is
    unbound (an OPTIONAL that did not match).
    """
    # A SELECT always gives solutions; the cast tells the type checker so.
    result = cast(ox.QuerySolutions, store.query(query, use_default_graph_as_union=True, prefixes=PREFIXES))
    names = [v.value for v in result.variables]
    return [[None if s[n] is None else s[n].value for n in names] for s in result]


def in_period(date: str | None, since: str | None, until: str | None) -> bool:
    """Whether an event's date (reduced precision allowed) falls within [since, until].

    Dates compare at the coarser of the two precisions, so an event dated only "2019"
    is within a period that starts on 2019-06-01. Undated events fall outside any
    bounded period.

    >>> in_period("2019-05-03", "2019", None), in_period("2019", "2019-06-01", "2019-12-31")
    (True, True)
    >>> in_period("2018-12-31", "2019-01-01", None), in_period(None, "2019", None), in_period(None, None, None)
    (False, False, True)
    """
    if since is None and until is None:
        return True
    if not date:
        return False
    if since is not None:
        n = min(len(date), len(since))
        if date[:n] < since[:n]:
            return False
    if until is not None:
        n = min(len(date), len(until))
        if date[:n] > until[:n]:
            return False
    return True


def check_period(since: str | None, until: str | None) -> None:
    """Check the bounds of a period before any work is done with them.

    Raises
    ------
    ViewError
        If ``since`` or ``until`` is given and is not ``YYYY``, ``YYYY-MM`` or
        ``YYYY-MM-DD``; the message names the CLI option, which has the same name.
    """
    for name, value in (("since", since), ("until", until)):
        if value is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
            raise ViewError(f"--{name} {value!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")


class GraphData:
    """What the views and measures need, read from the graph once.

    Parameters
    ----------
    store : the Oxigraph store of the knowledge graph.
    since, until : the period (see :func:`in_period`); not checked here, see
        :func:`check_period`.

    Attributes
    ----------
    store : the store, for the queries of each view or measure.
    event_date : every event's start date as written (any precision), or None.
    event_end : the end date as written of each event that has one (the latest, where
        merged reports disagree).
    event_bodies : the bodies of each event that has any.
    events : the events within the period.
    period_set : whether either bound is set (then undated things drop out).
    labels, types, iso3 : each node's label, class name (local name in the ``kg:``
        namespace) and, for states, ISO code.
    """

    def __init__(self, store: ox.Store, since: str | None, until: str | None):
        self.store = store
        events = select_rows(store, """
            SELECT ?e ?date ?end ?body WHERE {
              ?e a kg:Event . OPTIONAL { ?e kg:startDate ?d } OPTIONAL { ?e kg:ofBody ?body }
              OPTIONAL { ?e kg:endDate ?end_ } BIND (STR(?d) AS ?date) BIND (STR(?end_) AS ?end) }""")
        self.event_date: dict[str, str | None] = {}
        self.event_end: dict[str, str] = {}
        self.event_bodies: dict[str, set[str]] = defaultdict(set)
        for e, date, end, body in events:
            self.event_date[e] = date
            if end and (e not in self.event_end or last_day(end) > last_day(self.event_end[e])):
                self.event_end[e] = end
            if body:
                self.event_bodies[e].add(body)
        self.events = {e for e, d in self.event_date.items() if in_period(d, since, until)}
        self.period_set = since is not None or until is not None
        self.labels: dict[str, str] = {}
        self.types: dict[str, str] = {}
        self.iso3: dict[str, str] = {}
        for node, kind, label, iso in select_rows(store, """
            SELECT ?n ?type (SAMPLE(?l) AS ?label) (SAMPLE(?i) AS ?iso) WHERE {
              ?n a ?t . FILTER (STRSTARTS(STR(?t), STR(kg:)))
              BIND (STRAFTER(STR(?t), STR(kg:)) AS ?type)
              OPTIONAL { ?n kg:name ?name } OPTIONAL { ?n kg:acronym ?acr } OPTIONAL { ?n kg:iso3 ?i }
              OPTIONAL { ?n skos:prefLabel ?pref } OPTIONAL { ?n kg:articleId ?aid } OPTIONAL { ?n kg:role ?role }
              BIND (COALESCE(?acr, ?name, ?pref, ?aid, ?role, ?i) AS ?l) }
            GROUP BY ?n ?type"""):
            # A node typed twice (a standing format is also a body) keeps its most specific type.
            if node not in self.types or kind not in ("InternationalBody", "Topic"):
                self.types[node] = kind
            self.labels[node] = label or node.rsplit("/", 1)[-1]
            if iso:
                self.iso3[node] = iso

    def node_attrs(self, node: str) -> dict[str, str]:
        """The attributes a view gives ``node``: ``label`` and ``type``, states also
        ``iso3`` (plain strings, which GraphML takes)."""
        attrs = {"label": self.labels.get(node, node.rsplit("/", 1)[-1]), "type": self.types.get(node, "Resource")}
        if node in self.iso3:
            attrs["iso3"] = self.iso3[node]
        return attrs

    def add_node(self, g: nx.Graph, node: str, **extra: Any) -> None:
        """Add ``node`` to ``g`` with :meth:`node_attrs` and ``extra``, unless it is there."""
        if node not in g:
            g.add_node(node, **self.node_attrs(node), **extra)


def as_graph_data(graph: rdflib.Graph | ox.Store | GraphData, since: str | None,
                  until: str | None) -> GraphData:
    """What the views and measures need: read from ``graph`` for the period, or, when
    ``graph`` is already a :class:`GraphData`, that (its own period holds), so that one
    read serves several views and measures."""
    if isinstance(graph, GraphData):
        return graph
    return GraphData(oxstore(graph), since, until)
