"""The W3C SHACL Core test suite (../shared/data/w3c-shacl-tests/core, 98 tests): each
gives the expected verdict and number of results under the default engine (``auto``),
so that the engine which compiles shapes to SPARQL never says "conforms" for a feature
it does not compile, but hands the shapes to pySHACL. Skipped where ../shared is absent.

The tests are the files the suite's manifests include (``mf:include``); each names its
data and shapes graphs in its entry (``sht:dataGraph``, ``sht:shapesGraph``): the test
file itself, or files beside it.
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse
from urllib.request import url2pathname

import pytest
import rdflib
from rdflib.namespace import SH, Namespace

from kg import validate
from tests.conftest import SHARED

SUITE = SHARED / "data" / "w3c-shacl-tests" / "core"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
SHT = Namespace("http://www.w3.org/ns/shacl-test#")


def _included(manifest: Path) -> list[Path]:
    """The test files a manifest includes, through the manifests it includes."""
    graph = rdflib.Graph().parse(manifest, format="turtle")
    out: list[Path] = []
    for ref in sorted(graph.objects(None, MF.include)):  # file: IRIs, resolved against the manifest's
        path = Path(url2pathname(urlparse(str(ref)).path))
        out += _included(path) if path.name == "manifest.ttl" else [path]
    return out


TESTS = _included(SUITE / "manifest.ttl") if SUITE.is_dir() else []


@pytest.mark.skipif(not TESTS, reason="../shared/data/w3c-shacl-tests is not present")
def test_the_suite_holds_all_98_core_tests():
    assert len(TESTS) == len(set(TESTS)) == 98
    assert all(p.is_file() for p in TESTS)


def _graph_file(test: Path, ref) -> Path:
    """The file a manifest's graph reference names: ``<>`` is the test file itself."""
    if ref is None:
        return test
    name = str(ref).rsplit("/", 1)[-1]
    return test.parent / name if name else test


@pytest.mark.skipif(not TESTS, reason="../shared/data/w3c-shacl-tests is not present")
@pytest.mark.parametrize("test", TESTS, ids=[f"{p.parent.name}/{p.stem}" for p in TESTS])
def test_w3c_shacl_core(test: Path):
    manifest = rdflib.Graph().parse(test, format="turtle")
    expected = next(manifest.objects(None, MF.result))
    action = next(manifest.objects(None, MF.action))
    data_file = _graph_file(test, manifest.value(action, SHT.dataGraph))
    shapes_file = _graph_file(test, manifest.value(action, SHT.shapesGraph))
    data = rdflib.Graph().parse(data_file, format="turtle")
    result = validate(data, shapes=shapes_file, engine="auto")
    conforms = manifest.value(expected, SH.conforms).toPython()
    assert (result.conforms, len(result.issues)) == (conforms, len(list(manifest.objects(expected, SH.result)))), \
        f"engine {result.engine}"
