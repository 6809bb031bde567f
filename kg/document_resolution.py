"""Document resolution: which documents of different articles are one real document.

A document's IRI is minted from the event where its step happened and its title
(:func:`kg.mapping.document_keys`), so articles that give it the same title at the same
meeting already meet in one node. Real reports name one document many ways: "the
Bishkek Declaration" and "the Bishkek Declaration of the Council of Heads of State";
"the China-Italy joint communique" and "the Joint Communique on Strengthening the
Comprehensive Strategic Partnership"; "New START" and "the Treaty on Measures for the
Further Reduction and Limitation of Strategic Offensive Arms"; "the BRI memorandum" and
"the memorandum of understanding on the Belt and Road". This stage runs after event
resolution and gives each document of a cluster the same key, so that they become one
node; each article keeps its own report, with its own title and status.

Titles are read by :mod:`kg.document_titles` into their distinctive words (known names,
acronyms and synonyms as one token each, stemmed, less document nouns, generic words and
the names of states and bodies). Each word weighs by how much it tells: a known name
twice a word, a weak word ("cooperation") a quarter, and a word less the more titles
have it. The rules, for two documents of different articles:

- **type** alike: the same, or one of them "other", or kindred types (a memorandum
  reported as an agreement) when the titles name it alike (rules 4 and 3 below, sharing
  a word that identifies it);
- **nothing keeps them apart**: one tells of acting on another instrument ("extending
  the treaty", "withdrawal from the Paris Agreement"; not "demanding that troops
  withdraw" nor "renewing the mission's mandate", which act on none) and the other does not; their numbers differ ("resolution 2231",
  "resolution 2118"); the states their titles name differ (an agreement with Serbia, one
  with Singapore: disjoint, or two pairs that differ). Parties, which reports list in
  part, part only what the titles do not join (rules 2 and 1 below);
- **the same meeting**: both attached to one event node (after event resolution), or
  both attached to none; otherwise both titles must be proper names. A step that an
  article ties to no event counts as taken at the meeting the story tells of (its one
  event, the one its other documents are tied to, or its latest, the others being
  background); a document only in force or ratified is named in passing, and those a
  story names so are compared as at one meeting of their own, in passing at the story's
  ("the 2021 ruling", "the Hague-based court's award": each named in passing by a
  story of one summit), which is its day and states where it names two or more (a story
  of a signing and one of the talks beside it that day name the same ruling); a
  document in passing and one tied to no event are compared as two tied to none;
- **titles** alike: (4) the same distinctive words; (3) one's all among the other's
  ("Bishkek Declaration" in "Bishkek Declaration of the Council of Heads of State"), where
  they are at one meeting or the smaller is a proper name; and at one meeting only, (2)
  sharing two words and a third of all, or sharing a word that is not weak and half of
  all by weight ("memorandum on jointly advancing the construction of the Belt and Road",
  "memorandum on cooperation within the framework of the Silk Road Economic Belt"), or
  one's words that are not weak all among the other's ("memorandum on geothermal
  energy", "geothermal cooperation memorandum"; not "solar energy" and "geothermal
  energy");
- or, at one meeting only, (1) **the only one of its kind**: each is the only document of
  its type its article attaches to that meeting, and either one of them says no more than
  its kind and sides ("the China-Italy joint communique"; of kindred types, both: "the
  joint statement", "the joint communique"), or it is of a kind a meeting
  adopts one of (a declaration, a communique) and their names do not differ ("Declaration
  on ASEAN 2045" and "Declaration on the ASEAN Community" are two), or one is known by
  its number alone and the other by what it says ("resolution ES-11/1", "the resolution
  demanding a withdrawal"), or they share a word and two parties. Two statements or
  resolutions that each tell what they are about and share nothing ("a statement on the
  fisheries dispute", "a statement condemning the attack") stay two: a meeting adopts many.
  "The only one" is also the only one of its type, outcome and named states: where an
  article names a resolution on South Sudan and one on Mali, each is the only one of
  its states, and where it names a draft vetoed and a resolution adopted, each is the
  only one its report says the meeting did not take, or took. Rule 1 never joins a
  report that the meeting took the step (adopted, signed) with one that it did not
  (discussed): the vetoed draft and the resolution adopted the same day;
- at one meeting, for rules 1 and 2, **names that differ** keep apart: each title names
  its document by capitalised words, numbers or known names the other lacks, and they
  share none ("the mandate of UNMISS", "the mandate of MINUSMA"); the meeting's city is
  no name ("Addis Ababa Declaration" and "Declaration on Silencing the Guns" of its
  summit are one), nor, but for a declaration or communique, a number alone.

A treaty discussed at one meeting and named in passing in another article ("the New
START treaty") is one document; two joint statements of two meetings are two.

Clusters are complete (a document joins one only if it is alike with each member), pairs
are taken most alike first, of one type before kindred types (two articles that each
name a memorandum on trade and a trade agreement give two nodes, not two crossed), ties
in the order of the documents' own keys and article ids, so the result does not depend
on the order of the articles. Documents are compared
within their meeting, and unattached or properly named ones also with those that have
their rarest distinctive word (which two titles the rules can join across meetings
share), unless a thousand titles have it, so resolution stays near-linear.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Callable, Iterable, Iterator, Mapping, Protocol

from kg.document_titles import Title, TitleReader, document_kin, stem
from kg.facts import NewsFacts, is_iso3
from kg.mapping import document_keys, event_keys
from kg.resolution import complete_clusters

__all__ = ["DocumentCluster", "DocumentMention", "resolve_documents", "resolve_document_mentions", "document_mentions",
           "documents_paired", "likeness_weighed", "distinctive_words", "story_meeting"]

_UNATTACHED = "unattached"
# Titles sharing a word are compared across meetings only when at most this many have it.
MOST_ALIKE = 1000
# Steps of a document named in passing, which the meeting a story tells of did not take.
_PASSING = frozenset({"in_force", "ratified"})
# The meeting documents named in passing by a story of a meeting are compared at: "the
# 2021 ruling" and "the Hague-based court's award", each named in passing by a story of
# one summit, are as alike as two steps of that summit.
_IN_PASSING = "in passing at "
# Outcomes of a step at a meeting: the meeting took it, or a report says it did not
# (the draft that was vetoed). Proposed and draft steps tell neither.
_DONE, _FAILED = frozenset({"adopted", "signed", "ratified", "in_force"}), frozenset({"discussed"})
# Kinds of outcome a meeting adopts one of: two described differently are still one.
_ONE_PER_MEETING = frozenset({"declaration", "communique"})
# How much a word tells, before its rarity: a known name, a weak word, any other.
_NAME_WEIGHT, _WEAK_WEIGHT = 2.0, 0.25


@dataclass(frozen=True)
class DocumentCluster:
    """Documents of several articles that are one: the key of their node."""

    key: tuple[str, str]  # (event part, title part), as kg.mapping.document_keys gives
    members: tuple[tuple[str, str], ...]  # (article id, document id)


@dataclass(frozen=True)
class DocumentMention:
    """One article's titled document, as resolution compares it."""

    article: str
    document: str  # its id in the article
    type: str
    key: tuple[str, str]  # its own key
    meeting: str  # the meeting it is compared at: its event's key, the story's one meeting, or none
    title: Title
    sole: bool  # the only document of its type its article attaches to its meeting
    sides: frozenset[str]  # the states its title names and its parties
    alone: bool = False  # the only one of its type, outcome and named states its article attaches to its meeting
    outcome: str = ""  # "done" where its report says the meeting took the step, "failed" where it did not
    place: frozenset[str] = frozenset()  # the words of the city of its meeting, as its article gives it

    @property
    def words(self) -> frozenset[str]:
        return self.title.words

    @property
    def named(self) -> bool:
        return self.title.named

    @property
    def sort_key(self) -> tuple[str, str, str, str]:
        return (*self.key, self.article, self.document)

    @property
    def signature(self) -> tuple:
        """All that :func:`likeness` reads: mentions alike in it are one unit."""
        return (self.type, self.key, self.meeting, self.title, self.sides, self.sole, self.alone, self.outcome,
                self.place)

    @cached_property
    def searches(self) -> bool:
        """Whether it is compared across meetings, with the titles that have its rarest
        word: a proper name, or a document tied to no meeting."""
        return (_loose(self.meeting) or self.named) and bool(self.words)


