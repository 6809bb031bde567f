"""The kg command, in-process: exit codes, outputs, errors and help."""
from __future__ import annotations

import json
import re

import pytest

from kg.cli import cli
from tests.conftest import ROOT, write_json


def invoke(runner, *args):
    return runner.invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_build_validate_facts_query(runner, example_facts, tmp_path):
    out = tmp_path / "g.ttl"
    r = invoke(runner, "build", example_facts, "-o", out)
    assert r.exit_code == 0, r.stderr
    assert "4 articles" in r.stderr and "conforms" in r.stderr
    r = invoke(runner, "validate", out)
    assert r.exit_code == 0 and r.stdout.startswith("Conforms")
    back = tmp_path / "back.jsonl"
    r = invoke(runner, "facts", out, "-o", back)
    assert r.exit_code == 0
    assert len(back.read_text(encoding="utf-8").splitlines()) == 4
    r = invoke(runner, "query", out, "state-pairs", "--format", "csv")
    assert r.exit_code == 0 and r.stdout.startswith("state_a,state_b,shared_meetings")
    r = invoke(runner, "query", out, "meetings-of-state", "-p", "state=IND")
    assert r.exit_code == 0 and "New Delhi" in r.stdout


def test_facts_to_stdout(runner, example_facts, tmp_path):
    out = tmp_path / "g.nt"
    invoke(runner, "build", example_facts, "-o", out)
    r = invoke(runner, "facts", out)
    ids = [json.loads(line)["article"]["id"] for line in r.stdout.splitlines()]
    assert ids == sorted(ids) and len(ids) == 4


def test_bad_facts_exit_2_with_one_line_and_leave_output_untouched(runner, tmp_path):
    out = tmp_path / "g.ttl"
    out.write_text("previous graph", encoding="utf-8")
    bad = write_json(tmp_path / "bad.json", {"article": {"id": "a"}, "events": [{"id": "e1", "type": "party"}]})
    r = invoke(runner, "build", bad, "-o", out)
    assert r.exit_code == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "bad.json" in lines[0] and "events[0].type" in lines[0]
    assert "Traceback" not in r.output
    assert out.read_text(encoding="utf-8") == "previous graph"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json", "g.ttl"]


def test_non_conforming_graph_exits_1_and_names_node_shape_reason(runner, tmp_path):
    facts = write_json(tmp_path / "f.json", {"article": {"id": "a"}, "events": [
        {"id": "e1", "type": "talks", "date": "2020-05-02", "end_date": "2020-05-01", "city": "Oslo"}]})
    out = tmp_path / "g.ttl"
    r = invoke(runner, "build", facts, "-o", out)
    assert r.exit_code == 1
    assert re.search(r"Violation: event:2020-05-02_oslo_talks \(shape kgsh:EventShape\): .*end", r.stderr)
    assert out.exists()  # written, so that it can be inspected
    r = invoke(runner, "validate", out)
    assert r.exit_code == 1 and "cannot end before it starts" in r.stdout
    r = invoke(runner, "validate", out, "--format", "ttl")
    assert r.exit_code == 1 and "sh:ValidationReport" in r.stdout


def test_usage_errors_exit_2(runner, tmp_path):
    assert invoke(runner, "build", tmp_path / "missing.json", "-o", tmp_path / "g.ttl").exit_code == 2
    assert invoke(runner, "build", ROOT / "examples" / "facts", "-o", tmp_path / "g.xyz").exit_code == 2
    assert invoke(runner, "validate", tmp_path / "missing.ttl").exit_code == 2
    assert invoke(runner, "query", "only-one-arg").exit_code == 2
    bad_ttl = tmp_path / "bad.ttl"
    bad_ttl.write_text("<a> <b> .", encoding="utf-8")
    r = invoke(runner, "validate", bad_ttl)
    assert r.exit_code == 2 and "bad.ttl: not valid Turtle" in r.stderr
    r = invoke(runner, "query", bad_ttl.with_name("g.ttl"), "x")
    assert r.exit_code == 2
    r = invoke(runner, "build", ROOT / "examples" / "facts", "-o", tmp_path / "g.ttl", "--engine", "fast")
    assert r.exit_code == 2


def test_query_list(runner):
    r = invoke(runner, "query", "--list")
    assert r.exit_code == 0 and "state-pairs" in r.stdout


COMMANDS = sorted(cli.commands)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example_and_is_in_the_readme(runner, command):
    r = invoke(runner, command, "--help")
    assert r.exit_code == 0
    assert "Example" in r.stdout
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"kg {command}" in readme
