"""Every bundled query on a store of N generated articles, with and without its
parameters, beside a full scan of the store's triples in the same run.

Adds N generated articles into a new store once (``kg add --no-validate``; or reads the
store ``--store`` names), then times each bundled query, and each of its parameter
cases below, ``--runs`` times (fewer once one case has taken ``--budget`` seconds), and
prints p50 and p95 in milliseconds and p50 as a ratio of the baseline: the median time
of counting every triple of the store (``SELECT (COUNT(*) AS ?n) { ?s ?p ?o }``).

``--rev REV`` times the queries as they stand at a git revision (``git show
REV:kg/queries/NAME.rq``) instead of those of the checkout; ``--against REV`` also runs
those of REV on the same store, so that before and after are measured in one run, and
says whether both give the same rows in the same order, the same rows in another order
(rows that REV's ORDER BY left tied come in the engine's order), or other rows (exit 1).
``--sorts`` also times sorting 30,000 report IRIs by the IRIs and by copies of them.

    python bench/bench_queries.py --articles 10000
    python bench/bench_queries.py --articles 10000 --against HEAD~1
    python bench/bench_queries.py --articles 10000 --sorts --only state-pairs
    python bench/bench_queries.py --store big.store --rev HEAD~1 --runs 3
    python bench/bench_queries.py --store big.store --against HEAD~1 --params-only facts-of-article
"""
from __future__ import annotations

import argparse
import gc
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate_facts  # noqa: E402

from kg.facts import write_facts  # noqa: E402
from kg.query import QueryResult, list_queries, load_query, prepare_query, query  # noqa: E402
from kg.store import open_store  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

# The parameter cases of the queries that read parameters: one selective value each, and
# the ranges of meetings-of-state. Every query also runs without parameters.
CASES: dict[str, list[dict[str, str]]] = {
    "meetings-of-state": [{"state": "RUS"}, {"state": "RUS", "since": "2019-01-01"},
                          {"state": "RUS", "since": "2019-01-01", "until": "2020-12-31"},
                          {"since": "2024-06-01"}],
    "events-by-plover-category": [{"category": "CONSULT"}, {"category": "AGREE"}],
    "evidence": [{"article_id": "synthetic-000123"}],
    "facts-of-article": [{"article": "synthetic-000123"}],
}
BASELINE = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
# Sorting the same report IRIs by the IRIs and by copies computed in the query (the
# bundled queries sort on such copies: Oxigraph reads a stored IRI at each comparison).
SORTS = {
    "by the IRI": "SELECT (COUNT(*) AS ?n) WHERE { { SELECT ?r WHERE { { SELECT ?r WHERE { ?r kg:describes ?e } "
                  "LIMIT 30000 } } ORDER BY ?r } }",
    "by a copy": "SELECT (COUNT(*) AS ?n) WHERE { { SELECT ?r WHERE { { SELECT ?r WHERE { ?r kg:describes ?e } "
                 "LIMIT 30000 } BIND (CONCAT(\" \", STR(?r)) AS ?key) } ORDER BY ?key } }",
}


def _times(run: Callable[[], QueryResult], runs: int, budget: float) -> tuple[list[float], QueryResult]:
    """The seconds of up to ``runs`` runs (at least one, no more once ``budget`` is spent)."""
    times: list[float] = []
    result = None
    while len(times) < runs and (not times or sum(times) < budget):
        gc.collect()
        start = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - start)
    assert result is not None
    return sorted(times), result


def _p95(times: list[float]) -> float:
    return times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]


def _rows(result: QueryResult) -> list[tuple[str, ...]]:
    return [tuple("" if t is None else str(t) for t in row) for row in result.rows]


def _text_at(rev: str | None, name: str) -> str:
    """The text of a bundled query at a git revision (None: as it stands in the checkout)."""
    if rev is None:
        return load_query(name)
    done = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:kg/queries/{name}.rq"],
                          capture_output=True, text=True, check=True)
    return done.stdout


def _label(name: str, params: dict[str, str]) -> str:
    return name + "".join(f" {k}={v}" for k, v in params.items())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--store", type=Path, help="an existing store to query (no articles are generated)")
    ap.add_argument("--runs", type=int, default=5, help="runs of each query and parameter case")
    ap.add_argument("--budget", type=float, default=30.0, help="seconds after which a case is not run again")
    ap.add_argument("--rev", help="time the queries of this git revision rather than those of the checkout")
    ap.add_argument("--against", metavar="REV", help="also run the queries of this git revision, and compare rows")
    ap.add_argument("--only", nargs="*", default=None, help="the bundled queries to run (all by default)")
    ap.add_argument("--params-only", nargs="*", default=[], metavar="NAME",
                    help="queries to run with their parameter cases only (without, some list the whole graph)")
    ap.add_argument("--sorts", action="store_true", help="also time sorting 30,000 report IRIs, by IRI and by a copy")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-queries-"))
    try:
        store = args.store
        if store is None:
            write_facts(generate_facts(args.articles, args.seed), work / "facts.jsonl")
            store = work / "store"
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "kg", "add", "--no-validate", str(store), str(work / "facts.jsonl")],
                           check=True, capture_output=True)
            print(f"kg add of {args.articles} generated articles: {time.perf_counter() - start:.1f} s")
        graph = open_store(store)
        triples = len(graph.store._inner)  # type: ignore[attr-defined]
        base_times, _ = _times(lambda: query(graph, BASELINE), max(args.runs, 5), args.budget)
        base = statistics.median(base_times)
        print(f"{triples} triples; baseline (count every triple) p50 {1000 * base:.1f} ms")
        if args.sorts:
            sorts = {how: statistics.median(_times(lambda text=text: query(graph, text), args.runs, args.budget)[0])
                     for how, text in SORTS.items()}
            print("sorting 30,000 report IRIs: " + ", ".join(f"{how} {1000 * t:.0f} ms" for how, t in sorts.items()))
        header = f"{'query':60} {'p50 ms':>9} {'p95 ms':>9} {'x base':>7} {'rows':>8}"
        print(header + (f" {'before p50':>11} {'speed-up':>9}  same rows" if args.against else ""))
        differ = reordered = 0
        for name in args.only or list(list_queries()):
            for params in ([] if name in args.params_only else [{}]) + CASES.get(name, []):
                text = prepare_query(_text_at(args.rev, name), params)
                times, result = _times(lambda text=text: query(graph, text), args.runs, args.budget)
                p50 = statistics.median(times)
                line = (f"{_label(name, params):60} {1000 * p50:9.1f} {1000 * _p95(times):9.1f} {p50 / base:7.2f} "
                        f"{len(result):8}")
                if args.against:
                    old = prepare_query(_text_at(args.against, name), params)
                    old_times, old_result = _times(lambda old=old: query(graph, old), args.runs, args.budget)
                    old_p50 = statistics.median(old_times)
                    if _rows(old_result) == _rows(result):
                        verdict = "yes"
                    elif sorted(_rows(old_result)) == sorted(_rows(result)):
                        verdict = "same rows, other order"
                        reordered += 1
                    else:
                        verdict = "NO"
                        differ += 1
                    line += f" {1000 * old_p50:11.1f} {old_p50 / p50:8.1f}x  {verdict}"
                print(line, flush=True)
        if reordered:
            print(f"{reordered} case(s) gave the rows of {args.against} in another order (where its ORDER BY left "
                  "rows tied, their order was the engine's)")
        if differ:
            print(f"{differ} case(s) gave other rows than at {args.against}")
            sys.exit(1)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
