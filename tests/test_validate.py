"""SHACL shapes: valid examples conform, each invalid example breaks the shape it names,
and the SPARQL engine agrees with pySHACL on every one of them."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import RDF, SH

from kg import build_graph, read_facts, read_graph, validate
from kg.errors import ShapesError
from kg.validate import load_shapes

SHAPES_TESTS = Path(__file__).parent / "shapes"
VALID = sorted((SHAPES_TESTS / "valid").glob("*.ttl"))
INVALID = sorted((SHAPES_TESTS / "invalid").glob("*.ttl"))
KGSH = "https://w3id.org/coopkg/shapes#"


def broken_shape(path: Path) -> str:
    match = re.search(r"^# breaks: kgsh:(\w+)", path.read_text(encoding="utf-8"), re.MULTILINE)
    assert match, f"{path.name} does not say which shape it breaks"
    return KGSH + match.group(1)


def owners(result) -> set[str]:
    owner = {p: s for s, p in result.shapes.subject_objects(SH.property)}
    return {str(owner.get(i.shape, i.shape)) for i in result.issues}


@pytest.mark.parametrize("path", VALID, ids=[p.name for p in VALID])
@pytest.mark.parametrize("engine", ["sparql", "pyshacl"])
def test_valid_examples_conform(path, engine):
    r = validate(read_graph(path), engine=engine)
    assert r.conforms, r.text


@pytest.mark.parametrize("path", INVALID, ids=[p.name for p in INVALID])
def test_invalid_examples_break_their_shape_and_engines_agree(path):
    graph = read_graph(path)
    fast = validate(graph, engine="sparql")
    reference = validate(graph, engine="pyshacl")
    assert not fast.conforms
    assert broken_shape(path) in owners(fast), fast.text
    assert sorted(i.key() for i in fast.issues) == sorted(i.key() for i in reference.issues)


def test_every_shape_has_valid_and_invalid_examples():
    shapes = load_shapes()
    names = {str(s) for s in shapes.subjects(RDF.type, SH.NodeShape)}
    assert names == {broken_shape(p) for p in INVALID}
    for path in VALID:  # each valid example is validated above; together they target every shape
        assert path.stat().st_size > 0


def test_every_constraint_has_a_message():
    shapes = load_shapes()
    for prop in shapes.objects(None, SH.property):
        assert shapes.value(prop, SH.message), f"property shape on {shapes.value(prop, SH.path)} has no sh:message"
    for constraint in shapes.objects(None, SH.sparql):
        assert shapes.value(constraint, SH.message)


def test_report_names_node_shape_and_reason():
    r = validate(read_graph(SHAPES_TESTS / "invalid" / "EventShape.ttl"))
    line = next(l for l in r.text.splitlines() if "kgsh:EventShape" in l)
    assert "report:tiny.event.0" in line
    assert "cannot end before it starts" in line


def test_report_graph_is_a_shacl_report():
    r = validate(read_graph(SHAPES_TESTS / "invalid" / "StateShape.ttl"))
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
    graph = read_graph(SHAPES_TESTS / "valid" / "complete-article.ttl")
    assert validate(graph, shapes=shapes).engine == "pyshacl"
    with pytest.raises(ShapesError, match="--engine pyshacl"):
        validate(graph, shapes=shapes, engine="sparql")


def test_broken_shapes_give_a_shapes_error(tmp_path):
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text("""@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix kg: <https://w3id.org/coopkg/ont#> .
        <urn:s> a sh:NodeShape ; sh:targetClass kg:State ; sh:property [ sh:path ( kg:name ) ; sh:minLength 3 ] .""",
                      encoding="utf-8")
    with pytest.raises(ShapesError, match="shapes"):
        validate(read_graph(SHAPES_TESTS / "valid" / "complete-article.ttl"), shapes=shapes)
    shapes.write_text("not turtle at all", encoding="utf-8")
    with pytest.raises(ShapesError, match="not a valid shapes file"):
        validate(read_graph(SHAPES_TESTS / "valid" / "complete-article.ttl"), shapes=shapes)


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
