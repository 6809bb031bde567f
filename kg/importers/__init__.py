"""Machine-coded event data (GDELT, ICEWS) into the same graph as extracted facts.

    graph, summary = kg.importers.import_events(["20160728.export.CSV.zip"], "gdelt")
    summary.to_json()   # {"rows", "cooperation_rows", "imported", "skipped", "events", ...}

Modules, one job each: :mod:`~kg.importers.sources` reads plain, gzipped and zipped
files line by line; :mod:`~kg.importers.gdelt` and :mod:`~kg.importers.icews` know their
layouts; :mod:`~kg.importers.rows` turns lines into coded events and counts every row;
:mod:`~kg.importers.codes` holds the code tables (data in ``ontology/``);
:mod:`~kg.importers.coded_events` turns a coded event into news facts or says why not;
:mod:`~kg.importers.provenance` keeps the row behind each event;
:mod:`~kg.importers.summary` is the account; :mod:`~kg.importers.pipeline` runs them.
"""
from __future__ import annotations

from kg.importers.pipeline import COOPERATION_ROOTS, DATASETS, import_events, parse_roots
from kg.importers.summary import ImportSummary

__all__ = ["import_events", "parse_roots", "ImportSummary", "DATASETS", "COOPERATION_ROOTS"]
