"""The ontology: labelled and commented, in step with kg.namespaces.KG, and consistent."""
from __future__ import annotations

import shutil

import pytest
import rdflib
from rdflib.namespace import OWL, RDF

from kg.namespaces import KG
from kg.resources import ontology_dir, ontology_files

NS = str(KG._NS)


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    g = rdflib.Graph()
    for path in ontology_files():
        g.parse(path)
    return g


def test_every_class_and_property_has_label_and_comment(ontology):
    missing = ontology.query("""
        PREFIX owl: <http://www.w3.org/2002/07/owl#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?term WHERE {
          ?term a ?kind .
          VALUES ?kind { owl:Class owl:ObjectProperty owl:DatatypeProperty skos:Concept skos:ConceptScheme }
          FILTER NOT EXISTS { ?term rdfs:label ?label . ?term rdfs:comment ?comment }
        }""")
    assert [str(r.term) for r in missing] == []


def test_namespace_class_lists_exactly_the_ontology_terms(ontology):
    declared = {str(s)[len(NS):] for s in ontology.subjects(RDF.type, None)
                if str(s).startswith(NS) and str(s) != NS}
    in_python = set(KG.__annotations__)
    assert declared == in_python


def test_typo_in_a_term_raises():
    with pytest.raises(AttributeError):
        KG.Meting  # noqa: B018


def test_concept_schemes_match_the_facts_vocabulary(ontology):
    from kg.facts import DOCUMENT_TYPES, EVENT_TYPES, STATUSES
    notations = {str(o) for o in ontology.objects(None, rdflib.URIRef("http://www.w3.org/2004/02/skos/core#notation"))}
    assert set(EVENT_TYPES) | set(DOCUMENT_TYPES) | set(STATUSES) <= notations


@pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs Java")
def test_ontology_is_consistent_under_hermit(tmp_path):
    owlready2 = pytest.importorskip("owlready2")
    # owlready2 reads RDF/XML or N-Triples: hand it the ontology as N-Triples.
    g = rdflib.Graph()
    g.parse(ontology_dir() / "kg.ttl")
    path = tmp_path / "kg.nt"
    g.serialize(path, format="nt", encoding="utf-8")
    world = owlready2.World()
    onto = world.get_ontology(path.as_uri()).load()
    with onto:
        owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    assert list(world.inconsistent_classes()) == []
    assert not any(OWL.Nothing == c for c in world.classes())
