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

from kg.analysis import analyze, report_markdown, to_networkx, write_network
from kg.collect import collect_facts
from kg.dask_extract import extract_with_dask
from kg.errors import (ClusterError, EndpointError, EventDataError, ExtractionError, FactsError, GraphError, KGError,
                       LanguageWarning, QueryError, ShapesError, ViewError)
from kg.extraction import explain_article, extract, extract_article, extractor_names, read_articles
from kg.facts import NewsFacts, parse_facts, read_facts, write_facts
from kg.graph import build_graph, read_graph, write_graph
from kg.push import push
from kg.query import format_result, list_queries, query
from kg.readback import graph_to_facts
from kg.store import add_to_store, open_store
from kg.validate import ValidationResult, validate

__all__ = [
    "KGError", "FactsError", "ExtractionError", "GraphError", "QueryError", "ShapesError", "ViewError",
    "EventDataError", "EndpointError", "ClusterError", "LanguageWarning",
    "extract", "extract_with_dask", "extract_article", "explain_article", "extractor_names", "read_articles",
    "NewsFacts", "parse_facts", "read_facts", "write_facts", "collect_facts",
    "build_graph", "read_graph", "write_graph", "add_to_store", "open_store", "push",
    "validate", "ValidationResult",
    "query", "list_queries", "format_result",
    "graph_to_facts",
    "to_networkx", "write_network", "analyze", "report_markdown",
]
