"""Knowledge graph → NetworkX views, and files that Gephi, igraph and Cytoscape read.

Views (``to_networkx(graph, view=...)``):

``full``
    every entity a node, every relation between entities an edge (MultiDiGraph);
``states``
    states, and an edge between two states that took part in the same event, weighted
    by the number of such events, with the events, years and bodies on the edge;
``states-bodies``
    bipartite: states, and the bodies in whose events they took part (and the bodies
    they are members of, where the graph says so);
``documents``
    bipartite: states and bodies, and the documents they proposed, adopted, signed or
    are party to, with the status on the edge.

Nodes are keyed by IRI as plain ``str`` and carry only ``str`` and ``int`` attributes
(``label``, ``type``; states also ``iso3``), because networkx's GraphML writer rejects
other types. Data comes out of Oxigraph with a few SPARQL queries and is assembled in
Python, which ``shared/STACK-MEASUREMENTS.md`` found ~25× faster than rdflib's converter.
"""
from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from pathlib import Path
from typing import Iterable

import networkx as nx
import pyoxigraph as ox
import rdflib

from kg.atomic import atomic_write
from kg.errors import KGError
from kg.graph import oxstore
from kg.namespaces import KG, PREFIXES

__all__ = ["VIEWS", "EXPORT_FORMATS", "to_networkx", "write_network", "in_period"]

VIEWS = ("full", "states", "states-bodies", "documents")
EXPORT_FORMATS = ("graphml", "gexf", "json", "csv")
_K = str(KG._NS)
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


class ViewError(KGError):
    """Raised for an unknown view or export format, or a bad period bound."""


def _select(store: ox.Store, query: str) -> list[list[str | None]]:
    result = store.query(query, use_default_graph_as_union=True, prefixes=PREFIXES)
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


def _check_bound(value: str | None, name: str) -> None:
    import re
    if value is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        raise ViewError(f"--{name} {value!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")


class _Data:
    """What the views need, read from the graph once."""

    def __init__(self, store: ox.Store, since: str | None, until: str | None):
        self.store = store
        events = _select(store, """
            SELECT ?e ?date ?year ?body WHERE {
              ?e a kg:Event . OPTIONAL { ?e kg:startDate ?d } OPTIONAL { ?e kg:ofBody ?body }
              BIND (STR(?d) AS ?date) BIND (SUBSTR(STR(?d), 1, 4) AS ?year) }""")
        self.event_date: dict[str, str | None] = {}
        self.event_bodies: dict[str, set[str]] = defaultdict(set)
        for e, date, _, body in events:
            self.event_date[e] = date
            if body:
                self.event_bodies[e].add(body)
        self.events = {e for e, d in self.event_date.items() if in_period(d, since, until)}
        self.period_set = since is not None or until is not None
        self.labels: dict[str, str] = {}
        self.types: dict[str, str] = {}
        self.iso3: dict[str, str] = {}
        for node, kind, label, iso in _select(store, """
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
        attrs = {"label": self.labels.get(node, node.rsplit("/", 1)[-1]), "type": self.types.get(node, "Resource")}
        if node in self.iso3:
            attrs["iso3"] = self.iso3[node]
        return attrs

    def add_node(self, g: nx.Graph, node: str, **extra) -> None:
        if node not in g:
            g.add_node(node, **self.node_attrs(node), **extra)


def _data_of(graph, since: str | None, until: str | None) -> _Data:
    """What the views need: read from the graph, or already read (``analyze`` reads it
    once for all its measures)."""
    if isinstance(graph, _Data):
        return graph
    return _Data(oxstore(graph), since, until)


def _states_view(data: _Data) -> nx.Graph:
    # Pairs come from what one article lists as the participants of one event (the
    # reports), counted once per merged event however many articles report it.
    rows = _select(data.store, """
        SELECT DISTINCT ?a ?b ?e WHERE {
          ?r a kg:EventReport ; kg:describes ?e ; kg:hasParticipant ?a , ?b .
          ?a a kg:State . ?b a kg:State . FILTER (STR(?a) < STR(?b)) }""")
    g = nx.Graph(view="states")
    pairs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for a, b, e in rows:
        if e in data.events:
            pairs[(a, b)].add(e)
    participants = _select(data.store, """SELECT DISTINCT ?s ?e WHERE {
        ?r a kg:EventReport ; kg:describes ?e ; kg:hasParticipant ?s . ?s a kg:State }""")
    for s, e in participants:
        if e in data.events:
            data.add_node(g, s)
    for (a, b), events in sorted(pairs.items()):
        ordered = sorted(events)
        years = sorted({(data.event_date.get(e) or "")[:4] for e in ordered} - {""})
        bodies = sorted({data.labels.get(b_, b_) for e in ordered for b_ in data.event_bodies.get(e, ())})
        g.add_edge(a, b, weight=len(ordered), events=";".join(ordered), years=";".join(years),
                   bodies=";".join(bodies))
    return g


def _states_bodies_view(data: _Data) -> nx.Graph:
    rows = _select(data.store, """
        SELECT DISTINCT ?s ?b ?e WHERE {
          ?e a kg:Event ; kg:ofBody ?b ; kg:hasParticipant ?s . ?s a kg:State }""")
    g = nx.Graph(view="states-bodies")
    links: dict[tuple[str, str], set[str]] = defaultdict(set)
    for s, b, e in rows:
        if e in data.events:
            links[(s, b)].add(e)
    for (s, b), events in sorted(links.items()):
        data.add_node(g, s, bipartite=0)
        data.add_node(g, b, bipartite=1)
        g.add_edge(s, b, weight=len(events), relation="took part in its events", events=";".join(sorted(events)))
    for s, b in _select(data.store, """SELECT DISTINCT ?s ?b WHERE {
            { ?s org:memberOf ?b } UNION { ?b org:hasMember ?s } ?s a kg:State . ?b a kg:InternationalBody }"""):
        data.add_node(g, s, bipartite=0)
        data.add_node(g, b, bipartite=1)
        if g.has_edge(s, b):
            g.edges[s, b]["member"] = 1
        else:
            g.add_edge(s, b, weight=0, relation="member", events="", member=1)
    return g


def _documents_view(data: _Data) -> nx.MultiGraph:
    rows = _select(data.store, """
        SELECT DISTINCT ?actor ?doc ?relation ?status ?event WHERE {
          ?doc a kg:Document ; kg:status/skos:notation ?status .
          OPTIONAL { ?doc kg:atEvent ?event }
          { ?doc kg:proposedBy ?actor BIND ("proposed" AS ?relation) }
          UNION { ?doc kg:party ?actor BIND ("party" AS ?relation) }
          UNION { ?doc kg:atEvent/kg:ofBody ?actor ; kg:status/skos:notation ?step
                  FILTER (?step IN ("adopted", "signed", "ratified", "in_force", "draft"))
                  BIND (?step AS ?relation) } }""")
    g = nx.MultiGraph(view="documents")
    for actor, doc, relation, status, event in sorted(rows, key=lambda r: tuple(x or "" for x in r)):
        if event is not None and event not in data.events:
            continue
        if event is None and data.period_set:
            continue  # a period is set and the document has no dated event
        data.add_node(g, actor, bipartite=0)
        data.add_node(g, doc, bipartite=1)
        g.add_edge(actor, doc, key=relation, relation=relation, status=status)
    return g


def _full_view(data: _Data) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph(view="full")
    dropped = set(data.event_date) - data.events
    for s, p, o in _select(data.store, """SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o . FILTER (isIRI(?o))
            FILTER (?p != rdf:type) FILTER (!STRSTARTS(STR(?s), "https://w3id.org/coopkg/scheme/")) }"""):
        if s in dropped or o in dropped:
            continue
        data.add_node(g, s)
        data.add_node(g, o)
        relation = p.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        g.add_edge(s, o, key=relation, relation=relation, predicate=p)
    return g


_BUILDERS = {"full": _full_view, "states": _states_view, "states-bodies": _states_bodies_view,
             "documents": _documents_view}


def to_networkx(graph: rdflib.Graph | ox.Store, view: str = "states", since: str | None = None,
                until: str | None = None) -> nx.Graph:
    """A NetworkX view of the knowledge graph.

    Parameters
    ----------
    graph : the knowledge graph.
    view : ``full``, ``states``, ``states-bodies`` or ``documents`` (see the module doc).
    since, until : keep only events dated in this period (``YYYY``, ``YYYY-MM`` or
        ``YYYY-MM-DD``, inclusive); undated events drop out when either is set.

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
    _check_bound(since, "since")
    _check_bound(until, "until")
    return _BUILDERS[view](_data_of(graph, since, until))


