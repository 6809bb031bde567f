"""`kg build` end to end beside pyoxigraph loading and writing the same quads, in one run.

Generates the facts of N articles once (``bench/generate.py``), then runs, in turns and
each as a process of its own:

* ``kg build facts.jsonl -o g.nq`` (validated), and with ``--no-validate``;
* with ``--before DIR``, the same two commands run from another checkout of the project
  (``git archive COMMIT | tar -x -C DIR``), for a before/after in one run;
* the raw baseline: a Python process that bulk-loads the build's N-Quads into a fresh
  in-memory Oxigraph store and dumps them to N-Quads, and the same into a fresh
  on-disk (RocksDB) store.

Each round reports wall-clock seconds, CPU seconds (all threads, and the processes
waited for) and peak memory (the kernel's peak RSS of the process and of the processes
it waited for, and the largest sum of the RSS of the process and its children seen
every 20 ms, whichever is larger); the summary gives the medians over the rounds, the
ratio of each run to the in-memory raw load of its own round (the machine's load
changes between rounds, less within one), and bytes of peak RSS per triple. Every output must hold the same quads as the raw dump (no blank
nodes, so that is isomorphism), or the script exits 1.

    python bench/bench_build.py --articles 10000 --rounds 3
    python bench/bench_build.py --articles 10000 --rounds 3 --before /tmp/kg-before
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil
import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from generate import generate_facts  # noqa: E402

from kg.facts import write_facts  # noqa: E402

RAW = """
import sys, pyoxigraph as ox
store = ox.Store(sys.argv[3]) if len(sys.argv) > 3 else ox.Store()
store.bulk_load(path=sys.argv[1], format=ox.RdfFormat.N_QUADS)
store.dump(sys.argv[2], ox.RdfFormat.N_QUADS)
"""


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[float, float, int]:
    """(seconds, CPU seconds, peak RSS in bytes) of one process run in ``cwd``: CPU
    seconds of all its threads and of the processes it waited for."""
    start = time.perf_counter()
    child = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    sampled = [0]
    done = threading.Event()

    def sample() -> None:
        # The sum over the process tree: worker processes hold memory at the same time.
        try:
            root = psutil.Process(child.pid)
            while not done.is_set():
                try:
                    rss = root.memory_info().rss + sum(c.memory_info().rss for c in root.children(recursive=True))
                except psutil.Error:
                    break
                sampled[0] = max(sampled[0], rss)
                done.wait(0.02)
        except psutil.Error:
            pass

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stderr = child.stderr.read() if child.stderr else b""
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed ({child.returncode}):\n{stderr.decode(errors='replace')}")
    return seconds, usage.ru_utime + usage.ru_stime, max(usage.ru_maxrss * 1024, sampled[0])


def quads(path: Path) -> set[ox.Quad]:
    found = set(ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS))
    if any(isinstance(t, ox.BlankNode) for q in found for t in (q.subject, q.object, q.graph_name)):
        sys.exit(f"{path}: blank nodes; comparing quads would not be comparing graphs")
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--invalid", type=int, default=0, help="articles given an event that ends before it starts")
    ap.add_argument("--before", type=Path, metavar="DIR", help="another checkout of the project to time beside")
    ap.add_argument("--no-disk", action="store_true", help="leave out the raw load into an on-disk store")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-build-"))
    try:
        facts = work / "facts.jsonl"
        write_facts(generate_facts(args.articles, args.seed, args.invalid), facts)
        print(f"{args.articles} articles: {facts.stat().st_size / 2**20:.1f} MB of facts")
        kg = [sys.executable, "-m", "kg", "build", str(facts)]
        # Every command runs in the work folder, so that `python -m` (which puts the
        # current folder first on the path) imports the checkout PYTHONPATH names.
        this_env = {**os.environ, "PYTHONPATH": str(ROOT)}
        before_env = None
        if args.before is not None:
            before_env = {**os.environ, "PYTHONPATH": str(args.before.resolve())}
        runs: dict[str, tuple[list[str], dict | None, Path]] = {
            "kg build": ([*kg, "-o", str(work / "build.nq")], this_env, work / "build.nq"),
            "kg build --no-validate": ([*kg, "--no-validate", "-o", str(work / "fast.nq")], this_env,
                                       work / "fast.nq"),
        }
        if before_env is not None:
            runs["before: kg build"] = ([*kg, "-o", str(work / "before.nq")], before_env, work / "before.nq")
            runs["before: --no-validate"] = ([*kg, "--no-validate", "-o", str(work / "before-fast.nq")], before_env,
                                             work / "before-fast.nq")
        for name, env in [("this checkout", this_env), *([("before", before_env)] if before_env else [])]:
            imported = subprocess.run([sys.executable, "-c", "import kg; print(kg.__file__)"], cwd=work, env=env,
                                      capture_output=True, text=True, check=True).stdout.strip()
            print(f"{name}: {Path(imported).parent.parent}")
        raw_memory = [sys.executable, "-c", RAW, str(work / "build.nq"), str(work / "raw.nq")]
        times: dict[str, list[float]] = {}
        cpus: dict[str, list[float]] = {}
        peaks: dict[str, list[int]] = {}
        ratios: dict[str, list[float]] = {}
        for r in range(1, args.rounds + 1):
            load = os.getloadavg()[0]
            round_times: dict[str, float] = {}
            for name, (command, env, _) in runs.items():
                seconds, cpu, peak = run(command, work, env)
                round_times[name] = seconds
                times.setdefault(name, []).append(seconds)
                cpus.setdefault(name, []).append(cpu)
                peaks.setdefault(name, []).append(peak)
            for name, command in [("raw: in-memory store", raw_memory),
                                  *([] if args.no_disk else [("raw: on-disk store",
                                                              [*raw_memory, str(work / f"raw-{r}.db")])])]:
                seconds, cpu, peak = run(command, work)
                round_times[name] = seconds
                times.setdefault(name, []).append(seconds)
                cpus.setdefault(name, []).append(cpu)
                peaks.setdefault(name, []).append(peak)
                shutil.rmtree(work / f"raw-{r}.db", ignore_errors=True)
            base = round_times["raw: in-memory store"]
            for name, seconds in round_times.items():
                ratios.setdefault(name, []).append(seconds / base)
            print(f"round {r} (load average {load:.1f} before): "
                  + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in round_times.items()), flush=True)

        expected = quads(work / "raw.nq")
        triples = len(expected)
        same = {name: quads(path) == expected for name, (_, _, path) in runs.items()}
        print(f"\n{triples:,} triples; medians of {args.rounds} rounds; ratio: to the in-memory raw load and dump "
              f"of the same round")
        print(f"{'run':28} {'seconds':>8} {'ratio':>6} {'CPU s':>7} {'peak MB':>8} {'B/triple':>9}")
        for name in times:
            peak = statistics.median(peaks[name])
            print(f"{name:28} {statistics.median(times[name]):8.1f} {statistics.median(ratios[name]):5.2f}x "
                  f"{statistics.median(cpus[name]):7.1f} {peak / 2**20:8.0f} {peak / triples:9.0f}")
        print("same quads as the raw dump: " + ", ".join(f"{name}: {ok}" for name, ok in same.items()))
        if not all(same.values()):
            sys.exit(1)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
