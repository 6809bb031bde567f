"""Graph → facts: every article comes back, from a fresh build and from a Turtle file."""
from __future__ import annotations

import subprocess
import sys

import pytest

from kg import build_graph, graph_to_facts, read_facts, read_graph, write_facts, write_graph
from kg.facts import facts_to_json
from tests.conftest import ROOT, SHARED


def normalised(facts) -> dict:
    """Facts as JSON with list members sorted: the order inside a list is not kept."""
    out = {}
    for f in facts:
        d = facts_to_json(f)
        for e in d["events"]:
            e["participants"] = sorted(e["participants"])
        for doc in d["documents"]:
            for key in ("proposed_by", "parties", "topics"):
                doc[key] = sorted(doc[key])
        for b in d["bodies"]:
            b["aliases"] = sorted(b["aliases"])
        out[f.article.id] = d
    return out


def test_examples_come_back_exactly(example_facts, tmp_path):
    facts = read_facts(example_facts)
    path = tmp_path / "g.ttl"
    write_graph(build_graph(facts), path)
    assert normalised(graph_to_facts(read_graph(path))) == normalised(facts)


@pytest.mark.parametrize("suffix", [".ttl", ".nt", ".nq", ".trig", ".jsonld"])
def test_every_format_round_trips(example_facts, tmp_path, suffix):
    facts = read_facts(example_facts)
    path = tmp_path / f"g{suffix}"
    write_graph(build_graph(facts), path)
    assert normalised(graph_to_facts(read_graph(path))) == normalised(facts)


def test_dev_corpus_round_trip_scores_one(dev_corpus, tmp_path):
    facts = read_facts(dev_corpus)
    ttl = tmp_path / "dev.ttl"
    write_graph(build_graph(facts), ttl)
    back = graph_to_facts(read_graph(ttl))
    original = normalised(facts)
    returned = normalised(back)
    assert original.keys() == returned.keys()
    # Only the spelling of a body reference may differ (EU for European Union), when an
    # article refers to one body by two of its names.
    differing = [aid for aid in original if original[aid] != returned[aid]]
    assert len(differing) <= 1, differing
    out = tmp_path / "back.jsonl"
    write_facts(back, out)
    score = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(dev_corpus), str(out)],
                           capture_output=True, text=True, check=True).stdout
    assert "headline_f1 1.000" in score, score


def test_modality_and_evidence_come_back(tmp_path):
    from kg.facts import parse_facts
    text = "Peru and Chile will meet in Quito next month."
    f = parse_facts({"article": {"id": "m", "text": text}, "events": [
        {"id": "e1", "type": "talks", "date": "2024-04", "city": "Quito", "modality": "planned",
         "evidence": {"start": 0, "end": len(text), "text": text}}]})
    path = tmp_path / "g.ttl"
    write_graph(build_graph([f]), path)
    (event,) = graph_to_facts(read_graph(path))[0].events
    assert event.modality == "planned" and event.evidence.text == text


def test_a_parent_body_the_article_does_not_list_becomes_a_node_and_comes_back():
    from kg.facts import parse_facts
    from kg.validate import validate
    facts = parse_facts({"article": {"id": "p", "published": "2024-03-14"},
                         "bodies": [{"name": "Security Council", "acronym": "UNSC", "part_of": "United Nations"},
                                    {"name": "Oceans Panel", "part_of": "Blue Pacific Alliance"}],
                         "events": [{"id": "e1", "type": "session", "date": "2024-03-14", "body": "UNSC"}]}, "f.json")
    graph = build_graph([facts])
    assert validate(graph).conforms
    assert [b.part_of for b in graph_to_facts(graph)[0].bodies] == ["United Nations", "Blue Pacific Alliance"]


def test_json_ld_is_compact_with_the_project_context_and_reads_back_the_same(example_facts, tmp_path):
    import json

    import pyoxigraph as ox
    import rdflib
    from rdflib.namespace import OWL, RDF

    from kg.graph import jsonld_context
    graph = build_graph(read_facts(example_facts))
    write_graph(graph, tmp_path / "g.jsonld")
    write_graph(graph, tmp_path / "g.nq")
    document = json.loads((tmp_path / "g.jsonld").read_text(encoding="utf-8"))
    text = json.dumps(document["@graph"])
    assert '"startDate"' in text and '"hasParticipant"' in text and '"state:' in text
    assert "https://w3id.org/coopkg/ont#" not in text  # no expanded keys
    quads = set(map(str, ox.parse(path=str(tmp_path / "g.nq"), format=ox.RdfFormat.N_QUADS)))
    assert set(map(str, ox.parse(path=str(tmp_path / "g.jsonld"), format=ox.RdfFormat.JSON_LD))) == quads
    assert len(rdflib.Dataset().parse(tmp_path / "g.jsonld", format="json-ld")) == len(quads)
    # The context names every property and class of the ontology.
    ontology = rdflib.Graph().parse(ROOT / "ontology" / "kg.ttl")
    context = jsonld_context()
    for kind in (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.Class):
        for term in ontology.subjects(RDF.type, kind):
            name = str(term).rsplit("#", 1)[-1]
            if str(term).startswith("https://w3id.org/coopkg/ont#"):
                assert name in context, name


@pytest.mark.filterwarnings("ignore:Dataset.default_context is deprecated:DeprecationWarning")
def test_json_ld_reads_back_the_same_graph_in_pyld(example_facts, tmp_path):
    """A second, independent JSON-LD processor (pyld, the reference Python one) expands the
    compacted file with its embedded context to the very quads of the N-Quads output."""
    import json

    import rdflib
    from pyld import jsonld
    from rdflib.compare import isomorphic

    graph = build_graph(read_facts(example_facts))
    write_graph(graph, tmp_path / "g.jsonld")
    write_graph(graph, tmp_path / "g.nq")
    document = json.loads((tmp_path / "g.jsonld").read_text(encoding="utf-8"))
    nquads = jsonld.to_rdf(document, {"format": "application/n-quads"})
    by_pyld = rdflib.Dataset().parse(data=nquads, format="nquads")
    by_writer = rdflib.Dataset().parse(tmp_path / "g.nq", format="nquads")
    assert len(by_pyld) == len(by_writer) > 0
    for context in by_writer.graphs():
        assert isomorphic(by_pyld.graph(context.identifier), context), context.identifier
