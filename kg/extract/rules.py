"""Article text → news facts, by rules over sentences.

The rules favour precision: an event needs a trigger word and a date in its sentence
(or is the lead event, dated by the dateline or the publication date); headlines,
hypothetical sentences ("if", "could") and sentences about conflict yield nothing; a
venue city is a place, never an actor; every fact keeps the sentence it came from.
Documents are found by :mod:`kg.extract.documents`.
"""
from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass, field

from kg.extract.dates import DateMention, find_dates, parse_date_words
from kg.extract.documents import (DOC_NOUN_RE, DOC_NOUNS, dedupe_documents, documents_in, proposer_of, status_of,
                                  topic_of)
from kg.extract.mentions import (BodyHit, PersonHit, StateHit, body_mentions, organ_mentions, person_mentions,
                                 state_mentions)
from kg.extract.reference import RefBody, gazetteer
from kg.extract.text import Sentence, find_dateline, split_sentences
from kg.facts import Article, Body, Document, Event, Evidence, NewsFacts, Person, StateMention

__all__ = ["extract_article"]

# Event triggers, most specific first: the first that matches gives the type.
_EVENT_TRIGGERS: list[tuple[str, re.Pattern]] = [
    ("call", re.compile(r"\b(?:tele)?phone (?:call|conversation|talks?)\b|\bspoke (?:by|on the|over the) (?:tele)?phone\b|"
                        r"\bvideo (?:call|conference|link)\b|\bphoned\b|\btelephone\b", re.I)),
    ("summit", re.compile(r"\bsummit\b|\bheads of (?:state|government)\b|\bleaders'? (?:meeting|retreat)\b", re.I)),
    ("ministerial", re.compile(r"\b(?:foreign|defen[cs]e|trade|finance|economy|economic|energy|agriculture|health) "
                               r"ministers\b|\bministerial\b|\bCouncil of Foreign Ministers\b|\bForeign Ministers'? Meeting\b",
                               re.I)),
    ("conference", re.compile(r"(?<!news )(?<!press )\bconference\b(?! call)", re.I)),
    # Anchored at the start, so that the look-ahead runs once, not at every position.
    ("session", re.compile(r"\bsession\b|\A(?=.*?\b(?:adopted|voted|vote|approved|passed|authori[sz]ed|recommended|"
                           r"decided|endorsed|elected|speech|address(?:ed)?)\b).*?\b(?:General Assembly|Security Council|"
                           r"Human Rights Council|Permanent Council|Ministerial Council)\b", re.I)),
    ("signing", re.compile(r"\bsign(?:ed|ing)\b|\b(?:to|will|would)\s+sign\b|"
                           r"\bexchanged (?:the )?instruments of ratification\b", re.I)),
    ("visit", re.compile(r"\b(?:state|official|working) visit\b|\bvisit(?:ed|ing)?\b|\barrived in\b|"
                         r"\b(?:travel|trip|journey|tour)\s+(?:to|of)\b", re.I)),
    ("talks", re.compile(r"\btalks?\b|\bnegotiations\b|\bdiscussions\b|\bmet with\b|\bmeeting with\b|"
                         r"\bheld a meeting\b|\bmet\b|\b(?:will|would|to|shall)\s+(?:\w+\s+)?meet\b", re.I)),
    ("meeting", re.compile(r"\bmeeting\b|\bgathering\b|\b(?:joint )?(?:military )?(?:exercises|drills|war games)\b", re.I)),
]
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
_NEGATED_EVENT = re.compile(r"\b(?:cancel(?:l)?ed|called off|postponed|did not (?:meet|take place)|never (?:met|held))\b", re.I)

_PROPOSER = re.compile(r"(?:proposed by|at the (?:request|initiative|proposal) of|upon|on)\s+(?:the\s+)?(?P<who>[A-Z][\w ]+?)(?:'s|’s)?\s+(?:side's\s+)?(?:proposal|initiative)?", re.I)
_CHAIR = re.compile(r"\bchaired by\b|\b(?:chairs|holds the (?:rotating )?(?:chair|presidency)|chairmanship|presidency)\b", re.I)


