"""A store at scale: `kg add` of N generated articles beside pyoxigraph's raw bulk load
of the same triples, in the same run.

Reports the add's throughput and peak RSS (a `kg add` process of its own), a second,
small add into the full store, the raw bulk load of the store's triples from N-Quads
into a fresh Oxigraph store, bytes on disk per triple, and p50/p95 of every bundled query
on the store.

    python bench/bench_scale.py --articles 10000
    python bench/bench_scale.py --articles 10000 --no-queries   # the adds and the raw load only
"""
from __future__ import annotations

import argparse
import gc
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pyoxigraph as ox  # noqa: E402
from generate import generate_facts  # noqa: E402

from kg.facts import write_facts  # noqa: E402
from kg.query import list_queries, query  # noqa: E402
from kg.store import open_store  # noqa: E402


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _add(store: Path, facts: Path) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of one `kg add` process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kg", "add", "--no-validate", str(store), str(facts)], check=True)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KB, the largest child so far
    if peak <= before:
        print("  (peak RSS not above an earlier child's: the figure is an upper bound)")
    return seconds, peak / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--more", type=int, default=100, help="articles of the second, small add")
    ap.add_argument("--runs", type=int, default=5, help="runs of each bundled query")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--no-queries", action="store_true", help="time the adds and the raw load only")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    try:
        facts = generate_facts(args.articles + args.more, args.seed)
        write_facts(facts[:args.articles], work / "facts.jsonl")
        write_facts(facts[args.articles:], work / "more.jsonl")
        store = work / "store"
        seconds, peak = _add(store, work / "facts.jsonl")
        graph = open_store(store)
        triples = len(graph.store._inner)  # type: ignore[attr-defined]
        print(f"kg add: {args.articles} articles -> {triples} triples in {seconds:.1f} s "
              f"({args.articles / seconds:.0f} articles/s, {triples / seconds:.0f} triples/s), peak RSS {peak:.0f} MB")
        on_disk = _size(store)
        print(f"on disk: {on_disk / 2**20:.0f} MB, {on_disk / triples:.0f} B/triple "
              f"(the Oxigraph database alone {_size(store / 'oxigraph') / triples:.0f} B/triple)")

        rows = {}
        for name in [] if args.no_queries else list_queries():
            times = []
            for _ in range(args.runs):
                start = time.perf_counter()
                rows[name] = len(query(graph, name))
                times.append(time.perf_counter() - start)
            times.sort()
            p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
            print(f"  query {name:34} p50 {1000 * statistics.median(times):8.1f} ms  p95 {1000 * p95:8.1f} ms  "
                  f"({rows[name]} rows)")

        nquads = work / "raw.nq"
        graph.store._inner.dump(str(nquads), ox.RdfFormat.N_QUADS)  # type: ignore[attr-defined]
        del graph
        gc.collect()  # the Dataset's cycles hold the store, and RocksDB's lock with it, until collected
        start = time.perf_counter()
        raw = ox.Store(str(work / "raw"))
        raw.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
        raw.flush()
        raw_seconds = time.perf_counter() - start
        print(f"pyoxigraph bulk load of the same triples: {raw_seconds:.1f} s ({triples / raw_seconds:.0f} triples/s); "
              f"kg add takes {seconds / raw_seconds:.1f}x; raw store {_size(work / 'raw') / triples:.0f} B/triple")
        del raw

        seconds, _ = _add(store, work / "more.jsonl")
        print(f"kg add of {args.more} more articles into the full store: {seconds:.1f} s")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
