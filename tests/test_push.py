"""`kg push` into a real Oxigraph server: one named graph per article, replaced when
pushed again, and one-line errors when the server is down or refuses."""
from __future__ import annotations

import gc
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
import kg.push
from kg.errors import EndpointError
from kg.iri import article_iri
from kg.push import push
from kg.store import add_to_store, open_store

from tests.oxigraph_server import oxigraph_server, server_quads
from tests.test_store import EXAMPLE_FACTS, FACTS


@pytest.fixture
def server():
    with oxigraph_server() as url:
        yield url


def nquads(graph, tmp_path: Path) -> set[str]:
    """The graph as `kg build` writes it in N-Quads: an article's triples in its named graph."""
    path = tmp_path / "local.nq"
    kg.write_graph(graph, path)
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def push_store(store: Path, url: str) -> kg.push.PushResult:
    """Push a store and let go of it (RocksDB's lock), so that it can be added to again."""
    graph = open_store(store)
    try:
        return push(graph, url)
    finally:
        del graph
        gc.collect()


def local_quads(store: Path, tmp_path: Path) -> set[str]:
    graph = open_store(store)
    try:
        return nquads(graph, tmp_path)
    finally:
        del graph
        gc.collect()


def kg_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, timeout=300)


def test_a_pushed_store_is_on_the_server_graph_for_graph(server, tmp_path):
    add_to_store(tmp_path / "s", FACTS)
    done = kg_cli("push", str(tmp_path / "s"), "--endpoint", server + "/store")
    assert done.returncode == 0, done.stderr
    articles = len({f.article.id for f in FACTS})
    assert f"{articles} article graphs and the default graph" in done.stderr
    local = local_quads(tmp_path / "s", tmp_path)
    assert server_quads(server) == local
    graphs = {q.graph_name for q in ox.parse("\n".join(local), format=ox.RdfFormat.N_QUADS)}
    assert ox.DefaultGraph() in graphs
    assert sorted(g.value for g in graphs if isinstance(g, ox.NamedNode)) == sorted(
        article_iri(f.article.id) for f in {f.article.id: f for f in FACTS}.values())


def test_pushing_again_replaces_what_an_article_said(server, tmp_path):
    store = tmp_path / "s"
    add_to_store(store, FACTS)
    push_store(store, server + "/store")
    before = server_quads(server)
    changed = replace(FACTS[0], events=FACTS[0].events[:1], documents=[])
    add_to_store(store, [changed])
    result = push_store(store, server + "/store")
    local = local_quads(store, tmp_path)
    assert local != before
    assert server_quads(server) == local
    assert result.graphs == len({f.article.id for f in FACTS}) + 1
    assert result.triples == len(local)


def test_a_trig_file_pushes_as_its_store_does(server, tmp_path):
    graph = kg.build_graph(EXAMPLE_FACTS)
    kg.write_graph(graph, tmp_path / "g.trig")
    done = kg_cli("push", str(tmp_path / "g.trig"), "--endpoint", server + "/store")
    assert done.returncode == 0, done.stderr
    assert server_quads(server) == nquads(graph, tmp_path)


def test_a_server_that_is_down_is_one_line_and_exit_2(tmp_path):
    add_to_store(tmp_path / "s", EXAMPLE_FACTS[:2])
    with oxigraph_server() as url:
        pass  # started and stopped: nothing listens on its port now
    done = kg_cli("push", str(tmp_path / "s"), "--endpoint", url + "/store")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "cannot reach the server" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_refusal_is_one_line_naming_the_status_and_exit_2(server, tmp_path):
    kg.write_graph(kg.build_graph(EXAMPLE_FACTS[:2]), tmp_path / "g.ttl")
    done = kg_cli("push", str(tmp_path / "g.ttl"), "--endpoint", server + "/nowhere")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "404" in done.stderr and "Graph Store Protocol" in done.stderr
    with pytest.raises(EndpointError, match="not an http"):
        push(kg.build_graph(EXAMPLE_FACTS[:1]), "ftp://127.0.0.1/store")
    done = kg_cli("push", str(tmp_path / "g.ttl"), "--endpoint", "localhost:7878")
    assert done.returncode == 2 and "not an http(s) URL" in done.stderr
