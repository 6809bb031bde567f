"""Document resolution on several reports of the same documents (our own, in
tests/data/document_resolution), and on documents alike in name that must stay apart."""
from __future__ import annotations

import json
import random
from collections import defaultdict
from pathlib import Path

from kg import build_graph, query
from kg.document_titles import TitleReader, document_kin
from kg.facts import parse_facts
from tests.test_mapping import assert_isomorphic, union_graph

REPORTS = Path(__file__).parent / "data" / "document_resolution" / "reports.jsonl"
NODES = """SELECT ?id ?position ?document WHERE {
  ?r a kg:DocumentReport ; kg:reportedIn/kg:articleId ?id ; kg:position ?position ; kg:describes ?document }"""


def records() -> list[dict]:
    return [json.loads(line) for line in REPORTS.read_text(encoding="utf-8").splitlines() if line.strip()]


def nodes_by_cluster(recs: list[dict]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Each real document's nodes, and each node's real documents."""
    graph = build_graph([parse_facts(r) for r in recs])
    node_of = {(str(a), int(p)): str(d) for a, p, d in query(graph, NODES).values()}
    nodes, clusters = defaultdict(set), defaultdict(set)
    for r in recs:
        for i, d in enumerate(r["documents"]):
            node = node_of[(r["article"]["id"], i)]
            nodes[d["cluster"]].add(node)
            clusters[node].add(d["cluster"])
    return nodes, clusters


def test_every_real_document_is_one_node_and_no_node_joins_two():
    nodes, clusters = nodes_by_cluster(records())
    assert len(nodes) == 7
    assert {c: len(n) for c, n in nodes.items()} == {c: 1 for c in nodes}
    assert all(len(c) == 1 for c in clusters.values())


def test_without_resolution_the_reports_stay_apart():
    recs = records()
    graph = build_graph([parse_facts(r) for r in recs], resolve=False)
    node_of = {(str(a), int(p)): str(d) for a, p, d in query(graph, NODES).values()}
    assert len(set(node_of.values())) > 15


def test_the_reports_resolve_alike_in_any_order():
    facts = [parse_facts(r) for r in records()]
    first = union_graph(build_graph(facts))
    for seed in range(2):
        shuffled = facts[:]
        random.Random(seed).shuffle(shuffled)
        assert_isomorphic(first, union_graph(build_graph(shuffled)))


def meeting(date: str = "2025-06-01", body: str | None = None, city: str = "Brussels") -> dict:
    return {"id": "e1", "type": "summit", "date": date, "city": city, "body": body, "participants": []}


def report(aid: str, kind: str, title: str, event: dict | None, bodies: tuple = (), parties: tuple = ()) -> dict:
    return {"article": {"id": aid, "published": "2025-06-02"}, "bodies": list(bodies),
            "events": [event] if event else [],
            "documents": [{"id": "d1", "type": kind, "title": title, "status": "signed",
                           "event": "e1" if event else None, "parties": list(parties), "cluster": title}]}


def assert_apart(*recs: dict) -> None:
    nodes, clusters = nodes_by_cluster(list(recs))
    assert all(len(c) == 1 for c in clusters.values()), clusters
    assert len(clusters) == len(recs)


def assert_together(*recs: dict) -> None:
    nodes, _ = nodes_by_cluster(list(recs))
    assert len({n for ns in nodes.values() for n in ns}) == 1


EU = {"name": "European Union", "acronym": "EU"}
ASEAN = {"name": "Association of Southeast Asian Nations", "acronym": "ASEAN"}
UNSC = {"name": "United Nations Security Council", "acronym": "UNSC"}


def test_agreements_with_two_states_at_one_meeting_stay_apart():
    # Each the only agreement its article ties to the meeting: the sides tell them apart.
    assert_apart(report("a", "agreement", "agreement with Serbia", meeting(body="EU"), (EU,)),
                 report("b", "agreement", "agreement with Singapore", meeting(body="EU"), (EU,)))
    # Titled by kind alone, their parties tell them apart.
    assert_apart(report("a", "agreement", "the agreement", meeting(body="EU"), (EU,), ("EU", "SRB")),
                 report("b", "agreement", "an agreement", meeting(body="EU"), (EU,), ("EU", "SGP")))
    # Parties lists are partial, and do not part titles that name one document alike.
    assert_together(report("a", "agreement", "Belgrade Accord", meeting(body="EU"), (EU,), ("SRB",)),
                    report("b", "agreement", "Belgrade Accord on energy", meeting(body="EU"), (EU,), ("EU",)))


def test_two_declarations_of_one_summit_that_name_themselves_differently_stay_apart():
    summit = meeting("2025-10-26", "ASEAN", "Kuala Lumpur")
    assert_apart(report("a", "declaration", "Declaration on ASEAN 2045", summit, (ASEAN,)),
                 report("b", "declaration", "Declaration on the ASEAN Community", summit, (ASEAN,)))
    # A description and a name of the summit's one declaration are one.
    assert_together(report("a", "declaration", "Kuala Lumpur Declaration", summit, (ASEAN,)),
                    report("b", "declaration", "declaration on regional resilience", summit, (ASEAN,)))


def test_resolutions_of_different_numbers_stay_apart():
    session = meeting("2025-03-01", "UNSC", "New York")
    assert_apart(report("a", "resolution", "resolution 2231", session, (UNSC,)),
                 report("b", "resolution", "Resolution 2118 (2013)", session, (UNSC,)))
    assert_apart(report("a", "resolution", "Security Council resolution 2231", None, (UNSC,)),
                 report("b", "resolution", "Security Council resolution 2118", None, (UNSC,)))
    assert_together(report("a", "resolution", "resolution 2231", None, (UNSC,)),
                    report("b", "resolution", "Resolution 2231 (2015)", None, (UNSC,)))


def test_two_states_memoranda_on_one_initiative_stay_apart():
    rome = dict(meeting("2019-03-23", city="Rome"), type="signing")
    athens = dict(meeting("2018-08-27", city="Athens"), type="signing")
    assert_apart(report("a", "memorandum", "Italy-China memorandum on the Belt and Road", rome),
                 report("b", "memorandum", "Greece-China memorandum on the Belt and Road", athens))
    # Without sides, the initiative is what they are about, not their name.
    assert_apart(report("a", "memorandum", "memorandum on the Belt and Road", rome),
                 report("b", "memorandum", "BRI memorandum", athens))


def test_a_treaty_and_the_agreement_extending_it_stay_apart():
    assert_apart(report("a", "treaty", "New START", None),
                 report("b", "agreement", "agreement extending New START", None))


def test_kindred_types_need_titles_that_name_the_document_alike():
    signing = dict(meeting("2025-04-10", city="Athens"), type="signing")
    assert_together(report("a", "memorandum", "BRI memorandum", signing),
                    report("b", "agreement", "Belt and Road agreement", signing))
    assert_apart(report("a", "memorandum", "memorandum on port cooperation", signing),
                 report("b", "agreement", "port agreement", signing))
    assert document_kin("memorandum", "agreement") and not document_kin("declaration", "treaty")


def test_titles_read_with_known_names_acronyms_and_synonyms():
    reader = TitleReader(["Coastal Fisheries Protection Arrangement (CFPA)", "the JCPOA", "BSFF memorandum",
                          "memorandum on the Black Sea Fisheries Forum"])
    assert reader.read("the CFPA").words == reader.read("Coastal Fisheries Protection Arrangement").words
    assert reader.read("Iran nuclear deal").words == reader.read("the JCPOA").words == {"#jcpoa"}
    assert reader.read("BSFF memorandum").words == reader.read("memorandum on the Black Sea Fisheries Forum").words
    assert reader.read("ruling on the boundary").words == reader.read("border decision").words == {"#border"}
    assert reader.read("SCO Bishkek Declaration").words == reader.read("Bishkek declarations").words
    title = reader.read("China-Italy joint communique")
    assert title.words == set() and title.states == {"CHN", "ITA"} and not title.named
    assert reader.read("five-year extension of the treaty").actions == {"#extension"}
    # A state's name of several words is a side only whole: "Central Asia" keeps its words.
    us_china, long_form = reader.read("US-China trade deal"), reader.read("United States-China trade agreement")
    assert us_china.words == long_form.words == {"trade"} and us_china.states == long_form.states == {"USA", "CHN"}
    assert reader.read("Central Asia strategy").words == {"centr", "asia"}