@dataclass
class _Draft:
    """An event being assembled from one or more sentences."""

    type: str
    date: str | None
    end_date: str | None
    city: str | None
    country: str | None
    body: RefBody | None
    participants: list[str] = field(default_factory=list)
    chair: str | None = None
    host: str | None = None
    name: str | None = None
    sentence: Sentence | None = None
    modality: str = "happened"


def _published(article: Article, sentences: list[Sentence], dateline_date: str | None) -> str | None:
    if article.published:
        return article.published
    # No metadata: a full date near the top (a readout's "December 28, 2015") anchors the text.
    for s in sentences[:4]:
        for d in find_dates(s.text, None):
            if len(d.value) == 10:
                return d.value
    return None


_BLOC = re.compile(r"\bthe (?:bloc|organi[sz]ation|alliance|grouping|union|league|community|forum)(?:'s|’s)?\b", re.I)
_TROOPS = re.compile(r"\b(?:troops|soldiers|forces|peacekeep\w*|refugees|migrants|contingent)\b", re.I)
_SIDELINES = re.compile(r"\b(?:on|at) the (?:sidelines|margins) of\b", re.I)


def _event_type(text: str) -> tuple[str, int] | None:
    """The type of event a sentence reports, and where its trigger word is."""
    # Talks "on the sidelines of the summit" are talks; the summit is its own event.
    sidelines = _SIDELINES.search(text)
    # A signing signs a document: "signed a five-year contract" with a club is no treaty.
    signs_document = re.search(rf"(?i:\b(?:{DOC_NOUN_RE})\b|instruments|ceremony)", text)
    for kind, pattern in _EVENT_TRIGGERS:
        if kind == "signing" and not signs_document:
            continue
        if sidelines and kind in ("summit", "conference", "session", "ministerial"):
            continue
        m = pattern.search(text)
        if m and kind == "visit" and _TROOPS.search(text[max(0, m.start() - 60):m.start()]):
            continue  # troops that arrive somewhere are not on a visit
        if m:
            return kind, m.start()
    return None


_NOT_PLACES = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
                         r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Parliament|Congress|"
                         r"Senate|The|This|That|His|Her|Their|Its|Talks|Addition|Order|Response|Line|Part|Support|"
                         r"Favou?r|Charge|Power|Office|Time|Force|Place|Particular|General|Total|Return|Europe|Asia|Africa|"
                         r"America|Americas|Latin|Eurasia|Oceania|Antarctica|Arctic|Middle|Gulf|Pacific|Atlantic|"
                         r"Caribbean|Balkans|Sahel|Horn|North|South|East|West|Central)\b")
_BUILDINGS = re.compile(r"(?:Palace|Hotel|House|Hall|Castle|Headquarters|Theatre|Theater|Centre|Center|Building|"
                        r"Buildings|Temple|Airport|Square|Stadium|Resort|Court|Parliament|University|Ministry)$")


