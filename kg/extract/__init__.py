"""Text → news facts. No RDF here: the output is :class:`kg.facts.NewsFacts`.

The default extractor is rule-based and ships with the project: it needs no model and
no download. It recognises states (names, demonyms, seats of government used as
actors), international bodies from the reference data, officials with their titles,
datelines and dates, events and documents with their status, and keeps for each fact
the sentence it came from.
"""
from __future__ import annotations

from kg.extract.articles import iter_inputs, read_articles
from kg.extract.rules import extract_article

__all__ = ["extract", "extract_article", "read_articles", "iter_inputs"]


def extract(articles, jobs: int = 1):
    """Extract facts from articles (an iterable of :class:`kg.facts.Article`), in order.

    ``jobs`` > 1 spreads the work over that many processes.
    """
    articles = list(articles)
    if jobs <= 1 or len(articles) < 2 * jobs:
        return [extract_article(a) for a in articles]
    from concurrent.futures import ProcessPoolExecutor
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(extract_article, articles, chunksize=max(1, len(articles) // (jobs * 8))))
