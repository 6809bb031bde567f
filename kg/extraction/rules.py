"""Article text → candidate facts, by rules over sentences.

This is the rule extractor's first stage: it finds what *might* be an event or a
document; :mod:`kg.extraction.screening` then keeps those with international actors.
The rules favour precision: an event needs a trigger word and a date in its sentence
(or is the lead event, dated by the dateline or the publication date); headlines,
hypothetical sentences ("if", "could") and sentences about conflict yield nothing; a
venue city is a place, never an actor; every fact keeps the sentence it came from.
Events are assembled by :mod:`kg.extraction.events`, documents found by :mod:`kg.extraction.documents`.
"""
from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from kg.extraction.dates import find_dates, parse_date_words
from kg.extraction.coreference import dedupe_documents, is_reference_title
from kg.extraction.documents import (DOC_NOUN_RE, DOC_NOUNS, decision_in, documents_in, passing_status,
                                     proposer_of, status_of)
from kg.extraction.mentions import body_mentions, organ_mentions, person_mentions, state_mentions
from kg.extraction.events import (ANAPHORA, BLOC, BOUNDARY, NEGATED_EVENT, SIDELINES, EventDraft, actors_in,
                               body_for_event, body_ref, can_date_event, city_in, coordinated_dates, council_kind,
                               country_of_dateline, dialogue_name, event_span, event_type, finish_events, merge_event,
                               modality_of, near, second_types)
from kg.extraction.reference import RefBody, gazetteer
from kg.extraction.screening import SentenceActors
from kg.extraction.text import Sentence, find_dateline, split_sentences
from kg.extraction.topics import topics_of
from kg.extraction.titles import acronyms_defined, named_after_body, named_after_sides, spell_out_acronyms
from kg.facts import Article, Body, Document, Evidence, NewsFacts, Person, StateMention

__all__ = ["find_candidates", "sentence_actors"]

_HYPOTHETICAL = re.compile(r"^(?:If|Unless|Should|Were)\b|,\s*if\b|\b(?:could|might|may)\s+(?:have\s+)?(?:be\s+)?"
                           r"(?:sign|meet|hold|held|adopt|agree|visit)", re.I)
# Sentences whose main business is conflict (PLOVER's THREATEN, REJECT, DEMAND, ASSAULT...)
# report no cooperation event or document.
_CONFLICT = re.compile(r"\b(?:threaten(?:s|ed)?|reject(?:s|ed)?|refus(?:es|ed)|demand(?:s|ed)|accus(?:es|ed)|condemn(?:s|ed)?|"
                       r"warn(?:s|ed)|protest(?:s|ed)?|stayed away|attack(?:s|ed)|kill(?:s|ed)|clash(?:es|ed)?|fired|shell(?:s|ed)|"
                       r"bomb(?:s|ed|ing)|expell?(?:s|ed)|boycott(?:s|ed)?|strik(?:e|es)|investigation|arrest(?:s|ed)|"
                       r"seiz(?:es|ed)|suspend(?:s|ed)|sanction(?:s|ed)?|mobili[sz]\w+|riot\w*)\b", re.I)
# Commitments between states: offers, pledges and agreements that are not (yet) documents.
_COMMITMENT = re.compile(r"\b(?P<verb>agreed (?:to|on|upon|that)|have agreed|offered to|promised to|pledged(?: to)?|"
                         r"committed to|(?:is|are) (?:willing|prepared|ready) to|will (?:provide|give|support|send|help|"
                         r"finance|fund|grant|extend|cooperate)|(?:praised|welcomed|backed|endorsed|supported|defended)\b|"
                         r"established (?:diplomatic )?(?:ties|relations)|(?:launched|held|conducted|began|started) "
                         r"(?:\w+ )?(?:joint )?(?:military )?(?:exercises|drills|war games|manoeuvres|maneuvers)|"
                         r"shared (?:\w+ ){0,2}(?:evidence|information|intelligence)|mediation)\b", re.I)



def _published(article: Article, sentences: list[Sentence]) -> str | None:
    if article.published:
        return article.published
    # No metadata: a full date near the top (a readout's "December 28, 2015") anchors the text.
    for s in sentences[:4]:
        for d in find_dates(s.text, None):
            if len(d.value) == 10:
                return d.value
    return None


def find_candidates(article: Article) -> NewsFacts:
    """The candidate facts of one article: every event and document its sentences'
    trigger words give, before :func:`kg.extraction.screening.screen` decides which are
    international cooperation.

    Examples
    --------
    A trigger word makes a candidate, whoever met; screening drops this one (a mayor and
    unions are no international actors):

    >>> from kg.facts import Article
    >>> a = Article("x", published="2019-10-10", text="The mayor met union leaders on "
    ...     "Thursday to discuss the bus strike.")
    >>> [(e.type, e.date, e.city) for e in find_candidates(a).events]
    [('talks', '2019-10-10', None)]
    """
    return _Reading(article).facts()