def _city_in(sentence: str, dateline_city: str | None, dateline_country: str | None) -> tuple[str | None, str | None]:
    """(city, country ISO3) of the venue the sentence names: "in the Chinese capital",
    "in Niger's capital", "in Ulan Bator", "in Psarades, Greece"."""
    g = gazetteer()
    m = re.search(r"\bin the (?P<dem>[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?) capital\b", sentence)
    if m and m.group("dem") in g.demonyms:
        iso = g.demonyms[m.group("dem")]
        return g.capital_of.get(iso), iso
    m = re.search(r"\bin (?P<state>[A-Z][\w ]+?)(?:'s|’s) capital\b", sentence)
    if m and m.group("state") in g.state_names:
        iso = g.state_names[m.group("state")]
        return g.capital_of.get(iso), iso
    inside_bodies = [(b.start, b.end) for b in body_mentions(sentence)]
    m = re.search(r"\bin the (?:[a-z\-]+\s+){0,2}(?:village|town|city|resort|port|capital) of "
                  r"(?P<city>[A-Z][\w'\-]+(?:\s[A-Z][\w'\-]+)?)", sentence)
    if m:
        city = m.group("city")
        return city, g.seats.get(city)
    for m in re.finditer(r"\b(?:[Ii]n|[Aa]t|visit(?:ed|ing|s)?|(?:visit|trip|travel\w*|went|flew|arrived|came)\s+to)\s+(?P<city>[A-Z][a-z\u00C0-\u017F'\-]+(?:\s(?:de\s|del\s)?[A-Z][a-z\u00C0-\u017F'\-]+){0,2})"
                         r"(?:,\s+(?P<country>[A-Z][\w ]+?))?(?=[\s,.;)]|$)", sentence):
        city = m.group("city")
        if any(s <= m.start("city") < e for s, e in inside_bodies):
            continue  # "Co-operation in Europe" is part of a body's name
        if re.match(r"\s+(?:airport|palace|hotel|hall|house|resort|centre|center|stadium|headquarters|castle|"
                    r"building|university|square)\b", sentence[m.end("city"):], re.I):
            continue  # "at Ben Gurion airport" is a building, not a city
        if city in g.seats:
            return city, g.seats[city]
        if re.search(r"[A-Z][\w\-]*\s+(?:in|at)\s+$", sentence[max(0, m.start("city") - 30):m.start("city")]):
            continue  # "Trafficking in Persons" is part of a title
        if (city in g.state_names or city in g.demonyms or city in g.body_names or _NOT_PLACES.match(city)
                or _BUILDINGS.search(city)):
            continue
        country = g.state_names.get((m.group("country") or "").strip())
        if country is None and city == dateline_city:
            country = dateline_country
        return city, country
    m = re.search(r"\bin The Hague\b", sentence)
    if m:
        return "The Hague", "NLD"
    for m in re.finditer(r"\b(?:in|to)\s+(?:the\s+)?([A-Z][\w\-]+(?:\s[A-Z][\w\-]+){0,2})", sentence):
        if m.group(1) in g.state_names:
            return None, g.state_names[m.group(1)]
    return None, None


def _actors(states: list[StateHit], people: list[PersonHit], sentence: str = "", visit: bool = False) -> list[str]:
    """The states acting in a sentence: named, or through their officials. A state named
    as a venue ("in Vietnam", "the Vietnamese capital") acts only as the host of a visit."""
    out: list[str] = []
    for h in states:
        venue = bool(re.search(r"\b(?:in|at|near|from)\s+(?:the\s+)?$", sentence[:h.start])) or \
            sentence[h.end:h.end + 8].startswith(" capital")
        if venue and not visit:
            continue
        if h.iso3 not in out:
            out.append(h.iso3)
    for p in people:
        if p.state and p.state not in out:
            out.append(p.state)
    return out


def _body_for_event(bodies: list[BodyHit], kind: str, sentence: str, trigger_at: int = -1) -> RefBody | None:
    if not bodies or kind in ("call", "visit"):
        return None
    if kind in ("talks", "signing"):
        # Talks or a signing belong to a body only when it is named next to the trigger.
        bodies = [b for b in bodies if trigger_at >= 0 and abs(b.start - trigger_at) <= 60]
        if not bodies:
            return None
    # The most specific body named: an organ over its parent, a longer name over a shorter.
    organ = [b for b in bodies if b.body.parent]
    chosen = max(organ or bodies, key=lambda b: len(b.body.name))
    return chosen.body


