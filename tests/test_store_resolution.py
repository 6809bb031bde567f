"""A store's resolution reads only what an add can change, with the clusters of one
resolution of all articles: a report joining a meeting far back in the store, an
article leaving a cluster, words whose weights or rarity change, titles that teach the
reader names, coarse reports choosing again."""
from __future__ import annotations

import json
from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kg
from kg.facts import parse_facts
from kg.store import add_to_store, open_oxigraph

from tests.store_resolution_cases import (crowded_facts, expected_clusters, fresh_index, index_add, index_problems,
                                         stored_clusters)
from tests.test_store import EXAMPLE_FACTS, built, changed, generate_facts, stored

CROWD = crowded_facts(40, seed=1) + crowded_facts(40, seed=2)
POOL = CROWD + generate_facts(20, seed=5) + EXAMPLE_FACTS[:10]


def article(aid: str, events: list | None = None, documents: list | None = None, bodies: list | None = None):
    return parse_facts({"article": {"id": aid}, "bodies": bodies or [], "events": events or [],
                        "documents": documents or []})


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(range(len(POOL))),
       cuts=st.lists(st.integers(1, len(POOL) - 1), max_size=4),
       rewritten=st.dictionaries(st.integers(0, len(POOL) - 1), st.integers(0, 2), max_size=6),
       chunk=st.integers(1, 30))
def test_adds_keep_the_clusters_of_one_resolution(tmp_path_factory, order, cuts, rewritten, chunk):
    """Articles added in any order and split, staged any number at a time, some first
    with another account and some given another account later (and back, in one add):
    after every add, each article's clusters are those of one resolution of all."""
    index = fresh_index(tmp_path_factory.mktemp("index"))
    current = {}

    def add(facts):
        index_add(index, facts, chunk)
        current.update((f.article.id, f) for f in facts)  # the last account in an add stands
        assert stored_clusters(index) == expected_clusters(list(current.values()))
        assert index_problems(index) == []

    add([changed(POOL[i], how) for i, how in sorted(rewritten.items())])
    bounds = [0, *sorted(set(cuts)), len(POOL)]
    for start, end in zip(bounds, bounds[1:]):
        add([POOL[i] for i in order[start:end]])
    later = [POOL[i] for i in sorted(rewritten)]
    add([changed(f, 1) for f in later] + later)
    index.close()


SUMMIT = {"id": "e1", "type": "summit", "date": "2006-04-11", "city": "Reykjavik", "body": "NC",
          "participants": ["ISL", "NOR", "SWE"]}
NORDIC = [{"name": "Nordic Council", "acronym": "NC"}]


def test_a_report_joins_a_meeting_far_back_in_the_store(tmp_path):
    """The store's first article reported a 2006 summit; eighty articles later, one that
    dates it a day on and names the council joins it, and the first article is mapped again."""
    first = article("summit-2006", [SUMMIT], bodies=NORDIC)
    others = generate_facts(80, seed=9)
    add_to_store(tmp_path / "s", [first, *others])
    late = article("summit-2006-recalled", [dict(SUMMIT, date="2006-04-12", city=None, country="ISL")],
                   bodies=NORDIC)
    result = add_to_store(tmp_path / "s", [late])
    assert (result.new, result.remapped) == (1, 1)
    final = [first, *others, late]
    assert stored(tmp_path / "s") == built(final)
    assert _count(tmp_path / "s", 'SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a kg:Event ; prov:wasDerivedFrom '
                  '?a, ?b . ?a kg:articleId "summit-2006" . ?b kg:articleId "summit-2006-recalled" }') == 1


def test_an_article_given_another_date_leaves_its_cluster(tmp_path):
    """Three reports of one summit are one node, keyed by the report of its first day;
    that report, added again dated a year later, leaves it, and the two that stay (which
    agree) are mapped again under their own key and days."""
    reports = [article(f"summit-{i}", [dict(SUMMIT, date=date)], bodies=NORDIC)
               for i, date in enumerate(["2006-04-10", "2006-04-11", "2006-04-11"])]
    add_to_store(tmp_path / "s", reports + generate_facts(30, seed=4))
    moved = article("summit-0", [dict(SUMMIT, date="2007-04-11")], bodies=NORDIC)
    result = add_to_store(tmp_path / "s", [moved])
    assert (result.replaced, result.remapped) == (1, 2)
    assert stored(tmp_path / "s") == built([moved, *reports[1:], *generate_facts(30, seed=4)])


def test_a_month_dated_report_chooses_again_when_another_meeting_appears(tmp_path):
    """"The council's session in April" joins the one April session of the council; a
    second April session with a state of its own makes it ambiguous, and it stays apart."""
    session = dict(SUMMIT, type="session", participants=["NOR", "SWE"])
    coarse = article("april", [dict(session, date="2006-04", city=None)], bodies=NORDIC)
    add_to_store(tmp_path / "s", [article("day", [session], bodies=NORDIC), coarse])
    assert json.loads(_clusters(tmp_path / "s", "april"))["e"]
    other = article("another-day", [dict(session, date="2006-04-20", participants=["NOR", "FIN"])], bodies=NORDIC)
    add_to_store(tmp_path / "s", [other])
    assert json.loads(_clusters(tmp_path / "s", "april"))["e"] == {}
    assert stored(tmp_path / "s") == built([article("day", [session], bodies=NORDIC), coarse, other])


