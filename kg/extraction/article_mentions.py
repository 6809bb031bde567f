"""What an article names, sentence by sentence: its states, international bodies and
officials, whom "he" stands for, the government that publishes it and the dateline it is
filed under.

Later sentences refer back to what earlier ones named ("the bloc", "Putin", "He also
met Xi"), so :class:`ArticleMentions` keeps the mentions found so far, and the event and
document rules ask it about them.
"""
from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass, replace
from functools import lru_cache

from kg.extraction.dates import find_dates, parse_date_words
from kg.extraction.events import body_ref, country_of_dateline
from kg.extraction.lexicon import load_lexicon, phrase_alternation
from kg.extraction.mentions import (BodyHit, PersonHit, StateHit, body_mentions, national_office, organ_mentions,
                                    person_mentions, state_mentions)
from kg.extraction.reference import RefBody, gazetteer
from kg.extraction.rule_patterns import rule_pattern
from kg.extraction.text import Dateline, Sentence, date_line, find_dateline, find_word
from kg.facts import Article, Body, Evidence, Person, StateMention

__all__ = ["ArticleMentions", "SentenceHits"]

# Datelines that name a headquarters rather than its city.
_HEADQUARTERS = {"United Nations": ("New York", "USA")}
# A sentence opening with an office in lower case, referring back: "The king arrived ...".
_OPENS_WITH_AN_OFFICE = rule_pattern(r"\s*The (king|queen|emir|amir|sultan|crown prince|pope|president|prime minister|premier|"
                                     r"chancellor|foreign minister|secretary of state|secretary)\b(?! of)(?!\s+[A-Z])(?![\-–])")

_GOVERNMENT = rule_pattern(r"\b(?:Ministry|Government|President|Presidency|Prime Minister|Minister|Office|"
                           r"Department|Kremlin|White House|Chancellery|Cabinet|Embassy)\b")


@dataclass
class SentenceHits:
    """What one sentence (or clause) names: states, bodies and officials, found in
    ``text``, the sentence without its dateline (a clause: the rest blanked out)."""

    text: str
    states: list[StateHit]
    bodies: list[BodyHit]
    people: list[PersonHit]


# What may open a sentence before its subject: "On Thursday, ", "Later in the day, ".
_OPENING_ADVERBIAL = rule_pattern(r"\s*(?:On|In|At|Later|Earlier|Then|Afterwards|Meanwhile)\b[^,]{0,25},\s*")
_NAME_WORD = rule_pattern(r"[A-Z]\w+\s+")


def _named_at_opening(text: str, surname: str) -> int | None:
    """Where a sentence names ``surname`` as its subject, after an opening adverbial and
    up to three capitalised words ("On Thursday, Prime Minister Modi"), or None."""
    starts = [m.end()] if (m := _OPENING_ADVERBIAL.match(text)) else []
    for at in starts + [len(text) - len(text.lstrip())]:
        for _ in range(4):
            if find_word(text[at:at + len(surname) + 1], surname) == 0:
                return at
            word = _NAME_WORD.match(text, at)
            if word is None:
                break
            at = word.end()
    return None


