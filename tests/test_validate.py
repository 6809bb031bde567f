"""SHACL shapes: the base graph and every valid example conform; each invalid case (the
base graph with a few triples changed, tests/shape_cases.py) gives exactly the report it
states, under the SPARQL engine and pySHACL alike."""
from __future__ import annotations

import pytest
import rdflib
from rdflib.namespace import RDF, SH

from kg import build_graph, read_facts, read_graph, validate
from kg.errors import ShapesError
from kg.validate import load_shapes
from tests.shape_cases import (BASE, INVALID, VALID, actual_results, broken_graph, expected_results,
                               named_shape, with_schemes)

ENGINES = ["sparql", "pyshacl"]


@pytest.mark.parametrize("path", [BASE, *VALID], ids=[p.name for p in [BASE, *VALID]])
@pytest.mark.parametrize("engine", ENGINES)
def test_base_and_valid_examples_conform(path, engine):
    r = validate(with_schemes(read_graph(path)), engine=engine)
    assert r.conforms, r.text


@pytest.mark.parametrize("case", INVALID, ids=[p.name for p in INVALID])
@pytest.mark.parametrize("engine", ENGINES)
def test_invalid_case_gives_exactly_its_report(case, engine):
    expected = expected_results(case)
    # A case breaks only the shape it is named for, and states at least one result.
    assert expected and {str(shape) for shape, *_ in expected} == {named_shape(case)}, case.name
    r = validate(broken_graph(case), engine=engine)
    assert not r.conforms
    assert actual_results(r) == expected, r.text


@pytest.mark.parametrize("case", INVALID, ids=[p.name for p in INVALID])
def test_engines_agree_on_invalid_cases(case):
    """Beyond what a case states: the same values and components, result for result."""
    graph = broken_graph(case)
    fast, reference = validate(graph, engine="sparql"), validate(graph, engine="pyshacl")
    assert sorted(i.key() for i in fast.issues) == sorted(i.key() for i in reference.issues)


def _targeted(shapes: rdflib.Graph, shape, data: rdflib.Graph) -> bool:
    """Whether ``data`` has a focus node for ``shape`` (the targets our shapes use)."""
    return (any(next(data.subjects(RDF.type, c), None) is not None for c in shapes.objects(shape, SH.targetClass))
            or any(next(data.subjects(p), None) is not None for p in shapes.objects(shape, SH.targetSubjectsOf)))


def test_every_shape_has_an_invalid_case_and_is_exercised_by_the_valid_examples():
    shapes = load_shapes()
    names = {str(s) for s in shapes.subjects(RDF.type, SH.NodeShape)}
    assert names == {named_shape(p) for p in INVALID}
    valid = rdflib.Graph()
    for path in VALID:
        valid.parse(path)
    # A valid example that targets no node of a shape would say nothing about it.
    assert {s for s in names if not _targeted(shapes, rdflib.URIRef(s), valid)} == set()


def test_every_constraint_has_a_message():
    shapes = load_shapes()
    for prop in shapes.objects(None, SH.property):
        assert shapes.value(prop, SH.message), f"property shape on {shapes.value(prop, SH.path)} has no sh:message"
    for constraint in shapes.objects(None, SH.sparql):
        assert shapes.value(constraint, SH.message)


def test_report_names_node_shape_and_reason():
    r = validate(broken_graph(next(p for p in INVALID if p.name == "EventShape.trig")))
    line = next(x for x in r.text.splitlines() if "kgsh:EventShape" in x)
    assert "report:harbour.event.0" in line
    assert "cannot end before it starts" in line


def test_report_graph_is_a_shacl_report():
    r = validate(broken_graph(next(p for p in INVALID if p.name == "StateShape.trig")))
    g = rdflib.Graph().parse(data=r.report_graph.serialize(format="turtle"), format="turtle")
    report = next(g.subjects(RDF.type, SH.ValidationReport))
    assert g.value(report, SH.conforms).toPython() is False
    assert len(list(g.objects(report, SH.result))) == len(r.issues)


def test_dev_graph_conforms_with_both_engines(dev_corpus):
    graph = build_graph(read_facts(dev_corpus))
    fast = validate(graph)
    assert fast.conforms, fast.text
    assert fast.engine == "sparql"


def test_unsupported_shapes_fall_back_to_pyshacl(tmp_path):
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text("""@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix kg: <https://w3id.org/coopkg/ont#> .
        <urn:s> a sh:NodeShape ; sh:targetClass kg:State ;
          sh:property [ sh:path kg:name ; sh:minLength 3 ] .""", encoding="utf-8")
    graph = read_graph(BASE)
    assert validate(graph, shapes=shapes).engine == "pyshacl"
    with pytest.raises(ShapesError, match="--engine pyshacl"):
        validate(graph, shapes=shapes, engine="sparql")


def test_broken_shapes_give_a_shapes_error(tmp_path):
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text("""@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix kg: <https://w3id.org/coopkg/ont#> .
        <urn:s> a sh:NodeShape ; sh:targetClass kg:State ; sh:property [ sh:path ( kg:name ) ; sh:minLength 3 ] .""",
                      encoding="utf-8")
    with pytest.raises(ShapesError, match="shapes"):
        validate(read_graph(BASE), shapes=shapes)
    shapes.write_text("not turtle at all", encoding="utf-8")
    with pytest.raises(ShapesError, match="not a valid shapes file"):
        validate(read_graph(BASE), shapes=shapes)