def resolve_documents(facts: list[NewsFacts], clusters: dict) -> dict[tuple[str, str], DocumentCluster]:
    """The cluster of every document that resolution joins with another article's, by
    (article id, document id); ``clusters`` are the event clusters
    (:func:`kg.resolution.resolve_events`), which tell which events are one meeting.
    Documents joined with none are left out: they keep their own key."""
    reader = TitleReader(d.title for f in facts for d in f.documents if d.title)
    mentions = [m for f in facts for m in document_mentions(f, clusters, reader)]
    titles_with: dict[str, int] = {}
    for m in mentions:
        for word in m.words:
            titles_with[word] = titles_with.get(word, 0) + 1
    return resolve_document_mentions(mentions, titles_with)


def resolve_document_mentions(mentions: Iterable[DocumentMention], titles_with: Mapping[str, int],
                              units_with: Mapping[str, int] | None = None) -> dict[tuple[str, str], DocumentCluster]:
    """The clusters of the given mentions, as :func:`resolve_documents` makes them.

    ``titles_with`` counts the mentions that have each word (the words' weights), and
    ``units_with`` the units that search across meetings and have it (which word of a
    title is its rarest, and whether it is too common to search by); by default those of
    ``mentions``. Given the mentions of a union of clusters (each whole, with every
    mention of each of its units' signatures) and the counts of all, the result on them
    is the one of all mentions: a cluster is built from pairs of its own members only,
    and a pair of two clusters' members was refused for what those members say.
    """
    mentions = sorted(mentions, key=lambda m: m.sort_key)
    weigh = _Weights(titles_with)
    units = _units(mentions, weigh)
    reps = [u[0] for u in units]
    articles = [frozenset(m.article for m in u) for u in units]
    scored: dict[tuple[int, int], int] = {}

    def compare(i: int, j: int) -> None:
        pair = (min(i, j), max(i, j))
        if i != j and pair not in scored and not articles[i] & articles[j]:
            score = _likeness(reps[pair[0]], reps[pair[1]], weigh)
            if score:
                scored[pair] = score

    meetings: dict[str, list[int]] = {}
    with_word: dict[str, list[int]] = {}
    for i, m in enumerate(reps):
        if m.meeting != _UNATTACHED:
            meetings.setdefault(m.meeting, []).append(i)
        if m.searches:
            for word in m.words:
                with_word.setdefault(word, []).append(i)
    count = units_with.get if units_with is not None else (lambda w, _=0: len(with_word[w]))
    for members in meetings.values():  # a meeting's documents, each with each
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                compare(members[x], members[y])
    for i, m in enumerate(reps):
        # Across meetings the titles must share all of the smaller's words: the other has
        # its rarest word. A word in thousands of titles is no sign of one document.
        if m.searches:
            rarest = _rarest(m, count)
            if count(rarest, 0) <= MOST_ALIKE:
                for j in with_word[rarest]:
                    compare(i, j)
    # Most alike first; two documents of one article are two documents.
    _, members_of = complete_clusters(
        len(reps), (pair for pair, _ in sorted(scored.items(), key=lambda item: (-item[1], item[0]))),
        lambda a, b: not articles[a] & articles[b] and bool(_likeness(reps[a], reps[b], weigh)))
    out: dict[tuple[str, str], DocumentCluster] = {}
    for members in members_of.values():
        group = [m for k in members for m in units[k]]
        if len(group) < 2:
            continue
        # The node takes the key of the member that names it best: one attached to a
        # meeting, a proper name, the most distinctive words; then the first in key order.
        lead = min(group, key=lambda m: (m.key[0] == _UNATTACHED, not m.named, -len(m.words), m.sort_key))
        cluster = DocumentCluster(lead.key, tuple(sorted((m.article, m.document) for m in group)))
        for m in group:
            out[(m.article, m.document)] = cluster
    return out


