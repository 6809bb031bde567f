"""Hostile facts inputs, made by mutating a valid facts object: any field replaced by an
arbitrary JSON value (deep nesting, huge or odd strings: control characters, lone
surrogates, non-ASCII digits, line separators), fields removed, lists multiplied.

Used by ``bench/fuzz.py`` (thousands of cases, a figure for the README) and by
``tests/test_hostile.py`` (a few hundred, every test run).
"""
from __future__ import annotations

import copy
import random

BASE = {
    "article": {"id": "fuzz-1", "published": "2019-10-10", "publisher": "Wire", "title": "Talks",
                "text": "Russian and Turkmen ministers met in Ashgabat on Thursday."},
    "states": [{"iso3": "RUS", "name": "Russia"}, {"iso3": "TKM", "name": "Turkmenistan"}],
    "bodies": [{"name": "Commonwealth of Independent States", "acronym": "CIS", "aliases": [], "part_of": None},
               {"name": "Council of Foreign Ministers", "acronym": "CFM", "aliases": ["CIS CFM"], "part_of": "CIS"}],
    "persons": [{"name": "Sergey Lavrov", "role": "Foreign Minister", "state": "RUS"}],
    "events": [{"id": "e1", "type": "ministerial", "date": "2019-10-10", "end_date": None, "city": "Ashgabat",
                "country": "TKM", "body": "CFM", "participants": ["RUS", "TKM", "CIS"], "chair": "TKM",
                "host": "TKM", "modality": "happened",
                "evidence": {"start": 0, "end": 58,
                             "text": "Russian and Turkmen ministers met in Ashgabat on Thursday."}}],
    "documents": [{"id": "d1", "type": "statement", "title": "statement on space", "status": "adopted",
                   "event": "e1", "proposed_by": ["RUS"], "parties": ["RUS", "TKM"], "topics": ["space security"]}],
}

ODD_STRINGS = [
    "", " ", "\x00", "\x1c", "\u2028", "\u0085", "\ud800", "a\udfffb", "２０１９", "٢٠١٩-٠٢-٠١", "2019-02-30",
    "0000", "9999-99-99", "RUS ", "rus", "XKX", "CIS", "e1", "d1", "<script>", "\"quoted\"", "a\\b", "%00",
    "http://x y", "x" * 10_000, "é" * 3_000, "\U0001F600", "\t\n\r", "null", "true", "-1", "NaN",
]


_FREE_TEXT = {"name", "title", "city", "publisher", "text", "role", "url", "language", "id"}