def extract_article(article: Article) -> NewsFacts:
    """Extract the news facts of one article from its text.

    Examples
    --------
    >>> from kg.facts import Article
    >>> a = Article("x", published="2019-10-10", text="ASHGABAT, October 10. /TASS/. The foreign ministers of "
    ...     "the Commonwealth of Independent States (CIS) adopted a statement on space security on Thursday, "
    ...     "Russian Foreign Minister Sergey Lavrov said.")
    >>> f = extract_article(a)
    >>> [s.iso3 for s in f.states], [p.name for p in f.persons], [(e.type, e.date, e.city) for e in f.events]
    (['RUS'], ['Sergey Lavrov'], [('ministerial', '2019-10-10', 'Ashgabat')])
    >>> [(d.type, d.status, d.title) for d in f.documents]
    [('statement', 'adopted', 'statement on space security')]
    """
    text = article.text or ""
    g = gazetteer()
    sentences = split_sentences(text)
    dateline = find_dateline(text)
    published = _published(article, sentences, None)
    dateline_date = parse_date_words(dateline.date_text, published) if dateline else None
    if published is None and dateline_date and len(dateline_date) == 10:
        published = dateline_date
    dateline_city = dateline.city if dateline else None
    dateline_country = (_dateline_country(dateline, text) or g.seats.get(dateline_city)) if dateline else None

    states: OrderedDict[str, StateMention] = OrderedDict()
    bodies: OrderedDict[str, tuple[RefBody, set[str], Evidence]] = OrderedDict()
    persons: OrderedDict[str, Person] = OrderedDict()
    drafts: list[_Draft] = []
    documents: list[Document] = []
    lead_done = False
    previous_status: str | None = None

    for index, sentence in enumerate(sentences):
        s_text = sentence.text
        evidence = Evidence(sentence.start, sentence.end, s_text)
        # The dateline is a place, not an actor: look at the sentence without it.
        body_text = s_text
        if dateline and sentence.start <= dateline.end <= sentence.end:
            cut = dateline.end - sentence.start
            body_text = " " * cut + s_text[cut:]
        s_hits = state_mentions(body_text)
        b_hits = body_mentions(body_text)
        b_hits += organ_mentions(body_text, set(bodies) | {b.body.iri for b in b_hits}, b_hits)
        p_hits = person_mentions(body_text)
        for h in s_hits:
            states.setdefault(h.iso3, StateMention(h.iso3, g.state_label.get(h.iso3), evidence))
        for p in p_hits:
            if p.state:
                states.setdefault(p.state, StateMention(p.state, g.state_label.get(p.state), evidence))
            surname = p.name.split()[-1]
            known = persons.get(surname)
            if known is None or len(p.name) > len(known.name):
                persons[surname] = Person(p.name, p.role, p.state or (known.state if known else None),
                                          _body_ref(p.body), evidence)
            if p.body is not None and p.body.iri not in bodies:
                bodies[p.body.iri] = (p.body, set(), evidence)
        for b in b_hits:
            entry = bodies.get(b.body.iri)
            if entry is None:
                bodies[b.body.iri] = (b.body, {b.form}, evidence)
            else:
                entry[1].add(b.form)
            # "the UN Security Council" names the UN too.
            parent = g.body_by_iri(b.body.parent)
            if parent is not None and parent.iri not in bodies and any(
                    re.search(rf"(?<!\w){re.escape(n)}(?!\w)", b.form) for n in (parent.acronym, parent.name) if n):
                bodies[parent.iri] = (parent, set(), evidence)

        if _HYPOTHETICAL.search(s_text) or _conflict_first(s_text) or _is_headline(sentence, text, dateline, article):
            previous_status = None
            continue
        trigger = _event_type(body_text)
        kind = trigger[0] if trigger else None
        dates = [d for d in find_dates(body_text, published) if _can_date_event(body_text, d)]
        if trigger and len(dates) > 1:
            # The date nearest the trigger word: "welcomed on Friday the accord signed on Thursday".
            dates.sort(key=lambda d: min(abs(d.start - trigger[1]), abs(d.end - trigger[1])))
        is_lead = not lead_done and kind is not None and index < 4
        # "Earlier, the Crown Prince and the Amir held talks at the palace": the same day as
        # the story's main event.
        same_day = (not dates and not is_lead and kind in ("talks", "meeting", "signing") and drafts
                    and re.match(r"(?:Earlier|Later|Afterwards|Before that|After that)\b", body_text.strip()))
        if kind is not None and not _NEGATED_EVENT.search(s_text) and (dates or is_lead or same_day):
            date = dates[0].value if dates else (drafts[0].date if same_day else (dateline_date or published))
            end_date = dates[0].end_value if dates else None
            date, end_date = _span(body_text, date, end_date)
            body = _body_for_event(b_hits, kind, body_text, trigger[1])
            if body is None and bodies and kind not in ("call", "visit") and _BLOC.search(body_text):
                # "the bloc's summit": the organisation last named, not one of its organs.
                body = next((b for b, _, _ in reversed(bodies.values()) if b.parent is None), None)
            city, country = _city_in(body_text, dateline_city, dateline_country)
            report_day = dateline_date or published
            if (city is None and dateline_city and kind != "call"
                    and (is_lead or _near(date, report_day, days=2))):
                # The dateline places the event it reports (the spec's convention).
                city, country = dateline_city, dateline_country
            actors = _actors(s_hits, p_hits, body_text, visit=kind == "visit")
            for known in persons.values():
                # "Vladimir Putin had a telephone conversation...": an official named
                # earlier with his state acts for it here too.
                if known.state and known.state not in actors and re.search(
                        rf"(?<!\w){re.escape(known.name.split()[-1])}(?!\w)", body_text):
                    actors.append(known.state)
            if is_lead:
                for h in sentences[index + 1: index + 2]:
                    for extra in _actors(state_mentions(h.text), person_mentions(h.text)):
                        if extra not in actors and kind in ("summit", "ministerial", "conference", "session"):
                            actors.append(extra)
            if city and country is None:
                country = g.seats.get(city)
            chair = None
            if _CHAIR.search(s_text):
                chair_people = [p.state for p in p_hits if p.state and s_text.find("chaired by") >= 0
                                and p.start > s_text.find("chaired by")]
                chair = chair_people[0] if chair_people else None
            draft = _Draft(kind, date, end_date, city, country, body, actors, chair,
                           country if country in actors else None, None, sentence)
            anaphoric = bool(_ANAPHORA.search(body_text)) and not _SIDELINES.search(body_text)
            boundary = bool(_BOUNDARY.search(body_text))
            draft.modality = _modality(body_text, date, published)
            sentence_event = _merge(drafts, draft, anaphoric=anaphoric, boundary=boundary)
            second = _second_type(body_text, kind)
            if second is not None and second != kind:
                # "signed the treaty after talks": the talks are an event of their own; so is
                # the summit on whose sidelines leaders met, with its body.
                second_body = _body_for_event(b_hits, second, body_text) if second != "talks" else None
                known = any(d.type == second and ((second_body and d.body is second_body) or (city and d.city == city))
                            and (d.date == date or _near(d.date, date, days=3)) for d in drafts)
                if not known:  # "the sidelines of the summit": the summit already found
                    _merge(drafts, _Draft(second, date, end_date, city, country, second_body, list(actors), None,
                                          draft.host, None, sentence))
            lead_done = lead_done or is_lead
        else:
            sentence_event = None

        found_documents = documents_in(sentence)
        if not found_documents and documents:
            # "The statement was adopted upon the Chilean side's proposal": back to the last one.
            ref = re.search(rf"\b(?:The|the|This|this) ({DOC_NOUN_RE})\b", s_text)
            proposer = proposer_of(s_text)
            if ref and proposer:
                kind_of = DOC_NOUNS[ref.group(1).lower()]
                for k in range(len(documents) - 1, -1, -1):
                    if documents[k].type == kind_of:
                        d = documents[k]
                        documents[k] = Document(d.id, d.type, d.title, d.status, d.event, (proposer,), d.parties,
                                                d.topics, d.evidence)
                        break
        listed_status = None
        if previous_status and re.match(r"(?:\w+\s+){0,3}(?:include|included|are|were|cover|covered)\b|"
                                        r"Among (?:them|these)\b", s_text):
            # "The instruments were signed at the palace. They include an air transport agreement; ..."
            listed_status = previous_status
        for doc_type, title, start, end in found_documents:
            status = status_of(s_text, start, end) or listed_status
            if status is None:
                continue
            event_id = f"e{sentence_event + 1}" if sentence_event is not None else None
            parties = _actors(s_hits, p_hits) if status in ("signed", "ratified", "in_force") and \
                doc_type in ("treaty", "agreement", "memorandum", "protocol") else []
            explicit = proposer_of(s_text)
            proposer = [explicit] if explicit else []
            if not proposer and status == "proposed":
                proposer = [h.iso3 for h in s_hits if h.start < start][:1]
            documents.append(Document(f"d{len(documents) + 1}", doc_type, title, status, event_id,
                                      tuple(proposer), tuple(parties), topic_of(title), evidence))
        previous_status = status_of(s_text, 0, len(s_text)) if re.search(
            r"\b(?:instruments|documents|agreements|accords|deals|memorand\w+)\b", s_text) else None

    events = _finish_events(drafts)
    if events:
        # A document adopted or signed in an undated sentence was adopted at the article's
        # main event: "The ministers also adopted a joint statement on ...".
        lead = events[0].id
        documents = [Document(d.id, d.type, d.title, d.status, lead, d.proposed_by, d.parties, d.topics, d.evidence)
                     if d.event is None and d.status in ("adopted", "signed") and d.evidence is not None
                     and not find_dates(d.evidence.text, published) else d for d in documents]
    if not events and not documents:
        documents += _commitments(sentences, published)
    body_list = _bodies(bodies)
    return NewsFacts(
        article=article,
        states=tuple(states.values()),
        bodies=body_list,
        persons=tuple(p for p in persons.values() if p.name.split()[-1] not in g.state_names),
        events=events,
        documents=dedupe_documents(documents, {e.id for e in events}),
    )


