"""Reading an Oxigraph store: the solutions of a SELECT query, and the text of a term.

``Store.query`` answers solutions, a boolean or triples depending on the query form, and
a quad's subject or object may be a quoted triple (RDF 1.2), which has no text of its own.
Modules that run their own SELECT queries call :func:`select`, and those that read the
terms of quads call :func:`value_of`, which say which.
"""
from __future__ import annotations

import pyoxigraph as ox

__all__ = ["select", "value_of"]


def select(store: ox.Store, query: str, *, prefixes: dict[str, str] | None = None,
           use_default_graph_as_union: bool = False) -> ox.QuerySolutions:
    """The solutions of ``query``, which must be a SELECT query.

    >>> store = ox.Store()
    >>> store.add(ox.Quad(ox.NamedNode("http://example.org/a"), ox.NamedNode("http://example.org/p"), ox.Literal("1")))
    >>> [row["o"].value for row in select(store, "SELECT ?o WHERE { ?s ?p ?o }")]
    ['1']
    >>> select(store, "ASK { ?s ?p ?o }")
    Traceback (most recent call last):
    ...
    TypeError: not a SELECT query: 'ASK { ?s ?p ?o }'
    """
    result = store.query(query, prefixes=prefixes, use_default_graph_as_union=use_default_graph_as_union)
    if not isinstance(result, ox.QuerySolutions):
        raise TypeError(f"not a SELECT query: {' '.join(query.split())[:60]!r}")
    return result


def value_of(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> str:
    """The text of a term: an IRI, a blank node's id or a literal's lexical form. The
    project's data holds no quoted triples.

    >>> value_of(ox.NamedNode("http://example.org/a")), value_of(ox.Literal("1"))
    ('http://example.org/a', '1')
    """
    if isinstance(term, ox.Triple):
        raise TypeError(f"a quoted triple where a term was expected: {term}")
    return term.value
