"""Text → news facts. No RDF here: the output is :class:`kg.facts.NewsFacts`.

Extractors are found by name (:mod:`kg.extraction.registry`); the default, ``"rules"``,
is rule-based and ships with the project: it needs no model and no download. It finds
candidate events and documents from trigger words with their actors, dates and places
(:mod:`kg.extraction.rules`), then keeps those with international actors in their
official roles (:mod:`kg.extraction.screening`). Every extractor's output goes through the
facts reader's checks, and every fact keeps the sentence it came from.
"""
from __future__ import annotations

from functools import partial

from kg.errors import ExtractionError
from kg.extraction.articles import iter_inputs, read_articles
from kg.extraction.registry import checked_facts, extractor_names, get_extractor, register_extractor
from kg.extraction.screening import Verdict
from kg.facts import Article, NewsFacts

__all__ = ["extract", "extract_article", "explain_article", "read_articles", "iter_inputs", "extractor_names",
           "register_extractor", "Verdict"]


def extract_article(article: Article, extractor: str = "rules") -> NewsFacts:
    """The checked news facts of one article, by the extractor of that name.

    Examples
    --------
    >>> from kg.facts import Article
    >>> a = Article("x", published="2019-10-10", text="ASHGABAT, October 10. /TASS/. The foreign ministers of "
    ...     "the Commonwealth of Independent States (CIS) adopted a statement on space security on Thursday, "
    ...     "Russian Foreign Minister Sergey Lavrov said.")
    >>> f = extract_article(a)
    >>> [(e.type, e.date, e.city, e.body) for e in f.events]
    [('ministerial', '2019-10-10', 'Ashgabat', 'CIS')]
    >>> [(d.type, d.status, d.title) for d in f.documents]
    [('statement', 'adopted', 'CIS statement on space security')]
    """
    return checked_facts(get_extractor(extractor)(article), article, extractor)


def explain_article(article: Article, extractor: str = "rules") -> tuple[NewsFacts, list[Verdict]]:
    """The facts of one article and, for every candidate fact, whether it was kept and why.

    Raises
    ------
    ExtractionError
        When the extractor does not explain itself (it has no ``explain`` method).
    """
    chosen = get_extractor(extractor)
    explain = getattr(chosen, "explain", None)
    if explain is None:
        raise ExtractionError(f"extractor {extractor!r} gives no explanations; use --explain with an extractor "
                              "that has an explain() method, such as 'rules'")
    facts, verdicts = explain(article)
    return checked_facts(facts, article, extractor), verdicts


def extract(articles, extractor: str = "rules", jobs: int = 1) -> list[NewsFacts]:
    """Extract facts from articles (an iterable of :class:`kg.facts.Article`), in order.

    ``jobs`` > 1 spreads the work over that many processes.
    """
    articles = list(articles)
    get_extractor(extractor)  # an unknown name fails here, before any work
    one = partial(extract_article, extractor=extractor)
    if jobs <= 1 or len(articles) < 2 * jobs:
        return [one(a) for a in articles]
    from concurrent.futures import ProcessPoolExecutor
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(one, articles, chunksize=max(1, len(articles) // (jobs * 8))))
