"""Coded-event files → the knowledge graph: read, convert, build, and account for every row.

Each row in the chosen CAMEO roots that names a meeting of states or bodies becomes the
news facts of one "article" (the row). The rows of one meeting (GDELT and ICEWS code a
meeting as many rows of two actors, in both directions, from many stories) are given
one key (:mod:`kg.importers.grouping`), and all go through :func:`kg.build_graph` with
any other facts given, so that event resolution joins an imported meeting with the
extracted reports of it by the same rules as it joins articles.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

import pyoxigraph as ox
import rdflib

from kg.errors import EventDataError
from kg.facts import NewsFacts
from kg.graph import build_graph, oxstore
from kg.importers.codes import code_tables
from kg.importers.coded_events import article_id_of, facts_of, skip_reason
from kg.importers.gdelt import GDELT
from kg.importers.icews import ICEWS
from kg.importers.grouping import meeting_keys
from kg.importers.provenance import record_quads
from kg.importers.rows import Dataset, read_coded_events
from kg.importers.summary import ImportSummary
from kg.iri import report_iri
from kg.mapping import event_key
from kg.namespaces import OX_KG
from kg.progress import Progress

__all__ = ["DATASETS", "COOPERATION_ROOTS", "parse_roots", "import_events"]

DATASETS: dict[str, Dataset] = {"gdelt": GDELT, "icews": ICEWS}
# CAMEO 03 intent to cooperate, 04 consult, 05 diplomatic and 06 material cooperation.
COOPERATION_ROOTS = ("03", "04", "05", "06")


def parse_roots(text: str) -> tuple[str, ...]:
    """``"03,04"`` as CAMEO roots, checked against the code book.

    >>> parse_roots("04, 05")
    ('04', '05')
    >>> parse_roots("4")
    Traceback (most recent call last):
    kg.errors.EventDataError: --roots: '4' is no CAMEO root; give two-digit roots from 01 to 20, such as 03,04,05,06
    """
    labels = code_tables().cameo_labels
    roots = tuple(dict.fromkeys(part.strip() for part in text.split(",") if part.strip()))
    for root in roots:
        if len(root) != 2 or root not in labels:
            raise EventDataError(f"--roots: {root!r} is no CAMEO root; give two-digit roots from 01 to 20, "
                                 "such as 03,04,05,06")
    if not roots:
        raise EventDataError("--roots: no root given; give two-digit CAMEO roots such as 03,04,05,06")
    return roots


def import_events(paths: Iterable[str | Path], dataset: str, roots: Iterable[str] = COOPERATION_ROOTS,
                  strict: bool = False, facts: Iterable[NewsFacts] = (),
                  progress: Progress | None = None) -> tuple[rdflib.Dataset, ImportSummary]:
    """Import GDELT or ICEWS files into a knowledge graph.

    Parameters
    ----------
    paths : event files, plain, ``.gz`` or ``.zip``.
    dataset : ``"gdelt"`` or ``"icews"``.
    roots : the two-digit CAMEO roots whose rows to import (the cooperation roots by default).
    strict : make the first malformed row an error instead of a counted skip.
    facts : other news facts (extracted articles, say) to build into the same graph, so
        that their events and the imported ones are resolved together.
    progress : told how building the graph goes, as :func:`kg.build_graph` tells it.

    Returns
    -------
    (graph, summary) : the graph (not yet validated) and the account of every row.

    Raises
    ------
    EventDataError : a file cannot be read, or, with ``strict``, at the first malformed row.
    """
    if dataset not in DATASETS:
        raise EventDataError(f"unknown dataset {dataset!r}; use one of {', '.join(DATASETS)}")
    tables = code_tables()
    summary = ImportSummary(DATASETS[dataset].name, tuple(roots))
    imported: list[NewsFacts] = []
    provenance: list[ox.Quad] = []
    seen: set[str] = set()
    for event in read_coded_events(paths, DATASETS[dataset], summary.roots, tables, summary, strict):
        for side in (event.actor, event.target):
            if side.unresolved:
                summary.unresolved_actor_codes[side.coded] += 1
        reason = skip_reason(event, tables)
        if reason is None and article_id_of(event) in seen:
            reason = "duplicate record"  # the same row twice, as overlapping downloads give it
        if reason is not None:
            summary.skip(reason)
            continue
        seen.add(article_id_of(event))
        imported.append(facts_of(event, tables))
        provenance.extend(record_quads(event))
        summary.imported += 1
    others = list(facts)
    clash = next((f.article.id for f in others if f.article.id in seen), None)
    if clash is not None:
        raise EventDataError(f"article id {clash!r} is both a row's and another article's; "
                             "give the other article another id")
    keys = meeting_keys(imported)
    graph = build_graph([*others, *imported], own_key=lambda e, f: keys.get(f.article.id) or event_key(e, f),
                        progress=progress)
    store = oxstore(graph)
    store.extend(provenance)
    summary.events = _events_of_rows(store, imported)
    return graph, summary


def _events_of_rows(store: ox.Store, imported: list[NewsFacts]) -> int:
    """How many events the imported rows' reports describe."""
    describes = OX_KG.describes
    events = set()
    for f in imported:
        for q in store.quads_for_pattern(ox.NamedNode(report_iri(f.article.id, "event", 0)), describes, None):
            events.add(q.object)
    return len(events)