@lru_cache(maxsize=2048)
def sentence_actors(text: str, on: str | None = None) -> SentenceActors:
    """The states and international bodies a sentence names, for screening, its officials
    read as of ``on`` (the article's date); cached, because screening asks again for the
    sentences of an article's several candidates."""
    people = person_mentions(text, on)
    return SentenceActors(frozenset(actors_in(state_mentions(text), people, text)),
                          frozenset(body_ref(h.body) for h in body_mentions(text)),
                          frozenset(p.name for p in people if p.state is None and p.body is None),
                          frozenset(body_ref(p.body) for p in people if p.state is None and p.body is not None))


@dataclass
class _Hits:
    """What one sentence (or clause) names: states, bodies and officials."""

    states: list
    bodies: list
    people: list


class _Reading:
    """One article read sentence by sentence: the mentions, events and documents found so
    far, which later sentences refer back to ("the bloc", "the two leaders", "the treaty")."""

    def __init__(self, article: Article):
        g = gazetteer()
        self.article = article
        self.text = article.text or ""
        self.sentences = split_sentences(self.text)
        # How many sentences of prose come before each: a lead is told in the first few,
        # whatever headlines, bylines and map legends stand above it.
        self.prose_before = list(accumulate((_is_prose(s.text) for s in self.sentences), initial=0))
        self.dateline = find_dateline(self.text)
        published = _published(article, self.sentences)
        self.dateline_date = parse_date_words(self.dateline.date_text, published) if self.dateline else None
        if published is None and self.dateline_date and len(self.dateline_date) == 10:
            published = self.dateline_date
        self.published = published
        self.dateline_city = self.dateline.city if self.dateline else None
        self.dateline_country = (country_of_dateline(self.dateline, self.text) or g.seats.get(self.dateline_city)) \
            if self.dateline else None
        if self.dateline_city in _HEADQUARTERS:
            # "UNITED NATIONS (Reuters) -": filed from the UN headquarters, in New York.
            self.dateline_city, self.dateline_country = _HEADQUARTERS[self.dateline_city]
        self.states: OrderedDict[str, StateMention] = OrderedDict()
        self.bodies: OrderedDict[str, tuple[RefBody, set[str], Evidence]] = OrderedDict()
        self.persons: OrderedDict[str, Person] = OrderedDict()
        self.drafts: list[EventDraft] = []
        self.documents: list[Document] = []
        self.lead_done = False
        self.previous_status: str | None = None
        self.subject_state: str | None = None  # the state of the official a sentence last opened with
        self.government = _government_of(article.publisher)

    def facts(self) -> NewsFacts:
        for index, sentence in enumerate(self.sentences):
            body_text = sentence.text
            if self.dateline and sentence.start <= self.dateline.end <= sentence.end:
                # The dateline is a place, not an actor: look at the sentence without it.
                cut = self.dateline.end - sentence.start
                body_text = " " * cut + sentence.text[cut:]
            hits = self._note_mentions(sentence, body_text)
            if _HYPOTHETICAL.search(sentence.text) or _conflict_first(sentence.text) or \
                    _is_headline(sentence, self.text, self.dateline, self.article):
                self.previous_status = None
                continue
            sentence_event = self._events(index, sentence, body_text, hits)
            self._note_chair(sentence, hits)
            self._documents(sentence, body_text, hits, sentence_event)
        return self._finish()

    # ------------------------------------------------------------------ mentions

    def _note_mentions(self, sentence: Sentence, body_text: str) -> _Hits:
        """Record the states, bodies and officials a sentence names; headlines and
        hypothetical sentences count here too."""
        g = gazetteer()
        evidence = Evidence(sentence.start, sentence.end, sentence.text)
        s_hits = state_mentions(body_text)
        b_hits = body_mentions(body_text)
        b_hits += organ_mentions(body_text, set(self.bodies) | {b.body.iri for b in b_hits}, b_hits)
        p_hits = person_mentions(body_text, self.published)
        for h in s_hits:
            self.states.setdefault(h.iso3, StateMention(h.iso3, g.state_label.get(h.iso3), evidence))
        for p in p_hits:
            if p.state:
                self.states.setdefault(p.state, StateMention(p.state, g.state_label.get(p.state), evidence))
            surname = p.name.split()[-1]
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
        # "Sanchez is on a visit to China. ... He also met Xi": who "he" is.
        opening = next((p.name.split()[-1] for p in p_hits if p.start < 60), None) or next(
            (surname for surname in self.persons
             if re.match(rf"\s*(?:[A-Z]\w+\s+){{0,3}}?{re.escape(surname)}\b", body_text[:60])), None)
        if opening is not None and not re.match(r"\s*(?:He|She|His|Her)\b", body_text):
            self.subject_state = self.persons[opening].state
        for b in b_hits:
            entry = self.bodies.get(b.body.iri)
            if entry is None:
                self.bodies[b.body.iri] = (b.body, {b.form}, evidence)
            else:
                entry[1].add(b.form)
            # "the UN Security Council" names the UN too.
            parent = g.body_by_iri(b.body.parent)
            if parent is not None and parent.iri not in self.bodies and any(
                    re.search(rf"(?<!\w){re.escape(n)}(?!\w)", b.form) for n in (parent.acronym, parent.name) if n):
                self.bodies[parent.iri] = (parent, set(), evidence)
        return _Hits(s_hits, b_hits, p_hits)

    # ------------------------------------------------------------------ events

    def _events(self, index: int, sentence: Sentence, body_text: str, hits: _Hits) -> int | None:
        """Find the events of a sentence, clause by clause; return the index of the first."""
        sentence_event = None
        units = _clauses(body_text, self.published)
        # Dates are read in the whole sentence, so that a clause keeps the tense set before
        # it ("is expected to feed into a summit in September, and into a conference in
        # December"), then kept where the clause is.
        sentence_dates = find_dates(body_text, self.published) if units else []
        for unit_text in units or [body_text]:
            if units:
                u_bodies = body_mentions(unit_text)
                u_bodies += organ_mentions(unit_text, set(self.bodies), u_bodies)
                unit_hits = _Hits(state_mentions(unit_text), u_bodies, person_mentions(unit_text, self.published))
            else:
                unit_hits = hits
            trigger = event_type(unit_text)
            if trigger is None or NEGATED_EVENT.search(sentence.text):
                continue
            dates = [d for d in (sentence_dates if units else find_dates(unit_text, self.published))
                     if unit_text[d.start:d.end] == body_text[d.start:d.end] and can_date_event(unit_text, d)]
            if len(dates) > 1:
                # The date nearest the trigger word: "welcomed on Friday the accord signed on Thursday".
                dates.sort(key=lambda d: min(abs(d.start - trigger[1]), abs(d.end - trigger[1])))
            found = self._event_in_unit(index, sentence, unit_text, unit_hits, trigger, dates)
            if sentence_event is None:
                sentence_event = found
        return sentence_event

    def _event_in_unit(self, index: int, sentence: Sentence, unit_text: str, hits: _Hits,
                       trigger: tuple[str, int], dates: list) -> int | None:
        """The event a clause reports, folded into those already found, and the events it
        reports beside it; the index of its draft, or None when it reports none."""
        g = gazetteer()
        drafts = self.drafts
        kind = trigger[0]
        report_day = self.dateline_date or self.published
        is_lead = not self.lead_done and self.prose_before[index] < 4
        # "Earlier, the Crown Prince and the Amir held talks at the palace": the same day as
        # the story's main event.
        same_day = bool(not dates and not is_lead and kind in ("talks", "meeting", "signing", "call", "visit",
                                                              "ministerial", "session") and drafts
                        and _same_day_as_lead(unit_text, trigger[1], drafts[0].date, report_day))
        # "The session, chaired by Egypt's minister, was attended by ...": more on a gathering told before.
        told = None if dates else _told_before(unit_text, drafts)
        if not (dates or is_lead or same_day or told):
            return None  # an undated event that is not the story's: background
        lead_day = drafts[0].date if drafts else None
        if drafts and drafts[0].end_date and report_day and drafts[0].date <= report_day <= drafts[0].end_date:
            lead_day = report_day  # the lead spans days: "the same day" is the one reported
        date = dates[0].value if dates else (lead_day if same_day else told.date if told else
                                             (is_lead and self._day_told_before(index)) or report_day)
        end_date = dates[0].end_value if dates else None
        date, end_date = event_span(unit_text, date, end_date, kind)
        kind = council_kind(hits.bodies, kind, trigger[1])
        body = body_for_event(hits.bodies, kind, unit_text, trigger[1])
        if body is None and self.bodies and kind not in ("call", "visit") and BLOC.search(unit_text):
            # "the bloc's summit": the organisation last named before, not one of its organs.
            earlier = [b for b, _, ev in reversed(self.bodies.values()) if b.parent is None and ev.start < sentence.start]
            body = earlier[0] if earlier else next(
                (b for b, _, _ in reversed(self.bodies.values()) if b.parent is None), None)
        city, country = city_in(unit_text, self.dateline_city, self.dateline_country)
        if told is not None:
            kind, body = told.type, told.body
            city, country = city or told.city, country or told.country
        if city is None and same_day and kind != "call" and (drafts[0].city or not self.dateline_city):
            city, country = drafts[0].city, drafts[0].country  # the same day, the same place
        moved_away = bool(drafts) and drafts[0].type == "visit" and drafts[0].city not in (None, self.dateline_city)
        if (city is None and self.dateline_city and kind != "call" and country in (None, self.dateline_country)
                and ((is_lead and not dates) or near(date, report_day, days=2) and not moved_away)):
            # The dateline places the event it reports (the spec's convention), not one after
            # the story's visit has taken it to another city ("TOKYO - Kishida arrived in Cairo ...").
            city, country = self.dateline_city, self.dateline_country
        actors = self._actors(index, unit_text, hits, kind, body, same_day, is_lead)
        if kind == "visit" and country and country not in actors:
            actors.append(country)  # the host of a visit takes part in it
        dialogue = dialogue_name(unit_text, kind)
        for pair in _PAIR_FORMAT.finditer(unit_text):
            # "the India-Japan annual summit", "the Japan-ROK Foreign Ministers' Meeting": the two sides
            for side in pair.groups():
                iso = g.state_names.get(side) or g.demonyms.get(side)
                if iso and iso not in actors:
                    actors.append(iso)
        if self.government and self.government not in actors and actors and (kind == "call" or any(
                p.role and p.state is None and p.body is None for p in hits.people)):
            # A government's readout: it was on the line of a call, and the officials it
            # names without a state ("Mr. Fumio Kishida, Minister for Foreign Affairs") are its own.
            actors.insert(0, self.government)
        if kind == "call" and not actors and body is None:
            return None  # "Jonathan telephoned Buhari to concede": no state on the line, no cooperation
        if city and country is None:
            country = g.seats.get(city)
        chair = None
        if "chaired by" in sentence.text:  # "the session, chaired by Egypt's Foreign Minister ..."
            after = sentence.text.find("chaired by")
            chair = next((p.state for p in hits.people if p.state and p.start > after), None)
        draft = EventDraft(kind, date, end_date, city, country, None if dialogue else body, actors, chair,
                           country if country in actors else None, dialogue, sentence)
        draft.modality = modality_of(unit_text, date, self.published)
        draft.dated = bool(dates)
        anaphoric = bool(ANAPHORA.search(unit_text)) and not SIDELINES.search(unit_text)
        if not dates and not same_day and told is None and (re.search(
                r"\b(?:will|would|shall|to|plans? to|expected to|due to)\s+(?:\w+\s+){0,2}$", unit_text[:trigger[1]])
                or re.match(r"(?:will|would|shall|to)\s", unit_text[trigger[1]:])):
            # "Australia and PNG will sign a treaty before the end of the year, Albanese said on
            # Monday after talks": a plan with no day of its own is kept undated, not on the day
            # it was told.
            draft.date, draft.end_date, draft.city, draft.country = None, None, None, None
            draft.modality = "planned"
            draft.host = None
        found = merge_event(drafts, draft, anaphoric=anaphoric, boundary=bool(BOUNDARY.search(unit_text)))
        for other, segment in coordinated_dates(unit_text, dates, kind):
            # "in Chile on Monday and El Salvador on Tuesday": a visit on each day.
            other_city, other_country = city_in(segment, None, None)
            merge_event(drafts, EventDraft(kind, other.value, other.end_value, other_city, other_country, body,
                                           list(actors), None, None, None, sentence))
        for second in second_types(unit_text, kind):
            # "signed the treaty after talks": the talks are an event of their own; so is the
            # summit on whose sidelines leaders met, with its body.
            second_body = body_for_event(hits.bodies, second, unit_text) if second != "talks" else None
            known = any(d.type == second and ((second_body and d.body is second_body) or (city and d.city == city))
                        and (d.date == date or near(d.date, date, days=3)) for d in drafts)
            if not known:  # "the sidelines of the summit": the summit already found
                second_date, second_end = event_span(unit_text, dates[0].value if dates else date,
                                                     dates[0].end_value if dates else None, second)
                merge_event(drafts, EventDraft(second, second_date, second_end, city, country, second_body,
                                               list(actors), None, country if country in actors else None, None,
                                               sentence))
        self.lead_done = self.lead_done or is_lead
        return found

    def _day_told_before(self, index: int) -> str | None:
        """The day an earlier sentence of the same paragraph tells ("Late on Sunday, Trump
        announced ... The announcement was made after Trump had a phone conversation"):
        the day of the story, for an undated lead event."""
        sentence = self.sentences[index]
        for earlier in reversed(self.sentences[:index]):
            if earlier.paragraph != sentence.paragraph:
                return None
            days = [d.value for d in find_dates(earlier.text, self.published)
                    if len(d.value) == 10 and can_date_event(earlier.text, d)]
            if days:
                return days[0]
        return None

    def _actors(self, index: int, unit_text: str, hits: _Hits, kind: str, body: RefBody | None, same_day: bool,
                is_lead: bool) -> list[str]:
        """The states taking part in the event a clause reports."""
        actors = actors_in(hits.states, hits.people, unit_text, visit=kind == "visit")
        if kind in ("signing", "talks", "call", "visit", "meeting"):
            for b in hits.bodies:
                # "the European Union and Kazakhstan signed": the Union takes part as such.
                joined = any(re.fullmatch(r"\s+and\s+(?:the\s+)?", unit_text[b.end:h.start]) or
                             re.fullmatch(r"\s+and\s+(?:the\s+)?", unit_text[h.end:b.start]) for h in hits.states)
                if joined and body_ref(b.body) not in actors:
                    actors.append(body_ref(b.body))
        if self.subject_state and self.subject_state not in actors and re.match(
                r"\s*(?:(?:Earlier|Later|Then|Afterwards|On \w+),?\s+)?(?:He|She)\b", unit_text):
            actors.append(self.subject_state)
        for known in self.persons.values():
            # "Vladimir Putin had a telephone conversation...": an official named earlier
            # with his state acts for it here too, by surname ("Putin") or by a family name
            # put first ("Yoon" of Yoon Suk Yeol, "Xi" of Xi Jinping).
            words = known.name.split()
            names = [words[-1]] + ([words[0]] if len(words) == 3 or len(words[0]) <= 3 else [])
            if known.state and known.state not in actors and any(
                    re.search(rf"(?<!\w){re.escape(n)}(?!\w)", unit_text) for n in names):
                actors.append(known.state)
        if is_lead and kind in _GATHERING_KINDS:
            # The sentence after a gathering's lead often lists who came.
            for h in self.sentences[index + 1: index + 2]:
                if not _ATTENDANCE.search(h.text):
                    continue
                for extra in actors_in(state_mentions(h.text), person_mentions(h.text, self.published), h.text):
                    if extra not in actors:
                        actors.append(extra)
        two_sides = _THE_SIDES.search(unit_text)
        if (not actors or len(actors) < 2 and two_sides) and body is None and self.drafts and (
                kind in ("talks", "visit", "call", "meeting") or same_day or hits.people or two_sides):
            # "The two leaders will continue their discussions tomorrow", "Dr Gao and I also
            # held talks": the sides of the event told last that had two; "the next summit"
            # those of the last summit; else the story's.
            like = [d for d in reversed(self.drafts) if d.type == kind] if kind in _GATHERING_KINDS else \
                [d for d in reversed(self.drafts) if len(d.participants) >= 2]
            sides = like[0].participants if like else self.drafts[0].participants
            actors = actors + [s for s in sides if s not in actors]
        return actors

    def _note_chair(self, sentence: Sentence, hits: _Hits) -> None:
        """"Sweden's minister, who holds the rotating OSCE chairmanship, opened the meeting":
        the chair of the gathering the story is about."""
        m = _HOLDS_CHAIR.search(sentence.text)
        lead = next((d for d in self.drafts if d.type in _GATHERING_KINDS), None)
        if m is None or lead is None or lead.chair:
            return
        holder = next((p.state for p in reversed(hits.people) if p.state and p.start < m.start()), None) or \
            next((h.iso3 for h in reversed(hits.states) if h.start < m.start()), None)
        lead.chair = holder

    # ------------------------------------------------------------------ documents

    def _documents(self, sentence: Sentence, body_text: str, hits: _Hits, sentence_event: int | None) -> None:
        """Record the documents a sentence names, with the step it reports for each."""
        s_text = sentence.text
        evidence = Evidence(sentence.start, sentence.end, s_text)
        documents, drafts = self.documents, self.drafts
        found_documents = documents_in(sentence)
        named_documents = [f for f in found_documents if f[1].lower() not in DOC_NOUNS]
        if not named_documents and documents:
            self._proposer_of_last(s_text)
        listed_status = None
        if self.previous_status and re.match(r"(?:\w+\s+){0,3}(?:include|included|are|were|cover|covered)\b|"
                                             r"Among (?:them|these)\b", s_text):
            # "The instruments were signed at the palace. They include an air transport agreement; ..."
            listed_status = self.previous_status
        event_id = f"e{sentence_event + 1}" if sentence_event is not None else None
        at_event = drafts[sentence_event] if sentence_event is not None else (drafts[0] if drafts else None)
        sentence_actors = actors_in(hits.states, hits.people)
        explicit = proposer_of(s_text)
        # Who issued an unnamed outcome: the states of the officials named, else all the sentence names.
        issuers = list(dict.fromkeys(p.state for p in hits.people if p.state))
        if len(issuers) < 2:
            issuers = sentence_actors
        for doc_type, title, start, end in found_documents:
            status = status_of(s_text, start, end) or listed_status
            if status is None and not _MODAL.search(s_text) and not _NAMING.search(s_text[:start]):
                # "the Paris Agreement", named in passing; not "the document, formally titled
                # the First Agreement of ...", the name of one told before
                status = passing_status(title)
            if status is None:
                continue
            if title.lower() in DOC_NOUNS and _MODAL.search(s_text, max(0, start - 40), end + 60):
                continue  # "the treaty must still be ratified": no step the document has taken
            parties = sentence_actors if status in ("signed", "ratified", "in_force") and \
                doc_type in ("treaty", "agreement", "memorandum", "protocol") else []
            proposer = [explicit] if explicit else []
            if not proposer and status == "proposed":
                proposer = [h.iso3 for h in hits.states if h.start < start][:1]
            title = _known_title(title, doc_type, s_text[:start], [b.form for b in hits.bodies if b.end <= start],
                                 issuers, at_event)
            if title is None:
                continue  # "issued a statement" with no body or states to know it by
            documents.append(Document(f"d{len(documents) + 1}", doc_type, title, status, event_id,
                                      tuple(proposer), tuple(parties), topics_of(title, s_text), evidence))
        decision = decision_in(body_text, bool(self.bodies))
        if decision is not None and not named_documents and not NEGATED_EVENT.search(s_text):
            documents.append(Document(f"d{len(documents) + 1}", "decision", decision[0], "adopted", event_id,
                                      (), (), (), evidence))
        self.previous_status = status_of(s_text, 0, len(s_text)) if re.search(
            r"\b(?:instruments|documents|agreements|accords|deals|pacts|treaties|protocols|memorand\w+|MoUs)\b",
            s_text) else None

    def _proposer_of_last(self, s_text: str) -> None:
        """"The statement was adopted upon the Chilean side's proposal": the proposer of the
        last document of that kind."""
        ref = re.search(rf"\b(?:The|the|This|this) ({DOC_NOUN_RE})\b", s_text)
        proposer = proposer_of(s_text)
        if not (ref and proposer):
            return
        kind_of = DOC_NOUNS[ref.group(1).lower()]
        for k in range(len(self.documents) - 1, -1, -1):
            if self.documents[k].type == kind_of:
                d = self.documents[k]
                self.documents[k] = Document(d.id, d.type, d.title, d.status, d.event, (proposer,), d.parties,
                                             d.topics, d.evidence)
                return

    # ------------------------------------------------------------------ the whole article

    def _finish(self) -> NewsFacts:
        g = gazetteer()
        events = finish_events(self.drafts)
        documents = self.documents
        if events:
            # A document adopted or signed in an undated sentence was adopted at the article's
            # main event: "The ministers also adopted a joint statement on ...".
            lead = events[0].id
            documents = [Document(d.id, d.type, d.title, d.status, lead, d.proposed_by, d.parties, d.topics,
                                  d.evidence)
                         if d.event is None and d.status in ("adopted", "signed") and d.evidence is not None
                         and not find_dates(d.evidence.text, self.published) else d for d in documents]
        if not events and not documents:
            documents = documents + _commitments(self.sentences, self.published)
        defined = acronyms_defined(self.text)
        if defined:
            documents = [Document(d.id, d.type, spell_out_acronyms(d.title or "", defined), d.status, d.event,
                                  d.proposed_by, d.parties, d.topics, d.evidence) if d.title else d for d in documents]
        return NewsFacts(
            article=self.article,
            states=tuple(self.states.values()),
            bodies=_bodies(self.bodies),
            persons=tuple(p for p in self.persons.values() if p.name.split()[-1] not in g.state_names),
            events=events,
            documents=dedupe_documents(documents, {e.id for e in events}),
        )


