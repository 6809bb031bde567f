"""Fuzz the command line with hostile input: facts files through ``kg build``, article
texts through ``kg extract``, counting exit codes, tracebacks and what other tools make
of every output.

    python bench/fuzz.py --cases 10000 --articles 1000 [--seed 1] [--validate-every 10]
                         [--process-every 100] [--no-jena]

Each facts case is a hostile facts object (``tests/hostile.py``: fields replaced by odd
strings, numbers, deep nesting, lists multiplied) written as a JSON Lines file, some with
raw non-ASCII text, invalid UTF-8 or CRLF line ends, and built by ``kg``'s own entry point
in this process (the one the console script calls), one RDF format per case in turn
(Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML), validated one case in
``--validate-every``. One case in ``--process-every`` is also built by a separate
``python -m kg`` process, whose exit code must be the same. Allowed outcomes:

- exit 0 or 1 with the output written; every such output is parsed back by Apache Jena's
  riot (``../shared/tools/jena``, batches of files in one JVM), but JSON-LD, which that
  Jena cannot read (its JSON-LD readers miss a library: even a one-line document fails),
  by pyoxigraph, a parser independent of rdflib that writes it; without Jena or Java, all
  by pyoxigraph and rdflib;
- exit 2 with one line on stderr and no output file.

Anything else (exit 3 or another code, a traceback, a message of several lines, an
output left by a refused case, a file Jena rejects) is a failure, counted and shown.

Each article text (``tests/hostile.py``: adversarial texts of up to 100 KB with no
punctuation, repeated capitalised phrases, long lists, many dates and state names, or odd
pieces glued) is written as a ``.txt`` file or a JSON Lines article and extracted by
``kg extract``: exit 0 or 2 only; every quote the text at its offsets; the output read
back by the facts reader; the slowest extraction and the number over 2 s (of CPU time,
which other work on a shared machine does not inflate) are printed.

The script exits 1 if anything failed.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pyoxigraph as ox  # noqa: E402
import rdflib  # noqa: E402

from kg.cli import main as kg_main  # noqa: E402
from kg.errors import KGError  # noqa: E402
from kg.facts import load_json, parse_facts, read_facts  # noqa: E402
from kg.graph import build_graph, write_graph  # noqa: E402
from kg.validate import validate  # noqa: E402
from tests.hostile import hostile_facts, hostile_text  # noqa: E402

PARSE_BACK = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".nq": ox.RdfFormat.N_QUADS,
              ".trig": ox.RdfFormat.TRIG, ".jsonld": ox.RdfFormat.JSON_LD}
FORMATS = (*PARSE_BACK, ".rdf")
JENA = Path(__file__).resolve().parent.parent.parent / "shared" / "tools" / "jena"
JENA_BATCH = 200  # files per JVM: Java starts rarely; a failing batch is halved until the bad files are named
JENA_READS = (".ttl", ".nt", ".nq", ".trig", ".rdf")


def as_jsonl(data: object, ensure_ascii: bool = True) -> str:
    """The JSON text of a case; a structure nested too deep for json.dumps is written by hand."""
    try:
        return json.dumps(data, ensure_ascii=ensure_ascii)
    except (RecursionError, ValueError):
        return '{"article": {"id": "deep"}, "states": ' + "[" * 5000 + "]" * 5000 + "}"


def run_case(text: str, folder: Path, check_validity: bool) -> str:
    """One case through the library, as ``kg build`` calls it, written in every format and
    parsed back: 'graph', 'refused' (a KGError) or raises."""
    try:
        facts = parse_facts(load_json(text, "case.jsonl:1", "write one JSON object per line"), "case.jsonl:1")
        graph = build_graph([facts])
        if check_validity:
            validate(graph)
        for suffix in FORMATS:
            out = folder / f"g{suffix}"
            write_graph(graph, out)
            parse_back(out)
        return "graph"
    except KGError:
        return "refused"


def parse_back(path: Path) -> None:
    """Parse an output with pyoxigraph (RDF/XML with rdflib); raises on a bad file."""
    if path.suffix == ".rdf":
        rdflib.Graph().parse(path, format="xml")
    else:
        for _ in ox.parse(path=str(path), format=PARSE_BACK[path.suffix]):
            pass


def run_kg(args: list[str]) -> tuple[int, str]:
    """``kg ARGS`` through the console script's entry point, in this process: the exit
    code and what it wrote on stderr."""
    err = io.StringIO()
    code = 0
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            kg_main(args)
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
    return code, err.getvalue()


def run_kg_process(args: list[str]) -> tuple[int, str]:
    r = subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, timeout=600)
    return r.returncode, r.stderr


def verdict(code: int, stderr: str, output: Path) -> str | None:
    """What is wrong with one run of the CLI, or None: exit 0/1 with the output written,
    or exit 2 with one line and no output."""
    last = stderr.strip().splitlines()[-1][:160] if stderr.strip() else ""
    if "Traceback" in stderr:
        return f"traceback (exit {code}): {last}"
    if code not in (0, 1, 2):
        return f"exit {code}: {last}"
    if code == 2:
        if len(stderr.strip().splitlines()) != 1:
            return f"exit 2 with {len(stderr.strip().splitlines())} lines on stderr: {last}"
        if output.exists():
            return f"exit 2 but {output.suffix} output written: {last}"
    elif not output.exists():
        return f"exit {code} but no output: {last}"
    return None


class JenaParser:
    """Apache Jena's riot, an independent parser, over every accepted output: files are
    gathered and parsed a batch at a time (one JVM), then deleted; a failing batch is
    parsed file by file to name the bad ones."""

    def __init__(self) -> None:
        self.pending: list[Path] = []
        self.parsed = 0
        self.rejected: list[str] = []

    @staticmethod
    def available() -> bool:
        if not JENA.exists() or shutil.which("java") is None:
            return False
        return subprocess.run(["bash", str(JENA), "riot", "--version"], capture_output=True).returncode == 0

    def add(self, path: Path) -> None:
        self.pending.append(path)
        if len(self.pending) >= JENA_BATCH:
            self.flush()

    def flush(self) -> None:
        self._check(self.pending)
        self.parsed += len(self.pending)
        for path in self.pending:
            path.unlink()
        self.pending = []

    def _check(self, paths: list[Path]) -> None:
        if not paths:
            return
        r = self._riot(paths)
        if r.returncode == 0:
            return
        if len(paths) == 1:
            lines = r.stderr.strip().splitlines() or ["(no message)"]
            self.rejected.append(f"{paths[0].name}: {lines[-1][:160]}")
            return
        self._check(paths[: len(paths) // 2])
        self._check(paths[len(paths) // 2:])

    @staticmethod
    def _riot(paths: list[Path]) -> subprocess.CompletedProcess:
        return subprocess.run(["bash", str(JENA), "riot", "--validate", *map(str, paths)],
                              capture_output=True, text=True)


def write_case(data: object, path: Path, rng: random.Random) -> None:
    """A facts case as a JSON Lines file: escaped ASCII, raw UTF-8 (lone surrogates then
    become invalid UTF-8), CRLF line ends, or a stray invalid byte."""
    roll = rng.random()
    text = as_jsonl(data, ensure_ascii=roll < 0.5)
    if 0.9 <= roll < 0.95:
        text = text.replace("\n", "\r\n")  # hostile_facts puts raw newlines only inside strings
    raw = (text + "\n").encode("utf-8", "surrogatepass")
    if roll >= 0.97:
        raw = raw[: len(raw) // 2] + b"\xff" + raw[len(raw) // 2:]
    path.write_bytes(raw)


def fuzz_facts(n: int, rng: random.Random, folder: Path, validate_every: int, process_every: int,
               jena: JenaParser | None) -> int:
    """Build ``n`` hostile facts files; print the figures; return the number of failures."""
    codes: Counter = Counter()
    failures: Counter = Counter()
    processes = 0
    start = time.perf_counter()
    for i in range(n):
        case = folder / f"case{i}.jsonl"
        write_case(hostile_facts(rng), case, rng)
        output = folder / f"g{i}{FORMATS[i % len(FORMATS)]}"
        args = ["build", str(case), "-o", str(output)] + ([] if i % validate_every == 0 else ["--no-validate"])
        code, stderr = run_kg(args)
        codes[code] += 1
        problem = verdict(code, stderr, output)
        if problem is None and process_every and i % process_every == 0:
            processes += 1
            other = output.with_name(f"p{i}{output.suffix}")
            p_code, p_stderr = run_kg_process(["build", str(case), "-o", str(other)] + args[4:])
            problem = verdict(p_code, p_stderr, other)
            if problem is None and p_code != code:
                problem = f"exit {p_code} in a process, {code} in this one: {p_stderr.strip()[-160:]}"
            other.unlink(missing_ok=True)
        if problem is None and output.exists():
            if jena is not None and output.suffix in JENA_READS:
                jena.add(output)
            else:
                try:
                    parse_back(output)
                except Exception as err:  # noqa: BLE001 - a file no parser reads is a failure
                    problem = f"{output.suffix} output does not parse: {type(err).__name__}: {str(err)[:120]}"
        if problem is not None:
            failures[re.sub(r"case\d+|g\d+|p\d+", "N", problem)] += 1
        if output not in (jena.pending if jena is not None else ()):
            output.unlink(missing_ok=True)
        case.unlink()
    if jena is not None:
        jena.flush()
    elapsed = time.perf_counter() - start
    accepted = codes[0] + codes[1]
    print(f"{n} hostile facts files through `kg build` in {elapsed:.0f} s ({processes} also in a separate process): "
          f"exit codes {dict(sorted(codes.items()))}; {sum(failures.values())} failures "
          f"(tracebacks, other exit codes, bad messages or outputs)")
    if jena is not None:
        print(f"of the {accepted} accepted outputs (6 formats in turn), Apache Jena parsed "
              f"{jena.parsed - len(jena.rejected)} of {jena.parsed} (Turtle, N-Triples, N-Quads, TriG, RDF/XML), "
              f"pyoxigraph the {accepted - jena.parsed} JSON-LD files")
        for line in jena.rejected[:20]:
            print(f"  {line}")
    else:
        print(f"pyoxigraph and rdflib parsed the {accepted} accepted outputs (no Jena here)")
    for line, count in failures.most_common(20):
        print(f"  {count:5d}  {line}")
    return sum(failures.values()) + (len(jena.rejected) if jena is not None else 0)


def write_article(text: str, folder: Path, i: int, rng: random.Random) -> tuple[Path, str]:
    """An article file (``.txt``, or a JSON Lines article) and the text the reader will see."""
    if rng.random() < 0.5:
        path = folder / f"article{i}.txt"
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        try:
            return path, path.read_text(encoding="utf-8")  # as the reader reads it: CR LF and CR become LF
        except UnicodeDecodeError:
            return path, ""
    path = folder / f"article{i}.jsonl"
    path.write_text(json.dumps({"article": {"id": f"a{i}", "text": text}}) + "\n", encoding="utf-8")
    return path, text


def fuzz_articles(n: int, rng: random.Random, folder: Path) -> int:
    """Extract ``n`` hostile article texts; print the figures; return the number of failures."""
    codes: Counter = Counter()
    failures: Counter = Counter()
    slowest, slowest_wall, over, start = 0.0, 0.0, 0, time.perf_counter()
    for i in range(n):
        text = hostile_text(rng)
        if rng.random() < 0.9:
            text = re.sub("[\ud800-\udfff]", "", text)  # mostly text the reader accepts, so that it is extracted
        path, seen = write_article(text, folder, i, rng)
        output = folder / f"facts{i}.jsonl"
        began, began_cpu = time.perf_counter(), time.process_time()
        code, stderr = run_kg(["extract", str(path), "-o", str(output)])
        # CPU time: on a machine shared with other work, the wall clock counts theirs too
        took, took_wall = time.process_time() - began_cpu, time.perf_counter() - began
        codes[code] += 1
        problem = verdict(code, stderr, output)
        if problem is None and code == 1:
            problem = "exit 1 from kg extract"
        if problem is None and code == 0:
            slowest, slowest_wall, over = max(slowest, took), max(slowest_wall, took_wall), over + (took > 2.0)
            try:
                (facts,) = read_facts(output)
                for fact in (*facts.events, *facts.documents):
                    ev = fact.evidence
                    if ev is not None and seen[ev.start:ev.end] != ev.text:
                        problem = f"quote not the text at {ev.start}:{ev.end}"
            except KGError as err:
                problem = f"the reader refuses the extractor's output: {str(err)[:140]}"
        if problem is not None:
            failures[re.sub(r"article\d+|facts\d+|a\d+", "N", problem)] += 1
        path.unlink()
        output.unlink(missing_ok=True)
    print(f"{n} hostile article texts (200 B to 100 KB) through `kg extract` in {time.perf_counter() - start:.0f} s: "
          f"exit codes {dict(sorted(codes.items()))}; {sum(failures.values())} failures; "
          f"slowest {slowest:.2f} s of CPU ({slowest_wall:.2f} s by the clock), {over} over 2 s of CPU")
    for line, count in failures.most_common(20):
        print(f"  {count:5d}  {line}")
    return sum(failures.values()) + over


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--cases", type=int, default=10_000, help="hostile facts files to build")
    ap.add_argument("--articles", type=int, default=0, help="hostile article texts to extract")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--validate-every", type=int, default=10, help="validate one case in N (validation is the slow part)")
    ap.add_argument("--process-every", type=int, default=100,
                    help="also build one case in N in a separate `python -m kg` process (0: none)")
    ap.add_argument("--no-jena", action="store_true", help="parse outputs with pyoxigraph and rdflib, not Jena")
    args = ap.parse_args()
    jena = None if args.no_jena or not JenaParser.available() else JenaParser()
    if jena is None and not args.no_jena:
        print("Apache Jena (../shared/tools/jena) or Java is absent: outputs parsed by pyoxigraph and rdflib")
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        failed = fuzz_facts(args.cases, rng, Path(tmp), args.validate_every, args.process_every, jena)
        if args.articles:
            failed += fuzz_articles(args.articles, rng, Path(tmp))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
