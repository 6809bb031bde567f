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


# A state visit told by four outlets, each naming the documents its own way (issue 15):
# the formal title, a short name, an acronym, a description with or without the sides;
# one dates the visit a day later, one ties a memorandum to no event, one says adopted
# where the others say signed. Two memoranda on other subjects, a declaration and an
# action plan, and two resolutions stay apart.
VISIT = {"id": "e1", "type": "visit", "date": "2025-03-10", "city": "Tokyo", "participants": ["KEN", "JPN"]}
CALL = {"id": "e0", "type": "call", "date": "2023-01-05", "participants": ["KEN", "JPN"]}


def visit_report(aid: str, documents: list, events: list | None = None) -> dict:
    return {"article": {"id": aid, "published": "2025-03-11"}, "events": [VISIT] if events is None else events,
            "documents": documents}


def clustered(did: str, cluster: str, kind: str, title: str, status: str = "signed", event: str | None = "e1") -> dict:
    return dict(doc(did, kind, title, status, event), cluster=cluster)


VISIT_ACCOUNTS = [
    visit_report("wire-k", [
        clustered("d1", "geothermal", "memorandum",
                  "Memorandum of Understanding on Cooperation in the Field of Geothermal Energy Development"),
        clustered("d2", "maritime", "memorandum", "Memorandum of Understanding on Maritime Security"),
        clustered("d3", "hydrogen", "agreement", "Agreement on the Green Hydrogen Partnership"),
        clustered("d4", "investment", "agreement", "Agreement on the Reciprocal Promotion and Protection of Investments")]),
    visit_report("daily-k", [
        clustered("d1", "geothermal", "memorandum", "the geothermal MoU"),
        clustered("d2", "maritime", "memorandum", "Kenya-Japan maritime security memorandum"),
        clustered("d3", "hydrogen", "agreement", "the GHPA"),
        clustered("d4", "investment", "agreement", "bilateral investment deal")],
        events=[dict(VISIT, date="2025-03-11")]),
    visit_report("embassy-k", [
        clustered("d1", "geothermal", "memorandum", "memorandum on geothermal power", "adopted", None)],
        events=[CALL, VISIT]),
    visit_report("business-k", [
        clustered("d1", "geothermal", "memorandum", "geothermal cooperation memorandum"),
        clustered("d2", "fisheries", "memorandum", "memorandum on fisheries research")]),
]


def nodes_of_clusters(records: list[dict]) -> dict[str, set[str]]:
    """Each real document's nodes, and the node each real document shares with another."""
    graph = build_graph([parse_facts(r) for r in records])
    node_of = {(str(a), int(p)): str(d) for a, p, d in query(graph, REPORTS).values()}
    nodes: dict[str, set[str]] = {}
    for r in records:
        for i, d in enumerate(r["documents"]):
            nodes.setdefault(d["cluster"], set()).add(node_of[(r["article"]["id"], i)])
    return nodes


REPORTS = """SELECT ?id ?position ?document WHERE {
  ?r a kg:DocumentReport ; kg:reportedIn/kg:articleId ?id ; kg:position ?position ; kg:describes ?document }"""


def assert_resolved(records: list[dict]) -> None:
    """Every real document is one node, and no node holds two."""
    nodes = nodes_of_clusters(records)
    assert {c: len(n) for c, n in nodes.items()} == {c: 1 for c in nodes}, nodes
    everyone = [n for ns in nodes.values() for n in ns]
    assert len(everyone) == len(set(everyone)), nodes


def test_four_accounts_of_a_visit_s_documents():
    """Issue 15: full title, short name, acronym and description of one document are one."""
    assert_resolved(VISIT_ACCOUNTS)


def assert_order_free(records: list[dict]) -> None:
    """The graph built from the records is the same in any order."""
    facts = [parse_facts(r) for r in records]
    first = union_graph(build_graph(facts))
    for seed in range(2):
        shuffled = facts[:]
        random.Random(seed).shuffle(shuffled)
        assert_isomorphic(first, union_graph(build_graph(shuffled)))


def test_the_visit_s_accounts_resolve_alike_in_any_order():
    assert_order_free(VISIT_ACCOUNTS)


def pair(kind_a: str, title_a: str, kind_b: str, title_b: str, same: bool) -> list[dict]:
    cluster_b = "one" if same else "two"
    return [visit_report("a", [clustered("d1", "one", kind_a, title_a)]),
            visit_report("b", [clustered("d1", cluster_b, kind_b, title_b)])]


