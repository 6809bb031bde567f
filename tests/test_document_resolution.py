"""Document resolution: a document several articles name, however they title it, is one
node; different documents stay apart.

The articles are our own: three outlets' accounts of a made-up Andean summit and of the
instruments signed there, and passing mentions of a made-up treaty.
"""
from __future__ import annotations

import random

import pytest

from kg import build_graph, query
from kg.document_resolution import distinctive_words
from kg.facts import parse_facts
from tests.test_mapping import assert_isomorphic, union_graph

CAN = {"name": "Andean Community", "acronym": "CAN"}
SUMMIT = {"id": "e1", "type": "summit", "date": "2024-05-20", "city": "Lima", "body": "CAN",
          "participants": ["PER", "BOL", "COL", "ECU"]}


def article(aid: str, documents: list, events: list | None = None) -> dict:
    return {"article": {"id": aid, "published": "2024-05-21"}, "bodies": [CAN],
            "events": [SUMMIT] if events is None else events, "documents": documents}


def doc(did: str, kind: str, title: str, status: str = "adopted", event: str | None = "e1") -> dict:
    return {"id": did, "type": kind, "title": title, "status": status, "event": event}


# One summit, told three ways. The declaration is named in full, by its short name, and
# described; the water plan is the only plan each article attaches to the summit; the
# Peru-Bolivia memorandum is described by its sides in one article and by its subject in
# another. Two different statements stay two.
ACCOUNTS = [
    article("wire-a", [doc("d1", "declaration", "Lima Declaration on Water Security of the Andean Community"),
                       doc("d2", "plan", "Andean action plan on glacier retreat"),
                       doc("d3", "memorandum", "memorandum of understanding on the joint management of Lake Titicaca",
                           "signed"),
                       doc("d4", "statement", "statement on the fisheries dispute")]),
    article("readout-b", [doc("d1", "declaration", "Lima Declaration"),
                          doc("d2", "plan", "plan to monitor the melting of Andean glaciers"),
                          doc("d3", "memorandum", "Peru-Bolivia memorandum on Lake Titicaca", "signed"),
                          doc("d4", "statement", "statement condemning the attack in Quito")]),
    article("feature-c", [doc("d1", "declaration", "declaration on water security", "signed")]),
]
# A treaty named in passing by articles about other things, at no meeting or at one.
TREATY = [
    article("passing-1", [doc("d1", "treaty", "Treaty of Cartagena", "in_force", None)], events=[]),
    article("passing-2", [doc("d1", "treaty", "Cartagena Treaty", "in_force", None)], events=[]),
    article("summit-d", [doc("d1", "treaty", "Treaty of Cartagena", "discussed")]),
    article("other-e", [doc("d1", "treaty", "Treaty of Montevideo", "in_force", None)], events=[]),
]


def documents_of(graph) -> list[tuple[str, int]]:
    rows = query(graph, "SELECT ?d (COUNT(DISTINCT ?a) AS ?n) WHERE { ?d a kg:Document ; prov:wasDerivedFrom ?a } "
                        "GROUP BY ?d ORDER BY ?d").values()
    return [(d.rsplit("__", 1)[-1], int(n)) for d, n in rows]


def test_three_accounts_of_the_summit_s_documents():
    graph = build_graph([parse_facts(a) for a in ACCOUNTS])
    assert documents_of(graph) == [
        ("andean-action-plan-on-glacier-retreat", 2),
        ("lima-declaration-on-water-security-of-the-andean-community", 3),
        ("memorandum-of-understanding-on-the-joint-management-of-lake-titicaca", 2),
        ("statement-condemning-the-attack-in-quito", 1),
        ("statement-on-the-fisheries-dispute", 1),
    ]
    # Each article keeps its own account: the node holds every title and status given.
    titles = query(graph, "SELECT ?t WHERE { ?d a kg:Document ; kg:name ?t . "
                          "FILTER(CONTAINS(STR(?d), 'lima-declaration')) } ORDER BY ?t").values()
    assert [t for (t,) in titles] == ["Lima Declaration", "Lima Declaration on Water Security of the Andean Community",
                                      "declaration on water security"]