def _rarest(m: DocumentMention, count: Callable[[str, int], int]) -> str:
    return min(m.words, key=lambda w: (count(w, 0), w))


def documents_paired(a: DocumentMention, b: DocumentMention, titles_with: Mapping[str, int],
                     units_with: Mapping[str, int]) -> tuple[int, int]:
    """The scores :func:`resolve_document_mentions` may give the pair of two units of
    different articles, by their first mentions and given the counts of all: with ``a``
    first, and with ``b`` first (the words' weights are read from the first's title, so
    the two may differ); 0 where it does not compare them (at one meeting, or through
    one's rarest word that the other has, not too common) or finds them unlike."""
    compared = a.meeting == b.meeting != _UNATTACHED
    if not compared and a.searches and b.searches:
        for x, y in ((a, b), (b, a)):
            rarest = _rarest(x, units_with.get)
            if rarest in y.words and units_with.get(rarest, 0) <= MOST_ALIKE:
                compared = True
                break
    if not compared:
        return 0, 0
    score = _unweighed_likeness(a, b)
    if score is not None:
        return _ranked(a, b, score), _ranked(a, b, score)
    weigh = _Weights(titles_with)
    return _ranked(a, b, _weighed_likeness(a, b, weigh)), _ranked(a, b, _weighed_likeness(b, a, weigh))