# "the India-Japan Strategic Dialogue", "the Japan-ROK Summit Meeting": a format of two sides.
_PAIR_FORMAT = re.compile(r"\b([A-Z][\w.]+)[-–]([A-Z][\w.]+)\s+(?:[\w’']+\s+){0,4}?(?i:summit|dialogue|talks|meeting|"
                          r"consultations|commission|forum)\b")
# "Sweden's minister, who holds the rotating OSCE chairmanship": the gathering's chair.
_HOLDS_CHAIR = re.compile(r"\b(?:holds|holding|held) the (?:rotating )?(?:[A-Z][\w-]* )?(?:chairmanship|presidency|chair)\b|"
                          r"\bas (?:the )?(?:current )?chair\b")
# Datelines that name a headquarters rather than its city.
_HEADQUARTERS = {"United Nations": ("New York", "USA")}
_GATHERING_KINDS = ("summit", "ministerial", "conference", "session")
_ATTENDANCE = re.compile(r"\b(?:attend\w*|took part|taking part|participa\w+|joined|present|represent\w*|"
                         r"delegations?|included|chair\w*|hosted|guests?|vot\w+|in favou?r|abstain\w*|abstentions?|"
                         r"presented|sponsored|signed|sidelines|margins)\b", re.I)  # met on its sidelines: were there
