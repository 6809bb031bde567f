"""Progress: the library tells its callbacks how each long stage goes, and the ``kg``
command draws bars from them on a terminal only, for stages that run long."""
from __future__ import annotations

import os
import pty
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from bench.generate import generate_facts
from kg import build_graph, read_graph, validate, write_facts, write_graph
from kg.cli import cli
from kg.importers import import_events
from tests.conftest import ROOT
from tests.test_import import CHL, PER, gdelt_row, write


class Told:
    """A progress callback that keeps what it is told, per stage."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, int, int]] = []

    def __call__(self, stage: str, done: int, total: int) -> None:
        self.calls.append((stage, done, total))

    def of(self, stage: str) -> list[tuple[int, int]]:
        return [(done, total) for s, done, total in self.calls if s == stage]


def _well_told(steps: list[tuple[int, int]]) -> bool:
    """From 0 to the total, never backwards, the total the same throughout."""
    done = [d for d, _ in steps]
    totals = {t for _, t in steps}
    return (len(totals) == 1 and done[0] == 0 and done[-1] == next(iter(totals))
            and all(a <= b for a, b in zip(done, done[1:])))


@pytest.fixture(scope="module")
def facts():
    return generate_facts(300)


def test_build_validate_write_and_read_tell_their_stages(facts, tmp_path):
    told = Told()
    graph = build_graph(facts, progress=told)
    assert told.of("resolving") == [(0, 2), (1, 2), (2, 2)]
    mapping = told.of("mapping")
    assert _well_told(mapping) and mapping[-1] == (300, 300) and len(mapping) > 50
    told = Told()
    result = validate(graph, progress=told)
    checks = told.of("validating")
    assert _well_told(checks) and len(checks) == checks[-1][1] + 1 > 20
    assert result.conforms is not None
    for suffix in ("ttl", "nq", "trig"):
        told = Told()
        n = write_graph(graph, tmp_path / f"g.{suffix}", progress=told)
        writing = told.of("writing")
        assert _well_told(writing) and n > 0, suffix
    told = Told()
    files = [tmp_path / "g.ttl", tmp_path / "g.nq"]
    read_graph(files, progress=told)
    reading = told.of("reading")
    assert _well_told(reading) and reading[-1][0] == sum(p.stat().st_size for p in files)


def test_pyshacl_validation_and_import_tell_theirs(tmp_path):
    rows = write(tmp_path / "day.tsv", gdelt_row("1", "20240314", "046", PER, CHL))
    told = Told()
    graph, summary = import_events([rows], "gdelt", progress=told)
    assert summary.imported == 1 and told.of("mapping")[-1] == (1, 1)
    told = Told()
    validate(graph, engine="pyshacl", progress=told)
    assert told.of("validating") == [(0, 1), (1, 1)]


def test_the_cli_prints_no_bar_off_a_terminal(runner, example_facts, tmp_path):
    r = runner.invoke(cli, ["build", str(example_facts), "-o", str(tmp_path / "g.ttl")], catch_exceptions=False)
    assert r.exit_code == 0 and len(r.stderr.splitlines()) == 1
    r = runner.invoke(cli, ["validate", str(tmp_path / "g.ttl")], catch_exceptions=False)
    assert r.exit_code == 0 and r.stderr == ""


def _run_with_stderr_on_a_terminal(args: list[str], cwd: Path) -> tuple[int, str]:
    """Run ``args`` with stderr on a pseudo-terminal, as in a shell; what it printed there."""
    master, slave = pty.openpty()
    chunks: list[bytes] = []

    def drain() -> None:  # read as it comes, so that a full terminal buffer never blocks the process
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:
                return
            if not data:
                return
            chunks.append(data)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    try:
        # bars from the first moment of a stage: a quiet machine maps a thousand articles in
        # less than the second a bar waits for
        done = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=slave, stdin=subprocess.DEVNULL, cwd=cwd,
                              timeout=300, env={**os.environ, "KG_PROGRESS_DELAY": "0.01"})
    finally:
        os.close(slave)
    reader.join(timeout=10)
    os.close(master)
    return done.returncode, b"".join(chunks).decode("utf-8", "replace")


def test_bars_on_a_terminal_for_a_long_build_and_none_through_a_pipe(tmp_path):
    # A thousand articles: mapping them takes a few seconds, long enough for a bar.
    write_facts(generate_facts(1000), tmp_path / "facts.jsonl")
    command = [sys.executable, "-m", "kg", "build", str(tmp_path / "facts.jsonl"), "-o", str(tmp_path / "g.ttl"),
               "--no-validate"]
    status, screen = _run_with_stderr_on_a_terminal(command, ROOT)
    assert status == 0, screen
    assert "mapping" in screen and "100%" in screen and "#" in screen
    assert "1000 articles" in screen
    piped = subprocess.run(command, capture_output=True, cwd=ROOT, timeout=300)
    assert piped.returncode == 0
    assert piped.stderr.decode("utf-8").count("\n") == 1 and b"mapping" not in piped.stderr
