"""Analysis of the knowledge graph on NetworkX, one module per family (as networkx
lays out its algorithms):

``data``
    what views and measures read from the graph (:class:`GraphData`), and the period
    filter;
``views``
    the NetworkX views (:func:`to_networkx`);
``timeline``
    when the views' nodes and edges happened: their time attributes, and the spells of
    a dynamic GEXF file (:func:`spells`);
``exports``
    views written as GraphML, GEXF, node-link JSON or CSV (:func:`write_network`);
``measures``
    counts, centralities, communities, per-year figures, and the report gathering them
    (:func:`analyze`);
``report``
    the report as Markdown (:func:`report_markdown`);
``layout``
    where the state network's nodes are drawn (:func:`state_layout`);
``plots``
    the report drawn with matplotlib, PNG and SVG (:func:`plot_report`);
``html``
    the report, its charts and an interactive state network in one HTML file
    (:func:`report_html`).

Each module uses the others only through their public names, all gathered here.
"""
from __future__ import annotations

from kg.analysis.data import GraphData, as_graph_data, check_period, in_period, select_rows
from kg.analysis.exports import EXPORT_FORMATS, write_network
from kg.analysis.measures import (
    analyze, busiest_hosts_and_chairs, status_order, central_bodies, central_states, communities, counts_by_class,
    documents_by_status_and_year, events_per_year, strongest_pairs,
)
from kg.analysis.html import report_html, write_report_html
from kg.analysis.layout import state_layout
from kg.analysis.plots import plot_report, report_figures
from kg.analysis.report import report_markdown
from kg.analysis.timeline import spells, time_attributes
from kg.analysis.views import VIEWS, to_networkx

__all__ = [
    "GraphData", "as_graph_data", "check_period", "in_period", "select_rows",
    "VIEWS", "to_networkx", "time_attributes", "spells",
    "EXPORT_FORMATS", "write_network",
    "status_order", "counts_by_class", "central_states", "central_bodies", "communities", "strongest_pairs",
    "documents_by_status_and_year", "busiest_hosts_and_chairs", "events_per_year", "analyze",
    "report_markdown", "state_layout", "plot_report", "report_figures", "report_html", "write_report_html",
]
