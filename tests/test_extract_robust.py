"""The extractor reads any text without failing: the dev articles with their white space
broken into runs of spaces, tabs and line ends, and cut into pieces that end anywhere.

Real copy is pasted from PDFs and web pages, with doubled spaces and words split over
lines; a name the lexicons hold across such a run once raised a KeyError, and a title
that closed a sentence ("the limits of the Treaty.") another.
"""
from __future__ import annotations

import json
import random
import warnings

import pytest

from kg.cli import cli
from kg.errors import ExtractionFaultWarning
from kg.extraction import extract, extract_article
from kg.facts import Article

# A fault of the rules is told as a warning; in the tests of reading, it fails the test.
FAULT_FAILS = pytest.mark.filterwarnings("error::kg.errors.ExtractionFaultWarning")


def _articles(dev_corpus) -> list[str]:
    return [json.loads(p.read_text(encoding="utf-8"))["article"]["text"] for p in sorted(dev_corpus.glob("*.json"))]


@FAULT_FAILS
def test_runs_of_white_space_break_no_extraction(dev_corpus):
    rnd = random.Random(1)
    for text in _articles(dev_corpus):
        broken = "".join(rnd.choice(["  ", "\t", " \n ", "   "]) if c == " " and rnd.random() < 0.3 else c for c in text)
        extract_article(Article("t", published="2020-01-01", text=broken))


@FAULT_FAILS
def test_pieces_that_end_anywhere_break_no_extraction(dev_corpus):
    rnd = random.Random(2)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a piece too short to read as English is told so
        for text in _articles(dev_corpus):
            words = text.split(" ")
            for _ in range(8):
                start = rnd.randrange(len(words))
                piece = " ".join(words[start:start + rnd.randrange(3, 60)])
                extract_article(Article("t", published=rnd.choice(["2023-06-15", None]),
                                        text=piece + rnd.choice([".", "", ",", " the Treaty.", " on Monday."])))


def _fails_on_the_word_boom(find_candidates):
    def find(article):
        if "boom" in (article.text or ""):
            raise KeyError("boom")
        return find_candidates(article)
    return find


def test_an_article_the_rules_fail_on_gets_no_facts_and_the_others_are_read(monkeypatch):
    import kg.extraction.pipeline as pipeline
    monkeypatch.setattr(pipeline, "find_candidates", _fails_on_the_word_boom(pipeline.find_candidates))
    articles = [Article("a", published="2024-03-14", text="President Putin met President Xi in Moscow on Monday."),
                Article("b", published="2024-03-14", text="A boom was heard.")]
    with pytest.warns(ExtractionFaultWarning, match=r"article 'b': the rules failed on it \(KeyError: 'boom'\)"):
        facts = extract(articles)
    assert [(f.article.id, len(f.events)) for f in facts] == [("a", 1), ("b", 0)]


def test_the_cli_tells_the_fault_in_one_line_and_writes_every_article(monkeypatch, runner, tmp_path):
    import kg.extraction.pipeline as pipeline
    monkeypatch.setattr(pipeline, "find_candidates", _fails_on_the_word_boom(pipeline.find_candidates))
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("President Putin met President Xi in Moscow on Monday.", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("A boom was heard.", encoding="utf-8")
    out = tmp_path / "facts.jsonl"
    result = runner.invoke(cli, ["extract", str(tmp_path / "in"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert [line for line in result.stderr.splitlines() if "warning" in line] == [
        "kg: warning: article 'b': the rules failed on it (KeyError: 'boom'), so it gets no facts; please report "
        "the article"]
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2
