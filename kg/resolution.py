"""Event resolution: which events of different articles are one real meeting.

An event's IRI is minted from its date, body and place (:func:`kg.mapping.event_key`),
so reports that agree on those already meet in one node. Real reports do not always
agree: one names the organ ("the SCO Council of Heads of State"), another the
organisation ("the SCO summit"); one gives the city, another only the country; a
two-day meeting is dated by its first day in one and its second in another. This stage
runs before the mapping and gives each event of a cluster the same key, so that they
become one node; each article keeps its own report with its own account.

The rules, for two events of different articles, both dated to the day:

- **dates** within a day of each other's span (a multi-day meeting's reports differ by
  a day);
- **types** alike: the same, or both gatherings (summit, ministerial, conference,
  session, meeting), or talks and a meeting (a visit is not its talks: the facts
  format keeps them apart);
- **place** not in conflict: two cities must be one, a city must lie in the country
  the other names; an unknown place matches any;
- **body** not in conflict: the same body, or one an organ of the other (the reference
  data's ``org:subOrganizationOf``); a body and no body do not conflict;
- **sides** not in conflict: where both list states, the fewer are all among the more
  (a readout lists two, a wire story ten);
- and one positive sign beyond the date: the same body or organisation, the same city,
  or two states or more in common.

An event dated only to a month or a year ("the SCO summit in 2020") joins a meeting of
other articles dated to the day when it names the same body (or an organ of it), its
type and place fit, the day falls in its period, and no other such meeting does (or, of
several, it shares a state with one only).

Clusters are complete: an event joins a cluster only if it is compatible with every
event already in it, so "A like B, B like C" does not join A and C when they differ.
Pairs are taken closest first (the same day, city, type and body, the most states in
common), ties in the order of the events' own keys and article ids, never of the input,
so the result does not depend on the order of the articles, and a rebuild gives an
isomorphic graph.
"""
from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from itertools import combinations
from typing import Callable, Iterable, Mapping

import pyoxigraph as ox

from kg.facts import NewsFacts, is_iso3
from kg.mapping import first_day, last_day
from kg.namespaces import OX_KG, OX_ORG
from kg.reference import body_by_name, reference_store
from kg.solutions import value_of

__all__ = ["EventCluster", "EventMention", "complete_clusters", "resolve_events", "resolve_mentions",
           "event_mentions", "block_tokens", "body_tokens", "paired", "fits_coarse", "mention_data",
           "mention_from_data"]

_GATHERINGS = frozenset({"summit", "ministerial", "conference", "session", "meeting"})
_ENCOUNTERS = frozenset({"talks", "meeting"})  # not a visit: the talks of a visit are an event of their own
_ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class _Body:
    """A body as resolution knows it: the reference body's IRI, or, for one the reference
    data does not know, the words of its name and the reference body it is part of
    ("the Council of Heads of State of the SCO": words {council, heads, state}, in the SCO)."""

    iri: str | None
    words: frozenset[str]
    parent: str | None


@dataclass(frozen=True)
class EventMention:
    """One article's dated event, as resolution compares it: nothing else of the article
    is read, so that a store keeps it apart (:func:`mention_data`)."""

    article: str
    event: str  # its id in the article
    type: str
    date: str
    key: str  # its own key (kg.mapping.event_key)
    first: dt.date
    last: dt.date
    states: frozenset[str]
    body: _Body | None
    city: str | None  # folded
    country: str | None
    names_body: bool  # the article names a body for it (known or not)
    names_city: bool

    @property
    def sort_key(self) -> tuple[str, str, str]:
        return (self.key, self.article, self.event)

    @property
    def coarse(self) -> bool:
        """Dated to a month or a year, not a day."""
        return len(self.date) != 10

    @cached_property
    def tokens(self) -> frozenset[tuple[str, ...]]:
        """Its block tokens (:func:`block_tokens`), worked out once."""
        return _tokens(self)

    @cached_property
    def body_tokens(self) -> frozenset[tuple[str, ...]]:
        """Those of its body (:func:`body_tokens`), worked out once."""
        return frozenset(t for t in self.tokens if t[0] in ("body", "body-name")) if self.body is not None \
            else frozenset()


@dataclass(frozen=True)
class EventCluster:
    """Events of several articles that are one meeting: its key, and its span of days."""

    key: str
    date: str | None  # None for an undated event alone in its cluster
    end_date: str | None
    members: tuple[tuple[str, str], ...]  # (article id, event id)


