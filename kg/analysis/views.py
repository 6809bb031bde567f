"""Knowledge graph → NetworkX views.

Views (``to_networkx(graph, view=...)``):

``full``
    every entity a node, every relation between entities an edge (MultiDiGraph); event
    nodes carry their ``start_date`` and ``end_date`` as the graph writes them;
``states``
    states, and an edge between two states that took part in the same event, weighted
    by the number of such events, with the events, bodies and per-year counts on the
    edge;
``states-bodies``
    bipartite: states, and the bodies in whose events they took part (and the bodies
    they are members of, where the graph says so), with per-year counts on the edge;
``documents``
    bipartite: states and bodies, and the documents they proposed, adopted, signed or
    are party to, with the status on the edge, dated by the event where the document
    reached it.

Nodes are keyed by IRI as plain ``str`` and carry only ``str`` and ``int`` attributes
(``label``, ``type``; states also ``iso3``), because networkx's GraphML writer rejects
other types. Whatever is tied to events also carries when they happened
(``first_date``, ``last_date``, ``dates``, and on weighted edges ``events_YYYY``: see
:mod:`kg.analysis.timeline`). What the views are built from is read by
:mod:`kg.analysis.data`; files are written by :mod:`kg.analysis.exports`.
"""
from __future__ import annotations

from collections import defaultdict

import networkx as nx
import pyoxigraph as ox
import rdflib

from kg.analysis.data import GraphData, as_graph_data, check_period, select_rows
from kg.analysis.timeline import time_attributes, view_years
from kg.errors import ViewError
from kg.namespaces import SCHEME

__all__ = ["VIEWS", "to_networkx"]

VIEWS = ("full", "states", "states-bodies", "documents")


def _states_view(data: GraphData) -> nx.Graph:
    # Pairs come from what one article lists as the participants of one event (the
    # reports), counted once per merged event however many articles report it.
    rows = select_rows(data.store, """
        SELECT DISTINCT ?a ?b ?e WHERE {
          ?r a kg:EventReport ; kg:describes ?e ; kg:hasParticipant ?a , ?b .
          ?a a kg:State . ?b a kg:State . FILTER (STR(?a) < STR(?b)) }""")
    g: nx.Graph[str] = nx.Graph(view="states")
    pairs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for a, b, e in rows:
        if e in data.events:
            pairs[(a, b)].add(e)
    participants = select_rows(data.store, """SELECT DISTINCT ?s ?e WHERE {
        ?r a kg:EventReport ; kg:describes ?e ; kg:hasParticipant ?s . ?s a kg:State }""")
    taking_part: dict[str, set[str]] = defaultdict(set)
    for s, e in participants:
        if e in data.events:
            taking_part[s].add(e)
    for s, events in sorted(taking_part.items()):
        data.add_node(g, s, **time_attributes(data, events))
    years = view_years(data, set().union(*pairs.values()))
    for (a, b), events in sorted(pairs.items()):
        ordered = sorted(events)
        bodies = sorted({data.labels.get(b_, b_) for e in ordered for b_ in data.event_bodies.get(e, ())})
        g.add_edge(a, b, weight=len(ordered), events=";".join(ordered), bodies=";".join(bodies),
                   **time_attributes(data, ordered, years))
    return g


def _states_bodies_view(data: GraphData) -> nx.Graph:
    rows = select_rows(data.store, """
        SELECT DISTINCT ?s ?b ?e WHERE {
          ?e a kg:Event ; kg:ofBody ?b ; kg:hasParticipant ?s . ?s a kg:State }""")
    g: nx.Graph[str] = nx.Graph(view="states-bodies")
    links: dict[tuple[str, str], set[str]] = defaultdict(set)
    for s, b, e in rows:
        if e in data.events:
            links[(s, b)].add(e)
    node_events: dict[str, set[str]] = defaultdict(set)
    for (s, b), events in links.items():
        node_events[s] |= events
        node_events[b] |= events
    years = view_years(data, set().union(*links.values()))
    for (s, b), events in sorted(links.items()):
        for node, side in ((s, 0), (b, 1)):
            if node not in g:  # a node's time is worked out once, not once per edge
                data.add_node(g, node, bipartite=side, **time_attributes(data, node_events[node]))
        g.add_edge(s, b, weight=len(events), relation="took part in its events", events=";".join(sorted(events)),
                   **time_attributes(data, events, years))
    for s, b in select_rows(data.store, """SELECT DISTINCT ?s ?b WHERE {
            { ?s org:memberOf ?b } UNION { ?b org:hasMember ?s } ?s a kg:State . ?b a kg:InternationalBody }"""):
        data.add_node(g, s, bipartite=0)
        data.add_node(g, b, bipartite=1)
        if g.has_edge(s, b):
            g.edges[s, b]["member"] = 1
        else:
            # A membership is no event: it has no dates, and counts none in any year.
            g.add_edge(s, b, weight=0, relation="member", events="", member=1,
                       **time_attributes(data, (), years))
    return g


