"""Event resolution: reports of one meeting by different articles are one node, however
they name its body, place and days; different meetings stay apart.

The articles are our own, three outlets' accounts of made-up meetings.
"""
from __future__ import annotations

import random

from kg import build_graph, query, validate
from kg.facts import parse_facts
from tests.test_mapping import assert_isomorphic, union_graph

ASEAN = {"name": "Association of Southeast Asian Nations", "acronym": "ASEAN"}


def article(aid: str, published: str, bodies: list, events: list) -> dict:
    return {"article": {"id": aid, "published": published}, "bodies": bodies, "events": events}


# One ASEAN summit in Vientiane on 8-9 October 2024, told three ways: by the organisation
# and the city, by an organ the reference data knows ("ASEAN Summit") on its second day,
# and by a wire story that names the country only and lists more states.
SUMMIT = [
    article("wire-a", "2024-10-08", [ASEAN], [
        {"id": "e1", "type": "summit", "date": "2024-10-08", "end_date": "2024-10-09", "city": "Vientiane",
         "country": "LAO", "body": "ASEAN", "participants": ["LAO", "VNM", "THA"]}]),
    article("readout-b", "2024-10-10", [ASEAN, {"name": "ASEAN Summit", "part_of": "ASEAN"}], [
        {"id": "e1", "type": "summit", "date": "2024-10-09", "city": "Vientiane", "body": "ASEAN Summit",
         "participants": ["LAO"]}]),
    article("wire-c", "2024-10-09", [ASEAN], [
        {"id": "e1", "type": "meeting", "date": "2024-10-08", "country": "LAO", "body": "ASEAN",
         "participants": ["LAO", "VNM", "THA", "IDN", "MYS"]}]),
]
# Two calls on one day: Peru with Chile, Peru with Bolivia. Two meetings in one city on
# one day, of two bodies. A state visit and the talks held during it.
APART = [
    article("call-1", "2024-03-14", [], [{"id": "e1", "type": "call", "date": "2024-03-14",
                                          "participants": ["PER", "CHL"]}]),
    article("call-2", "2024-03-14", [], [{"id": "e1", "type": "call", "date": "2024-03-14",
                                          "participants": ["PER", "BOL"]}]),
    article("geneva-1", "2024-03-14", [{"name": "World Trade Organization", "acronym": "WTO"}], [
        {"id": "e1", "type": "meeting", "date": "2024-03-14", "city": "Geneva", "body": "WTO"}]),
    article("geneva-2", "2024-03-14", [{"name": "World Health Organization", "acronym": "WHO"}], [
        {"id": "e1", "type": "meeting", "date": "2024-03-14", "city": "Geneva", "body": "WHO"}]),
    article("visit-1", "2024-05-02", [], [{"id": "e1", "type": "visit", "date": "2024-05-02", "city": "Lima",
                                           "participants": ["CHL", "PER"]}]),
    article("talks-1", "2024-05-02", [], [{"id": "e1", "type": "talks", "date": "2024-05-02",
                                           "participants": ["CHL", "PER"]}]),
]


def events_of(graph) -> list[tuple[str, int]]:
    rows = query(graph, "SELECT ?e (COUNT(DISTINCT ?a) AS ?n) WHERE { ?e a kg:Event ; prov:wasDerivedFrom ?a } "
                        "GROUP BY ?e ORDER BY ?e").values()
    return [(e.rsplit("/", 1)[-1], int(n)) for e, n in rows]


def test_three_accounts_of_one_summit_are_one_node_with_three_reports():
    graph = build_graph([parse_facts(a) for a in SUMMIT])
    assert events_of(graph) == [("2024-10-08_association-of-southeast-asian-nations_vientiane", 3)]
    dates = query(graph, "SELECT ?s ?e WHERE { ?n a kg:Event ; kg:startDate ?s ; kg:endDate ?e }").values()
    assert dates == [("2024-10-08", "2024-10-09")]  # the days all reports allow
    reports = query(graph, "SELECT ?d WHERE { ?r a kg:EventReport ; kg:startDate ?d } ORDER BY ?d").values()
    assert [d for (d,) in reports] == ["2024-10-08", "2024-10-08", "2024-10-09"]  # each its own account


def test_different_meetings_stay_apart():
    graph = build_graph([parse_facts(a) for a in APART])
    assert len(events_of(graph)) == 6
    assert all(n == 1 for _, n in events_of(graph))


def test_the_result_does_not_depend_on_the_order_of_the_articles():
    facts = [parse_facts(a) for a in SUMMIT + APART]
    first = union_graph(build_graph(facts))
    for seed in range(3):
        shuffled = facts[:]
        random.Random(seed).shuffle(shuffled)
        assert_isomorphic(first, union_graph(build_graph(shuffled)))


def test_two_events_of_one_article_are_never_joined():
    one = article("both", "2024-10-08", [ASEAN], [
        {"id": "e1", "type": "summit", "date": "2024-10-08", "city": "Vientiane", "body": "ASEAN"},
        {"id": "e2", "type": "summit", "date": "2024-10-09", "city": "Vientiane", "body": "ASEAN"}])
    graph = build_graph([parse_facts(one), parse_facts(SUMMIT[1])])
    assert len(events_of(graph)) == 2


def test_a_report_dated_only_to_a_year_joins_the_one_meeting_it_can_be():
    later = article("feature-d", "2024-12-20", [ASEAN], [
        {"id": "e1", "type": "summit", "date": "2024", "country": "LAO", "body": "ASEAN"}])
    graph = build_graph([parse_facts(a) for a in SUMMIT + [later]])
    assert events_of(graph) == [("2024-10-08_association-of-southeast-asian-nations_vientiane", 4)]
    # With a second ASEAN summit that year, "the summit in 2024" could be either: it stays apart.
    other = article("wire-e", "2024-05-20", [ASEAN], [
        {"id": "e1", "type": "summit", "date": "2024-05-20", "city": "Vientiane", "body": "ASEAN"}])
    graph = build_graph([parse_facts(a) for a in SUMMIT + [later, other]])
    assert sorted(n for _, n in events_of(graph)) == [1, 1, 3]


def test_a_joined_report_dated_to_a_year_never_gives_the_meeting_its_key():
    # A visit reported by day twice (once with no body, once as the AU's), and once dated
    # to the year only (it joins); another article's call of that year with the AU stays
    # apart on the key "2007_african-union" it shares with the year-dated report. Two
    # nodes, each with one start date, and the graph conforms.
    au = {"name": "African Union", "acronym": "AU"}
    articles = [
        article("day-1", "2007-09-26", [], [{"id": "e1", "type": "visit", "date": "2007-09-26",
                                             "participants": ["VNM", "KEN", "POL", "MYS"]}]),
        article("day-2", "2007-09-27", [au], [{"id": "e1", "type": "visit", "date": "2007-09-27", "city": "Moscow",
                                                 "country": "RUS", "body": "AU", "participants": ["VNM", "POL", "AU"]}]),
        article("year-1", "2007-12-01", [au], [{"id": "e1", "type": "visit", "date": "2007", "body": "AU",
                                                  "participants": ["RUS", "MYS"]}]),
        article("year-2", "2007-12-02", [au], [{"id": "e1", "type": "call", "date": "2007", "body": "AU",
                                                  "participants": ["KEN"]}]),
    ]
    graph = build_graph([parse_facts(a) for a in articles])
    starts = query(graph, "SELECT ?e (COUNT(?d) AS ?n) WHERE { ?e a kg:Event ; kg:startDate ?d } GROUP BY ?e").values()
    assert sorted(int(n) for _, n in starts) == [1, 1]
    assert validate(graph).conforms
