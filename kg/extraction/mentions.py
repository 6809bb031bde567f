"""Mentions of states, bodies and officials in a sentence, from the gazetteer and a few
patterns. A city is a state's actor only when the text makes it one ("Moscow said",
"talks with Washington"); a venue ("in Moscow") is never a state mention.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from kg.extraction.lexicon import alternation, load_lexicon, phrase_alternation
from kg.extraction.officials import known_official
from kg.extraction.reference import RefBody, gazetteer
from kg.extraction.rule_patterns import Pattern, rule_pattern
from kg.extraction.text import LOOK_BACK, words_before

__all__ = ["StateHit", "BodyHit", "PersonHit", "state_mentions", "body_mentions", "organ_mentions", "person_mentions",
           "bodies_acting", "bodies_of_members", "is_attribute", "is_source", "ROLE_WORDS", "CALENDAR_WORDS",
           "SEAT_BUILDINGS", "OFFICE_WORDS", "is_subnational_office"]


@dataclass(frozen=True)
class StateHit:
    iso3: str
    start: int
    end: int
    how: str  # name, demonym, seat


@dataclass(frozen=True)
class BodyHit:
    body: RefBody
    form: str
    start: int
    end: int


@dataclass(frozen=True)
class PersonHit:
    name: str
    role: str
    state: str | None
    body: RefBody | None
    start: int
    end: int


@lru_cache(maxsize=1)
def _patterns():
    g = gazetteer()
    names = rule_pattern(rf"(?<![\w-])(?:the\s+)?({alternation(g.state_names)})(?![\w-])")
    demonyms = rule_pattern(rf"(?<![\w-])({alternation(g.demonyms)})(?![\w-])")
    seats = rule_pattern(rf"(?<![\w-])({alternation(g.seats)})(?![\w-])")
    # "the Kenya-Uganda Joint Commission", "Russia-Ukraine talks": both states are named,
    # though a hyphen keeps each name from standing alone ("Kenya-based").
    name_or_demonym = alternation({**g.state_names, **g.demonyms})
    # ("Franco-German", "Sino-Russian": a state's combining form, first in a pair)
    first = alternation({**g.state_names, **g.demonyms, **combining_forms()})
    pairs = rule_pattern(rf"(?<![\w-])({first})-({name_or_demonym})(?![\w-])")
    # Aliases that start with "the" would match before a longer name starting one word later.
    body_forms = [n for n in g.body_names if not n.lower().startswith("the ")]
    # "the ASEAN-Japan summit", "EU-Mercosur talks": a body on either side of a pair's hyphen.
    # "EU-facilitated talks", "AU-led mediation": the body is who holds them.
    bodies = rule_pattern(rf"(?<![\w-])({alternation(body_forms)})(?!\w)"
                          r"(?!-(?!(?:facilitated|brokered|led|mediated|sponsored|hosted|chaired|organi[sz]ed)\b))")
    return names, demonyms, seats, bodies, pairs


@lru_cache(maxsize=1)
def combining_forms() -> dict[str, str]:
    """The forms of states' names before a hyphen and another state ("Franco" of
    "Franco-German"), each with its ISO3 code, from the lexicon (``combining-forms``)."""
    return load_lexicon().labels_of_phrases("combining-forms")


# Buildings a government sits in, which stand for it ("the Kremlin said") and, named as a
# venue, place a meeting in its capital.
SEAT_BUILDINGS = ("Kremlin", "White House", "Downing Street", "Elysee Palace", "Elysee", "Élysée Palace", "Élysée",
                  "Zhongnanhai", "Whitehall", "Buckingham Palace", "Great Hall of the People",
                  "Diaoyutai State Guesthouse", "Blue House", "Cheong Wa Dae", "Kantei", "Akasaka Palace",
                  "Hyderabad House", "Rashtrapati Bhavan", "Palazzo Chigi", "Quirinale", "Aso Rock", "Casa Rosada",
                  "Planalto", "La Moneda", "Akorda", "Malacanang", "Malacañang", "Union Buildings",
                  "Moncloa", "Miraflores")
# Verbs that make a capital or seat of government an actor: "Moscow said".
_ACTOR_VERBS = rule_pattern(
    r"^\s*(?:,?\s*(?:along|together) with (?:its|their) (?:\w+\s+)?(?:allies|partners),?\s+)?"
    r"(?:(?:again|still|now|later|quickly|swiftly|firmly|formally|officially)\s+)?"
    r"(?:has|have|had|is|was|were|will|would|and\s+\w+\s+(?:have|agreed|signed)|said|says|agreed|agrees|"
    r"signed|announced|accused|rejected|insisted|wants|welcomed|condemned|warned|denied|urged|called|responded|"
    r"hopes|believes|sees|considers|expects|demanded|refused|backed|supports|supported|opposed|objected|"
    r"repeatedly|also|did|does|had|reiterated|stressed|proposed|claimed|offered|held|hold|met|meet|talked|"
    r"discussed|reached|resumed|restored|established|exchanged)\b")
_VENUE_BEFORE = rule_pattern(r"\b(?:in|at|to|from|near|outside|into|via|visit(?:ed|ing|s)?|arrived|left|reached|"
                             r"toward|towards|across|around|of|capital)\s+(?:the\s+)?$", re.I)
_ACTOR_BEFORE = rule_pattern(r"\b(?:with|between|and|by|against|for|urged|told|pressed)\s+$", re.I)


@lru_cache(maxsize=1)
def _us_state_namesakes() -> frozenset[str]:
    """States' names that also name a US state ("Georgia")."""
    return frozenset(load_lexicon().concept("names", "state-named-like-a-us-state").phrases)


