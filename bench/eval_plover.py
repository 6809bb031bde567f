"""The extractor on the PLOVER gold-standard sentences (../shared/data/plover/).

Two figures: recall of the coded country actors (source and target codes), and how well
"an event or a document was extracted" separates the cooperation categories (AGREE,
CONSULT, SUPPORT, COOPERATE) from the others (THREATEN, ASSAULT, PROTEST, ...).

    python bench/eval_plover.py [--verbose]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.extraction import extract_article  # noqa: E402
from kg.facts import Article, is_iso3  # noqa: E402

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "plover" / "plover_gsr_records.jsonl"
# The records still use a few pre-ISO codes.
OLD_CODES = {"JAP": "JPN"}


def coded_actors(record: dict) -> set[str]:
    codes = set()
    for side in ("source", "target"):
        actors = record.get(side) or []
        for actor in actors if isinstance(actors, list) else [actors]:
            raw = actor.get("code", "") if isinstance(actor, dict) else str(actor)
            code = OLD_CODES.get(raw, raw)
            if is_iso3(code):
                codes.add(code)
    return codes


def evaluate(path: Path = DATA, verbose: bool = False) -> dict:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    found = coded = 0
    tp = fp = fn = tn = 0
    for r in records:
        facts = extract_article(Article(r["id"], published=r.get("date"), text=r["text"]))
        gold = coded_actors(r)
        predicted = {s.iso3 for s in facts.states}
        found += len(gold & predicted)
        coded += len(gold)
        cooperative = bool(facts.events or facts.documents)
        if r["cooperation"]:
            tp, fn = tp + cooperative, fn + (not cooperative)
        else:
            fp, tn = fp + cooperative, tn + (not cooperative)
        if verbose and (gold - predicted or cooperative != r["cooperation"]):
            print(f"{r['id']}: missed {sorted(gold - predicted)}; cooperation {r['cooperation']}, "
                  f"predicted {cooperative}: {r['text'][:120]}")
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {
        "records": len(records), "actor_recall": found / coded if coded else 1.0,
        "cooperation": {"tp": tp, "fp": fp, "fn": fn, "tn": tn, "precision": precision, "recall": recall,
                        "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
                        "accuracy": (tp + tn) / len(records)},
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--verbose", action="store_true", help="show each miss")
    args = ap.parse_args()
    if not DATA.exists():
        sys.exit(f"{DATA} not found: the PLOVER records live in ../shared/data/plover/")
    print(json.dumps(evaluate(DATA, args.verbose), indent=2))


if __name__ == "__main__":
    main()
