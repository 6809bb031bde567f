"""Article text → candidate facts, by rules over sentences.

This is the rule extractor's first stage: it finds what *might* be an event or a
document; :mod:`kg.extraction.screening` then keeps those with international actors.
The rules favour precision: an event needs a trigger word and a date in its sentence
(or is the lead event, dated by the dateline or the publication date); headlines,
hypothetical sentences ("if", "could") and sentences about conflict yield nothing; a
venue city is a place, never an actor; every fact keeps the sentence it came from.

Each sentence goes through three stages in turn, each keeping what the article told so
far: its mentions are noted (:mod:`kg.extraction.article_mentions`), then the events of
its clauses assembled (:mod:`kg.extraction.article_events`), then its documents found
(:mod:`kg.extraction.article_documents`); the later stages read what the earlier noted.
"""
from __future__ import annotations

import re
from dataclasses import replace

from kg.extraction.article_documents import ArticleDocuments, commitments
from kg.extraction.article_events import ArticleEvents
from kg.extraction.article_mentions import ArticleMentions, SentenceHits
from kg.extraction.coreference import dedupe_documents
from kg.extraction.dates import find_dates
from kg.extraction.documents import FIRST_TO_SIGN, implemented_before
from kg.extraction.events import EventDraft, can_date_event, city_in, finish_events
from kg.extraction.reference import gazetteer
from kg.extraction.rule_patterns import rule_pattern
from kg.extraction.sentence_filters import HYPOTHETICAL, conflict_first, hypothetical_only_in_what_was_said
from kg.extraction.text import Dateline, Sentence, split_sentences
from kg.extraction.titles import acronyms_defined, named_after_sides, spell_out_acronyms
from kg.facts import Article, Document, Event, NewsFacts, Person, is_iso3

__all__ = ["find_candidates"]


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
    text = article.text or ""
    sentences = split_sentences(text)
    mentions = ArticleMentions(article, sentences)
    events = ArticleEvents(sentences)
    documents = ArticleDocuments()
    dated_headlines: list[tuple[int, Sentence, SentenceHits]] = []
    prose_begun = False  # whether a sentence with a full stop has been read
    for index, sentence in enumerate(sentences):
        hits = mentions.note(sentence)
        headline = _is_headline(sentence, text, mentions.dateline, article, before_prose=not prose_begun)
        prose_begun = prose_begun or re.search(r"[.!?\"”]\s*$", sentence.text) is not None
        hypothetical = HYPOTHETICAL.search(sentence.text)
        if headline and not hypothetical and any(
                len(d.value) == 10 for d in find_dates(sentence.text, mentions.published)):
            dated_headlines.append((index, sentence, hits))
        if headline and not prose_begun:
            documents.read_release_title(sentence, hits)
        # "After talks with Chirac, Putin said Russia would veto any resolution": the talks
        # took place; what was said is a stance, no document's step
        speech = not headline and hypothetical_only_in_what_was_said(sentence.text, hypothetical)
        if (hypothetical and not speech) or headline:
            documents.skip()
            continue
        if conflict_first(sentence.text):
            documents.read_named_in_passing(sentence)
            continue
        sentence_event = events.read(index, sentence, hits, mentions)
        events.note_chair(sentence, hits)
        if sentence_event is None:
            events.note_attendance(sentence, hits)
        if speech:
            documents.skip()
        else:
            documents.read(sentence, hits, sentence_event, events.drafts, bool(mentions.bodies))
    if not events.drafts:
        # "Sergey Lavrov's talks with the Foreign Minister of Laos, Moscow, May 6, 2024": a
        # readout whose title alone tells of its meeting, with its day and place
        for index, sentence, hits in dated_headlines[:1]:
            events.read(index, sentence, hits, mentions)
    return _finish(article, sentences, mentions, events.drafts, documents.found)


_BARE_JOINT_OUTCOME = rule_pattern(r"(?i:joint (?:press )?(?:statement|declaration|communiqu[eé]))")


