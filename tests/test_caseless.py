"""Case-insensitive patterns searched on lower-cased text first give the matches the
pattern itself gives: the same spans and groups, for every such pattern the rules compile."""
from __future__ import annotations

import importlib
import pkgutil
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kg.extraction
from kg.extraction.caseless import Caseless, caseless

SENTENCES = [
    "Foreign Minister Ana Torres met her Peruvian counterpart in Lima on Tuesday and signed a memorandum.",
    "THE SUMMIT WAS CANCELLED AFTER THE ATTACK, OFFICIALS SAID ON 3 MARCH 2024.",
    "The two sides Agreed To Meet Again Next Month On The Sidelines Of The G20 summit in Rio.",
    "Kılıçdaroğlu said the talks in İstanbul could be postponed if the parties refused.",  # dotless and dotted i
    "ΣΥΝΟΔΟΣ ΚΟΡΥΦΗΣ: the summit in Athens adopted a declaration on 14.03.2023.",  # a capital sigma
    "Der Gipfel in Straſsburg: the leaders met in Strasbourg and discussed the situation.",  # a long s
    "The KELVIN ſcale and the Kelvin sign K: no meeting at all.",
    "Ministers would not sign the treaty unless the sanctions were lifted, the spokesman warned.",
    "Xi Jinping will visit Kazakhstan from June 2 to 4, a day after the SCO Council of Heads of State meets.",
    "“We held a telephone conversation,” Erdoğan told reporters in Ankara, adding that a visit was planned.",
    "They met on Thursday and Friday; the joint statement was issued the following day.",
    "The MoU on trade, the Treaty of Amity and Cooperation and Resolution 2231 (2015) were discussed.",
]


def _case_variants(text: str) -> list[str]:
    return [text, text.lower(), text.upper(), text.title(), text.swapcase()]


def _caseless_patterns() -> dict[str, Caseless]:
    """Every pattern the extraction modules hold at module level, singly or in a list."""
    found: dict[str, Caseless] = {}
    for module_info in pkgutil.iter_modules(kg.extraction.__path__):
        module = importlib.import_module(f"kg.extraction.{module_info.name}")
        for name, value in vars(module).items():
            items = value if isinstance(value, (list, tuple)) else [value]
            for i, item in enumerate(items):
                pattern = item[-1] if isinstance(item, tuple) and item else item
                if isinstance(pattern, Caseless):
                    found[f"{module_info.name}.{name}[{i}]"] = pattern
    return found


PATTERNS = _caseless_patterns()


def _plain(pattern: Caseless) -> re.Pattern[str]:
    return re.compile(pattern.pattern, pattern.flags)


def _spans(matches) -> list[tuple]:
    return [(m.span(), m.groups()) for m in matches]


def test_the_rules_compile_many_caseless_patterns():
    assert len(PATTERNS) > 80


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_each_rule_pattern_matches_as_the_plain_pattern_does(name):
    pattern = PATTERNS[name]
    plain = _plain(pattern)
    for sentence in SENTENCES:
        for text in _case_variants(sentence):
            assert _spans(pattern.finditer(text)) == _spans(plain.finditer(text)), text
            found, expected = pattern.search(text, 5), plain.search(text, 5)
            assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))
            assert pattern.sub("#", text) == plain.sub("#", text)
            assert pattern.split(text) == plain.split(text)
            assert pattern.findall(text) == plain.findall(text)


_ALPHABET = st.sampled_from(list("abcdeinstmgAEINSTMG .,'-") + ["ı", "İ", "ſ", "K", "Σ", "ς", "é", "É", "ß"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_random_text_matches_as_the_plain_pattern_does(text):
    for source, flags in [(r"\b(?:sign(?:ed)?|meet|is|as)\b", re.I), (r"(?i:the) (?-i:Signed)", 0),
                          (r"(?<!ng )\b(?:a|an)\s+[A-Z]\w*", re.I), (r"[^s]ign(?!ed)", re.I), (r"(?i)e(?!S)", 0)]:
        pattern, plain = caseless(source, flags), re.compile(source, flags)
        assert _spans(pattern.finditer(text)) == _spans(plain.finditer(text)), (source, text)


def test_case_sensitive_parts_stay_case_sensitive():
    pattern = caseless(r"(?i:the) (?-i:Hague)")
    assert isinstance(pattern, Caseless)
    assert pattern.search("in the hague and in THE Hague").span() == (20, 29)
    # a case-sensitive look-ahead is kept by the pattern, not by its lower-case copy
    refused = caseless(r"\btalks\b(?-i:(?! In))", re.I)
    assert refused.search("Talks In Paris") is None and refused.search("talks in Paris").span() == (0, 5)


def test_a_pattern_without_case_folding_is_compiled_as_it_is():
    assert isinstance(caseless(r"\bsummit\b"), re.Pattern)


def test_a_construct_the_copy_cannot_take_leaves_the_plain_pattern():
    # "[^A]" that ignores no case keeps "a", which a lower-cased text would lose
    assert isinstance(caseless(r"(?i:x)(?-i:[^A])"), re.Pattern)
    # a conditional group
    assert isinstance(caseless(r"(a)?(?(1)b|c)", re.I), re.Pattern)
