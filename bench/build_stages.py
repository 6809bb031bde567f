"""Where the time of `kg build` goes, stage by stage, in wall-clock and CPU seconds.

Runs the stages the command runs (reading and checking the facts, event and document
resolution, mapping and loading into the store, validation, writing N-Quads), each
timed, in a process of its own with this checkout's `kg`, and with ``--before DIR`` the
same with another checkout's, in turns; prints the medians over the rounds. CPU seconds
count every thread of the process and the child processes it waited for, so a stage
that runs on two cores shows more CPU than wall-clock time; on a machine shared with
other work, CPU seconds vary less than wall-clock ones.

    python bench/build_stages.py --articles 10000 --rounds 3 --before /tmp/kg-before
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from generate import generate_facts  # noqa: E402

from kg.facts import write_facts  # noqa: E402

STAGES = ("import", "read and check", "resolve", "map and load", "validate", "write")

# Run with the checkout under test first on the path: only the public API, which every
# checkout has.
TIMED = """
import json, os, sys, time
def cpu():
    t = os.times()  # this process's threads, and the child processes it waited for
    return t.user + t.system + t.children_user + t.children_system
marks = [(time.perf_counter(), cpu())]
def mark():
    marks.append((time.perf_counter(), cpu()))
import kg
mark()
facts, _ = kg.collect_facts([sys.argv[1]])
mark()
def told(stage, done, total):
    if stage == "mapping" and done == 0:
        mark()
graph = kg.build_graph(facts, progress=told)
mark()
kg.validate(graph)
mark()
kg.write_graph(graph, sys.argv[2])
mark()
print(json.dumps([[b[0] - a[0], b[1] - a[1]] for a, b in zip(marks, marks[1:])]))
"""


def timed(facts: Path, out: Path, source: Path) -> list[tuple[float, float]]:
    # Run in the folder of the output, so that `python -c` (which puts the current
    # folder first on the path) imports the checkout PYTHONPATH names.
    env = {**os.environ, "PYTHONPATH": str(source.resolve())}
    done = subprocess.run([sys.executable, "-c", TIMED, str(facts), str(out)], cwd=out.parent, env=env, check=True,
                          capture_output=True, text=True)
    return [tuple(x) for x in json.loads(done.stdout.strip().splitlines()[-1])]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--before", type=Path, metavar="DIR", help="another checkout of the project to time beside")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="build-stages-"))
    try:
        facts = work / "facts.jsonl"
        write_facts(generate_facts(args.articles, args.seed), facts)
        runs = {"this checkout": ROOT, **({"before": args.before} if args.before else {})}
        found: dict[str, list[list[tuple[float, float]]]] = {name: [] for name in runs}
        for r in range(args.rounds):
            for name, source in runs.items():
                found[name].append(timed(facts, work / "g.nq", source))
            print(f"round {r + 1} (load average {os.getloadavg()[0]:.1f})", flush=True)
        print(f"\n{args.articles} articles, medians of {args.rounds} rounds: wall-clock s / CPU s")
        print(f"{'stage':16}" + "".join(f"{name:>24}" for name in runs))
        for i, stage in enumerate([*STAGES, "total"]):
            cells = []
            for name in runs:
                rounds = found[name]
                wall = statistics.median(sum(x[0] for x in r) if stage == "total" else r[i][0] for r in rounds)
                cpu = statistics.median(sum(x[1] for x in r) if stage == "total" else r[i][1] for r in rounds)
                cells.append(f"{wall:12.1f} / {cpu:6.1f}")
            print(f"{stage:16}" + "".join(f"{c:>24}" for c in cells))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
