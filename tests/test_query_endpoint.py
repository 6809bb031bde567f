"""`kg query --endpoint`: the bundled queries on a real Oxigraph server, after `kg push`,
give the rows they give on the local store, printed in the same formats."""
from __future__ import annotations

import gc
import subprocess
import sys

import pytest

import kg
from kg.endpoint import query_endpoint
from kg.errors import EndpointError, QueryError
from kg.push import push
from kg.store import add_to_store, open_store

from tests.oxigraph_server import oxigraph_server
from tests.test_store import FACTS

# Parameters for the bundled queries that read them (the others run as they are).
PARAMS = {
    "meetings-of-state": {"state": "RUS"},
    "facts-of-article": {"article": FACTS[0].article.id},
}


@pytest.fixture(scope="module")
def pushed(tmp_path_factory):
    """(the local store's folder, the server's query URL), the store pushed to the server
    and dumped beside it as N-Quads (``s.nq``), for `kg query` processes of their own."""
    folder = tmp_path_factory.mktemp("endpoint") / "s"
    add_to_store(folder, FACTS)
    with oxigraph_server() as url:
        graph = open_store(folder)
        push(graph, url + "/store")
        kg.write_graph(graph, folder.with_suffix(".nq"))
        del graph
        gc.collect()
        yield folder, url + "/query"


@pytest.fixture(scope="module")
def local(pushed):
    graph = open_store(pushed[0])
    yield graph
    del graph
    gc.collect()


def _rows(result) -> list[tuple[str, ...]]:
    return sorted(tuple("" if t is None else str(t) for t in row) for row in result.rows)


@pytest.mark.parametrize("name", sorted(kg.list_queries()))
def test_every_bundled_query_gives_the_local_rows(pushed, local, name):
    remote = query_endpoint(pushed[1], name, PARAMS.get(name))
    here = kg.query(local, name, PARAMS.get(name))
    assert remote.variables == here.variables
    assert _rows(remote) == _rows(here)


def test_the_bundled_queries_have_rows_to_compare(local):
    empty = [name for name in kg.list_queries() if name not in ("conflicting-reports",)
             and len(kg.query(local, name, PARAMS.get(name))) == 0]
    assert empty == []


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json", "xml"])
def test_the_cli_prints_the_local_output(pushed, fmt):
    args = ["state-pairs", "--format", fmt]
    remote = subprocess.run([sys.executable, "-m", "kg", "query", "--endpoint", pushed[1], *args],
                            capture_output=True, text=True, timeout=120)
    here = subprocess.run([sys.executable, "-m", "kg", "query", str(pushed[0].with_suffix(".nq")), *args],
                          capture_output=True, text=True, timeout=120)
    assert remote.returncode == 0 and here.returncode == 0, remote.stderr + here.stderr
    assert remote.stdout == here.stdout


def test_ask_and_construct_come_back_as_locally(pushed, local):
    assert query_endpoint(pushed[1], "ASK { ?s a kg:State }").boolean is True
    text = "CONSTRUCT { ?s a kg:State } WHERE { ?s a kg:State }"
    assert set(query_endpoint(pushed[1], text).triples or []) == set(kg.query(local, text).triples or [])


def test_errors_are_one_line_and_exit_2(pushed):
    with pytest.raises(QueryError, match="does not parse: error at 2:"):
        query_endpoint(pushed[1], "SELECT ?x\nWHERE {")
    with pytest.raises(EndpointError, match="SPARQL query address"):
        query_endpoint(pushed[1].replace("/query", "/nowhere"), "state-pairs")
    done = subprocess.run([sys.executable, "-m", "kg", "query", "--endpoint", "http://127.0.0.1:1/query", "state-pairs"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "cannot reach the server" in done.stderr
    done = subprocess.run([sys.executable, "-m", "kg", "query", "--endpoint", pushed[1], str(pushed[0]), "state-pairs"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "query alone" in done.stderr
