"""Topics: the vocabulary is SKOS data (kgs:topics in ontology/schemes.ttl), found in a
title or, when the title names none, in the sentence that reports the document."""
from __future__ import annotations

import pytest
import rdflib
from rdflib.namespace import SKOS

from kg.extraction.lexicon import load_topics
from kg.extraction.topics import topics_of
from kg.iri import topic_iri
from kg.namespaces import SCHEME
from kg.resources import ontology_files


@pytest.fixture(scope="module")
def schemes() -> rdflib.Graph:
    g = rdflib.Graph()
    for path in ontology_files():
        g.parse(path)
    return g


@pytest.mark.parametrize("title, sentence, topics", [
    ("Memorandum on cooperation in civil aviation and tourism", "", ("air transport", "tourism")),
    ("Protocol on protecting foreign investors", "", ("investment",)),
    ("Agreement on visa-free travel for students", "", ("visa facilitation",)),
    ("Riverside Accord", "The accord commits both governments to share river water and to open their "
                         "fishing grounds to each other.", ("water", "fisheries")),
    ("Lakeside Declaration", "The leaders vowed to fight terrorists and extremists along their shared border.",
     ("counter-terrorism", "border")),
])
def test_topics_in_a_title_or_else_in_the_sentence(title, sentence, topics):
    assert topics_of(title, sentence) == topics


def test_a_specific_topic_is_found_before_the_broader_one_it_contains():
    assert topics_of("Harbour States free trade agreement") == ("free trade",)
    assert topics_of("Harbour States trade agreement") == ("trade",)


@pytest.mark.parametrize("title", [
    "Joint investigation into the crash",  # not investment
    "Ministers planned further trips to the region",  # "TRIPS" is an acronym, matched as written
    "Leaders praised the development of relations",  # "development" alone is no topic
])
def test_words_that_only_look_like_a_topic(title):
    assert topics_of(title) == ()


def test_an_acronym_is_matched_as_written():
    assert topics_of("Harbour States FTA") == ("free trade",)
    assert topics_of("Harbour States fta") == ()


def test_every_topic_concept_has_a_label_to_match_and_the_graph_iri(schemes):
    concepts = set(schemes.subjects(SKOS.inScheme, SCHEME["topics"]))
    assert len(concepts) > 40
    for concept in concepts:
        pref = [label for label in schemes.objects(concept, SKOS.prefLabel) if label.language == "en"]
        others = [label for p in (SKOS.altLabel, SKOS.hiddenLabel)
                  for label in schemes.objects(concept, p) if label.language == "en"]
        assert len(pref) == 1 and others, concept
        assert str(concept) == topic_iri(str(pref[0])), "the IRI is the slug the graph mints for the phrase"
        assert schemes.value(concept, SKOS.notation) is not None, f"{concept} needs a rank (skos:notation)"


def test_the_loader_reads_every_topic_in_the_order_of_its_rank(schemes):
    ranked = sorted(schemes.subjects(SKOS.inScheme, SCHEME["topics"]),
                    key=lambda c: int(schemes.value(c, SKOS.notation)))
    assert [topic_iri(c.label) for c in load_topics()] == [str(c) for c in ranked]