def _clusters(store, aid: str) -> str:
    from kg.store_index import StoreIndex
    index = StoreIndex(store / "index.sqlite")
    try:
        return index.db.execute("SELECT clusters FROM articles WHERE id = ?", (aid,)).fetchone()[0]
    finally:
        index.close()


def _count(path, sparql: str) -> int:
    """The one number a query on a store's graph gives (the store let go after)."""
    store = open_oxigraph(path)
    try:
        return int(kg.query(store, sparql).values()[0][0])
    finally:
        del store


def _documents_at_meeting(path) -> int:
    return _count(path, "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a kg:Document ; kg:atEvent ?e }")


def test_document_weights_that_change_join_two_documents_of_a_meeting(tmp_path):
    """Two statements of one meeting share one word ("Alpha Beta", "Alpha Gamma"): while
    their other words are rare, they weigh more than the shared one and the statements
    stay two; once sixty titles elsewhere have them, the shared word outweighs them and
    the store joins the two, as one resolution of all does."""
    meeting = {"id": "e1", "type": "summit", "date": "2022-05-05", "city": "Oslo", "participants": ["NOR", "SWE"]}
    pair = [article(aid, [meeting], [{"id": "d1", "type": "statement", "title": title, "status": "adopted",
                                      "event": "e1"}])
            for aid, title in (("alpha-beta", "Alpha Beta"), ("alpha-gamma", "Alpha Gamma"))]
    elsewhere = [article(f"beta-gamma-{i}", documents=[{"id": "d1", "type": "treaty", "title": f"Beta Gamma {i + 3000}",
                                                        "status": "adopted"}]) for i in range(60)]
    add_to_store(tmp_path / "s", pair)
    assert _documents_at_meeting(tmp_path / "s") == 2
    add_to_store(tmp_path / "s", elsewhere)
    assert _documents_at_meeting(tmp_path / "s") == 1
    assert stored(tmp_path / "s") == built(pair + elsewhere)
    # and apart again when the titles that weighed them go
    add_to_store(tmp_path / "s", [replace(f, documents=()) for f in elsewhere])
    assert _documents_at_meeting(tmp_path / "s") == 2


def test_a_title_that_teaches_a_name_joins_documents_stored_before(tmp_path):
    """"the Treaty on Lunar Exploration" and "the Artemis Pact" share no word until a
    third article names it "Treaty on Lunar Exploration (Artemis Pact)": the store then
    reads the two stored titles again, and the three are one document."""
    def treaty(aid: str, title: str):
        return article(aid, documents=[{"id": "d1", "type": "treaty", "title": title, "status": "in_force"}])
    first = [treaty("full", "the Treaty on Lunar Exploration"), treaty("short", "the Artemis Pact")]
    add_to_store(tmp_path / "s", first)
    assert _count(tmp_path / "s", "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a kg:Document }") == 2
    teacher = treaty("both", "Treaty on Lunar Exploration (Artemis Pact)")
    result = add_to_store(tmp_path / "s", [teacher])
    assert result.remapped == 2
    assert stored(tmp_path / "s") == built([*first, teacher])
    assert _count(tmp_path / "s", "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a kg:Document }") == 1


def test_a_word_that_becomes_too_common_to_search_by_parts_documents(tmp_path):
    """Documents of two meetings are compared across meetings through their rarest word,
    unless a thousand units have it. "Kestrel Accord" and "Kestrel Accord on Tides" are
    one while a thousand titles have "Kestrel"; the add that brings the thousand and
    first makes them two, in the store as in one resolution of all."""
    def doc(aid: str, title: str, kind: str, event: dict | None = None):
        return article(aid, [event] if event else [], [{"id": "d1", "type": kind, "title": title,
                                                        "status": "signed", "event": event and event["id"]}])
    pair = [doc("kestrel", "Kestrel Accord", "treaty", dict(SUMMIT, body=None)),
            doc("kestrel-tides", "Kestrel Accord on Tides", "treaty", dict(SUMMIT, date="2008-01-01", body=None))]
    fillers = [doc(f"kestrel-{i}", f"Kestrel address {i + 5000}", "address") for i in range(1000)]
    index = fresh_index(tmp_path / "index")
    index_add(index, pair + fillers[:998], chunk=500)
    before = stored_clusters(index)
    assert json.loads(before["kestrel"])["d"] and before == expected_clusters(pair + fillers[:998])
    index_add(index, fillers[998:])
    after = stored_clusters(index)
    assert json.loads(after["kestrel"])["d"] == {} and after == expected_clusters(pair + fillers)
    index.close()


def test_a_visit_s_accounts_added_one_at_a_time_give_the_build(tmp_path):
    """Issue 15's rules (words less weak ones among the other's, acronyms with the
    document noun's initial, a step tied to no event at the story's meeting) give in a
    store, one article per add and in another order, what one build gives."""
    from tests.test_document_resolution import VISIT_ACCOUNTS
    facts = [parse_facts(a) for a in VISIT_ACCOUNTS]
    for i, order in enumerate((facts, facts[::-1])):
        path = tmp_path / f"s{i}"
        for f in order:
            add_to_store(path, [f])
        assert stored(path) == built(facts)
