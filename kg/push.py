"""Loading a graph into a triple store over the SPARQL 1.1 Graph Store Protocol.

Each named graph (one per article) goes to the server with ``PUT ?graph=<IRI>``, and the
default graph (the merged states, bodies, events and documents, and the concept schemes)
with ``PUT ?default``. A PUT replaces the graph it names, so pushing again after more
adds replaces each article's graph with what the store holds now instead of adding to
it. Any server that speaks the protocol takes it (Oxigraph at ``/store``, Fuseki at
``/DATASET/data``, GraphDB at ``/repositories/REPO/rdf-graphs/service``...); its
queries then see the graph ``kg build`` makes when its default graph is the union of
its named graphs (``oxigraph serve --union-default-graph``, Fuseki's ``tdb:unionDefaultGraph``).
"""
from __future__ import annotations

import tempfile
from dataclasses import dataclass
from typing import IO, Iterable, Iterator

import pyoxigraph as ox
import rdflib

from kg.graph import oxstore
from kg.httpclient import Connection, with_query
from kg.iri import article_graph_of
from kg.namespaces import OX_KG, OX_RDF, PREFIXES
from kg.progress import Progress, silent

__all__ = ["PushResult", "push"]

_HINT = ("give the server's Graph Store Protocol address "
         "(Oxigraph: http://HOST:7878/store, Fuseki: http://HOST:3030/DATASET/data)")
_IN_MEMORY = 16 * 1024 * 1024  # a graph's Turtle larger than this is spooled to a temporary file


@dataclass(frozen=True)
class PushResult:
    """What a push sent."""

    graphs: int  # graphs sent: the named graphs and the default graph
    triples: int  # triples in them


def _turtle(triples: Iterable[ox.Triple]) -> tuple[IO[bytes], int, int]:
    """(a file of the triples as Turtle, read from its start; its size; how many triples)."""
    out = tempfile.SpooledTemporaryFile(max_size=_IN_MEMORY)
    count = 0

    def counting() -> Iterable[ox.Triple]:
        nonlocal count
        for t in triples:
            count += 1
            yield t

    ox.serialize(counting(), out, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    size = out.tell()
    out.seek(0)
    return out, size, count


def _default_graph(endpoint: str) -> str:
    """The protocol's address of the default graph: the bare ``default`` parameter.

    >>> _default_graph("http://h/store"), _default_graph("http://h/ds?x=1")
    ('http://h/store?default', 'http://h/ds?x=1&default')
    """
    return endpoint + ("&" if "?" in endpoint else "?") + "default"


def push(graph: rdflib.Graph | ox.Store, endpoint: str, progress: Progress | None = None) -> PushResult:
    """Send every graph of ``graph`` to the Graph Store Protocol ``endpoint``, each
    replacing the server's graph of that name (see the module's doc).

    ``progress`` is told ``("pushing", graphs sent, graphs in all)``.

    Raises
    ------
    EndpointError : a bad URL, a server that cannot be reached or refuses a graph (the
        graphs sent before it stay on the server; pushing again sends them all).
    """
    store = oxstore(graph)
    tell = progress or silent
    articles = _articles(store)
    total = len(articles) + 1
    sent = triples = 0
    tell("pushing", 0, total)
    with Connection(endpoint) as server:
        targets: list[tuple[str, Iterable[ox.Triple]]] = [(_default_graph(endpoint), _merged_layer(store))]
        targets += [(with_query(endpoint, graph=name.value), _article_triples(store, name)) for name in articles]
        for url, graph_triples in targets:
            body, size, count = _turtle(graph_triples)
            with body:
                server.request("PUT", url, body=body,
                               headers={"Content-Type": "text/turtle; charset=utf-8", "Content-Length": str(size)},
                               hint=_HINT)
            sent += 1
            triples += count
            if sent % 100 == 0 or sent == total:
                tell("pushing", sent, total)
    return PushResult(sent, triples)


# A built graph or a store holds every triple in its default graph, and the article whose
# named graph a triple belongs to follows from its subject (kg.iri.article_graph_of), as
# the TriG and N-Quads writers put it; a graph read from TriG or N-Quads holds them in
# named graphs already. Both are read here, through the store's indexes, an article at a time.

def _articles(store: ox.Store) -> list[ox.NamedNode]:
    """The named graphs to send: the store's own, and one per article of its default graph."""
    names = {g for g in store.named_graphs() if isinstance(g, ox.NamedNode)}
    default = ox.DefaultGraph()
    names.update(q.subject for q in store.quads_for_pattern(None, OX_RDF.type, OX_KG.NewsArticle, default)
                 if isinstance(q.subject, ox.NamedNode))
    names.update(q.object for q in store.quads_for_pattern(None, OX_KG.reportedIn, None, default)
                 if isinstance(q.object, ox.NamedNode))
    return sorted(names, key=lambda n: n.value)


def _article_triples(store: ox.Store, article: ox.NamedNode) -> Iterator[ox.Triple]:
    """The triples of an article's named graph: those the store keeps under that name,
    and the article's node and its reports in the default graph."""
    default = ox.DefaultGraph()
    seen: set[ox.Triple] = set()
    reports = [q.subject for q in store.quads_for_pattern(None, OX_KG.reportedIn, article, default)
               if isinstance(q.subject, ox.NamedNode)]
    for subject in [article, *reports]:
        if article_graph_of(subject.value) == article.value:
            for q in store.quads_for_pattern(subject, None, None, default):
                seen.add(q.triple)
                yield q.triple
    for q in store.quads_for_pattern(None, None, None, article):
        if q.triple not in seen:
            yield q.triple


def _merged_layer(store: ox.Store) -> Iterator[ox.Triple]:
    """The default graph's triples that belong to no article."""
    for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
        if not (isinstance(q.subject, ox.NamedNode) and article_graph_of(q.subject.value) is not None):
            yield q.triple