def resolve_events(facts: list[NewsFacts], own_key) -> dict[tuple[str, str], EventCluster]:
    """The cluster of every event that resolution joins with another article's, by
    (article id, event id); events it joins with none are left out (they keep their own
    key). ``own_key(event, facts)`` is the key an event has alone.
    """
    day: list[EventMention] = []
    coarse: list[EventMention] = []
    for f in facts:
        d, c = event_mentions(f, own_key)
        day += d
        coarse += c
    return resolve_mentions(day, coarse)


def event_mentions(facts: NewsFacts, own_key) -> tuple[list[EventMention], list[EventMention]]:
    """The events of an article that resolution reads: (those dated to the day, those
    dated to a month or a year that name a body, the only ones of theirs it can join)."""
    return list(_mentions(facts, own_key)), [m for m in _mentions(facts, own_key, coarse=True) if m.body is not None]


def resolve_mentions(day: Iterable[EventMention], coarse: Iterable[EventMention],
                     fixed: Mapping[tuple[str, str], str] | None = None) -> dict[tuple[str, str], EventCluster]:
    """The clusters of the given mentions, as :func:`resolve_events` makes them.

    Reports that already share a key are one node whatever this stage does, so they are
    compared as one unit, by the first of them: a meeting reported a hundred times alike
    costs one comparison, not five thousand.

    Given the mentions of a union of clusters (each whole, with every report of each of
    their keys), the result on them is the one of all mentions: a cluster is built from
    pairs of its own members only, and a pair of two clusters' members was refused for
    what those members say. ``fixed`` attaches coarse mentions, by (article id, event id),
    to the cluster of the given key without deciding again, where their choice is known.
    """
    by_key: dict[str, list[EventMention]] = {}
    for m in sorted(day, key=lambda m: m.sort_key):
        by_key.setdefault(m.key, []).append(m)
    units = [by_key[k] for k in sorted(by_key)]
    reps = [u[0] for u in units]
    articles = [frozenset(m.article for m in u) for u in units]
    # The closest pairs first: reports of the same day and city join before a report a
    # day off, so that a misdated report does not take another's place in a cluster. Two
    # events of one article are two events.
    cluster_of, members_of = complete_clusters(
        len(reps), sorted(_pairs(reps, articles), key=lambda p: (-_closeness(reps[p[0]], reps[p[1]]), p)),
        lambda a, b: not articles[a] & articles[b] and _compatible(reps[a], reps[b]))
    _attach_coarse(sorted(coarse, key=lambda m: m.sort_key), units, reps, articles, cluster_of, members_of,
                   fixed or {})
    out: dict[tuple[str, str], EventCluster] = {}
    for members in members_of.values():
        if len(members) < 2:
            continue
        group = [m for k in members for m in units[k]]
        first = min(m.first for m in group)
        last = max(m.last for m in group)
        cluster = EventCluster(_lead(group).key, first.isoformat(), last.isoformat() if last > first else None,
                               tuple(sorted((m.article, m.event) for m in group)))
        for m in group:
            out[(m.article, m.event)] = cluster
    return out


def _lead(group: list[EventMention]) -> EventMention:
    """The report whose key a cluster takes: one of the first day (so that the node's date
    is its key's), the most informative of those: a body, then a city; never one dated to
    a month or a year, whose key other such reports that stayed apart may share. It is
    one of the reports dated to the day, so coarse ones joining a cluster never change it."""
    return min(group, key=lambda m: (m.first, m.coarse, not m.names_body, not m.names_city, m.sort_key))


def _pairs(reps: list[EventMention], articles: list[frozenset[str]]) -> set[tuple[int, int]]:
    """The pairs of units that may be one meeting. Blocking: two reports are compared only
    if they share a day (of their spans, a day either side) and a sign of the same
    meeting: the city, the body's highest parent, or two states. Every pair that could
    show evidence (below) shares one."""
    blocks: dict[tuple, list[int]] = {}
    for i, m in enumerate(reps):
        tokens = block_tokens(m)
        day = m.first - _ONE_DAY
        while day <= m.last + _ONE_DAY:
            for token in tokens:
                blocks.setdefault((day, token), []).append(i)
            day += _ONE_DAY
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) < 2:  # most blocks: a day and a sign that one report alone has
            continue
        for a in range(len(members)):
            for b in range(a + 1, len(members)):
                i, j = members[a], members[b]
                if not articles[i] & articles[j] and _compatible(reps[i], reps[j]) and _evidence(reps[i], reps[j]):
                    pairs.add((i, j))
    return pairs


