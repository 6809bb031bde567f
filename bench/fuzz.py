"""Fuzz the facts reader, the mapping, the validator and the writers with hostile input.

Each case is a hostile facts object (``tests/hostile.py``) written as JSON Lines text and
sent through what ``kg build`` does: read, map to RDF, validate, write in every format,
and parse each output back with pyoxigraph (RDF/XML with rdflib). Allowed outcomes: a
graph whose outputs parse, or a KGError (the one-line error, exit 2). Anything else is
counted as a crash and its traceback's last line printed.

    python bench/fuzz.py --cases 10000 [--articles 1000] [--seed 1] [--validate-every 10] [--jena-every 20]

With ``--jena-every N`` (and ../shared/tools/jena with Java), the Turtle, N-Quads and
RDF/XML outputs of one accepted case in N are kept and parsed by Apache Jena's riot, an
independent parser; the files it rejects are counted and named.

With ``--articles``, as many hostile article texts (up to 100 KB each) go through the
extractor: none may crash, every quote must be the text at its offsets, and the slowest
is printed.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


import pyoxigraph as ox  # noqa: E402
import rdflib  # noqa: E402

from kg.extraction import extract_article  # noqa: E402
from kg.facts import Article  # noqa: E402
from tests.hostile import ODD_STRINGS, hostile_facts  # noqa: E402
from kg.errors import KGError  # noqa: E402
from kg.facts import load_json, parse_facts  # noqa: E402
from kg.graph import build_graph, write_graph  # noqa: E402
from kg.validate import validate  # noqa: E402

PARSE_BACK = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".nq": ox.RdfFormat.N_QUADS,
              ".trig": ox.RdfFormat.TRIG, ".jsonld": ox.RdfFormat.JSON_LD}


def as_jsonl(data: object) -> str:
    """The JSON text of a case; a structure nested too deep for json.dumps is written by hand."""
    try:
        return json.dumps(data)
    except (RecursionError, ValueError):
        return '{"article": {"id": "deep"}, "states": ' + "[" * 5000 + "]" * 5000 + "}"


JENA = Path(__file__).resolve().parent.parent.parent / "shared" / "tools" / "jena"
JENA_FORMATS = (".ttl", ".nq", ".rdf")


def run_case(text: str, folder: Path, check_validity: bool, keep: Path | None = None) -> str:
    """'graph', 'refused' (a KGError) or raises; an accepted case's outputs copied to
    ``keep`` (a file name prefix) for Jena."""
    try:
        facts = parse_facts(load_json(text, "case.jsonl:1", "write one JSON object per line"), "case.jsonl:1")
        graph = build_graph([facts])
        if check_validity:
            validate(graph)
        for suffix in (*PARSE_BACK, ".rdf"):
            out = folder / f"g{suffix}"
            write_graph(graph, out)
            if suffix == ".rdf":
                rdflib.Graph().parse(out, format="xml")
            else:
                list(ox.parse(path=str(out), format=PARSE_BACK[suffix]))
            if keep is not None and suffix in JENA_FORMATS:
                shutil.copyfile(out, f"{keep}{suffix}")
        return "graph"
    except KGError:
        return "refused"


def jena_rejects(files: list[Path]) -> list[str]:
    """The files Jena's riot does not parse: all at once (one JVM), then one by one to
    name the bad ones if any."""
    if not files:
        return []
    run = lambda paths: subprocess.run(["bash", str(JENA), "riot", "--validate", *map(str, paths)],  # noqa: E731
                                       capture_output=True, text=True)
    if run(files).returncode == 0:
        return []
    return [f"{f.name}: {run([f]).stderr.strip().splitlines()[-1][:160]}" for f in files if run([f]).returncode != 0]


def hostile_text(rng: random.Random) -> str:
    """An article text of up to ~100 KB made of odd strings and pieces of news, glued
    without punctuation or repeated: what a careless pipeline feeds the extractor."""
    pieces = ODD_STRINGS + ["Peru and Chile met in Lima on Thursday.", "signed the Treaty of Quito", " in Paris",
                            "President ", "Foreign Minister ", "Mr.", "\n\n", "LIMA (Reuters) -", "on 3 May 2016",
                            "the Andean Community", ", ", " and ", "summit", "agreement on trade"]
    size = rng.choice([200, 5_000, 50_000, 100_000])
    out: list[str] = []
    while sum(map(len, out)) < size:
        out.append(rng.choice(pieces) * rng.choice([1, 1, 1, 20]))
    return "".join(out)[:size]


def run_articles(n: int, rng: random.Random) -> int:
    """Extract ``n`` hostile texts; the number of crashes, and the slowest time printed."""
    crashes, slowest = 0, 0.0
    for i in range(n):
        text = hostile_text(rng)
        start = time.perf_counter()
        try:
            facts = extract_article(Article(f"fuzz-{i}", published=rng.choice([None, "2024-03-14"]), language="en",
                                            text=text))  # read by the rules, however odd
            for fact in (*facts.events, *facts.documents):
                assert fact.evidence is None or text[fact.evidence.start:fact.evidence.end] == fact.evidence.text
        except Exception:  # noqa: BLE001
            crashes += 1
            print("  " + traceback.format_exc().strip().splitlines()[-1][:160])
        slowest = max(slowest, time.perf_counter() - start)
    print(f"{n} hostile article texts (200 B to 100 KB): {crashes} crashes; slowest {slowest:.2f} s")
    return crashes


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cases", type=int, default=10_000)
    ap.add_argument("--articles", type=int, default=0, help="also extract this many hostile article texts")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--validate-every", type=int, default=10, help="validate one case in N (validation is the slow part)")
    ap.add_argument("--jena-every", type=int, default=0,
                    help="parse the outputs of one accepted case in N with Apache Jena (0: none)")
    args = ap.parse_args()
    use_jena = args.jena_every > 0 and JENA.exists() and shutil.which("java") is not None
    if args.jena_every and not use_jena:
        print("Apache Jena (../shared/tools/jena) or Java is absent: no Jena check")
    rng = random.Random(args.seed)
    outcomes: Counter = Counter()
    crashes: Counter = Counter()
    start = time.perf_counter()
    rejected: list[str] = []
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as kept:
        for i in range(args.cases):
            text = as_jsonl(hostile_facts(rng))
            keep = Path(kept) / f"case{i}" if use_jena and outcomes["graph"] % args.jena_every == 0 else None
            try:
                outcomes[run_case(text, Path(tmp), i % args.validate_every == 0, keep)] += 1
            except Exception:  # noqa: BLE001 - what the fuzzer is looking for
                outcomes["crash"] += 1
                crashes[traceback.format_exc().strip().splitlines()[-1][:160]] += 1
        jena_files = sorted(Path(kept).iterdir())
        rejected = jena_rejects(jena_files) if use_jena else []
    elapsed = time.perf_counter() - start
    print(f"{args.cases} hostile facts inputs in {elapsed:.1f} s: {outcomes['graph']} graphs written and parsed back, "
          f"{outcomes['refused']} refused with a one-line error, {outcomes['crash']} crashes")
    for line, n in crashes.most_common(20):
        print(f"  {n:5d}  {line}")
    if use_jena:
        print(f"Apache Jena parsed {len(jena_files) - len(rejected)} of {len(jena_files)} kept outputs "
              f"(Turtle, N-Quads, RDF/XML)")
        for line in rejected[:20]:
            print(f"  {line}")
    article_crashes = run_articles(args.articles, rng) if args.articles else 0
    sys.exit(1 if outcomes["crash"] or article_crashes or rejected else 0)


if __name__ == "__main__":
    main()
