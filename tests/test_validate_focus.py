"""Validation focused on what changed gives the results of validating the whole graph,
where the graph conformed before the change: on the shape cases, on random edits of a
built graph, and on adds to a store, some of which break shapes."""
from __future__ import annotations

import random
from dataclasses import replace

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib.namespace import RDF

import kg
from kg.facts import NewsFacts
from kg.graph import oxstore
from kg.namespaces import OX_KG, OX_RDF
from kg.store import add_to_store, forget_verdict, open_oxigraph, validate_store
from kg.store_index import StoreIndex
from kg.validate import Change, validate

from tests.shape_cases import ADDED, INVALID, REMOVED, broken_graph, read_case
from tests.test_store import EXAMPLE_FACTS, generate_facts


def issues(result) -> list:
    return sorted(i.key() for i in result.issues)


@pytest.mark.parametrize("case", INVALID, ids=[p.name for p in INVALID])
def test_a_shape_case_focused_on_its_change_gives_the_whole_report(case):
    """Each case is the conforming base graph with a few triples removed and added."""
    delta = read_case(case)
    changed = [*delta.graph(REMOVED), *delta.graph(ADDED)]
    change = Change(frozenset(n.n3() for s, _, o in changed for n in (s, o)),
                    frozenset(s.n3() for s, p, _ in changed if p == RDF.type))
    graph = broken_graph(case)
    whole, focused = validate(graph), validate(graph, focus=change)
    assert not whole.conforms and issues(focused) == issues(whole), focused.text


BUILT = oxstore(kg.build_graph(EXAMPLE_FACTS))
TRIPLES = sorted((q for q in BUILT.quads_for_pattern(None, None, None, ox.DefaultGraph())), key=str)
SUBJECTS = sorted({q.subject for q in TRIPLES}, key=str)
# What an edit may put in: a value of another datatype, another class, a second value of
# a property, a link to a node of another kind, a node of a class and nothing else.
VALUES = [ox.Literal("x"), ox.Literal("2020-13-45", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")),
          ox.Literal("7", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
          OX_KG.City, OX_KG.State, OX_KG.Event, OX_KG.NewsArticle, ox.NamedNode("https://example.org/nowhere")]


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10**6), removals=st.integers(0, 4), insertions=st.integers(0, 4))
def test_random_edits_focused_on_what_they_touch_give_the_whole_report(seed, removals, insertions):
    """Triples of a conforming built graph removed at random, and triples put in that
    join its subjects, predicates and objects anew or give them odd values or classes."""
    rng = random.Random(seed)
    store = ox.Store()
    store.extend(TRIPLES)
    assert validate(store).conforms
    removed = rng.sample(TRIPLES, removals)
    added = []
    for _ in range(insertions):
        predicate = rng.choice(TRIPLES).predicate
        obj = rng.choice([rng.choice(VALUES), rng.choice(SUBJECTS), rng.choice(TRIPLES).object])
        if predicate == OX_RDF.type and not isinstance(obj, ox.NamedNode):
            obj = rng.choice([OX_KG.City, OX_KG.Event])
        added.append(ox.Quad(rng.choice(SUBJECTS), predicate, obj, ox.DefaultGraph()))
    for q in removed:
        store.remove(q)
    store.extend(added)
    change = Change(frozenset(str(t) for q in removed + added for t in (q.subject, q.object)),
                    frozenset(str(q.subject) for q in removed + added if q.predicate == OX_RDF.type))
    whole, focused = validate(store), validate(store, focus=change)
    assert issues(focused) == issues(whole), focused.text


def _whole(path) -> list:
    store = open_oxigraph(path)
    try:
        return issues(validate(store))
    finally:
        del store


def _noted(path) -> tuple[bool, int]:
    index = StoreIndex(path / "index.sqlite")
    try:
        return index.conformed(), len(index.touched()[0])
    finally:
        index.close()


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10**6), sizes=st.lists(st.integers(1, 12), min_size=2, max_size=4),
       broken=st.lists(st.integers(0, 2), min_size=4, max_size=4))
def test_validation_after_adds_gives_the_whole_report(tmp_path_factory, seed, sizes, broken):
    """Adds of generated articles (some of whose events end before they start) and of
    other accounts of articles stored, each validated as `kg add` does: the report is
    that of the whole store; the nodes noted are only those the adds touched."""
    path = tmp_path_factory.mktemp("store") / "s"
    add_to_store(path, EXAMPLE_FACTS)
    assert validate_store(path).conforms
    for step, size in enumerate(sizes):
        facts = [replace(f, article=replace(f.article, id=f"{seed}-{step}-{f.article.id}"))
                 for f in generate_facts(size, seed + step, invalid=min(size, broken[step]))]
        # and an article stored, now said to name its states alone
        facts.append(NewsFacts(EXAMPLE_FACTS[step].article, EXAMPLE_FACTS[step].states))
        add_to_store(path, facts)
        conformed, touched = _noted(path)
        assert not conformed or 0 < touched < 200 * (size + 1)
        assert issues(validate_store(path)) == _whole(path)


def test_a_validation_covers_every_add_since_the_store_conformed(tmp_path):
    """An add not validated (`kg add --no-validate`) leaves its changes noted: the next
    validation reports its broken shapes too."""
    add_to_store(tmp_path / "s", EXAMPLE_FACTS)
    assert validate_store(tmp_path / "s").conforms
    add_to_store(tmp_path / "s", generate_facts(3, seed=1, invalid=1))
    add_to_store(tmp_path / "s", generate_facts(2, seed=2)[1:])
    report = validate_store(tmp_path / "s")
    assert not report.conforms and issues(report) == _whole(tmp_path / "s")


def test_a_store_whose_graph_changed_otherwise_is_validated_whole(tmp_path):
    """After `forget_verdict` (which `kg serve --writable` calls), nothing is taken to
    conform: the whole graph is read."""
    add_to_store(tmp_path / "s", EXAMPLE_FACTS)
    assert validate_store(tmp_path / "s").conforms
    assert _noted(tmp_path / "s") == (True, 0)
    store = open_oxigraph(tmp_path / "s")
    store.add(ox.Quad(ox.NamedNode("https://example.org/x"), OX_RDF.type, OX_KG.State, ox.DefaultGraph()))
    del store
    forget_verdict(tmp_path / "s")
    assert _noted(tmp_path / "s") == (False, 0)
    report = validate_store(tmp_path / "s")
    assert not report.conforms and issues(report) == _whole(tmp_path / "s")
