"""Reading articles to extract from: plain text, article JSON, JSONL, or folders of them.

The reading itself is :mod:`kg.inputs`, shared with the facts reader and the CLI; this
module gives the extractor's view of it. A ``.txt`` file is one article whose id is the
file's stem; JSON holds ``{"article": {"id", "text", "published"?, "publisher"?, "url"?,
"title"?}}``; an object with any of the facts keys (``states``, ``events``...) is facts
already and is passed through as such, so facts and articles can be mixed.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

from kg.facts import Article, NewsFacts
from kg.inputs import FACT_KEYS, iter_located_inputs

__all__ = ["read_articles", "iter_inputs", "iter_located_inputs", "FACT_KEYS"]


def iter_inputs(paths: Iterable[str | Path]) -> Iterator[Article | NewsFacts]:
    """Articles (to extract) and facts (already extracted) from files and folders, in order."""
    for _, item in iter_located_inputs(paths):
        yield item


def read_articles(paths: Iterable[str | Path]) -> list[Article]:
    """The articles to extract from, in input order (facts objects keep only their article)."""
    return [x if isinstance(x, Article) else x.article for x in iter_inputs(paths)]
