"""Document resolution on the kinds of disagreement real reports show about one document,
and on documents of one meeting alike enough to be taken for one.

The stories are our own, made up in the manner of wire, broadcaster and government
reports: a General Assembly emergency session, a Security Council vote that failed, a
boundary ruling named in passing by the stories of a peace summit, a summit declaration
named by its city and by its title, a visit's memoranda named by acronym and by topic.
Each fact carries the real document it tells of (``cluster``): every real document must
be one node, and no node two real documents.
"""
from __future__ import annotations

from tests.test_document_resolution import assert_order_free, assert_resolved

UNGA = {"name": "United Nations General Assembly", "acronym": "UNGA"}
UNSC = {"name": "United Nations Security Council", "acronym": "UNSC"}
AU = {"name": "African Union", "acronym": "AU"}


def story(aid: str, published: str, events: list[dict], documents: list[dict], bodies: tuple = ()) -> dict:
    return {"article": {"id": aid, "published": published}, "bodies": list(bodies), "events": events,
            "documents": documents}


def doc(did: str, cluster: str, kind: str, title: str, status: str = "adopted", event: str | None = "e1",
        **more) -> dict:
    return {"id": did, "type": kind, "title": title, "status": status, "event": event, "cluster": cluster, **more}


# --- A resolution by its number, by what it demands, and as "the resolution" ------------

EMERGENCY = {"id": "e1", "type": "session", "date": "2026-03-02", "city": "New York", "body": "UNGA",
             "participants": []}
BORDER_CLASH = {"id": "e0", "type": "talks", "date": "2026-02-20", "city": "Georgetown",
                "participants": ["GUY", "VEN"]}

RESOLUTION_REPORTS = [
    story("wire", "2026-03-02", [EMERGENCY], [
        doc("d1", "withdraw", "resolution", "resolution ES-13/1")], (UNGA,)),
    story("broadcaster", "2026-03-03", [EMERGENCY], [
        doc("d1", "withdraw", "resolution", "resolution demanding that Venezuela withdraw its troops from Guyana",
            proposed_by=["GUY"], parties=[])], (UNGA,)),
    # Tells of earlier talks as background, and ties the vote to no event.
    story("ministry", "2026-03-04", [BORDER_CLASH, EMERGENCY], [
        doc("d1", "withdraw", "resolution", "the resolution", event=None)], (UNGA,)),
    story("weekly", "2026-03-06", [EMERGENCY], [
        doc("d1", "withdraw", "resolution", "the text")], (UNGA,)),
]


def test_a_resolution_by_number_by_demand_and_by_kind_is_one():
    assert_resolved(RESOLUTION_REPORTS)


def test_a_demand_to_withdraw_troops_acts_on_no_instrument():
    """"Withdraw" tells of an act on an instrument only when a treaty or an agreement is
    what is withdrawn from; a resolution demanding that troops withdraw is not one."""
    assert_resolved([
        story("a", "2026-03-02", [EMERGENCY], [doc("d1", "r", "resolution", "General Assembly resolution ES-13/1")],
              (UNGA,)),
        story("b", "2026-03-02", [EMERGENCY], [doc("d1", "r", "resolution", "resolution on the withdrawal of troops")],
              (UNGA,)),
    ])
    assert_resolved([
        story("a", "2026-03-02", [], [doc("d1", "treaty", "treaty", "Treaty of Caracas", "in_force", None)]),
        story("b", "2026-03-02", [], [doc("d1", "exit", "decision", "withdrawal from the Treaty of Caracas",
                                          "adopted", None)]),
    ])


MANDATES = {"id": "e1", "type": "session", "date": "2026-05-28", "city": "New York", "body": "UNSC",
            "participants": []}