_THE_SIDES = re.compile(r"\b(?:the|both) (?:two )?(?:sides|countries|parties|leaders|presidents|governments)\b|"
                        r"\b(?:and I|we|they)\b", re.I)
_MODAL = re.compile(r"\b(?:will|would|must|should|shall|could|may|might|needs? to|has to|have to|expected|due to|"
                    r"yet to|once|until|before it)\b")  # lower case: "May" is a month
_SAME_DAY_OPENING = re.compile(r"(?:\d+\.\s+)?(?:Earlier|Later|Afterwards|Before that|After that|Following the \w+|"
                               r"On the (?:sidelines|margins)\b|"
                               r"(?:In|That|This) (?:the )?(?:morning|afternoon|evening)|"
                               r"(?:After|Following) (?P<which>an?|the) (?:[\w\-]+ ){0,3}"
                               r"(?:talks|meeting|conversation|ceremony|session))\b")
_SAME_DAY_CUE = re.compile(r"\b(?:also|then) (?:held|met)\b|\bheld (?:[\w\-]+ (?:and )?){0,3}talks\b|"
                           r"\bcalled on\b|\bpaid a courtesy call\b|\bhere\b|\b[Tt]he (?:signing )?ceremony\b|"
                           r"\b[Aa]fter the (?:talks|meeting|ceremony)\b|\bco-chaired\b|"
                           r"\bat the (?:close|end|conclusion) of\b")
