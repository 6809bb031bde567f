"""What a document is about, as short lower-case phrases ("free trade", "counter-terrorism").

A document's topics come from a vocabulary of the subjects cooperation documents deal
with, matched in its title and then, when the title names none, in the sentence that
reports it; a title that says what it is "on" ("statement on the prevention of an arms
race in space") gives that phrase when the vocabulary has nothing. The vocabulary is the
topic scheme of ``ontology/schemes.ttl`` (:func:`kg.extraction.lexicon.load_topics`): its
concepts are the ones the graph links with ``kg:topic``, so one vocabulary keeps topics
comparable across articles, and a new topic or a new word for one is a change of data.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extraction.lexicon import load_topics

__all__ = ["topics_of", "topic_of"]

_TOPIC_STOP = {"the", "a", "an", "of", "in", "and", "for", "to", "on", "between", "with", "its", "their", "from"}
_MAX_TOPICS = 4


@lru_cache(maxsize=256)
def _vocabulary_topics(text: str) -> tuple[str, ...]:
    """The vocabulary's topics named in ``text``, at most four, most specific first: a
    topic inside one already found is none of its own ("free trade", not "trade" too).
    Cached: every document a sentence names asks about that sentence."""
    out: list[str] = []
    for concept in load_topics():
        if len(out) == _MAX_TOPICS:
            break
        topic = concept.label
        if concept.pattern.search(text) and not any(topic in t or t in topic for t in out):
            out.append(topic)
    return tuple(out)


def topics_of(title: str | None, sentence: str = "") -> tuple[str, ...]:
    """The topics of a document, from its title or, when that names none, the sentence
    that reports it.

    >>> topics_of("China-Australia Free Trade Agreement")
    ('free trade',)
    >>> topics_of("Treaty on Friendly Relations", "a treaty to fight terrorism and extremism")
    ('counter-terrorism',)
    >>> topics_of("statement on the prevention of an arms race in space")
    ('arms control',)
    >>> topics_of("Minsk Protocol")
    ()
    """
    found = _vocabulary_topics(title or "")
    if not found and sentence:
        found = _vocabulary_topics(sentence)
    if not found:
        found = topic_of(title)
    return found


def topic_of(title: str | None) -> tuple[str, ...]:
    """The topic a title names after "on" or "in the sphere of", as a short lower-case
    phrase; none when the title does not say.

    >>> topic_of("statement on the prevention of an arms race in space"), topic_of("Minsk Protocol")
    (('prevention of an arms race',), ())
    >>> topic_of("strategy of cooperation in the sphere of information security")
    ('information security',)
    """
    if not title:
        return ()
    m = re.search(r"\b(?:in the (?:sphere|field|area)s? of|on)\s+(?:the\s+)?(.+)$", title, re.I)
    if not m:
        return ()
    words = re.split(r"\s+(?:in|for|between|with|to|and the|by|at|from)\s+", m.group(1), maxsplit=1)[0].split()[:5]
    while words and words[-1].lower() in _TOPIC_STOP:
        words.pop()
    phrase = " ".join(words).lower().strip(" ,.;:()")
    return (phrase,) if phrase else ()
