"""NetworkX views and their files: what SPARQL finds, what igraph reads back."""
from __future__ import annotations

import csv
import json
from itertools import combinations

import networkx as nx
import pytest

from kg import build_graph, query, read_facts, to_networkx, write_network
from kg.analysis import VIEWS
from kg.errors import ViewError


@pytest.fixture(scope="module")
def graph():
    from tests.conftest import EXAMPLES
    return build_graph(read_facts(EXAMPLES / "facts"))


def facts_pairs(facts, since=None, until=None):
    """The pairs of states that the facts list as participants of one event."""
    from kg.analysis import in_period
    from kg.facts import is_iso3
    pairs = set()
    for f in facts:
        for e in f.events:
            if not in_period(e.date, since, until):
                continue
            states = sorted({p for p in e.participants if is_iso3(p) and f.body_named(p) is None})
            pairs |= set(combinations(states, 2))
    return pairs


def view_pairs(G):
    return {tuple(sorted((G.nodes[u]["iso3"], G.nodes[v]["iso3"]))) for u, v in G.edges}


def test_states_view_equals_the_sparql_co_participation_pairs(graph):
    G = to_networkx(graph, "states")
    rows = query(graph, "state-pairs").values()
    assert view_pairs(G) == {(a, b) for a, b, _ in rows}
    weights = {(a, b): int(n) for a, b, n in rows}
    for u, v, d in G.edges(data=True):
        assert d["weight"] == weights[tuple(sorted((G.nodes[u]["iso3"], G.nodes[v]["iso3"])))]


@pytest.mark.parametrize("since, until", [(None, None), ("2016", None), (None, "2016-12"), ("2023-09-09", "2023-09-09")])
def test_states_view_holds_exactly_the_pairs_of_the_facts(example_facts, since, until):
    facts = read_facts(example_facts)
    G = to_networkx(build_graph(facts), "states", since=since, until=until)
    assert view_pairs(G) == facts_pairs(facts, since, until)


def test_states_view_on_the_dev_gold_facts(dev_corpus):
    facts = read_facts(dev_corpus)
    G = to_networkx(build_graph(facts), "states")
    assert view_pairs(G) == facts_pairs(facts)


def test_state_edges_carry_events_dates_bodies(graph):
    G = to_networkx(graph, "states")
    india, brazil = "https://w3id.org/coopkg/id/state/IND", "https://w3id.org/coopkg/id/state/BRA"
    edge = G.edges[india, brazil]
    assert edge["weight"] == 1 and edge["bodies"] == "G20"
    assert (edge["first_date"], edge["last_date"], edge["dates"]) == ("2023-09-09", "2023-09-10", "2023-09-09/2023-09-10")
    assert edge["events_2023"] == 1 and edge["events_2016"] == 0
    assert edge["events"].startswith("https://w3id.org/coopkg/id/event/2023-09-09")


def test_every_view_has_plain_attributes(graph):
    for view in VIEWS:
        G = to_networkx(graph, view)
        assert G.number_of_nodes() > 0, view
        for n, attrs in G.nodes(data=True):
            assert isinstance(n, str) and {"label", "type"} <= attrs.keys()
            assert all(isinstance(v, (str, int)) for v in attrs.values()), (view, attrs)
            if attrs["type"] == "State":
                assert len(attrs["iso3"]) == 3
        edges = G.edges(keys=True, data=True) if G.is_multigraph() else G.edges(data=True)
        for *_, d in edges:
            assert all(isinstance(v, (str, int)) for v in d.values()), (view, d)


def test_bipartite_views(graph):
    sb = to_networkx(graph, "states-bodies")
    bodies = {n for n, d in sb.nodes(data=True) if d["bipartite"] == 1}
    assert {sb.nodes[b]["label"] for b in bodies} >= {"G20", "UN"}
    docs = to_networkx(graph, "documents")
    relations = set()
    for u, v, d in docs.edges(data=True):
        actor = u if docs.nodes[u]["bipartite"] == 0 else v
        relations.add((docs.nodes[actor]["label"], d["relation"], d["status"]))
    assert ("Australia", "proposed", "proposed") in relations
    assert ("G20", "adopted", "adopted") in relations


