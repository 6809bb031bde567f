"""The charts of ``kg analyze --plot``, opened as a reader would: the PNG with
matplotlib and Pillow, the SVG with an XML parser (its text is text, its bars named)."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from kg import analyze, build_graph, read_facts
from kg.analysis import plot_report
from kg.facts import STATUSES, parse_facts
from tests.conftest import EXAMPLES

pytest.importorskip("matplotlib")
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def charts(tmp_path_factory):
    """The charts of a graph with a gap of empty years (2014 to 2016), an undated event
    and documents of three statuses."""
    events = [
        {"id": "e1", "type": "talks", "date": "2013-05-02", "city": "Paris", "participants": ["FRA", "DEU"]},
        {"id": "e2", "type": "summit", "date": "2017-02", "city": "Berlin", "participants": ["FRA", "DEU", "POL"]},
        {"id": "e3", "type": "summit", "date": "2017-06-28", "city": "Warsaw", "participants": ["POL", "LTU"]},
        {"id": "e4", "type": "call", "date": None, "participants": ["JPN", "KOR"]},
    ]
    documents = [
        {"id": "d1", "type": "treaty", "title": "border treaty", "status": "ratified", "event": "e2", "parties": ["FRA", "DEU"]},
        {"id": "d2", "type": "declaration", "title": "Warsaw declaration", "status": "adopted", "event": "e3"},
        {"id": "d3", "type": "agreement", "title": "energy agreement", "status": "proposed", "event": "e1"},
    ]
    graph = build_graph([parse_facts({"article": {"id": "a"}, "events": events, "documents": documents})])
    report = analyze(graph)
    folder = tmp_path_factory.mktemp("charts")
    return report, folder, plot_report(graph, report, folder)


def svg(folder, name):
    return ET.parse(folder / f"{name}.svg").getroot()


def texts(root):
    return ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]


def bar_size(group, axis=1):
    """The height (axis 1) or width (axis 0) of the rectangle a bar's group draws."""
    path = group.find(f"{SVG}path")
    points = [float(p[axis]) for p in re.findall(r"[ML] ([-\d.]+) ([-\d.]+)", path.get("d"))]
    return max(points) - min(points)


def bar_height(group):
    return bar_size(group, 1)


def test_png_beside_svg_for_every_chart(charts):
    from matplotlib.image import imread
    from PIL import Image
    _, folder, paths = charts
    names = ["documents-by-status", "events-per-year", "state-network"]
    assert sorted(p.name for p in paths) == sorted(f"{n}.{x}" for n in names for x in ("png", "svg"))
    for name in names:
        with Image.open(folder / f"{name}.png") as image:
            assert image.format == "PNG" and image.width > 400 and image.height > 300
        pixels = imread(folder / f"{name}.png")
        assert (pixels[..., :3].min(axis=2) < 0.9).sum() > 2000  # something is drawn on the white
        assert svg(folder, name).tag == f"{SVG}svg"


def test_events_per_year_shows_empty_years_with_axis_labels(charts):
    report, folder, _ = charts
    assert report["events_per_year"] == {"2013": 1, "2017": 2, "undated": 1}
    root = svg(folder, "events-per-year")
    bars = {g.get("id"): g for g in root.iter(f"{SVG}g") if (g.get("id") or "").startswith("year-")}
    assert list(bars) == [f"year-{y}" for y in range(2013, 2018)]
    assert [round(bar_height(bars[f"year-{y}"]), 3) == 0 for y in range(2013, 2018)] == [False, True, True, True, False]
    assert bar_height(bars["year-2017"]) == pytest.approx(2 * bar_height(bars["year-2013"]))
    words = texts(root)
    assert "Year (1 undated event not shown)" in words and "Events (a meeting counts once)" in words
    assert {"2014", "2015", "2016"} <= set(words)


def test_documents_by_status_in_lifecycle_order(charts):
    _, folder, _ = charts
    root = svg(folder, "documents-by-status")
    ids = [g.get("id") for g in root.iter(f"{SVG}g") if (g.get("id") or "").startswith("status-")]
    assert ids == [f"status-{s}" for s in STATUSES]
    # Read top to bottom, the tick labels follow a document's life.
    labels = {"".join(t.itertext()): float(t.get("y")) for t in root.iter(f"{SVG}text")}
    shown = [s.replace("_", " ") for s in STATUSES]
    assert sorted(shown, key=labels.__getitem__) == shown
    widths = {i[len("status-"):]: bar_size(g, 0) for g in root.iter(f"{SVG}g") if (i := g.get("id") or "").startswith("status-")}
    assert {s for s, w in widths.items() if w > 0} == {"proposed", "adopted", "ratified"}
    assert {"Documents", "Status (in the order of a document's life)"} <= set(texts(root))


def test_state_network_has_a_legend_of_its_communities(charts):
    report, folder, _ = charts
    root = svg(folder, "state-network")
    legend = next(g for g in root.iter(f"{SVG}g") if (g.get("id") or "").startswith("legend"))
    entries = [t for t in texts(legend) if re.match(r"\d+: ", t)]
    assert entries == [f"{i}: {', '.join(c)}" for i, c in enumerate(report["communities"], 1)]
    assert "Communities (Louvain)" in texts(legend)
    assert {"FRA", "DEU", "POL", "LTU", "JPN", "KOR"} <= set(texts(root))


def test_example_charts_redraw(tmp_path):
    graph = build_graph(read_facts(EXAMPLES / "facts"))
    paths = plot_report(graph, analyze(graph), tmp_path)
    assert len(paths) == 6 and all(p.stat().st_size > 1000 for p in paths)


def test_lifecycle_order_covers_the_ontologys_status_scheme():
    from kg import query
    from kg.analysis import status_order
    graph = build_graph([parse_facts({"article": {"id": "a"}})])  # every built graph carries the schemes
    notations = {str(n) for (n,) in query(graph, """SELECT ?n WHERE {
        ?c skos:inScheme <https://w3id.org/coopkg/scheme/statuses> ; skos:notation ?n }""").values()}
    assert set(status_order([])) == notations == set(STATUSES)