def _units(mentions: list[DocumentMention], weigh: _Weights) -> list[list[DocumentMention]]:
    """The mentions, those alike in all that :func:`_likeness` reads (type, key, title,
    sides, being the sole one) and alike to each other joined beforehand into one unit,
    which holds one mention of an article at most and is compared by its first: a
    document reported a thousand times alike costs one comparison with each other, not
    half a million among its reports."""
    units: list[list[DocumentMention]] = []
    unit_articles: list[set[str]] = []
    by_signature: dict[tuple, list[int]] = {}
    for m in mentions:
        signature = m.signature
        candidates = by_signature.setdefault(signature, []) if _likeness(m, m, weigh) else []
        home = next((u for u in candidates if m.article not in unit_articles[u]), None)
        if home is None:
            home = len(units)
            units.append([])
            unit_articles.append(set())
            candidates.append(home)
        units[home].append(m)
        unit_articles[home].add(m.article)
    return units


class _Reads(Protocol):
    """What reads titles: a :class:`kg.document_titles.TitleReader`, or a store's readings."""

    def read(self, title: str) -> Title: ...


def document_mentions(facts: NewsFacts, clusters: dict, reader: _Reads) -> Iterator[DocumentMention]:
    """The titled documents of an article, as resolution compares them, under the event
    ``clusters`` of its events (which give each document its meeting)."""
    events = event_keys(facts, clusters)
    keys = document_keys(facts, events, {})
    # A story tells of what was done at its meeting, though it ties a step to no event
    # ("Russia vetoed the draft resolution"): compared as at that meeting. Not a treaty
    # in force or ratified, which is named in passing.
    story = story_meeting(facts, events)
    passing = "" if story is None else _IN_PASSING + _occasion(facts, events, story)
    at = [key[0] if key[0] != _UNATTACHED or story is None else passing if d.status in _PASSING else story
          for d, key in zip(facts.documents, keys)]
    titles = [reader.read(d.title) if d.title else None for d in facts.documents]
    outcomes = [_outcome(d.status) for d in facts.documents]
    kinds: dict[tuple, int] = {}
    for d, meeting, title, outcome in zip(facts.documents, at, titles, outcomes):
        for kind in ((meeting, d.type), (meeting, d.type, outcome, title.states if title else None)):
            kinds[kind] = kinds.get(kind, 0) + 1
    cities: dict[str, set[str]] = {}
    for e in facts.events:
        if e.city and e.id in events:
            cities.setdefault(events[e.id], set()).update(stem(w) for w in re.findall(r"[A-Za-z]+", e.city))
    for d, key, meeting, title, outcome in zip(facts.documents, keys, at, titles, outcomes):
        if title is None:
            continue
        attached = meeting != _UNATTACHED
        yield DocumentMention(facts.article.id, d.id, d.type, key, meeting, title,
                              attached and kinds[(meeting, d.type)] == 1,
                              title.states | frozenset(d.parties),
                              attached and kinds[(meeting, d.type, outcome, title.states)] == 1, outcome,
                              frozenset(cities.get(meeting.removeprefix(_IN_PASSING), ())))