@lru_cache(maxsize=1)
def _places_named_after_states() -> tuple[Pattern, frozenset[str]]:
    """The places named after a state, and the states' names they hold (only a sentence
    naming one of those is read for them)."""
    concept = load_lexicon().concept("names", "place-named-after-a-state")
    names = gazetteer().state_names
    held = frozenset(n for phrase in concept.phrases for n in names if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", phrase))
    return rule_pattern(rf"(?<![\w-])(?:{phrase_alternation(concept.phrases)})(?![\w-])"), held


def is_subnational_office(role: str | None) -> bool:
    """Whether an official's title is of a state within a federation ("Governor",
    "Secretary of State" of Georgia): no one on the line with a foreign state for that."""
    if not role:
        return False
    return _subnational_after().fullmatch(" " + role) is not None


def office_of_any_institution(role: str | None) -> bool:
    """Whether a title is one that any institution has, at home too (the offices lexicon's
    ``office-other-office``: Speaker, Senator, Chairman, Governor, director)."""
    return role is not None and load_lexicon().concept("offices", "office-other-office").find(role) is not None


def national_office(role: str | None) -> bool:
    """Whether a title is an office of a state's government: not one of a state within a
    federation, nor one that any institution has."""
    return not is_subnational_office(role) and not office_of_any_institution(role)


@lru_cache(maxsize=1)
def _subnational_after() -> Pattern:
    concept = load_lexicon().concept("names", "subnational-office-after-a-state")
    return rule_pattern(rf"(?:['’]s)?\s+(?:{phrase_alternation(concept.phrases)})(?![\w-])")


# Demonyms that are also common words or names of things other than the state.
_WEAK_DEMONYMS = {"Lao", "Myanmar", "Vatican", "U.S."}
_GEOGRAPHY_AFTER = rule_pattern(r"\s+(?:Ocean|Sea|Gulf|Peninsula|Subcontinent|Plateau|Basin|Desert|Strait|Riviera|"
                                r"Alps|Highlands|Archipelago|Coast|Channel|War|Wars)\b")


def state_mentions(sentence: str) -> list[StateHit]:
    """States a sentence names or refers to, with where.

    >>> [(h.iso3, h.how) for h in state_mentions("Moscow said Turkmen and Emirati officials met in Beijing.")]
    [('RUS', 'seat'), ('TKM', 'demonym'), ('ARE', 'demonym')]
    >>> [h.iso3 for h in state_mentions("Beijing and Washington agreed to talk.")]
    ['CHN', 'USA']
    """
    return list(_state_mentions(sentence))


@lru_cache(maxsize=1)
def _named_together() -> tuple[Pattern, dict[str, tuple[str, ...]], frozenset[str]]:
    """The phrases that name two states at once ("the two Koreas"), the states of each,
    and the last words of the phrases."""
    pairs = {phrase: tuple(codes.split()) for phrase, codes in load_lexicon().labels_of_phrases("states-named-together").items()}
    return rule_pattern(rf"(?<![\w-])(?:{phrase_alternation(pairs)})(?![\w-])"), pairs, \
        frozenset(phrase.split()[-1] for phrase in pairs)


@lru_cache(maxsize=256)
def _state_mentions(sentence: str) -> tuple[StateHit, ...]:
    # (read once for each sentence: the stages ask of one sentence several times)
    g = gazetteer()
    names, demonyms, seats, _, pairs = _patterns()
    hits: list[StateHit] = []
    taken = bytearray(len(sentence))  # 1 where a name found already lies

    def free(s: int, e: int) -> bool:
        return not any(taken[s:e])

    def take(s: int, e: int) -> None:
        taken[s:e] = b"\x01" * (e - s)

    if "-" in sentence:
        for m in pairs.finditer(sentence):
            for side in (1, 2):
                word = m.group(side)
                iso3, how = (g.state_names[word], "name") if word in g.state_names else \
                    (g.demonyms.get(word) or combining_forms()[word], "demonym")
                hits.append(StateHit(iso3, m.start(side), m.end(side), how))
                take(m.start(side), m.end(side))

    for m in names.finditer(sentence):
        word = m.group(1)
        if word in _places_named_after_states()[1] and any(
                p.start() <= m.start(1) < p.end() for p in _places_named_after_states()[0].finditer(
                    sentence, max(0, m.start(1) - 12), m.end(1) + 8)):
            continue  # "Northern Ireland", "the Niger Delta": a place, not the state in its name
        if word in ("US", "U.S.") and re.match(r"\$|\s*dollars?\b", sentence[m.end(1):]):
            continue  # "US$ 5 million", "48 billion U.S. dollars": a currency
        if word in _us_state_namesakes() and _subnational_after().match(sentence, m.end(1)):
            continue  # "Georgia Governor Brian Kemp", "the Georgia runoff": the US state
        if free(m.start(1), m.end(1)):
            hits.append(StateHit(g.state_names[word], m.start(1), m.end(1), "name"))
            take(m.start(1), m.end(1))
    if " and " in sentence:
        for m in _ELIDED_PAIR.finditer(sentence):
            # "North and South Korea": the first of the pair names a state of its own
            first = f"{m.group(1)} {m.group(3)}"
            if first in g.state_names and free(m.start(1), m.end(1)):
                hits.append(StateHit(g.state_names[first], m.start(1), m.end(1), "name"))
                take(m.start(1), m.end(1))
    if any(word in sentence for word in _named_together()[2]):  # (read first: few sentences hold one)
        for m in _named_together()[0].finditer(sentence):
            # "the two Koreas": each of the pair
            if free(m.start(), m.end()):
                hits += [StateHit(iso3, m.start(), m.end(), "name") for iso3 in _named_together()[1][m.group(0)]]
                take(m.start(), m.end())
    for m in demonyms.finditer(sentence):
        word = m.group(1)
        if word in _WEAK_DEMONYMS or not free(m.start(1), m.end(1)) or _GEOGRAPHY_AFTER.match(sentence, m.end(1)):
            continue  # "the Indian Ocean", "the Arabian Sea": places named after a people, not states
        hits.append(StateHit(g.demonyms[word], m.start(1), m.end(1), "demonym"))
        take(m.start(1), m.end(1))
    for m in seats.finditer(sentence):
        word = m.group(1)
        if not free(m.start(1), m.end(1)):
            continue
        before, after = words_before(sentence, m.start(1)), sentence[m.end(1):m.end(1) + LOOK_BACK]
        building = word.lower().startswith("the ") or word in SEAT_BUILDINGS
        if _VENUE_BEFORE.search(before) and not building:
            continue
        follows_actor = bool(_ACTOR_VERBS.match(after))
        coordinated = bool(re.match(r"^\s*(?:and|,)\s+(?:the\s+)?([A-Z][\w.]+(?:\s[A-Z][\w.]+)?)", after)) and \
            _ACTOR_VERBS.match(re.sub(r"^\s*(?:and|,)\s+(?:the\s+)?[A-Z][\w.]+(?:\s[A-Z][\w.]+)?", "", after))
        if building or follows_actor or coordinated or _ACTOR_BEFORE.search(before):
            hits.append(StateHit(g.seats[word], m.start(1), m.end(1), "seat"))
            take(m.start(1), m.end(1))
    return tuple(sorted(hits, key=lambda h: h.start))


_ELIDED_PAIR = rule_pattern(r"\b(North|South|East|West)\s+and\s+(North|South|East|West)\s+([A-Z][a-z]+)\b")
_GENERIC_BODY_WORDS = frozenset({"union", "commonwealth", "council", "assembly", "alliance", "community", "league",
                                 "forum", "group", "bank", "court", "parliament", "commission", "bloc", "organisation",
                                 "organization", "conference", "summit"})


_A_SIMULATION_BEFORE = rule_pattern(r"\b(?:[Mm]odel|[Mm]ock|[Ss]imulated)\s+(?:the\s+)?$")
# A capitalised word joined to an alias by "and": the alias ends a longer name ("Mediation and Security Council")
_JOINED_NAME_BEFORE = rule_pattern(r"\b([A-Z][a-z]+) and $")


def body_mentions(sentence: str) -> list[BodyHit]:
    """Bodies a sentence names, by full name, acronym or alias.

    >>> [(h.body.acronym, h.form) for h in body_mentions("The CIS CFM met; the OSCE and the Commonwealth of Independent States too.")]
    [('CIS CFM', 'CIS CFM'), ('OSCE', 'OSCE'), ('CIS', 'Commonwealth of Independent States')]
    """
    return list(_body_mentions(sentence))


@lru_cache(maxsize=256)
def _body_mentions(sentence: str) -> tuple[BodyHit, ...]:
    # (read once for each sentence: the stages ask of one sentence several times)
    g = gazetteer()
    bodies = _patterns()[3]
    out: list[BodyHit] = []
    for m in bodies.finditer(sentence):
        form = m.group(1)
        body = g.body_names[form]
        # Lower-case aliases and generic one-word ones ("the Union") are too loose to stand
        # alone; a one-word name of its own ("Francophonie", "Benelux") is not.
        if form != body.name and form != body.acronym and not form.isupper() and (
                form.islower() or " " not in form and form.lower() in _GENERIC_BODY_WORDS):
            continue
        if form != body.name and form != body.acronym and (
                _national_before().search(words_before(sentence, m.start(1))) or _national_after().match(sentence, m.end(1))
                or _A_LEADERS_OWN_COUNCIL.search(words_before(sentence, m.start(1)))
                or form.endswith("Security Council") and _with_a_secretary(sentence, m.start(1), m.end(1))):
            # "the Russian Security Council", "Iran's National Security Council", "the Security
            # Council of Kazakhstan", "an operational meeting with permanent members of the
            # Security Council" (the Kremlin's), "Security Council Secretary Nikolai Patrushev"
            # (the UN's has a president, no secretary): a state's own organ
            continue
        if _A_SIMULATION_BEFORE.search(sentence, max(0, m.start(1) - 12), m.start(1)):
            continue  # "a model United Nations conference", "a mock General Assembly": students', no body's
        joined = _JOINED_NAME_BEFORE.search(sentence, max(0, m.start(1) - 30), m.start(1)) \
            if form != body.name and form != body.acronym and sentence.startswith("and ", m.start(1) - 4) else None
        if joined is not None and not any(h.end == joined.end(1) for h in out) and \
                joined.group(1) not in g.demonyms and joined.group(1) not in g.state_names:
            # "the ECOWAS Mediation and Security Council": a name of its own, not the UN's
            # council (but "Chinese and EU leaders" are two sides)
            continue
        if form != body.name and form != body.acronym and _ORGAN_WORD.search(form):
            owner = _OWNER_BEFORE.search(words_before(sentence, m.start(1)))
            if owner is not None and owner.group(1) not in g.body_names and owner.group(1) not in _NOT_OWNERS:
                continue  # "the North Carolina General Assembly", "the Church of Scotland General Assembly"
            owned = _OWNER_AFTER.match(sentence, m.end(1))
            if owned is not None and not any(owned.group(1).startswith(n) for n in _body_names_of(body)):
                continue  # "the General Assembly of the Grand National Assembly of Türkiye": a parliament's
        out.append(BodyHit(body, form, m.start(1), m.end(1)))
    return tuple(out)


def bodies_acting(sentence: str, hits: list[BodyHit]) -> list[BodyHit]:
    """The bodies a sentence names through an unnamed official or delegation of theirs
    ("the IMF managing director", "a visiting UN delegation"): each takes part in the call,
    talks or visit as such. The words are the lexicon's ``body-agents``.

    >>> [h.form for h in bodies_acting("Pakistan's premier and the IMF managing director spoke.",
    ...                                body_mentions("Pakistan's premier and the IMF managing director spoke."))]
    ['IMF']
    >>> [h.form for h in bodies_acting("The President of the European Council received Abiy.",
    ...                                body_mentions("The President of the European Council received Abiy."))]
    ['European Council']
    """
    agents = load_lexicon().concept("actor-references", "body-agents").pattern
    # (not "the UN mission in Libya said": its office there tells of it, it takes no part)
    return [h for h in hits if ((m := _AGENT_GAP.match(sentence, h.end)) and agents.match(sentence, m.end())
                                and not is_source(sentence, h))
            or _agent_of_before().search(words_before(sentence, h.start))
            or _SENT_BY_THE_BODY.search(words_before(sentence, h.start))
            or _TALKS_WITH_THE_BODY.search(words_before(sentence, h.start))]


# "travelled to Brussels for talks with the EU": the body across the table
_TALKS_WITH_THE_BODY = rule_pattern(r"\b(?:talks|negotiations|consultations|a meeting|meetings) with\s+(?:the\s+)?$")
# "A delegation from the West African bloc ECOWAS", "mediators from the African Union":
# people the body sent
_SENT_BY_THE_BODY = rule_pattern(r"\b(?:[Dd]elegation|[Mm]ission|[Mm]ediators|[Ee]nvoys?|[Tt]eam|[Nn]egotiators|[Oo]bservers)\s+"
                                 r"(?:from|of)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?$")


@lru_cache(maxsize=1)
def _agent_of_before() -> Pattern:
    """The lexicon's ``body-agents`` with "of" just before a body's name ("the President
    of the European Council", "the Secretary-General of the United Nations")."""
    concept = load_lexicon().concept("actor-references", "body-agents")
    # A title ("President of") or one post held ("the president of"), not a post created
    # ("creates a long-term president of the European Council")
    titles = phrase_alternation(p for p in concept.phrases if p[:1].isupper())
    return rule_pattern(rf"(?:\b[Tt]he\s+(?:{phrase_alternation(concept.phrases)})|(?<![\w-])(?:{titles}))\s+of\s+(?:the\s+)?$")


def bodies_of_members(sentence: str, hits: list[BodyHit]) -> list[BodyHit]:
    """The bodies a sentence names through their members acting ("members of OPEC agreed
    after a videoconference"): the meeting is international, though the members, not the
    body, are its sides. The words are the lexicon's ``body-members``."""
    members = _members_before()
    return [h for h in hits if members.search(words_before(sentence, h.start))]


@lru_cache(maxsize=1)
def _members_before() -> Pattern:
    """The lexicon's ``body-members`` just before a body's name ("members of OPEC")."""
    concept = load_lexicon().concept("actor-references", "body-members")
    return rule_pattern(rf"(?<!\w)(?:{phrase_alternation(concept.phrases)})\s+(?:the\s+)?$")


_AGENT_GAP = rule_pattern(r"\s+(?:(?:visiting|top|senior)\s+)?")


def is_source(sentence: str, hit: BodyHit) -> bool:
    """Whether a body is named as the source of what the sentence reports ("the IMF
    report said", "according to the UN"), not as a side of it. The words are the
    lexicon's ``body-as-source``."""
    source = load_lexicon().concept("actor-references", "body-as-source").pattern
    m = _SOURCE_GAP.match(sentence, hit.end)
    return bool(m and source.match(sentence, m.end())) or \
        re.search(r"\b[Aa]ccording to (?:the\s+)?$", words_before(sentence, hit.start)) is not None


def is_attribute(sentence: str, hit: BodyHit) -> bool:
    """Whether a body's name only qualifies a thing the body has or imposes ("a UN arms
    embargo", "NATO troops"): the body is then not the one whose gathering the sentence
    reports. The nouns are the lexicon's ``body-attributes``."""
    return _attribute_after().match(sentence, hit.end) is not None


@lru_cache(maxsize=1)
def _attribute_after() -> Pattern:
    # After the name, up to two lower-case words of the thing's own name ("arms" embargo);
    # an article among them begins another phrase ("The IMF reached a staff-level agreement").
    concept = load_lexicon().concept("actor-references", "body-attributes")
    # So does a verb: "the European Union will discuss sanctions", "the Council adopted new
    # rules" act (but after "'s" a word in -ed qualifies: "the UN's continued support").
    function_words = ("a|an|the|its|their|will|would|shall|can|could|may|might|must|is|are|was|were|has|have|had|"
                      r"to|and|or|also|discuss\w*|agree\w*|consider\w*|debate\w*|review\w*|set|cut|put")
    nouns = phrase_alternation(concept.phrases)
    return rule_pattern(rf"['’]s\s+(?:(?!(?:{function_words})\s)[a-z][\w-]*\s+){{0,2}}?(?:{nouns})\b|"
                        rf"(?:-\w+)?\s+(?:(?!(?:{function_words}|[a-z]+ed)\s)[a-z][\w-]*\s+){{0,2}}?(?:{nouns})\b")


# (and "the UN mission in Libya said": the body's office there tells)
_SOURCE_GAP = rule_pattern(r"(?:['’]s)?\s+(?:(?:latest|new|annual|recent|own|last|final|first)\s+)?"
                           r"(?:(?:mission|office|envoy|team)\s+(?:in|to|for)\s+(?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?\s+"
                           r"(?=said|says|stated|reported))?")


# An organ's alias after a capitalised name that is no body's is another's organ, a state
# legislature's or a church's ("the Iowa General Assembly"); not after a sentence's first
# word or a day ("Monday's Security Council vote").
_ORGAN_WORD = rule_pattern(r"\b(?:Assembly|Council|Board|Commission|Committee|Secretariat|Conference)$")
_OWNER_AFTER = rule_pattern(r"\s+of\s+(?:the\s+)?([A-Z][\w\-’']*(?:\s+(?:of\s+)?[A-Z][\w\-’']*)*)")


def _body_names_of(body: RefBody) -> list[str]:
    """The names of a body's parent, which an organ's name may be followed by ("the General
    Assembly of the United Nations")."""
    parent = gazetteer().body_by_iri(body.parent) if body.parent else None
    return [n for n in (parent.name, parent.acronym, *parent.aliases) if n] if parent is not None else []


_OWNER_BEFORE = rule_pattern(r"(?<![.!?]\s)(?<!^)\b([A-Z][\w.\-]*)\s+$")
_NOT_OWNERS = frozenset({"The", "A", "An", "This", "That", "Its", "Their", "Annual", "Emergency", "Special", "Extraordinary"})


@lru_cache(maxsize=1)
def _national_before() -> Pattern:
    """A state's name or demonym just before an alias: the organ is the state's own."""
    g = gazetteer()
    return rule_pattern(rf"(?:\b(?:{alternation(g.demonyms)})|\b(?:{alternation(g.state_names)})(?:'s|’s)?|"
                        rf"\bNational|\bSupreme)\s+$")


@lru_cache(maxsize=1)
def _national_after() -> Pattern:
    """A state's name just after an alias: "the Security Council of Kazakhstan"."""
    return rule_pattern(rf"\s+of\s+(?:the\s+)?(?:{alternation(gazetteer().state_names)})(?![\w-])")


_SECURITY_COUNCIL = rule_pattern(r"\bSecurity Council\b")
_ITS_SECRETARY_AFTER = rule_pattern(r"\s+(?:[Dd]eputy\s+)?(?:[Ss]ecretary|[Cc]hairman)\b(?!-)")
_ITS_SECRETARY_BEFORE = rule_pattern(r"\b(?:[Dd]eputy\s+)?(?:[Ss]ecretary|[Cc]hairman)\s+of\s+(?:the\s+)?$")


def _with_a_secretary(sentence: str, start: int, end: int) -> bool:
    """Whether the security council named at [start, end) has a secretary or chairman
    ("Security Council Secretary Nikolai Patrushev", "the Secretary of the Security
    Council"): a state's council, for the UN's has a president."""
    return _ITS_SECRETARY_AFTER.match(sentence, end) is not None or \
        _ITS_SECRETARY_BEFORE.search(words_before(sentence, start)) is not None
_A_LEADERS_OWN_COUNCIL = rule_pattern(r"\b(?:operational\s+meeting\s+with\s+(?:the\s+)?(?:permanent\s+)?members|"
                                      r"meeting\s+with\s+permanent\s+members)\s+of\s+(?:the\s+)?$")
_GENERIC_ORGAN = rule_pattern(
    r"\b((?:Supreme|Permanent|Ministerial|Executive|Foreign Affairs|Security|Joint)\s+Council|"
    r"(?:Council|Assembly|Authority|Conference|Commission|Committee|Summit)\s+of\s+(?:the\s+)?"
    r"(?:Heads\s+of\s+State(?:\s+and\s+Government)?|Heads\s+of\s+Government|Foreign\s+Ministers|Ministers)|"
    r"Ministerial\s+Conference|General\s+Assembly|Secretariat|Commission)\b")


def organ_mentions(sentence: str, present: set[str], taken: list[BodyHit]) -> list[BodyHit]:
    """Organs named without their parent ("the Assembly of Heads of State and
    Government", "the Permanent Council"): the reference organ of that name whose parent
    the article already names.

    >>> g = gazetteer()
    >>> osce = g.body_names["OSCE"].iri
    >>> [h.body.name for h in organ_mentions("The Permanent Council met.", {osce}, [])]
    ['OSCE Permanent Council']
    """
    g = gazetteer()
    out = []
    for m in _GENERIC_ORGAN.finditer(sentence):
        if any(t.start <= m.start() < t.end for t in taken):
            continue
        words = set(m.group(1).lower().split())
        candidates = [b for b in g.bodies.values() if b.parent in present
                      and words <= set(re.findall(r"[a-z]+", b.name.lower()))]
        if len(candidates) == 1:
            out.append(BodyHit(candidates[0], m.group(1), m.start(), m.end()))
    return out


# Titles of office, from the lexicon (ontology/lexicon/offices.ttl).
ROLE_WORDS = sorted({phrase for concept in load_lexicon().scheme("offices").values() for phrase in concept.phrases})
# The offices a capitalised word names alone: "Minister", "President", "Ambassador".
OFFICE_WORDS = frozenset(w for w in ROLE_WORDS if " " not in w and w[:1].isupper())
NOT_NAME_WORDS = frozenset(phrase for concept in load_lexicon().scheme("names").values() for phrase in concept.phrases)
PORTFOLIO_WORDS = sorted({phrase for concept in load_lexicon().scheme("portfolios").values() for phrase in concept.phrases})
# "Minister of Trade, Industry and Energy": a ministry's name can run on.
_MINISTRY_WORD = r"(?:Affairs|Development|Cooperation|Co-operation|Relations|Security|Industry|Commerce|Investment|" \
                 r"Resources|Protection|Planning|Policy|Trade|Integration|Economy)"
_MINISTER_OF = (rf"(?:Deputy\s+)?Minister\s+(?:of|for)\s+[A-Z][\w\-]+(?:\s+{_MINISTRY_WORD})?"
                rf"(?:(?:,\s+|\s+and\s+)[A-Z][\w\-]+(?:\s+{_MINISTRY_WORD})?)*")
# "McEnany", "MacKinnon", "DeSantis": a prefix with a capital after it is one word
_NAME_WORD = (r"(?:(?:Mc|Mac|De|Di|Du|La|Le)(?=[A-Z][a-z]))?"
              r"(?:[A-Z][a-z\u00C0-\u017F'’]+(?:-[A-Za-z\u00C0-\u017F]+)*|[A-Z]\.|(?:Al|al|el|El|ad|as|ash)-[A-Z][a-z]+|"
              r"(?:II|III|IV|VI|VII|VIII|XIII)\b)")
_PARTICLE = r"(?:bin|ibn|al|el|de|da|van|von|der|dos|du|le|la|Jong)"
_NAME = rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_NAME_WORD}){{0,3}}"  # "Ursula von der Leyen"
_TITLES = (r"(?:(?:Mr|Mrs|Ms|Dr|H\.E|HE|HH|H\.H|Sir|Datuk Seri|Datuk|Tan Sri|Sheikh|Prince|Shri|Smt|His Excellency|Her Excellency|"
           r"Ayatollah|"
           r"the Hon|The Hon|Hon)"
           r"\.?\s+(?:Mr\.?\s+|Dr\.?\s+|Shri\s+)?)?")
