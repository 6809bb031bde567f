"""`kg serve`: a real server on a free port, queried over HTTP with rdflib's SPARQLStore."""
from __future__ import annotations

import subprocess
import sys
import urllib.error
import urllib.request

import pytest
from rdflib.plugins.stores.sparqlstore import SPARQLStore

import kg
from kg.store import add_to_store

from tests.test_store import EXAMPLE_FACTS


def _start(*args: str) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen([sys.executable, "-m", "kg", "serve", *args, "--port", "0"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    line = process.stderr.readline()  # "serving N triples at http://127.0.0.1:PORT/ ..."
    if " at http://" not in line:
        process.kill()
        pytest.fail(f"kg serve did not start: {line}")
    return process, line.split(" at ")[1].split("/ ")[0]


@pytest.fixture
def endpoint(tmp_path):
    add_to_store(tmp_path / "s", EXAMPLE_FACTS)
    process, url = _start(str(tmp_path / "s"))
    yield url
    process.terminate()
    process.wait(timeout=30)


def test_queries_over_http_give_the_local_rows(endpoint):
    remote = SPARQLStore(endpoint + "/query")
    rows = remote.query("SELECT ?a ?b (COUNT(*) AS ?n) WHERE { ?e a kg:Event ; kg:hasParticipant ?a, ?b "
                        "FILTER(STR(?a) < STR(?b)) } GROUP BY ?a ?b ORDER BY ?a ?b",
                        initNs={"kg": "https://w3id.org/coopkg/ont#"})
    local = kg.build_graph(EXAMPLE_FACTS).query(
        "SELECT ?a ?b (COUNT(*) AS ?n) WHERE { ?e a kg:Event ; kg:hasParticipant ?a, ?b "
        "FILTER(STR(?a) < STR(?b)) } GROUP BY ?a ?b ORDER BY ?a ?b")
    assert [tuple(map(str, r)) for r in rows] == [tuple(map(str, r)) for r in local]
    assert len(list(rows)) > 0
    assert remote.query("ASK { ?s a kg:State }", initNs={"kg": "https://w3id.org/coopkg/ont#"}).askAnswer


def test_an_update_is_refused_when_read_only(endpoint):
    request = urllib.request.Request(endpoint + "/update", method="POST",
                                     data=b"INSERT DATA { <urn:x> <urn:y> <urn:z> }",
                                     headers={"Content-Type": "application/sparql-update"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=30)
    assert refused.value.code == 403
    ask = urllib.request.urlopen(endpoint + "/query?query=ASK%20%7B%20%3Curn%3Ax%3E%20%3Fp%20%3Fo%20%7D", timeout=30)
    assert b"false" in ask.read()


def test_the_page_offers_the_bundled_queries(endpoint):
    page = urllib.request.urlopen(endpoint + "/", timeout=30).read().decode("utf-8")
    for name in kg.list_queries():
        assert f'value="{name}"' in page


def test_a_writable_endpoint_takes_updates(tmp_path):
    kg.write_graph(kg.build_graph(EXAMPLE_FACTS[:2]), tmp_path / "g.ttl")
    process, url = _start(str(tmp_path / "g.ttl"), "--writable")
    try:
        request = urllib.request.Request(url + "/update", method="POST",
                                         data=b"update=INSERT+DATA+%7B+%3Curn%3Ax%3E+%3Curn%3Ay%3E+%3Curn%3Az%3E+%7D",
                                         headers={"Content-Type": "application/x-www-form-urlencoded"})
        assert urllib.request.urlopen(request, timeout=30).status == 204
        assert SPARQLStore(url + "/query").query("ASK { <urn:x> ?p ?o }").askAnswer
    finally:
        process.terminate()
        process.wait(timeout=30)
