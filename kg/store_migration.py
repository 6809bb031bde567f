"""Stores made before the resolution index (format 1): their index built from the
articles they hold, so that an add reads only what it can change.

A store of format 1 holds each article's light facts and the clusters its mapping used,
which are those of one resolution of all its articles; the index is what those give
(:mod:`kg.event_index`, :mod:`kg.document_index`, :mod:`kg.title_index`), built an
article at a time. It is built in the transaction of the add that finds it missing, so
a store is upgraded whole or not at all.
"""
from __future__ import annotations

import json
from typing import Iterator

from kg.document_index import signature_hash
from kg.document_resolution import document_mentions
from kg.mapping import event_key
from kg.resolution import EventCluster, event_mentions
from kg.store_documents import weighed_words
from kg.store_index import StoreIndex

__all__ = ["index_stored_articles"]

_INDEX_TABLES = ("event_mentions", "event_blocks", "coarse_blocks", "document_mentions", "document_words",
                 "word_counts", "weighed", "titles", "title_stems", "title_initials", "title_acronyms",
                 "title_lessons", "touched")


def index_stored_articles(index: StoreIndex) -> None:
    """Build the resolution index of a store from its articles and their clusters (what
    an index built before is replaced)."""
    for table in _INDEX_TABLES:
        index.db.execute(f"DELETE FROM {table}")
    index.set_verdict(False)
    index.titles.use((title for owner in _owners(index) for title in _titles(index, owner)), 1)
    for owner in _owners(index):
        day, coarse = event_mentions(index.light_facts(owner), event_key)
        index.events.replace(owner, day, coarse)
        kept = json.loads(index.clusters_of(owner)).get("e", {})
        for event in index.events.owner_rows(owner):
            if event.mention.event in kept:
                index.events.set_cluster(event.id, tuple(kept[event.mention.event]))
    index.titles.settle(frozenset(), {})
    reader = index.titles.stored_reader()
    titles_with: dict[str, int] = {}
    for owner in _owners(index):
        facts = index.light_facts(owner)
        kept = json.loads(index.clusters_of(owner))
        events = {(facts.article.id, eid): EventCluster(key, date, end, ()) for eid, (key, date, end)
                  in kept.get("e", {}).items()}
        titled = {d.id: d.title for d in facts.documents if d.title}
        for m in document_mentions(facts, events, reader):
            index.documents.add(owner, m, index.titles.read(titled[m.document])[0], signature_hash(m))
            for word in m.words:
                titles_with[word] = titles_with.get(word, 0) + 1
        for document in index.documents.owner_rows(owner):
            if document.mention.document in kept.get("d", {}):
                index.documents.set_cluster(document.id, tuple(kept["d"][document.mention.document]))
    units_with: dict[str, int] = {}
    for signature, words in index.documents.searching_signatures():
        units = index.documents.units_of(signature)
        for word in words:
            units_with[word] = units_with.get(word, 0) + units
    for word in sorted(titles_with.keys() | units_with.keys()):
        index.documents.count(word, titles_with.get(word, 0), units_with.get(word, 0))
    for meeting in index.documents.all_meetings():
        index.documents.set_weighed(meeting, weighed_words(index.documents.meeting_rows(meeting)))


def _owners(index: StoreIndex) -> Iterator[int]:
    for page in index.all_articles():
        yield from page


def _titles(index: StoreIndex, owner: int) -> list[str]:
    return [d.title for d in index.light_facts(owner).documents if d.title]
