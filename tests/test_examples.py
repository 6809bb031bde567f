"""Every example graph validates and every example script runs."""
from __future__ import annotations

import runpy
import sys

import pytest

from kg import read_graph, validate
from tests.conftest import EXAMPLES

GRAPHS = sorted(EXAMPLES.glob("**/*.ttl"))
SCRIPTS = sorted(EXAMPLES.glob("*.py"))


@pytest.mark.parametrize("path", GRAPHS, ids=[p.name for p in GRAPHS])
def test_example_graph_validates(path):
    result = validate(read_graph(path))
    assert result.conforms, result.text


@pytest.mark.parametrize("path", SCRIPTS, ids=[p.name for p in SCRIPTS])
def test_example_script_runs(path, monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", [str(path)])
    runpy.run_path(str(path), run_name="__main__")
    assert capsys.readouterr().out
