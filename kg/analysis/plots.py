"""The analysis report drawn with matplotlib: the state network coloured by community
(with a legend), events per year (empty years shown) and documents by status (in the
order of a document's life), each as PNG and SVG.

The SVG keeps its text as text (searchable, and readable by an XML parser), and every
bar has an id that names what it counts (``year-2015``, ``status-adopted``), so that the
charts can be checked, styled or scripted. :func:`report_figures` gives the figures
themselves, which :mod:`kg.analysis.html` inlines in the HTML report.
"""
from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable

import networkx as nx
import pyoxigraph as ox
import rdflib

from kg.analysis.data import GraphData
from kg.analysis.layout import COMMUNITY_COLOURS, OTHER_COMMUNITIES, community_colour, community_label, state_layout
from kg.analysis.measures import status_order
from kg.analysis.views import to_networkx
from kg.atomic import atomic_write
from kg.errors import KGError

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["plot_report", "report_figures", "figure_svg", "CHARTS"]

# The charts, by the file stem they are saved under.
CHARTS = ("state-network", "events-per-year", "documents-by-status")
# Deterministic SVG: the same report draws the same file.
_STYLE = {"svg.fonttype": "none", "svg.hashsalt": "coop-kg", "font.size": 10}


def _pyplot() -> Any:
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as err:
        raise KGError('charts need matplotlib; install it with: pip install "coop-kg[plot]"') from err
    return plt


def _state_network(plt: Any, states: nx.Graph, communities: list[list[str]]) -> Figure:
    fig, ax = plt.subplots(figsize=(11, 8))
    names = {n: states.nodes[n].get("iso3") or states.nodes[n].get("label", n) for n in states}
    community_of = {name: i for i, members in enumerate(communities) for name in members}
    colour = {n: community_colour(community_of.get(names[n])) for n in states}
    if states.number_of_nodes():
        pos = state_layout(states)
        small = states.number_of_nodes() < 40
        nx.draw_networkx_edges(states, pos, ax=ax, alpha=0.25, edge_color="#555555",
                               width=[0.5 + min(d.get("weight", 1), 8) for _, _, d in states.edges(data=True)])
        nodes = list(states)
        nx.draw_networkx_nodes(states, pos, nodelist=nodes, ax=ax, node_color=[colour[n] for n in nodes],
                               node_size=[(400 if small else 40) + 8 * states.degree(n) for n in nodes],
                               edgecolors="white", linewidths=0.8)
        nx.draw_networkx_labels(states, pos, names, ax=ax, font_size=10 if small else 7)
        handles = [_legend_dot(plt, community_colour(i), community_label(i, members))
                   for i, members in enumerate(communities[:len(COMMUNITY_COLOURS)])]
        rest = communities[len(COMMUNITY_COLOURS):]
        if rest:
            handles.append(_legend_dot(plt, OTHER_COMMUNITIES, f"{len(rest)} smaller communities "
                                                    f"({sum(map(len, rest))} states)"))
        ax.legend(handles=handles, title="Communities (Louvain)", loc="upper left", bbox_to_anchor=(1.0, 1.0),
                  frameon=False, fontsize=8, title_fontsize=9)
    else:
        ax.text(0.5, 0.5, "no states met in this period", ha="center", va="center", transform=ax.transAxes)
    ax.set_title("States that met, coloured by community")
    ax.axis("off")
    return fig


def _legend_dot(plt: Any, colour: str, label: str) -> Any:
    return plt.Line2D([], [], marker="o", linestyle="", markersize=9, markerfacecolor=colour,
                      markeredgecolor="white", label=label)


def _events_per_year(plt: Any, per_year: dict[str, int]) -> Figure:
    from matplotlib.ticker import MaxNLocator
    dated = {int(y): n for y, n in per_year.items() if y != "undated"}
    years = list(range(min(dated), max(dated) + 1)) if dated else []
    fig, ax = plt.subplots(figsize=(max(6.0, min(16.0, 2 + 0.35 * len(years))), 4.2))
    bars = ax.bar([str(y) for y in years], [dated.get(y, 0) for y in years], color="#4878a8")
    for year, bar in zip(years, bars):
        bar.set_gid(f"year-{year}")
    step = max(1, len(years) // 30)  # at most about thirty year labels
    ax.set_xticks(range(0, len(years), step), [str(y) for y in years][::step], rotation=60, fontsize=8)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    undated = per_year.get("undated", 0)
    ax.set_xlabel("Year" + (f" ({undated} undated event{'s' * (undated != 1)} not shown)" if undated else ""))
    ax.set_ylabel("Events (a meeting counts once)")
    ax.set_title("Events per year")
    return fig


def _documents_by_status(plt: Any, by_status: dict[str, dict[str, int]]) -> Figure:
    from matplotlib.ticker import MaxNLocator
    order = status_order(list(by_status))
    counts = [sum(by_status.get(s, {}).values()) for s in order]
    fig, ax = plt.subplots(figsize=(7, 4.2))
    bars = ax.barh([s.replace("_", " ") for s in order], counts, color="#a85848")
    for status, bar in zip(order, bars):
        bar.set_gid(f"status-{status}")
    ax.invert_yaxis()  # the first step of a document's life on top
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("Documents")
    ax.set_ylabel("Status (in the order of a document's life)")
    ax.set_title("Documents by status")
    return fig


def report_figures(graph: rdflib.Graph | ox.Store | GraphData, report: dict,
                   names: Iterable[str] = CHARTS) -> dict[str, Figure]:
    """The report's charts as matplotlib figures, by the names of :data:`CHARTS` (those
    of ``names`` only); the caller closes them. Needs matplotlib
    (``pip install "coop-kg[plot]"``).

    Raises
    ------
    KGError
        When matplotlib is not installed.
    """
    plt = _pyplot()
    period = report["period"]
    drawers: dict[str, Callable[[], Figure]] = {
        "state-network": lambda: _state_network(
            plt, to_networkx(graph, "states", period["since"], period["until"]), report["communities"]),
        "events-per-year": lambda: _events_per_year(plt, report["events_per_year"]),
        "documents-by-status": lambda: _documents_by_status(plt, report["documents_by_status_and_year"]),
    }
    figures = {}
    with plt.rc_context(_STYLE):
        for name in names:
            figures[name] = drawers[name]()
            figures[name].tight_layout()
    return figures


def figure_svg(fig: Figure) -> str:
    """A figure as SVG text (text kept as text, no timestamp)."""
    plt = _pyplot()
    buffer = io.StringIO()
    with plt.rc_context(_STYLE):
        fig.savefig(buffer, format="svg", metadata={"Date": None})
    return buffer.getvalue()


def plot_report(graph: rdflib.Graph | ox.Store | GraphData, report: dict, folder: str | Path) -> list[Path]:
    """Draw the state network coloured by community, events per year and documents by
    status into ``folder``, each as PNG and SVG (``state-network.png`` and
    ``state-network.svg``, ...); returns their paths. Needs matplotlib
    (``pip install "coop-kg[plot]"``)."""
    plt = _pyplot()
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    try:
        for name, fig in report_figures(graph, report).items():
            png = io.BytesIO()
            fig.savefig(png, format="png", dpi=110)
            for path, payload in ((folder / f"{name}.png", png.getvalue()),
                                  (folder / f"{name}.svg", figure_svg(fig).encode("utf-8"))):
                with atomic_write(path) as out:
                    out.write(payload)
                paths.append(path)
    finally:
        plt.close("all")
    return paths