@pytest.mark.parametrize("kind_a, title_a, kind_b, title_b, same", [
    # One's words, less weak ones ("cooperation"), all among the other's: one document.
    ("memorandum", "memorandum on geothermal energy", "memorandum", "geothermal cooperation memorandum", True),
    # Each has a word the other lacks: two memoranda of one visit.
    ("memorandum", "memorandum on solar energy", "memorandum", "memorandum on geothermal energy", False),
    ("memorandum", "MoU on maritime security", "memorandum", "MoU on maritime transport", False),
    # "power" is "energy" in a title, and tells no more.
    ("memorandum", "memorandum on geothermal power", "memorandum", "geothermal energy memorandum", True),
    ("memorandum", "nuclear power memorandum", "memorandum", "memorandum on solar energy", False),
    # An acronym spells the capitalised words with the initial of the document's noun.
    ("agreement", "Agreement on the Green Hydrogen Partnership", "agreement", "the GHPA", True),
    ("memorandum", "Memorandum on the Green Hydrogen Partnership", "agreement", "the GHPA", False),
    # Kinds and sides alone name one document; a declaration is not its action plan.
    ("declaration", "Tokyo Declaration on Digital Trade", "plan", "Action Plan on Digital Trade", False),
])
def test_titles_of_one_visit(kind_a, title_a, kind_b, title_b, same):
    assert_resolved(pair(kind_a, title_a, kind_b, title_b, same))


def test_each_article_s_memorandum_and_agreement_join_their_own_kind():
    """Kindred types (a memorandum reported as an agreement) join only where no document of
    the same type is as alike: two articles naming both stay two and two."""
    assert_resolved([
        visit_report("a", [clustered("d1", "mou", "memorandum", "Memorandum on Trade"),
                           clustered("d2", "fta", "agreement", "Trade Agreement")]),
        visit_report("b", [clustered("d1", "fta", "agreement", "trade agreement"),
                           clustered("d2", "mou", "memorandum", "trade MoU")])])


def test_a_step_tied_to_no_event_is_at_the_meeting_the_story_tells_of():
    """The latest event of a story is its news, the earlier ones background; where a story
    tells of two meetings with documents, or of two on one day, a step tied to none stays
    at none."""
    background = [visit_report("a", [clustered("d1", "geo", "memorandum", "memorandum on geothermal energy")]),
                  visit_report("b", [clustered("d1", "geo", "memorandum", "geothermal energy memorandum",
                                               event=None)], events=[CALL, VISIT])]
    assert_resolved(background)
    summit = dict(CALL, id="e2", type="summit", date="2025-03-10", city="Nairobi", participants=["KEN", "UGA"])
    two_meetings = [visit_report("a", [clustered("d1", "geo", "memorandum", "memorandum on geothermal energy")]),
                    visit_report("b", [clustered("d1", "other", "memorandum", "geothermal energy memorandum", event=None)],
                                 events=[VISIT, summit])]
    assert_resolved(two_meetings)
    ties = [visit_report("b", [clustered("d1", "other", "memorandum", "geothermal energy memorandum", event=None),
                               clustered("d2", "road", "agreement", "road agreement", event="e2"),
                               clustered("d3", "port", "agreement", "port agreement")], events=[VISIT, summit])]
    assert_resolved(two_meetings[:1] + ties)


def test_a_joint_statement_and_a_joint_communique_that_say_no_more_are_one():
    """Kindred types titled by their kind and sides alone, each its article's only one."""
    assert_resolved([visit_report("a", [clustered("d1", "joint", "statement", "Kenya-Japan joint statement")]),
                     visit_report("b", [clustered("d1", "joint", "communique", "the joint communique")])])
    # An article that names both: the other's communique joins the communique.
    assert_resolved([visit_report("a", [clustered("d1", "statement", "statement", "joint statement"),
                                        clustered("d2", "communique", "communique", "joint communique")]),
                     visit_report("b", [clustered("d1", "communique", "communique", "the joint communique")])])
    # One that tells what it is about is not the other's bare one.
    assert_resolved([visit_report("a", [clustered("d1", "statement", "statement", "joint statement on Gaza")]),
                     visit_report("b", [clustered("d1", "communique", "communique", "the joint communique")])])


def test_a_ruling_named_in_passing_by_stories_of_a_signing_and_of_talks_that_day_is_one():
    """The same day and states: stories of the signing and of the talks beside it name the
    same ruling in passing, however they word it; another pair's story that day does not."""
    signing = {"id": "e1", "type": "signing", "date": "2024-03-04", "city": "Nairobi", "participants": ["KEN", "SOM"]}
    talks = {"id": "e1", "type": "talks", "date": "2024-03-04", "participants": ["KEN", "SOM"]}
    other = {"id": "e1", "type": "talks", "date": "2024-03-04", "participants": ["KEN", "ETH"]}
    records = [
        article("wire-a", [doc("d1", "decision", "2009 boundary commission ruling", "in_force", None)], events=[signing]),
        article("paper-b", [doc("d1", "other", "Boundary Commission's decision of 2009", "in_force", None)],
                events=[talks]),
        article("paper-c", [doc("d1", "decision", "ruling of the border commission", "in_force", None)],
                events=[dict(talks)]),
        article("wire-d", [doc("d1", "decision", "ruling of the claims commission", "in_force", None)], events=[other]),
    ]
    nodes = documents_of(build_graph([parse_facts(r) for r in records]))
    assert sorted(n for _, n in nodes) == [1, 3], nodes
