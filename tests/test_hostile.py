"""Hostile input never crashes: any facts object gives a graph whose every output parses
back, or a one-line KGError; any article text gives facts the reader accepts; and the
CLI answers hostile files with exit 0, 1 or 2, never a traceback.

The cases are seeded mutations of a valid facts object (``tests/hostile.py``);
``bench/fuzz.py`` runs ten thousand of them.
"""
from __future__ import annotations

import random
import subprocess
import sys

import pytest

from bench.fuzz import as_jsonl, run_case
from kg.extraction import extract_article
from kg.facts import Article
from tests.hostile import ODD_STRINGS, hostile_facts

SEEDS = range(150)


@pytest.mark.parametrize("seed", SEEDS)
def test_hostile_facts_give_a_graph_that_parses_or_a_one_line_error(seed, tmp_path):
    text = as_jsonl(hostile_facts(random.Random(seed)))
    assert run_case(text, tmp_path, check_validity=seed % 5 == 0) in ("graph", "refused")


@pytest.mark.parametrize("seed", range(40))
def test_hostile_article_text_gives_facts_the_reader_accepts(seed):
    rng = random.Random(seed)
    pieces = ODD_STRINGS + ["Peru and Chile met in Lima on Thursday.", "The treaty was signed.", " in Paris",
                            "President ", "Minister ", "Mr.", "\n\n", "(Reuters) -", "on 3 May 2016"]
    text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 60)))
    facts = extract_article(Article(f"t{seed}", published=rng.choice([None, "2024-03-14", "2024"]), language="en",
                                    text=text))  # read by the rules, however little English it holds
    for fact in (*facts.events, *facts.documents):
        assert fact.evidence is None or text[fact.evidence.start:fact.evidence.end] == fact.evidence.text


def test_the_cli_answers_hostile_files_with_0_1_or_2(tmp_path):
    rng = random.Random(7)
    for i in range(12):
        path = tmp_path / f"case{i}.jsonl"
        path.write_text(as_jsonl(hostile_facts(rng)) + "\n", encoding="utf-8")
        r = subprocess.run([sys.executable, "-m", "kg", "build", str(path), "-o", str(tmp_path / f"g{i}.ttl")],
                           capture_output=True, text=True)
        assert r.returncode in (0, 1, 2), r.stderr
        assert "Traceback" not in r.stderr
    (tmp_path / "bytes.json").write_bytes(b'{"article": {"id": "\xff\xfe"}}')
    r = subprocess.run([sys.executable, "-m", "kg", "build", str(tmp_path / "bytes.json"), "-o",
                        str(tmp_path / "b.ttl")], capture_output=True, text=True)
    assert r.returncode == 2 and "not UTF-8" in r.stderr and len(r.stderr.strip().splitlines()) == 1
