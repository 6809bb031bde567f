"""NetworkX views → files that Gephi, igraph and Cytoscape read: GraphML, GEXF,
node-link JSON, or CSV edges with their nodes beside them.

Every format carries the views' time attributes (:mod:`kg.analysis.timeline`) as they
are: ``first_date`` and ``last_date`` strings and one ``events_YYYY`` integer per year.
GEXF is moreover dynamic (GEXF 1.2: ``<graph mode="dynamic" timeformat="date">``), each
dated node and edge with ``<spells>`` made of its dates, so that Gephi's timeline shows
the network as it was at any time (undated ones have no spells and are always there),
and the edges of the ``states`` and ``states-bodies`` views with ``meetings``, a dynamic
attribute worth each year's count over that year.
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Iterable, cast

import networkx as nx

from kg.analysis.timeline import spells
from kg.atomic import atomic_write, is_stdout
from kg.errors import ViewError

__all__ = ["EXPORT_FORMATS", "write_network"]

EXPORT_FORMATS = ("graphml", "gexf", "json", "csv")


def _edge_rows(g: nx.Graph) -> Iterable[dict]:
    # Only a multigraph's edges take keys; the cast says so to the type checker.
    edges = (cast(nx.MultiGraph, g).edges(keys=True, data=True) if g.is_multigraph()
             else ((u, v, None, d) for u, v, d in g.edges(data=True)))
    for u, v, _, d in edges:
        yield {"source": u, "target": v, **d}


def write_network(g: nx.Graph, path: str | Path, fmt: str | None = None) -> None:
    """Write a view as GraphML, GEXF, node-link JSON or a CSV edge list with a CSV of its
    nodes beside it (atomically).

    Parameters
    ----------
    g : a view, as :func:`kg.analysis.views.to_networkx` gives (any networkx graph
        whose attributes the format takes).
    path : the file to write; for ``csv``, the nodes go beside it (``states.csv``, then
        ``states.nodes.csv``).
    fmt : one of :data:`EXPORT_FORMATS`; defaults to the file's suffix (``.graphml``,
        ``.gexf``, ``.json``, ``.csv``). A ``path`` of ``-`` is standard output, for
        every format but ``csv`` (two files), and needs ``fmt``.

    Raises
    ------
    ViewError
        For an unknown format.
    """
    fmt = fmt or Path(path).suffix.lstrip(".").lower()
    if not fmt and is_stdout(path):
        raise ViewError(f"-: standard output has no suffix to tell the format; name it ({', '.join(EXPORT_FORMATS)})")
    if fmt not in EXPORT_FORMATS:
        raise ViewError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    if fmt == "graphml":
        # The graph-level "view" attribute is kept; GraphML holds str/int attributes only.
        payload = "\n".join(nx.generate_graphml(g)).encode("utf-8")
    elif fmt == "gexf":
        payload = "\n".join(nx.generate_gexf(_with_spells(g))).encode("utf-8")
    elif fmt == "json":
        # networkx's own defaults ("edges"), so that nx.node_link_graph(data) reads it as it is.
        payload = json.dumps(nx.node_link_data(g, edges="edges"), ensure_ascii=False, indent=1).encode("utf-8")
    else:
        if is_stdout(path):
            raise ViewError("-: a CSV export is two files, the edges and their nodes beside them; "
                            "give a file name, or write graphml, gexf or json to standard output")
        # The edges in the file named, the nodes and their attributes beside it
        # ("states.csv" and "states.nodes.csv"), as Gephi's and Cytoscape's importers take them.
        payload = _csv_table(list(_edge_rows(g)), ["source", "target"])
        nodes = _csv_table([{"id": n, **d} for n, d in g.nodes(data=True)], ["id"])
        with atomic_write(Path(path).with_suffix(".nodes.csv")) as out:
            out.write(nodes)
    with atomic_write(path) as out:
        out.write(payload)


def _with_spells(g: nx.Graph) -> nx.Graph:
    """A copy of ``g`` for networkx's GEXF writer: each dated node and edge with its
    ``spells`` (which the writer turns into ``<spells>``) in place of its ``dates``, each
    edge with per-year counts also with ``meetings``, a dynamic attribute holding each
    year's count over that year (so that Gephi can size edges by the year shown), and
    the graph dynamic when anything is dated."""
    out = g.copy()
    items = [d for _, d in out.nodes(data=True)]
    edges = [d for *_, d in (out.edges(keys=True, data=True) if out.is_multigraph() else out.edges(data=True))]
    for attrs in items + edges:
        found = spells(attrs)
        attrs.pop("dates", None)
        if found:
            attrs["spells"] = found
            out.graph["mode"] = "dynamic"
    for attrs in edges:
        per_year = [(n, f"{key[-4:]}-01-01", f"{key[-4:]}-12-31") for key, n in sorted(attrs.items())
                    if key.startswith("events_") and n]
        if per_year:
            attrs["meetings"] = per_year
    return out


def _csv_table(rows: list[dict], first: list[str]) -> bytes:
    columns = first + sorted({k for r in rows for k in r} - set(first))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")
