"""Where to draw the nodes of the state network, and in which colour, shared by the
charts and the HTML report so that both show the same picture."""
from __future__ import annotations

import networkx as nx

__all__ = ["state_layout", "COMMUNITY_COLOURS", "OTHER_COMMUNITIES", "community_colour", "community_label"]

# One colour for each of the largest communities; the smaller ones share a grey.
COMMUNITY_COLOURS = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
                     "#9c755f", "#79706e")
OTHER_COMMUNITIES = "#c8c8c8"


def community_colour(index: int | None) -> str:
    """The colour of the community at ``index`` (0 for the largest), or the grey of the
    smaller communities (and of states in none, ``None``).

    >>> community_colour(0), community_colour(10), community_colour(None)
    ('#4e79a7', '#c8c8c8', '#c8c8c8')
    """
    return COMMUNITY_COLOURS[index] if index is not None and index < len(COMMUNITY_COLOURS) else OTHER_COMMUNITIES


def community_label(index: int, members: list[str]) -> str:
    """How a legend names the community at ``index``: its number from 1 and its first
    states.

    >>> community_label(0, ["AUS", "BRA"]), community_label(1, list("ABCDEFGH"))
    ('1: AUS, BRA', '2: A, B, C, D, E, F, … (8 states)')
    """
    shown = ", ".join(members[:6]) + (f", … ({len(members)} states)" if len(members) > 6 else "")
    return f"{index + 1}: {shown}"


def state_layout(g: nx.Graph) -> dict[str, tuple[float, float]]:
    """Positions for the nodes of ``g``: a spring layout of the largest component, and
    the smaller components in rows beneath it (a plain spring layout flings them to the
    corners and squeezes the main one). Deterministic (seeded).

    >>> pos = state_layout(nx.Graph([("a", "b"), ("b", "c"), ("x", "y")]))
    >>> sorted(pos), pos["x"][1] < min(pos[n][1] for n in "abc")
    (['a', 'b', 'c', 'x', 'y'], True)
    """
    if g.number_of_nodes() == 0:
        return {}
    parts = sorted(nx.connected_components(g), key=lambda c: (-len(c), sorted(c)))
    main = g.subgraph(parts[0])
    pos = {n: (float(x), float(y)) for n, (x, y) in
           nx.spring_layout(main, weight="weight", seed=1, k=1.5 / max(len(parts[0]), 1) ** 0.5).items()}
    x, y = -1.0, -1.25
    for part in parts[1:]:
        sub = nx.spring_layout(g.subgraph(part), seed=1, scale=0.05, center=(x, y))
        pos.update({n: (float(px), float(py)) for n, (px, py) in sub.items()})
        x += 0.15
        if x > 1.0:
            x, y = -1.0, y - 0.15
    return pos
