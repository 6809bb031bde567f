"""Document resolution of an add: the clusters of a store's documents brought up to date
by reading only the documents the add can change.

:func:`kg.document_resolution.resolve_document_mentions` joins units of alike mentions
pair by pair, each pair two units it compares (at one meeting, or one holding the
other's rarest word, where that word is not too common) and finds alike. Resolving the
mentions of a union of whole clusters, with the counts of all, gives those clusters, so
an add reads the units connected by such pairs to those whose pairs it can change:

* the mentions of the articles it brings or changes, of those whose events' clusters
  changed (a document's meeting is its event's node), and of those whose title reads
  otherwise now that the titles teach other names (:mod:`kg.title_index`);
* where a word's weight changed (how many titles have it), the units of the meetings
  whose pairs' likeness that weight decides (only at one meeting does it: ``weighed``);
* where the units that search by a word became too many to search by it or few enough,
  those units;
* and every unit of the clusters all those were in.

Two units are one unit's parts when one article has two mentions alike; pairs are
followed here whatever their articles, which reads a part as large or larger.
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from typing import Callable, Iterable, Mapping

from kg import document_resolution
from kg.document_index import DocumentIndex, DocumentRow, signature_hash, wordset_hash
from kg.document_resolution import (DocumentMention, document_mentions, documents_paired, likeness_weighed,
                                    resolve_document_mentions)
from kg.document_titles import Title, document_kin
from kg.event_index import EventIndex
from kg.facts import NewsFacts
from kg.resolution import EventCluster
from kg.title_index import TitleIndex

__all__ = ["resolve_documents_of_add", "weighed_words"]

_RESOLVED_AT_ONCE = 2_000  # mentions of parts resolved by one call
_FEW_WORDS = 10  # titles of up to this many words look their subsets up one by one (2 ** 10 - 1 at most)


class _Counts:
    """The words' counts, read from the index once they are up to date."""

    def __init__(self, docs: DocumentIndex):
        self.docs = docs
        self.titles: dict[str, int] = {}
        self.units: dict[str, int] = {}

    def load(self, words: Iterable[str]) -> None:
        missing = {w for w in words if w not in self.titles}
        if missing:
            titles, units = self.docs.counts(missing)
            for word in missing:
                self.titles[word] = titles.get(word, 0)
                self.units[word] = units.get(word, 0)

    def trim(self) -> None:
        """Between parts: so many counts read, the next part reads its own again."""
        if len(self.titles) > 100_000:
            self.titles.clear()
            self.units.clear()


def resolve_documents_of_add(docs: DocumentIndex, titles: TitleIndex, events: EventIndex,
                             facts_of: Callable[[int], NewsFacts], staged: Callable[[], Iterable[list[int]]],
                             remapped: Iterable[list[int]]) -> None:
    """Bring the document index up to date after an add: the documents of the articles
    ``staged`` (a function giving them, a batch at a time: their facts changed, their
    titles noted with :meth:`DocumentIndex.note_titles`; their facts now by ``facts_of``),
    those of ``remapped`` (articles whose events' clusters changed), and every cluster.
    The owners whose documents' clusters changed are noted in the index."""
    acronyms_before, names_before = titles.acronyms(), titles.names()
    # Uses are counted up before down, so that a title an article keeps stays a title.
    for new in docs.staged_titles():
        titles.use(new, 1)
    for batch in staged():
        titles.use(docs.titles_of(batch), -1)
    read_before = titles.settle(acronyms_before, names_before)
    for batch in staged():
        docs.note_owners(batch)
    for batch in remapped:
        docs.note_owners(batch)
    docs.note_owners(docs.titled(titles.read(t)[0] for t in sorted(read_before)))
    for batch in docs.owners_to_read():
        _read_again(docs, titles, events, facts_of, batch, read_before)
    titles.drop_unused()
    for word in sorted(_count(docs)):
        docs.note_seeds(docs.searching_with(word))
    counts = _Counts(docs)
    for meeting in docs.meetings():  # weights decide pairs at one meeting only: not of documents tied to none
        docs.set_weighed(meeting, weighed_words(docs.meeting_rows(meeting)))
    docs.note_seeds(_reweighed(docs, counts))

    # Parts are resolved a few thousand mentions at a time (a union of parts is closed
    # too): the memory it takes is that of the largest.
    groups = _Groups(docs)
    waiting: list[DocumentRow] = []
    for seed in docs.seeds():
        if docs.is_resolved(seed):
            continue
        counts.trim()
        part = _component(docs, groups, counts, seed)
        docs.note_resolved(part)
        waiting += [r for group in part.values() for r in group]
        if len(waiting) >= _RESOLVED_AT_ONCE:
            _resolve(docs, counts, waiting)
            waiting = []
    _resolve(docs, counts, waiting)


