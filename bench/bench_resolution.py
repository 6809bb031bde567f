"""Event and document resolution's cost beside the mapping they run before, in the same run.

Generates news facts (``bench/generate.py``: a third of the events are reports of an
earlier article's event, half their documents one an earlier report named, titled
otherwise), then times resolving the events and the documents of all articles, and
mapping them to quads with and without the clusters found.

    python bench/bench_resolution.py --articles 100000
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate_facts  # noqa: E402

from kg.document_resolution import resolve_documents  # noqa: E402
from kg.mapping import event_key, iter_quads  # noqa: E402
from kg.resolution import resolve_events  # noqa: E402


def false_merges(facts: list, documents: dict) -> int:
    """Clusters that join two generated documents: titles numbered differently ("Lima
    declaration on trade no. 17", "... no. 18"); a shortened title has no number."""
    titles = {(f.article.id, d.id): d.title or "" for f in facts for d in f.documents}
    numbers = (({m.group(1) for k in members if (m := re.search(r"no\. (\d+)", titles[k]))})
               for members in {c.members for c in documents.values()})
    return sum(1 for found in numbers if len(found) > 1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    facts = generate_facts(args.articles, args.seed)
    events = sum(len(f.events) for f in facts)
    start = time.perf_counter()
    clusters = resolve_events(facts, event_key)
    events_resolved = time.perf_counter()
    documents = resolve_documents(facts, clusters)
    resolved = time.perf_counter()
    with_clusters = sum(1 for _ in iter_quads(facts, clusters, documents))
    mapped = time.perf_counter()
    without = sum(1 for _ in iter_quads(facts))
    plain = time.perf_counter()
    t_resolve, t_map, t_plain = resolved - start, mapped - resolved, plain - mapped
    n_documents = sum(len(f.documents) for f in facts)
    print(f"{args.articles} articles, {events} events: resolution joined {len(clusters)} events into "
          f"{len({c.key for c in clusters.values()})} meetings")
    print(f"{n_documents} documents: resolution joined {len(documents)} into "
          f"{len({c.key for c in documents.values()})} documents")
    print(f"documents joined with another of a different number (generated titles carry one): "
          f"{false_merges(facts, documents)} of {len({c.members for c in documents.values()})} clusters")
    print(f"resolve events {events_resolved - start:.2f} s, documents {resolved - events_resolved:.2f} s")
    print(f"resolve {t_resolve:.2f} s, map {t_map:.2f} s ({with_clusters} quads); map without resolution "
          f"{t_plain:.2f} s ({without} quads)")
    print(f"resolution costs {t_resolve / t_plain:.2f}x the mapping; build with it {(t_resolve + t_map) / t_plain:.2f}x")


if __name__ == "__main__":
    main()