class ArticleMentions:
    """The mentions of one article so far, and what they tell of its setting.

    ``published`` is the article's date, as of which its officials are read;
    ``dateline_city``, ``dateline_country`` and ``dateline_date`` are where and when it is
    filed; ``government`` is the state whose government publishes it; ``subject_state``
    the state of the official a sentence last opened with."""

    def __init__(self, article: Article, sentences: list[Sentence]):
        g = gazetteer()
        text = article.text or ""
        self.dateline = find_dateline(text)
        published = _published(article, sentences)
        self.dateline_date = parse_date_words(self.dateline.date_text, published) if self.dateline else None
        if self.dateline_date is None:
            # A readout's date on a line of its own under the headline ("May 06, 2024"):
            # the day its "today" is
            self.dateline_date = parse_date_words(date_line(text), published)
        if published is None and self.dateline_date and len(self.dateline_date) == 10:
            published = self.dateline_date
        self.published = published
        self.dateline_city = self.dateline.city if self.dateline else None
        self.dateline_country = (country_of_dateline(self.dateline, text) or g.seats.get(self.dateline.city)
                                 or g.cities.get(self.dateline.city)) \
            if self.dateline else None
        if self.dateline_city in _HEADQUARTERS:
            # "UNITED NATIONS (Reuters) -": filed from the UN headquarters, in New York.
            self.dateline_city, self.dateline_country = _HEADQUARTERS[self.dateline_city]
        self.states: OrderedDict[str, StateMention] = OrderedDict()
        self.bodies: OrderedDict[str, tuple[RefBody, set[str], Evidence]] = OrderedDict()
        self.last_named: dict[str, int] = {}  # body IRI → start of the last sentence naming it
        self.persons: OrderedDict[str, Person] = OrderedDict()
        self.subject_state: str | None = None  # the state of the official a sentence last opened with
        self.subject_role: str | None = None  # and that official's role ("Prime Minister")
        self.government = _government_of(article.publisher)
        # ("Riyadh, SPA -- Minister of Foreign Affairs Prince Faisal bin Farhan received a
        # phone call": the officials a state's agency names without a state are its state's)
        self.agency_state = None if self.government else _agency_state(text, self.dateline)
        self.first_official_state: str | None = None  # whose words a release in the first person is, by its header

    @property
    def report_day(self) -> str | None:
        """The day the story is told on: the dateline's, else the publication date."""
        return self.dateline_date or self.published

    def note(self, sentence: Sentence) -> SentenceHits:
        """Record the states, bodies and officials a sentence names; headlines and
        hypothetical sentences count here too."""
        g = gazetteer()
        body_text = self._without_dateline(sentence)
        evidence = Evidence(sentence.start, sentence.end, sentence.text)
        b_hits = body_mentions(body_text)
        b_hits += organ_mentions(body_text, set(self.bodies) | {b.body.iri for b in b_hits}, b_hits)
        s_hits = _outside_body_names(state_mentions(body_text), b_hits)
        p_hits = person_mentions(body_text, self.published)
        for h in s_hits:
            self.states.setdefault(h.iso3, StateMention(h.iso3, g.state_label.get(h.iso3), evidence))
        for p in p_hits:
            self._note_official(p, evidence)
        self._note_subject(p_hits, body_text)
        for b in b_hits:
            self._note_body(b, evidence)
        return SentenceHits(body_text, s_hits, b_hits, p_hits)

    def in_clause(self, clause: str) -> SentenceHits:
        """What one clause of a sentence names (the rest of the sentence blanked out),
        the organs of the bodies the article names among it; nothing is recorded."""
        bodies = body_mentions(clause)
        bodies += organ_mentions(clause, set(self.bodies), bodies)
        return SentenceHits(clause, _outside_body_names(state_mentions(clause), bodies),
                            bodies, person_mentions(clause, self.published))

    def organisation_named_before(self, start: int) -> RefBody | None:
        """The organisation, not one of its organs, named last before the offset ``start``,
        else the last the article names: whom "the bloc" stands for."""
        organisations = [b for b, _, _ in self.bodies.values() if b.parent is None]
        earlier = [b for b in organisations if self.last_named.get(b.iri, -1) < start]
        return max(earlier or organisations, key=lambda b: self.last_named.get(b.iri, -1), default=None)

    def secretary_generals_organisation(self, sentence: Sentence) -> RefBody | None:
        """Whose "the Secretary-General" is, named by title alone: the organisation the
        article named last before the sentence, else the United Nations (whose readouts
        name none), which the article then names."""
        named = self.organisation_named_before(sentence.start)
        if named is not None:
            return named
        un = gazetteer().body_names.get("United Nations")
        if un is not None:
            self.bodies.setdefault(un.iri, (un, set(), Evidence(sentence.start, sentence.end, sentence.text)))
        return un

    def body_by_its_noun(self, noun: str) -> RefBody | None:
        """The one body the article names whose name ends in ``noun`` ("Human Rights
        Council" for "the council's 19th session"); None when none or several do."""
        owners = [b for b, _, _ in self.bodies.values() if b.name.split()[-1].lower() == noun.lower()]
        return owners[0] if len(owners) == 1 else None

    def at_organisation_level(self, participants: tuple[str, ...]) -> tuple[str, ...]:
        """Participants with each organ that took part as such given as its organisation,
        where the article names that anywhere (the facts' convention: "the President of
        the European Commission met Modi ... the India-EU partnership" is the EU's)."""
        refs = {body_ref(b): b for b, _, _ in self.bodies.values()}
        return tuple(dict.fromkeys(body_ref(organisation_of(refs[p], self.bodies)) if p in refs else p
                                   for p in participants))

    def body_facts(self) -> tuple[Body, ...]:
        """The bodies the article names, with the other forms it names them by, and their
        parent when the article names it too."""
        g = gazetteer()
        present = set(self.bodies)
        out = []
        for body, forms, evidence in self.bodies.values():
            aliases = tuple(sorted(f for f in forms if f not in (body.name, body.acronym)))
            parent = g.body_by_iri(body.parent) if body.parent in present else None
            out.append(Body(body.name, body.acronym, aliases, body_ref(parent), evidence))
        return tuple(out)

    def _without_dateline(self, sentence: Sentence) -> str:
        """The dateline is a place, not an actor: look at the sentence without it."""
        if self.dateline and sentence.start <= self.dateline.end <= sentence.end:
            cut = self.dateline.end - sentence.start
            return " " * cut + sentence.text[cut:]
        return sentence.text

    def _note_official(self, p: PersonHit, evidence: Evidence) -> None:
        """Record an official, by surname, with the state and body he acts for."""
        g = gazetteer()
        if p.state:
            self.states.setdefault(p.state, StateMention(p.state, g.state_label.get(p.state), evidence))
            self.first_official_state = self.first_official_state or p.state
        words = p.name.split()
        if len(words) == 1 and any(p.name in person.name.split() for person in self.persons.values()):
            return  # "Najib" after "Najib Tun Razak", "Minister Yun" after "Yun Byung-se": one person
        surname = words[-1]
        if p.state is None and p.body is None and self.agency_state and p.role and national_office(p.role) and \
                opens(evidence.text, p.start):
            p = replace(p, state=self.agency_state)
        known = self.persons.get(surname)
        if known is None or len(p.name) > len(known.name):
            self.persons[surname] = Person(p.name, p.role, p.state or (known.state if known else None),
                                           body_ref(p.body), evidence)
        elif known.state is None and p.state:
            # "President Omer Al-Bashir" first, "Al-Bashir signed for Sudan" later: the state is his.
            self.persons[surname] = Person(known.name, known.role or p.role, p.state,
                                           known.body or body_ref(p.body), known.evidence)
        if p.body is not None and p.body.iri not in self.bodies:
            self.bodies[p.body.iri] = (p.body, set(), evidence)

    def _note_subject(self, p_hits: list[PersonHit], body_text: str) -> None:
        # "Sanchez is on a visit to China. ... He also met Xi": who "he" is; "On Thursday,
        # Modi held a meeting with Chinese President Xi": Modi, named first.
        named = [(p.start, p.name.split()[-1]) for p in p_hits if p.start < 60]
        opening_words = body_text[:60]
        for surname in (s for s in self.persons if s in opening_words):
            at = _named_at_opening(opening_words, surname)
            if at is not None:
                named.append((at, surname))
        opening = min(named)[1] if named else None
        # ("He also met ...", "The Prime Minister also met Putin": the one followed still)
        if opening is not None and not re.match(r"\s*(?:He|She|His|Her|The (?:Prime Minister|President|Premier|"
                                                r"Chancellor|Foreign Minister|Minister|Secretary|King|Emir|Crown "
                                                r"Prince)(?! of)\b)", body_text):
            person = self.persons.get(opening) or next(
                (p for p in self.persons.values() if opening in p.name.split()), None)
            self.subject_state = person.state if person else None
            self.subject_role = person.role if person else None
        elif opening is None and (office := _OPENS_WITH_AN_OFFICE.match(body_text)) is not None:
            # "President Bush met King Abdullah ... The king arrived on Wednesday. He met
            # Powell": the one official of that office named before, followed now
            # ("The secretary got to Brussels": the Secretary of State named before)
            holder = self.holder_of(office.group(1))
            if holder is not None:
                self.subject_state, self.subject_role = holder

    def holder_of(self, office: str) -> tuple[str, str | None] | None:
        """(state, role) of the one official of a state holding ``office`` the article
        named so far ("the president", "the secretary" for the Secretary of State); None
        when it named none or several."""
        wanted = re.compile(rf"{re.escape(office.lower())}(?: of state)?")
        holders = {(p.state, p.role) for p in self.persons.values()
                   if p.state and wanted.fullmatch((p.role or "").lower())}
        return holders.pop() if len(holders) == 1 else None

    def _note_body(self, b: BodyHit, evidence: Evidence) -> None:
        """Record a body and the form it is named by, and its parent when that form names it."""
        g = gazetteer()
        entry = self.bodies.get(b.body.iri)
        if entry is None:
            self.bodies[b.body.iri] = (b.body, {b.form}, evidence)
        else:
            entry[1].add(b.form)
        self.last_named[b.body.iri] = evidence.start
        # "the UN Security Council" names the UN too.
        parent = g.body_by_iri(b.body.parent)
        if parent is not None and any(
                find_word(b.form, n) >= 0 for n in (parent.acronym, parent.name) if n):
            self.bodies.setdefault(parent.iri, (parent, set(), evidence))
            self.last_named[parent.iri] = evidence.start