def paired(a: EventMention, a_articles: frozenset[str], b: EventMention, b_articles: frozenset[str]) -> bool:
    """Whether two units, by their first reports and their articles, are a pair that
    :func:`resolve_mentions` considers joining: they share a block, are of different
    articles, compatible, and show evidence."""
    return (not a_articles & b_articles and a.first - 2 * _ONE_DAY <= b.last and b.first - 2 * _ONE_DAY <= a.last
            and bool(block_tokens(a) & block_tokens(b)) and _compatible(a, b) and _evidence(a, b))


def fits_coarse(m: EventMention, rep: EventMention, rep_articles: frozenset[str]) -> bool:
    """Whether a coarse mention could join the unit of first report ``rep``: the same
    body (or an organ of it), of another article, the day in its period, type and place
    compatible."""
    return (m.article not in rep_articles and m.first <= rep.first <= m.last and rep.body is not None
            and bool(body_tokens(m) & body_tokens(rep)) and _compatible_but_date(m, rep))


def complete_clusters(size: int, pairs: Iterable[tuple[int, int]],
                      fits: Callable[[int, int], bool]) -> tuple[list[int], dict[int, list[int]]]:
    """Clusters of the items ``0 .. size - 1`` joined pair by pair in the order given,
    each join only where every member of one cluster ``fits`` every member of the other
    (complete linkage: "A like B, B like C" does not join A and C when they differ).

    Returns each item's cluster (the smallest index among its members) and each cluster's
    members.

    >>> complete_clusters(4, [(0, 1), (1, 2), (2, 3)], lambda a, b: {a, b} != {0, 2})
    ([0, 0, 2, 2], {0: [0, 1], 2: [2, 3]})
    """
    cluster_of = list(range(size))
    members_of: dict[int, list[int]] = {i: [i] for i in range(size)}
    for i, j in pairs:
        ci, cj = cluster_of[i], cluster_of[j]
        if ci == cj or not all(fits(a, b) for a in members_of[ci] for b in members_of[cj]):
            continue
        keep, drop = min(ci, cj), max(ci, cj)
        for k in members_of[drop]:
            cluster_of[k] = keep
        members_of[keep] = members_of[keep] + members_of.pop(drop)
    return cluster_of, members_of


def _attach_coarse(coarse, units, reps, articles, cluster_of, members_of, fixed) -> None:
    """Join an event dated only to a month or a year ("the SCO summit in 2020") to the
    one meeting of other articles, dated to the day, that it can be: the same body (or
    an organ of it), a compatible type and place, a day within its period, and no other
    such meeting, or, of several, the only one that shares a state with it. Where two
    could be meant, it stays apart. ``coarse`` is in the order of their keys."""
    by_body_month: dict[tuple[tuple[str, ...], tuple[int, int]], list[int]] = {}
    for i, rep in enumerate(reps):
        for token in body_tokens(rep):
            by_body_month.setdefault((token, (rep.first.year, rep.first.month)), []).append(i)
    keyed = {_lead([m for k in members for m in units[k]]).key: c for c, members in members_of.items()} if fixed else {}
    for m in coarse:
        if (m.article, m.event) in fixed:
            cluster = keyed.get(fixed[(m.article, m.event)])
            if cluster is None:
                continue
        else:
            months = {(m.first.year, month) for month in range(m.first.month, m.last.month + 1)}
            candidates = {i for token in body_tokens(m) for month in months
                          for i in by_body_month.get((token, month), ())}
            fits = [i for i in sorted(candidates) if fits_coarse(m, reps[i], articles[i])]
            clusters = {cluster_of[i] for i in fits}
            if len(clusters) > 1 and m.states:
                # "a Security Council session in February" where Russia vetoed: the one of the
                # meetings that shares a state with it, if only one does.
                clusters = {cluster_of[i] for i in fits if any(
                    m.states & reps[k].states for k in members_of[cluster_of[i]])}
            if len(clusters) != 1:
                continue
            (cluster,) = clusters
            if any(m.article in articles[k] for k in members_of[cluster]):
                continue
        # It takes the meeting's days: its own period says less.
        joined = replace(m, first=reps[cluster].first, last=reps[cluster].last)
        units.append([joined])
        reps.append(joined)
        articles.append(frozenset({m.article}))
        cluster_of.append(cluster)
        members_of[cluster] = members_of[cluster] + [len(reps) - 1]