_COOPERATION_WORDS = re.compile(rf"\b(?:sign\w*|adopt\w*|agreed|met|meeting|talks|summit|visit\w*|{DOC_NOUN_RE})\b", re.I)


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
        if _HYPOTHETICAL.search(text) or _CONFLICT.search(text) or re.search(r"\b(?:not|never|no longer)\b", text):
            continue
        m = _COMMITMENT.search(text)
        if m is None or not (state_mentions(text) or body_mentions(text)):
            continue
        verb = m.group("verb").lower()
        status = "adopted" if verb.startswith(("agreed", "have agreed", "established")) else "proposed"
        clause = re.split(r"[,;]|\s+(?:after|before|because|which|while|but|as|following)\s", text[m.start():])[0]
        title = " ".join(clause.split()[:14]).rstrip(".")
        out.append(Document(f"d{len(out) + 1}", "other", title, status, None, (), (), (),
                            Evidence(sentence.start, sentence.end, text)))
    return out


def _second_type(text: str, kind: str) -> str | None:
    """A second event a sentence reports beside its main one: talks before a signing, or
    the summit on whose sidelines the talks were held."""
    if kind == "signing" and re.search(r"\b(?:after|following|during|at the end of)\s+(?:\w+\s+){0,3}"
                                       r"(?:talks|negotiations|meeting)\b", text, re.I):
        return "talks"
    sidelines = re.search(r"\b(?:sidelines|margins) of (?:the )?(?:[\w\-]+\s+){0,4}?(summit|conference)\b", text, re.I)
    if sidelines:
        return sidelines.group(1).lower()
    return None