def _resolve(docs: DocumentIndex, counts: _Counts, rows: list[DocumentRow]) -> None:
    """Resolve the mentions of whole parts, and keep each one's cluster."""
    counts.load(w for r in rows for w in r.mention.words)
    result = resolve_document_mentions([r.mention for r in rows], counts.titles, counts.units)
    for row in rows:
        joined = result.get((row.mention.article, row.mention.document))
        key = None if joined is None else joined.key
        if key != row.cluster:
            docs.set_cluster(row.id, key)
            docs.note_touched(row.owner)


def _read_again(docs: DocumentIndex, titles: TitleIndex, events: EventIndex, facts_of: Callable[[int], NewsFacts],
                owners: list[int], read_before: dict[str, Title]) -> None:
    """Replace the mentions of ``owners`` with those of their facts now, noting what the
    change touches: the signatures and clusters it leaves and brings, the meetings, and
    how the words' counts change."""
    reader = titles.stored_reader()
    old = {owner: [replace(r, mention=replace(r.mention, title=read_before[r.title])) if r.title in read_before
                   else r for r in docs.owner_rows(owner)] for owner in owners}
    new: dict[int, list[tuple[DocumentMention, int, int]]] = {}  # owner → (mention, its title's row, signature)
    for owner in owners:
        facts = facts_of(owner)
        titled = {d.id: d.title for d in facts.documents if d.title}
        new[owner] = [(m, titles.read(titled[m.document])[0], signature_hash(m))
                      for m in document_mentions(facts, _event_clusters(events, owner), reader)]
    alike: dict[int, DocumentMention] = {}
    deltas: dict[str, list[int]] = {}
    for rows in old.values():
        for r in rows:
            alike.setdefault(r.signature, r.mention)
            for word in r.mention.words:
                deltas.setdefault(word, [0, 0])[0] -= 1
    for mentions in new.values():
        for m, _, signature in mentions:
            alike.setdefault(signature, m)
            for word in m.words:
                deltas.setdefault(word, [0, 0])[0] += 1
    units_before = {signature: docs.units_of(signature) for signature in alike}
    docs.note_seeds(alike)
    docs.note_clusters(r.cluster for rows in old.values() for r in rows if r.cluster is not None)
    docs.note_meetings({r.mention.meeting for rows in old.values() for r in rows} |
                       {m.meeting for mentions in new.values() for m, _, _ in mentions})
    for owner in owners:
        docs.remove(owner)
        for m, title_id, signature in new[owner]:
            docs.add(owner, m, title_id, signature)
    for signature, m in alike.items():
        if m.searches:
            change = docs.units_of(signature) - units_before[signature]
            for word in m.words:
                deltas.setdefault(word, [0, 0])[1] += change
    docs.note_words({w: (t, u) for w, (t, u) in deltas.items() if t or u})


def _event_clusters(events: EventIndex, owner: int) -> dict[tuple[str, str], EventCluster]:
    """The clusters of an article's events as its mapping uses them (their keys)."""
    return {(r.mention.article, r.mention.event): EventCluster(r.cluster[0], r.cluster[1], r.cluster[2], ())
            for r in events.owner_rows(owner) if r.cluster is not None}


def _count(docs: DocumentIndex) -> set[str]:
    """Bring the words' counts up to date with the add's changes; returns the words that
    became too common to search by, or few enough again."""
    crossed = set()
    for batch in docs.word_changes():
        _, units = docs.counts(w for w, _, _ in batch)
        for word, titles_change, units_change in batch:
            was = units.get(word, 0)
            if (was <= document_resolution.MOST_ALIKE) != (was + units_change <= document_resolution.MOST_ALIKE):
                crossed.add(word)
            docs.count(word, titles_change, units_change)
    return crossed


def _reps(rows: list[DocumentRow]) -> dict[int, DocumentMention]:
    """The first mention of each signature among ``rows``: what a unit is compared by."""
    reps: dict[int, DocumentMention] = {}
    for r in sorted(rows, key=lambda r: r.mention.sort_key):
        reps.setdefault(r.signature, r.mention)
    return reps


def _weighed_pairs(rows: list[DocumentRow]) -> list[tuple[int, int, DocumentMention, DocumentMention]]:
    reps = sorted(_reps(rows).items())
    return [(sa, sb, a, b) for i, (sa, a) in enumerate(reps) for sb, b in reps[i + 1:] if likeness_weighed(a, b)]