def _outcome(status: str) -> str:
    return "done" if status in _DONE else "failed" if status in _FAILED else ""


def _loose(meeting: str) -> bool:
    """Whether a document is at no meeting of its own: tied to none, or named in passing."""
    return meeting == _UNATTACHED or meeting.startswith(_IN_PASSING)


def _occasion(facts: NewsFacts, events: Mapping[str, str], story: str) -> str:
    """What documents named in passing by a story are compared at: the day and the states
    of its meeting, where it names two or more, so that stories of a signing and of the
    talks beside it that day ("the 2009 boundary ruling", "the border commission's
    decision") compare what they name in passing; else the meeting itself."""
    for e in facts.events:
        states = sorted({p for p in e.participants if is_iso3(p)})
        if events.get(e.id) == story and e.date and len(e.date) == 10 and len(states) >= 2:
            return f"{e.date} {'-'.join(states)}"
    return story


def story_meeting(facts: NewsFacts, events: Mapping[str, str]) -> str | None:
    """The key of the meeting an article tells of, given its events' keys by id: its one
    event; else the one meeting its other documents are tied to; else the latest of its
    events that happened, where all others are dated earlier (the rest is background:
    "the two leaders last spoke in 2023"). None where it tells of several alike."""
    if len(events) == 1:
        return next(iter(events.values()))
    tied = {events[d.event] for d in facts.documents if d.event is not None and d.event in events}
    if len(tied) == 1:
        return next(iter(tied))
    if tied:
        return None
    dated = sorted((e.date, events[e.id]) for e in facts.events
                   if e.id in events and e.date and len(e.date) == 10 and e.modality in (None, "happened"))
    if len(dated) < len(events) or len(dated) < 2 or dated[-1][0] == dated[-2][0]:
        return None
    return dated[-1][1]


class _Weights:
    """How much each word tells: a known name more, a weak word less, and a word less
    the more titles have it."""

    def __init__(self, titles_with: Mapping[str, int]) -> None:
        self._titles_with = titles_with

    def of(self, words: frozenset[str], title: Title) -> float:
        return sum(self.word(w, title) for w in words)

    def word(self, word: str, title: Title) -> float:
        base = _NAME_WEIGHT if word[0] in "#~" else _WEAK_WEIGHT if word in title.weak else 1.0
        return base / (1.0 + math.log10(max(1, self._titles_with.get(word, 1))))


def _likeness(a: DocumentMention, b: DocumentMention, weigh: _Weights) -> int:
    """How alike two documents are, 0 when they may not be one: by :func:`_ranked`, of 4
    the same distinctive words, 3 one's among the other's, 2 sharing many, 1 the only
    ones of their kind at one meeting."""
    score = _unweighed_likeness(a, b)
    return _ranked(a, b, score if score is not None else _weighed_likeness(a, b, weigh))


