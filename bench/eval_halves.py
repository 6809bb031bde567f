"""Score the extractor on the two halves of the dev corpus and of the Wikinews set.

Each set is split by a fixed hash of the article id (the first byte of its SHA-256,
even: half A, odd: half B). Rules are developed on half A; half B is only measured, and
its figures are reported beside the full set's (README, extraction section).

    python bench/eval_halves.py                  # all sets, both halves
    python bench/eval_halves.py --set wikinews --half A --verbose

Needs ``../shared`` beside the checkout; scoring is ``../shared/eval/score.py``.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from kg.extraction import extract  # noqa: E402
from kg.facts import facts_to_json, parse_facts  # noqa: E402

SETS = {
    "dev": (SHARED / "corpus" / "dev", None),
    "wikinews": (SHARED / "data" / "wikinews" / "wikinews-2019.jsonl", "events,documents"),
}


def half_of(article_id: str) -> str:
    """"A" or "B": the half an article belongs to, fixed by its id."""
    return "A" if hashlib.sha256(article_id.encode("utf-8")).digest()[0] % 2 == 0 else "B"


def gold_records(path: Path) -> list[dict]:
    """The gold records of a set, in a stable order."""
    if path.is_dir():
        return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(path.glob("*.json"))]
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


def score(records: list[dict], slots: str | None, verbose: bool) -> str:
    """The scorer's output for the extractor's facts on these gold records."""
    articles = [parse_facts({"article": r["article"]}).article for r in records]
    predicted = extract(articles)
    with tempfile.TemporaryDirectory() as tmp:
        gold, pred = Path(tmp) / "gold.jsonl", Path(tmp) / "pred.jsonl"
        gold.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        pred.write_text("".join(json.dumps(facts_to_json(f)) + "\n" for f in predicted), encoding="utf-8")
        args = [sys.executable, str(SHARED / "eval" / "score.py"), str(gold), str(pred)]
        args += ["--slots", slots] if slots else []
        args += ["--verbose"] if verbose else []
        return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", choices=sorted(SETS), action="append", help="the sets to score (default: all)")
    ap.add_argument("--half", choices=["A", "B", "all"], action="append", help="the halves (default: all, A, B)")
    ap.add_argument("--verbose", action="store_true", help="list every missed and extra fact")
    args = ap.parse_args()
    if not SHARED.is_dir():
        sys.exit(f"{SHARED}: not found; this script needs ../shared beside the checkout")
    for name in args.set or sorted(SETS):
        path, slots = SETS[name]
        records = gold_records(path)
        for half in args.half or ["all", "A", "B"]:
            chosen = [r for r in records if half == "all" or half_of(r["article"]["id"]) == half]
            print(f"== {name} {half} ({len(chosen)} articles)")
            out = score(chosen, slots, args.verbose)
            keep = out if args.verbose else "\n".join(
                line for line in out.splitlines()
                if line.split(" ")[0] in ("slot", "states", "bodies", "persons", "events", "documents",
                                          "event_type_ok", "false_alarm_articles", "headline_f1"))
            print(keep)


if __name__ == "__main__":
    main()
