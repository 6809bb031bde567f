"""How the kg command fails: one line on stderr and an exit status that says whose
fault it is (2 the input's or the system's, 3 a bug of ours), no traceback unless
asked for, and no input destroyed or temporary file left behind.

These run the real console entry point (``kg.cli.main``, which ``python -m kg`` calls)
in a child process, since the error boundary is what is tested.
"""
from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT

FACTS = ROOT / "examples" / "articles.facts.jsonl"


def kg(*args, cwd, env_extra=None):
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True, cwd=cwd,
                          env=env)


def test_an_output_that_is_an_input_is_refused_and_the_input_kept(tmp_path):
    facts = tmp_path / "facts.jsonl"
    facts.write_bytes(FACTS.read_bytes())
    r = kg("extract", facts, "-o", facts, cwd=tmp_path)
    assert r.returncode == 2
    assert r.stderr.strip().splitlines() == [f"kg: error: {facts}: the output is one of the inputs; "
                                             "write to another file"]
    assert facts.read_bytes() == FACTS.read_bytes()
    graph = tmp_path / "g.ttl"
    assert kg("build", facts, "-o", graph, cwd=tmp_path).returncode == 0
    before = graph.read_bytes()
    r = kg("facts", graph, "-o", graph, cwd=tmp_path)
    assert r.returncode == 2 and graph.read_bytes() == before


def test_a_missing_output_folder_is_one_line_and_exit_2(tmp_path):
    r = kg("extract", FACTS, "-o", tmp_path / "missing" / "x.jsonl", cwd=tmp_path)
    assert r.returncode == 2
    assert len(r.stderr.strip().splitlines()) == 1
    assert "missing" in r.stderr and "create it first" in r.stderr and "Traceback" not in r.stderr


