"""The extractor's lexicons, read from ``ontology/lexicon/*.ttl``.

Words the rules read are data: each SKOS concept of a lexicon scheme carries, as
language-tagged ``skos:prefLabel``, ``skos:altLabel`` and ``skos:hiddenLabel``, the
phrases that show it. :func:`load_lexicon` reads them once into a :class:`Lexicon` that
the stages are given, so that a new language or a new context is a change of data.
:func:`load_topics` reads the topic scheme of ``ontology/schemes.ttl`` the same way, so
that a new topic is one too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import pyoxigraph as ox

from kg.extraction.rule_patterns import AnyPattern, phrase_pattern
from kg.namespaces import SCHEME, SKOS, TOPIC
from kg.resources import lexicon_files, ontology_files
from kg.solutions import select

__all__ = ["Concept", "Lexicon", "load_lexicon", "load_topics", "phrase_alternation", "alternation", "LEXICON_NS"]

LEXICON_NS = "https://w3id.org/coopkg/lexicon/"
_TOPICS = str(SCHEME["topics"])
# A concept marked lex:matchPrefLabel false is not shown by its preferred label alone,
# only by its other labels: "development" alone is no topic, "sustainable development" is.
_LABELS = """SELECT ?scheme ?concept ?pref ?label WHERE {
               ?concept skos:inScheme ?scheme ; skos:prefLabel ?pref .
               { ?concept skos:prefLabel ?label FILTER NOT EXISTS { ?concept lex:matchPrefLabel false } }
               UNION { ?concept skos:altLabel ?label } UNION { ?concept skos:hiddenLabel ?label } }"""


@dataclass(frozen=True)
class Concept:
    """A lexicon concept: its key (the IRI's last segment), preferred label and the
    phrases that show it, with one pattern matching any of them as whole words."""

    key: str
    label: str
    phrases: tuple[str, ...]
    pattern: AnyPattern = field(compare=False, repr=False)
    rank: int | None = None  # skos:notation, where a scheme's concepts are tried in order

    def find(self, text: str) -> str | None:
        """The first phrase of this concept in ``text``, as written there, or None."""
        m = self.pattern.search(text)
        return m.group(0).lstrip(" \t\n\"“'‘(") if m else None


@dataclass(frozen=True)
class Lexicon:
    """The concepts of every lexicon scheme, by scheme key and concept key."""

    schemes: dict[str, dict[str, Concept]]

    def scheme(self, key: str) -> dict[str, Concept]:
        """The concepts of one scheme (``"screening"``), by key; empty when absent."""
        return self.schemes.get(key, {})

    def concept(self, scheme: str, key: str) -> Concept:
        """One concept; a KeyError names what is missing from the data."""
        try:
            return self.schemes[scheme][key]
        except KeyError:
            raise KeyError(f"lexicon {scheme!r} has no concept {key!r}; add it to ontology/lexicon/") from None

    def labels_of_phrases(self, scheme: str) -> dict[str, str]:
        """Each phrase of a scheme whose concepts' preferred labels are values (a city, an
        ISO3 code), with its concept's label: "NATO Headquarters" → "Brussels"."""
        return {phrase: c.label for c in self.scheme(scheme).values() for phrase in c.phrases}

    def states_of_phrases(self, scheme: str) -> dict[str, str]:
        """Each phrase of a scheme whose concepts' keys end in an ISO3 code (one concept a
        state), with that code: "State Department" → "USA", "SPA" → "SAU"."""
        return {phrase: c.key.rsplit("-", 1)[-1] for c in self.scheme(scheme).values() for phrase in c.phrases}


def phrase_alternation(phrases) -> str:
    """One regular-expression alternation of phrases, the longest first where several
    match at one place ("state legislature" before "legislature"); a phrase's spaces match
    any run of white space in the text.

    >>> re.fullmatch(phrase_alternation(["met", "met with  applause"]), "met with applause") is not None
    True
    """
    return alternation((re.split(r"(\s+)", " ".join(p.split())) for p in phrases), r"\s+")


def alternation(words, space: str | None = None) -> str:
    """A regular expression matching any of ``words``, the longest first where several
    match ("Nigeria" before "Niger"). It is written as a trie ("Niger(?:ia)?|Peru") rather
    than a list: at each position of a text the engine then compares a few characters,
    not every one of thousands of words or phrases, which made long texts slow. A word is
    a string, or a sequence of parts where ``space`` stands for each part that is white
    space."""
    trie: dict = {}
    for word in set(words) if space is None else {tuple(w) for w in words}:
        node = trie
        for token in _tokens(word, space):
            node = node.setdefault(token, {})
        node[""] = {}  # a word ends here

    def escaped(char: str) -> str:
        return space if space and char.isspace() else re.escape(char)

    def below(node: dict) -> str:
        if not any(node):  # only the end of a word
            return ""
        if len(node) == 1:  # one way on: no group needed
            (char,) = node
            return escaped(char) + below(node[char])
        inner = "|".join(escaped(char) + below(node[char]) for char in sorted(c for c in node if c))
        return f"(?:{inner})?" if "" in node else f"(?:{inner})"

    # The word that ends at a node comes last, so that longer words are tried first.
    out = [escaped(char) + below(trie[char]) for char in sorted(c for c in trie if c)]
    return "|".join(out + [""] if "" in trie else out)


