"""Knowledge graphs of international cooperation events, from news facts.

The pipeline, one function a stage (the ``kg`` command mirrors it name for name)::

    facts = kg.extract(kg.read_articles(["examples/articles"]))  # text → news facts
    facts = kg.read_facts("examples/facts")        # or news facts written by hand, checked
    facts, n = kg.collect_facts(["examples/articles", "examples/facts"])  # both, as kg build reads them
    kg.extract_with_dask(["articles/"], "parts/", "local")  # or on a dask cluster, a facts file a partition
    graph = kg.build_graph(facts)                  # RDF on an Oxigraph store
    kg.add_to_store("news.store", facts)           # or a store on disk, added to article by article
    graph = kg.open_store("news.store")            # the same kind of graph as build_graph's
    kg.push(graph, "http://127.0.0.1:7878/store")  # to a triple store, a named graph per article
    result = kg.validate(graph)                    # SHACL shapes
    kg.write_graph(graph, "graph.ttl")             # Turtle, N-Triples, TriG, ...
    rows = kg.query(graph, "state-pairs")          # SPARQL, bundled or your own
    back = kg.graph_to_facts(graph)                # and back to facts
    states = kg.to_networkx(graph, view="states")  # NetworkX views
    report = kg.analyze(graph)                     # centrality, communities, ...
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from kg.errors import (ClusterError, EndpointError, EventDataError, ExtractionError, ExtractionFaultWarning, FactsError,
                       GraphError, KGError, LanguageWarning, QueryError, ShapesError, ViewError)
# A function named as its module is bound here: importing the module later (``import
# kg.validate``) would otherwise leave the package's name for the module.
from kg.push import push
from kg.query import format_result, list_queries, query
from kg.validate import ValidationResult, validate

if TYPE_CHECKING:
    from kg.analysis import analyze, report_markdown, to_networkx, write_network
    from kg.collect import collect_facts
    from kg.dask_extract import extract_with_dask
    from kg.extraction import explain_article, extract, extract_article, extractor_names, read_articles
    from kg.facts import NewsFacts, parse_facts, read_facts, write_facts
    from kg.graph import build_graph, read_graph, write_graph
    from kg.readback import graph_to_facts
    from kg.store import add_to_store, open_store

# The rest is imported when first asked for: a program that builds a graph from facts
# does without the extractor's rules, NetworkX and the store (0.3 s and 18 MB).
_LAZY = {
    "analyze": "kg.analysis", "report_markdown": "kg.analysis", "to_networkx": "kg.analysis",
    "write_network": "kg.analysis", "collect_facts": "kg.collect", "extract_with_dask": "kg.dask_extract",
    "explain_article": "kg.extraction", "extract": "kg.extraction", "extract_article": "kg.extraction",
    "extractor_names": "kg.extraction", "read_articles": "kg.extraction", "NewsFacts": "kg.facts",
    "parse_facts": "kg.facts", "read_facts": "kg.facts", "write_facts": "kg.facts", "build_graph": "kg.graph",
    "read_graph": "kg.graph", "write_graph": "kg.graph", "graph_to_facts": "kg.readback",
    "add_to_store": "kg.store", "open_store": "kg.store",
}


def __getattr__(name: str) -> object:
    if name not in _LAZY:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    value = getattr(importlib.import_module(_LAZY[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "KGError", "FactsError", "ExtractionError", "GraphError", "QueryError", "ShapesError", "ViewError",
    "EventDataError", "EndpointError", "ClusterError", "LanguageWarning", "ExtractionFaultWarning",
    "extract", "extract_with_dask", "extract_article", "explain_article", "extractor_names", "read_articles",
    "NewsFacts", "parse_facts", "read_facts", "write_facts", "collect_facts",
    "build_graph", "read_graph", "write_graph", "add_to_store", "open_store", "push",
    "validate", "ValidationResult",
    "query", "list_queries", "format_result",
    "graph_to_facts",
    "to_networkx", "write_network", "analyze", "report_markdown",
]