def _is_headline(sentence: Sentence, text: str, dateline, article: Article) -> bool:
    """A headline or kicker above the story: before the dateline, the article's title,
    or a first line without a full stop. Its states count; its events are the story's."""
    if dateline is not None and sentence.end <= dateline.end - len(dateline.city):
        return True
    if article.title and sentence.text.strip() == article.title.strip():
        return True
    return sentence.paragraph == 0 and sentence.start < 5 and not re.search(r"[.!?\"”]$", sentence.text) \
        and len(sentence.text) < 150 and "\n" in text[sentence.end:sentence.end + 3]


def _can_date_event(sentence: str, d: DateMention) -> bool:
    """Whether a date can be the date of an event in the sentence: "in 2016" can, "until
    2025", "this year" and "the 75th anniversary of 1945" cannot."""
    words = sentence[d.start:d.end].lower()
    if d.kind == "year":
        return words.startswith("in ") and not re.search(r"anniversary|founded|born", sentence[max(0, d.start - 40):d.end], re.I)
    if d.kind == "relative_period" and words.startswith("this"):
        return False
    return True


_LENGTH = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "2": 2, "3": 3, "4": 4, "5": 5}


def _span(sentence: str, date: str | None, end_date: str | None) -> tuple[str | None, str | None]:
    """A "three-day conference" that "closed on Thursday" began on the Tuesday: the
    date an event ends on gives its start when the text gives its length."""
    import datetime as dt
    if not date or len(date) != 10 or end_date:
        return date, end_date
    closing = re.search(r"\b(?:closed|ended|concluded|wrapped up|came to an end)\b", sentence, re.I)
    length = re.search(r"\b(two|three|four|five|six|seven|[2-5])-day\b", sentence, re.I)
    if closing and length:
        start = dt.date.fromisoformat(date) - dt.timedelta(days=_LENGTH[length.group(1).lower()] - 1)
        return start.isoformat(), date
    return date, end_date