def test_user_shapes_with_ill_typed_literals_agree(tmp_path):
    data = tmp_path / "d.ttl"
    data.write_text("""@prefix kg: <https://w3id.org/coopkg/ont#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        <urn:e> a kg:Event ; kg:eventType <https://w3id.org/coopkg/scheme/event-type/call> ;
          kg:startDate "2019-13-01"^^xsd:date ; kg:endDate "2019"^^xsd:gYear .""", encoding="utf-8")
    graph = read_graph(data)
    fast, reference = validate(graph, engine="sparql"), validate(graph, engine="pyshacl")
    assert sorted(i.key() for i in fast.issues) == sorted(i.key() for i in reference.issues)
    assert not fast.conforms


def test_subclasses_in_the_data_are_followed_by_both_engines(tmp_path):
    """A node of a subclass of kg:State is a state to SHACL: both engines check it."""
    data = tmp_path / "d.ttl"
    data.write_text("""@prefix kg: <https://w3id.org/coopkg/ont#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        <urn:Microstate> rdfs:subClassOf kg:State .
        <urn:m> a <urn:Microstate> ; kg:name "Example" .""", encoding="utf-8")
    graph = read_graph(data)
    fast, reference = validate(graph, engine="sparql"), validate(graph, engine="pyshacl")
    assert not fast.conforms
    assert sorted(i.key() for i in fast.issues) == sorted(i.key() for i in reference.issues)


def _ruled_out(store) -> tuple[list, list]:
    """The checks the screens of the whole-graph validation rule out on ``store``, and
    those they leave to run."""
    from kg.solutions import select
    from kg.validate import _Compiler, _screens

    screens, _ = _screens(_Compiler(load_shapes()).compile())
    out, kept = [], []
    for screen in screens:
        needed = screen.needed(list(select(store, screen.query, use_default_graph_as_union=True)))
        out += [c for c in screen.checks if c not in needed]
        kept += needed
    return out, kept


@pytest.mark.parametrize("case", INVALID, ids=[p.name for p in INVALID])
def test_a_check_the_screens_rule_out_finds_nothing(case):
    """A screen only spares a check that would give no results (kg/validate.py, _screens)."""
    from kg.graph import oxstore
    from kg.solutions import select

    store = oxstore(broken_graph(case))
    out, kept = _ruled_out(store)
    assert out and kept
    for check in out:
        assert not list(select(store, check.query, use_default_graph_as_union=True)), check.query


def test_the_screens_rule_out_most_checks_of_a_conforming_graph():
    from kg.graph import oxstore

    out, kept = _ruled_out(oxstore(with_schemes(read_graph(BASE))))
    assert len(out) > 4 * len(kept)


COUNTED_SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <http://example.org/> .
ex:S a sh:NodeShape ; sh:targetClass ex:C ;
    sh:property [ sh:path ex:p ; sh:minCount 1 ; sh:maxCount 1 ] , [ sh:path ex:q ; sh:maxCount 2 ] .
"""


@pytest.mark.parametrize("data, finding, kept", [
    ("", set(), set()),
    ("ex:a a ex:C ; ex:p 1 ; ex:q 1 . ex:b a ex:C ; ex:p 2 .", set(), set()),
    ("ex:a a ex:C ; ex:p 1 , 2 ; ex:q 1 . ex:b a ex:C ; ex:p 2 .", {"maxCount p"}, set()),
    ("ex:a a ex:C ; ex:q 1 . ex:b a ex:C ; ex:p 2 .", {"minCount p"}, set()),
    ("ex:a a ex:C ; ex:q 1 , 2 , 3 . ex:b a ex:C ; ex:p 2 , 3 .", {"minCount p", "maxCount p", "maxCount q"}, set()),
    # A node with two values of a path of sh:maxCount 2 breaks nothing, but has two rows
    # of it: the screen keeps the check, which runs and finds nothing.
    ("ex:a a ex:C ; ex:p 1 ; ex:q 1 , 2 .", set(), {"maxCount q"}),
])
def test_the_count_screen_keeps_every_count_check_that_finds_something(data, finding, kept):
    """The screen of a target's counts (kg/validate.py, _screens) counts its nodes, each
    path's rows and values: no check it rules out finds a node."""
    import pyoxigraph as ox

    from kg.solutions import select
    from kg.validate import _Compiler, _screens

    shapes = rdflib.Graph().parse(data=COUNTED_SHAPES, format="turtle")
    screens, rest = _screens(_Compiler(shapes).compile())
    assert len(screens) == 1 and not rest
    store = ox.Store()
    store.load(f"@prefix ex: <http://example.org/> . {data}", format=ox.RdfFormat.TURTLE)
    needed = screens[0].needed(list(select(store, screens[0].query, use_default_graph_as_union=True)))

    def name(check) -> str:
        return f"{'minCount' if check.low else 'maxCount'} {str(check.path).rsplit('/', 1)[-1]}"
    found = {name(c) for c in screens[0].checks
             if list(select(store, c.query, use_default_graph_as_union=True))}
    assert found == finding
    assert {name(c) for c in needed} == finding | kept