def _documents_view(data: GraphData) -> nx.MultiGraph:
    rows = select_rows(data.store, """
        SELECT DISTINCT ?actor ?doc ?relation ?status ?event WHERE {
          ?doc a kg:Document ; kg:status/skos:notation ?status .
          OPTIONAL { ?doc kg:atEvent ?event }
          { ?doc kg:proposedBy ?actor BIND ("proposed" AS ?relation) }
          UNION { ?doc kg:party ?actor BIND ("party" AS ?relation) }
          UNION { ?doc kg:atEvent/kg:ofBody ?actor ; kg:status/skos:notation ?step
                  FILTER (?step IN ("adopted", "signed", "ratified", "in_force", "draft"))
                  BIND (?step AS ?relation) } }""")
    kept = []
    for actor, doc, relation, status, event in sorted(rows, key=lambda r: tuple(x or "" for x in r)):
        if event is not None and event not in data.events:
            continue
        if event is None and data.period_set:
            continue  # a period is set and the document has no dated event
        kept.append((actor, doc, relation, status, event))
    # A document, and each of its edges, is dated by the event where it reached its
    # status; an actor by the events of all its documents.
    node_events: dict[str, set[str]] = defaultdict(set)
    for actor, doc, _, _, event in kept:
        if event is not None:
            node_events[actor].add(event)
            node_events[doc].add(event)
    g: nx.MultiGraph[str] = nx.MultiGraph(view="documents")
    for actor, doc, relation, status, event in kept:
        for node, side in ((actor, 0), (doc, 1)):
            if node not in g:  # a node's time is worked out once, not once per edge
                data.add_node(g, node, bipartite=side, **time_attributes(data, node_events[node]))
        g.add_edge(actor, doc, key=relation, relation=relation, status=status,
                   **time_attributes(data, [event] if event else []))
    return g


def _full_view(data: GraphData) -> nx.MultiDiGraph:
    g: nx.MultiDiGraph[str] = nx.MultiDiGraph(view="full")
    dropped = set(data.event_date) - data.events
    for s, p, o in select_rows(data.store, f"""SELECT DISTINCT ?s ?p ?o WHERE {{ ?s ?p ?o . FILTER (isIRI(?o))
            FILTER (?p != rdf:type) FILTER (!STRSTARTS(STR(?s), "{SCHEME}")) }}"""):
        if s in dropped or o in dropped:
            continue
        for node in (s, o):
            if node not in g:
                data.add_node(g, node, **_event_dates(data, node))
        relation = p.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        g.add_edge(s, o, key=relation, relation=relation, predicate=p)
    return g


def _event_dates(data: GraphData, node: str) -> dict[str, str | int]:
    """An event node's dates as the graph writes them (``start_date``, ``end_date``) and
    its time attributes; nothing for other nodes."""
    if node not in data.event_date:
        return {}
    attrs: dict[str, str | int] = {name: value for name, value in (("start_date", data.event_date[node]),
                                             ("end_date", data.event_end.get(node))) if value}
    return {**attrs, **time_attributes(data, [node])}


_BUILDERS = {"full": _full_view, "states": _states_view, "states-bodies": _states_bodies_view,
             "documents": _documents_view}


def to_networkx(graph: rdflib.Graph | ox.Store | GraphData, view: str = "states", since: str | None = None,
                until: str | None = None) -> nx.Graph:
    """A NetworkX view of the knowledge graph.

    Parameters
    ----------
    graph : the knowledge graph, or what :func:`kg.analysis.data.as_graph_data` read of it
        (then its period holds, and ``since`` and ``until`` are only checked).
    view : ``full``, ``states``, ``states-bodies`` or ``documents`` (see the module doc).
    since, until : keep only events dated in this period (``YYYY``, ``YYYY-MM`` or
        ``YYYY-MM-DD``, inclusive); undated events drop out when either is set.

    Returns
    -------
    ``nx.Graph`` (``states``, ``states-bodies``), ``nx.MultiGraph`` (``documents``) or
    ``nx.MultiDiGraph`` (``full``); the view's name is its ``view`` graph attribute.

    Raises
    ------
    ViewError
        For an unknown view, or a bound that is not a date.

    Examples
    --------
    >>> from kg.facts import parse_facts
    >>> from kg.graph import build_graph
    >>> g = build_graph([parse_facts({"article": {"id": "a"}, "events": [
    ...     {"id": "e1", "type": "summit", "date": "2019-10-11", "city": "Ashgabat",
    ...      "participants": ["RUS", "TKM", "KAZ"]}]})])
    >>> G = to_networkx(g, "states")
    >>> sorted(G.nodes[n]["iso3"] for n in G), G.number_of_edges()
    (['KAZ', 'RUS', 'TKM'], 3)
    >>> to_networkx(g, "states", since="2020").number_of_nodes()
    0
    """
    if view not in _BUILDERS:
        raise ViewError(f"unknown view {view!r}; use one of {', '.join(VIEWS)}")
    check_period(since, until)
    return _BUILDERS[view](as_graph_data(graph, since, until))
