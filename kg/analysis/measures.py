"""The analyses analysts would otherwise write by hand, on the knowledge graph and its
NetworkX views.

Each function takes its main input first and returns plain values (dicts, lists of
dicts), as networkx's measures do. The ones on the graph take it as it is, or as
:func:`kg.analysis.data.as_graph_data` read it (then its period holds); the ones on a
view take what :func:`kg.analysis.views.to_networkx` gives. :func:`analyze` gathers them
into one report that :func:`kg.analysis.report.report_markdown` renders and
:func:`kg.analysis.plots.plot_report` draws.
"""
from __future__ import annotations

from collections import Counter
from typing import Any

import networkx as nx
import pyoxigraph as ox
import rdflib

from kg.analysis.data import GraphData, as_graph_data, check_period, select_rows
from kg.analysis.views import to_networkx
from kg.facts import STATUSES
from kg.graph import oxstore

__all__ = [
    "status_order", "counts_by_class", "central_states", "central_bodies", "communities", "strongest_pairs",
    "documents_by_status_and_year", "busiest_hosts_and_chairs", "events_per_year", "analyze",
]


def status_order(statuses: list[str]) -> list[str]:
    """The statuses of the ontology's scheme in the order of a document's life (proposed,
    draft, adopted, signed, ratified, in force, and discussed: talked of but not
    adopted), whether or not ``statuses`` has them, then any others ``statuses`` names.

    >>> status_order(["signed", "proposed", "withdrawn"])
    ['proposed', 'draft', 'adopted', 'signed', 'ratified', 'in_force', 'discussed', 'withdrawn']
    """
    return list(STATUSES) + sorted(set(statuses) - set(STATUSES))


def counts_by_class(graph: rdflib.Graph | ox.Store) -> dict[str, int]:
    """How many nodes the graph has of each class of the ontology.

    >>> from kg.facts import parse_facts
    >>> from kg.graph import build_graph
    >>> g = build_graph([parse_facts({"article": {"id": "a"}, "states": [{"iso3": "FRA"}, {"iso3": "DEU"}]})])
    >>> counts_by_class(g)["State"]
    2
    """
    rows = select_rows(oxstore(graph), """SELECT ?c (COUNT(DISTINCT ?n) AS ?count) WHERE {
        ?n a ?t . FILTER (STRSTARTS(STR(?t), STR(kg:))) BIND (STRAFTER(STR(?t), STR(kg:)) AS ?c) }
        GROUP BY ?c ORDER BY ?c""")
    return {c: int(n) for c, n in rows}


def central_states(states: nx.Graph, top: int = 10) -> list[dict]:
    """The most central states of a ``states`` view: degree centrality, weighted degree
    (shared meetings), betweenness and eigenvector centrality, by weighted degree.

    >>> G = nx.Graph([("a", "b", {"weight": 3}), ("b", "c", {"weight": 1})])
    >>> nx.set_node_attributes(G, {"a": "A", "b": "B", "c": "C"}, "label")
    >>> [(r["state"], r["weighted_degree"], r["betweenness"]) for r in central_states(G)]
    [('B', 4, 1.0), ('A', 3, 0.0), ('C', 1, 0.0)]
    """
    if states.number_of_nodes() == 0:
        return []
    degree = nx.degree_centrality(states)
    weighted = dict(states.degree(weight="weight"))
    betweenness = nx.betweenness_centrality(states)
    try:
        eigenvector = nx.eigenvector_centrality(states, max_iter=1000, weight="weight")
    except (nx.PowerIterationFailedConvergence, nx.NetworkXException):
        eigenvector = dict.fromkeys(states, 0.0)
    rows = [{"state": states.nodes[n].get("iso3") or states.nodes[n].get("label", n),
             "degree": round(degree[n], 4), "weighted_degree": int(weighted[n]),
             "betweenness": round(betweenness[n], 4), "eigenvector": round(eigenvector[n], 4)} for n in states]
    rows.sort(key=lambda r: (-r["weighted_degree"], -r["betweenness"], r["state"]))
    return rows[:top]