# Words that look like a name's first word but begin a clause.
_NOT_NAMES = {"The", "On", "In", "At", "He", "She", "It", "They", "This", "That", "But", "And", "After", "Before",
              "During", "While", "With", "Under", "Over", "For", "As", "Both", "Neither", "Monday", "Tuesday",
              "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Also", "Meanwhile", "However", "His", "Her",
              "European", "African", "Asian", "Arab", "Latin", "Western", "Eastern", "Gulf", "Pacific", "Nordic"}


@lru_cache(maxsize=1)
def _departments() -> dict[str, str]:
    """The ministries named without their state's name (the lexicon's ``departments``, by
    the ISO3 code that ends each concept's key) and the buildings that stand for a
    government, each with its state: "State Department" → USA, "Kremlin" → RUS."""
    g = gazetteer()
    return {**{b: g.seats[b] for b in SEAT_BUILDINGS if b in g.seats}, **load_lexicon().states_of_phrases("departments")}


@lru_cache(maxsize=1)
def _person_patterns():
    g = gazetteer()
    states = alternation(g.state_names)
    body_forms = alternation(n for n in g.body_names if n[0].isupper() and not n.lower().startswith("the "))
    # "Kremlin spokesman Dmitry Peskov", "State Department spokesman Ned Price": a seat or
    # a ministry that stands for its state; "Beijing's envoy": a capital, owning
    seat = rf"(?P<dept>{alternation(_departments())})(?:'s|’s)?|(?P<capital>{alternation(g.seats)})(?:'s|’s)"
    owner = rf"(?:(?P<dem>{alternation(g.demonyms)})|(?P<sname>{states})(?:'s|’s)?|(?P<body>{body_forms})(?:'s|’s)?|{seat})"
    # ("President of the Republic of Rwanda HE Paul Kagame": the state by its formal name)
    formal = (r"(?:(?:(?:Islamic|Federal|Federative|Arab|United|Socialist|Bolivarian)\s+)?Republic|(?:Hashemite\s+)?Kingdom|"
              r"Sultanate|State|Plurinational\s+State|Federation|Commonwealth|Principality|Emirate)\s+of\s+(?:the\s+)?(?!China\b)")
    of = rf"(?:\s+(?:of|to|in)\s+(?:the\s+)?(?:(?P<of_state>{states})|{formal}(?P<of_formal>{states})|(?P<of_body>{body_forms})))"
    # Each pattern is anchored on a role word or an "of <state>" found first, which keeps
    # the big alternations off most positions of the sentence.
    role = rule_pattern(rf"(?<![\w-])(?P<role>{_MINISTER_OF}|{alternation(ROLE_WORDS)})(?![\w-])")
    name_after_role = rule_pattern(rf"{of}?\s+{_TITLES}(?P<name>{_NAME})")
    # "Russian Economic Development Minister": the portfolio's words between the owner and the role
    portfolio = rf"(?:{alternation(PORTFOLIO_WORDS)})"
    owner_before_role = rule_pattern(rf"{owner}\s+(?:counterpart,?\s+)?(?:(?:then|former|outgoing|incoming|acting|new)\s+)?"
                                     rf"(?:{portfolio},?\s+(?:and\s+{portfolio}\s+)?){{0,4}}$")
    name_before_role = rule_pattern(rf"{_TITLES}(?P<name>{_NAME})(?:\s+(?:AO|AC|MP|QC|KC|OBE|CBE|KBE|MBE|GCMG))*,\s+"
                                    rf"(?:(?:the|a|an|his|her|their)\s+)?(?:{owner}(?:'s|’s)?\s+)?"
                                    rf"(?:(?i:senior|deputy|first|acting|special|chief|permanent)\s+)?$")
    complement = r"(?:\s+(?:of|on|for|to|in)\s+(?:the\s+)?[A-Z][^,;.()]{0,70}?(?:\s+\([A-Z]+\))?)"
    after_role_end = rule_pattern(rf"(?:{of}|{complement})?(?=[,.;)]|\s+(?:who|and|said|was|is|has|told))")
    # "the director of the Office for Democratic Institutions, Matteo Mecacci,"
    name_after_complement = rule_pattern(rf"{complement}?,\s+{_TITLES}(?P<name>{_NAME})(?=[,.;)]|\s+(?:and|who|said|told|was))")
    of_state = rule_pattern(rf"\s+of\s+(?:the\s+)?(?P<of_state>{states})(?![\w-])")
    name_before_of = rule_pattern(rf"{_TITLES}(?P<name>{_NAME})$")
    # "South Africa's Nkosazana Dlamini-Zuma": a state's official named without a title
    state_owns = rule_pattern(rf"(?P<sname>{states})(?:'s|’s)\s+{_TITLES}(?P<name>{_NAME})")
    # "headed by Hiroshige Seko", "led by Rear Admiral Ali Shamkhani"
    # "headed by Deputy Foreign Minister Carolina Valdivia": a long title leaves the name its words
    led_by = rule_pattern(rf"\b(?:headed|led|chaired)\s+by\s+(?:(?:Rear\s+)?Admiral\s+|General\s+)?"
                          rf"(?:(?P<title>{_MINISTER_OF}|{alternation(ROLE_WORDS)})\s+)?{_TITLES}(?P<name>{_NAME})")
    return (role, name_after_role, owner_before_role, name_before_role, after_role_end, of_state, name_before_of,
            name_after_complement, led_by, state_owns)


