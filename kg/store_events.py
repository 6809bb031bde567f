"""Event resolution of an add: the clusters of a store's events brought up to date by
reading only the reports the add can change.

:func:`kg.resolution.resolve_mentions` joins reports dated to the day pair by pair, each
pair two reports sharing a block (a day and a city, body or pair of states) that are
compatible and show evidence; then it attaches reports dated to a month or a year
("coarse") to the one meeting of their body in their period. So:

* a cluster is made of the pairs of its own reports: resolving the reports of a union of
  whole clusters gives those clusters. The reports whose clusters an add can change are
  those connected by pairs (not merely blocks: blocks chain every day's meetings into
  one) to the reports it brings, takes away or changes, and to the other members of the
  clusters those were in; each such part is resolved on its own;
* a coarse report's choice reads the meetings that fit it and the coarse reports that
  joined them before it (in key order), so it is made again where a meeting that fits
  it (as it was or as it is) is in a part resolved again, or where an earlier coarse
  report's choice of a meeting it could join has changed; any other keeps the choice
  the store holds. Coarse reports that read a common meeting are chosen together, by
  :func:`kg.resolution.resolve_mentions` with the choices kept given as fixed.

So the store's clusters are those of one resolution of all articles. An add is staged a
chunk of articles at a time (:func:`stage_events`: what their reports were part of is
noted, then their rows replaced), and resolved once (:func:`resolve_events_of_add`);
what it has to resolve is kept in SQLite, and memory holds one part at a time.
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import Iterable, Mapping

from kg.event_index import EventIndex, EventRow
from kg.facts import NewsFacts
from kg.mapping import event_key
from kg.resolution import EventMention, event_mentions, fits_coarse, paired, resolve_mentions

__all__ = ["stage_events", "resolve_events_of_add"]

_Cluster = tuple[str, str | None, str | None]  # key, first day, last day


@dataclass(frozen=True)
class _Unit:
    """The reports dated to the day of one key: resolution compares them by the first."""

    rows: tuple[EventRow, ...]

    @property
    def rep(self) -> EventMention:
        return self.rows[0].mention

    @property
    def articles(self) -> frozenset[str]:
        return frozenset(r.mention.article for r in self.rows)

    @property
    def cluster(self) -> str:
        """The key of its cluster, as the index holds it: its own key where it is in none."""
        return self.rows[0].cluster_key or self.rep.key


class _Units:
    """Units read from the index, the last ones read kept (so many, that memory does not
    grow with the store)."""

    def __init__(self, index: EventIndex, keep: int = 4_000):
        self.index = index
        self.keep = keep
        self._cache: OrderedDict[str, _Unit | None] = OrderedDict()

    def get(self, key: str) -> _Unit | None:
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]
        rows = self.index.unit(key)
        unit = self._cache[key] = _Unit(tuple(rows)) if rows else None
        if len(self._cache) > self.keep:
            self._cache.popitem(last=False)
        return unit

    def of_cluster(self, cluster: str) -> list[_Unit]:
        keys = {r.mention.key for r in self.index.cluster_rows(cluster) if not r.mention.coarse} or {cluster}
        return [u for k in sorted(keys) if (u := self.get(k)) is not None]


def stage_events(index: EventIndex, changed: Mapping[int, NewsFacts]) -> None:
    """Put the events of the articles ``changed`` (owner → their facts now) in the index,
    noting first what their reports were part of."""
    now = {owner: event_mentions(facts, event_key) for owner, facts in changed.items()}
    keys: set[str] = set()
    for owner in changed:
        old = index.owner_rows(owner)
        index.note_clusters(c for r in old if (c := r.cluster_key) is not None)
        keys |= {r.mention.key for r in old if not r.mention.coarse}
    keys |= {m.key for day, _ in now.values() for m in day}
    index.note_seeds(keys)
    # Coarse reports that fitted a unit as it is before the change: it may take their fit away.
    units = _Units(index)
    for key in sorted(keys):
        unit = units.get(key)
        if unit is not None:
            index.note_coarse(_coarse_fitting(index, unit, exclude=set(changed)))
    for owner, (day, coarse) in now.items():
        index.replace(owner, day, coarse)
        index.note_coarse(r for r in index.owner_rows(owner) if r.mention.coarse)
        index.note_owner(owner)


def resolve_events_of_add(index: EventIndex) -> None:
    """Bring every cluster up to date after the add staged; the owners whose events'
    clusters changed (those staged among them) are noted in the index."""
    units = _Units(index)
    for seed in index.seeds():
        if index.resolved(seed):
            continue
        part = _component(index, units, seed)
        index.note_resolved(part)
        # A part's clusters on their own: a coarse report never changes them.
        alone = resolve_mentions([r.mention for u in part.values() for r in u.rows], [])
        _write(index, ((r, _cluster(alone, r.mention)) for u in part.values() for r in u.rows))
        for unit in part.values():
            index.note_coarse(_coarse_fitting(index, unit))
    _choose_coarse(index)


def _write(index: EventIndex, outputs: Iterable[tuple[EventRow, _Cluster | None]]) -> None:
    for row, cluster in outputs:
        if row.cluster != cluster:
            index.set_cluster(row.id, cluster)
            index.note_owner(row.owner)


def _coarse_fitting(index: EventIndex, unit: _Unit, exclude: set[int] | None = None) -> list[EventRow]:
    exclude = exclude or set()
    return [r for r in index.coarse_covering(unit.rep)
            if r.owner not in exclude and fits_coarse(r.mention, unit.rep, unit.articles)]


def _component(index: EventIndex, units: _Units, seed: str) -> dict[str, _Unit]:
    """The units connected to ``seed`` by pairs resolution considers joining (none of a
    part resolved before: each part is closed)."""
    found: dict[str, _Unit] = {}
    todo = [seed]
    while todo:
        key = todo.pop()
        unit = units.get(key) if key not in found else None
        if unit is None:
            continue
        found[key] = unit
        for other in sorted(index.neighbour_keys(unit.rep) - found.keys()):
            candidate = units.get(other)
            if candidate is not None and paired(unit.rep, unit.articles, candidate.rep, candidate.articles):
                todo.append(other)
    return found


def _choose_coarse(index: EventIndex) -> None:
    """Choose again the coarse reports noted, those that read a common meeting together;
    where a choice changed, a later coarse report that fits that meeting is chosen again
    too, until none is added."""
    index.drop_gone_coarse()
    while True:
        units = _Units(index)  # the clusters as the parts resolved left them
        index.clear_reads()
        for rows in index.coarse_to_choose():
            candidates = index.same_body_in_period(rows[0].mention)
            for row in rows:
                fitting = sorted({key for key, r in candidates if fits_coarse(row.mention, r, frozenset())})
                index.note_reads(row.id, {u.cluster for key in fitting if (u := units.get(key)) is not None
                                          and fits_coarse(row.mention, u.rep, u.articles)})
        changed: list[tuple[EventRow, set[str]]] = []
        while (first := index.next_unchosen()) is not None:
            changed += _choose_group(index, units, first)
        added = sum(index.note_coarse(_later(index, units, row, clusters)) for row, clusters in changed)
        if not added:
            return


def _choose_group(index: EventIndex, units: _Units, first: int) -> list[tuple[EventRow, set[str]]]:
    """Choose the coarse reports that read, through one another, the meetings ``first``
    reads; returns those whose choice changed, with their meetings before and now."""
    ids, clusters = {first}, set()
    todo = [first]
    while todo:
        for cluster in index.reads_of(todo.pop()):
            if cluster not in clusters:
                clusters.add(cluster)
                for other in index.readers_of(cluster):
                    if other not in ids:
                        ids.add(other)
                        todo.append(other)
    index.mark_chosen(ids)
    dirty = [index.row(i) for i in sorted(ids)]
    day_rows = [r for c in sorted(clusters) for u in units.of_cluster(c) for r in u.rows]
    forced = {r.id: r for c in sorted(clusters) for r in index.cluster_rows(c)
              if r.mention.coarse and not index.is_to_choose(r.id)}
    fixed = {(r.mention.article, r.mention.event): c for r in forced.values() if (c := r.cluster_key) is not None}
    result = resolve_mentions([r.mention for r in day_rows], [r.mention for r in dirty] +
                              [r.mention for r in forced.values()], fixed)
    _write(index, ((r, _cluster(result, r.mention)) for r in [*day_rows, *dirty, *forced.values()]))
    changed = []
    for row in dirty:
        now, before = _key_of(result, row.mention), index.chosen_before(row.id)
        if now != before:
            changed.append((row, {c for c in (now, before) if c is not None}))
    return changed


def _later(index: EventIndex, units: _Units, row: EventRow, clusters: set[str]) -> list[EventRow]:
    """The coarse reports after ``row`` (in key order) that fit a meeting of ``clusters``:
    what they read changed with its choice."""
    return [other for cluster in sorted(clusters) for unit in units.of_cluster(cluster)
            for other in _coarse_fitting(index, unit) if other.mention.sort_key > row.mention.sort_key]


def _key_of(result: dict, m: EventMention) -> str | None:
    cluster = result.get((m.article, m.event))
    return None if cluster is None else cluster.key


def _cluster(result: dict, m: EventMention) -> _Cluster | None:
    cluster = result.get((m.article, m.event))
    return None if cluster is None else (cluster.key, cluster.date, cluster.end_date)