def _edge_rows(g: nx.Graph) -> Iterable[dict]:
    edges = g.edges(keys=True, data=True) if g.is_multigraph() else ((u, v, None, d) for u, v, d in g.edges(data=True))
    for u, v, _, d in edges:
        yield {"source": u, "target": v, **d}


def write_network(g: nx.Graph, path: str | Path, fmt: str | None = None) -> None:
    """Write a view as GraphML, GEXF, node-link JSON or a CSV edge list with a CSV of its
    nodes beside it (atomically).

    ``fmt`` defaults to the file's suffix (``.graphml``, ``.gexf``, ``.json``, ``.csv``).
    """
    fmt = fmt or Path(path).suffix.lstrip(".").lower()
    if fmt not in EXPORT_FORMATS:
        raise ViewError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    if fmt == "graphml":
        # The graph-level "view" attribute is kept; GraphML holds str/int attributes only.
        payload = "\n".join(nx.generate_graphml(g)).encode("utf-8")
    elif fmt == "gexf":
        payload = "\n".join(nx.generate_gexf(g)).encode("utf-8")
    elif fmt == "json":
        # networkx's own defaults ("edges"), so that nx.node_link_graph(data) reads it as it is.
        payload = json.dumps(nx.node_link_data(g, edges="edges"), ensure_ascii=False, indent=1).encode("utf-8")
    else:
        # The edges in the file named, the nodes and their attributes beside it
        # ("states.csv" and "states.nodes.csv"), as Gephi's and Cytoscape's importers take them.
        payload = _csv_table(list(_edge_rows(g)), ["source", "target"])
        nodes = _csv_table([{"id": n, **d} for n, d in g.nodes(data=True)], ["id"])
        with atomic_write(Path(path).with_suffix(".nodes.csv")) as out:
            out.write(nodes)
    with atomic_write(path) as out:
        out.write(payload)


def _csv_table(rows: list[dict], first: list[str]) -> bytes:
    columns = first + sorted({k for r in rows for k in r} - set(first))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")
