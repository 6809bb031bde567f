"""Extractors by name: the built-in one, one registered in-process, one from a package's
entry point; every extractor's output goes through the facts reader's checks."""
from __future__ import annotations

import json
import sys
from dataclasses import replace

import pytest

import kg
from kg.cli import cli
from kg.errors import ExtractionError
from kg.extraction.registry import get_extractor, register_extractor
from kg.facts import Article, Event, Evidence, NewsFacts

TEXT = "Kenya and Ghana signed a trade agreement in Nairobi on Tuesday."
ARTICLE = Article("a1", published="2024-06-05", text=TEXT)


def _one_event(article: Article, quote: str, start: int = 0) -> NewsFacts:
    evidence = Evidence(start, start + len(quote), quote)
    return NewsFacts(article, events=(Event("e1", "signing", date="2024-06-04", participants=("KEN", "GHA"),
                                            evidence=evidence),))


@pytest.fixture
def registered():
    """Extractors registered for one test, forgotten after it."""
    names = []

    def add(name, extractor):
        register_extractor(name, lambda: extractor)
        names.append(name)

    yield add
    from kg.extraction import registry
    for name in names:
        registry._FACTORIES.pop(name, None)
    get_extractor.cache_clear()


def test_the_rules_extractor_is_the_default_and_known_by_name():
    assert "rules" in kg.extractor_names()
    assert kg.extract([ARTICLE]) == kg.extract([ARTICLE], extractor="rules")


def test_an_unknown_extractor_is_a_clear_error():
    with pytest.raises(ExtractionError, match="unknown extractor 'nope'; choose one of .*rules"):
        kg.extract([ARTICLE], extractor="nope")


def test_a_registered_extractor_is_used_and_checked(registered):
    registered("quoting", lambda a: _one_event(a, TEXT[:37]))
    [facts] = kg.extract([ARTICLE], extractor="quoting")
    assert [e.type for e in facts.events] == ["signing"]
    registered("misquoting", lambda a: _one_event(a, "Kenya and Ghana signed a trade deal", 0))
    with pytest.raises(ExtractionError, match="extractor 'misquoting', article 'a1'"):
        kg.extract([ARTICLE], extractor="misquoting")
    registered("wrong-article", lambda a: replace(_one_event(a, TEXT[:5]), article=Article("other")))
    with pytest.raises(ExtractionError, match="returned the facts of article 'other'"):
        kg.extract([ARTICLE], extractor="wrong-article")
    registered("not-facts", lambda a: {"events": []})
    with pytest.raises(ExtractionError, match="returned dict, not NewsFacts"):
        kg.extract([ARTICLE], extractor="not-facts")


def test_an_extractor_from_a_package_entry_point(tmp_path, monkeypatch):
    """A package that declares ``[project.entry-points."kg.extractors"]`` is found by name."""
    (tmp_path / "kg_fake_extractor.py").write_text(
        "from kg.facts import NewsFacts\n"
        "def make():\n"
        "    return lambda article: NewsFacts(article)\n", encoding="utf-8")
    info = tmp_path / "kg_fake_extractor-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: kg-fake-extractor\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[kg.extractors]\nempty = kg_fake_extractor:make\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    get_extractor.cache_clear()
    try:
        assert "empty" in kg.extractor_names()
        [facts] = kg.extract([ARTICLE], extractor="empty")
        assert facts.events == () and facts.article.id == "a1"
    finally:
        get_extractor.cache_clear()
        sys.modules.pop("kg_fake_extractor", None)


def test_cli_explain_lists_candidates_with_their_verdicts(runner, tmp_path):
    source = tmp_path / "call.json"
    source.write_text(json.dumps({"article": {"id": "call", "published": "2024-06-05", "text":
                      "Kenya's president spoke by phone with Ghana's president on Tuesday.\n\n"
                      "The mayor of Nairobi met bus drivers on Tuesday.\n"}}), encoding="utf-8")
    r = runner.invoke(cli, ["extract", str(source), "--explain"], catch_exceptions=False)
    assert r.exit_code == 0, r.stderr
    assert r.stdout.startswith("== call: 2 candidates, 1 kept")
    assert "kept     event e1 call" in r.stdout
    assert "dropped  event e2 talks" in r.stdout and "domestic politics" in r.stdout
    out = tmp_path / "why.txt"
    r = runner.invoke(cli, ["extract", str(source), "--explain", "-o", str(out)], catch_exceptions=False)
    assert r.exit_code == 0 and out.read_text(encoding="utf-8").startswith("== call:")


def test_cli_unknown_extractor_exits_2_with_one_line_and_no_output(runner, tmp_path):
    source = tmp_path / "a.txt"
    source.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "facts.jsonl"
    r = runner.invoke(cli, ["extract", str(source), "--extractor", "nope", "-o", str(out)])
    assert r.exit_code == 2
    assert len(r.stderr.strip().splitlines()) == 1 and "unknown extractor 'nope'" in r.stderr
    assert not out.exists()