def central_bodies(states_bodies: nx.Graph, top: int = 10) -> list[dict]:
    """The bodies of a ``states-bodies`` view with the most member states taking part,
    and how many of their events those states attended in all.

    >>> G = nx.Graph()
    >>> G.add_nodes_from(["s1", "s2"], bipartite=0); G.add_node("b", bipartite=1, label="CIS")
    >>> G.add_edge("s1", "b", weight=2); G.add_edge("s2", "b", weight=1)
    >>> central_bodies(G)
    [{'body': 'CIS', 'states': 2, 'participations': 3}]
    """
    rows = []
    for n, attrs in states_bodies.nodes(data=True):
        if attrs.get("bipartite") == 1:
            rows.append({"body": attrs.get("label", n), "states": states_bodies.degree(n),
                         "participations": int(states_bodies.degree(n, weight="weight"))})
    rows.sort(key=lambda r: (-r["states"], -r["participations"], r["body"]))
    return rows[:top]


def communities(states: nx.Graph, seed: int = 0) -> list[list[str]]:
    """Communities of states (Louvain, on shared-meeting weights), largest first.

    >>> G = nx.Graph([("a", "b"), ("b", "c"), ("a", "c"), ("x", "y"), ("y", "z"), ("x", "z"), ("c", "x")])
    >>> communities(G)
    [['a', 'b', 'c'], ['x', 'y', 'z']]
    """
    if states.number_of_nodes() == 0:
        return []
    found = nx.community.louvain_communities(states, weight="weight", seed=seed)
    named = [sorted(states.nodes[n].get("iso3") or n for n in c) for c in found]
    return sorted(named, key=lambda c: (-len(c), c))


def strongest_pairs(states: nx.Graph, top: int = 10) -> list[dict]:
    """The pairs of states that met most often, with the years they met in (from the
    edges' ``events_YYYY`` counts).

    >>> G = nx.Graph([("a", "b", {"weight": 2, "events_2019": 1, "events_2020": 1, "events_2021": 0}),
    ...               ("b", "c", {"weight": 5, "events_2019": 0, "events_2020": 0, "events_2021": 5})])
    >>> [(p["pair"], p["years"]) for p in strongest_pairs(G)]
    [('b-c', '2021'), ('a-b', '2019, 2020')]
    """
    rows: list[dict[str, Any]] = []
    for u, v, d in states.edges(data=True):
        a, b = sorted((states.nodes[u].get("iso3") or u, states.nodes[v].get("iso3") or v))
        years = sorted(k.removeprefix("events_") for k, n in d.items() if k.startswith("events_") and n)
        rows.append({"pair": f"{a}-{b}", "meetings": int(d.get("weight", 1)), "years": ", ".join(years)})
    rows.sort(key=lambda r: (-r["meetings"], r["pair"]))
    return rows[:top]


def documents_by_status_and_year(graph: rdflib.Graph | ox.Store | GraphData, since: str | None = None,
                                 until: str | None = None) -> dict[str, dict[str, int]]:
    """Documents per status (in the order of :func:`status_order`), and per year of the
    event where their step happened ("undated" where there is none).

    >>> from kg.facts import parse_facts
    >>> from kg.graph import build_graph
    >>> g = build_graph([parse_facts({"article": {"id": "a"},
    ...     "events": [{"id": "e1", "type": "signing", "date": "2015-06-17", "city": "Canberra"}],
    ...     "documents": [{"id": "d1", "type": "agreement", "title": "free trade agreement",
    ...                    "status": "signed", "event": "e1"}]})])
    >>> documents_by_status_and_year(g)
    {'signed': {'2015': 1}}
    """
    data = as_graph_data(graph, since, until)
    rows = select_rows(data.store, """SELECT DISTINCT ?doc ?status ?event WHERE {
        ?doc a kg:Document ; kg:status/skos:notation ?status . OPTIONAL { ?doc kg:atEvent ?event } }""")
    out: dict[str, Counter] = {}
    for _, status, event in rows:
        if event is not None and event not in data.events:
            continue
        if event is None and data.period_set:
            continue
        year = (data.event_date.get(event) or "")[:4] if event else ""
        out.setdefault(status, Counter())[year or "undated"] += 1
    return {s: dict(sorted(out[s].items())) for s in status_order(list(out)) if s in out}


