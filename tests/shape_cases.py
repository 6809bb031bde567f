"""The shape examples of tests/shapes/: valid graphs, and invalid cases built as a delta.

An invalid case is ``invalid/<Shape>.trig`` (or ``<Shape>.<what>.trig`` for a second
case of one shape): the triples it removes from ``base.ttl`` (graph ``<urn:removed>``),
those it adds (``<urn:added>``), and, in its default graph, the ``sh:ValidationReport``
expected of the result, as pySHACL's DASH tests and the W3C SHACL suite give theirs. So a
case is a few lines that show what breaks, instead of a copy of a whole graph.

The concept schemes (event types, statuses, CAMEO...) ride along in every built graph
and some shapes look into them (a CAMEO code must be a ``skos:Concept``); they are read
from ``ontology/`` here rather than copied into each example.
"""
from __future__ import annotations

import warnings
from collections import Counter
from pathlib import Path

import rdflib
from rdflib.namespace import RDF, SH

from kg.resources import scheme_files

SHAPES_TESTS = Path(__file__).parent / "shapes"
BASE = SHAPES_TESTS / "base.ttl"
VALID = sorted((SHAPES_TESTS / "valid").glob("*.ttl"))
INVALID = sorted((SHAPES_TESTS / "invalid").glob("*.trig"))
REMOVED, ADDED = rdflib.URIRef("urn:removed"), rdflib.URIRef("urn:added")


def with_schemes(graph: rdflib.Graph) -> rdflib.Graph:
    """``graph`` plus the concept schemes, as a built graph carries them."""
    for path in scheme_files():
        graph.parse(path)
    return graph


def named_shape(case: Path) -> str:
    """The shape a case is named for: its file name up to the first dot."""
    return "https://w3id.org/coopkg/shapes#" + case.name.split(".")[0]


def read_case(case: Path) -> rdflib.Dataset:
    with warnings.catch_warnings():  # rdflib's TriG reader uses its own deprecated API
        warnings.simplefilter("ignore", DeprecationWarning)
        return rdflib.Dataset().parse(case, format="trig")


def broken_graph(case: Path) -> rdflib.Graph:
    """The base graph with the case's triples removed and added, and the schemes."""
    delta = read_case(case)
    graph = rdflib.Graph().parse(BASE)
    removed = list(delta.graph(REMOVED))
    missing = [t for t in removed if t not in graph]
    assert not missing, f"{case.name} removes triples the base does not have: {missing}"
    for triple in removed:
        graph.remove(triple)
    for triple in delta.graph(ADDED):
        graph.add(triple)
    return with_schemes(graph)


def expected_results(case: Path) -> Counter:
    """The results the case's expected report lists, each counted, as (node shape, focus
    node, path or None, constraint component)."""
    report = read_case(case).default_graph
    expected = Counter()
    for result in report.objects(next(report.subjects(RDF.type, SH.ValidationReport)), SH.result):
        expected[(report.value(result, SH.sourceShape), report.value(result, SH.focusNode),
                  report.value(result, SH.resultPath), report.value(result, SH.sourceConstraintComponent))] += 1
    return expected


def actual_results(result) -> Counter:
    """A validation result's issues in the same form, each named by the node shape that holds
    its constraint (an issue points at the anonymous property shape)."""
    owner = {prop: shape for shape, prop in result.shapes.subject_objects(SH.property)}
    return Counter((owner.get(i.shape, i.shape), i.focus, i.path, i.component) for i in result.issues)