_ONGOING_VISIT = re.compile(r"\b(?:is|are) on an? (?:[\w\-]+ ){0,2}visit\b")
_BACKGROUND = re.compile(r"\b(?:have|has|had|will|would|since|years?|regularly|often|usually|previously|last|"
                         r"ago|future|next)\b", re.I)


_REFERRED_GATHERING = re.compile(r"\s*(?:The|This|That) (?:[\w\-]+ ){0,2}?(session|summit|meeting|talks|conference)\b")
_GATHERING_OF = {"session": ("session", "ministerial", "summit"), "summit": ("summit",),
                 "meeting": ("meeting", "ministerial", "session", "summit"), "talks": ("talks",),
                 "conference": ("conference",)}


_GOVERNMENT = re.compile(r"\b(?:Ministry|Government|President|Presidency|Prime Minister|Minister|Office|"
                         r"Department|Kremlin|White House|Chancellery|Cabinet|Embassy)\b")


def _government_of(publisher: str | None) -> str | None:
    """The state whose government publishes the article ("Ministry of Foreign Affairs of
    Japan", "President of Russia"), or None for a news agency or an unknown source."""
    if not publisher or not _GOVERNMENT.search(publisher):
        return None
    hits = state_mentions(publisher)
    return hits[0].iso3 if hits else None


