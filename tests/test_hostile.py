"""Hostile input never crashes: any facts object gives a graph whose every output parses
back, or a one-line KGError; any article text gives facts the reader accepts; and the
CLI answers hostile files with exit 0, 1 or 2, never a traceback.

The cases are seeded mutations of a valid facts object (``tests/hostile.py``);
``bench/fuzz.py`` runs ten thousand of them.
"""
from __future__ import annotations

import json
import random
import subprocess
import sys
import time

import pytest

from bench.fuzz import as_jsonl, run_case
from kg.extraction import extract_article
from kg.facts import Article, parse_facts
from kg.graph import build_graph
from tests.hostile import BASE, ODD_STRINGS, hostile_facts

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


def test_one_article_listing_more_than_the_bound_is_refused_in_one_line(tmp_path):
    from kg.facts import MAX_ITEMS
    facts = tmp_path / "big.jsonl"
    bodies = [{"name": f"Body {k}", "acronym": None, "aliases": [], "part_of": None} for k in range(MAX_ITEMS + 1)]
    facts.write_text(json.dumps({"article": {"id": "big"}, "bodies": bodies}) + "\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "kg", "build", str(facts), "-o", str(tmp_path / "g.nt")],
                       capture_output=True, text=True)
    assert r.returncode == 2 and not (tmp_path / "g.nt").exists()
    (line,) = r.stderr.strip().splitlines()
    assert "bodies: the article's lists hold more than 10,000 items" in line


def _build_seconds(facts: list) -> float:
    start = time.perf_counter()
    build_graph(facts)
    return time.perf_counter() - start


def _bodies_all_participants(n: int) -> list:
    bodies = [{"name": f"Body {k} of States", "acronym": f"B{k}", "aliases": [], "part_of": None} for k in range(n)]
    refs = [b["acronym"] for b in bodies]
    return [parse_facts({"article": {"id": "many"}, "bodies": bodies,
                         "events": [{"id": "e1", "type": "meeting", "date": "2019-10-10", "participants": refs}],
                         "documents": [{"id": "d1", "type": "statement", "title": "a statement", "status": "adopted",
                                        "parties": refs}]})]


def _one_meeting_reported_by(n: int) -> list:
    item = {k: v for k, v in BASE.items() if k != "article"}
    return [parse_facts({**item, "article": {"id": f"copy-{i}"}}) for i in range(n)]


@pytest.mark.parametrize("make", [_bodies_all_participants, _one_meeting_reported_by],
                         ids=["bodies-all-participants", "one-meeting-reported-by-many"])
def test_building_takes_time_linear_in_bodies_and_in_articles_alike(make):
    """An event among thousands of bodies (each looked up by name), and a meeting and its
    statement reported alike by hundreds of articles (each compared with each), once
    took time growing with the square of their number."""
    small, large = make(400), make(1_600)
    _build_seconds(small)  # warm
    assert _build_seconds(large) <= 8 * _build_seconds(small) + 0.5


def test_a_facts_file_of_many_listed_items_builds_in_bounded_memory(tmp_path):
    from bench.bench_hostile import FACTS, peak_build, write_facts
    facts = tmp_path / "many.jsonl"
    write_facts(FACTS["many-participants"], facts, 1_500_000)
    code, peak_mb, _, _ = peak_build(facts, tmp_path / "g.nq")
    assert code == 0
    # 10 MB of such facts peak under 600 MB (bench/bench_hostile.py); 1.5 MB well under 1 GB.
    assert peak_mb < 400
