"""Titles for documents the text leaves unnamed or names by an acronym.

News often reports an outcome without its name ("the ministers adopted a resolution on
the fighting", "issued a joint statement"); the graph needs a title a reader can tell
apart, so such a document is known by the body that adopted it or the states that
issued it. An acronym the article spells out ("the African Continental Free Trade Area
(AfCFTA)") is kept beside its long form in the titles that use it.
"""
from __future__ import annotations

import re

from kg.extraction.documents import DOC_NOUNS, OUTCOMES
from kg.extraction.reference import gazetteer
from kg.extraction.rule_patterns import rule_pattern

__all__ = ["acronyms_defined", "named_after_body", "named_after_sides", "spell_out_acronyms"]

# A body's programmes and plans are its own too: "adopted an action plan" at a BRICS summit
# is the BRICS action plan.
_BODY_DOCUMENTS = OUTCOMES | {"plan", "strategy", "programme", "program", "roadmap"}
_GENERIC_CAPITALS = {"presidential", "joint", "final", "special", "statement", "declaration", "communique",
                     "communiqué", "resolution", "decision", "chairman's", "chair's"}


def named_after_body(title: str, doc_type: str, body_form: str | None) -> str:
    """An outcome document the text leaves unnamed ("adopted a resolution on the
    fighting", "a Presidential Statement") is known by the body that adopted it: "Arab
    League resolution on the fighting".

    >>> named_after_body("resolution on the fighting", "resolution", "Arab League")
    'Arab League resolution on the fighting'
    >>> named_after_body("AlUla Declaration", "declaration", "GCC")
    'AlUla Declaration'
    >>> named_after_body("resolution calling for a truce in Gaza", "resolution", "UN General Assembly")
    'UN General Assembly resolution calling for a truce in Gaza'
    """
    if not body_form or doc_type not in _BODY_DOCUMENTS or body_form.lower() in title.lower() or \
            re.match(r"\S+(?:'s|’s|s'|s’)\s", title) or re.match(r"\S+\s+(?:of|by)\s+the\s+[A-Z]", title):
        # "the ministers' statement", "a resolution of the Organization of American States'
        # Permanent Council" say whose it is
        return title
    if doc_type not in OUTCOMES and " " in title.strip() and re.search(r"\s(?:of|on|for|to)\s", title):
        return title  # "regional plan of action on fisheries": its subject tells it apart
    words = title.split()
    # A capitalised title is a name ("Declaration of Santiago") unless all its capitals are
    # generic ("Presidential Statement"); a lower-case one is named by the words before its
    # noun ("Cairo resolution"), not by what follows ("resolution calling for a truce in Gaza").
    head = next((i for i, w in enumerate(words) if w.lower().strip(",.") in DOC_NOUNS), len(words) - 1)
    named_part = words if words[head][:1].isupper() else words[:head + 1]
    capitals = {w.lower() for w in named_part if w[:1].isupper()}
    if not capitals <= _GENERIC_CAPITALS:
        return title  # it has a name of its own
    return f"{body_form} {title}"


# (also written with capitals, "Joint Statement", and of the press: "joint press statement")
_UNNAMED_JOINT = rule_pattern(r"^(?:[a-z]+\s+)?(?P<joint>(?i:joint)(?: (?i:press))?) (?P<noun>(?i:statement|declaration|communiqu[eé]))"
                              r"(?:\s+[a-z]+ing\b.*)?$")


def named_after_sides(title: str, sides: list[str]) -> str:
    """A joint statement the text leaves unnamed is known by the two or three states that
    issued it: "joint statement describing it" → "Australia-Tuvalu joint statement".

    >>> named_after_sides("joint statement describing it", ["Australia", "Tuvalu"])
    'Australia-Tuvalu joint statement'

    So is an instrument they signed that the text names by its noun alone ("signed an
    agreement"):

    >>> named_after_sides("agreement", ["Peru", "Chile"])
    'Peru-Chile agreement'
    """
    if not 2 <= len(sides) <= 3:
        return title
    if _BARE_INSTRUMENT.fullmatch(title):
        return f"{'-'.join(sides)} {title}"
    m = _UNNAMED_JOINT.match(title)
    if m is None:
        return title
    return f"{'-'.join(sides)} {m.group('joint')} {m.group('noun')}"


_BARE_INSTRUMENT = rule_pattern(r"(?i:agreement|deal|treaty|pact|accord|memorandum(?: of understanding)?|MoU)")


_DEFINED = rule_pattern(r"\b((?:[A-Z][\w\-]*\s+(?:(?:of|and|for|the|on)\s+)*){1,8})\(([A-Z][A-Za-z]{1,9})\)")


def acronyms_defined(text: str) -> dict[str, str]:
    """The acronyms an article spells out, other than bodies' ("the African Continental
    Free Trade Area (AfCFTA)"), as acronym → long form.

    >>> acronyms_defined("leaders launched the African Continental Free Trade Area (AfCFTA) on Sunday")
    {'AfCFTA': 'African Continental Free Trade Area'}
    """
    g = gazetteer()
    out: dict[str, str] = {}
    for m in _DEFINED.finditer(text):
        long, short = m.group(1).strip(), m.group(2)
        long = re.sub(r"^(?:The|A|An)\s+", "", long)
        words = [w for w in long.split() if w[:1].isupper()]
        if short in g.body_names or not words or words[0][0] != short[0] or len(words) < 2:
            continue
        out.setdefault(short, long)
    return out


def spell_out_acronyms(title: str, defined: dict[str, str]) -> str:
    """A title that uses an acronym the article spells out keeps both: "AfCFTA agreement"
    → "African Continental Free Trade Area (AfCFTA) agreement".

    >>> spell_out_acronyms("AfCFTA agreement", {"AfCFTA": "African Continental Free Trade Area"})
    'African Continental Free Trade Area (AfCFTA) agreement'
    """
    for short, long in defined.items():
        if re.search(rf"(?<![\w(]){re.escape(short)}(?![\w)])", title) and long.lower() not in title.lower():
            title = re.sub(rf"(?<![\w(]){re.escape(short)}(?![\w)])", f"{long} ({short})", title, count=1)
    return title