def _odd_value(rng: random.Random, depth: int = 0):
    roll = rng.random()
    if roll < 0.45:
        return rng.choice(ODD_STRINGS)
    if roll < 0.55:
        return rng.choice([None, True, False, 0, -1, 1.5, 10 ** 30, float("1e308")])
    if roll < 0.65 and depth < 3:
        return [_odd_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    if roll < 0.72 and depth < 3:
        return {rng.choice(["id", "name", "x", "", "\ud800"]): _odd_value(rng, depth + 1) for _ in range(rng.randint(0, 3))}
    if roll < 0.75:
        nested: object = []
        for _ in range(rng.choice([50, 500, 5_000])):
            nested = [nested]
        return nested
    return "".join(rng.choice("aZ09 -_.,:/\\\"'\x00\x1f\u2028\ud800é") for _ in range(rng.randint(1, 40)))


def _paths(obj, prefix=()):
    """The paths to the values of ``obj`` (dict keys and list indices), five levels deep
    and through the first three items of a list."""
    yield prefix
    if len(prefix) >= 5:
        return
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(obj, list):
        for i, v in enumerate(obj[:3]):
            yield from _paths(v, prefix + (i,))


def hostile_facts(rng: random.Random) -> object:
    """One hostile facts object: the base with one to three mutations."""
    data = copy.deepcopy(BASE)
    for _ in range(rng.randint(1, 3)):
        paths = [p for p in _paths(data) if p]
        if not paths:
            return _odd_value(rng)
        free = [p for p in paths if p[-1] in _FREE_TEXT or (len(p) > 1 and p[-2] in ("topics", "aliases"))]
        if free and rng.random() < 0.5:
            # A field the spec lets hold any text: accepted, so the odd string reaches the
            # mapping, the IRIs and every writer.
            path = rng.choice(free)
            parent = data
            for key in path[:-1]:
                parent = parent[key]
            parent[path[-1]] = rng.choice(ODD_STRINGS[:6] + ODD_STRINGS[7:]) + rng.choice(["", "x", " y"])
            continue
        path = rng.choice(paths)
        parent = data
        for key in path[:-1]:
            parent = parent[key]
        last = path[-1]
        action = rng.random()
        if action < 0.15 and isinstance(parent, dict):
            del parent[last]
        elif action < 0.25 and isinstance(parent[last], list) and parent[last]:
            parent[last] = parent[last] * rng.choice([2, 50, 500])
        else:
            parent[last] = _odd_value(rng)
    if rng.random() < 0.03:
        return _odd_value(rng)  # not an object at all
    return data


# ---------------------------------------------------------------------------- article texts

_STATE_NAMES = ["France", "Germany", "Peru", "Chile", "Russia", "China", "India", "Brazil", "Kazakhstan",
                "Turkmenistan", "the United States", "the United Kingdom", "South Africa", "New Zealand"]

ADVERSARIAL_TEXTS = {
    # What a careless pipeline or an attacker feeds the extractor, each made to ``n``
    # characters or so: the inputs on which a rule that rescans, or a pattern with nested
    # quantifiers, takes quadratic or exponential time.
    "place-repeated": lambda n: "Talks in Paris" + " in Paris" * (n // 9),
    "titles-without-punctuation": lambda n: " ".join(["Foreign Minister Of The Republic Of Kazakhstan Met"] * (n // 52)),
    "capitalised-phrases": lambda n: " ".join(["The Council Of The Shanghai Cooperation Organisation Summit"] * (n // 60)),
    "one-long-list": lambda n: "Leaders of " + ", ".join(["France", "Germany", "Peru", "Chile"] * (n // 28)) + " met.",
    "state-names": lambda n: " ".join(_STATE_NAMES * (n // 110)),
    "words-without-punctuation": lambda n: " ".join(
        ["the", "minister", "met", "talks", "in", "Lima", "signed", "agreement", "on", "Monday"][i % 10]
        for i in range(n // 6)),
    "days-repeated": lambda n: "On Monday, " * (n // 11) + "they met in Lima.",
    "dates": lambda n: " ".join(f"on {d} May 2016 and" for d in range(1, n // 18 + 1)),
    "documents-listed": lambda n: "the Lima Agreement and the Treaty of Quito and a memorandum " * (n // 60),
    "steps-repeated": lambda n: "The accord took effect and " * (n // 27),
    "abbreviations-repeated": lambda n: '"Mr. Ruiz," said Dr. Vega, ' * (n // 27),
    "signed-by-repeated": lambda n: "The treaty signed by the ministers of Peru " * (n // 42),
    "summit-sentences": lambda n: "Presidents of Peru and Chile met in Lima on 3 May 2016 for a summit. " * (n // 70),
}

_PIECES = [s for s in ODD_STRINGS if len(s) < 100] + [
    "Peru and Chile met in Lima on Thursday.", "signed the Treaty of Quito", " in Paris", "President ",
    "Foreign Minister ", "Mr.", "\n\n", "LIMA (Reuters) -", "on 3 May 2016", "the Andean Community", ", ", " and ",
    "summit", "agreement on trade", " ".join(_STATE_NAMES), "Kazakhstan", "on 12/05/2016", "2016-05-03", "Monday",
]


def hostile_text(rng: random.Random, size: int | None = None) -> str:
    """An article text of ``size`` characters (by default 200 B to 100 KB): one of the
    adversarial texts, or odd strings and pieces of news glued without punctuation or
    repeated."""
    size = size or rng.choice([200, 5_000, 50_000, 100_000])
    if rng.random() < 0.4:
        return rng.choice(list(ADVERSARIAL_TEXTS.values()))(size)[:size]
    out: list[str] = []
    length = 0
    while length < size:
        out.append(rng.choice(_PIECES) * rng.choice([1, 1, 1, 20]))
        length += len(out[-1])
    return "".join(out)[:size]
