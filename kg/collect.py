"""Facts from any inputs: facts given as they are, articles run through an extractor.

What ``kg build`` and ``kg extract`` do before writing, as one library function, so the
CLI calls it instead of holding a copy of the pipeline.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from pathlib import Path
from itertools import islice
from typing import Iterable, Iterator, NamedTuple

from kg.facts import Article, NewsFacts
from kg.inputs import Input, iter_located_inputs
from kg.progress import Progress

__all__ = ["Collected", "Progress", "collect_facts", "iter_facts"]


class Collected(NamedTuple):
    """The facts of every input, in input order, and how many of them were extracted."""

    facts: list[NewsFacts]
    extracted: int


def collect_facts(paths: Iterable[str | Path], extractor: str = "rules", jobs: int = 1,
                  always_extract: bool = False, progress: Progress | None = None) -> Collected:
    """Facts from facts files as they are, and from articles by extraction, in input order.

    Parameters
    ----------
    paths : files, folders or ``-`` (standard input), as :mod:`kg.inputs` reads them.
    extractor : the extractor's name (:func:`kg.extraction.extractor_names`).
    jobs : processes to extract with.
    always_extract : extract afresh the facts given with their article's text too.
    progress : told ``("extracting", articles extracted, articles to extract)``, first
        with 0, then after each batch (:mod:`kg.progress`); the articles then go in batches.

    Raises
    ------
    FactsError : a bad input (file, line and field named) or an article id used twice.
    ExtractionError : an unknown extractor, or one whose output breaks the facts format.
    """
    with _no_cycle_collection():
        items: list[Input] = [item for _, item in iter_located_inputs(paths)]
    if always_extract:
        items = [x.article if isinstance(x, NewsFacts) and x.article.text else x for x in items]
    todo = [i for i, x in enumerate(items) if isinstance(x, Article)]
    if todo:
        extracted = _extract_in_batches([x for x in items if isinstance(x, Article)], extractor, jobs, progress)
        for i, facts in zip(todo, extracted):
            items[i] = facts
    return Collected([x for x in items if isinstance(x, NewsFacts)], len(todo))


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused: reading facts makes millions of objects that all
    live on, in no cycle, and the collector, run by their allocation, went through them
    again and again (a third of the reading's time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def iter_facts(paths: Iterable[str | Path], extractor: str = "rules", jobs: int = 1,
               chunk: int = 1000) -> Iterator[NewsFacts]:
    """Facts from facts files and from articles, as :func:`collect_facts` gives them, in
    input order, read and extracted ``chunk`` inputs at a time: memory stays that of one
    chunk, whatever the size of the inputs.

    Raises
    ------
    FactsError, ExtractionError : as :func:`collect_facts`, when the bad input is reached.
    """
    items = (item for _, item in iter_located_inputs(paths))
    for batch in iter(lambda: list(islice(items, chunk)), []):
        todo = [i for i, x in enumerate(batch) if isinstance(x, Article)]
        if todo:
            from kg.extraction import extract  # the rules load only where there are articles
            for i, facts in zip(todo, extract([batch[i] for i in todo], extractor=extractor, jobs=jobs)):
                batch[i] = facts
        yield from (x for x in batch if isinstance(x, NewsFacts))


def _extract_in_batches(articles: list[Article], extractor: str, jobs: int,
                        progress: Progress | None) -> list[NewsFacts]:
    # The extractor's rules take 0.2 s to load: only where there are articles.
    from kg.extraction import extract

    if progress is None:
        return extract(articles, extractor=extractor, jobs=jobs)
    # Batches of at least 50, about a hundred in all: enough steps for a progress bar,
    # few enough that each still spreads well over the worker processes.
    step = max(50, len(articles) // 100)
    out: list[NewsFacts] = []
    progress("extracting", 0, len(articles))
    for start in range(0, len(articles), step):
        out += extract(articles[start:start + step], extractor=extractor, jobs=jobs)
        progress("extracting", len(out), len(articles))
    return out
