"""Distributed extraction speed: articles per second of `kg extract --dask local` (a
cluster of one worker process a core, started and closed by the command) and of
`kg extract --dask ADDRESS` on a cluster already running, beside the one-process
`kg extract` of the same generated articles, in the same run; each command run as its
own process, start-up included, and the outputs checked to be the same bytes. With
``--rounds``, the three take turns that many times and the median of each is given, so
that other load on the machine weighs on all three alike.

    python bench/bench_dask.py --articles 10000 --rounds 3
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_extract import article  # noqa: E402


def kg(*args: object) -> tuple[float, str]:
    """Wall-clock seconds of one `kg` command run as a process, and its closing line."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"kg {' '.join(map(str, args))} failed: {done.stderr.strip()}")
    return seconds, done.stderr.strip().splitlines()[-1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                    help="worker processes of the cluster started beforehand (default: one a core, as --dask local)")
    args = ap.parse_args()
    import logging

    from distributed import LocalCluster

    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        articles = folder / "articles.jsonl"
        with articles.open("w", encoding="utf-8") as out:
            for i in range(args.articles):
                a = article(rng, i)
                out.write(json.dumps({"article": {"id": a.id, "published": a.published, "text": a.text}}) + "\n")
        print(f"{args.articles} articles ({articles.stat().st_size / 1e6:.1f} MB of JSONL), {os.cpu_count()} cores, "
              f"{args.rounds} round(s); load average before: {os.getloadavg()[0]:.2f}", flush=True)
        times: dict[str, list[float]] = {"one process": [], "--dask local": [], "--dask ADDRESS": []}
        with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                          dashboard_address=None, silence_logs=logging.CRITICAL) as cluster:
            runs = {"one process": ("-o", folder / "one.jsonl"),
                    "--dask local": ("--dask", "local", "-o", folder / "local"),
                    "--dask ADDRESS": ("--dask", cluster.scheduler_address, "-o", folder / "running")}
            for r in range(args.rounds):
                for name, options in runs.items():
                    seconds, line = kg("extract", articles, *options)
                    times[name].append(seconds)
                    print(f"  round {r + 1}, {name}: {seconds:.2f} s ({line})", flush=True)
        expected = (folder / "one.jsonl").read_bytes()
        for parts in (folder / "local", folder / "running"):
            assert b"".join(p.read_bytes() for p in sorted(parts.iterdir())) == expected, f"{parts.name} differs"
        base = statistics.median(times["one process"])
        for name, seconds in times.items():
            median = statistics.median(seconds)
            label = f"{name} ({args.workers} workers running)" if name == "--dask ADDRESS" else name
            print(f"{label:<34} {median:7.2f} s {args.articles / median:6.0f} articles/s  {base / median:.2f}x")
        print(f"the parts joined are the one-process output, byte for byte; load average after: "
              f"{os.getloadavg()[0]:.2f}")

if __name__ == "__main__":
    main()
