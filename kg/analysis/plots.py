"""The analysis report drawn with matplotlib: the state network coloured by community,
events per year and documents by status, as PNG files."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import rdflib

from kg.analysis.views import to_networkx
from kg.atomic import atomic_write
from kg.errors import KGError

__all__ = ["plot_report"]


def plot_report(graph: rdflib.Graph | ox.Store, report: dict, folder: str | Path) -> list[Path]:
    """Draw the state network coloured by community, events per year and documents by
    status as PNG files in ``folder``; returns their paths. Needs matplotlib
    (``pip install "coop-kg[plot]"``)."""
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as err:
        raise KGError('plots need matplotlib; install it with: pip install "coop-kg[plot]"') from err
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    period = report["period"]
    states = to_networkx(graph, "states", period["since"], period["until"])
    paths = []

    fig, ax = plt.subplots(figsize=(10, 8))
    colour = {iso: i for i, c in enumerate(report["communities"]) for iso in c}
    if states.number_of_nodes():
        pos = _layout(states)
        labels = {n: states.nodes[n].get("iso3", n) for n in states}
        nx.draw_networkx_edges(states, pos, ax=ax, alpha=0.25,
                               width=[0.5 + d.get("weight", 1) for _, _, d in states.edges(data=True)])
        small = states.number_of_nodes() < 40
        nx.draw_networkx_nodes(states, pos, ax=ax, node_size=[(400 if small else 30) + 8 * states.degree(n) for n in states],
                               node_color=[colour.get(labels[n], -1) for n in states], cmap="tab10",
                               vmin=-1, vmax=max(len(report["communities"]), 9))
        nx.draw_networkx_labels(states, pos, labels, ax=ax, font_size=10 if small else 7)
    ax.set_title("States that met, coloured by community")
    ax.axis("off")
    paths.append(_save(fig, folder / "state-network.png"))

    fig, ax = plt.subplots(figsize=(8, 4))
    years = {y: n for y, n in report["events_per_year"].items() if y != "undated"}
    ax.bar(list(years), list(years.values()), color="#4878a8")
    ax.set_title("Events per year")
    ax.tick_params(axis="x", rotation=60, labelsize=7)
    paths.append(_save(fig, folder / "events-per-year.png"))

    fig, ax = plt.subplots(figsize=(6, 4))
    statuses = {s: sum(y.values()) for s, y in report["documents_by_status_and_year"].items()}
    ax.barh(list(statuses), list(statuses.values()), color="#a85848")
    ax.set_title("Documents by status")
    paths.append(_save(fig, folder / "documents-by-status.png"))
    plt.close("all")
    return paths


def _layout(g: nx.Graph) -> dict:
    """Spring layout of the largest component, smaller components in a row beneath it:
    a plain spring layout flings them to the corners and squeezes the main one."""
    parts = sorted(nx.connected_components(g), key=len, reverse=True)
    pos = nx.spring_layout(g.subgraph(parts[0]), weight="weight", seed=1, k=1.5 / max(len(parts[0]), 1) ** 0.5)
    x = -1.0
    for part in parts[1:]:
        sub = nx.spring_layout(g.subgraph(part), seed=1, scale=0.05, center=(x, -1.25))
        pos.update(sub)
        x += 0.15
        if x > 1.0:
            x = -1.0
    return pos


def _save(fig, path: Path) -> Path:
    fig.tight_layout()
    with atomic_write(path) as out:
        fig.savefig(out, format="png", dpi=110)
    return path
