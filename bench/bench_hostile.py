"""Resources on adversarial input: peak memory of ``kg build`` on facts files just under
10 MB, and extraction time of article texts of 100 KB beside a plain tokenisation of
the same text in the same run.

    python bench/bench_hostile.py [--facts] [--articles] [--size-mb 9.9]

With neither flag, both. Facts files (each written to a temporary folder, then built,
validated and written as N-Quads by a separate ``python -m kg build`` process, whose
peak resident memory is read from the kernel's accounting of that child):

- ``long-article-id``: one article whose id is the whole file;
- ``long-text``: one article whose text is;
- ``long-names``: bodies, persons and cities whose names are 100 KB each;
- ``many-participants``: articles of an event among 3,000 bodies, all participants, and
  a document whose parties they all are (one article's lists hold at most 10,000 items:
  ``kg.facts.MAX_ITEMS``);
- ``many-events``: articles reporting 1,200 events each;
- ``many-articles``: thousands of small articles;
- ``deep-nesting``: every article carrying a field nested 900 deep (which the reader
  skips: the facts format ignores fields it does not define).

Article texts (``tests/hostile.py``): the adversarial texts (no punctuation, repeated
capitalised phrases, long lists, many dates, many state names...) at 100 KB. Times are
CPU seconds of this process (a busy machine's other work is not counted); the ratio is
extraction over tokenisation (``\\w+|[^\\w\\s]``), the measure ``tests/test_extract_time.py``
bounds. The script exits 1 if a facts file peaks at 1 GB or more, or a text takes more
than 2 s.
"""
from __future__ import annotations

import argparse
import gc
import json
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.hostile import ADVERSARIAL_TEXTS, BASE  # noqa: E402

MEMORY_LIMIT_MB = 1024
TIME_LIMIT_S = 2.0
STATES = ["RUS", "TKM", "FRA", "DEU", "PER", "CHL", "CHN", "IND", "BRA", "KAZ"]


def _article(i: int, **fields: object) -> dict:
    item = json.loads(json.dumps(BASE))
    item["article"]["id"] = f"bench-{i}"
    item.update(fields)
    return item


def _long_article_id(size: int) -> Iterator[dict]:
    item = _article(0)
    item["article"]["id"] = "x" * (size - 2_000)
    yield item