def test_two_mandate_renewals_of_one_council_session_stay_two():
    """Two resolutions of one day, each renewing a different mission's mandate."""
    assert_resolved([
        story("a", "2026-05-28", [MANDATES], [
            doc("d1", "south-sudan", "resolution", "resolution extending the mandate of UNMISS"),
            doc("d2", "mali", "resolution", "resolution renewing the mandate of MINUSMA")], (UNSC,)),
        story("b", "2026-05-29", [MANDATES], [
            doc("d1", "south-sudan", "resolution", "resolution 2801 renewing the mandate of UNMISS")], (UNSC,)),
        story("c", "2026-05-29", [MANDATES], [
            doc("d1", "mali", "resolution", "resolution extending the mandate of MINUSMA by a year")], (UNSC,)),
    ])
    # Told by the states they concern, and by their numbers.
    assert_resolved([
        story("a", "2026-05-28", [MANDATES], [
            doc("d1", "south-sudan", "resolution", "resolution 2801 on South Sudan"),
            doc("d2", "mali", "resolution", "resolution 2802 on Mali")], (UNSC,)),
        story("b", "2026-05-29", [MANDATES], [
            doc("d1", "south-sudan", "resolution", "resolution renewing the peacekeeping mandate in South Sudan"),
            doc("d2", "mali", "resolution", "resolution renewing the peacekeeping mandate in Mali")], (UNSC,)),
    ])


# --- A draft that failed: "a draft resolution", "the US-drafted text", "the resolution" ---

VETO = {"id": "e1", "type": "session", "date": "2026-02-25", "city": "New York", "body": "UNSC", "participants": []}

VETO_REPORTS = [
    story("wire", "2026-02-25", [VETO], [
        doc("d1", "draft", "resolution", "draft resolution deploring Venezuela's aggression against Guyana",
            "proposed", proposed_by=["USA"])], (UNSC,)),
    story("daily", "2026-02-26", [VETO], [
        doc("d1", "draft", "resolution", "the US-drafted text", "discussed")], (UNSC,)),
    story("agency", "2026-02-26", [VETO], [
        doc("d1", "draft", "resolution", "the resolution", "discussed", None)], (UNSC,)),
]


def test_a_vetoed_draft_told_three_ways_is_one():
    assert_resolved(VETO_REPORTS)


def test_a_vetoed_draft_and_a_resolution_adopted_the_same_day_stay_two():
    adopted = [
        story("council", "2026-02-25", [VETO], [
            doc("d1", "draft", "resolution", "draft resolution on a ceasefire", "discussed"),
            doc("d2", "aid", "resolution", "resolution 2799 on humanitarian access")], (UNSC,)),
        story("radio", "2026-02-26", [VETO], [doc("d1", "aid", "resolution", "resolution 2799")], (UNSC,)),
        story("paper", "2026-02-26", [VETO], [doc("d1", "draft", "resolution", "the draft resolution", "discussed")],
              (UNSC,)),
    ]
    assert_resolved(adopted)
    # Each told alone: the one adopted at the session is not the one it did not adopt.
    assert_resolved([adopted[1], adopted[2]])
    assert_resolved([story("radio", "2026-02-26", [VETO], [doc("d1", "aid", "resolution", "the resolution")], (UNSC,)),
                     adopted[2]])


# --- A ruling named in passing by the stories of a later summit ----------------------------

PEACE_SUMMIT = {"id": "e1", "type": "summit", "date": "2026-07-09", "city": "Mombasa",
                "participants": ["KEN", "SOM"]}


def test_a_ruling_named_in_passing_by_the_stories_of_one_summit_is_one():
    assert_resolved([
        story("wire", "2026-07-09", [PEACE_SUMMIT], [
            doc("d1", "peace", "declaration", "Joint Declaration on Peace and Good Neighbourliness", "signed"),
            doc("d2", "ruling", "decision", "the maritime boundary judgment", "in_force", None)]),
        story("daily", "2026-07-10", [PEACE_SUMMIT], [
            doc("d1", "peace", "declaration", "Mombasa Declaration", "signed"),
            doc("d2", "ruling", "decision", "the 2021 ruling", "in_force", None)]),
        story("state-radio", "2026-07-10", [PEACE_SUMMIT], [
            doc("d1", "peace", "declaration", "the peace declaration", "adopted"),
            doc("d2", "ruling", "decision", "the Hague-based court's award", "in_force", None)]),
    ])


