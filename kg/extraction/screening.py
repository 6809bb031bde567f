"""Screening: what makes a candidate event or document a fact of international cooperation.

Finding a trigger word ("met", "summit", "signed", "statement") makes a *candidate*.
This stage decides which candidates are facts, in one place and by rules that say why:

- **An event needs international actors in their official roles**: two or more states
  (participants, host or chair, the host country of a visit), or an international body
  (the body whose gathering it is, or one taking part). "The governor visited the
  flooded county", "the mayor held talks with the unions": no state meets another.
- **An event outside diplomacy is none**: a candidate without an international body
  whose sentence tells of sport, religion, science, business, labour relations or
  entertainment ("the World Cup final between France and Croatia", "a summit of
  bishops at the Vatican") is dropped; so is one of domestic politics (legislatures,
  courts, parties, elections) unless two states or more take part.
- **A document needs an international setting**: an event kept, two states or a body
  in its sentence or among its parties, or a proper name of an international instrument
  ("the Paris Agreement", passing mentions count); and a national law ("the Human Life
  Protection Act", "a decree") is no document.

The words each rule reads are data (``ontology/lexicon/screening.ttl``). Every candidate
gets a :class:`Verdict`, kept or not, with the reason, for ``kg extract --explain``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable

from kg.extraction.lexicon import Lexicon
from kg.facts import Document, Event, Evidence, NewsFacts, is_iso3

__all__ = ["Verdict", "SentenceActors", "screen"]

# Settings that are never diplomacy, whatever the number of states named; domestic
# politics is checked apart, because leaders of states are politicians at home too.
_NON_STATE_CONTEXTS = ("sport", "religion", "science", "business", "labour", "entertainment")
# Instruments between states, whose proper names count as passing mentions.
_INTERNATIONAL_INSTRUMENTS = ("treaty", "agreement", "accord", "accords", "convention", "protocol", "charter",
                              "declaration", "memorandum", "pact", "deal", "agreements", "treaties")
_GATHERINGS = ("summit", "ministerial", "conference", "session")
_TITLE_CUT = re.compile(r"\s+(?:of|for|on|between|to|with|against|concerning|that|which|saying|calling)\s+")


@dataclass(frozen=True)
class Verdict:
    """What screening decided for one candidate fact, and why."""

    kind: str  # "event" or "document"
    id: str
    summary: str  # "talks 2019-01-14 in Gdansk"
    kept: bool
    reason: str
    evidence: Evidence | None


@dataclass(frozen=True)
class SentenceActors:
    """The states (ISO3) and international bodies that a sentence names, and the
    officials it names without saying whose they are ("Minister Rojas")."""

    states: frozenset[str]
    bodies: frozenset[str]
    stateless_officials: frozenset[str] = frozenset()


def screen(facts: NewsFacts, lexicon: Lexicon,
           actors_of: Callable[[str], SentenceActors]) -> tuple[NewsFacts, list[Verdict]]:
    """The candidates of ``facts`` that are cooperation facts, and a verdict for each.

    ``actors_of`` tells which states and bodies a text names (the extractor's own
    mention finder): the sentence of a gathering or a document, an event's name, a
    document's title.
    """
    contexts = lexicon.scheme("screening")
    sides = lexicon.scheme("actor-references").get("two-sides")
    verdicts: list[Verdict] = []
    kept_events: list[Event] = []
    for event in facts.events:
        states, bodies = _international_actors(event, actors_of)
        if len(states) < 2 and sides is not None and event.evidence is not None and sides.find(event.evidence.text):
            states.add("(the other side)")  # "the two countries": the sentence tells of two
        if len(states) == 1 and event.type == "call" and event.evidence is not None:
            # "Minister Rojas held a telephone talk with Peru's minister": whoever is on the
            # line with a foreign official is another side.
            states |= {f"({name})" for name in actors_of(event.evidence.text).stateless_officials}
        reason = _event_rejection(event, states, bodies, contexts)
        verdicts.append(Verdict("event", event.id, _event_summary(event), reason is None,
                                reason or _acceptance(states, bodies), event.evidence))
        if reason is None:
            kept_events.append(event)
    kept_ids = {e.id for e in kept_events}
    kept_documents: list[Document] = []
    for document in facts.documents:
        reason = _document_rejection(document, kept_ids, contexts, actors_of, sides)
        verdicts.append(Verdict("document", document.id, f"{document.type}/{document.status} {document.title!r}",
                                reason is None, reason or "international setting", document.evidence))
        if reason is None:
            event = document.event if document.event in kept_ids else None
            kept_documents.append(replace(document, event=event))
    return replace(facts, events=tuple(kept_events), documents=tuple(kept_documents)), verdicts


def _international_actors(event: Event, actors_of: Callable[[str], SentenceActors]) -> tuple[set[str], set[str]]:
    """The states and bodies that make an event international: its participants, host
    and chair, the country it was held in when that is not the only state, the sides an
    event's name gives ("the ASEAN-US summit"), and for a gathering the bodies its
    sentence names."""
    states = {p for p in event.participants if is_iso3(p)}
    states |= {s for s in (event.host, event.chair) if s}
    if event.country and (states or event.type == "visit"):
        states.add(event.country)  # talks held abroad, a visit to a country
    bodies = {p for p in event.participants if not is_iso3(p)} | ({event.body} if event.body else set())
    if event.name:
        named = actors_of(event.name)
        states |= named.states
        bodies |= named.bodies
    if event.type in _GATHERINGS and event.evidence is not None:
        bodies |= actors_of(event.evidence.text).bodies
    return states, bodies


def _event_rejection(event: Event, states: set[str], bodies: set[str], contexts) -> str | None:
    """Why a candidate event is no cooperation event, or None when it is one."""
    sentence = event.evidence.text if event.evidence else ""
    if not bodies:
        word, concept = _context(sentence, contexts, _NON_STATE_CONTEXTS)
        if word:
            return f"{concept}, not diplomacy ({word!r})"
    if not bodies and len(states) < 2:
        named = ", ".join(sorted(states)) or "no state"
        word, _ = _context(sentence, contexts, ("domestic-politics",))
        if word:
            return f"domestic politics ({word!r}) with {named}"
        return f"{named} and no international body: not international"
    return None


def _context(text: str, contexts, keys) -> tuple[str | None, str | None]:
    """The first phrase in ``text`` of the first of these contexts that has one, and the
    context's label."""
    for key in keys:
        concept = contexts.get(key)
        word = concept.find(text) if concept else None
        if word:
            return word, concept.label
    return None, None


