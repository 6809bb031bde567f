"""Queries on a remote SPARQL endpoint over the SPARQL 1.1 Protocol, answered as local
queries are: a :class:`kg.query.QueryResult`, which ``kg query`` prints in the same formats.

The query is sent as an HTML form (``POST``, field ``query``), which every SPARQL 1.1
server takes, with the project's prefixes declared before it, since a server knows
none of them. The answer is read in the type the server chose among those asked for:
SPARQL JSON, XML or TSV results, or N-Triples, Turtle or RDF/XML for CONSTRUCT and
DESCRIBE. Bundled queries read the default graph as the union of all graphs, so a
server that keeps one named graph per article (``kg push``) gives the local rows when
its default graph is that union (``oxigraph serve --union-default-graph``).
"""
from __future__ import annotations

from urllib.parse import urlencode

import pyoxigraph as ox

from kg.errors import EndpointError, QueryError
from kg.httpclient import Connection
from kg.namespaces import PREFIXES
from kg.query import QueryResult, prepare_query, result_of

__all__ = ["query_endpoint"]

_RESULTS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_GRAPHS = {
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
_ACCEPT = ("application/sparql-results+json, application/sparql-results+xml;q=0.9, "
           "text/tab-separated-values;q=0.8, application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.8")
_HINT = "give the server's SPARQL query address (Oxigraph: http://HOST:7878/query, Fuseki: http://HOST:3030/DATASET/sparql)"


def with_prefixes(sparql: str) -> str:
    """The query with the project's prefixes declared first (its own declarations,
    later, win), on its first line, so that the line numbers of a server's syntax error
    are those of the query as written.

    >>> with_prefixes("ASK {}\\n# end").splitlines()[0].endswith("> ASK {}")
    True
    """
    return " ".join(f"PREFIX {name}: <{iri}>" for name, iri in PREFIXES.items()) + " " + sparql


def _check_syntax(sparql: str) -> None:
    """Raise the :class:`QueryError` a local run gives if ``sparql`` does not parse (run
    on an empty graph: nothing to evaluate). Servers may take extensions Oxigraph does
    not know, so this is asked only of a query the server refused."""
    try:
        ox.Store().query(sparql, prefixes=PREFIXES)
    except SyntaxError as err:
        raise QueryError(f"the query does not parse: {' '.join(str(err).split())}; fix the SPARQL") from err
    except (OSError, ValueError, RuntimeError):
        pass  # it parses: the server's own message says what it refused


def query_endpoint(url: str, text_or_name: str, params: dict[str, str] | None = None) -> QueryResult:
    """Run a query (a bundled name, a ``.rq`` file or inline text, as :func:`kg.query`
    takes) on the SPARQL endpoint at ``url``.

    Raises
    ------
    QueryError : the query cannot be found, or a parameter has no variable to bind.
    EndpointError : a bad URL, a server that cannot be reached, refuses the query (its
        message says why: a syntax error, a timeout...) or answers in a type not asked for.
    """
    sparql = prepare_query(text_or_name, params)
    try:
        with Connection(url) as server:
            answer = server.request("POST", url, body=urlencode({"query": with_prefixes(sparql)}).encode("utf-8"),
                                    headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
                                             "Accept": _ACCEPT}, hint=_HINT)
    except EndpointError as err:
        if err.status == 400:
            _check_syntax(sparql)  # a syntax error told as for a local query, at its line in the query
        raise

    try:
        if answer.media_type in _RESULTS:
            return result_of(ox.parse_query_results(answer.body, format=_RESULTS[answer.media_type]))
        if answer.media_type in _GRAPHS:
            return QueryResult([], [], triples=[q.triple for q in ox.parse(answer.body, format=_GRAPHS[answer.media_type])])
    except (SyntaxError, ValueError) as err:
        raise EndpointError(f"{url}: the answer is not well-formed {answer.media_type} "
                            f"({' '.join(str(err).split())[:200]})") from err
    raise EndpointError(f"{url}: the server answered in {answer.media_type or 'no stated type'}, not SPARQL results "
                        f"or RDF; {_HINT}")
