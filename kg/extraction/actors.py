"""The international actors a sentence names, as screening asks about them.

:func:`kg.extraction.screening.screen` decides with them which candidates are
international; the extractor's own mention finders tell who they are, so that screening
and the rules that found the candidates read a sentence alike.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kg.extraction.events import actors_in, body_ref
from kg.extraction.mentions import (bodies_acting, bodies_of_members, body_mentions, is_attribute, national_office,
                                   person_mentions, state_mentions)
from kg.extraction.rule_patterns import rule_pattern

__all__ = ["SentenceActors", "sentence_actors"]


@dataclass(frozen=True)
class SentenceActors:
    """The states (ISO3) and international bodies that a sentence names, the officials it
    names without saying whose they are ("Minister Rojas"), the bodies whose officials or
    members it names ("Mr. Annan", the UN Secretary-General; "members of OPEC"), and every
    official it names who acts for a state or a body ("Macron")."""

    states: frozenset[str]
    bodies: frozenset[str]
    stateless_officials: frozenset[str] = frozenset()
    bodies_of_officials: frozenset[str] = frozenset()
    officials: frozenset[str] = frozenset()


_SUBNATIONAL_BEFORE = rule_pattern(r"\b(?:[Cc]hief [Mm]inister|[Gg]overnor|state['’]s|province['’]s|provincial|regional)"
                                   r"\b[^,.;]{0,30},?\s*$")


@lru_cache(maxsize=2048)
def sentence_actors(text: str, on: str | None = None) -> SentenceActors:
    """The states and international bodies a sentence names, for screening, its officials
    read as of ``on`` (the article's date); cached, because screening asks again for the
    sentences of an article's several candidates."""
    people = person_mentions(text, on)
    bodies = body_mentions(text)
    # (a body named only as a thing's, "a UN arms embargo", "the G7's biggest banks", is no actor)
    return SentenceActors(frozenset(actors_in(state_mentions(text), people, text)),
                          frozenset(body_ref(h.body) for h in bodies if not is_attribute(text, h)),
                          # (not a governor's or a US state's secretary of state, nor one of an
                          # office any institution has, "Speaker Mike Johnson": no foreign side)
                          frozenset(p.name for p in people if p.state is None and p.body is None
                                    and national_office(p.role)
                                    # (nor "the state's chief minister, Vilasrao Deshmukh": an office at home)
                                    and not _SUBNATIONAL_BEFORE.search(text, max(0, p.start - 50), p.start)),
                          frozenset(body_ref(p.body) for p in people if p.state is None and p.body is not None) |
                          frozenset(body_ref(h.body) for h in bodies_acting(text, bodies)) |
                          frozenset(body_ref(h.body) for h in bodies_of_members(text, bodies)),
                          frozenset(p.name for p in people if p.state or p.body))