def _near(date: str | None, day: str | None, days: int) -> bool:
    """Whether two full dates are at most ``days`` apart."""
    import datetime as dt
    if not date or not day or len(date) != 10 or len(day) != 10:
        return False
    return abs((dt.date.fromisoformat(date) - dt.date.fromisoformat(day)).days) <= days


def _dateline_country(dateline, text: str) -> str | None:
    g = gazetteer()
    m = re.match(rf"\s*{re.escape(dateline.city)}\s*,\s*([A-Z][\w ]+?)\s*[,(]", text[text.upper().find(dateline.city.upper()):] if dateline.city.upper() in text.upper() else "", re.I)
    if m and m.group(1) in g.state_names:
        return g.state_names[m.group(1)]
    return None


_ANAPHORA = re.compile(r"\b(?:the|that|this) (?:session|meeting|summit|talks|conference|gathering)\b", re.I)


_BOUNDARY = re.compile(r"\b(?:opened|began|started|kicked off|closed|ended|concluded|wrapped up|"
                       r"(?:two|three|four|five|2|3|4|5)-day)\b", re.I)


def _merge(drafts: list[_Draft], new: _Draft, anaphoric: bool = False, boundary: bool = False) -> int:
    """Add an event, or fold it into one already found with the same date and venue;
    return its index. A sentence that refers back and tells when the event opened or
    closed ("opened the session on Tuesday") folds into the event of the same place a few
    days around it, whatever its type, and stretches its dates."""
    if anaphoric and boundary:
        for i, d in enumerate(drafts):
            if new.city and d.city == new.city and _near(d.date, new.date, days=3):
                first, last = sorted((d.date, new.date))
                if first != last:
                    d.date, d.end_date = first, max(last, d.end_date or last)
                for p in new.participants:
                    if p not in d.participants:
                        d.participants.append(p)
                return i
    for i, d in enumerate(drafts):
        # Talks, a signing and a visit on one day in one city are three events, as the
        # news facts record them; one type, date and place is one event.
        same_place = (new.city and d.city == new.city) or (new.body and d.body is new.body) or \
            (not new.city and not new.body and not d.city and not d.body)
        if d.type == new.type and d.type != "call" and same_place and d.date != new.date and boundary and \
                _near(d.date, new.date, days=3):
            # "the summit on Thursday" and "the summit opened on Wednesday": one summit,
            # dated from its first day.
            first, last = sorted((d.date, new.date))
            d.date, d.end_date = first, max(last, d.end_date or last)
            new = _Draft(d.type, d.date, d.end_date, new.city, new.country, new.body, new.participants, new.chair,
                         new.host, new.name, d.sentence)
        if d.date == new.date and d.type == new.type and same_place:
            for p in new.participants:
                if p not in d.participants:
                    d.participants.append(p)
            d.city = d.city or new.city
            d.country = d.country or new.country
            d.body = d.body or new.body
            d.chair = d.chair or new.chair
            return i
    drafts.append(new)
    return len(drafts) - 1