def _ranked(a: DocumentMention, b: DocumentMention, score: int) -> int:
    """A likeness ranked above every pair of lesser likeness and, among equals, a pair of
    one type above a pair of kindred types: where two articles each name a memorandum on
    trade and a trade agreement, each joins its own kind before the other."""
    return 2 * score + (a.type == b.type) if score else 0


def _weighed_likeness(a: DocumentMention, b: DocumentMention, weigh: _Weights) -> int:
    """:func:`_likeness` where the shared words' weight decides it."""
    shared = a.words & b.words
    if 2 * weigh.of(shared, a.title) >= weigh.of(a.words, a.title) + weigh.of(b.words - a.words, b.title):
        return 2
    return _sole_score(a, b, shared)


def likeness_weighed(a: DocumentMention, b: DocumentMention) -> bool:
    """Whether the likeness of two documents depends on the weights of their words (how
    many titles have each): only documents at one meeting, of one type, sharing a word
    that is not weak, and not alike by their words alone."""
    return _unweighed_likeness(a, b) is None


def _unweighed_likeness(a: DocumentMention, b: DocumentMention) -> int | None:
    """:func:`_likeness` where the words' weights do not decide it, else None."""
    exact = a.type == b.type or "other" in (a.type, b.type)
    if not exact and not document_kin(a.type, b.type):
        return 0
    if _kept_apart(a, b):
        return 0
    same_meeting = a.meeting == b.meeting != _UNATTACHED
    if not same_meeting and not (_loose(a.meeting) and _loose(b.meeting) or a.named and b.named):
        return 0  # at two meetings, or one at one: only an instrument both name properly
    shared = a.words & b.words
    # Kindred types only where the titles share a word that names the document.
    names_it = exact or bool(shared & (a.title.identifying | b.title.identifying))
    if a.words and a.words == b.words:
        return 4 if names_it else 0
    smaller = min(a.words, b.words, key=len)
    if smaller and smaller <= shared and (same_meeting or _named_side(a, b, smaller)):
        return 3 if names_it else 0
    if not same_meeting or _other_sides(a.sides, b.sides):
        return 0  # parties lists are often partial: they tell apart only what the titles do not join
    if _names_differ(a, b):
        return 0  # "the mandate of UNMISS", "the mandate of MINUSMA"
    if not exact:
        # Kindred types that say no more than their kind and sides, each the only one of
        # its type its article ties to the meeting: "the joint statement" of one report,
        # "the joint communique" of another. Where an article names both, each joins its
        # own type first (:func:`_ranked`).
        return 1 if a.sole and b.sole and not a.words and not b.words else 0
    union = a.words | b.words
    if len(shared) >= 2 and 3 * len(shared) >= len(union):
        return 2
    if _strong_among(a.title, b.title):
        return 2
    if any(w not in a.title.weak and w not in b.title.weak for w in shared):
        return None  # a strong word shared: how much the shared words weigh decides
    return _sole_score(a, b, shared)


def _strong_among(a: Title, b: Title) -> bool:
    """Whether one title's words that are not weak are all among the other's: a report
    that leaves out "cooperation" and "development", or adds them ("memorandum on
    geothermal energy", "geothermal cooperation memorandum"), names the same document;
    "solar energy" and "geothermal energy" each have a word the other lacks."""
    strong_a, strong_b = a.words - a.weak, b.words - b.weak
    smaller = min(strong_a, strong_b, key=lambda w: (len(w), sorted(w)))
    return bool(smaller) and smaller <= strong_a & strong_b


def _sole_score(a: DocumentMention, b: DocumentMention, shared: frozenset[str]) -> int:
    return 1 if a.type == b.type and _only_ones(a, b) and _sole_alike(a, b, shared) else 0


