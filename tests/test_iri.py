"""The IRI scheme (kg/iri.py): the reference data writes its IRIs by hand, so they must
be the ones the minter gives, or a body the reference knows would be two nodes; and
every parse function must give back what its minter was given."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg import iri
from kg.facts import Body
from kg.mapping import body_key
from kg.namespaces import KG
from kg.resources import reference_files

_PREFIXES = {"kg": str(KG._NS)}


def _reference() -> ox.Store:
    store = ox.Store()
    for path in reference_files():
        store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    return store


def _minted_subjects(store: ox.Store) -> set[str]:
    return {q.subject.value for q in store if isinstance(q.subject, ox.NamedNode) and iri.is_minted(q.subject.value)}


def test_every_reference_state_iri_is_minted_from_its_iso3():
    rows = list(_reference().query("SELECT ?s ?iso WHERE { ?s a kg:State ; kg:iso3 ?iso }", prefixes=_PREFIXES))
    assert len(rows) > 150
    wrong = [(r["s"].value, r["iso"].value) for r in rows if r["s"].value != iri.state_iri(r["iso"].value)]
    assert wrong == []


def test_every_reference_body_iri_is_minted_from_its_name():
    # A body is what is not a state: standing formats are typed kg:StandingFormat alone.
    rows = list(_reference().query("SELECT ?b ?name WHERE { ?b kg:name ?name FILTER NOT EXISTS { ?b kg:iso3 ?i } }",
                                   prefixes=_PREFIXES))
    assert len(rows) > 100
    wrong = [(r["b"].value, r["name"].value) for r in rows if r["b"].value != iri.body_iri(iri.slug(r["name"].value))]
    assert wrong == []


def test_the_mapping_gives_a_reference_body_its_reference_iri():
    # By name or by acronym, a body the reference knows is the reference's node.
    rows = _reference().query("SELECT ?b ?name WHERE { ?b kg:name ?name FILTER NOT EXISTS { ?b kg:iso3 ?i } }",
                              prefixes=_PREFIXES)
    for r in rows:
        assert iri.body_iri(body_key(Body(r["name"].value))) == r["b"].value
    assert iri.body_iri(body_key(Body(None, "EU"))) == iri.body_iri("european-union")


def test_every_node_of_the_reference_data_is_a_state_or_a_body():
    store = _reference()
    states = {r["s"].value for r in store.query("SELECT ?s WHERE { ?s a kg:State }", prefixes=_PREFIXES)}
    bodies = {r["b"].value for r in store.query("SELECT ?b WHERE { ?b a ?c VALUES ?c { kg:InternationalBody "
                                                "kg:StandingFormat } }", prefixes=_PREFIXES)}
    assert _minted_subjects(store) <= states | bodies


@pytest.mark.parametrize("iso3", ["RUS", "USA", "XKX"])
def test_iso3_of_gives_back_the_state(iso3):
    assert iri.iso3_of(iri.state_iri(iso3)) == iso3


@pytest.mark.parametrize("other", [iri.body_iri("european-union"), iri.article_iri("a"), iri.topic_iri("trade"),
                                   "http://www.wikidata.org/entity/Q159"])
def test_iso3_of_is_none_for_other_iris(other):
    assert iri.iso3_of(other) is None


@pytest.mark.parametrize("article_id", ["tass-2019", "tass 2019/10", "a.b.c", "réf#1?x=2", "x" * 5000, "\ud800"])
@pytest.mark.parametrize("kind", ["state", "body", "person", "event", "document"])
def test_article_of_report_gives_back_the_article(article_id, kind):
    report = iri.report_iri(article_id, kind, 12)
    assert iri.article_of_report(report) == iri.article_iri(article_id)
    assert iri.article_graph_of(report) == iri.article_iri(article_id)
    assert iri.article_graph_of(iri.article_iri(article_id)) == iri.article_iri(article_id)


@pytest.mark.parametrize("node", [iri.state_iri("RUS"), iri.body_iri("european-union"), iri.event_iri("2019_x"),
                                  iri.document_iri("2019_x", "treaty"), iri.person_iri("Sergey Lavrov"),
                                  iri.city_iri("Ulan Bator", "MNG"), iri.post_iri("RUS", "Foreign Minister")])
def test_the_knowledge_layer_is_in_no_article_graph(node):
    assert iri.article_of_report(node) is None
    assert iri.article_graph_of(node) is None


@pytest.mark.parametrize("topic", ["Nuclear arms control", "trade", "Brasília accord"])
def test_topic_slug_of_gives_back_the_slug(topic):
    assert iri.topic_slug_of(iri.topic_iri(topic)) == iri.slug(topic)
    assert iri.topic_slug_of(iri.state_iri("RUS")) is None


def test_every_minted_iri_is_under_the_base():
    minted = [iri.state_iri("RUS"), iri.body_iri("x"), iri.person_iri("x"), iri.post_iri("RUS", "x"),
              iri.city_iri("x", None), iri.article_iri("x"), iri.report_iri("x", "event", 0), iri.event_iri("x"),
              iri.document_iri("x", "y")]
    assert all(iri.is_minted(m) for m in minted)
    assert not iri.is_minted(iri.topic_iri("x"))  # a concept of the topics scheme, not a node