def _compatible_but_date(a: EventMention, b: EventMention) -> bool:
    return _compatible(replace(a, first=b.first, last=b.last), b)


def _mentions(facts: NewsFacts, own_key, coarse: bool = False):
    """The events of an article to resolve: those dated to the day, or with ``coarse``,
    those dated to a month or a year (their span that period's days)."""
    for e in facts.events:
        if not e.date or (len(e.date) == 10) == coarse:
            continue
        first = _day(first_day(e.date))
        if first is None:
            continue
        last = (_day(e.end_date) or first) if not coarse else _day(last_day(e.date)) or first
        states = frozenset(p for p in e.participants if is_iso3(p) and facts.body_named(p) is None)
        yield EventMention(facts.article.id, e.id, e.type, e.date, own_key(e, facts), first, max(first, last),
                           states, _body_of(facts, e.body), _fold(e.city) if e.city else None, e.country,
                           e.body is not None, e.city is not None)


def _body_of(facts: NewsFacts, ref: str | None) -> _Body | None:
    body = facts.body_named(ref)
    if body is None:
        return None
    known = body_by_name(body.name) or body_by_name(body.acronym)
    if known is not None:
        return _Body(known[0], _name_words(known[1]), None)
    parent_body = facts.body_named(body.part_of) if body.part_of else None
    parent = None
    if parent_body is not None:
        found = body_by_name(parent_body.name) or body_by_name(parent_body.acronym)
        parent = found[0] if found else None
    elif body.part_of:
        found = body_by_name(body.part_of)
        parent = found[0] if found else None
    return _Body(None, _name_words(body.label, parent), parent)


_NAME_STOP = {"of", "the", "and", "for", "on", "in"}


def _name_words(name: str, parent: str | None = None) -> frozenset[str]:
    """The words that tell a body's name apart, without those of its parent's name."""
    words = {_fold(w) for w in name.replace("-", " ").split()} - _NAME_STOP - {""}
    if parent is not None:
        words -= _parent_words(parent)
    return frozenset(w.rstrip("s") for w in words)


@lru_cache(maxsize=1024)
def _parent_words(iri: str) -> frozenset[str]:
    """The words of a reference body's names, which an organ's name repeats ("the
    Council of Heads of State of the Shanghai Cooperation Organisation")."""
    store = reference_store()
    names = [value_of(q.object) for p in (OX_KG.name, OX_KG.acronym, OX_KG.alias)
             for q in store.quads_for_pattern(ox.NamedNode(iri), p, None)]
    words = frozenset(_fold(w) for n in names for w in n.replace("-", " ").split()) - {""}
    # British and American spellings of one name: "Organisation", "Organization".
    return words | {w.replace("isation", "ization") for w in words} | {w.replace("ization", "isation") for w in words}


def _day(value: str | None) -> dt.date | None:
    if value is None or len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isalnum()).lower()


def _compatible(a: EventMention, b: EventMention) -> bool:
    """Whether nothing two reports say keeps them apart."""
    if a.first > b.last + dt.timedelta(days=1) or b.first > a.last + dt.timedelta(days=1):
        return False
    if a.type != b.type and not ({a.type, b.type} <= _GATHERINGS or {a.type, b.type} <= _ENCOUNTERS):
        return False
    if a.city and b.city and a.city != b.city:
        return False
    if a.country and b.country and a.country != b.country:
        return False
    if a.body and b.body and not _related_bodies(a.body, b.body):
        return False
    if a.states and b.states and not (a.body and b.body):
        # Where both name the body, their lists of states may differ (a readout names the
        # host, a wire story the leaders it quotes); otherwise the fewer sides are all
        # among the more.
        small, large = sorted((a.states, b.states), key=len)
        if not small <= large:
            return False
    return True


def _evidence(a: EventMention, b: EventMention) -> bool:
    """A sign beyond the date that two compatible reports are one meeting."""
    if a.body and b.body:
        return True  # related bodies, checked as compatible
    if a.city and a.city == b.city:
        return True
    return len(a.states & b.states) >= 2


