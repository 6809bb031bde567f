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

from kg.extraction import extract_article
from kg.facts import Article


def _articles(dev_corpus) -> list[str]:
    return [json.loads(p.read_text(encoding="utf-8"))["article"]["text"] for p in sorted(dev_corpus.glob("*.json"))]


def test_runs_of_white_space_break_no_extraction(dev_corpus):
    rnd = random.Random(1)
    for text in _articles(dev_corpus):
        broken = "".join(rnd.choice(["  ", "\t", " \n ", "   "]) if c == " " and rnd.random() < 0.3 else c for c in text)
        extract_article(Article("t", published="2020-01-01", text=broken))


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
