"""A store at scale: `kg add` of N generated articles beside pyoxigraph's raw bulk load
of the same triples, in the same run.

Reports the add's time and peak RSS (a `kg add` process of its own), bytes on disk per
triple, the validation of the whole store, a second, small add into the full store (its
time and peak RSS) and the validation of what it touched (`kg.store.validate_store`),
the raw bulk load of the store's triples into a fresh Oxigraph store, and p50/p95 of
every bundled query on the store.

With ``--baseline DIR`` (a checkout or `git archive` of another version of the project),
the adds and validations are measured first with that version's code, on a store of its
own, then with this one's, and set side by side as ratios: the same articles, the same
machine, one run. The version of DIR validated a store whole after each add, which is
what its small add's validation figure is.

    python bench/bench_scale.py --articles 10000
    python bench/bench_scale.py --articles 10000 --no-queries   # the adds, validations and raw load only
    python bench/bench_scale.py --articles 100000 --no-queries --baseline /tmp/kg-base
"""
from __future__ import annotations

import argparse
import gc
import os
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

# Run in a process of its own, with the version of the code under test: each prints its
# own seconds, so that starting Python and importing the package are not counted.
_VALIDATE_WHOLE = """
import sys, time
from kg.store import open_oxigraph
from kg.validate import validate
start = time.perf_counter()
result = validate(open_oxigraph(sys.argv[1]))
print(time.perf_counter() - start, result.conforms, len(result.issues))
"""
_VALIDATE_STORE = """
import sys, time
from kg.store import validate_store
start = time.perf_counter()
result = validate_store(sys.argv[1])
print(time.perf_counter() - start, result.conforms, len(result.issues))
"""


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _run(args: list[str], code: Path | None) -> tuple[float, float, str]:
    """(seconds, peak RSS in MB, standard output) of one process, run with the code of
    ``code`` (None: this checkout's)."""
    env = dict(os.environ)
    if code is not None:
        env["PYTHONPATH"] = str(code)
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, *args], env=env, stdout=subprocess.PIPE, text=True,
                               cwd=tempfile.gettempdir())  # so that `-m kg` finds the code asked for
    out = process.stdout.read() if process.stdout else ""
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{' '.join(args)} failed with status {status}")
    return seconds, usage.ru_maxrss / 1024, out


def _add(store: Path, facts: Path, code: Path | None) -> tuple[float, float, int]:
    """(seconds, peak RSS in MB, triples after) of one `kg add --no-validate`."""
    seconds, peak, _ = _run(["-m", "kg", "add", "--no-validate", str(store), str(facts)], code)
    return seconds, peak, _triples(store, code)


def _triples(store: Path, code: Path | None) -> int:
    _, _, out = _run(["-c", "import sys; from kg.store import open_oxigraph; print(len(open_oxigraph(sys.argv[1])))",
                      str(store)], code)
    return int(out.split()[-1])


def _validate(store: Path, code: Path | None, script: str) -> tuple[float, str]:
    """(seconds, verdict) of a validation run in a process of its own."""
    _, _, out = _run(["-c", script, str(store)], code)
    seconds, conforms, issues = out.split()[-3:]
    return float(seconds), "conforms" if conforms == "True" else f"{issues} issues"


def _measure(work: Path, name: str, code: Path | None, articles: int, more: int) -> dict:
    """The adds and validations with the code of ``code``, on a store of its own."""
    store = work / f"store-{name}"
    figures: dict = {}
    seconds, peak, triples = _add(store, work / "facts.jsonl", code)
    figures.update(add_s=seconds, add_rss=peak, triples=triples)
    print(f"[{name}] kg add: {articles} articles -> {triples} triples in {seconds:.1f} s "
          f"({articles / seconds:.0f} articles/s, {triples / seconds:.0f} triples/s), peak RSS {peak:.0f} MB")
    on_disk = _size(store)
    print(f"[{name}] on disk: {on_disk / 2**20:.0f} MB, {on_disk / triples:.0f} B/triple "
          f"(the Oxigraph database alone {_size(store / 'oxigraph') / triples:.0f} B/triple)")
    # The first validation of a store reads it whole (with the code that can focus, it
    # also keeps the verdict that the validation of the next add starts from).
    focused = _has_validate_store(code)
    seconds, verdict = _validate(store, code, _VALIDATE_STORE if focused else _VALIDATE_WHOLE)
    figures["whole_s"] = seconds
    print(f"[{name}] validation of the whole store: {seconds:.1f} s ({verdict})")
    seconds, peak, after = _add(store, work / "more.jsonl", code)
    figures.update(more_s=seconds, more_rss=peak)
    print(f"[{name}] kg add of {more} more articles into the full store: {seconds:.1f} s, peak RSS {peak:.0f} MB "
          f"({after - triples:+d} triples)")
    seconds, verdict = _validate(store, code, _VALIDATE_STORE if focused else _VALIDATE_WHOLE)
    figures["more_validate_s"] = seconds
    print(f"[{name}] validation of that add ({'what it touched' if focused else 'the whole store'}): "
          f"{seconds:.1f} s ({verdict})")
    figures["store"] = store
    return figures


def _has_validate_store(code: Path | None) -> bool:
    _, _, out = _run(["-c", "import kg.store; print(hasattr(kg.store, 'validate_store'))"], code)
    return out.strip().endswith("True")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--more", type=int, default=100, help="articles of the second, small add")
    ap.add_argument("--runs", type=int, default=5, help="runs of each bundled query")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--no-queries", action="store_true", help="time the adds, validations and raw load only")
    ap.add_argument("--baseline", type=Path, metavar="DIR",
                    help="another version of the project, measured first in the same run")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    try:
        facts = generate_facts(args.articles + args.more, args.seed)
        write_facts(facts[:args.articles], work / "facts.jsonl")
        write_facts(facts[args.articles:], work / "more.jsonl")
        del facts
        before = None
        if args.baseline is not None:
            before = _measure(work, "baseline", args.baseline.resolve(), args.articles, args.more)
            shutil.rmtree(before.pop("store"), ignore_errors=True)
        now = _measure(work, "this", None, args.articles, args.more)
        store = now.pop("store")
        if before is not None:
            print("this version against the baseline (ratio: this / baseline):")
            for key, label in (("add_s", "add time"), ("add_rss", "add peak RSS"), ("whole_s", "whole validation"),
                               ("more_s", "small add time"),
                               ("more_rss", "small add peak RSS"), ("more_validate_s", "small add validation")):
                print(f"  {label:24} {before[key]:10.1f} -> {now[key]:10.1f}  ({now[key] / before[key]:.2f}x)")

        graph = open_store(store)
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
        triples = len(graph.store._inner)  # type: ignore[attr-defined]
        del graph
        gc.collect()  # the Dataset's cycles hold the store, and RocksDB's lock with it, until collected
        start = time.perf_counter()
        raw = ox.Store(str(work / "raw"))
        raw.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
        raw.flush()
        raw_seconds = time.perf_counter() - start
        print(f"pyoxigraph bulk load of the same triples: {raw_seconds:.1f} s ({triples / raw_seconds:.0f} triples/s); "
              f"kg add takes {now['add_s'] / raw_seconds:.1f}x; raw store {_size(work / 'raw') / triples:.0f} B/triple")
        del raw
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
