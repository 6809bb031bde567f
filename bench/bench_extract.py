"""Extraction speed: articles per second over a generated corpus, on one process and on
several (``--jobs``), in the same run; with ``--real``, also characters per second on a
set of real articles (JSON Lines of ``{"article": ...}``, such as the Wikinews set in
``../shared/data/wikinews/``), read three times on one process.

    python bench/bench_extract.py --articles 10000 --jobs 2
    python bench/bench_extract.py --articles 2000 --real ../shared/data/wikinews/wikinews-2019.jsonl
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.extraction import extract  # noqa: E402
from kg.facts import Article, parse_facts  # noqa: E402

STATES = [("Russia", "Russian"), ("China", "Chinese"), ("India", "Indian"), ("Brazil", "Brazilian"),
          ("France", "French"), ("Germany", "German"), ("Japan", "Japanese"), ("Kenya", "Kenyan"),
          ("Peru", "Peruvian"), ("Chile", "Chilean"), ("Turkey", "Turkish"), ("Egypt", "Egyptian"),
          ("Kazakhstan", "Kazakh"), ("Vietnam", "Vietnamese"), ("Australia", "Australian"), ("Mexico", "Mexican")]
CITIES = ["Geneva", "Vienna", "Astana", "Lima", "Nairobi", "Hanoi", "Cairo", "Brasilia", "Canberra", "Ankara"]
BODIES = ["the Shanghai Cooperation Organisation (SCO)", "the African Union", "the United Nations General Assembly",
          "the Organization for Security and Co-operation in Europe", "ASEAN", "the G20", "the Eurasian Economic Union"]
ROLES = ["President", "Foreign Minister", "Prime Minister", "Trade Minister"]
NAMES = ["Ana Torres", "Li Wei", "Ivan Petrov", "Amina Odhiambo", "Hiro Tanaka", "Carlos Mendes", "Aylin Kaya"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
DOCS = ["a memorandum of understanding on energy cooperation", "a joint statement on food security",
        "the Treaty on Good Neighbourliness", "a programme of cultural exchanges for 2025-2027",
        "an agreement on visa-free travel", "a declaration on climate finance"]


def article(rng: random.Random, i: int) -> Article:
    (a, a_dem), (b, b_dem) = rng.sample(STATES, 2)
    city, body, day = rng.choice(CITIES), rng.choice(BODIES), rng.choice(DAYS)
    paragraphs = [
        f"{city.upper()}, March {rng.randint(1, 28)} (Bench Wire) - {a_dem} {rng.choice(ROLES)} {rng.choice(NAMES)} "
        f"and {b_dem} {rng.choice(ROLES)} {rng.choice(NAMES)} held talks on {day} on the sidelines of a meeting of "
        f"{body}, officials said.",
        f"The two sides signed {rng.choice(DOCS)} and agreed to meet again in {rng.choice(CITIES)} next month.",
        f"{a} and {b} established diplomatic relations in {rng.randint(1950, 2000)}. Trade between them grew by "
        f"{rng.randint(2, 30)} percent last year, according to official figures.",
        f"Ministers also discussed {rng.choice(DOCS)}, which {b} did not sign, and the situation in the region.",
    ]
    return Article(f"bench-{i:06d}", published="2024-03-14", text="\n\n".join(paragraphs))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--real", type=Path, help="JSON Lines of real articles to time in characters per second")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    articles = [article(rng, i) for i in range(args.articles)]
    chars = sum(len(a.text or "") for a in articles) / len(articles)
    extract(articles[:5])  # load the gazetteer and compile the patterns outside the clock
    start = time.perf_counter()
    one = extract(articles, jobs=1)
    t1 = time.perf_counter() - start
    start = time.perf_counter()
    many = extract(articles, jobs=args.jobs)
    tn = time.perf_counter() - start
    assert one == many, "extraction differs between one and several processes"
    print(f"{args.articles} articles of {chars:.0f} characters on average; "
          f"{sum(len(f.events) for f in one)} events, {sum(len(f.documents) for f in one)} documents")
    print(f"1 process:  {t1:6.2f} s  {args.articles / t1:8.0f} articles/s")
    print(f"{args.jobs} processes: {tn:6.2f} s  {args.articles / tn:8.0f} articles/s  ({t1 / tn:.2f}x)")
    if args.real:
        real = [parse_facts({"article": json.loads(line)["article"]}, str(args.real)).article
                for line in args.real.read_text(encoding="utf-8").splitlines() if line.strip()]
        size = sum(len(a.text or "") for a in real)
        best = min(_timed(extract, real) for _ in range(3))
        print(f"{args.real.name}: {len(real)} articles, {size} characters; best of 3 on 1 process: {best:.2f} s, "
              f"{size / best:,.0f} characters/s, {len(real) / best:.0f} articles/s")


def _timed(fn, *args) -> float:
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