def person_mentions(sentence: str, on: str | None = None) -> list[PersonHit]:
    """Officials with their title before or after the name, and well-known officials by
    name alone ("Blinken and Kuleba spoke"); ``on``, the article's date, tells which post
    a well-known official held (:mod:`kg.extraction.officials`).

    >>> [(p.name, p.role, p.state) for p in person_mentions("Russian Foreign Minister Sergey Lavrov met OAS Secretary-General Jose Miguel Insulza.")]
    [('Sergey Lavrov', 'Foreign Minister', 'RUS'), ('Jose Miguel Insulza', 'Secretary-General', None)]
    >>> [(p.name, p.role, p.state) for p in person_mentions("Lavrov, Russia's top diplomat, and Kausea Natano, the Tuvaluan Prime Minister, spoke.")]
    [('Lavrov', 'top diplomat', 'RUS'), ('Kausea Natano', 'Prime Minister', 'TUV')]
    >>> [(p.name, p.state) for p in person_mentions("Presidents Mauricio Macri of Argentina and Jair Bolsonaro of Brazil met.")]
    [('Mauricio Macri', 'ARG'), ('Jair Bolsonaro', 'BRA')]
    """
    return list(_person_mentions(sentence, on))


@lru_cache(maxsize=256)
def _person_mentions(sentence: str, on: str | None) -> tuple[PersonHit, ...]:
    # (read once for each sentence and day: the stages ask of one sentence several times)
    g = gazetteer()
    (role, name_after_role, owner_before_role, name_before_role, after_role_end, of_state, name_before_of,
     name_after_complement, led_by, state_owns) = _person_patterns()
    out: list[PersonHit] = []
    seen: set[int] = set()

    def owner_of(groups: dict) -> tuple[str | None, RefBody | None]:
        if groups.get("dem"):
            return g.demonyms.get(groups["dem"]), None
        if groups.get("sname"):
            return g.state_names.get(groups["sname"]), None
        if groups.get("body"):
            return None, g.body_names.get(groups["body"])
        if groups.get("dept"):
            return _departments().get(groups["dept"]), None
        if groups.get("capital"):
            return g.seats.get(groups["capital"]), None
        if groups.get("of_state") or groups.get("of_formal"):
            return g.state_names.get(groups["of_state"] or groups["of_formal"]), None
        if groups.get("of_body"):
            return None, g.body_names.get(groups["of_body"])
        return None, None

    def add(raw: str, name_start: int, title: str, state, body, start: int, end: int) -> bool:
        name = _trim_name(raw)
        if name and any(word in NOT_NAME_WORDS for word in re.split(r"[\s\-]+", name)):
            return False  # "the Islamic State of Iraq", "South Africa's False Bay": no one's name
        national = _national_before().search(words_before(sentence, start)) if body is not None else None
        if national:
            # "Russian Security Council Secretary Nikolai Patrushev", "the Russian UN envoy":
            # a state's official, not the body's.
            word = re.sub(r"(?:'s|’s)?\s+$", "", national.group(0))
            state, body = state or g.demonyms.get(word) or g.state_names.get(word), None
        elif body is not None and body.name.endswith("Security Council") and \
                (council := _SECURITY_COUNCIL.search(sentence, start, name_start)) is not None and \
                _with_a_secretary(sentence, council.start(), council.end()):
            # "Security Council Secretary Nikolai Patrushev": a state's council (the UN's has
            # a president, no secretary), whose state the sentence does not give
            body = None
        if state and any(w in sentence[start:name_start] for w in _us_state_namesakes()) and \
                _subnational_after().match(" " + title):
            state = None  # "Georgia Secretary of State Brad Raffensperger": a US state's official
        if name and name_start not in seen:
            seen.add(name_start)
            out.append(PersonHit(name, title, state, body, start, end))
            return True
        return False

    for r in role.finditer(sentence):
        window_start = max(0, r.start() - 90)
        prefix = sentence[window_start:r.start()]
        after = name_after_role.match(sentence, r.end())
        if after and role.match(after.group("name")):
            after = None  # "a senior adviser to U.S. President Donald Trump": the President's name
        if after:
            # "Chilean Ambassador to Peru": the owner before the title is whom he serves.
            state, body = None, None
            start = r.start()
            owner = owner_before_role.search(prefix)
            if owner:
                state, body = owner_of(owner.groupdict())
                start = window_start + owner.start()
            if state is None and body is None:
                state, body = owner_of(after.groupdict())
            if add(after.group("name"), after.start("name"), r.group("role"), state, body, start, after.end()):
                continue
        before = name_before_role.search(prefix)
        tail = after_role_end.match(sentence, r.end())
        complemented = name_after_complement.match(sentence, r.end())
        # "the director of ODIHR, Matteo Mecacci, the High Commissioner on National
        # Minorities, Kairat Abdrakhmanov": a name already given its role is not this one's.
        if complemented and (not before or _trim_name(before.group("name")) in {p.name for p in out}):
            owner = owner_before_role.search(prefix)
            state, body = owner_of(owner.groupdict()) if owner else (None, None)
            served = of_state.search(sentence, r.end(), complemented.start("name"))
            if state is None and body is None and served:
                state = g.state_names.get(served.group("of_state"))  # "the Foreign Minister of Indonesia, Retno Marsudi"
            add(complemented.group("name"), complemented.start("name"), r.group("role"), state, body,
                r.start(), complemented.end())
            # "the two foreign ministers, Nikos Kotzias and Nikola Dimitrov,"
            more = re.match(rf"\s+and\s+{_TITLES}(?P<name>{_NAME})(?=[,.;)]|\s+(?:who|said|told|was|were))",
                            sentence[complemented.end():])
            if more:
                at = complemented.end() + more.start("name")
                add(more.group("name"), at, r.group("role"), state, body, r.start(), complemented.end() + more.end())
            continue
        if before and tail:
            state, body = owner_of(before.groupdict())
            if state is None and body is None:
                state, body = owner_of(tail.groupdict())
            add(before.group("name"), window_start + before.start("name"), r.group("role"), state, body,
                window_start + before.start("name"), tail.end())
    for m in led_by.finditer(sentence):
        name, title = m.group("name"), m.group("title") or "head"
        titled = role.match(name)
        if not m.group("title") and not titled and not _AN_OFFICIAL_PARTY.search(sentence, max(0, m.start() - 60), m.start()):
            continue  # "Argentina, led by Gerardo Martino, came closest": a team's coach, no official
        if titled and titled.end() < len(name):
            # "chaired by High Representative Josep Borrell": the title is his role
            name, title = name[titled.end():].strip(), titled.group("role")
        start = m.start("title") if m.group("title") else m.start("name")
        add(name, m.start("name"), title, None, None, start, m.end())
    for m in state_owns.finditer(sentence):
        # "Kenya's Prime Cabinet Secretary": titles, not a name
        if len(m.group("name").split()) >= 2 and not re.match(rf"\s*(?:{alternation(ROLE_WORDS)})\b", m.group("name")) \
                and not re.search(rf"\b(?:{alternation(ROLE_WORDS)})$", m.group("name")):
            add(m.group("name"), m.start("name"), "", g.state_names.get(m.group("sname")), None, m.start(), m.end())
    # "Presidents Mauricio Macri of Argentina, Jair Bolsonaro of Brazil": each holds the title
    plural_title, title_list_item = _title_lists()
    for p in plural_title.finditer(sentence):
        at = p.end()
        while item := title_list_item.match(sentence, at):
            add(item.group("name"), item.start("name"), _plural_titles()[p.group("plural")],
                g.state_names.get(item.group("of_state")), None, item.start("name"), item.end())
            at = item.end()
    # "Sultan Hassanal Bolkiah of Brunei", "Mauricio Macri of Argentina": a leader and his state
    for m in of_state.finditer(sentence):
        window_start = max(0, m.start() - 60)
        before = name_before_of.search(sentence[window_start:m.start()])
        if before and len(before.group("name").split()) >= 2:
            name, title, at = before.group("name"), "", window_start + before.start("name")
            titled = role.match(name)
            if titled and titled.end() < len(name):
                # found by its title too: the two hits are merged by the name
                name, title = name[titled.end():].lstrip(), titled.group("role")
            add(name, at, title, g.state_names.get(m.group("of_state")), None, at, m.end())
    # "Guyana was represented by its ambassador, George Talbot", "the Indian delegation was
    # led by Minister Ana Ruiz": the official acts for the state his delegation is
    for m in _delegation_of_state().finditer(sentence):
        state = g.state_names.get(m.group("sname") or "") or g.demonyms.get(m.group("dem") or "")
        out = [replace(h, state=state) if h.start == m.end() and h.state is None and h.body is None else h
               for h in out]
    hits = _with_known_officials(_merged(sorted(out, key=lambda p: p.start), sentence), sentence, on)
    # "the death of former Premier Li Keqiang": no longer an official acting for a state
    hits = [h for h in hits if not _FORMER.search(sentence, max(0, h.start - 12), h.start)]
    # "league president Javier Tebas", "the club's chairman": an organisation's, no state's
    hits = [h for h in hits if not _OF_AN_ORGANISATION.search(sentence, max(0, h.start - 40), h.start)]
    return tuple(_counterparts_hold_the_office(
        [replace(h, name=name) if (name := _HONORIFIC.sub("", h.name)) != h.name and name else h for h in hits]))


