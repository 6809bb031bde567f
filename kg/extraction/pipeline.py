"""The rule extractor: candidate facts from the sentence rules, then screening.

Two stages with one job each, the first's output the second's input:
:func:`kg.extraction.rules.find_candidates` finds every event and document that trigger
words suggest, with its actors, date and place; :func:`kg.extraction.screening.screen`
keeps those that are international cooperation and says why for each.
"""
from __future__ import annotations

from functools import partial

from kg.extraction.lexicon import Lexicon, load_lexicon
from kg.extraction.rules import find_candidates, sentence_actors
from kg.extraction.screening import Verdict, screen
from kg.facts import Article, NewsFacts

__all__ = ["RulesExtractor"]


class RulesExtractor:
    """The built-in extractor (``extractor="rules"``): no model, no download."""

    name = "rules"

    def __init__(self, lexicon: Lexicon | None = None):
        self.lexicon = lexicon if lexicon is not None else load_lexicon()

    def __call__(self, article: Article) -> NewsFacts:
        return self.explain(article)[0]

    def explain(self, article: Article) -> tuple[NewsFacts, list[Verdict]]:
        """The facts of ``article`` and the verdict on every candidate, kept or not."""
        return screen(find_candidates(article), self.lexicon, partial(sentence_actors, on=article.published))
