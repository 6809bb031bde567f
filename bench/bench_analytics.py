"""Time each NetworkX view and the analysis report on a generated graph of N events,
beside the time pyoxigraph takes to parse the same Turtle, in the same run.

    python bench/bench_analytics.py --events 10000
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate_facts  # noqa: E402

from kg import analyze, build_graph, query, read_graph, to_networkx, write_graph  # noqa: E402
from kg.analysis import VIEWS  # noqa: E402


def timed(fn, *args, repeat: int = 3, **kwargs):
    """The value and the best of ``repeat`` wall-clock times: the least disturbed run."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        value = fn(*args, **kwargs)
        best = min(best, time.perf_counter() - start)
    return value, best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=10_000, help="distinct events in the graph (default 10,000)")
    args = ap.parse_args()

    # Articles average ~2 events, a third of them already reported: grow until N distinct events.
    articles = max(1, int(args.events * 0.75))
    while True:
        graph = build_graph(generate_facts(articles))
        n_events = int(query(graph, "SELECT (COUNT(?e) AS ?n) WHERE { ?e a kg:Event }").values()[0][0])
        if n_events >= args.events:
            break
        articles = int(articles * args.events / n_events) + 1

    with tempfile.TemporaryDirectory() as tmp:
        ttl = Path(tmp) / "graph.ttl"
        triples = write_graph(graph, ttl)
        _, parse = timed(lambda: ox.Store().bulk_load(path=str(ttl), format=ox.RdfFormat.TURTLE))
        loaded, read = timed(read_graph, ttl)
    print(f"{articles} articles, {n_events} events, {triples} triples")
    print(f"{'step':24} {'seconds':>8} {'× parse':>8}")
    print(f"{'pyoxigraph parse (base)':24} {parse:8.2f} {1:8.1f}")
    print(f"{'kg.read_graph':24} {read:8.2f} {read / parse:8.1f}")
    for view in VIEWS:
        g, t = timed(to_networkx, loaded, view)
        print(f"{'view ' + view:24} {t:8.2f} {t / parse:8.1f}   ({g.number_of_nodes()} nodes, {g.number_of_edges()} edges)")
    _, t = timed(analyze, loaded)
    print(f"{'kg analyze':24} {t:8.2f} {t / parse:8.1f}")


if __name__ == "__main__":
    main()
