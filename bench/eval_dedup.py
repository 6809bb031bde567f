"""Cross-article resolution of events and documents, measured on articles whose gold
facts name the real event or document of each fact (a "cluster" key), as
../shared/corpus/dedup has them: three outlets' reports of each of six meetings.

For each source of facts, the gold facts themselves (resolution alone) and the facts
`kg extract` finds in the articles' text (end to end), the graph is built without and
with resolution, and:

- events: ../shared/eval/dedup.py's figures (real events reported by two or more
  articles that end as exactly one node, split, nodes joining two real events);
- documents: the same figures for documents, each fact document tied to the gold
  document of its article with the same type (or "other") and the most title words in
  common (a third of them at least, as ../shared/eval/score.py matches titles), and to
  its node through its article's kg:DocumentReport.

    python bench/eval_dedup.py [GOLD_DIR] [--half developed|untouched]

The set's six meetings are numbered 01, 03, ..., 11 (the number in each file's name).
The rules were developed on the first, third and fifth of them (01, 05, 09: `--half
developed`); the others (03, 07, 11: `--half untouched`) were only measured. Each half is
built on its own articles alone.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg import build_graph  # noqa: E402
from kg.extraction import extract  # noqa: E402
from kg.facts import facts_to_json, parse_facts  # noqa: E402

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
DOCUMENT_REPORTS = """
SELECT ?id ?position ?document WHERE {
  ?r a kg:DocumentReport ; kg:reportedIn/kg:articleId ?id ; kg:position ?position ; kg:describes ?document .
}"""
_STOP = {"the", "of", "on", "in", "for", "to", "and", "a", "an", "between", "by", "with", "at"}


def words(title: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", (title or "").lower()) if w not in _STOP and len(w) > 1}


def title_likeness(a: str | None, b: str | None) -> float:
    wa, wb = words(a), words(b)
    return len(wa & wb) / len(wa | wb) if wa | wb else 0.0


def half_of(file_name: str) -> str:
    """The half of the set a gold file's meeting is in, by the meeting's number: the
    first, third and fifth meetings ("dedup-01a-...", 05, 09) were developed on."""
    numbers = sorted({int(p.name.split("-")[1][:2]) for p in (SHARED / "corpus" / "dedup").glob("dedup-*.json")})
    number = int(file_name.split("-")[1][:2])
    return "developed" if number in numbers[::2] else "untouched"


def document_figures(gold: dict[str, dict], facts: list, graph) -> dict:
    """Real documents named by two or more articles: how many end as one node."""
    node_of: dict[tuple[str, int], str] = {}
    for row in graph.query(DOCUMENT_REPORTS):
        node_of[(str(row.id), int(row.position))] = str(row.document)
    reported: dict[str, set[str]] = defaultdict(set)
    cluster_nodes: dict[str, set[str]] = defaultdict(set)
    node_clusters: dict[str, set[str]] = defaultdict(set)
    for f in facts:
        aid = f.article.id
        golds = gold[aid].get("documents") or []
        for g in golds:
            reported[g["cluster"]].add(aid)
        pairs = sorted(((title_likeness(d.title, g["title"]), i, j) for i, d in enumerate(f.documents)
                        for j, g in enumerate(golds)
                        if d.type == g["type"] or "other" in (d.type, g["type"])), reverse=True)
        used_fact, used_gold = set(), set()
        for likeness, i, j in pairs:
            if likeness < 0.3 or i in used_fact or j in used_gold or (aid, i) not in node_of:
                continue
            used_fact.add(i)
            used_gold.add(j)
            node = node_of[(aid, i)]
            cluster_nodes[golds[j]["cluster"]].add(node)
            node_clusters[node].add(golds[j]["cluster"])
    multi = [c for c, articles in reported.items() if len(articles) >= 2]
    right = [c for c in multi if len(cluster_nodes[c]) == 1
             and all(len(node_clusters[n]) == 1 for n in cluster_nodes[c])]
    return {"clusters_reported_twice_or_more": len(multi), "found": sum(1 for c in multi if cluster_nodes[c]),
            "merged_right": len(right), "split": sum(1 for c in multi if len(cluster_nodes[c]) > 1),
            "false_merge_nodes": sum(1 for cs in node_clusters.values() if len(cs) > 1),
            "document_nodes": len(set(node_of.values())),
            "split_examples": sorted(c for c in multi if len(cluster_nodes[c]) > 1)[:5]}


def event_figures(gold_dir: Path, facts: list, graph) -> dict:
    """../shared/eval/dedup.py's figures for this graph."""
    with tempfile.TemporaryDirectory() as tmp:
        facts_path, graph_path = Path(tmp) / "facts.jsonl", Path(tmp) / "graph.nq"
        facts_path.write_text("".join(json.dumps(facts_to_json(f)) + "\n" for f in facts), encoding="utf-8")
        graph.serialize(destination=str(graph_path), format="nquads")
        out = subprocess.run([sys.executable, str(SHARED / "eval" / "dedup.py"), str(gold_dir), str(facts_path),
                              str(graph_path)], capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold_dir", nargs="?", type=Path, default=SHARED / "corpus" / "dedup")
    ap.add_argument("--half", choices=("developed", "untouched"), help="only one half of the set's meetings")
    args = ap.parse_args()
    gold = {}
    for path in sorted(args.gold_dir.glob("*.json")):
        if args.half and half_of(path.name) != args.half:
            continue
        record = json.loads(path.read_text(encoding="utf-8"))
        gold[record["article"]["id"]] = record
    gold_facts = [parse_facts(record) for record in gold.values()]
    sources = {"gold facts": gold_facts, "extracted facts": extract([f.article for f in gold_facts])}
    for name, facts in sources.items():
        for resolve in (False, True):
            graph = build_graph(facts, resolve=resolve)
            print(f"== {name} ({len(facts)} articles), {'with' if resolve else 'without'} resolution")
            print("events    ", json.dumps(event_figures(args.gold_dir, facts, graph)))
            print("documents ", json.dumps(document_figures(gold, facts, graph)))


if __name__ == "__main__":
    main()