# What an untitled leader named after "led by" heads for a state or body: "a delegation
# headed by Hiroshige Seko", "the talks, chaired by ..."
_AN_OFFICIAL_PARTY = rule_pattern(r"\b(?:delegations?|mission|missions|negotiators|negotiating team|government|cabinet|"
                                  r"ministry|ministries|department|agency|office|secretariat|administration|"
                                  r"organi[sz]ation|bloc|alliance|union|"
                                  r"talks|negotiations|committee|commission|panel|council|working group|task force|"
                                  r"meeting|session|summit|conference|dialogue|envoys?)\b[^.;]{0,40}$", re.I)
_OF_AN_ORGANISATION = rule_pattern(r"(?:\b|^)(?:league|club|federation|company|firm|team|university|corporation|airline|"
                                   r"^(?:League|Club|Federation|Company|Team))(?:['’]s)?\s+(?:(?!and\b|or\b|of\b)[a-z\-]+\s+)?"
                                   r"(?:(?i:president|chairman|chairwoman|chief|head|director|coach|manager|owner)\s+)?$")


@lru_cache(maxsize=1)
def _delegation_of_state() -> Pattern:
    """A state, or its delegation, represented or led by an official named next: "Russia
    was represented by", "The Indian delegation was headed by", "Chile's delegation was led
    by its"."""
    g = gazetteer()
    states, demonyms = alternation(g.state_names), alternation(g.demonyms)
    return rule_pattern(rf"(?<![\w-])(?:(?P<sname>{states})(?:(?:'s|’s)\s+delegation)?|(?P<dem>{demonyms})\s+delegation)"
                        rf"\s+(?:was|is|will\s+be|had\s+been)\s+(?:represented|led|headed)\s+by\s+(?:its\s+)?")