def _only_ones(a: DocumentMention, b: DocumentMention) -> bool:
    """Whether each is the only one of its kind its article ties to the meeting: of its
    type, or of its type among those its report says the meeting took (or did not take)
    and that name the same states ("resolution 2801 on South Sudan", "the resolution
    renewing the mandate in South Sudan", beside one on Mali in each). Not where one
    report says the meeting took the step and the other that it did not: "resolution
    2799" adopted and "the draft resolution" vetoed are two, unless their titles join them."""
    if {a.outcome, b.outcome} == {"done", "failed"}:
        return False  # one report says the meeting took the step, the other that it did not: its titles must say
    return (a.sole and b.sole) or (a.alone and b.alone and a.outcome == b.outcome
                                   and a.title.states == b.title.states)


def _names_differ(a: DocumentMention, b: DocumentMention) -> bool:
    """Whether each title names its document by words the other does not have, and they
    share none: two names, not one named twice. A year, the meeting's city ("Addis Ababa
    Declaration") and a title known by its number alone ("resolution ES-11/1", beside
    what it demands) names no other, but a declaration or communique, of which a meeting
    adopts one, is named by its words whatever they are ("Declaration on ASEAN 2045")."""
    if a.type not in _ONE_PER_MEETING and (_known_by_number_alone(a) or _known_by_number_alone(b)):
        return False
    place = a.place | b.place
    return bool(a.title.identifying - place) and bool(b.title.identifying - place) and \
        not a.title.identifying & b.title.identifying


def _sole_alike(a: DocumentMention, b: DocumentMention, shared: frozenset[str]) -> bool:
    """Whether the only documents of one kind two articles tie to one meeting are one."""
    if not (a.words and b.words):
        return True  # one says no more than its kind and sides
    if a.type in _ONE_PER_MEETING:
        # A meeting adopts one, but two names it does not: "Declaration on ASEAN 2045"
        # (:func:`_names_differ`); its city is no other name.
        return True
    if _known_by_number_alone(a) != _known_by_number_alone(b) and not (a.title.numbers and b.title.numbers):
        return True  # "resolution ES-11/1" in one report, what it demands in the other
    return bool(shared) and len(a.sides & b.sides) >= 2


def _known_by_number_alone(m: DocumentMention) -> bool:
    """Whether a title names its document by a number and at most a prefix ("ES-11/1")."""
    return bool(m.title.numbers) and len(m.words - m.title.numbers) <= 1


def _kept_apart(a: DocumentMention, b: DocumentMention) -> bool:
    """Whether the titles tell two different documents, however alike."""
    if a.title.actions != b.title.actions:
        return True  # "the treaty" and "the agreement extending the treaty"
    na, nb = a.title.numbers, b.title.numbers
    if na and nb and not (na <= nb or nb <= na):
        return True  # resolution 2231 and resolution 2118
    return _other_sides(a.title.states, b.title.states)  # an agreement with Serbia, one with Singapore


def _other_sides(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two lists of sides name different documents: disjoint, or two bilateral
    pairs that differ."""
    if not (a and b):
        return False
    return not (a & b) or (max(len(a), len(b)) <= 2 and not (a <= b or b <= a))


def _named_side(a: DocumentMention, b: DocumentMention, smaller: frozenset[str]) -> bool:
    """Whether the document whose words are all among the other's has a proper name."""
    return (a.named and a.words == smaller) or (b.named and b.words == smaller)


@lru_cache(maxsize=1)
def _plain_reader() -> TitleReader:
    return TitleReader()


def distinctive_words(title: str) -> frozenset[str]:
    """The words of a title that tell which document it is, folded and stemmed, a known
    name as one token.

    >>> sorted(distinctive_words("the agreement extending the New START treaty by five years"))
    ['#extension', '#new-start', 'five', 'year']
    >>> sorted(distinctive_words("China-Italy joint communique"))
    []
    """
    return _plain_reader().read(title).words
