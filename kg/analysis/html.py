"""The analysis report as one self-contained HTML file: the report's tables, its charts
inlined as SVG, and an interactive state network drawn by a script of ours.

Nothing is fetched when the page opens (no CDN, no font, no image file): the style, the
script (``assets/``) and the network's data are written into the page, so it works
offline and can be mailed as it is. The network's script draws one SVG ``circle`` per
state (``class="state"``, ``data-iso3``) and one ``line`` per pair of states that met
(``class="pair"``), each state where :func:`kg.analysis.layout.state_layout` puts it
and in the colour of its community, as the PNG chart does; the year sliders, and the
address (``report.html#years=2014-2016``), keep the meetings of a period.
"""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import rdflib

from kg.analysis.data import GraphData
from kg.analysis.layout import COMMUNITY_COLOURS, OTHER_COMMUNITIES, community_colour, community_label, state_layout
from kg.analysis.plots import figure_svg, report_figures
from kg.analysis.report import Section, report_sections, report_title
from kg.analysis.views import to_networkx
from kg.atomic import atomic_write
from kg.resources import report_asset

__all__ = ["report_html", "write_report_html", "network_data"]

_CHART_TITLES = {"events-per-year": "Events per year", "documents-by-status": "Documents by status"}


def _asset(name: str) -> str:
    return report_asset(name).read_text(encoding="utf-8")


def network_data(states: nx.Graph, communities: list[list[str]]) -> dict:
    """What the page's script draws: each state (``id`` its ISO code, ``name``, its
    community's number from 1 and colour, ``x`` and ``y`` in [0, 1]), each pair (``s``
    and ``t`` the indexes of its states, its meetings per year, undated meetings and
    bodies), and the years from the first to the last.

    >>> G = nx.Graph([("a", "b", {"weight": 3, "events_2019": 1, "events_2020": 1, "bodies": "G20"})])
    >>> nx.set_node_attributes(G, {"a": "FRA", "b": "DEU"}, "iso3")
    >>> d = network_data(G, [["DEU", "FRA"]])
    >>> d["years"], d["edges"][0]["years"], d["edges"][0]["undated"], [n["community"] for n in d["nodes"]]
    (['2019', '2020'], {'2019': 1, '2020': 1}, 1, [1, 1])
    """
    names = {n: states.nodes[n].get("iso3") or states.nodes[n].get("label", n) for n in states}
    community_of = {name: i for i, members in enumerate(communities) for name in members}
    pos = state_layout(states)
    xs, ys = [p[0] for p in pos.values()] or [0.0], [p[1] for p in pos.values()] or [0.0]
    width, height = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    index = {n: i for i, n in enumerate(states)}
    nodes = [{"id": names[n], "name": states.nodes[n].get("label", names[n]),
              "community": community_of[names[n]] + 1 if names[n] in community_of else 0,
              "colour": community_colour(community_of.get(names[n])),
              "x": round((pos[n][0] - min(xs)) / width, 4), "y": round((pos[n][1] - min(ys)) / height, 4)}
             for n in states]
    edges: list[dict] = []
    years: set[str] = set()
    for u, v, d in states.edges(data=True):
        per_year = {k[len("events_"):]: n for k, n in d.items() if k.startswith("events_") and n}
        years |= per_year.keys()
        edges.append({"s": index[u], "t": index[v], "years": per_year,
                      "undated": int(d.get("weight", 1)) - sum(per_year.values()), "bodies": d.get("bodies", "")})
    span = [str(y) for y in range(int(min(years)), int(max(years)) + 1)] if years else []
    return {"nodes": nodes, "edges": edges, "years": span}


def _json_for_script(data: dict) -> str:
    # "<" escaped, so that no string in the data can close the script element.
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def _inline_svg(svg: str, prefix: str) -> str:
    """A matplotlib SVG made fit to sit in a page beside others: no XML prologue or
    metadata, and its ids (and the references to them) prefixed so that no two charts
    share one."""
    svg = svg[svg.index("<svg"):]
    svg = re.sub(r"<metadata>.*?</metadata>\s*", "", svg, flags=re.S)
    svg = re.sub(r'\bid="([^"]+)"', lambda m: f'id="{prefix}-{m.group(1)}"', svg)
    svg = re.sub(r'url\(#([^)]+)\)', lambda m: f"url(#{prefix}-{m.group(1)})", svg)
    return re.sub(r'xlink:href="#([^"]+)"', lambda m: f'xlink:href="#{prefix}-{m.group(1)}"', svg)


def _cell(value: object) -> str:
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    return f'<td class="number">{value}</td>' if number else f"<td>{html.escape(str(value))}</td>"