def busiest_hosts_and_chairs(graph: rdflib.Graph | ox.Store | GraphData, since: str | None = None,
                             until: str | None = None, top: int = 10) -> list[dict]:
    """States by the number of events they hosted and chaired.

    >>> from kg.facts import parse_facts
    >>> from kg.graph import build_graph
    >>> g = build_graph([parse_facts({"article": {"id": "a"}, "events": [
    ...     {"id": "e1", "type": "summit", "date": "2019", "city": "Ufa", "host": "RUS", "chair": "RUS"}]})])
    >>> busiest_hosts_and_chairs(g)
    [{'state': 'RUS', 'hosted': 1, 'chaired': 1}]
    """
    data = as_graph_data(graph, since, until)
    rows = select_rows(data.store, """SELECT DISTINCT ?iso ?event ?role WHERE {
        { ?event a kg:Event ; kg:hostedBy ?s BIND ("hosted" AS ?role) }
        UNION { ?event a kg:Event ; kg:chairedBy ?s BIND ("chaired" AS ?role) }
        ?s kg:iso3 ?iso }""")
    tally: dict[str, Counter] = {}
    for iso, event, role in rows:
        if event in data.events:
            tally.setdefault(iso, Counter())[role] += 1
    out: list[dict[str, Any]] = [{"state": iso, "hosted": c["hosted"], "chaired": c["chaired"]}
                                 for iso, c in tally.items()]
    out.sort(key=lambda r: (-(r["hosted"] + r["chaired"]), r["state"]))
    return out[:top]


def events_per_year(graph: rdflib.Graph | ox.Store | GraphData, since: str | None = None,
                    until: str | None = None) -> dict[str, int]:
    """How many events each year had (merged events: a meeting counts once).

    >>> from kg.facts import parse_facts
    >>> from kg.graph import build_graph
    >>> g = build_graph([parse_facts({"article": {"id": "a"}, "events": [
    ...     {"id": "e1", "type": "call", "date": "2021-03-02", "participants": ["USA", "FRA"]},
    ...     {"id": "e2", "type": "call", "date": None, "participants": ["USA", "DEU"]}]})])
    >>> events_per_year(g)
    {'2021': 1, 'undated': 1}
    """
    data = as_graph_data(graph, since, until)
    years = Counter((data.event_date[e] or "")[:4] or "undated" for e in data.events)
    return dict(sorted(years.items()))


def analyze(graph: rdflib.Graph | ox.Store, since: str | None = None, until: str | None = None,
            top: int = 10) -> dict:
    """The whole analysis report as a JSON-ready dict (what ``kg analyze`` prints)."""
    check_period(since, until)
    store = oxstore(graph)
    data = GraphData(store, since, until)  # read once, shared by every measure below
    states = to_networkx(data, "states")
    states_bodies = to_networkx(data, "states-bodies")
    return {
        "period": {"since": since, "until": until},
        "counts": counts_by_class(store),
        "state_network": {"states": states.number_of_nodes(), "pairs": states.number_of_edges(),
                          "density": round(nx.density(states), 4) if states.number_of_nodes() > 1 else 0.0},
        "central_states": central_states(states, top),
        "central_bodies": central_bodies(states_bodies, top),
        "communities": communities(states),
        "strongest_pairs": strongest_pairs(states, top),
        "documents_by_status_and_year": documents_by_status_and_year(data),
        "busiest_hosts_and_chairs": busiest_hosts_and_chairs(data, top=top),
        "events_per_year": events_per_year(data),
    }
