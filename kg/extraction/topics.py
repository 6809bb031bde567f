"""What a document is about, as short lower-case phrases ("free trade", "counter-terrorism").

A document's topics come from a vocabulary of the subjects cooperation documents deal
with, matched in its title and then, when the title names none, in the sentence that
reports it; a title that says what it is "on" ("statement on the prevention of an arms
race in space") gives that phrase when the vocabulary has nothing. Topics become SKOS
concepts in the graph (``kg:topic``), so one vocabulary keeps them comparable across
articles.
"""
from __future__ import annotations

import re

__all__ = ["TOPIC_TERMS", "topics_of", "topic_of"]

# topic → the words that name it (regular expressions, matched case-insensitively at word
# starts). More specific topics come first: "free trade" before "trade".
TOPIC_TERMS: dict[str, str] = {
    "free trade": r"free[ -]trade|FTA\b|customs union",
    "air transport": r"air (?:transport|services|connectivity)|aviation|civil aviation|flights?\b",
    "space cooperation": r"outer space|space (?:cooperation|exploration|agency|research)|satellites?|"
                         r"peaceful uses of (?:outer )?space",
    "information security": r"information security|cyber",
    "nuclear energy": r"nuclear (?:energy|power|industry)|atomic energy|peaceful uses of nuclear",
    "arms control": r"arms control|disarmament|non-?proliferation|arms race|strategic (?:offensive )?arms|"
                    r"nuclear weapons|arms trade",
    "counter-terrorism": r"terroris|counter-?terror|extremis|separatis",
    "climate change": r"climate|global warming|emissions|sea-level",
    "visa facilitation": r"visas?\b",
    "migration": r"migra|refugees|mobility",
    "ceasefire": r"cease-?fire|truce|cessation of hostilities",
    "sanctions": r"sanctions",
    "human rights": r"human rights|sexual orientation|gender identity",
    "humanitarian aid": r"humanitarian",
    "demining": r"demining|mine clearance|landmines?",
    "customs": r"customs",
    "investment": r"invest",
    "trade": r"trade\b|trading|commerce|commercial|tariffs?|exports?|imports?",
    "economic cooperation": r"economic (?:cooperation|partnership|and trade)",
    "strategic partnership": r"strategic partnership",
    "diplomatic relations": r"diplomatic (?:relations|ties)",
    "regional integration": r"integration|community building",
    "energy": r"energy|oil\b|gas\b|electricity|power (?:grids?|plants?|stations?)|coal",
    "water": r"water",
    "agriculture": r"agricultur|farming|food security",
    "fisheries": r"fisher|fishing",
    "health": r"health|pandemic|vaccin|medicine|COVID",
    "education": r"education|universit|scholarship",
    "science and technology": r"scien|technolog|innovation|research and development|R&D",
    "culture": r"cultur|heritage|people-to-people",
    "tourism": r"touris",
    "sport": r"sport|olympic|world cup",
    "transport": r"transport|railways?|roads?\b|ports?\b|shipping|logistics",
    "maritime": r"maritime|ocean|seas?\b|fisheries zone",
    "finance": r"financ|monetary|currency|debt|banking",
    "development": r"development assistance|development aid|sustainable development|financing for development",
    "digital economy": r"digital|e-commerce|telecommunication",
    "defence": r"defen[cs]e|military",
    "security": r"security",
    "peace process": r"peace (?:process|talks|plan|agreement|deal)|political settlement|settlement of the conflict",
    "border": r"border|boundary|frontier",
    "judicial cooperation": r"extradition|legal assistance|judicial|law enforcement|police|policing",
    "intellectual property": r"intellectual property|patents?|TRIPS",
    "labour": r"labou?r\b|workers",
    "membership": r"accession|membership|readmi|admission|admitting",
}
_COMPILED = [(topic, re.compile(rf"(?<![\w-])(?:{terms})", re.I)) for topic, terms in TOPIC_TERMS.items()]
_TOPIC_STOP = {"the", "a", "an", "of", "in", "and", "for", "to", "on", "between", "with", "its", "their"}
_MAX_TOPICS = 4


def _vocabulary_topics(text: str) -> list[str]:
    out: list[str] = []
    for topic, pattern in _COMPILED:
        if pattern.search(text) and not any(topic in t or t in topic for t in out):
            out.append(topic)  # "free trade" found, "trade" is not a topic of its own
    return out[:_MAX_TOPICS]


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
        found = list(topic_of(title))
    return tuple(found)


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
    words = re.split(r"\s+(?:in|for|between|with|to|and the|by|at)\s+", m.group(1), maxsplit=1)[0].split()[:5]
    while words and words[-1].lower() in _TOPIC_STOP:
        words.pop()
    phrase = " ".join(words).lower().strip(" ,.;:()")
    return (phrase,) if phrase else ()