def _published(article: Article, sentences: list[Sentence]) -> str | None:
    if article.published:
        return article.published
    # No metadata: a full date near the top (a readout's "December 28, 2015") anchors the text.
    for s in sentences[:4]:
        for d in find_dates(s.text, None):
            if len(d.value) == 10:
                return d.value
    return None


def opens(text: str, at: int) -> bool:
    """Whether the mention at ``at`` opens its sentence: the subject a state's agency
    reports on ("Riyadh, SPA -- Minister of Foreign Affairs Prince Faisal ..."), not the
    foreign officials named after it, whom it may leave without their state too."""
    return len(_OPENING_WORDS.sub("", text[:at]).split()) <= 2


# A dateline and the honorifics that may come before an official's title
_OPENING_WORDS = rule_pattern(r"^.*?(?:--|—|–|\s-\s)|\b(?:HH|HE|H\.E\.|His|Her|Highness|Excellency|Majesty|Royal)\b")


def _agency_state(text: str, dateline: Dateline | None) -> str | None:
    """The state whose government's news agency the story's dateline names ("Doha, March 3
    (QNA) -", "Riyadh, February 20, 2024, SPA --"), if any (the lexicon's
    ``state-news-agencies``)."""
    if dateline is None:
        return None
    agency = _STATE_AGENCIES.search(text, 0, dateline.end)
    return _agency_states()[agency.group(0)] if agency else None