def _finish(article: Article, sentences: list[Sentence], mentions: ArticleMentions, drafts: list[EventDraft],
            documents: list[Document]) -> NewsFacts:
    g = gazetteer()
    events = tuple(replace(e, participants=mentions.at_organisation_level(e.participants)) for e in finish_events(drafts))
    if events:
        # A document adopted or signed in an undated sentence was adopted at the article's
        # main event: "The ministers also adopted a joint statement on ...", "approved a
        # strategy until 2035" (a term, not a day); so was one adopted on its day by those
        # whose meeting the story tells of later ("Leaders on Thursday adopted a plan").
        lead = events[0]
        documents = [replace(d, event=lead.id)
                     if d.event is None and d.status in ("adopted", "signed") and d.evidence is not None
                     and not _elsewhere(d.evidence.text, lead)
                     # ("Chile was the first South American country to sign a free trade
                     # agreement with China": long before)
                     and not FIRST_TO_SIGN.search(d.evidence.text)
                     # ("called on both sides to implement the road map": a plan of before)
                     and not (d.title and implemented_before(d.evidence.text, d.evidence.text.find(d.title)))
                     and all(when.value in (lead.date, lead.end_date)
                             for when in find_dates(_main_clause(d.evidence.text), mentions.published)
                             if can_date_event(d.evidence.text, when)) else d
                     for d in documents]
    if events and documents:
        # "... issued a Joint Statement", with no sides in its sentence: known by the two or
        # three states of the event it was issued at ("India-Uzbekistan Joint Statement")
        held = {e.id: e for e in events}
        documents = [replace(d, title=named_after_sides(d.title, [g.state_label[c] for c in held[d.event].participants
                                                                  if c in g.state_label]))
                     if d.title and d.event in held and _BARE_JOINT_OUTCOME.fullmatch(d.title) else d
                     for d in documents]
    if not events and not documents:
        documents = documents + commitments(sentences, mentions.published)
    defined = acronyms_defined(article.text or "")
    if defined:
        documents = [replace(d, title=spell_out_acronyms(d.title, defined)) if d.title else d for d in documents]
    # a title read across a run of white space ("2030 Agenda  for\tSustainable Development") is one name
    documents = [replace(d, title=" ".join(d.title.split())) if d.title and " ".join(d.title.split()) != d.title else d
                 for d in documents]
    persons = [p for p in mentions.persons.values() if p.name.split()[-1] not in g.state_names]
    return NewsFacts(
        article=article,
        states=tuple(mentions.states.values()),
        bodies=mentions.body_facts(),
        persons=tuple(_of_the_other_side(p, events) for p in persons),
        events=events,
        documents=dedupe_documents(documents, {e.id for e in events}),
    )


# "Trade Minister Don Farrell met his Chinese counterpart": whose counterpart he is
_COUNTERPART_OF = rule_pattern(r"\b(?:his|her)\s+(?P<demonym>[A-Z][\w\-]+)\s+counterparts?\b")


def _of_the_other_side(person: Person, events: tuple[Event, ...]) -> Person:
    """An official whose state the text does not give, who meets his counterpart of one
    of the two states of the story's events, is of the other."""
    if person.state is not None or person.body is not None or person.evidence is None:
        return person
    text = person.evidence.text
    at = text.find(person.name)
    m = _COUNTERPART_OF.search(text, max(at, 0))
    theirs = gazetteer().demonyms.get(m.group("demonym")) if m else None
    sides = {s for e in events for s in e.participants if is_iso3(s)}
    if theirs is None or at < 0 or len(sides) != 2 or theirs not in sides:
        return person
    (own,) = sides - {theirs}
    return replace(person, state=own)


def _elsewhere(text: str, event: Event) -> bool:
    """Whether a sentence places what it tells in another city than the event's ("In
    Kabul, ... issued a joint declaration on the same day" beside a signing in Doha)."""
    city, _ = city_in(text, None, None)
    return city is not None and event.city is not None and city != event.city


def _main_clause(text: str) -> str:
    """A sentence less the relative clause on what its document provides: "signed the
    declaration, in which they pledged to end the war later this year"."""
    return re.split(r",\s+(?:in|under|by) which\b", text, maxsplit=1)[0]


def _is_headline(sentence: Sentence, text: str, dateline: Dateline | None, article: Article,
                 before_prose: bool = False) -> bool:
    """A headline or kicker above the story: before the dateline, the article's title,
    or a first line without a full stop. Its states count; its events are the story's."""
    if dateline is not None and sentence.end <= dateline.end - len(dateline.city):
        return True
    if article.title and sentence.text.strip() == article.title.strip():
        return True
    # (and each line without a full stop above the story's first sentence: a release's
    # "Media release", its minister's name, its title "Visit to Papua New Guinea")
    return (sentence.paragraph == 0 and sentence.start < 5 or before_prose) \
        and not re.search(r"[.!?\"”]$", sentence.text) \
        and len(sentence.text) < 250 and "\n" in text[sentence.end:sentence.end + 3]
