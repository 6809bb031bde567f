"""Shared fixtures: where the repo's folders and the read-only shared corpus are."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEV_CORPUS = SHARED / "corpus" / "dev"
EXAMPLES = ROOT / "examples"


@pytest.fixture
def dev_corpus() -> Path:
    """The shared dev corpus of gold facts; tests that need it skip when it is absent."""
    if not DEV_CORPUS.is_dir():
        pytest.skip("../shared/corpus/dev is not beside the checkout")
    return DEV_CORPUS


@pytest.fixture
def example_facts() -> Path:
    return EXAMPLES / "facts"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def write_json(path: Path, data) -> Path:
    import json
    path.write_text(json.dumps(data), encoding="utf-8")
    return path
