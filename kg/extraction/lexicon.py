"""The extractor's lexicons, read from ``ontology/lexicon/*.ttl``.

Words the rules read are data: each SKOS concept of a lexicon scheme carries, as
language-tagged ``skos:prefLabel``, ``skos:altLabel`` and ``skos:hiddenLabel``, the
phrases that show it. :func:`load_lexicon` reads them once into a :class:`Lexicon` that
the stages are given, so that a new language or a new context is a change of data.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import pyoxigraph as ox

from kg.resources import lexicon_files

__all__ = ["Concept", "Lexicon", "load_lexicon", "LEXICON_NS"]

LEXICON_NS = "https://w3id.org/coopkg/lexicon/"
_SKOS = "http://www.w3.org/2004/02/skos/core#"


@dataclass(frozen=True)
class Concept:
    """A lexicon concept: its key (the IRI's last segment), preferred label and the
    phrases that show it, with one pattern matching any of them as whole words."""

    key: str
    label: str
    phrases: tuple[str, ...]
    pattern: re.Pattern = field(compare=False, repr=False)

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


def _compile(phrases: list[str]) -> re.Pattern:
    # Longest first, so that "state legislature" wins over "legislature"; phrases are
    # written with spaces, which match any run of white space in the text. Case counts:
    # "bishop" is a cleric, "Julie Bishop" a minister, so a capitalised form is a label
    # of its own; a lower-case label also matches with a capital at a sentence's start.
    def alternation(forms) -> str:
        return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in sorted(forms, key=len, reverse=True))

    exact = alternation(set(phrases))
    opening = alternation({p[:1].upper() + p[1:] for p in phrases})
    return re.compile(rf"(?:(?<![\w-])(?:{exact})|^[\s\"“'‘(]*(?:{opening}))(?![\w-])")


@lru_cache(maxsize=4)
def load_lexicon(language: str = "en") -> Lexicon:
    """Every lexicon's concepts with their labels in ``language``, read once."""
    store = ox.Store()
    for path in lexicon_files():
        store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    rows = store.query(
        """SELECT ?scheme ?concept ?pref ?label WHERE {
               ?concept skos:inScheme ?scheme ; skos:prefLabel ?pref .
               { ?concept skos:prefLabel ?label } UNION { ?concept skos:altLabel ?label }
               UNION { ?concept skos:hiddenLabel ?label } }""", prefixes={"skos": _SKOS})
    found: dict[tuple[str, str], tuple[str, list[str]]] = {}
    for r in rows:
        if r["label"].language != language or r["pref"].language != language:
            continue
        scheme = r["scheme"].value.removeprefix(LEXICON_NS)
        concept = r["concept"].value.removeprefix(LEXICON_NS)
        entry = found.setdefault((scheme, concept), (r["pref"].value, []))
        entry[1].append(r["label"].value)
    schemes: dict[str, dict[str, Concept]] = {}
    for (scheme, key), (pref, phrases) in sorted(found.items()):
        schemes.setdefault(scheme, {})[key] = Concept(key, pref, tuple(sorted(set(phrases))), _compile(phrases))
    return Lexicon(schemes)