def _acceptance(states: set[str], bodies: set[str]) -> str:
    parts = []
    if len(states) >= 2:
        parts.append("states " + ", ".join(sorted(states)))
    if bodies:
        parts.append("body " + ", ".join(sorted(bodies)))
    return "international actors: " + "; ".join(parts)


def _event_summary(event: Event) -> str:
    where = f" in {event.city}" if event.city else ""
    return f"{event.type} {event.date or 'undated'}{where}"


def _head(title: str) -> str:
    """The words of a title before what it is about: "Human Life Protection Act",
    "resolution" of "resolution to establish rules"."""
    return _TITLE_CUT.split(title, maxsplit=1)[0].strip()


def _document_rejection(document: Document, kept_events: set[str], contexts,
                        actors_of: Callable[[str], SentenceActors], sides) -> str | None:
    """Why a candidate document is no cooperation document, or None when it is one."""
    title = document.title or ""
    head = _head(title)
    in_title = actors_of(title) if title else _NOBODY
    national = contexts.get("national-law")
    last = None
    for last in (national.pattern.finditer(head) if national is not None else ()):
        pass
    if last is not None and last.end() == len(head) and not (in_title.bodies or len(in_title.states) >= 2):
        return f"national law ({last.group(0)!r})"  # "the AU Constitutive Act" is not one
    if document.event in kept_events:
        return None
    sentence = document.evidence.text if document.evidence else ""
    actors = actors_of(sentence) if sentence else _NOBODY
    if not actors.bodies:
        word, concept = _context(sentence, contexts, _NON_STATE_CONTEXTS)
        if word:
            return f"{concept}, not diplomacy ({word!r})"
    named_sides = {*document.parties, *document.proposed_by}
    states = actors.states | in_title.states | {s for s in named_sides if is_iso3(s)}
    if len(states) >= 2 or actors.bodies or in_title.bodies or any(not is_iso3(s) for s in named_sides):
        return None
    if _is_named_instrument(title):
        return None  # "the Paris Agreement": a passing mention of an instrument between states
    if sides is not None and sides.find(sentence):
        return None  # "the two countries did not sign the protocol"
    if kept_events and states:
        return None  # a state's document in a story of international events is part of it
    named = ", ".join(sorted(states)) or "no state"
    return f"{named} and no international body in its sentence: not international"


_NOBODY = SentenceActors(frozenset(), frozenset())


def _is_named_instrument(title: str) -> bool:
    """Whether a title is the proper name of an instrument between states: capitalised
    words ending in Treaty, Agreement, Accord, Convention... ("Paris Climate Accord")."""
    head = _head(re.sub(r"^(?:the|The)\s+", "", title))
    words = head.split()
    return len(words) >= 2 and words[-1].lower() in _INTERNATIONAL_INSTRUMENTS \
        and all(w[:1].isupper() or w[:1].isdigit() or w in ("and", "of", "the") for w in words)