def _told_before(text: str, drafts: list[EventDraft]) -> EventDraft | None:
    """The gathering an undated sentence opens by referring to ("The session, chaired by
    ..."), when one of that kind was told before."""
    m = _REFERRED_GATHERING.match(text)
    if m is None:
        return None
    kinds = _GATHERING_OF[m.group(1).lower()]
    return next((d for d in reversed(drafts) if d.type in kinds), None)


def _same_day_as_lead(text: str, trigger_at: int, lead_date: str | None, report_day: str | None) -> bool:
    """Whether an undated sentence tells of an event on the day of the story's lead event:
    "Earlier in the day, the minister called on the president", "After the Council
    session, the president met ...", "The two leaders also held talks at the palace".
    Background ("have held talks for years") is not, nor the event an opening refers back
    to ("After the meeting, the ministers announced ...")."""
    if not lead_date or not report_day or not near(lead_date, report_day, days=2):
        return False  # the lead is itself background: no day to share
    opening = _SAME_DAY_OPENING.match(text.lstrip())
    if opening:
        offset = len(text) - len(text.lstrip())
        return opening.group("which") in (None, "a", "an") or trigger_at >= offset + opening.end()
    if _ONGOING_VISIT.search(text):
        return True  # "Putin is on a state visit to Kazakhstan, his first trip since ...": under way today
    return bool(_SAME_DAY_CUE.search(text)) and not _BACKGROUND.search(text)