@lru_cache(maxsize=1)
def _agency_states() -> dict[str, str]:
    """Each state news agency's name, as written, with its state."""
    return load_lexicon().states_of_phrases("state-news-agencies")


# (as written: "MAP" is an agency, "map" a word)
_STATE_AGENCIES = rule_pattern(rf"(?<![\w-])(?:{phrase_alternation(list(_agency_states()))})(?![\w-])")


def _government_of(publisher: str | None) -> str | None:
    """The state whose government publishes the article ("Ministry of Foreign Affairs of
    Japan", "President of Russia"), or None for a news agency or an unknown source."""
    if not publisher or not _GOVERNMENT.search(publisher):
        return None
    hits = state_mentions(publisher)
    return hits[0].iso3 if hits else None


def organisation_of(body: RefBody, named: dict) -> RefBody:
    """The organisation an organ belongs to, where the article names it (the EU of the
    European Commission); the body itself else, for a fact may only cite bodies the
    article names."""
    g = gazetteer()
    seen = {body.iri}
    while body.parent in named and body.parent not in seen and (parent := g.body_by_iri(body.parent)) is not None:
        seen.add(parent.iri)
        body = parent
    return body


def _outside_body_names(states: list[StateHit], bodies: list[BodyHit]) -> list[StateHit]:
    """The state mentions of a sentence less the demonyms inside a body's name: the
    "American" of "Organization of American States" is no state of the story's."""
    return [h for h in states if h.how != "demonym" or not any(b.start <= h.start < b.end for b in bodies)]
