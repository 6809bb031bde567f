"""kg.inputs, the one reader of facts and articles, and kg.collect, the pipeline the
CLI calls: one library reader for files, folders, JSONL and standard input."""
from __future__ import annotations

import io
import json
import tracemalloc

import pytest

from kg.cli import cli
from kg.collect import collect_facts
from kg.errors import FactsError
from kg.extraction import iter_inputs, read_articles
from kg.facts import Article, NewsFacts, read_facts
from kg.inputs import iter_located_facts, iter_located_inputs, unique_ids
from tests.conftest import EXAMPLES, write_json

ARTICLE = {"article": {"id": "talks", "published": "2024-03-15", "text": "Kenya and Ghana held talks in Accra on Friday."}}
FACTS = {"article": {"id": "given"}, "states": [{"iso3": "FRA", "name": "France"}]}


def test_one_reader_gives_articles_and_facts_in_order_with_where(tmp_path):
    (tmp_path / "a.txt").write_text("Headline here\n\nBody text.\n", encoding="utf-8")
    write_json(tmp_path / "b.json", [ARTICLE, FACTS])
    located = list(iter_located_inputs([tmp_path]))
    assert [w for w, _ in located] == [str(tmp_path / "a.txt"), f"{tmp_path / 'b.json'}: item 0",
                                       f"{tmp_path / 'b.json'}: item 1"]
    items = [x for _, x in located]
    assert isinstance(items[0], Article) and items[0].id == "a" and items[0].title == "Headline here"
    assert isinstance(items[1], Article) and items[1].id == "talks"
    assert isinstance(items[2], NewsFacts) and items[2].states[0].iso3 == "FRA"
    assert list(iter_inputs([tmp_path])) == items
    assert [a.id for a in read_articles([tmp_path])] == ["a", "talks", "given"]


def test_facts_reader_skips_text_files_and_takes_bare_articles_as_facts(tmp_path):
    (tmp_path / "a.txt").write_text("not facts\n", encoding="utf-8")
    write_json(tmp_path / "b.json", {"article": {"id": "bare"}})
    assert [f.article.id for _, f in iter_located_facts([tmp_path])] == ["bare"]


def test_one_duplicate_id_check_for_facts_articles_and_the_cli(tmp_path, runner):
    (tmp_path / "talks.txt").write_text("Kenya and Ghana held talks.\n", encoding="utf-8")
    write_json(tmp_path / "x.json", ARTICLE)
    with pytest.raises(FactsError, match=r'x.json: article.id: "talks" is used twice \(first at .*talks.txt\)'):
        list(iter_inputs([tmp_path]))
    r = runner.invoke(cli, ["extract", str(tmp_path)], catch_exceptions=False)
    assert r.exit_code == 2 and "is used twice" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_ids_are_checked_without_keeping_them_in_memory():
    # `kg add` streams its inputs: the ids met so far must not make memory grow with
    # them (50,000 in a dict would take several megabytes).
    items = ((f"big.jsonl:{i}", Article(f"article-{i:06d}", None, None, None, None, None, "text"))
             for i in range(50_000))
    tracemalloc.start()
    try:
        for _ in unique_ids(items):
            pass
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000


def test_standard_input_is_json_lines(monkeypatch, runner):
    lines = "\n".join(json.dumps(x) for x in (ARTICLE, FACTS)) + "\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(lines.encode("utf-8")), encoding="utf-8"))
    assert [w for w, _ in iter_located_inputs(["-"])] == ["<stdin>:1", "<stdin>:2"]
    r = runner.invoke(cli, ["extract", "-"], input=lines, catch_exceptions=False)
    assert r.exit_code == 0, r.stderr
    assert [json.loads(line)["article"]["id"] for line in r.stdout.splitlines()] == ["talks", "given"]
    r = runner.invoke(cli, ["extract", "-"], input="not json\n", catch_exceptions=False)
    assert r.exit_code == 2 and "<stdin>:1: not valid JSON" in r.stderr
    r = runner.invoke(cli, ["extract", "-"], input=b"\xff\n", catch_exceptions=False)
    assert r.exit_code == 2 and "<stdin>: not UTF-8 text" in r.stderr


def test_read_facts_reads_standard_input(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(json.dumps(FACTS).encode("utf-8")), encoding="utf-8"))
    assert [f.article.id for f in read_facts("-")] == ["given"]


def test_collect_facts_extracts_articles_keeps_facts_and_reports_progress(tmp_path):
    write_json(tmp_path / "a.json", [ARTICLE, FACTS])
    told: list[tuple[str, int, int]] = []
    facts, extracted = collect_facts([tmp_path], progress=lambda *a: told.append(a))
    assert [f.article.id for f in facts] == ["talks", "given"] and extracted == 1
    assert facts[0].events and facts[1].states[0].iso3 == "FRA"
    assert told == [("extracting", 0, 1), ("extracting", 1, 1)]
    again = collect_facts([EXAMPLES / "articles.facts.jsonl"], always_extract=True)
    assert again.extracted == len(again.facts) > 0


def test_collect_facts_gives_the_cycle_collector_back_as_it_found_it(tmp_path):
    """The reading pauses Python's cycle collector (kg/collect.py), and only the reading."""
    import gc

    write_json(tmp_path / "b.json", [FACTS])
    (tmp_path / "bad.json").write_text('{"article": {"id": "x"}, "states": [{}]}', encoding="utf-8")
    assert gc.isenabled()
    assert len(collect_facts([tmp_path / "b.json"]).facts) == 1 and gc.isenabled()
    with pytest.raises(FactsError):
        collect_facts([tmp_path / "bad.json"])
    assert gc.isenabled()
    gc.disable()
    try:
        collect_facts([tmp_path / "b.json"])
        assert not gc.isenabled()
    finally:
        gc.enable()
