"""Meetings told every way at once: each subject, verb, object and adjunct of a kind of
sentence crossed with the others, so that a rule written for one wording is checked on
the wordings beside it. The sentences are our own; each must give one event with both
states as sides, of the type the verb tells (and, held on a summit's sidelines, the
summit as an event of its own, as the facts format has it)."""
from __future__ import annotations

import itertools

import pytest

from kg.extraction import extract_article
from kg.facts import Article

SUBJECTS = [("Chinese President Xi Jinping", "CHN"), ("Japan's Foreign Minister Yoko Kamikawa", "JPN"),
            ("The Indian prime minister, Narendra Modi,", "IND"), ("Turkey's foreign minister", "TUR")]
VERBS = [("met", "talks"), ("held talks with", "talks"), ("spoke by phone with", "call"), ("received", "talks"),
         ("hosted", "talks"), ("conferred with", "talks"), ("held a video call with", "call"),
         ("discussed trade with", "talks")]
OBJECTS = [("German Chancellor Olaf Scholz", "DEU"), ("his Kenyan counterpart", "KEN"),
           ("President Emmanuel Macron of France", "FRA")]
ADJUNCTS = ["on Tuesday", "on Tuesday, officials said", "on the sidelines of the G20 summit in New Delhi on Saturday"]

CASES = [(f"{s} {v} {o} {a}.", kind, {s_code, o_code})
         for (s, s_code), (v, kind), (o, o_code), a in itertools.product(SUBJECTS, VERBS, OBJECTS, ADJUNCTS)]


@pytest.mark.parametrize("sentence, kind, sides", CASES)
def test_a_meeting_told_any_way_is_one_event_of_both_sides(sentence, kind, sides):
    events = extract_article(Article("t", published="2023-09-12", text=sentence)).events
    # (those who met on its sidelines attended the summit too)
    beside = [("summit", True, "G20")] if "sidelines" in sentence else []
    assert [(e.type, set(e.participants) >= sides, e.body) for e in events] == [(kind, True, None)] + beside


PASSIVES = ["{b} was received by {a} on Tuesday.", "{b} was hosted by {a} on Tuesday.",
            "{a} and {b} met on Tuesday.", "Talks between {a} and {b} took place on Tuesday.",
            "{a}, who met {b} on Tuesday, said relations were improving."]


@pytest.mark.parametrize("template", PASSIVES)
@pytest.mark.parametrize("a, b", [("Chinese President Xi Jinping", "German Chancellor Olaf Scholz"),
                                  ("U.S. Secretary of State Antony Blinken", "Indian Prime Minister Narendra Modi")])
def test_a_meeting_told_in_the_passive_or_aside_is_one_event(template, a, b):
    events = extract_article(Article("t", published="2023-09-12", text=template.format(a=a, b=b))).events
    assert len(events) == 1 and len(events[0].participants) == 2


VISITORS = [("Chinese President Xi Jinping", "CHN"), ("Japan's prime minister", "JPN"),
            ("U.S. Secretary of State Antony Blinken", "USA")]
VISIT_VERBS = ["visited", "arrived in", "began a two-day visit to", "paid a state visit to", "travelled to",
               "is on a visit to", "wrapped up a visit to", "made a surprise visit to"]
DESTINATIONS = [("Kenya", "KEN"), ("Berlin", "DEU"), ("the Egyptian capital, Cairo", "EGY")]


@pytest.mark.parametrize("visitor, verb, destination",
                         list(itertools.product(VISITORS, VISIT_VERBS, DESTINATIONS)))
def test_a_visit_told_any_way_is_a_visit_hosted_where_it_went(visitor, verb, destination):
    (who, visitor_state), (where, host) = visitor, destination
    events = extract_article(Article("t", published="2023-12-13", text=f"{who} {verb} {where} on Tuesday.")).events
    assert [(e.type, set(e.participants), e.host) for e in events] == [("visit", {visitor_state, host}, host)]


NON_EVENTS = ["criticised", "praised", "warned", "urged", "accused", "thanked", "congratulated", "condemned",
              "called on", "rejected claims by", "sanctioned", "threatened", "welcomed remarks by"]


# (a courtesy call "on German Chancellor Olaf Scholz", no errand named, is a meeting: left out)
AT_A_DISTANCE = [(verb, whom) for verb, whom in itertools.product(
    NON_EVENTS, ["German Chancellor Olaf Scholz", "Kenya", "the United Nations", "NATO"])
    if not (verb == "called on" and whom.startswith("German"))]


@pytest.mark.parametrize("verb, whom", AT_A_DISTANCE)
def test_words_and_acts_at_a_distance_are_no_event(verb, whom):
    facts = extract_article(Article("t", published="2023-12-13", text=(
        f"Japan's foreign minister {verb} {whom} on Tuesday in a statement.")))
    assert facts.events == () and facts.documents == ()