_COOPERATION_WORDS = re.compile(rf"\b(?:sign\w*|adopt\w*|agreed|met|meeting|talks|summit|visit\w*|{DOC_NOUN_RE})\b", re.I)


def _known_title(title: str, doc_type: str, before: str, bodies_before: list[str], sides: list[str],
                 at_event: EventDraft | None) -> str | None:
    """The title of a document as the text names it, or, for an outcome it leaves unnamed,
    by the body that adopted it or the states that issued it: "the Arab League resolution
    on ...", "the India-Israel joint statement". None for an unnamed outcome with neither.
    References ("the resolution", "the founding declaration") are left for
    :func:`kg.extraction.coreference.dedupe_documents` to resolve."""
    g = gazetteer()
    indefinite = re.search(r"\b(?:[Aa]|[Aa]n)\s+$", before) is not None
    if is_reference_title(title) and not indefinite:
        return title
    adopter = bodies_before or ([_short_name(at_event.body)] if at_event and at_event.body else [])
    if 2 <= len(sides) <= 3:  # "a joint statement read out by the ministers of India and Pakistan"
        title = named_after_sides(title, [g.state_label[c] for c in sides if c in g.state_label])
    title = named_after_body(title, doc_type, adopter[-1] if adopter else None)
    if not adopter:
        if len(sides) < 2 and at_event is not None:
            sides = at_event.participants
        title = named_after_sides(title, [g.state_label[c] for c in sides if c in g.state_label])
    return None if title.lower() in DOC_NOUNS else title