_TYPE_WORDS = {"ministerial": "ministerial meeting", "call": "phone call", "session": "session", "talks": "talks",
               "visit": "visit", "signing": "signing", "summit": "summit", "conference": "conference",
               "meeting": "meeting"}


_PLANNED = re.compile(r"\b(?:will|shall|to be held|scheduled|is to|are to|plans? to|expected to|due to|set to|"
                      r"next (?:week|month|year)|upcoming|would (?:be held|meet|take place))\b", re.I)


def _modality(sentence: str, date: str | None, published: str | None) -> str:
    """"planned" for an event the text puts after the publication date or in the future
    tense ("will meet in Accra next month"); "happened" otherwise.

    >>> _modality("They will meet next month.", "2024-04", "2024-03-14"), _modality("They met.", "2024-03-14", None)
    ('planned', 'happened')
    """
    if date and published:
        n = min(len(date), len(published))
        if date[:n] > published[:n]:
            return "planned"
    return "planned" if _PLANNED.search(sentence) else "happened"


def _event_name(d: _Draft) -> str:
    """A readable name for an event the text does not name: "Peru-Chile talks in Lima"."""
    g = gazetteer()
    words = _TYPE_WORDS[d.type]
    if d.body is not None:
        name = f"{d.body.acronym or d.body.name} {words}"
    elif 1 < len(d.participants) <= 3:
        name = "-".join(g.state_label.get(p, p) for p in d.participants) + f" {words}"
    else:
        name = words
    return f"{name} in {d.city}" if d.city else name


def _finish_events(drafts: list[_Draft]) -> tuple[Event, ...]:
    out = []
    for i, d in enumerate(drafts, 1):
        participants = list(d.participants)
        out.append(Event(f"e{i}", d.type, d.name or _event_name(d), d.date, d.end_date, d.city, d.country,
                         _body_ref(d.body), tuple(participants), d.chair, d.host,
                         Evidence(d.sentence.start, d.sentence.end, d.sentence.text) if d.sentence else None,
                         d.modality))
    return tuple(out)


def _body_ref(body: RefBody | None) -> str | None:
    if body is None:
        return None
    return body.acronym or body.name


def _bodies(found: "OrderedDict[str, tuple[RefBody, set[str], Evidence]]") -> tuple[Body, ...]:
    g = gazetteer()
    present = set(found)
    out = []
    for iri, (body, forms, evidence) in found.items():
        aliases = tuple(sorted(f for f in forms if f not in (body.name, body.acronym)))
        parent = g.body_by_iri(body.parent) if body.parent in present else None
        out.append(Body(body.name, body.acronym, aliases, _body_ref(parent), evidence))
    return tuple(out)