@lru_cache(maxsize=1)
def _plural_titles() -> dict[str, str]:
    """Titles in the plural, each with its singular: "Presidents" → "President",
    "Foreign Secretaries" → "Foreign Secretary"."""
    out = {}
    for title in ROLE_WORDS:
        if not title.endswith("s"):
            out[title + "s"] = title
            if title.endswith("y"):
                out[title[:-1] + "ies"] = title
    return out


@lru_cache(maxsize=1)
def _title_lists() -> tuple[Pattern, Pattern]:
    """A title in the plural, and one official of the list after it: "Foreign Secretaries
    S. Jaishankar of India and Aizaz Ahmad Chaudhry of Pakistan"."""
    states = alternation(gazetteer().state_names)
    plural = rule_pattern(rf"(?<![\w-])(?P<plural>{alternation(_plural_titles())})(?![\w-])")
    item = rule_pattern(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+){_TITLES}(?P<name>{_NAME})"
                        rf"\s+of\s+(?:the\s+)?(?P<of_state>{states})(?![\w-])")
    return plural, item


# "Mr Albanese", "H.E. Mr. Joseph R. Biden": a form of address, no part of the name.
_HONORIFIC = rule_pattern(r"^(?:(?:H\.E\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+)+")


def _counterparts_hold_the_office(hits: list[PersonHit]) -> list[PersonHit]:
    """"Ruto hosted his Tanzanian counterpart Samia Suluhu Hassan": a counterpart holds the
    office of the official named before him."""
    out: list[PersonHit] = []
    for h in hits:
        office = next((p.role for p in reversed(out) if p.role and p.role.lower() != "counterpart"), None)
        out.append(replace(h, role=office) if h.role.lower() == "counterpart" and office else h)
    return out