def _short_name(body: RefBody) -> str:
    """A body as a title names it: "Eastern Partnership", but "CIS CFM" for a long name."""
    return body.name if len(body.name) <= 30 or not body.acronym else body.acronym


def _conflict_first(text: str) -> bool:
    """Whether conflict is the sentence's business: a conflict verb comes before any word
    of cooperation ("Russia threatened to stop negotiations"), not after one ("the
    ministers voted to readmit Syria, suspended in 2011")."""
    conflict = _CONFLICT.search(text)
    if conflict is None:
        return False
    cooperation = _COOPERATION_WORDS.search(text)
    return cooperation is None or conflict.start() < cooperation.start()


def _commitments(sentences: list[Sentence], published: str | None) -> list[Document]:
    """Offers, pledges and agreements between states in an article that reports no event
    or named document: "Finland will give Tanzania a grant", "Libya has offered to hand
    over two suspects". Each becomes a document of type "other": adopted when agreed,
    proposed when offered or promised."""
    out: list[Document] = []
    for sentence in sentences:
        text = sentence.text
        if _HYPOTHETICAL.search(text) or _conflict_first(text) or re.search(r"\b(?:not|never|no longer)\b", text):
            continue
        m = _COMMITMENT.search(text)
        if m is None:
            continue
        actors = {h.iso3 for h in state_mentions(text)} | {h.body.iri for h in body_mentions(text)} | {
            p.state for p in person_mentions(text, published) if p.state}
        # Between two actors at least, and said of one: "Finland will give Tanzania a grant",
        # not "evidence supported his murder", said in a UN report.
        subject = text[max(0, m.start() - 80):m.start()]
        if len(actors) < 2 or not (state_mentions(subject) or body_mentions(subject) or any(
                p.state or p.body for p in person_mentions(subject, published))):
            continue
        verb = m.group("verb").lower()
        status = "adopted" if verb.startswith(("agreed", "have agreed", "established")) else "proposed"
        clause = re.split(r"[,;]|\s+(?:after|before|because|which|while|but|as|following)\s", text[m.start():])[0]
        title = " ".join(clause.split()[:14]).rstrip(".")
        out.append(Document(f"d{len(out) + 1}", "other", title, status, None, (), (), (),
                            Evidence(sentence.start, sentence.end, text)))
    return out


_NAMING = re.compile(r"\b(?:titled|entitled|called|known as|dubbed|named)\s+(?:the\s+)?$")
_CLAUSE_BREAK = re.compile(r",\s+(?:and|while|but|whereas)\s+|;\s+")


def _clauses(text: str, published: str | None) -> list[str]:
    """A sentence that joins two dated events ("discussed Syria at a meeting in Jeddah
    in mid-April, and on April 18 the minister visited Damascus") as one masked text
    per clause, offsets kept; [] when the sentence tells of one event."""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text)]
    if not breaks or len(find_dates(text, published)) < 2:
        return []  # most sentences: one clause, or one date
    cuts = [0] + breaks + [len(text)]
    units = []
    for a, b in zip(cuts, cuts[1:]):
        masked = " " * a + text[a:b] + " " * (len(text) - b)
        if event_type(masked) and find_dates(masked, published):
            units.append(masked)
    return units if len(units) > 1 else []


def _is_prose(text: str) -> bool:
    """Whether a sentence is one of the story's: five words or more, closed by a stop."""
    return len(text.split()) >= 5 and bool(re.search(r"[.!?][\"”’']?\s*$", text))


def _is_headline(sentence: Sentence, text: str, dateline, article: Article) -> bool:
    """A headline or kicker above the story: before the dateline, the article's title,
    or a first line without a full stop. Its states count; its events are the story's."""
    if dateline is not None and sentence.end <= dateline.end - len(dateline.city):
        return True
    if article.title and sentence.text.strip() == article.title.strip():
        return True
    return sentence.paragraph == 0 and sentence.start < 5 and not re.search(r"[.!?\"”]$", sentence.text) \
        and len(sentence.text) < 150 and "\n" in text[sentence.end:sentence.end + 3]


def _bodies(found: "OrderedDict[str, tuple[RefBody, set[str], Evidence]]") -> tuple[Body, ...]:
    g = gazetteer()
    present = set(found)
    out = []
    for iri, (body, forms, evidence) in found.items():
        aliases = tuple(sorted(f for f in forms if f not in (body.name, body.acronym)))
        parent = g.body_by_iri(body.parent) if body.parent in present else None
        out.append(Body(body.name, body.acronym, aliases, body_ref(parent), evidence))
    return tuple(out)