def _section_html(section: Section) -> list[str]:
    out = [f'<section id="{section.anchor}">', f"<h2>{html.escape(section.title)}</h2>"]
    if section.lead:
        out.append(f"<p>{html.escape(section.lead)}</p>")
    if section.rows is not None:
        if not section.rows:
            out.append('<p class="note">(none)</p>')
        else:
            columns = list(section.rows[0])
            out.append("<table><thead><tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in columns) + "</tr></thead><tbody>")
            out += ["<tr>" + "".join(_cell(r[c]) for c in columns) + "</tr>" for r in section.rows]
            out.append("</tbody></table>")
    elif section.items:
        out.append("<ol>" + "".join(f"<li>{html.escape(item)}</li>" for item in section.items) + "</ol>")
    else:
        out.append('<p class="note">(none)</p>')
    out.append("</section>")
    return out


def _network_html(data: dict, communities: list[list[str]]) -> list[str]:
    legend = [f'<span class="entry"><span class="dot" style="background:{community_colour(i)}"></span>'
              f"{html.escape(community_label(i, members))}</span>"
              for i, members in enumerate(communities[:len(COMMUNITY_COLOURS)])]
    if len(communities) > len(COMMUNITY_COLOURS):
        legend.append(f'<span class="entry"><span class="dot" style="background:{OTHER_COMMUNITIES}"></span>'
                      f"{len(communities) - len(COMMUNITY_COLOURS)} smaller communities</span>")
    controls = []
    if data["years"]:
        first, last = data["years"][0], data["years"][-1]
        controls += [f'<label>from {first} <input type="range" id="year-from" aria-label="first year"></label>',
                     f'<label><input type="range" id="year-to" aria-label="last year"> to {last}</label>',
                     '<label><input type="checkbox" id="count-undated" checked> undated meetings</label>']
    controls.append('<span>shown: <b id="period-shown"></b></span>')
    return [
        '<section id="state-network-section">', "<h2>State network</h2>",
        '<p class="note">States that took part in the same event, linked; a line is as thick as their meetings, a '
        "state as big as its meetings with partners. Hover for figures, click a state to pick out its partners, drag "
        "a state to move it, drag the background to pan, scroll to zoom.</p>",
        '<div class="controls">' + "".join(controls) + "</div>",
        '<div class="controls legend"><span>Communities (Louvain):</span>' + "".join(legend) + "</div>",
        '<div id="network-box"><svg id="state-network" role="img" aria-label="state network"></svg>'
        '<div id="network-tip"></div></div>',
        f'<script type="application/json" id="network-data">{_json_for_script(data)}</script>',
        "</section>",
    ]


def report_html(graph: rdflib.Graph | ox.Store | GraphData, report: dict) -> str:
    """The report of :func:`kg.analysis.measures.analyze` on ``graph`` as one
    self-contained HTML page: the state network (interactive), the charts, the tables.
    Needs matplotlib for the charts (``pip install "coop-kg[plot]"``).

    Raises
    ------
    KGError
        When matplotlib is not installed.
    """
    period = report["period"]
    states = to_networkx(graph, "states", period["since"], period["until"])
    figures = report_figures(graph, report, _CHART_TITLES)
    try:
        charts = {name: _inline_svg(figure_svg(fig), name) for name, fig in figures.items()}
    finally:
        import matplotlib.pyplot as plt
        plt.close("all")
    sections = report_sections(report)
    title = report_title(report)
    nav = ['<a href="#state-network-section">State network</a>', '<a href="#charts">Charts</a>']
    nav += [f'<a href="#{s.anchor}">{html.escape(s.title)}</a>' for s in sections]
    body = [f"<h1>{html.escape(title)}</h1>", "<nav>" + " ".join(nav) + "</nav>"]
    body += _network_html(network_data(states, report["communities"]), report["communities"])
    body += ['<section id="charts">', "<h2>Charts</h2>"]
    body += [f'<figure class="chart" id="chart-{name}" aria-label="{_CHART_TITLES[name]}">{svg}</figure>'
             for name, svg in charts.items()]
    body.append("</section>")
    for section in sections:
        body += _section_html(section)
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{html.escape(title)}</title>", f"<style>\n{_asset('report.css')}</style>", "</head>", "<body>",
        *body, f"<script>\n{_asset('network.js')}</script>", "</body>", "</html>", ""])


def write_report_html(graph: rdflib.Graph | ox.Store | GraphData, report: dict, path: str | Path) -> Path:
    """Write :func:`report_html` to ``path`` (atomically); returns the path."""
    page = report_html(graph, report).encode("utf-8")
    with atomic_write(path) as out:
        out.write(page)
    return Path(path)
