"""Apache Jena, an independent implementation, agrees with our Turtle and our shapes.

Uses ../shared/tools/jena; skips cleanly where it (or Java) is absent."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from kg import build_graph, read_facts, write_graph
from kg.resources import shapes_files
from tests.conftest import SHARED
from tests.shape_cases import INVALID, broken_graph

JENA = SHARED / "tools" / "jena"


@pytest.fixture(scope="module")
def jena():
    if not JENA.exists() or shutil.which("java") is None:
        pytest.skip("Apache Jena (../shared/tools/jena) or Java is not available")
    probe = subprocess.run(["bash", str(JENA), "riot", "--version"], capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip(f"Apache Jena does not start: {probe.stderr.strip()[:200]}")
    return JENA


def test_jena_parses_our_turtle_and_agrees_with_our_shapes(jena, dev_corpus, tmp_path):
    ttl = tmp_path / "dev.ttl"
    write_graph(build_graph(read_facts(dev_corpus)), ttl)
    riot = subprocess.run(["bash", str(jena), "riot", "--validate", str(ttl)], capture_output=True, text=True)
    assert riot.returncode == 0, riot.stderr
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text("\n".join(p.read_text(encoding="utf-8") for p in shapes_files()), encoding="utf-8")
    shacl = subprocess.run(["bash", str(jena), "shacl", str(shapes), str(ttl)], capture_output=True, text=True)
    assert shacl.returncode == 0, shacl.stdout[-2000:]


def test_jena_finds_what_we_find_on_an_invalid_graph(jena, tmp_path):
    invalid = tmp_path / "invalid.ttl"
    broken_graph(next(p for p in INVALID if p.name == "EventShape.trig")).serialize(invalid, format="turtle")
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text("\n".join(p.read_text(encoding="utf-8") for p in shapes_files()), encoding="utf-8")
    shacl = subprocess.run(["bash", str(jena), "shacl", str(shapes), str(invalid)], capture_output=True, text=True)
    assert shacl.returncode == 1
    assert "harbour.event.0" in shacl.stdout