def weighed_words(rows: list[DocumentRow]) -> set[str]:
    """The words whose weights decide a pair of a meeting's documents."""
    return {w for _, _, a, b in _weighed_pairs(rows) for w in a.words | b.words}


def _reweighed(docs: DocumentIndex, counts: _Counts) -> set[int]:
    """The signatures of the meetings where a pair's likeness changed with the weights."""
    changed = [w for batch in docs.word_changes() for w, titles_change, _ in batch if titles_change]
    found: set[int] = set()
    for meeting in sorted(docs.weighed_meetings(changed)):
        rows = docs.meeting_rows(meeting)
        pairs = _weighed_pairs(rows)
        words = {w for _, _, a, b in pairs for w in a.words | b.words}
        counts.load(words)
        change = docs.title_changes(words)
        before = {w: counts.titles[w] - change.get(w, 0) for w in words}
        if any(documents_paired(a, b, counts.titles, counts.units) != documents_paired(a, b, before, counts.units)
               for _, _, a, b in pairs):
            found |= {r.signature for r in rows}
    return found


def _subsets(docs: DocumentIndex, counts: _Counts, words: frozenset[str]) -> dict[int, str]:
    """The searching mentions whose words are all among ``words`` and that a title of
    ``words`` is compared with: those with a word few enough units have (a rarest word
    more have is searched by neither). By each such subset's own hash where a title has
    few words, else through those words."""
    low = {w for w in words if counts.units[w] <= document_resolution.MOST_ALIKE}
    if not low:
        return {}
    if len(words) <= _FEW_WORDS:
        ordered = sorted(words)
        subsets = (frozenset(w for i, w in enumerate(ordered) if mask >> i & 1) for mask in range(1, 1 << len(ordered)))
        return docs.with_wordsets(wordset_hash(s) for s in subsets if s & low)
    return docs.subsets(words, low)


class _Groups:
    """The mentions of each signature, the last ones read kept (so many, that memory
    does not grow with the store)."""

    def __init__(self, docs: DocumentIndex, keep: int = 4_000):
        self.docs = docs
        self.keep = keep
        self._cache: OrderedDict[int, list[DocumentRow]] = OrderedDict()

    def get(self, signature: int) -> list[DocumentRow]:
        if signature in self._cache:
            self._cache.move_to_end(signature)
            return self._cache[signature]
        rows = self._cache[signature] = self.docs.group(signature)
        if len(self._cache) > self.keep:
            self._cache.popitem(last=False)
        return rows


def _component(docs: DocumentIndex, groups: _Groups, counts: _Counts, seed: int) -> dict[int, list[DocumentRow]]:
    """The signatures connected to ``seed`` by pairs resolution compares and finds alike
    (none of a part resolved before: each part is closed)."""
    found: dict[int, list[DocumentRow]] = {}
    todo = [seed]
    while todo:
        signature = todo.pop()
        rows = groups.get(signature) if signature not in found else []
        if not rows:
            continue
        found[signature] = rows
        rep = rows[0].mention
        candidates: dict[int, str] = {}
        if rep.meeting != "unattached":
            candidates.update(docs.at_meeting(rep.meeting))
        if rep.searches:
            # Across meetings only titles one of whose words are all among the other's
            # are alike, and only those holding a word few enough units have are compared.
            counts.load(rep.words)
            rarest = min(rep.words, key=lambda w: (counts.units[w], w))
            if counts.units[rarest] <= document_resolution.MOST_ALIKE:
                candidates.update(docs.supersets(rep.words, rarest))
            candidates.update(_subsets(docs, counts, rep.words))
        for other, kind in sorted(candidates.items()):
            # One of a part resolved before is never alike (parts are closed).
            if other in found or not _kin(rep.type, kind):
                continue
            other_rows = groups.get(other)
            if not other_rows:
                continue
            counts.load(other_rows[0].mention.words)
            if _alike(rep, other_rows[0].mention, counts.titles, counts.units):
                todo.append(other)
    return found


def _alike(a: DocumentMention, b: DocumentMention, titles_with: Mapping[str, int],
           units_with: Mapping[str, int]) -> bool:
    return any(documents_paired(a, b, titles_with, units_with))


def _kin(a: str, b: str) -> bool:
    """Whether documents of two types can be alike at all (:func:`kg.document_resolution`'s first test)."""
    return a == b or "other" in (a, b) or document_kin(a, b)