def test_full_view_is_a_multidigraph_of_entities(graph):
    G = to_networkx(graph, "full")
    assert isinstance(G, nx.MultiDiGraph)
    types = {d["type"] for _, d in G.nodes(data=True)}
    assert {"State", "Event", "Document", "NewsArticle", "EventReport", "City"} <= types
    assert any(d["relation"] == "hasParticipant" for *_, d in G.edges(keys=True, data=True))


@pytest.mark.parametrize("view", VIEWS)
def test_graphml_reads_back_in_igraph_with_the_same_counts(graph, tmp_path, view):
    igraph = pytest.importorskip("igraph")
    G = to_networkx(graph, view)
    path = tmp_path / f"{view}.graphml"
    write_network(G, path)
    ig = igraph.Graph.Read_GraphML(str(path))
    assert (ig.vcount(), ig.ecount()) == (G.number_of_nodes(), G.number_of_edges())


def test_other_formats(graph, tmp_path):
    G = to_networkx(graph, "states")
    write_network(G, tmp_path / "s.gexf")
    assert nx.read_gexf(tmp_path / "s.gexf").number_of_edges() == G.number_of_edges()
    write_network(G, tmp_path / "s.json")
    data = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert len(data["edges"]) == G.number_of_edges()
    back = nx.node_link_graph(data)  # networkx's current defaults read it as written
    assert (back.number_of_nodes(), back.number_of_edges()) == (G.number_of_nodes(), G.number_of_edges())
    write_network(G, tmp_path / "s.csv")
    rows = list(csv.DictReader((tmp_path / "s.csv").open(encoding="utf-8")))
    assert len(rows) == G.number_of_edges() and {"source", "target", "weight"} <= rows[0].keys()
    nodes = list(csv.DictReader((tmp_path / "s.nodes.csv").open(encoding="utf-8")))
    assert len(nodes) == G.number_of_nodes() and {r["id"] for r in nodes} == set(G.nodes)


def test_errors(graph, tmp_path):
    with pytest.raises(ViewError, match="unknown view"):
        to_networkx(graph, "people")
    with pytest.raises(ViewError, match="not a date"):
        to_networkx(graph, "states", since="last year")
    with pytest.raises(ViewError, match="unknown export format"):
        write_network(to_networkx(graph), tmp_path / "s.xlsx")


def test_cli_export_and_analyze(runner, example_facts, tmp_path):
    from kg.cli import cli
    ttl = tmp_path / "g.ttl"
    runner.invoke(cli, ["build", str(example_facts), "-o", str(ttl)], catch_exceptions=False)
    out = tmp_path / "states.graphml"
    r = runner.invoke(cli, ["export", str(ttl), "--view", "states", "--to", "graphml", "-o", str(out)])
    assert r.exit_code == 0 and out.exists()
    r = runner.invoke(cli, ["analyze", str(ttl)])
    assert r.exit_code == 0 and "## Most central states" in r.stdout
    r = runner.invoke(cli, ["analyze", str(ttl), "--json", "--since", "2020"])
    report = json.loads(r.stdout)
    assert report["events_per_year"] == {"2023": 1}
    r = runner.invoke(cli, ["analyze", str(ttl), "--plot", str(tmp_path / "plots")])
    assert r.exit_code == 0
    assert sorted(p.name for p in (tmp_path / "plots").iterdir()) == [
        "documents-by-status.png", "documents-by-status.svg", "events-per-year.png", "events-per-year.svg",
        "state-network.png", "state-network.svg"]
    r = runner.invoke(cli, ["export", str(ttl), "--view", "nope", "-o", str(out)])
    assert r.exit_code == 2
    r = runner.invoke(cli, ["export", str(ttl), "--since", "May", "-o", str(out)])
    assert r.exit_code == 2 and "not a date" in r.stderr