def test_an_internal_error_exits_3_with_one_line_and_the_traceback_only_with_debug(tmp_path):
    # A bug of ours, forced: building a graph raises something no rule expected.
    crash = ("import sys, kg.cli\n"
             "def broken(*a, **k):\n    raise ZeroDivisionError('division by zero')\n"
             "kg.cli.build_graph = broken\n"
             "kg.cli.main(sys.argv[1:])\n")
    args = [sys.executable, "-c", crash, "build", str(FACTS), "-o", str(tmp_path / "g.ttl")]
    r = subprocess.run(args, capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode == 3
    (line,) = r.stderr.strip().splitlines()
    assert line.startswith("kg: internal error: ZeroDivisionError: division by zero")
    assert not (tmp_path / "g.ttl").exists()
    r = subprocess.run(args + ["--debug"], capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode == 3 and "Traceback" in r.stderr


def test_a_temporary_file_of_a_killed_write_is_removed_by_the_next(tmp_path):
    graph = tmp_path / "g.ttl"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True).stdout.strip()
    stale = tmp_path / f".g.ttl.{dead}.abc123.tmp"
    stale.write_text("half a graph")
    assert kg("build", FACTS, "-o", graph, cwd=tmp_path).returncode == 0
    assert not stale.exists() and graph.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["g.ttl"]


def test_rdf_xml_refuses_a_control_character_it_cannot_hold(tmp_path):
    facts = tmp_path / "c.jsonl"
    facts.write_text('{"article": {"id": "c1", "title": "a\\u001cb"}, "events": []}\n', encoding="utf-8")
    r = kg("build", facts, "-o", tmp_path / "g.rdf", cwd=tmp_path)
    assert r.returncode == 2 and "U+001C" in r.stderr and not (tmp_path / "g.rdf").exists()
    assert kg("build", facts, "-o", tmp_path / "g.nt", cwd=tmp_path).returncode == 0


def test_iris_stay_short_whatever_the_ids_and_participants(tmp_path):
    import json

    import pycountry
    codes = [c.alpha_3 for c in pycountry.countries][:200]
    facts = tmp_path / "big.json"
    facts.write_text(json.dumps({"article": {"id": "x" * 100_000},
                                 "events": [{"id": "e1", "type": "call", "participants": codes}]}), encoding="utf-8")
    out = tmp_path / "g.nt"
    assert kg("build", facts, "-o", out, cwd=tmp_path).returncode == 0
    iris = {w for line in out.read_text(encoding="utf-8").splitlines() for w in line.split() if w.startswith("<")}
    assert max(map(len, iris)) < 300
    assert out.stat().st_size < 2_000_000  # the id is written once, as the article's kg:articleId


def test_kill_9_during_a_build_leaves_the_old_output_and_the_next_run_no_temporary_file(tmp_path):
    import json
    import signal
    import time
    # Enough facts that writing takes a while, so that the kill lands while the
    # temporary file is being written: each build is killed as soon as that file appears.
    base = json.loads(FACTS.read_text(encoding="utf-8").splitlines()[0])
    lines = []
    for i in range(3000):
        item = json.loads(json.dumps(base))
        item["article"]["id"] = f"copy-{i}"
        lines.append(json.dumps(item))
    facts = tmp_path / "many.jsonl"
    facts.write_text("\n".join(lines) + "\n", encoding="utf-8")
    graph = tmp_path / "g.nt"
    graph.write_text("# the previous output\n", encoding="utf-8")
    killed_mid_write = 0
    for _ in range(3):
        child = subprocess.Popen([sys.executable, "-m", "kg", "build", str(facts), "-o", str(graph),
                                  "--no-validate"], stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 300
        while child.poll() is None and not list(tmp_path.glob(f".g.nt.{child.pid}.*.tmp")):
            assert time.monotonic() < deadline, "the build wrote no temporary file"
            time.sleep(0.005)
        child.send_signal(signal.SIGKILL)
        child.wait()
        killed_mid_write += bool(list(tmp_path.glob(f".g.nt.{child.pid}.*.tmp")))  # left behind by the kill
        text = graph.read_text(encoding="utf-8")
        assert text == "# the previous output\n" or text.rstrip().endswith(".")  # old or whole, never half
    assert killed_mid_write  # the kill did land while the temporary file was there
    small = tmp_path / "one.jsonl"
    small.write_text(lines[0] + "\n", encoding="utf-8")
    assert kg("build", small, "-o", graph, cwd=tmp_path).returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.nt", "many.jsonl", "one.jsonl"]


def test_a_failed_sparql_service_call_is_one_line_and_exit_2(tmp_path):
    graph = tmp_path / "g.ttl"
    assert kg("build", FACTS, "-o", graph, cwd=tmp_path).returncode == 0
    # Port 1 of this machine: nothing listens, so the federated call fails at once.
    r = kg("query", graph, "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }", cwd=tmp_path)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_a_json_syntax_error_names_the_file_line_and_column_once(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"article": {"id": "x"}, "states": []}\n{"article": \n', encoding="utf-8")
    r = kg("build", bad, "-o", tmp_path / "g.ttl", cwd=tmp_path)
    assert r.returncode == 2
    (line,) = r.stderr.strip().splitlines()
    assert f"{bad}:2: not valid JSON" in line and " at column " in line and "at at" not in line


def test_a_validation_that_fails_leaves_no_graph_though_it_was_written_beside(tmp_path):
    # `kg build` writes the graph while it validates it (kg/cli.py, _validate_and_write):
    # the file takes its place only once the verdict is in.
    crash = ("import sys, time, kg.cli\n"
             "def broken(*a, **k):\n    time.sleep(0.5)\n    raise ZeroDivisionError('division by zero')\n"
             "kg.cli.validate = broken\n"
             "kg.cli.main(sys.argv[1:])\n")
    for name in ("g.nq", "g.ttl", "-"):
        r = subprocess.run([sys.executable, "-c", crash, "build", str(FACTS), "-o", name], capture_output=True,
                           text=True, cwd=tmp_path)
        assert r.returncode == 3 and r.stdout == ""
        (line,) = r.stderr.strip().splitlines()
        assert line.startswith("kg: internal error: ZeroDivisionError")
        assert list(tmp_path.iterdir()) == []


def test_a_graph_that_does_not_conform_is_reported_then_written(tmp_path):
    facts = tmp_path / "bad.jsonl"
    facts.write_text('{"article": {"id": "b1"}, "events": [{"id": "e1", "type": "summit", "date": "2020-05-02", '
                     '"end_date": "2020-05-01"}]}\n', encoding="utf-8")
    for name in ("g.nq", "g.ttl"):
        r = kg("build", facts, "-o", name, cwd=tmp_path)
        assert r.returncode == 1 and "Does not conform" in r.stderr and "DOES NOT CONFORM" in r.stderr
        assert (tmp_path / name).stat().st_size > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.jsonl", "g.nq", "g.ttl"]


def test_main_called_with_arguments_ends_by_system_exit_not_at_once(tmp_path):
    """The console script (main() with no arguments) ends a build's process at once, its
    graph unfreed (kg/cli.py, _end); a caller that hands main() its arguments keeps its
    process."""
    import pytest

    from kg.cli import main

    with pytest.raises(SystemExit) as end:
        main(["build", str(FACTS), "-o", str(tmp_path / "g.ttl")])
    assert end.value.code in (0, None) and (tmp_path / "g.ttl").stat().st_size > 0