def test_two_rulings_of_one_court_stay_two():
    assert_resolved([
        story("wire", "2026-07-09", [PEACE_SUMMIT], [
            doc("d1", "merits", "decision", "the 2021 maritime boundary judgment", "in_force", None),
            doc("d2", "jurisdiction", "decision", "the 2017 ruling on jurisdiction", "in_force", None)]),
        story("daily", "2026-07-10", [PEACE_SUMMIT], [
            doc("d1", "merits", "decision", "the 2021 ruling", "in_force", None)]),
        story("radio", "2026-07-10", [PEACE_SUMMIT], [
            doc("d1", "jurisdiction", "decision", "the court's 2017 decision", "in_force", None)]),
    ])
    # Named in passing by the stories of two summits: two stories, no telling.
    other_summit = dict(PEACE_SUMMIT, date="2027-01-15", city="Mogadishu")
    assert_resolved([
        story("a", "2026-07-09", [PEACE_SUMMIT], [doc("d1", "merits", "decision", "the boundary ruling", "in_force", None)]),
        story("b", "2027-01-15", [other_summit], [doc("d1", "award", "decision", "the arbitral award", "in_force", None)]),
    ])


# --- A declaration by its city and by its title -------------------------------------------

def test_a_declaration_named_by_its_summit_s_city_is_the_one_of_its_full_title():
    summit = {"id": "e1", "type": "summit", "date": "2026-11-03", "city": "Addis Ababa", "body": "AU",
              "participants": []}
    assert_resolved([
        story("a", "2026-11-03", [summit], [doc("d1", "decl", "declaration", "Addis Ababa Declaration")], (AU,)),
        story("b", "2026-11-04", [dict(summit, city=None)], [
            doc("d1", "decl", "declaration", "Declaration on Silencing the Guns by 2030")], (AU,)),
        story("c", "2026-11-04", [summit], [doc("d1", "decl", "declaration", "the summit declaration", "draft")], (AU,)),
    ])
    # Two declarations of one summit, each article naming both: two nodes.
    assert_resolved([
        story("a", "2026-11-03", [summit], [
            doc("d1", "guns", "declaration", "Declaration on Silencing the Guns"),
            doc("d2", "food", "declaration", "Declaration on Food Systems")], (AU,)),
        story("b", "2026-11-04", [summit], [
            doc("d1", "food", "declaration", "Addis Ababa Declaration on Food Systems"),
            doc("d2", "guns", "declaration", "declaration on silencing the guns")], (AU,)),
    ])
    # Named by different titles, neither the city: two declarations.
    assert_resolved([
        story("a", "2026-11-03", [summit], [doc("d1", "guns", "declaration", "Declaration on Silencing the Guns")], (AU,)),
        story("b", "2026-11-04", [summit], [doc("d1", "food", "declaration", "Declaration on Food Systems")], (AU,)),
    ])


# --- Statuses that differ by report ---------------------------------------------------------

def test_a_declaration_drafted_adopted_and_signed_by_three_reports_is_one():
    summit = {"id": "e1", "type": "summit", "date": "2026-04-14", "city": "Hanoi", "participants": ["VNM", "PHL"]}
    assert_resolved([
        story("a", "2026-04-13", [summit], [doc("d1", "d", "declaration", "Hanoi Declaration", "draft")]),
        story("b", "2026-04-14", [summit], [doc("d1", "d", "declaration", "joint declaration", "adopted", None)]),
        story("c", "2026-04-15", [summit], [doc("d1", "d", "declaration", "Vietnam-Philippines joint declaration",
                                                 "signed")]),
    ])


# --- Memoranda by acronym, by topic, by title ------------------------------------------------

def test_memoranda_named_by_acronym_by_topic_and_by_title():
    visit = {"id": "e1", "type": "visit", "date": "2026-09-02", "city": "Canberra", "participants": ["IDN", "AUS"]}
    assert_resolved([
        story("a", "2026-09-02", [visit], [
            doc("d1", "minerals", "memorandum", "Memorandum of Understanding on the Critical Minerals Partnership",
                "signed"),
            doc("d2", "health", "memorandum", "Memorandum of Understanding on Health Security", "signed")]),
        story("b", "2026-09-03", [visit], [
            doc("d1", "minerals", "memorandum", "the CMP memorandum", "signed"),
            doc("d2", "health", "memorandum", "health MoU", "signed")]),
        story("c", "2026-09-03", [visit], [
            doc("d1", "minerals", "agreement", "critical minerals agreement", "signed", None)]),
    ])


def test_the_kinds_resolve_alike_in_any_order():
    assert_order_free(RESOLUTION_REPORTS + VETO_REPORTS)
