"""kg extract, kg eval and kg build from articles, in-process."""
from __future__ import annotations

import json

from kg.cli import cli
from tests.conftest import EXAMPLES, write_json


def invoke(runner, *args):
    return runner.invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_extract_reads_text_json_and_jsonl_in_order(runner, tmp_path):
    (tmp_path / "a-first.txt").write_text("Peru and Chile sign accord\n\nLIMA, March 14, 2024 (Wire) - Peru and Chile "
                                          "signed a fisheries agreement on Thursday.\n", encoding="utf-8")
    write_json(tmp_path / "b-second.json", {"article": {"id": "second", "published": "2024-03-15",
                                                        "text": "Kenya and Ghana held talks in Accra on Friday."}})
    (tmp_path / "c-third.jsonl").write_text(
        json.dumps({"article": {"id": "third", "text": "Moscow said it welcomed the talks."}}) + "\n", encoding="utf-8")
    out = tmp_path / "facts.jsonl"
    r = invoke(runner, "extract", tmp_path, "-o", out)
    assert r.exit_code == 0, r.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [row["article"]["id"] for row in rows] == ["a-first", "second", "third"]
    assert rows[0]["article"]["title"] == "Peru and Chile sign accord"
    assert rows[0]["events"][0]["date"] == "2024-03-14"  # the dateline's year anchors "Thursday"
    assert rows[1]["events"][0]["city"] == "Accra"
    assert [s["iso3"] for s in rows[2]["states"]] == ["RUS"]
    assert "3 articles" in r.stderr and "events" in r.stderr and "states" in r.stderr
    for row in rows:
        for event in row["events"]:
            e = event["evidence"]
            text = row["article"]["text"]
            assert text[e["start"]:e["end"]] == e["text"]


def test_extract_to_stdout_and_bad_input(runner, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"article": {"id": "x"}}\n', encoding="utf-8")
    r = invoke(runner, "extract", bad)
    assert r.exit_code == 2 and "article.text: missing" in r.stderr
    bad.write_text("not json\n", encoding="utf-8")
    r = invoke(runner, "extract", bad)
    assert r.exit_code == 2 and "bad.jsonl:1: not valid JSON" in r.stderr


def test_build_extracts_articles_and_mixes_them_with_facts(runner, tmp_path):
    out = tmp_path / "g.ttl"
    r = invoke(runner, "build", EXAMPLES / "articles", EXAMPLES / "facts", "-o", out)
    assert r.exit_code == 0, r.stderr
    assert "10 articles (6 extracted)" in r.stderr
    r = invoke(runner, "query", out, "evidence", "-p", "article_id=kenya-ghana-call", "--format", "csv")
    assert "spoke by telephone" in r.stdout


def test_build_merges_the_same_event_reported_by_two_articles(runner, tmp_path):
    out = tmp_path / "g.ttl"
    invoke(runner, "build", EXAMPLES / "articles", "-o", out)
    r = invoke(runner, "query", out, "events-by-sources", "--format", "csv")
    rows = r.stdout.strip().splitlines()[1:]
    assert len(rows) >= 2 and all(row.endswith(",2") for row in rows)


def test_eval_scores_predictions_and_lists_misses(runner, tmp_path):
    gold = write_json(tmp_path / "gold.json", {
        "article": {"id": "g1", "published": "2024-03-14",
                    "text": "Peru and Chile held talks in Lima on Thursday."},
        "states": [{"iso3": "PER"}, {"iso3": "CHL"}, {"iso3": "ECU"}],
        "events": [{"id": "e1", "type": "talks", "date": "2024-03-14", "city": "Lima", "participants": ["PER", "CHL"]}]})
    r = invoke(runner, "eval", gold, "--verbose")
    assert r.exit_code == 0
    assert "missed states    g1: ECU" in r.stdout
    assert "events      1.000  1.000  1.000" in r.stdout
    r = invoke(runner, "eval", gold, gold, "--json")
    assert json.loads(r.stdout)["headline_f1"] == 1.0


def test_eval_agrees_with_the_shared_scorer(runner, dev_corpus, tmp_path):
    import subprocess
    import sys
    from tests.conftest import SHARED
    pred = tmp_path / "pred.jsonl"
    invoke(runner, "extract", dev_corpus, "-o", pred)
    ours = json.loads(invoke(runner, "eval", dev_corpus, pred, "--json").stdout)
    theirs = json.loads(subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(dev_corpus), str(pred),
                                        "--json"], capture_output=True, text=True, check=True).stdout)
    assert abs(ours["headline_f1"] - theirs["headline_f1"]) < 1e-9
    for slot, figures in theirs["slots"].items():
        assert abs(ours["slots"][slot]["f1"] - figures["f1"]) < 1e-9


def test_an_article_not_in_english_gets_a_warning_and_no_facts(runner, tmp_path):
    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps({"article": {"id": "fr-1", "language": "fr", "published": "2024-03-14",
                                                "text": "Les ministres du Pérou et du Chili se sont réunis à Lima."}})
                        + "\n", encoding="utf-8")
    out = tmp_path / "facts.jsonl"
    r = invoke(runner, "extract", articles, "-o", out)
    assert r.exit_code == 0
    assert "kg: warning: article 'fr-1': its metadata gives the language 'fr'" in r.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["events"] == []
