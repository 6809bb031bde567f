"""Crash safety: a `kg add` killed at any moment leaves the store as it was before
that add or as it is after it, never between."""
from __future__ import annotations

import random
import shutil
import subprocess
import sys
import time
from dataclasses import replace

import kg
from kg.store import add_to_store

from tests.test_store import FACTS, built, generate_facts, stored


def _add(store, facts_file) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kg", "add", "--no-validate", str(store), str(facts_file)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def test_a_killed_add_leaves_the_store_before_or_after(tmp_path):
    base = FACTS
    # The add brings many articles, and other accounts of earlier ones: it inserts,
    # removes, and maps earlier articles again.
    rewritten = [replace(f, article=replace(f.article, title="another account")) for f in base[:6]]
    more = generate_facts(150, seed=11)
    incoming = rewritten + [replace(f, article=replace(f.article, id=f"more-{f.article.id}")) for f in more]
    kg.write_facts(incoming, tmp_path / "incoming.jsonl")
    add_to_store(tmp_path / "base", base)
    before = built(base)
    after = built(rewritten + base[6:] + incoming[6:])

    timed = tmp_path / "timed"
    shutil.copytree(tmp_path / "base", timed)
    start = time.monotonic()
    assert _add(timed, tmp_path / "incoming.jsonl").wait(timeout=300) == 0
    duration = time.monotonic() - start
    assert stored(timed) == after

    rng = random.Random(5)
    seen = set()
    for trial in range(5):
        store = tmp_path / f"trial{trial}"
        shutil.copytree(tmp_path / "base", store)
        process = _add(store, tmp_path / "incoming.jsonl")
        time.sleep(rng.uniform(0.2, duration))
        process.kill()
        process.wait(timeout=60)
        state = stored(store)
        assert state in (before, after), f"killed after {trial}: the store is between before and after"
        seen.add("before" if state == before else "after")
        # and the next add brings it to the end
        assert _add(store, tmp_path / "incoming.jsonl").wait(timeout=300) == 0
        assert stored(store) == after
    assert seen  # at least one trial ran
