"""The persistent store: adds in any order and split equal one build of all inputs."""
from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kg
from kg.errors import GraphError
from kg.facts import NewsFacts
from kg.graph import oxstore
from kg.store import add_to_store, open_oxigraph, open_store, read_graphs

from tests.conftest import EXAMPLES, ROOT

sys.path.insert(0, str(ROOT / "bench"))
from generate import generate_facts  # noqa: E402

EXAMPLE_FACTS = kg.read_facts([EXAMPLES / "facts", EXAMPLES / "articles.facts.jsonl"])
# The examples hold meetings and documents several articles report; the generated
# articles add more reports of one meeting and documents named otherwise.
FACTS = EXAMPLE_FACTS + generate_facts(14, seed=3)


def triples(store) -> set[str]:
    """The graph's triples in N-Triples: the graphs hold no blank nodes, so equal sets
    are isomorphic graphs."""
    found = {str(q.triple) for q in oxstore(store)}
    assert not any(t.startswith("_:") or " _:" in t for t in found)
    return found


def built(facts: list[NewsFacts]) -> set[str]:
    return triples(kg.build_graph(facts))


def stored(path: Path) -> set[str]:
    store = open_oxigraph(path)
    try:
        return triples(store)
    finally:
        del store


def changed(f: NewsFacts, how: int) -> NewsFacts:
    """Another account of the same article: a day later, an event fewer, a state more."""
    if how == 0 and f.events and f.events[0].date and len(f.events[0].date) == 10:
        day = int(f.events[0].date[8:10])
        first = replace(f.events[0], date=f.events[0].date[:8] + f"{day % 28 + 1:02d}", end_date=None)
        return replace(f, events=(first, *f.events[1:]))
    if how == 1 and len(f.events) > 1 and not any(d.event == f.events[-1].id for d in f.documents):
        return replace(f, events=f.events[:-1])
    return replace(f, article=replace(f.article, title=(f.article.title or "") + " (updated)"))


def test_adds_equal_a_build(tmp_path):
    first = add_to_store(tmp_path / "s", FACTS[:12])
    assert first.new == 12
    second = add_to_store(tmp_path / "s", FACTS)
    assert (second.new, second.unchanged) == (len(FACTS) - 12, 12)
    assert stored(tmp_path / "s") == built(FACTS)


def test_adding_again_adds_nothing(tmp_path):
    add_to_store(tmp_path / "s", FACTS)
    before = stored(tmp_path / "s")
    again = add_to_store(tmp_path / "s", FACTS)
    assert (again.new, again.replaced, again.inserted, again.removed) == (0, 0, 0, 0)
    assert stored(tmp_path / "s") == before


def test_an_article_added_again_replaces_what_it_said(tmp_path):
    add_to_store(tmp_path / "s", FACTS)
    g20 = next(i for i, f in enumerate(FACTS) if f.article.id == "example-2023-09-10-g20-closes")
    other = changed(FACTS[g20], 0)
    result = add_to_store(tmp_path / "s", [other])
    assert result.replaced == 1 and result.removed > 0
    final = FACTS[:g20] + [other] + FACTS[g20 + 1:]
    assert stored(tmp_path / "s") == built(final)
    # and back: the store forgets the account it replaced
    add_to_store(tmp_path / "s", [FACTS[g20]])
    assert stored(tmp_path / "s") == built(FACTS)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(range(len(FACTS))),
       cuts=st.lists(st.integers(1, len(FACTS) - 1), max_size=3),
       rewritten=st.dictionaries(st.integers(0, len(FACTS) - 1), st.integers(0, 2), max_size=4))
def test_any_order_and_split_equals_one_build(tmp_path_factory, order, cuts, rewritten):
    """Articles added in any order, in any number of adds, some first with another
    account that a later add replaces: the store is the build of the final accounts."""
    path = tmp_path_factory.mktemp("store") / "s"
    earlier = [changed(FACTS[i], how) for i, how in sorted(rewritten.items())]
    if earlier:
        add_to_store(path, earlier)
    bounds = [0, *sorted(set(cuts)), len(FACTS)]
    for start, end in zip(bounds, bounds[1:]):
        add_to_store(path, [FACTS[i] for i in order[start:end]])
    assert stored(path) == built(FACTS)


def test_open_store_is_a_dataset_the_library_takes(tmp_path):
    add_to_store(tmp_path / "s", EXAMPLE_FACTS)
    graph = open_store(tmp_path / "s")
    local = kg.build_graph(EXAMPLE_FACTS)
    assert kg.format_result(kg.query(graph, "state-pairs"), "csv") == kg.format_result(kg.query(local, "state-pairs"), "csv")
    assert kg.validate(graph).conforms == kg.validate(local).conforms
    def edges(g) -> list:
        return sorted(tuple(sorted(e)) for e in kg.to_networkx(g, view="states").edges)
    assert edges(graph) == edges(local)
    assert sorted(f.article.id for f in kg.graph_to_facts(graph)) == sorted(f.article.id for f in EXAMPLE_FACTS)


def test_several_inputs_with_a_store_are_merged(tmp_path):
    add_to_store(tmp_path / "s", EXAMPLE_FACTS[:5])
    kg.write_graph(kg.build_graph(EXAMPLE_FACTS[5:]), tmp_path / "rest.ttl")
    merged = read_graphs([tmp_path / "s", tmp_path / "rest.ttl"])
    assert triples(merged) == built(EXAMPLE_FACTS[:5]) | built(EXAMPLE_FACTS[5:])


def test_a_folder_that_is_no_store_is_refused(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "notes.txt").write_text("mine")
    with pytest.raises(GraphError, match="not a store"):
        add_to_store(tmp_path / "x", EXAMPLE_FACTS)
    with pytest.raises(GraphError, match="no such store"):
        open_store(tmp_path / "missing")


def test_a_store_held_open_is_refused_in_one_line(tmp_path):
    add_to_store(tmp_path / "s", EXAMPLE_FACTS[:2])
    held = open_store(tmp_path / "s")
    with pytest.raises(GraphError, match="another process"):
        add_to_store(tmp_path / "s", EXAMPLE_FACTS)
    del held
