"""Time in the views and their files: per-year counts and dates checked against SPARQL,
and every format read back by a real reader (networkx, igraph, pandas, an XML parser
for the structure Gephi reads in a dynamic GEXF)."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from datetime import date

import networkx as nx
import pytest

from kg import build_graph, query, read_facts, to_networkx, write_network
from kg.analysis import VIEWS
from kg.facts import parse_facts
from tests.conftest import EXAMPLES

GEXF = "{http://www.gexf.net/1.2draft}"


@pytest.fixture(scope="module")
def graph():
    return build_graph(read_facts(EXAMPLES / "facts"))


@pytest.fixture(scope="module")
def mixed_precision():
    """Three states meeting at events of every precision, one over several days, one
    undated, with an empty year (2015) between them."""
    events = [
        {"id": "e1", "type": "talks", "date": "2013", "participants": ["FRA", "DEU"]},
        {"id": "e2", "type": "talks", "date": "2013-05-02", "city": "Paris", "participants": ["FRA", "DEU"]},
        {"id": "e3", "type": "summit", "date": "2014-02", "city": "Berlin", "participants": ["FRA", "DEU", "POL"]},
        {"id": "e4", "type": "summit", "date": "2016-06-28", "end_date": "2016-07-01", "city": "Warsaw",
         "participants": ["FRA", "DEU", "POL"]},
        {"id": "e5", "type": "call", "date": None, "participants": ["FRA", "POL"]},
    ]
    return build_graph([parse_facts({"article": {"id": "a"}, "events": events})])


def edge_items(G):
    return list(G.edges(keys=True, data=True)) if G.is_multigraph() else list(G.edges(data=True))


def year_keys(attrs):
    return sorted(k for k in attrs if k.startswith("events_"))


def test_per_year_counts_equal_sparql_counts(graph):
    G = to_networkx(graph, "states")
    rows = query(graph, """SELECT ?a ?b ?year (COUNT(DISTINCT ?e) AS ?n) WHERE {
        ?r a kg:EventReport ; kg:describes ?e ; kg:hasParticipant ?a , ?b .
        ?a kg:iso3 ?x . ?b kg:iso3 ?y . FILTER (?x < ?y) ?e kg:startDate ?d
        BIND (SUBSTR(STR(?d), 1, 4) AS ?year) } GROUP BY ?a ?b ?year""").values()
    expected = {(str(a), str(b), str(y)): int(n) for a, b, y, n in rows}
    years = year_keys(next(iter(G.edges.values())))
    assert years == [f"events_{y}" for y in range(2016, 2024)]  # every year, empty ones too
    found = {}
    for u, v, d in G.edges(data=True):
        assert year_keys(d) == years  # the same columns on every edge
        a, b = sorted((u, v))
        found.update({(a, b, k[7:]): n for k, n in d.items() if k.startswith("events_") and n})
        assert sum(d[k] for k in years) <= d["weight"]
    assert found == expected


def test_reduced_precision_and_several_days(mixed_precision):
    G = to_networkx(mixed_precision, "states")
    fra, deu, pol = (f"https://w3id.org/coopkg/id/state/{c}" for c in ("FRA", "DEU", "POL"))
    edge = G.edges[fra, deu]
    assert edge["weight"] == 4 and (edge["first_date"], edge["last_date"]) == ("2013-01-01", "2016-07-01")
    assert edge["dates"] == "2013;2013-05-02;2014-02;2016-06-28/2016-07-01"
    assert {k: edge[k] for k in year_keys(edge)} == {
        "events_2013": 2, "events_2014": 1, "events_2015": 0, "events_2016": 1}
    undated = G.edges[fra, pol]
    assert undated["weight"] == 3 and sum(undated[k] for k in year_keys(undated)) == 2
    assert G.nodes[pol]["first_date"] == "2014-02-01" and G.nodes[pol]["dates"] == "2014-02;2016-06-28/2016-07-01"


def test_full_view_event_nodes_carry_their_dates(graph, mixed_precision):
    for g in (graph, mixed_precision):
        G = to_networkx(g, "full")
        rows = query(g, """SELECT ?e ?start ?end WHERE { ?e a kg:Event .
            OPTIONAL { ?e kg:startDate ?start } OPTIONAL { ?e kg:endDate ?end } }""").values()
        for event, start, end in rows:
            attrs = G.nodes[str(event)]
            assert attrs.get("start_date") == (str(start) if start else None)
            assert attrs.get("end_date") == (str(end) if end else None)
            if start:
                assert date.fromisoformat(attrs["first_date"]) <= date.fromisoformat(attrs["last_date"])
    warsaw = to_networkx(mixed_precision, "full")
    summit = next(n for n, d in warsaw.nodes(data=True) if d.get("start_date") == "2016-06-28")
    assert warsaw.nodes[summit]["end_date"] == "2016-07-01"


def test_documents_view_edges_dated_by_their_event(graph):
    G = to_networkx(graph, "documents")
    dated = [d for *_, d in edge_items(G) if "first_date" in d]
    assert dated and all(d["first_date"] <= d["last_date"] for d in dated)
    adopted = [d for *_, d in edge_items(G) if d["relation"] == "adopted"]
    assert adopted[0]["dates"] == "2023-09-09/2023-09-10"


GEXF_TYPES = {"integer", "long", "double", "float", "boolean", "string", "liststring", "anyURI"}


def check_gexf_references(g):
    """What a GEXF 1.2 reader resolves: unique node and edge ids, edges between declared
    nodes, attribute values for declared attributes of their class, of a GEXF type, and
    dated (start and end) exactly where the attribute is dynamic."""
    declared = {}
    for attributes in g.findall(f"{GEXF}attributes"):
        assert attributes.get("class") in ("node", "edge") and attributes.get("mode") in ("static", "dynamic")
        for a in attributes.findall(f"{GEXF}attribute"):
            assert a.get("type") in GEXF_TYPES, a.attrib
            declared[(attributes.get("class"), a.get("id"))] = attributes.get("mode")
    nodes = [n.get("id") for n in g.find(f"{GEXF}nodes")]
    edges = list(g.find(f"{GEXF}edges"))
    assert len(set(nodes)) == len(nodes) and len({e.get("id") for e in edges}) == len(edges)
    assert all(e.get("source") in set(nodes) and e.get("target") in set(nodes) for e in edges)
    for kind, elements in (("node", list(g.find(f"{GEXF}nodes"))), ("edge", edges)):
        for element in elements:
            for value in element.iter(f"{GEXF}attvalue"):
                mode = declared[(kind, value.get("for"))]
                assert (value.get("start") is not None and value.get("end") is not None) == (mode == "dynamic")


def spans_of(element):
    spells = element.find(f"{GEXF}spells")
    if spells is None:
        return []
    return [(date.fromisoformat(s.get("start")), date.fromisoformat(s.get("end"))) for s in spells]


@pytest.mark.parametrize("view", VIEWS)
def test_gexf_is_dynamic_as_gephi_reads_it(graph, tmp_path, view):
    G = to_networkx(graph, view)
    path = tmp_path / f"{view}.gexf"
    write_network(G, path)
    root = ET.parse(path).getroot()
    assert root.tag == f"{GEXF}gexf" and root.get("version") == "1.2"
    g = root.find(f"{GEXF}graph")
    assert (g.get("mode"), g.get("timeformat")) == ("dynamic", "date")
    assert g.get("defaultedgetype") == ("directed" if G.is_directed() else "undirected")
    children = [c.tag for c in g]
    assert children.index(f"{GEXF}nodes") > max(i for i, t in enumerate(children) if t == f"{GEXF}attributes")
    nodes, edges = g.find(f"{GEXF}nodes"), g.find(f"{GEXF}edges")
    assert (len(nodes), len(edges)) == (G.number_of_nodes(), G.number_of_edges())
    spelled = 0
    for element in list(nodes) + list(edges):
        spans = spans_of(element)
        spelled += bool(spans)
        for (start, end), following in zip(spans, spans[1:] + [None]):
            assert start <= end
            if following:
                assert (following[0] - end).days > 1  # sorted, apart: Gephi refuses overlaps
    assert spelled > 0
    # Every edge lives within the lifetime of both its ends, so that the timeline never
    # shows an edge without its nodes.
    lifetimes = {n.get("id"): spans_of(n) for n in nodes}
    for e in edges:
        for end in (e.get("source"), e.get("target")):
            if lifetimes[end]:
                for start, stop in spans_of(e):
                    assert any(a <= start and stop <= b for a, b in lifetimes[end])
    check_gexf_references(g)
    back = nx.read_gexf(path)
    assert back.graph["mode"] == "dynamic"
    assert (back.number_of_nodes(), back.number_of_edges()) == (G.number_of_nodes(), G.number_of_edges())


def test_gexf_spells_are_the_edges_dates(mixed_precision, tmp_path):
    write_network(to_networkx(mixed_precision, "states"), tmp_path / "s.gexf")
    back = nx.read_gexf(tmp_path / "s.gexf")
    spells = {tuple(sorted((back.nodes[u]["label"], back.nodes[v]["label"]))): d.get("spells", [])
              for u, v, d in back.edges(data=True)}
    # 2013 holds 2013-05-02; 2014-02 and the Warsaw summit stand apart.
    assert spells[("France", "Germany")] == [("2013-01-01", "2013-12-31"), ("2014-02-01", "2014-02-28"),
                                            ("2016-06-28", "2016-07-01")]
    fra_pol = back.edges["https://w3id.org/coopkg/id/state/FRA", "https://w3id.org/coopkg/id/state/POL"]
    assert fra_pol["events_2016"] == 1
    # Each year's count as a dynamic attribute over that year, for Gephi to size edges by.
    assert fra_pol["meetings"] == [(1, "2014-01-01", "2014-12-31"), (1, "2016-01-01", "2016-12-31")]
    root = ET.parse(tmp_path / "s.gexf").getroot()
    dynamic = root.find(f"{GEXF}graph").findall(f"{GEXF}attributes[@mode='dynamic']")
    assert [(a.get("class"), [t.get("title") for t in a]) for a in dynamic] == [("edge", ["meetings"])]


def test_undated_graph_writes_a_static_gexf(tmp_path):
    g = build_graph([parse_facts({"article": {"id": "a"}, "events": [
        {"id": "e1", "type": "call", "date": None, "participants": ["USA", "FRA"]}]})])
    write_network(to_networkx(g, "states"), tmp_path / "s.gexf")
    assert ET.parse(tmp_path / "s.gexf").getroot().find(f"{GEXF}graph").get("mode") == "static"


def test_graphml_time_attributes_typed_in_networkx_and_igraph(mixed_precision, tmp_path):
    igraph = pytest.importorskip("igraph")
    G = to_networkx(mixed_precision, "states")
    write_network(G, tmp_path / "s.graphml")
    back = nx.read_graphml(tmp_path / "s.graphml")
    for u, v, d in G.edges(data=True):
        read = back.edges[u, v]
        assert {k: read[k] for k in year_keys(d)} == {k: d[k] for k in year_keys(d)}
        assert all(type(read[k]) is int for k in year_keys(d))
        assert (read["first_date"], read["last_date"]) == (d["first_date"], d["last_date"])
    ig = igraph.Graph.Read_GraphML(str(tmp_path / "s.graphml"))
    by_pair = {tuple(sorted((ig.vs[e.source]["iso3"], ig.vs[e.target]["iso3"]))): e for e in ig.es}
    fra_deu = by_pair[("DEU", "FRA")]
    assert (fra_deu["events_2013"], fra_deu["events_2015"], fra_deu["first_date"]) == (2, 0, "2013-01-01")
    assert sum(e["events_2016"] for e in ig.es) == 3


def test_node_link_json_reads_back_with_networkx_defaults(mixed_precision, tmp_path):
    for view in VIEWS:
        G = to_networkx(mixed_precision, view)
        write_network(G, tmp_path / f"{view}.json")
        data = json.loads((tmp_path / f"{view}.json").read_text(encoding="utf-8"))
        back = nx.node_link_graph(data)
        assert back.is_multigraph() == G.is_multigraph() and back.is_directed() == G.is_directed()
        assert sorted(back.edges(data=True), key=repr) == sorted(G.edges(data=True), key=repr)
        assert dict(back.nodes(data=True)) == dict(G.nodes(data=True))
    states = json.loads((tmp_path / "states.json").read_text(encoding="utf-8"))
    assert all(isinstance(e["events_2014"], int) for e in states["edges"])


def test_csv_nodes_beside_edges_read_by_pandas_and_igraph(mixed_precision, tmp_path):
    pd = pytest.importorskip("pandas")
    igraph = pytest.importorskip("igraph")
    G = to_networkx(mixed_precision, "states")
    write_network(G, tmp_path / "states.csv")
    edges = pd.read_csv(tmp_path / "states.csv")
    nodes = pd.read_csv(tmp_path / "states.nodes.csv")
    assert len(edges) == G.number_of_edges() and len(nodes) == G.number_of_nodes()
    assert all(str(edges[k].dtype) == "int64" for k in year_keys(edges.columns))
    assert edges["events_2016"].sum() == 3
    assert pd.to_datetime(edges["first_date"]).min() == pd.Timestamp("2013-01-01")
    ig = igraph.Graph.DataFrame(edges, directed=False, vertices=nodes, use_vids=False)
    assert (ig.vcount(), ig.ecount()) == (G.number_of_nodes(), G.number_of_edges())


def test_dev_corpus_years_add_up(dev_corpus, tmp_path):
    G = to_networkx(build_graph(read_facts(dev_corpus)), "states")
    per_year: Counter = Counter()
    for _, _, d in G.edges(data=True):
        per_year.update({k: n for k, n in d.items() if k.startswith("events_")})
        assert sum(d[k] for k in year_keys(d)) <= d["weight"]
    assert sum(per_year.values()) > 0
    write_network(G, tmp_path / "dev.gexf")
    back = nx.read_gexf(tmp_path / "dev.gexf")
    lives = defaultdict(list)
    for u, v, d in back.edges(data=True):
        lives[bool(d.get("spells"))].append((u, v))
    assert lives[True]
