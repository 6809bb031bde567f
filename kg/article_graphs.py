"""A graph as N-Quads with every article in its named graph, written by Oxigraph.

A built graph or a store holds every triple in its default graph; the N-Quads, TriG and
JSON-LD exports put what one article says (its node and its reports) in the article's
named graph, which follows from the subject (:func:`kg.iri.article_graph_of`). Going
through a million quads one by one in Python to place them takes ten times as long as
Oxigraph takes to write them, so Oxigraph writes the default graph as N-Triples, a few
kilobytes at a time, and each line about an article's node or report gets its graph
name on the way out: one regular-expression pass over each chunk, one Python call per
run of lines about one subject. Quads a store already keeps in named graphs go out as
they are.
"""
from __future__ import annotations

import os
import re
from typing import IO, Callable, cast

import pyoxigraph as ox

from kg.iri import ARTICLE_LAYER, article_graph_of
from kg.progress import Progress, silent

__all__ = ["write_article_nquads"]

# A run of N-Triples lines about one article's node or report, without the last line's
# closing " ." (a line ends there: N-Triples escapes every line end inside a literal).
# Oxigraph writes a subject's triples together, so a run is most of them, and the graph
# name is worked out once a run. Matched from the end of the line before, so that the
# search for the start the subjects share is a plain search for a string, run in C.
_COMMON = os.path.commonprefix(ARTICLE_LAYER)
_ARTICLE_RUN = re.compile(
    rb"\n<(" + re.escape(_COMMON.encode()) + rb"(?:" + rb"|".join(re.escape(start[len(_COMMON):].encode())
                                                       for start in ARTICLE_LAYER)
    + rb")[^>\n]*)>[^\n]*(?:\n<\1>[^\n]*)*(?= \.\n)")


class _Lines:
    """A binary file for Oxigraph to write N-Triples into, handing on whole lines only,
    each chunk of them as N-Quads (``to_quads``), and counting them."""

    def __init__(self, to_quads: Callable[[bytes], bytes], emit: Callable[[bytes], object],
                 progress: Progress, done: int, total: int):
        self._to_quads, self._emit = to_quads, emit
        self._progress, self.done, self._total = progress, done, total
        self._rest = b""
        self._told = done

    def write(self, chunk: bytes) -> int:
        data = self._rest + chunk
        cut = data.rfind(b"\n") + 1
        self._rest = data[cut:]
        if cut:
            lines = data[:cut]
            self._emit(self._to_quads(lines))
            self.done += lines.count(b"\n")
            if self.done - self._told >= 50_000:
                self._told = self.done
                self._progress("writing", min(self.done, self._total), self._total)
        return len(chunk)

    def flush(self) -> None:
        pass

    def close(self) -> None:
        """Check that Oxigraph's output ended with a whole line: nothing is left behind."""
        if self._rest:
            raise RuntimeError(f"N-Triples output ended inside a line: {self._rest[:80]!r}")


def _default_graph_lines(lines: bytes) -> bytes:
    """Default-graph N-Triples → N-Quads: a line about an article's node or report takes
    the article's graph name; other lines stay in the default graph."""
    return _ARTICLE_RUN.sub(_named, b"\n" + lines)[1:]


def _named(run: re.Match) -> bytes:
    name = article_graph_of(run.group(1).decode("utf-8"))
    if name is None:
        return run.group(0)
    graph = f" <{name}>".encode()
    return run.group(0).replace(b" .\n", graph + b" .\n") + graph


def _in_graph(graph: ox.NamedNode | ox.BlankNode) -> Callable[[bytes], bytes]:
    """N-Triples → N-Quads of one named graph: its name before each line's " ."."""
    named = f" {graph} .\n".encode()
    return lambda lines: lines.replace(b" .\n", named)


def write_article_nquads(store: ox.Store, emit: Callable[[bytes], object], progress: Progress | None = None) -> int:
    """Hand ``emit`` the store's quads as N-Quads, chunk by chunk of whole lines, each
    article's node and reports in the article's named graph; return how many quads.

    ``progress`` is told ``("writing", quads written, quads)`` about every 50,000 quads.

    >>> store = ox.Store()
    >>> store.add(ox.Quad(ox.NamedNode("https://w3id.org/coopkg/id/report/a.state.0"),
    ...                   ox.NamedNode("http://x/p"), ox.Literal("x .")))
    >>> chunks = []
    >>> write_article_nquads(store, chunks.append)
    1
    >>> print(b"".join(chunks).decode(), end="")
    <https://w3id.org/coopkg/id/report/a.state.0> <http://x/p> "x ." <https://w3id.org/coopkg/id/article/a> .
    """
    tell = progress or silent
    total = len(store)
    lines = _Lines(_default_graph_lines, emit, tell, 0, total)
    # Oxigraph needs only write() and flush() of the file it writes to.
    store.dump(cast(IO[bytes], lines), ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    lines.close()
    for graph in store.named_graphs():
        lines = _Lines(_in_graph(graph), emit, tell, lines.done, total)
        store.dump(cast(IO[bytes], lines), ox.RdfFormat.N_TRIPLES, from_graph=graph)
        lines.close()
    return lines.done