def test_a_treaty_named_in_passing_is_one_node_wherever_it_is_named():
    graph = build_graph([parse_facts(a) for a in TREATY])
    assert sorted(n for _, n in documents_of(graph)) == [1, 3]


def test_two_meetings_documents_of_the_same_kind_stay_apart():
    other_summit = dict(SUMMIT, date="2025-05-20", city="Quito")
    later = article("wire-f", [doc("d1", "declaration", "Quito Declaration")], events=[other_summit])
    graph = build_graph([parse_facts(a) for a in ACCOUNTS[:1] + [later]])
    assert all(n == 1 for _, n in documents_of(graph))


def test_two_documents_of_one_article_are_never_joined():
    both = article("both", [doc("d1", "declaration", "Lima Declaration"),
                            doc("d2", "declaration", "Lima Declaration on Water Security")])
    graph = build_graph([parse_facts(both), parse_facts(ACCOUNTS[2])])
    assert sorted(n for _, n in documents_of(graph)) == [1, 2]


def test_the_result_does_not_depend_on_the_order_of_the_articles():
    facts = [parse_facts(a) for a in ACCOUNTS + TREATY]
    first = union_graph(build_graph(facts))
    for seed in range(3):
        shuffled = facts[:]
        random.Random(seed).shuffle(shuffled)
        assert_isomorphic(first, union_graph(build_graph(shuffled)))


@pytest.mark.parametrize("title, words", [
    ("Bishkek Declaration of the Council of Heads of State", {"bishk"}),
    ("China-Italy joint communique", set()),
    ("UN Security Council resolution deploring the attack", {"deplo", "attac"}),
    ("five-year extension of the treaty", {"five", "year", "#extension"}),
])
def test_distinctive_words_leave_out_kinds_sides_and_adopters(title, words):
    assert distinctive_words(title) == words


def test_the_document_resolution_query_lists_each_article_s_account():
    graph = build_graph([parse_facts(a) for a in ACCOUNTS])
    rows = query(graph, "document-resolution").values()
    declaration = [(article, title) for document, article, title, *_ in rows if "lima-declaration" in document]
    assert declaration == [("feature-c", "declaration on water security"), ("readout-b", "Lima Declaration"),
                           ("wire-a", "Lima Declaration on Water Security of the Andean Community")]


def test_a_resolution_known_by_its_number_and_one_told_by_its_demand_at_one_session_are_one():
    session = {"id": "e1", "type": "session", "date": "2024-05-20", "city": "New York", "body": "UNGA"}
    unga = {"name": "United Nations General Assembly", "acronym": "UNGA"}

    def report(aid: str, title: str) -> dict:
        return {"article": {"id": aid, "published": "2024-05-21"}, "bodies": [unga], "events": [session],
                "documents": [doc("d1", "resolution", title)]}

    graph = build_graph([parse_facts(report("wire-a", "resolution ES-12/1")),
                         parse_facts(report("wire-b", "resolution demanding a ceasefire on the Andean border")),
                         parse_facts(report("wire-c", "resolution ES-12/2"))])
    assert sorted(n for _, n in documents_of(graph)) == [1, 2]


def test_a_step_a_story_of_one_meeting_ties_to_no_event_is_compared_at_that_meeting():
    session = {"id": "e1", "type": "session", "date": "2024-05-20", "city": "New York", "body": "UNSC"}
    unsc = {"name": "United Nations Security Council", "acronym": "UNSC"}

    def report(aid: str, title: str, event: str | None, status: str = "discussed") -> dict:
        return {"article": {"id": aid, "published": "2024-05-21"}, "bodies": [unsc], "events": [session],
                "documents": [doc("d1", "resolution", title, status, event)]}

    graph = build_graph([parse_facts(report("wire-a", "draft resolution deploring the incursion", "e1")),
                         parse_facts(report("wire-b", "draft resolution on Bolivia", None)),
                         parse_facts(report("wire-c", "resolution 1999", None, "in_force"))])
    assert sorted(n for _, n in documents_of(graph)) == [1, 2]