def _long_text(size: int) -> Iterator[dict]:
    text = BASE["article"]["text"] + " Peru and Chile met in Lima." * (size // 28 - 100)  # the evidence stays first
    yield _article(0, article={"id": "long-text", "text": text})


def _long_names(size: int) -> Iterator[dict]:
    name = "N" * 100_000
    for i in range(max(1, size // 500_000)):
        yield _article(i, bodies=[{"name": f"{name}{i}{k}", "acronym": None, "aliases": [], "part_of": None}
                                  for k in range(2)],
                       persons=[{"name": f"{name}{i}", "role": name, "state": "RUS"}],
                       events=[dict(BASE["events"][0], city=name, body=None, participants=["RUS", "TKM"])])


def _many_participants(size: int) -> Iterator[dict]:
    # Articles of 3,000 bodies each (about 9,000 listed items with the references: near
    # the bound of one article, kg.facts.MAX_ITEMS), every body a participant and a party.
    for i in range(max(1, size // 340_000)):
        bodies = [{"name": f"Body {i} {k:05d} of States", "acronym": f"B{i}.{k:05d}", "aliases": [], "part_of": None}
                  for k in range(3_000)]
        participants = STATES + [b["acronym"] for b in bodies]
        yield _article(i, bodies=bodies, states=[{"iso3": c, "name": None} for c in STATES],
                       events=[dict(BASE["events"][0], body=None, participants=participants)],
                       documents=[dict(BASE["documents"][0], parties=participants, proposed_by=participants[:50])])


def _many_events(size: int) -> Iterator[dict]:
    # Articles of 1,200 events each (about 8,000 listed items with their participants).
    for i in range(max(1, size // 330_000)):
        events = [dict(BASE["events"][0], id=f"e{k}", body=None, date=f"20{k % 20 + 10}-0{k % 9 + 1}-1{k % 9}",
                       city=f"City {i}", participants=STATES[: 2 + k % 8], evidence=None) for k in range(1_200)]
        yield _article(i, states=[{"iso3": c, "name": None} for c in STATES], events=events, documents=[])


def _many_articles(size: int) -> Iterator[dict]:
    for i in range(size // 1_450):
        yield _article(i)


def _deep_nesting(size: int) -> Iterator[dict]:
    for i in range(size // 3_300):
        nested: object = []
        for _ in range(900):
            nested = [nested]
        yield _article(i, notes=nested)


FACTS: dict[str, Callable[[int], Iterator[dict]]] = {
    "long-article-id": _long_article_id, "long-text": _long_text, "long-names": _long_names,
    "many-participants": _many_participants, "many-events": _many_events, "many-articles": _many_articles,
    "deep-nesting": _deep_nesting,
}

# A child that runs `kg ARGS` and reports the peak resident memory of that process
# (ru_maxrss of its own children: kilobytes on Linux).
_MEASURE = ("import resource, subprocess, sys; r = subprocess.run([sys.executable, '-m', 'kg', *sys.argv[1:]], "
            "stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True); "
            "print(r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, "
            "r.stderr.strip().splitlines()[-1] if r.stderr.strip() else '', sep='\\t')")


def write_facts(make: Callable[[int], Iterator[dict]], path: Path, size: int) -> int:
    """Write the lines ``make`` gives, stopping before ``size`` bytes; the bytes written."""
    written = 0
    with path.open("w", encoding="utf-8") as out:
        for item in make(size):
            line = json.dumps(item, ensure_ascii=False) + "\n"
            if written + len(line.encode("utf-8")) >= size:
                break
            out.write(line)
            written += len(line.encode("utf-8"))
    return written


def peak_build(facts: Path, output: Path) -> tuple[int, float, float, str]:
    """(exit code, peak memory in MB, seconds, closing line) of ``kg build FACTS -o OUTPUT``."""
    start = time.perf_counter()
    r = subprocess.run([sys.executable, "-c", _MEASURE, "build", str(facts), "-o", str(output)],
                       capture_output=True, text=True, check=True)
    code, kb, line = r.stdout.rstrip("\n").split("\t", 2)
    return int(code), int(kb) / 1024, time.perf_counter() - start, line


def bench_facts(size: int) -> bool:
    ok = True
    print(f"| facts file ({size / 1e6:.1f} MB at most) | size | exit | peak memory | time | result |")
    print("| --- | ---: | ---: | ---: | ---: | --- |")
    with tempfile.TemporaryDirectory() as tmp:
        for name, make in FACTS.items():
            facts = Path(tmp) / f"{name}.jsonl"
            written = write_facts(make, facts, size)
            code, peak, seconds, line = peak_build(facts, Path(tmp) / f"{name}.nq")
            ok &= code in (0, 1) and peak < MEMORY_LIMIT_MB
            what = re.sub(r" in /\S+", "", line)[:110]
            print(f"| {name} | {written / 1e6:.1f} MB | {code} | {peak:.0f} MB | {seconds:.1f} s | {what} |")
            facts.unlink()
    return ok


def tokens(text: str) -> list[str]:
    """A plain tokenisation: words and single punctuation marks."""
    return re.findall(r"\w+|[^\w\s]", text)


def cpu_seconds(fn: Callable[[], object], repeat: int = 1) -> float:
    """The least CPU time of ``repeat`` runs of ``fn``, with the garbage collector off as
    timeit has it: its passes scan the whole heap of the process, so that the same work
    took twice as long inside a large test run as alone."""
    best = float("inf")
    collecting = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        for _ in range(repeat):
            start = time.process_time()
            fn()
            best = min(best, time.process_time() - start)
    finally:
        if collecting:
            gc.enable()
    return best


def bench_articles(size: int = 100_000) -> bool:
    from kg.extraction import extract_article
    from kg.facts import Article

    extract_article(Article("warm", published="2024-03-14", text="Peru and Chile met in Lima."))
    ok = True
    print(f"| article text ({size // 1000} KB) | extraction (CPU) | tokenisation (CPU) | ratio |")
    print("| --- | ---: | ---: | ---: |")
    for name, make in ADVERSARIAL_TEXTS.items():
        text = make(size)[:size]
        tokenise = cpu_seconds(lambda text=text: tokens(text), repeat=5)
        extract = cpu_seconds(lambda text=text: extract_article(Article("t", published="2024-03-14", language="en",
                                                                        text=text)))
        ok &= extract <= TIME_LIMIT_S
        print(f"| {name} | {extract:.2f} s | {tokenise * 1000:.1f} ms | {extract / tokenise:.0f} |")
    return ok


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--facts", action="store_true", help="only the facts files' memory")
    ap.add_argument("--articles", action="store_true", help="only the article texts' time")
    ap.add_argument("--size-mb", type=float, default=9.9, help="size of each facts file, in MB (10^6 bytes)")
    args = ap.parse_args()
    both = not args.facts and not args.articles
    ok = True
    if args.facts or both:
        ok &= bench_facts(int(args.size_mb * 1e6))
    if args.articles or both:
        ok &= bench_articles()
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
