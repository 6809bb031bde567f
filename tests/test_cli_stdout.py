"""``-o -``: every command that writes one file writes it to standard output instead,
byte for byte what it writes to a file, read back by rdflib and networkx; and, as for
files, a failure writes nothing there."""
from __future__ import annotations

import io
import json
import subprocess
import sys

import networkx as nx
import pytest
import rdflib

from kg.cli import cli
from tests.conftest import EXAMPLES, ROOT, write_json
from tests.test_import import CHL, PER, gdelt_row, write


def invoke(runner, *args):
    return runner.invoke(cli, [str(a) for a in args], catch_exceptions=False)


# suffix → the name rdflib parses it by
RDF_FORMATS = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "jsonld": "json-ld", "rdf": "xml"}


@pytest.mark.parametrize("suffix", list(RDF_FORMATS))
def test_build_to_stdout_is_the_file_and_parses(runner, example_facts, tmp_path, suffix):
    out = tmp_path / f"g.{suffix}"
    assert invoke(runner, "build", example_facts, "-o", out).exit_code == 0
    r = invoke(runner, "build", example_facts, "-o", "-", "--format", suffix)
    assert r.exit_code == 0, r.stderr
    assert r.stdout_bytes == out.read_bytes()
    assert "in standard output (conforms" in r.stderr
    graph = rdflib.Dataset()
    graph.parse(data=r.stdout_bytes, format=RDF_FORMATS[suffix])
    assert (rdflib.URIRef("https://w3id.org/coopkg/id/state/IND"), rdflib.RDF.type,
            rdflib.URIRef("https://w3id.org/coopkg/ont#State")) in graph


def test_build_to_stdout_is_turtle_by_default_and_format_overrides_a_suffix(runner, example_facts, tmp_path):
    r = invoke(runner, "build", example_facts, "-o", "-")
    assert r.exit_code == 0
    assert len(rdflib.Graph().parse(data=r.stdout, format="turtle")) > 1000
    out = tmp_path / "g.ttl"
    assert invoke(runner, "build", example_facts, "-o", out, "--format", "nt").exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("<")  # N-Triples, whatever the suffix


def test_extract_and_facts_to_stdout_are_their_files(runner, example_facts, tmp_path):
    articles = EXAMPLES / "articles"
    out = tmp_path / "facts.jsonl"
    assert invoke(runner, "extract", articles, "-o", out).exit_code == 0
    r = invoke(runner, "extract", articles, "-o", "-")
    assert r.exit_code == 0 and r.stdout_bytes == out.read_bytes()
    assert r.stderr.rstrip().endswith("-> standard output")
    graph = tmp_path / "g.nq"
    invoke(runner, "build", example_facts, "-o", graph)
    back = tmp_path / "back.jsonl"
    assert invoke(runner, "facts", graph, "-o", back).exit_code == 0
    r = invoke(runner, "facts", graph, "-o", "-")
    assert r.exit_code == 0 and r.stdout_bytes == back.read_bytes()
    assert len([json.loads(line) for line in r.stdout.splitlines()]) == 4


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_export_to_stdout_is_the_file_and_networkx_reads_it(runner, example_facts, tmp_path, fmt):
    graph = tmp_path / "g.ttl"
    invoke(runner, "build", example_facts, "-o", graph)
    out = tmp_path / f"states.{fmt}"
    assert invoke(runner, "export", graph, "--view", "states", "-o", out).exit_code == 0
    r = invoke(runner, "export", graph, "--view", "states", "--to", fmt, "-o", "-")
    assert r.exit_code == 0, r.stderr
    assert r.stdout_bytes == out.read_bytes()
    if fmt == "graphml":
        network = nx.parse_graphml(r.stdout)
    elif fmt == "gexf":
        network = nx.read_gexf(io.BytesIO(r.stdout_bytes))
    else:
        network = nx.node_link_graph(json.loads(r.stdout))
    assert network.number_of_nodes() == 7


def test_export_to_stdout_needs_a_format_that_is_one_file(runner, example_facts, tmp_path):
    graph = tmp_path / "g.ttl"
    invoke(runner, "build", example_facts, "-o", graph)
    r = invoke(runner, "export", graph, "--view", "states", "-o", "-")
    assert r.exit_code == 2 and r.stdout == "" and "--to" in r.stderr
    r = invoke(runner, "export", graph, "--view", "states", "--to", "csv", "-o", "-")
    assert r.exit_code == 2 and r.stdout == "" and "two files" in r.stderr
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_import_to_stdout_with_its_summary_in_a_file_or_the_other_way(runner, tmp_path):
    rows = write(tmp_path / "day.tsv", gdelt_row("1", "20240314", "046", PER, CHL),
                 gdelt_row("2", "20240314", "057", CHL, PER))
    out, summary = tmp_path / "g.trig", tmp_path / "summary.json"
    assert invoke(runner, "import", "gdelt", rows, "-o", out, "--summary", summary).exit_code == 0
    r = invoke(runner, "import", "gdelt", rows, "-o", "-", "--format", "trig")
    assert r.exit_code == 0, r.stderr
    assert r.stdout_bytes == out.read_bytes()
    r = invoke(runner, "import", "gdelt", rows, "-o", tmp_path / "g.ttl", "--summary", "-")
    assert r.exit_code == 0 and json.loads(r.stdout) == json.loads(summary.read_text(encoding="utf-8"))
    r = invoke(runner, "import", "gdelt", rows, "-o", "-", "--summary", "-")
    assert r.exit_code == 2 and r.stdout == "" and "one file" in r.stderr


def test_bad_input_writes_nothing_to_stdout(runner, tmp_path):
    facts = tmp_path / "bad.jsonl"
    facts.write_text('{"article": {"id": "a"}, "states": [{"iso3": "RUS"}]}\n{"article": {"id": "b"}, "states": '
                     '[{"iso3": "RUZ"}]}\n', encoding="utf-8")
    r = invoke(runner, "build", facts, "-o", "-")
    assert r.exit_code == 2 and r.stdout == "" and "bad.jsonl:2" in r.stderr
    # RDF/XML cannot hold a control character: refused, not half written.
    odd = write_json(tmp_path / "odd.json", {"article": {"id": "x", "title": "a\x01b"}, "states": [{"iso3": "PER"}]})
    r = invoke(runner, "build", odd, "-o", "-", "--format", "rdf")
    assert r.exit_code == 2 and r.stdout == "" and "U+0001" in r.stderr


def test_a_writer_that_fails_half_way_leaves_stdout_empty():
    # A real process: the first half is written to the spool, then the writer fails.
    code = ("from kg.atomic import atomic_write\n"
            "with atomic_write('-') as out:\n"
            "    out.write(b'half of it')\n"
            "    raise SystemExit(3)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=ROOT, timeout=60)
    assert done.returncode == 3 and done.stdout == b""


def test_kg_build_to_a_pipe(example_facts):
    done = subprocess.run([sys.executable, "-m", "kg", "build", str(example_facts), "-o", "-", "--format", "nt"],
                          capture_output=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    graph = rdflib.Graph().parse(data=done.stdout, format="nt")
    wikidata = {str(o) for o in graph.objects(None, rdflib.SKOS.exactMatch)}
    assert "http://www.wikidata.org/entity/Q668" in wikidata  # India