_FORMER = rule_pattern(r"\b(?:[Ff]ormer|[Ll]ate|[Ee]x-)\s*$")
# A run of capitalised words that may be a name: "Blinken", "Recep Tayyip Erdogan".
_NAME_RUN = rule_pattern(r"(?<![\w’'-])[A-Z][\w’'\-]+(?:\s+(?:(?:bin|al|de|da|van|von|der|le|la)\s+)?[A-Z][\w’'\-]+){0,3}")
_STATE_OWNS_RUN = rule_pattern(r"(.+?)(?:'s|’s)\s+(?=[A-Z])")
# A name run followed by a particle and a capital is the start of a longer proper name, a
# place's more often than not ("Dar es Salaam"), not a surname.
_LONGER_NAME_AFTER = rule_pattern(r"\s+(?:es|el|del|di|du|do|dos|das|des|y|sur|am|ur|ul)\s+[A-Z]")
CALENDAR_WORDS = frozenset("January February March April May June July August September October November December "
                           "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())


def _with_known_officials(hits: list[PersonHit], sentence: str, on: str | None) -> list[PersonHit]:
    """The hits with the state or body of each well-known official the title left without
    one ("President Obama"), and a hit for each well-known official named without a title
    ("Putin offered to negotiate"). A run of two words or more is looked up as a full
    name only, so that "Paul Johnson" is nobody's, not Boris Johnson's."""
    g = gazetteer()
    out = []
    for h in hits:
        if h.state is None and h.body is None:
            official = known_official(h.name, on, h.role or None)
            if official is None and h.role and " " not in h.name:
                # "King Charles", "Pope Francis": a monarch's or a pope's title is part of
                # the name the press knows them by
                official = known_official(f"{h.role} {h.name}", on)
            if official is not None:
                h = PersonHit(h.name, h.role or official.office or "", official.state,
                              g.body_names.get(official.body) if official.body else None, h.start, h.end)
        elif not h.role and on is not None and (official := known_official(h.name, on)) is not None \
                and official.office and (official.state, official.body) == (h.state, h.body.name if h.body else None):
            # "attended by Mauricio Macri of Argentina" in 2019: the office he then held for
            # it (without a date, he may be out of office)
            h = replace(h, role=official.office)
        out.append(h)
    taken = [(h.start, h.end) for h in hits]
    for m in _NAME_RUN.finditer(sentence):
        run, start = m.group(0).removesuffix("’s").removesuffix("'s"), m.start()
        words = run.split()
        if len(words) > 1 and any(w in CALENDAR_WORDS for w in words[1:]):
            # "Rice met Olmert Wednesday": a name, then the day, no longer name
            run = " ".join(words[:next(i for i, w in enumerate(words) if i and w in CALENDAR_WORDS)])
        owner = _STATE_OWNS_RUN.match(run)
        if owner and owner.group(1) in g.state_names:
            # "Japan's Kishida and South Korea's Yoon spoke": a state's official by surname
            run, start = run[owner.end():], start + owner.end()
        end = start + len(run)
        if any(s < end and start < e for s, e in taken) or run in CALENDAR_WORDS or run in g.state_names \
                or run in g.demonyms or run in g.seats or run in g.body_names \
                or _LONGER_NAME_AFTER.match(sentence, end):
            continue
        if sentence.endswith("the ", 0, start) and " " not in run:
            continue  # "the exploration of the Moon", "the Moon administration": no one by surname
        official = known_official(run, on)
        if official is not None and (official.state or official.body):
            out.append(PersonHit(run, official.office or "", official.state,
                                 g.body_names.get(official.body) if official.body else None, start, end))
    return sorted(out, key=lambda p: p.start)


def _merged(hits: list[PersonHit], sentence: str) -> list[PersonHit]:
    """One hit per name: "President Vladimir Putin of the Russian Federation" is found by
    its title and by its state; the hit keeps both. A state the official acts for ("signed
    for Sudan", "Minister A and Minister B signed for Japan") completes one that has none."""
    out: dict[str, PersonHit] = {}
    for h in hits:
        known = out.get(h.name)
        if known is None:
            out[h.name] = h
        else:
            out[h.name] = PersonHit(h.name, known.role or h.role, known.state or h.state, known.body or h.body,
                                    known.start, max(known.end, h.end))
    return [PersonHit(h.name, h.role, h.state or _acting_for(sentence[h.end:]), h.body, h.start, h.end)
            for h in out.values()]


def _acting_for(after: str) -> str | None:
    """The state named by "signed for ..." or "for ..." right after an official's name."""
    g = gazetteer()
    m = re.match(r",?\s+(?:signed |spoke |voted )?for (?:the )?", after) or \
        re.match(r"[^,;.]*?\bsigned for (?:the )?", after)
    if m is None:
        return None
    words = re.match(r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}", after[m.end():])
    if words is None:
        return None
    parts = words.group(0).split()
    return next((g.state_names[" ".join(parts[:n])] for n in range(len(parts), 0, -1)
                 if " ".join(parts[:n]) in g.state_names), None)


_INSTITUTION_WORDS = rule_pattern(r"\b(?:Council|Ministry|Commission|Committee|Organi[sz]ation|Union|Assembly|Agency|Bank|"
                                  r"Fund|Office|Department|Government|Parliament|Court|Affairs|States|Republic|Kingdom|"
                                  r"Forum|Group|Party|Army|Forces|Secretariat|Summit|Conference|Treaty|Agreement|"
                                  r"Declaration|Security|Cooperation|Development|Trade|Investment|Centre|Center|"
                                  r"University|Institute|News|Agency|Airport|Palace|House|Hall|Hotel|Centre|Stadium|Presidents?|Ministers?)\b")


_LEADING_TITLES = {"President", "Presidents", "Prime", "Minister", "Ministers", "Premier", "Premiers", "Leaders",
                   "Chancellor", "King", "Emir", "Secretary", "Foreign", "Deputy", "Vice", "General", "Ambassador"}


def _trim_name(name: str) -> str | None:
    name = re.sub(r"(?:'s|’s)$", "", name.strip())
    words = name.split()
    g = gazetteer()
    possessive = next((i for i, w in enumerate(words[:-1]) if re.search(r"(?:'s|’s)$", w)), None)
    if possessive is not None:
        owner = re.sub(r"(?:'s|’s)$", "", words[possessive])
        if owner in g.state_names or possessive > 0 or any(n.startswith(words[possessive] + " ") for n in g.state_names):
            return None  # "Peru's Rosa Quispe": the state's official, found by its own pattern
        words = [owner]  # "Secretary Blinken's Meeting with ...": the name ends at the possessive
    while words and (words[0] in _LEADING_TITLES or words[0] in _PLURAL_TITLE_WORDS):
        words.pop(0)
    while words and (words[-1] in _NOT_NAMES and not _ends_in_a_given_name(words) or words[-1] in g.state_names
                     or words[-1] in g.demonyms or words[-1] in g.seats):
        words.pop()
    if not words or words[0] in _NOT_NAMES or words[0] in g.state_names or words[0] in g.demonyms:
        return None
    if any(w in g.body_names and w.isupper() for w in words) or _INSTITUTION_WORDS.search(" ".join(words)):
        return None
    if len(words) == 1 and re.fullmatch(r"[A-Z]\.|II|III|IV|VI", words[0]):
        return None
    if all(w in _ROLE_WORDS for w in words) or words[0] == "Operation":
        return None  # "the Crown Prince", "Permanent Representative", "Operation Peace Spring"
    return " ".join(words)


def _ends_in_a_given_name(words: list[str]) -> bool:
    """Whether the last of a name's words is a given name that is also a word the name
    would end before: "Liu He", a Chinese family name and given name, is no "Liu" followed
    by "He said". Only "He": a pronoun does not follow a name without a stop."""
    return len(words) >= 2 and words[-1] == "He"


# The last words of titles in the plural: "Secretaries S. Jaishankar of India" is no name.
_PLURAL_TITLE_WORDS = frozenset(title.split()[-1] for title in _plural_titles() if title[:1].isupper())
_ROLE_WORDS = {"Crown", "Prince", "Princess", "King", "Queen", "Emir", "Amir", "Permanent", "Representative",
               "President", "Vice", "Prime", "Minister", "Secretary", "General", "Deputy", "Foreign", "Ambassador",
               "Envoy", "Special", "Chancellor", "Premier", "Chairman", "Chair", "Speaker", "Senator"}


# Generic words of bodies' names that the news uses alone for a body it has named: "the
# Forum" for the Pacific Islands Forum, "the Union" for the African Union.
_GENERIC_BODY_WORD = rule_pattern(r"(?<![A-Z][\w.\-]\s)(?<![\w\-])(Forum|Union|Alliance|League|Community|Bloc|"
                                  r"Organi[sz]ation|Commonwealth|Partnership|Group)\b"
                                  r"(?!\s+(?:of|for|on)\b|\s+(?!(?:Session|Summit|Meeting|Leaders|Secretariat|Secretary|"
                                  r"Communiqu|Declaration|Ministers)\b)[A-Z])")


def bodies_referred_to(sentence: str, bodies) -> frozenset[str]:
    """The bodies among ``bodies`` (the article's :class:`kg.facts.Body` list) that a
    sentence refers to by a generic word of the name alone ("a Forum declaration", "the
    week-long Forum meeting"), when one body only has that word last in its name.

    >>> from kg.facts import Body
    >>> sorted(bodies_referred_to("Leaders endorsed a Forum declaration.", [Body("Pacific Islands Forum", "PIF")]))
    ['PIF']
    """
    out = set()
    for m in _GENERIC_BODY_WORD.finditer(sentence):
        word = m.group(1)
        owners = [b for b in bodies if b.name and b.name.split()[-1] == word]
        if len(owners) == 1:
            out.add(owners[0].acronym or owners[0].name)
    return frozenset(out)

