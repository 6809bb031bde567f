"""A readable account of what the extractor found and decided, sentence by sentence.

``kg extract --explain`` prints it: for each article, each sentence that gave a
candidate event or document, and for each candidate whether screening kept it and why.
"""
from __future__ import annotations

from itertools import groupby
from typing import Iterable

from kg.extraction.screening import Verdict
from kg.facts import Article, NewsFacts

__all__ = ["explanation_text"]


def explanation_text(explained: Iterable[tuple[Article, NewsFacts, list[Verdict]]]) -> str:
    """The explanation of each article, one block an article.

    Examples
    --------
    >>> from kg.facts import Evidence
    >>> v = Verdict("event", "e1", "talks 2024-03-14", False, "no state and no international body: not international",
    ...             Evidence(0, 20, "The mayor met unions."))
    >>> print(explanation_text([(Article("a1"), NewsFacts(Article("a1")), [v])]), end="")
    == a1: 1 candidate, 0 kept
      "The mayor met unions."
        dropped  event e1 talks 2024-03-14: no state and no international body: not international
    """
    blocks = []
    for article, _facts, verdicts in explained:
        kept = sum(v.kept for v in verdicts)
        lines = [f"== {article.id}: {len(verdicts)} candidate{'s' if len(verdicts) != 1 else ''}, {kept} kept"]
        ordered = sorted(verdicts, key=lambda v: (v.evidence.start if v.evidence else -1, v.kind, v.id))
        for _, same_sentence in groupby(ordered, key=lambda v: v.evidence.start if v.evidence else -1):
            group = list(same_sentence)
            quote = group[0].evidence.text if group[0].evidence else "(no sentence)"
            lines.append(f'  "{" ".join(quote.split())}"')
            for v in group:
                lines.append(f"    {'kept   ' if v.kept else 'dropped'}  {v.kind} {v.id} {v.summary}: {v.reason}")
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)
