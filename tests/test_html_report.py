"""``kg analyze --html``: one self-contained page, opened in a real headless Chromium,
whose script draws the state network (one circle per state, one line per pair)."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kg.cli import cli
from kg.facts import facts_to_json, parse_facts
from tests.conftest import EXAMPLES

pytest.importorskip("matplotlib")

# Chromium as root in a container: no sandbox, no GPU, nothing fetched in the background.
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"]
HOSTILE_BODY = '</script><b id="injected">Council</b>'


def chromium() -> str:
    found = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing: .ci/run installs Debian's chromium package")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return found


def open_in_chromium(page: Path, tmp_path: Path, fragment: str = "") -> str:
    """The page's DOM after its scripts ran, as Chromium dumps it."""
    profile = tmp_path / f"profile{len(list(tmp_path.glob('profile*')))}"
    done = subprocess.run([chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom",
                           page.resolve().as_uri() + fragment],
                          capture_output=True, text=True, timeout=180, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


class Elements(HTMLParser):
    """Every element of a document as (tag, attributes)."""

    def __init__(self, text: str):
        super().__init__()
        self.found: list[tuple[str, dict[str, str]]] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, {k: v or "" for k, v in attrs}))

    def of(self, tag: str, cls: str) -> list[dict[str, str]]:
        return [a for t, a in self.found if t == tag and cls in a.get("class", "").split()]


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    """The HTML report of the example facts and of an article with pairs in 2013 and
    2017, an undated call, and a body whose name tries to close the page's script."""
    from click.testing import CliRunner
    folder = tmp_path_factory.mktemp("html")
    extra = parse_facts({"article": {"id": "extra"}, "bodies": [{"name": HOSTILE_BODY}], "events": [
        {"id": "e1", "type": "talks", "date": "2013-05-02", "city": "Paris", "participants": ["FRA", "DEU"]},
        {"id": "e2", "type": "session", "date": "2017-02", "body": HOSTILE_BODY, "participants": ["FRA", "DEU", "POL"]},
        {"id": "e3", "type": "call", "date": None, "participants": ["JPN", "KOR"]}]})
    facts = folder / "facts"
    facts.mkdir()
    for source in (EXAMPLES / "facts").glob("*.json"):
        shutil.copy(source, facts / source.name)
    (facts / "extra.json").write_text(json.dumps(facts_to_json(extra)), encoding="utf-8")
    runner = CliRunner()
    graph = folder / "g.ttl"
    assert runner.invoke(cli, ["build", str(facts), "-o", str(graph)]).exit_code == 0
    page = folder / "report.html"
    result = runner.invoke(cli, ["analyze", str(graph), "--html", str(page)])
    assert result.exit_code == 0, result.output
    assert f"wrote {page}" in result.stderr and "## Most central states" in result.stdout
    data = json.loads(runner.invoke(cli, ["export", str(graph), "--view", "states", "--to", "json", "-o",
                                          str(folder / "states.json")]).exit_code == 0
                      and (folder / "states.json").read_text(encoding="utf-8"))
    return page, data


def test_page_is_self_contained(report):
    page, _ = report
    text = page.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")
    # Nothing to fetch: no external script, style sheet, image, font or frame.
    assert not re.search(r"<(script|img|iframe|link)\b[^>]*\b(src|href)=", text, re.I)
    assert not re.search(r"""(src|href)\s*=\s*["'](?!#)""", text)
    assert not re.search(r"url\(\s*['\"]?(?!#)", text)
    assert not re.search(r"@import|https?://(?!www\.w3\.org/)", text.split("<body>", 1)[1].split('id="network-data"')[0])
    # The charts inline, each with ids of its own.
    for chart in ("events-per-year", "documents-by-status"):
        assert f'id="chart-{chart}"' in text and f'id="{chart}-figure_1"' in text
    assert 'id="events-per-year-year-2015"' in text and 'id="documents-by-status-status-in_force"' in text
    # The tables, as the Markdown report has them.
    for title in ("Most central states", "Communities (Louvain)", "Documents by status and year", "Events per year"):
        assert f"<h2>{title}</h2>" in text
    assert HOSTILE_BODY not in text  # the body's name is text, not markup
    # The communities named beside the network, as in the PNG's legend.
    assert re.search(r'<span class="dot" style="background:#4e79a7"></span>1: [A-Z]{3}(, [A-Z]{3})*', text)


def test_chromium_draws_one_circle_per_state_and_one_line_per_pair(report, tmp_path):
    page, states = report
    dom = Elements(open_in_chromium(page, tmp_path))
    circles = dom.of("circle", "state")
    assert sorted(c["data-iso3"] for c in circles) == sorted(n["iso3"] for n in states["nodes"])
    assert len(dom.of("line", "pair")) == len(states["edges"])
    network = next(a for t, a in dom.found if t == "svg" and a.get("id") == "state-network")
    assert network["data-drawn"] == str(len(states["nodes"]))
    assert network["data-visible-pairs"] == str(len(states["edges"]))  # every pair, undated ones too
    assert all(float(c["r"]) > 0 and c["cx"] and c["cy"] for c in circles)
    assert not [a for t, a in dom.found if a.get("id") == "injected"]  # no markup smuggled in


def test_chromium_keeps_the_pairs_of_the_period_in_the_address(report, tmp_path):
    page, states = report
    for years, wanted in (("2017", ["2017"]), ("2013-2016", ["2013", "2014", "2015", "2016"])):
        dom = Elements(open_in_chromium(page, tmp_path, f"#years={years}"))
        shown = [line for line in dom.of("line", "pair") if "hidden" not in line["class"].split()]
        expected = [e for e in states["edges"] if any(e.get(f"events_{y}", 0) for y in wanted)]
        assert len(shown) == len(expected) > 0
        network = next(a for t, a in dom.found if t == "svg" and a.get("id") == "state-network")
        assert network["data-visible-pairs"] == str(len(expected))


def test_analyze_html_refuses_bad_output(tmp_path):
    graph = EXAMPLES / "articles.ttl"
    # The real entry point, whose error boundary turns a missing folder into one line.
    result = subprocess.run([sys.executable, "-m", "kg", "analyze", str(graph), "--html",
                             str(tmp_path / "missing" / "r.html")], capture_output=True, text=True)
    assert result.returncode == 2 and result.stdout == "" and not (tmp_path / "missing").exists()
    assert len(result.stderr.strip().splitlines()) == 1 and "create it first" in result.stderr
    from click.testing import CliRunner
    result = CliRunner().invoke(cli, ["analyze", str(graph), "--html", str(graph)])
    assert result.exit_code == 2 and "the output is one of the inputs" in result.stderr


def test_a_graph_without_states_gives_a_page_whose_script_runs(tmp_path):
    from kg import analyze, build_graph
    from kg.analysis import write_report_html
    graph = build_graph([parse_facts({"article": {"id": "empty"}})])
    page = write_report_html(graph, analyze(graph), tmp_path / "empty.html")
    dom = Elements(open_in_chromium(page, tmp_path))
    network = next(a for t, a in dom.found if t == "svg" and a.get("id") == "state-network")
    assert network["data-drawn"] == "0" and not dom.of("circle", "state")  # the script ran to its end