def _tokens(word, space: str | None):
    """The characters of a word, each run of white space one token where ``space`` stands for it."""
    if space is None:
        yield from word
        return
    for part in word:
        if part.isspace():
            yield part
        else:
            yield from part


def _compile(phrases: list[str]) -> AnyPattern:
    # Case counts: "bishop" is a cleric, "Julie Bishop" a minister, so a capitalised form
    # is a label of its own; a lower-case label also matches with a capital at a
    # sentence's start.
    exact = phrase_alternation(set(phrases))
    opening = phrase_alternation({p[:1].upper() + p[1:] for p in phrases})
    # A sentence also starts after a dateline: "LONDON (Reuters) - Scientists from ...".
    start = r"(?:^|(?<= - )|(?<= -- )|(?<= — )|(?<= – )|(?<=/\. ))"
    return phrase_pattern(rf"(?:(?<![\w-])(?:{exact})|{start}[\s\"“'‘(]*(?:{opening}))(?![\w-])", phrases)


def _compile_topic(phrases: list[str]) -> AnyPattern:
    # Topics are named in titles ("Free Trade Agreement"), so a lower-case label matches
    # in any case; a label with capitals is an acronym ("FTA", "TRIPS") and matches only
    # as written, not as the word "trips". A label may open a compound: "visa" is the
    # topic of "visa-free", "climate" of "climate-related".
    folded = phrase_alternation({p for p in phrases if p == p.lower()})
    cased = phrase_alternation({p for p in phrases if p != p.lower()})
    either = "|".join(filter(None, (folded and f"(?i:{folded})", cased)))
    return phrase_pattern(rf"(?<![\w-])(?:{either})(?!\w)", phrases)


def _store(paths) -> ox.Store:
    store = ox.Store()
    for path in paths:
        store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    return store


def _labels(store: ox.Store, language: str) -> dict[tuple[str, str], tuple[str, list[str]]]:
    """Each concept's preferred label and every label in ``language``, by scheme and
    concept IRI; a concept without a preferred label in that language is left out."""
    found: dict[tuple[str, str], tuple[str, list[str]]] = {}
    for r in select(store, _LABELS, prefixes={"skos": str(SKOS), "lex": LEXICON_NS}):
        if r["label"].language != language or r["pref"].language != language:
            continue
        entry = found.setdefault((r["scheme"].value, r["concept"].value), (r["pref"].value, []))
        entry[1].append(r["label"].value)
    return found


def _ranks(store: ox.Store) -> dict[str, int]:
    """The integer notation of each concept that has one, by concept IRI."""
    rows = select(store, "SELECT ?concept ?rank WHERE { ?concept skos:notation ?rank }", prefixes={"skos": str(SKOS)})
    return {r["concept"].value: int(r["rank"].value) for r in rows if r["rank"].value.isdigit()}


@lru_cache(maxsize=4)
def load_lexicon(language: str = "en") -> Lexicon:
    """Every lexicon's concepts with their labels in ``language``, read once."""
    schemes: dict[str, dict[str, Concept]] = {}
    store = _store(lexicon_files())
    ranks = _ranks(store)
    for (scheme, concept), (pref, phrases) in sorted(_labels(store, language).items()):
        key = concept.removeprefix(LEXICON_NS)
        schemes.setdefault(scheme.removeprefix(LEXICON_NS), {})[key] = Concept(
            key, pref, tuple(sorted(set(phrases))), _compile(phrases), ranks.get(concept))
    return Lexicon(schemes)


@lru_cache(maxsize=4)
def load_topics(language: str = "en") -> tuple[Concept, ...]:
    """The concepts of the topic scheme (``kgs:topics``) with their labels in
    ``language``, in the order of their rank (``skos:notation``), read once.

    The rank puts a specific topic before a broader one ("free trade" before "trade"),
    which is what the topic finder tries first. A concept's key is its IRI's last
    segment, the slug the graph mints for its preferred label.
    """
    store = _store(ontology_files())
    ranks = _ranks(store)
    topics = [Concept(concept.removeprefix(TOPIC), pref, tuple(sorted(set(phrases))), _compile_topic(phrases),
                      ranks[concept])
              for (scheme, concept), (pref, phrases) in _labels(store, language).items() if scheme == _TOPICS]
    return tuple(sorted(topics, key=lambda concept: concept.rank or 0))  # every topic has a rank
