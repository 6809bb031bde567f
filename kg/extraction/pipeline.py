"""The rule extractor: candidate facts from the sentence rules, then screening.

Two stages with one job each, the first's output the second's input:
:func:`kg.extraction.rules.find_candidates` finds every event and document that trigger
words suggest, with its actors, date and place; :func:`kg.extraction.screening.screen`
keeps those that are international cooperation and says why for each.
"""
from __future__ import annotations

import warnings
from dataclasses import replace

from kg.errors import ExtractionFaultWarning, LanguageWarning
from kg.extraction.actors import SentenceActors, sentence_actors
from kg.extraction.language import not_english
from kg.extraction.lexicon import Lexicon, load_lexicon
from kg.extraction.mentions import bodies_referred_to
from kg.extraction.rules import find_candidates
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
        """The facts of ``article`` and the verdict on every candidate, kept or not. An
        article not in English gets none, with a :class:`kg.errors.LanguageWarning`: the
        rules read English only, and would find words, not facts, in another language. An
        article the rules fail on gets none either, with a
        :class:`kg.errors.ExtractionFaultWarning` that names it and the fault."""
        why = not_english(article)
        if why is not None:
            warnings.warn(f"article {article.id!r}: {why}; the rules read English only, so it gets no facts",
                          LanguageWarning, stacklevel=2)
            return NewsFacts(article), []
        try:
            candidates = find_candidates(article)
            named = candidates.bodies

            def actors_of(text: str) -> SentenceActors:
                # The sentence's own actors, and the bodies of the article it refers to by
                # a generic word of their name ("the week-long Forum meeting").
                actors = sentence_actors(text, article.published)
                referred = bodies_referred_to(text, named)
                return replace(actors, bodies=actors.bodies | referred) if referred else actors

            return screen(candidates, self.lexicon, actors_of)
        except Exception as err:  # a fault of the rules on one text: the others are read on
            warnings.warn(f"article {article.id!r}: the rules failed on it ({type(err).__name__}: {err}), so it gets "
                          f"no facts; please report the article", ExtractionFaultWarning, stacklevel=2)
            return NewsFacts(article), []
