"""A store made before the resolution index (format 1) is read as it is, and indexed by
its next add as a store of this version would be."""
from __future__ import annotations

import json
import sqlite3

from kg.store import add_to_store
from kg.store_migration import _INDEX_TABLES

from tests.test_store import FACTS, built, stored


def index_contents(path) -> dict[str, list]:
    """The resolution index of a store, rows named by what they hold, not by their ids."""
    db = sqlite3.connect(path / "index.sqlite")
    try:
        return {
            "events": sorted(db.execute("SELECT owner, key, coarse, data, cluster, cluster_date, cluster_end "
                                        "FROM event_mentions")),
            "blocks": sorted(db.execute("SELECT b.token, b.first, b.last, m.data FROM event_blocks b "
                                        "JOIN event_mentions m ON m.id = b.mention")),
            "documents": sorted(db.execute("SELECT m.owner, m.signature, m.type, m.meeting, m.wordset, m.data, "
                                           "m.cluster, t.title FROM document_mentions m JOIN titles t ON t.id = m.title")),
            "counts": sorted(db.execute("SELECT * FROM word_counts")),
            "weighed": sorted(db.execute("SELECT * FROM weighed")),
            "titles": sorted(db.execute("SELECT title, uses, reading FROM titles")),
            "lessons": sorted(db.execute("SELECT t.title, l.phrase, l.token FROM title_lessons l "
                                         "JOIN titles t ON t.id = l.title")),
        }
    finally:
        db.close()


def as_format_1(path) -> None:
    """What a store of format 1 held: no resolution index."""
    db = sqlite3.connect(path / "index.sqlite")
    for table in _INDEX_TABLES:
        db.execute(f"DELETE FROM {table}")
    db.commit()
    db.close()
    (path / "kg-store.json").write_text(json.dumps({"format": 1}) + "\n", encoding="utf-8")


def test_a_store_of_format_1_is_indexed_by_its_next_add(tmp_path):
    path = tmp_path / "s"
    add_to_store(path, FACTS[:30])
    indexed = index_contents(path)
    assert indexed["events"] and indexed["documents"] and indexed["counts"]
    as_format_1(path)
    assert stored(path) == built(FACTS[:30])  # read as it is
    add_to_store(path, FACTS[:30])  # nothing new: the index is all the add makes
    assert json.loads((path / "kg-store.json").read_text())["format"] == 2
    assert index_contents(path) == indexed
    add_to_store(path, FACTS)
    assert stored(path) == built(FACTS)
