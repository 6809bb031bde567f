"""What a build writes, stage by stage: the bundled examples build to the graph bundled
beside them (the golden cases of ``tests/data/mapping`` hold generated articles too), the
mapping's N-Triples keep every value as the facts give it, the N-Quads writer puts each triple in the graph that
:func:`kg.iri.article_graph_of` names whatever the store holds, and a build whose
resolution ran in a child process is the build that ran it here."""
from __future__ import annotations

import sys

import pyoxigraph as ox
import pytest

import kg
import kg.graph
from kg.article_graphs import write_article_nquads
from kg.facts import parse_facts
from kg.graph import oxstore, triples, write_graph
from kg.iri import article_graph_of, article_iri, report_iri, state_iri
from kg.mapping import facts_to_ntriples, facts_to_quads

from tests.conftest import EXAMPLES, ROOT
from tests.test_mapping import assert_isomorphic, union_graph

sys.path.insert(0, str(ROOT / "bench"))
from generate import generate_facts  # noqa: E402

# What N-Triples must escape, what it may hold raw, and what only looks like its syntax.
ODD = ['a "quoted" name', "back\\slash\\", "two\nlines\r\n", "tab\there", "nul\x00 and \x7f and \x1f",
       "line\u2028separator \ufffe", "emoji \U0001F600 é", 'ends " .', "<not an IRI> .", "\\u0041 stays six characters",
       "x" * 5000]


def odd_facts():
    return parse_facts({
        "article": {"id": "odd. id/1", "title": ODD[0], "publisher": ODD[1], "text": "".join(ODD)},
        "states": [{"iso3": "FRA", "name": ODD[2]}],
        "bodies": [{"name": ODD[3], "acronym": "ODD", "aliases": [ODD[4], ODD[5]]}],
        "persons": [{"name": ODD[6], "role": ODD[7], "state": "FRA"}],
        "events": [{"id": "e1", "type": "meeting", "name": ODD[8], "date": "2020-01-02", "city": ODD[9],
                    "country": "FRA", "participants": ["FRA", "ODD"]}],
        "documents": [{"id": "d1", "type": "declaration", "title": ODD[10], "status": "adopted", "event": "e1",
                       "parties": ["FRA"], "topics": [ODD[4]]}],
    }, "odd.json")


def test_the_bundled_articles_build_to_the_bundled_graph():
    built = union_graph(kg.build_graph(kg.read_facts(EXAMPLES / "articles.facts.jsonl")))
    assert_isomorphic(union_graph(kg.read_graph(EXAMPLES / "articles.ttl")), built)


def test_every_value_is_read_back_from_the_n_triples_as_given():
    quads = facts_to_quads(odd_facts())
    values = {q.object.value for q in quads if isinstance(q.object, ox.Literal)}
    assert set(ODD) <= values
    assert "".join(ODD) in values
    # One line a triple (a line ends at "\n" only), in the order the quads come.
    lines = facts_to_ntriples(odd_facts()).removesuffix("\n").split("\n")
    assert len(lines) == len(quads)
    assert [next(iter(ox.parse(line, format=ox.RdfFormat.N_TRIPLES))) for line in lines] == quads


def test_a_built_graph_holds_the_odd_values_and_writes_them_back(tmp_path):
    graph = kg.build_graph([odd_facts()])
    for suffix in (".nq", ".trig", ".ttl", ".nt"):
        write_graph(graph, tmp_path / f"g{suffix}")
        back = oxstore(kg.read_graph(tmp_path / f"g{suffix}"))
        assert set(triples(back)) == set(triples(oxstore(graph))), suffix


def placed(store: ox.Store) -> set[ox.Quad]:
    """Each quad of the store where the N-Quads export must put it, one quad at a time."""
    out = set()
    for q in store:
        name = article_graph_of(q.subject.value) if isinstance(q.subject, ox.NamedNode) else None
        if isinstance(q.graph_name, ox.DefaultGraph) and name is not None:
            q = ox.Quad(q.subject, q.predicate, q.object, ox.NamedNode(name))
        out.add(q)
    return out


def mixed_store() -> ox.Store:
    """A store holding what no build makes too: subjects that only start like reports,
    runs of one subject longer than a chunk of output, and quads in named graphs."""
    p, default = ox.NamedNode("http://example.org/p"), ox.DefaultGraph()
    report = ox.NamedNode(report_iri("a.b c", "event", 1))
    subjects = [ox.NamedNode(article_iri("a.b c")), report, ox.NamedNode(report_iri("a.b c", "event", 10)),
                ox.NamedNode(state_iri("FRA")), ox.NamedNode("https://w3id.org/coopkg/id/report/no-dots"),
                ox.NamedNode("https://w3id.org/coopkg/id/report/one.dot"), ox.BlankNode("b1")]
    quads = [ox.Quad(s, p, ox.Literal(v), default) for s in subjects for v in ODD]
    quads += [ox.Quad(report, p, ox.Literal(f"{i} " + "y" * 200), default) for i in range(300)]
    quads += [ox.Quad(s, p, s, default) for s in subjects]
    for graph in (ox.NamedNode("http://example.org/g"), ox.BlankNode("g2"), ox.NamedNode(article_iri("a.b c"))):
        quads += [ox.Quad(s, p, ox.Literal(v), graph) for s in subjects[:3] + subjects[-1:] for v in ODD[:4]]
    store = ox.Store()
    store.extend(quads)
    return store


def test_the_n_quads_writer_places_every_quad_as_one_at_a_time_would():
    store = mixed_store()
    chunks: list[bytes] = []
    told: list[tuple] = []
    written = write_article_nquads(store, chunks.append, lambda *a: told.append(a))
    out = b"".join(chunks)
    assert out.endswith(b" .\n") and written == out.count(b"\n") == len(store)
    assert set(ox.parse(out, format=ox.RdfFormat.N_QUADS)) == placed(store)
    assert len(chunks) > 1  # the runs were cut between chunks


@pytest.mark.parametrize("suffix", [".nq", ".trig"])
def test_write_graph_keeps_the_placement(tmp_path, suffix):
    store = mixed_store()
    assert write_graph(store, tmp_path / f"g{suffix}") == len(store)
    fmt = ox.RdfFormat.N_QUADS if suffix == ".nq" else ox.RdfFormat.TRIG
    assert set(ox.parse(path=str(tmp_path / f"g{suffix}"), format=fmt)) == placed(store)


def test_a_resolution_in_a_child_process_builds_the_same_graph(monkeypatch):
    facts = kg.read_facts([EXAMPLES / "facts", EXAMPLES / "articles.facts.jsonl"]) + generate_facts(60, seed=5)
    monkeypatch.setattr(kg.graph, "_APART_FROM", 0)
    apart = set(triples(oxstore(kg.build_graph(facts))))
    monkeypatch.setattr(kg.graph, "_APART_FROM", 10**9)
    here = set(triples(oxstore(kg.build_graph(facts))))
    assert apart == here