def block_tokens(m: EventMention) -> frozenset[tuple[str, ...]]:
    """The signs of a meeting a report's blocks are keyed by (with each day of its span
    and a day either side): its city, its body's highest parent (or its name, for a
    body the reference data does not know), each pair of its states."""
    return m.tokens


def _tokens(m: EventMention) -> frozenset[tuple[str, ...]]:
    # Reports of no common city or body must share two states (the evidence above), so
    # they are blocked by pairs of states: on a day of many meetings, a state's every
    # meeting is not compared with every other.
    tokens: set[tuple[str, ...]] = {("states", *pair) for pair in combinations(sorted(m.states), 2)}
    if m.city:
        tokens.add(("city", m.city))
    if m.body is not None:
        top = m.body.iri or m.body.parent
        if top:
            tokens.add(("body", max(_ancestors(top) | {top}, key=lambda iri: (len(_ancestors(iri)) == 0, iri))))
        else:
            tokens.add(("body-name", " ".join(sorted(m.body.words))))
    return frozenset(tokens)


def body_tokens(m: EventMention) -> frozenset[tuple[str, ...]]:
    """Of a report's block tokens, those of its body: a coarse report looks for its
    meeting among the reports of the same body."""
    return m.body_tokens


def mention_data(m: EventMention) -> list:
    """A mention as JSON, which :func:`mention_from_data` reads back equal (its block
    tokens with it: they read the reference data's hierarchy, and cost more than the rest)."""
    body = None if m.body is None else [m.body.iri, sorted(m.body.words), m.body.parent]
    return [m.article, m.event, m.type, m.date, m.key, m.first.toordinal(), m.last.toordinal(), sorted(m.states),
            body, m.city, m.country, m.names_body, m.names_city, sorted(map(list, m.tokens))]


def mention_from_data(data: list) -> EventMention:
    article, event, kind, date, key, first, last, states, body, city, country, names_body, names_city, tokens = data
    m = EventMention(article, event, kind, date, key, dt.date.fromordinal(first), dt.date.fromordinal(last),
                     frozenset(states), None if body is None else _Body(body[0], frozenset(body[1]), body[2]),
                     city, country, names_body, names_city)
    m.__dict__["tokens"] = frozenset(map(tuple, tokens))  # as cached_property keeps it
    return m


def _closeness(a: EventMention, b: EventMention) -> int:
    """How much two compatible reports agree: the same day, type, city and body, and
    the states they share."""
    return (2 * (a.first == b.first) + (a.type == b.type) + 2 * bool(a.city and a.city == b.city)
            + bool(a.body and a.body == b.body) + len(a.states & b.states))


def _related_bodies(a: _Body, b: _Body) -> bool:
    """The same body, or one an organ of the other, through the reference hierarchy; a
    body the reference data does not know is its parent's organ of that name."""
    if a.iri and b.iri:
        return a.iri == b.iri or a.iri in _ancestors(b.iri) or b.iri in _ancestors(a.iri)
    if a.iri or b.iri:
        known, organ = (a, b) if a.iri else (b, a)
        if known.iri is None or organ.parent is None:
            return False
        if known.iri == organ.parent or known.iri in _ancestors(organ.parent):
            return True  # "the SCO" and its council
        # The reference's own name for the organ: "SCO Council of Heads of State".
        return organ.parent in _ancestors(known.iri) and bool(organ.words) and \
            organ.words <= _name_words_of(known.iri, organ.parent)
    if a.parent and b.parent:
        return _related_bodies(_Body(a.parent, frozenset(), None), _Body(b.parent, frozenset(), None)) and \
            a.words == b.words
    return a.words == b.words and bool(a.words)


def _name_words_of(iri: str, parent: str) -> frozenset[str]:
    store = reference_store()
    name = next((value_of(q.object) for q in store.quads_for_pattern(ox.NamedNode(iri), OX_KG.name, None)),
                "")
    return _name_words(name, parent)


@lru_cache(maxsize=4096)
def _ancestors(iri: str) -> frozenset[str]:
    """The bodies a reference body is part of, up the hierarchy."""
    if not iri.startswith("https://"):
        return frozenset()
    found: set[str] = set()
    todo = [iri]
    store = reference_store()
    while todo:
        node = todo.pop()
        for q in store.quads_for_pattern(ox.NamedNode(node), OX_ORG.subOrganizationOf, None):
            parent = value_of(q.object)
            if parent not in found:
                found.add(parent)
                todo.append(parent)
    return frozenset(found)

