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
- **A visit needs a visitor** who is an official or a delegation ("a scientist's trip
  to Paris" is none), and **a plan needs a date**: "will travel to Beijing" is no event.
- **The story counts**: a gathering whose sentence names no foreign actor stays when
  the story's own gathering of that kind is international ("The first informal summit
  was held in Wuhan"), so do earlier talks between the story's sides ("The previous
  round collapsed on Tuesday") and the signing of an instrument named between states.
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
from functools import lru_cache
from typing import Callable

from kg.extraction.actors import SentenceActors
from kg.extraction.documents import adopted_by_a_legislature, is_named_instrument, title_head
from kg.extraction.events import FROM_WHERE, LEADERS_OF_A_REGION, REGIONAL_PEOPLES, WORLD_LEADERS, city_in
from kg.extraction.reference import gazetteer
from kg.extraction.rule_patterns import Pattern, rule_pattern
from kg.extraction.officials import names_alone
from kg.extraction.text import WHO_ASIDE, find_dateline, find_word
from kg.extraction.lexicon import Lexicon, load_lexicon, phrase_alternation
from kg.extraction.mentions import body_mentions, is_subnational_office, person_mentions, state_mentions
from kg.facts import Document, Event, Evidence, NewsFacts, is_iso3

__all__ = ["Verdict", "screen"]

# Settings that are never diplomacy, whatever the number of states named; domestic
# politics is checked apart, because leaders of states are politicians at home too.
_NON_STATE_CONTEXTS = ("sport", "religion", "science", "business", "labour", "entertainment", "simulation", "credentials")
# The verb a gathering's subject comes before: "Business leaders met in Davos".
_GATHERED = rule_pattern(r"\b(?:met|meet|meets|gathered|gather|gathers|convened|convene|assembled|flocked)\b")
# Who a gathering's people met: "met with", "held talks with", "a meeting with".
_MET_WITH = rule_pattern(r"\b(?:met|meet|meets|meeting|talks|consultations)\s+with\b")
_ENCOUNTERS = ("talks", "call", "meeting", "visit")
# Officials of many states, counted rather than named: a gathering of states.
# How many states a text counts ("more than 50 countries", "thirty nations").
_COUNTED_STATES = (r"(?:the |more than |nearly |about |some |over |at least |almost |around )?(?:[2-9]|\d{2,3}|two|three|four|"
                   r"five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|a dozen|dozens of|several)\s+"
                   # ("from several states" may be a federation's: "Arab states", "member states" are not)
                   r"(?:(?:[A-Z][\w\-]*\s+){0,3}(?:countries|nations|member states)|(?:[A-Z][\w\-]*\s+){1,3}states)\b")
_FROM_MANY_STATES = rule_pattern(rf"\b(?:ministers|leaders|presidents|heads of state|heads of government|delegations|"
                                 rf"delegates|officials|representatives|envoys|negotiators|diplomats)\s+(?:from|of)\s+"
                                 rf"{_COUNTED_STATES}|"
                                 # "presented to the 27 other leaders at a summit"
                                 rf"\bthe\s+(?:[3-9]|\d\d|three|four|five|six|seven|eight|nine|ten|twenty\S*)\s+(?:other\s+)?"
                                 rf"(?:leaders|heads of state|heads of government|foreign ministers|member states)\b|"
                                 # "the presidents of the five Central Asian states"
                                 rf"\b(?:ministers|leaders|presidents|heads of state|heads of government)\s+of\s+the\s+"
                                 rf"(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|\d\d)\s+(?:[A-Z][\w\-]*\s+){{1,3}}"
                                 rf"(?:countries|nations|states)\b|"
                                 # "the heads of the Caspian states": a region's states
                                 rf"\b(?:heads|leaders|presidents|(?:[\w\-]+\s+)?ministers)\s+of\s+the\s+"
                                 rf"(?-i:{REGIONAL_PEOPLES})\s+(?:countries|nations|states)\b|"
                                 # "signed by thirty countries at the summit", "attended by 20 states"
                                 rf"\b(?:attended|signed|joined|endorsed|backed)\s+by\s+{_COUNTED_STATES}|"
                                 # "The presidents of South America gathered": a region's states, by its name
                                 rf"{LEADERS_OF_A_REGION}|"
                                 # "Putin met African leaders", "Arab foreign ministers gathered": a region's states
                                 rf"\b(?-i:{REGIONAL_PEOPLES})\s+(?:heads of state|heads of government|leaders|officials|"
                                 r"diplomats|(?:foreign |defen[cs]e |finance |trade |health )?ministers)\b", re.I)
_GATHERINGS = ("summit", "ministerial", "conference", "session")
# "World leaders gathered in Berlin for a conference on Libya" (not "business and world
# leaders met in Davos", people of business among them; nor "world leaders met the news")
_WORLD_LEADERS_GATHERED = rule_pattern(rf"{WORLD_LEADERS}[^.;]{{0,40}}?"
                                       r"\b(?:gathered|gather|convened|convene|attended|attend|"
                                       # (where or when they met: not "met the news with caution")
                                       r"(?:met|meet|meeting)(?=\s+(?:in|at|on|for|virtually|online)\b))\b")


@lru_cache(maxsize=4)
def _met_people(phrases: tuple[str, ...]) -> Pattern:
    """"met Ukrainian refugees", "met with students": the people met, by the lexicon's
    nouns for a state's private people and for the people a leader meets on a trip."""
    nouns = "|".join(sorted({re.escape(p) for p in phrases}, key=len, reverse=True))
    return rule_pattern(rf"\b(?:met|meets|meet)\s+(?:with\s+)?(?:(?:a|the|some|several|hundreds of|dozens of|"
                        rf"members of the|a group of)\s+)?(?:[A-Z][\w\-]+\s+)?(?:[a-z\-]+\s+){{0,2}}?(?P<who>{nouns})\b")


_TOUR = rule_pattern(r"\b(?:[\w\-]+-(?:nation|country|state|leg|stop)|regional|multi-nation)\s+(?:tour|trip|swing|visit)\b|"
                     r"\b(?:tour|swing) (?:of|through)\b|\bstops in\b|"
                     # "visited France, Turkey, Georgia and Israel": a list of places gone to
                     r"\b(?:visited|visits|visiting|visit|toured|tours|touring|travell?ed to|travels to|travel to)\s+"
                     r"(?:the\s+)?(?-i:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*),\s+(?:the\s+)?(?-i:[A-Z])", re.I)


_MANY = (r"(?:more than |over |some |about |nearly |almost |at least )?(?:[3-9]|[1-9]\d{1,2}|three|four|five|six|seven|"
         r"eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|a dozen|dozens of|several|many|numerous|countless|"
         r"a number of)")
# "met Trump more than a dozen times", "held 27 meetings with Putin": meetings counted over
# years, none of them on a day the sentence gives
_COUNTED_MEETINGS = rule_pattern(rf"\b(?:met|meet|meets|meeting|spoke|speaks|talked|visited|visits|hosted|called)\b"
                                 # (within its clause: "last met in Moscow in August, and the two
                                 # leaders have spoken by phone several times since" met once that day)
                                 rf"(?:(?!,\s+(?:and|but|while)\b)[^.;]){{0,80}}?\b{_MANY}\s+times\b|"
                                 rf"\b(?:held|had|holds|has had|have had)\s+{_MANY}\s+(?:[\w\-]+\s+)?"
                                 r"(?:meetings|summits|phone calls|calls|conversations|encounters)\b", re.I)


@lru_cache(maxsize=4)
def _region_format(regions: tuple[str, ...]) -> Pattern:
    """A state and a region joined in a gathering's name, either way round: "the
    Russia-Africa summit", "the Central Asia-China summit"."""
    names, areas = phrase_alternation(gazetteer().state_names), phrase_alternation(regions)
    return rule_pattern(rf"(?<![\w-])(?:(?:{names})[-–](?:{areas})|(?:{areas})[-–](?:{names}))\s+(?:[\w\-]+\s+){{0,2}}?"
                        r"(?i:summit|forum|ministerial|meeting|conference|leaders|cooperation)\b")


_NOT_INTERNATIONAL = ": not international"


@dataclass(frozen=True)
class Verdict:
    """What screening decided for one candidate fact, and why."""

    kind: str  # "event" or "document"
    id: str
    summary: str  # "talks 2019-01-14 in Gdansk"
    kept: bool
    reason: str
    evidence: Evidence | None


def screen(facts: NewsFacts, lexicon: Lexicon,
           actors_of: Callable[[str], SentenceActors]) -> tuple[NewsFacts, list[Verdict]]:
    """The candidates of ``facts`` that are cooperation facts, and a verdict for each.

    ``actors_of`` tells which states and bodies a text names (the extractor's own
    mention finder): the sentence of a gathering or a document, an event's name, a
    document's title.
    """
    contexts = lexicon.scheme("screening")
    sides = lexicon.scheme("actor-references").get("two-sides")
    visitors = lexicon.scheme("actor-references").get("visitors")
    offices = lexicon.scheme("offices")
    relations = lexicon.scheme("actor-references").get("relations-between-sides")
    officials_of_states = lexicon.scheme("actor-references").get("officials-of-states")
    regions = lexicon.scheme("actor-references").get("regions-as-a-side")
    private_people = lexicon.scheme("actor-references").get("private-people-of-a-state")
    people_met = lexicon.scheme("actor-references").get("people-met")
    decided: dict[str, tuple[str | None, str]] = {}
    states_of: dict[str, set[str]] = {}
    travellers = _names_alone(facts)
    # "the two sides" of a story of companies (or clubs, unions...) that names no two states
    # and no body are no states: "the two sides signed a definitive agreement" on a merger
    if len(facts.states) < 2 and not facts.bodies and _context(facts.article.text or "", contexts, _NON_STATE_CONTEXTS)[0]:
        sides = None
    for event in facts.events:
        reason, acceptance, states_of[event.id] = _decide_event(event, actors_of, contexts, sides, visitors, offices,
                                                                  officials_of_states, regions, private_people,
                                                                  people_met, travellers)
        decided[event.id] = (reason, acceptance)
    _keep_gatherings_of_the_story(facts.events, decided)
    _keep_earlier_meetings_of_the_sides(facts.events, decided, states_of)
    _keep_signings_of_instruments(facts, decided)
    verdicts: list[Verdict] = []
    kept_events: list[Event] = []
    for event in facts.events:
        reason, acceptance = decided[event.id]
        verdicts.append(Verdict("event", event.id, _event_summary(event), reason is None, reason or acceptance,
                                event.evidence))
        if reason is None:
            kept_events.append(event)
    kept_ids = {e.id for e in kept_events}
    kept_documents: list[Document] = []
    names_of_officials = frozenset(w for p in facts.persons for w in p.name.split())
    for document in facts.documents:
        reason = _document_rejection(document, kept_ids, contexts, actors_of, sides, relations,
                                     any(e.body for e in kept_events)) or \
            _signed_by_no_actor(document, actors_of, names_of_officials)
        verdicts.append(Verdict("document", document.id, f"{document.type}/{document.status} {document.title!r}",
                                reason is None, reason or "international setting", document.evidence))
        if reason is None:
            event_id = document.event if document.event in kept_ids else None
            kept_documents.append(replace(document, event=event_id))
    return replace(facts, events=tuple(kept_events), documents=tuple(kept_documents)), verdicts


@lru_cache(maxsize=4)
def _private_delegation_pattern(phrases: tuple[str, ...]) -> Pattern:
    people = phrase_alternation(phrases)
    return rule_pattern(rf"(?i:\bdelegations?\s+of\s+(?:[\w\-]+\s+){{0,2}}?(?:{people})\b|"
                        rf"\b(?:{people})\s+delegations?\b)")


def _without_private_delegations(sentence: str, private_people) -> str:
    """The sentence less its delegations of private people ("a delegation of entrepreneurs",
    "a business delegation"): they travel for their firms, not for their state."""
    if private_people is None or "elegation" not in sentence:
        return sentence
    return _private_delegation_pattern(tuple(private_people.phrases)).sub(" ", sentence)


def _without_subnational_officials(sentence: str) -> str:
    """The sentence with its officials of states within a federation blanked out ("Georgia
    Secretary of State Brad Raffensperger"): no one on the line with a foreign state."""
    for p in person_mentions(sentence):
        if is_subnational_office(p.role):
            sentence = sentence[:p.start] + " " * (p.end - p.start) + sentence[p.end:]
    return sentence


# An office of a place: "the Chief Minister of Assam", "the Governor of the Kursk Region".
_OF_A_PLACE = rule_pattern(r"\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w\-]*(?:\s+(?:of\s+)?[A-Z][\w\-]*)*)")
_CHIEF = rule_pattern(r"\b[Cc]hief\s+$")


def _officials_named(sentence: str, visitors) -> int:
    """How many officials a sentence names by their office, less those of a place that is
    no state or body ("the Governor of the Kursk Region", "the Premier of New South
    Wales") and a chief minister, whom a state's own leaders call at home."""
    count = 0
    for m in visitors.pattern.finditer(sentence):
        of = _OF_A_PLACE.match(sentence, m.end())
        if of is not None and not state_mentions(of.group("place")) and not body_mentions(of.group("place")):
            continue
        if _CHIEF.search(sentence, max(0, m.start() - 8), m.start()):
            continue
        count += 1
    return count


def _decide_event(event: Event, actors_of: Callable[[str], SentenceActors], contexts, sides,
                  visitors, offices=None, officials_of_states=None, regions=None,
                  private_people=None, people_met=None,
                  travellers: frozenset[str] = frozenset()) -> tuple[str | None, str, set[str]]:
    """Why an event is no cooperation event (None when it is one), the actors that make it
    one, and the states among them, before the story's other events are looked at."""
    states, bodies = _international_actors(event, actors_of, contexts.get("armed-groups"))
    named_states = {s for s in states if is_iso3(s)}
    sentence = event.evidence.text if event.evidence is not None else ""
    origin = FROM_WHERE.search(sentence) if ", where " in sentence else None
    # ("arrived in Alaska from Seoul, where he met his counterparts": they are of the talks there)
    own_part = sentence[:origin.start()] if origin is not None and event.city != origin.group("place") else sentence
    told_sides = sides.find(own_part) if len(states) < 2 and sides is not None and (
        event.participants or event.body or event.type not in _ENCOUNTERS) else None
    if told_sides and _context(own_part, contexts, ("domestic-politics",))[0]:
        # "approved by the parties: the Social Democrats at a party conference", "signed
        # bilateral agreements with every province": sides at home
        told_sides = None
    if told_sides:
        # "the two countries": the sentence tells of two (but where the story names neither,
        # "The two leaders last met in 2019" may be of anyone: of two parties at home; what
        # two countries signed is between states)
        states |= {"(one side)", "(the other side)"}
    if len(states) < 2 and event.type in _GATHERINGS + ("meeting", "talks") and (
            _FROM_MANY_STATES.search(sentence) or _WORLD_LEADERS_GATHERED.search(sentence)):
        states |= {"(many states)", "(and others)"}  # "Foreign ministers from more than 50 countries gathered"
    if len(states) == 1 and event.type in _GATHERINGS + ("meeting",) and regions is not None and \
            _region_format(regions.phrases).search(sentence):
        states |= {"(the region's states)"}  # "the first Russia-Africa summit": a state and a region's states
    if len(states) == 1 and event.type == "call":
        # "Minister Rojas held a telephone talk with Peru's minister", "The Prime Minister
        # spoke to President Ruto of Kenya": whoever is on the line with a foreign
        # official is another side.
        states |= {f"({name})" for name in actors_of(sentence).stateless_officials}
        if visitors is not None and _officials_named(_without_subnational_officials(sentence), visitors) >= 2:
            states.add("(an official on the line)")
    if len(states) == 1 and event.type in _ENCOUNTERS and _counterparts(sentence, states, offices):
        # "Minister of Foreign Affairs Juan Ayala received the Minister of Foreign Affairs of
        # Chile": an official whose state the text does not give, meeting a foreign one of
        # the same office, is of another state.
        states |= {"(a counterpart)"}
    if len(states) == 1 and not bodies and event.type in _ENCOUNTERS:
        # "Annan discussed the crisis with Lebanon's prime minister by phone": the UN met Lebanon.
        bodies |= actors_of(sentence).bodies_of_officials
    # Officials of two states met, whatever else the sentence tells of ("will travel to
    # Mumbai to meet business leaders", "the presidents of France and Brazil met after the
    # race for the WTO's leadership"): no context makes that no diplomacy. Asked only
    # where a context word is found, for reading the sentence's officials costs.
    # (talks only held abroad are no two states' officials: "met with US tech executives in Washington")
    sides_met = named_states - ({event.country} - set(event.participants)) if event.type in ("talks", "meeting") \
        else named_states
    reason = _event_rejection(event, states, bodies, contexts,
                              lambda: len(sides_met) >= 2 and (
                                  bool(actors_of(sentence).officials)
                                  or (officials_of_states is not None
                                      and _officials_of_states(sentence, officials_of_states))))
    people = (private_people.phrases if private_people else ()) + (people_met.phrases if people_met else ())
    if reason is None and event.type in ("talks", "meeting") and people and \
            (met := _met_people(people).search(sentence)) and len(actors_of(sentence).officials) < 2:
        # "The French president met students in Dakar", "Pope Francis met Ukrainian
        # refugees in Budapest": people, no official of another side
        reason = f"met {met.group('who')}, no official of another side"
    if reason is None and event.type in _GATHERINGS + ("meeting", "talks") and (own := _ITS_CABINET.search(sentence)):
        # "Thai Prime Minister Thaksin chaired a meeting of his cabinet to approve arrangements
        # for the leaders": a government's own meeting, whoever it prepares for
        reason = f"a government's own meeting ({own.group(0)!r}), no diplomacy"
    if reason is None and event.type in _ENCOUNTERS + ("summit",) and \
            (counted := _COUNTED_MEETINGS.search(WHO_ASIDE.sub(lambda a: " " * len(a.group(0)), sentence))):
        # "Abe met Trump more than a dozen times during his time in office": many meetings
        # over years, each on a day of its own ("Abe, who has met Putin 27 times, held talks
        # with him on Thursday" tells of the one in an aside)
        reason = f"meetings counted ({counted.group(0)!r}), none on a day of its own"
    if reason is None and event.type == "visit" and len(named_states) >= 4 and _TOUR.search(sentence):
        # "leaves on Friday for a seven-nation tour, including stops in France, Turkey and
        # Georgia": a visit to each, on days the sentence does not give
        reason = "a tour of many stops, each a visit on a day of its own"
    if reason is None and event.type == "visit" and visitors is not None \
            and not visitors.find(_without_private_delegations(sentence, private_people)) \
            and not actors_of(sentence).officials and not any(find_word(sentence, n) >= 0 for n in travellers):
        reason = "a trip of no official or delegation: no visit between states"
    return reason, _acceptance(states, bodies), named_states


_ITS_CABINET = rule_pattern(r"\b(?:meeting|session) of (?:his|her|the|its|their) (?:cabinet|government|security cabinet|"
                            r"national security council|party)\b")
_LEFT_OFFICE = rule_pattern(r"\b(?:resign(?:ed|s|ation)|stepped down|ousted|toppled|deposed|overthrown|exile|asylum)\b")


def _names_alone(facts: NewsFacts) -> frozenset[str]:
    """The names the article's officials of a state may be named by alone in a later
    sentence ("Wang" of Wang Yi): "Wang arrived in the Indian capital on Thursday" is an
    official's trip."""
    names: set[str] = set()
    for p in facts.persons:
        if p.evidence is not None and _LEFT_OFFICE.search(p.evidence.text):
            continue  # "Morales announced his resignation ... Morales flew to Mexico": into exile, for no state
        if p.state is not None and len(p.name.split()) >= 2:
            names.update(names_alone(p.name))
    return frozenset(names)


# The offices a state has one of: two holders of one are of two states.
_NATIONAL_OFFICES = ("office-head-of-state", "office-head-of-government", "office-foreign-minister")


# "University President Mary Smith", "club president Florentino Perez": the head of an
# institution at home, no state's counterpart
_OF_AN_INSTITUTION = rule_pattern(r"\b(?i:university|college|school|club|company|bank|federation|association|foundation|"
                                  r"institute|party|chamber|society|church|court|senate|board|committee|corporation|"
                                  r"group|academy|museum|hospital|team|league|union|firm)\s+$")
_CONSORTS = frozenset({"King", "Queen", "Emperor", "Empress", "Prince", "Princess", "Grand Duke", "Grand Duchess"})


def _counterparts(sentence: str, states: set[str], offices) -> bool:
    """Whether the sentence names an official of no stated state beside one of ``states``
    holding the same national office (head of state, of government, foreign minister)."""
    if not offices:
        return False
    people = person_mentions(sentence)

    def office(role: str | None) -> str | None:
        return next((key for key in _NATIONAL_OFFICES if key in offices and role and offices[key].find(role)), None)

    # "the President of the Senate": an office of a state's own institution, no counterpart;
    # "King Charles and Queen Camilla": a monarch's consort, of the monarch's state
    unknown = {office(p.role) for p in people if p.state is None and p.body is None
               and not re.search(r"\bof the [A-Z]", sentence[p.start:p.end])
               and not _OF_AN_INSTITUTION.search(sentence, max(0, p.start - 40), p.start)
               and not (p.role in _CONSORTS and any(q.state in states and q.role in _CONSORTS
                                                    and sentence[q.end:p.start].strip() == "and" for q in people))} - {None}
    known = {office(p.role) for p in people if p.state in states} - {None}
    return bool(unknown & known)


def _international_actors(event: Event, actors_of: Callable[[str], SentenceActors],
                          armed_groups=None) -> tuple[set[str], set[str]]:
    """The states and bodies that make an event international: its participants, host
    and chair, the country it was held in when that is not the only state, the sides an
    event's name gives ("the ASEAN-US summit"), and for a gathering the bodies its
    sentence names."""
    states = {p for p in event.participants if is_iso3(p)}
    states |= {s for s in (event.host, event.chair) if s}
    if event.country and (event.type == "visit" or states and not _placed_by_dateline_alone(event)
                          and event.city not in gazetteer().cities and not _with_an_armed_group(event, armed_groups)):
        # Talks held abroad, a visit to a country; not the country of a dateline the story
        # is filed under ("LONDON - Tesla signed a deal with a Mexican state"), nor that of a
        # city known as a venue of others' meetings ("met Sanchez in Davos", "in Geneva"),
        # nor where a government met an armed group ("peace talks with the ELN in Caracas")
        states.add(event.country)
    bodies = {p for p in event.participants if not is_iso3(p)} | ({event.body} if event.body else set())
    if event.name:
        # "the ASEAN-Japan summit": the sides of a pair format, each on its side of the hyphen
        named = actors_of(re.sub(r"(?<=\w)[-–](?=[A-Z])", " – ", event.name))
        states |= named.states
        bodies |= named.bodies
    if (event.type in _GATHERINGS or event.type == "meeting") and event.evidence is not None:
        bodies |= actors_of(event.evidence.text).bodies  # "the week-long Forum meeting"
    return states, bodies


def _with_an_armed_group(event: Event, armed_groups) -> bool:
    """Whether the other side of an event is an armed group that is no state: "resumed
    peace talks with the ELN rebel group", "signed a peace deal with Muslim rebels"."""
    text = event.evidence.text if event.evidence is not None else ""
    return armed_groups is not None and " with " in text and \
        _with_group_pattern(tuple(armed_groups.phrases)).search(text) is not None


@lru_cache(maxsize=4)
def _with_group_pattern(phrases: tuple[str, ...]) -> Pattern:
    return rule_pattern(rf"\bwith\s+(?:the\s+)?(?:[\w\-]+\s+){{0,3}}?(?:{phrase_alternation(phrases)})\b")


def _placed_by_dateline_alone(event: Event) -> bool:
    """Whether an event's place is its sentence's dateline, which the sentence does not
    name again as where the event was held."""
    text = event.evidence.text if event.evidence is not None else ""
    dateline = find_dateline(text)
    if dateline is None or dateline.city != event.city:
        return False
    city, country = city_in(text[dateline.end:], None, None)
    return city != event.city and country != event.country


def _keep_gatherings_of_the_story(events, decided: dict[str, tuple[str | None, str]]) -> None:
    """Keep a gathering whose own sentence names no international actor when the story
    has an international gathering of the same kind: "The first informal summit was held
    in Wuhan", "The conference was the third of its kind, after Monterrey in 2002" in a
    story of a summit or a conference between states. Rejections by context (sport,
    religion, ...) stand."""
    kept_kinds = {e.type for e in events if decided[e.id][0] is None and e.type in _GATHERINGS}
    for event in events:
        reason = decided[event.id][0]
        if reason is not None and reason.endswith(_NOT_INTERNATIONAL) and event.type in kept_kinds:
            decided[event.id] = (None, f"a {event.type} in a story of an international {event.type}")


def _keep_earlier_meetings_of_the_sides(events, decided: dict[str, tuple[str | None, str]],
                                        states_of: dict[str, set[str]]) -> None:
    """Keep talks, a meeting or a call whose sentence names only some of the sides of an
    international one of the story: "The previous round, on Tuesday, collapsed after 15
    hours of talks, and Belgrade rejected ..." in a story of talks between Belgrade and
    Pristina. Rejections by context stand."""
    kept_sides = [states_of[e.id] for e in events if decided[e.id][0] is None and len(states_of[e.id]) >= 2]
    for event in events:
        reason = decided[event.id][0]
        sides = states_of[event.id]
        if reason is not None and reason.endswith(_NOT_INTERNATIONAL) and event.type in ("talks", "meeting", "call") \
                and sides and any(sides <= other for other in kept_sides):
            decided[event.id] = (None, f"{event.type} between sides of the story's international {event.type}")


_THE_ONE_SIGNED = rule_pattern(r"\s*The (agreement|treaty|accord|pact|protocol|convention), (?:which|that) was signed\b")


def _keep_signings_of_instruments(facts: NewsFacts, decided: dict[str, tuple[str | None, str]]) -> None:
    """Keep the signing of an instrument between states known by its proper name ("the
    Minsk Protocol signed on 5 September"), though its sentence names no signatory."""
    named = {d.evidence.start for d in facts.documents
             if d.evidence is not None and d.status == "signed" and is_named_instrument(d.title or "")}
    # ("The agreement, which was signed in Astana on 21 December 2015, ...": the one the story named)
    nouns = {title_head(d.title or "").split()[-1].lower() for d in facts.documents
             if d.status in ("signed", "ratified", "in_force") and is_named_instrument(d.title or "")}
    for event in facts.events:
        reason = decided[event.id][0]
        if event.type != "signing" or reason is None or not reason.endswith(_NOT_INTERNATIONAL) or event.evidence is None:
            continue
        told = _THE_ONE_SIGNED.match(event.evidence.text)
        if event.evidence.start in named or (told is not None and told.group(1).lower() in nouns):
            decided[event.id] = (None, "the signing of an instrument between states the story names")


def _event_rejection(event: Event, states: set[str], bodies: set[str], contexts,
                     officials_of_two: Callable[[], bool] = lambda: False) -> str | None:
    """Why a candidate event is no cooperation event, or None when it is one."""
    if event.modality == "planned" and not event.date:
        return "a plan with no date: not scheduled"  # "will travel to both capitals"
    sentence = event.evidence.text if event.evidence else ""
    if event.type == "signing" and (signer := _non_state_signer(sentence, contexts.get("non-state-signers"))):
        return f"signed by a {signer}, not by a state or body"
    if not bodies:
        word, concept = _context(sentence, contexts, _NON_STATE_CONTEXTS)
        if word and not officials_of_two():
            return f"{concept}, not diplomacy ({word!r})"
    else:
        # "The International Olympic Committee's board met": a body whose own name is
        # of sport (or business...) meets as such, not as a body of states.
        word, concept = _named_for_a_context(bodies, contexts)
        if word:
            return f"{concept}, not diplomacy ({word!r} in the body's name)"
    if event.type in ("talks", "call", "visit") and not states and len(bodies) == 1:
        alone = f"{next(iter(bodies))} alone, with no state or other body"
        if not event.body:
            # "The UN Secretary-General met the family of the journalist": a body's
            # official with no state's or other body's, no cooperation between them
            return alone + _NOT_INTERNATIONAL
        word, concept = _context(sentence, contexts, _NON_STATE_CONTEXTS)
        if word:
            # "The African Union met with representatives of the mining company" (but "the
            # G7 was scheduled to meet": the body's own meeting)
            return f"{alone}, {concept} ({word!r})"
    gathered = _GATHERED.search(sentence) if event.type in _GATHERINGS and not states else None
    if gathered:
        # "Business leaders and politicians met in Davos for the annual meeting of the World
        # Economic Forum": people of business (or science...) gathered, no states
        word, concept = _context(sentence[:gathered.start()], contexts, _NON_STATE_CONTEXTS)
        if word:
            return f"{concept} gathered ({word!r}), no state{_NOT_INTERNATIONAL}"
    met_with = _MET_WITH.search(sentence) if event.type in _GATHERINGS and not states and len(bodies) == 1 else None
    if met_with:
        # "Members of the African Union Commission met with representatives of civil
        # society groups": the body's people with people outside government, no gathering
        word, concept = _context(sentence[met_with.end():], contexts, ("civil-society",))
        if word:
            return f"{next(iter(bodies))} alone, with {concept} ({word!r}){_NOT_INTERNATIONAL}"
    sides = [p for p in event.participants if is_iso3(p)]
    if not bodies and len(sides) == 1 and event.type in _ENCOUNTERS:
        # "Jaishankar also met representatives of the Indian community in Bahrain": an
        # official abroad with people outside government, no other side
        word, concept = _context(sentence, contexts, ("civil-society",))
        if word:
            return f"{sides[0]} alone, with {concept} ({word!r}){_NOT_INTERNATIONAL}"
    if not bodies and len(states) < 2:
        named = ", ".join(sorted(states)) or "no state"
        word, _ = _context(sentence, contexts, ("domestic-politics",))
        if word:
            return f"domestic politics ({word!r}) with {named}"
        return f"{named} and no international body{_NOT_INTERNATIONAL}"
    return None


# "the presidents of the football federations of Spain and Portugal": officials of
# organisations named after states, not of the states.
_OF_AN_ORGANISATION = rule_pattern(r"\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:federations?|associations?|clubs?|"
                                   r"compan(?:y|ies)|firms?|leagues?|unions?|teams?|universit(?:y|ies)|parties|party|"
                                   r"banks?|chambers?)\b")


def _officials_of_states(sentence: str, offices) -> bool:
    """Whether the sentence names officials of states by office ("the presidents of
    France and Brazil", "foreign ministers"), not of organisations of theirs."""
    return any(not _OF_AN_ORGANISATION.match(sentence, m.end()) for m in offices.pattern.finditer(sentence))


def _non_state_signer(sentence: str, signers) -> str | None:
    """The noun of a company, club or school that signed what a sentence reports ("the
    company has signed supply agreements with the United States"), or None."""
    if signers is None:
        return None
    m = _signer_pattern(signers.phrases).search(sentence)
    return m.group("who").lower() if m else None


@lru_cache(maxsize=4)
def _signer_pattern(phrases: tuple[str, ...]) -> Pattern:
    return rule_pattern(rf"(?i:\b(?:the|a|an|its|this|that|each|both)\s+(?:[\w\-]+\s+)?"
                        rf"(?P<who>{phrase_alternation(phrases)})"
                        r"\s+(?:(?:has|have|had|also|already|then|recently|jointly|now|separately)\s+)*"
                        r"(?:signed|signs|inked|inks)\b)")


def _named_for_a_context(bodies: set[str], contexts) -> tuple[str | None, str | None]:
    """The phrase of sport (or business...) that every body's own name holds, and its
    context's label ("the International Olympic Committee"); (None, None) where one does not.
    (Read after "the ", so that a name's first word is matched in its own case: "League of
    Arab States" is no sports league.)"""
    names = [f"the {name}" for name in _full_names(bodies)]
    word, concept = _context(" ; ".join(names), contexts, _NON_STATE_CONTEXTS)
    if word and all(_context(name, contexts, _NON_STATE_CONTEXTS)[0] for name in names):
        return word, concept
    return None, None


def _full_names(bodies: set[str]) -> list[str]:
    """The full names of bodies referred to by name or acronym ("IOC")."""
    g = gazetteer()
    return [g.body_names[b].name if b in g.body_names else b for b in sorted(bodies)]


def _context(text: str, contexts, keys) -> tuple[str | None, str | None]:
    """The first phrase in ``text`` of the first of these contexts that has one, and the
    context's label. The fields a cooperation is in are what it is about, not its setting
    ("an agreement on cooperation in the economy, trade, culture and sport")."""
    text = _without_fields_of_cooperation(text)
    for key in keys:
        concept = contexts.get(key)
        word = concept.find(text) if concept else None
        if word:
            return word, concept.label
    return None, None


@lru_cache(maxsize=256)
def _without_fields_of_cooperation(text: str) -> str:
    """The text with the fields a cooperation is in blanked (read once for a sentence
    that several contexts are asked of)."""
    if "operation" not in text:
        return text
    return _FIELDS_OF_COOPERATION.sub(lambda m: " " * len(m.group(0)), text)


_FIELDS_OF_COOPERATION = rule_pattern(r"\b(?:cooperation|co-operation)\s+(?:in|on)\s+(?:the\s+(?:fields?|areas?|sectors?)\s+of\s+)?"
                                      r"[^.;:()]{0,160}")


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


_BETWEEN = rule_pattern(r"\bbetween\s+(?:the\s+)?(?P<a>[A-Z][^,;]*?)\s+and\s+(?:the\s+)?(?P<b>[A-Z][^,;]*?)"
                        r"(?=\s+(?:for|on|to|in|of|over)\b|$)")
_COMPANY = rule_pattern(r"\b(?:Limited|Ltd|Inc|Incorporated|Corp|Corporation|Company|plc|PLC|LLC|GmbH|AG|Holdings|"
                        r"Electric|Motors|Airlines|Airways|Aeronautics|Aerospace|Petroleum|Group)\.?$")


_WITH_AN_INDUSTRY = rule_pattern(r"\bwith\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:industry|industries|companies|firms|"
                                 r"manufacturers|producers|exporters|traders|buyers)\b")
_DECISION_OF = rule_pattern(r"\bdecision of (?:the\s+)?")
_BETWEEN_COMPANIES = rule_pattern(r"\bbetween\s+(?:[\w\-]+\s+(?:and\s+)?){0,4}?(?:companies|firms|businesses|"
                                  r"enterprises|corporations)\b")


# The officials of a body's members, named by office alone
_THE_GATHERED_OFFICIALS = rule_pattern(r"\b(?:[Ll]eaders|[Mm]inisters|[Hh]eads of (?:state|government)|[Mm]ember states)\b")


def _document_rejection(document: Document, kept_events: set[str], contexts,
                        actors_of: Callable[[str], SentenceActors], sides, relations,
                        a_body_gathered: bool = False) -> str | None:
    """Why a candidate document is no cooperation document, or None when it is one."""
    title = document.title or ""
    head = title_head(title)
    in_title = actors_of(title) if title else _NOBODY
    national = contexts.get("national-law")
    # Matched in lower case: a law's name is capitalised ("the Fisheries Act").
    matches = list(national.pattern.finditer(head.lower())) if national is not None else []
    last = matches[-1] if matches else None
    if last is not None and last.end() == len(head) and not (in_title.bodies or len(in_title.states) >= 2):
        return f"national law ({last.group(0)!r})"  # "the AU Constitutive Act" is not one
    programme = contexts.get("national-programmes")
    if programme is not None and (own := programme.find(head.lower())) is not None and head.lower().endswith(own):
        return f"a state's own programme ({own!r})"  # "its nuclear program", "the weapons programs"
    of_a_state = _DECISION_OF.search(title) if document.type == "decision" else None
    if of_a_state is not None and any(h.start == of_a_state.end() for h in state_mentions(title)):
        return "a state's own decision"  # "the decision of Ukraine to suspend preparations for signing"
    legislature = _of_a_legislature().search(title)
    if legislature is not None and len(in_title.states) < 2:
        return f"an act of a state's legislature ({legislature.group(0)!r})"  # "a 1948 joint resolution of Congress"
    sentence = document.evidence.text if document.evidence else ""
    if document.type in _ACTS_OF_A_LEGISLATURE and not in_title.bodies and adopted_by_a_legislature(sentence):
        # "The Irish parliament adopted a resolution calling on the government to recognise
        # Palestine": a state's own politics, whatever it is about
        return "an act of a state's legislature"
    before, by = _unnamed_outcome_issuer(title, sentence)
    if by is not None and not _names_an_actor(by, actors_of):
        return "a statement released by no state or international body"  # "released by his office"
    if document.type == "statement" and before is not None and _ISSUED_BY_THE_SUBJECT.search(before) and \
            len((issuer := actors_of(before)).states) == 1 and not issuer.bodies and not re.search(r"(?i)\bjoint\b", title):
        # "The White House also issued a statement praising the conduct of the election":
        # one state's words, no document between states
        return f"a statement of one state ({next(iter(issuer.states))})"
    between = _BETWEEN.search(title)
    if between is not None and any(_COMPANY.search(side) and not _names_an_actor(side, actors_of)
                                   for side in (between.group("a"), between.group("b"))):
        # "a memorandum between General Electric and Hindustan Aeronautics Limited", welcomed
        # by two leaders: a contract of companies
        return "an instrument between companies"
    counterpart = _WITH_A_NAME.search(title)
    signer = _SIGNER_OPENS.match(sentence) if counterpart is not None and _COMPANY.search(counterpart.group("who")) \
        else None
    if signer is not None and not _names_a_counterpart(signer.group("who"), actors_of):
        # "Airbus signed a deal with China Eastern Airlines, during a visit by the French
        # prime minister": a company's contract with a company, whoever looked on
        return f"a contract of {signer.group('who')} with {counterpart.group('who') if counterpart else 'a company'}"
    if document.evidence is not None and _BETWEEN_COMPANIES.search(sentence, sentence.find(title) + len(title)
                                                                 if title in sentence else 0):
        # "A package of commercial contracts ... was also concluded between Russian and Uzbek
        # companies": their firms', during the leaders' talks
        return "an instrument between companies"
    if _WITH_AN_INDUSTRY.search(title):
        return "an instrument with an industry"  # "the agreement with the chocolate industry on a price premium"
    if document.event in kept_events and (word := _context(sentence, contexts, ("labour",))[0]) is not None:
        # "the trade union of a copper mining company signed a collective wage agreement", told
        # on the day of a signing between states: a union's, whatever else that day held
        return f"labour relations, not diplomacy ({word!r})"
    if document.event in kept_events:
        return None
    if counterpart is not None and not _names_a_counterpart(counterpart.group("who"), actors_of) and \
            not any(is_iso3(s) for s in (*document.parties, *document.proposed_by)):
        # "a deal with Pfizer and BioNTech for 300 million doses", "an agreement with the
        # Serum Institute of India": a contract with a company, whoever signs it
        return f"{head.lower()} with {counterpart.group('who')}, no state or international body"
    if before is not None and by is None and not _names_an_actor(before, actors_of) and \
            not (sides is not None and sides.find(before)):  # "The two leaders are expected to sign a joint statement"
        return "a statement no state, official or international body issued"  # a task force's, a club's
    actors = actors_of(sentence) if sentence else _NOBODY
    # ("The IOC and Japan agreed to postpone the Olympics": a body of sport is no body of states;
    # but "The Vatican and China renewed their agreement on the appointment of bishops": two
    # states that act, whatever the agreement is about)
    if (not actors.bodies or _named_for_a_context(set(actors.bodies), contexts)[0]) and \
            not _two_states_act(sentence, actors_of):
        word, concept = _context(sentence, contexts, _NON_STATE_CONTEXTS)
        if word:
            return f"{concept}, not diplomacy ({word!r})"
    named_sides = {*document.parties, *document.proposed_by}
    # "the agreement with Uzbekistan on the border": the state a title names is a party,
    # though it is no actor at the table
    title_states = {h.iso3 for h in state_mentions(title) if h.how in ("name", "seat")} if title else set()
    states = actors.states | in_title.states | title_states | {s for s in named_sides if is_iso3(s)}
    if len(states) >= 2 or actors.bodies or in_title.bodies or any(not is_iso3(s) for s in named_sides):
        return None
    if is_named_instrument(title):
        return None  # "the Paris Agreement": a passing mention of an instrument between states
    if relations is not None and relations.find(title):
        return None  # "a Brexit deal", "a bilateral investment treaty": the title tells of two sides
    if document.status == "ratified" and states:
        return None  # "the U.S. Senate voted to approve the trade agreement": a state ratifies what binds it to others
    if document.type == "treaty" and states:
        return None  # "Russia proposed a new treaty on European security": a treaty binds a state to others
    if sides is not None and sides.find(sentence):
        return None  # "the two countries did not sign the protocol"
    if _FROM_MANY_STATES.search(sentence):
        return None  # "Negotiators from 30 countries agreed on the text of a treaty"
    if kept_events and states:
        return None  # a state's document in a story of international events is part of it
    if a_body_gathered and _THE_GATHERED_OFFICIALS.search(sentence):
        # "Finance ministers were instructed to work out a joint action plan", told of a
        # body's gathering: the body's officials at work on it
        return None
    named = ", ".join(sorted(states)) or "no state"
    return f"{named} and no international body in its sentence: not international"


# A sentence opening with who signed: "BASF signed an agreement with ...", "Daimler and BAIC signed".
_SIGNER_OPENS = rule_pattern(r"\s*(?P<who>[A-Z][\w&.\-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w&.\-]*){0,4})\s+"
                             r"(?:(?:also|separately|jointly|later|then)\s+)?(?:signed|inked|reached|struck|clinched)\b")


def _signed_by_no_actor(document: Document, actors_of: Callable[[str], SentenceActors],
                        names_of_officials: frozenset[str]) -> str | None:
    """Why a document signed by names that are no state, body or official, in a sentence
    that names none, is none of theirs ("BASF signed an agreement with the government of
    Guangdong province", during a state visit: a company's contract), or None."""
    sentence = document.evidence.text if document.evidence else ""
    m = _SIGNER_OPENS.match(sentence)
    if m is None or m.group("who").split()[0] in ("The", "Both", "Officials", "Ministers", "Leaders", "They", "He", "She",
                                                  "We", "It"):
        return None  # (a pronoun stands for those the story named: "They also signed ...")
    who = m.group("who")
    if any(w in names_of_officials for w in who.split()):
        return None  # "Li and Merkel signed": officials the story named
    actors = actors_of(sentence)
    if actors.officials or actors.stateless_officials or actors.bodies_of_officials:
        return None
    if actors.states or actors.bodies:
        # "Microsoft signed an agreement with the government of Kenya", "Pfizer reached a
        # deal with the European Commission": one state or body, the other side of a
        # company's contract
        signing_side = actors_of(sentence[:m.end()])
        if len(actors.states) + len(actors.bodies) >= 2 or signing_side.states or signing_side.bodies:
            return None
        return f"made by {who}, no state, official or international body, with one side"
    return f"signed by {who}, no state, official or international body"


# Two names and a verb opening a sentence: "The Vatican and China renewed ...".
_TWO_NAMES_ACT = rule_pattern(r"\s*(?:The\s+)?(?P<a>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})\s+and\s+(?:the\s+)?"
                              r"(?P<b>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})\s+(?:have\s+|has\s+|also\s+)?[a-z]+ed\b")


def _two_states_act(sentence: str, actors_of: Callable[[str], SentenceActors]) -> bool:
    """Whether a sentence opens with two states, by name, as the subject of its verb."""
    m = _TWO_NAMES_ACT.match(sentence)
    return m is not None and all(len(actors_of(m.group(side)).states) == 1 for side in ("a", "b"))


@lru_cache(maxsize=1)
def _of_a_legislature() -> Pattern:
    """"of Congress", "of the Duma": an instrument of a state's legislature named as such."""
    legislatures = load_lexicon().concept("status-cues", "legislatures")
    return rule_pattern(rf"\bof (?:the )?(?:{phrase_alternation(legislatures.phrases)})\b")


# What a legislature adopts for itself (an instrument it approves is a state's ratification)
_ACTS_OF_A_LEGISLATURE = ("resolution", "decision", "statement", "declaration", "address")
_NOBODY = SentenceActors(frozenset(), frozenset())
# The other side a document's title names by a proper name: "deal with Pfizer and BioNTech".
_WITH_A_NAME = rule_pattern(r"^\S+(?:\s+\S+){0,3}?\s+with\s+(?:the\s+)?"
                            r"(?P<who>[A-Z][\w\-]*(?:\s+(?:[A-Z][\w\-]*|of|and|&))*)")
_UNNAMED_OUTCOME = rule_pattern(r"(?i)^(?:a |an |the )?(?:joint |written |brief |short )?(?:statement|communiqu[eé])\b")


def _unnamed_outcome_issuer(title: str, sentence: str) -> tuple[str | None, str | None]:
    """Where an unnamed statement's issuer is named in its sentence: the words before it
    ("The Combined Joint Task Force released a statement saying ..."), and those after a
    "released by" that follows it ("a statement released by his office"); None for
    each that the sentence lacks, or when the title names the document."""
    if not _UNNAMED_OUTCOME.match(title):
        return None, None
    at = sentence.find(title.split()[0])
    if at < 0:
        return None, None
    by = _RELEASED_BY.match(sentence, at)
    return sentence[:at], (by.group("issuer") if by else None)


# The subject that issued an unnamed statement, right before it: "The White House also issued a"
_ISSUED_BY_THE_SUBJECT = rule_pattern(r"\b(?:issued|released|put out|published)\s+(?:an?|its)\s+(?:[\w\-]+\s+)?$")
_RELEASED_BY = rule_pattern(r"\S+\s+(?:\S+\s+){0,6}?(?:released|issued|read out|published|put out|signed)\s+by\s+"
                            r"(?P<issuer>[^,;.]+)")


def _names_a_counterpart(text: str, actors_of: Callable[[str], SentenceActors]) -> bool:
    """Whether a name is of a state, its capital or government, an official or a body."""
    actors = actors_of(text)
    capital = any(h.how == "seat" for h in state_mentions(f"with {text}"))  # "a deal with Tehran"
    return bool(capital or actors.states or actors.bodies or actors.officials or actors.stateless_officials)


def _names_an_actor(text: str, actors_of: Callable[[str], SentenceActors]) -> bool:
    actors = actors_of(text)
    return bool(actors.states or actors.bodies)
