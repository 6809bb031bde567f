"""Rule patterns searched first for their needles, and on lower-cased text where they
ignore case, give the matches the pattern itself gives: the same spans and groups, for
every such pattern the rules compile."""
from __future__ import annotations

import importlib
import pkgutil
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kg.extraction
from kg.extraction.lexicon import load_lexicon, load_topics
from kg.extraction.rule_patterns import PhrasePattern, RulePattern, phrase_pattern, rule_pattern

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


def _rule_patterns() -> dict[str, RulePattern]:
    """Every pattern the extraction modules hold at module level, singly or in a list."""
    found: dict[str, RulePattern] = {}
    for module_info in pkgutil.iter_modules(kg.extraction.__path__):
        module = importlib.import_module(f"kg.extraction.{module_info.name}")
        for name, value in vars(module).items():
            items = value if isinstance(value, (list, tuple)) else [value]
            for i, item in enumerate(items):
                pattern = item[-1] if isinstance(item, tuple) and item else item
                if isinstance(pattern, RulePattern):
                    found[f"{module_info.name}.{name}[{i}]"] = pattern
    return found


PATTERNS = _rule_patterns()


def _plain(pattern: RulePattern) -> re.Pattern[str]:
    return re.compile(pattern.pattern, pattern.flags)


def _spans(matches) -> list[tuple]:
    return [(m.span(), m.groups()) for m in matches]


def test_the_rules_compile_many_rule_patterns():
    assert len(PATTERNS) > 150


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


_ALPHABET = st.sampled_from(list("abcdeinstmgAEINSTMG .,'-12") + ["ı", "İ", "ſ", "K", "Σ", "ς", "é", "É", "ß"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_random_text_matches_as_the_plain_pattern_does(text):
    for source, flags in [(r"\b(?:sign(?:ed)?|meet|is|as)\b", re.I), (r"(?i:the) (?-i:Signed)", 0),
                          (r"(?<!ng )\b(?:a|an)\s+[A-Z]\w*", re.I), (r"[^s]ign(?!ed)", re.I), (r"(?i)e(?!S)", 0),
                          # an alternation searched in parts: ways with needles, and the rest
                          (r"\bsign(?:ed)?\b|(?<=a)\s*meet|\d+ days|(?:is|as)(?=\W)|[a-z]{3}\b", re.I)]:
        pattern, plain = rule_pattern(source, flags), re.compile(source, flags)
        assert _spans(pattern.finditer(text)) == _spans(plain.finditer(text)), (source, text)


def test_lexicon_phrases_match_as_the_plain_pattern_does():
    concepts = [c for scheme in load_lexicon().schemes.values() for c in scheme.values()] + list(load_topics())
    phrase_patterns = [c.pattern for c in concepts if isinstance(c.pattern, PhrasePattern)]
    assert len(phrase_patterns) > 0.9 * len(concepts)
    texts = [t for sentence in SENTENCES for t in _case_variants(sentence)] + [
        "LONDON (Reuters) - Talks opened.", "The Prime Minister met the bishop and Julie Bishop.",
        "Visa-free travel and free trade were discussed at the G20 summit.", "KILIÇDAROĞLU MET THE PM."]
    for pattern in phrase_patterns:
        plain = re.compile(pattern.pattern, pattern.flags)
        for text in texts:
            assert _spans(pattern.finditer(text)) == _spans(plain.finditer(text)), (pattern, text)


def test_a_phrase_pattern_looks_for_the_first_words_of_its_phrases():
    pattern = phrase_pattern(r"(?<![\w-])(?:state visit|talks)(?![\w-])", ["state visit", "talks"])
    assert isinstance(pattern, PhrasePattern)
    assert pattern.search("A State visit began") is None and pattern.findall("talks, a state visit") == ["talks", "state visit"]
    # a phrase with no word in it leaves the pattern as it is
    assert not isinstance(phrase_pattern(r"—", ["—"]), PhrasePattern)


def test_case_sensitive_parts_stay_case_sensitive():
    pattern = rule_pattern(r"(?i:the) (?-i:Hague)")
    assert isinstance(pattern, RulePattern)
    assert pattern.search("in the hague and in THE Hague").span() == (20, 29)
    # a case-sensitive look-ahead is kept by the pattern, not by its lower-case copy
    refused = rule_pattern(r"\btalks\b(?-i:(?! In))", re.I)
    assert refused.search("Talks In Paris") is None and refused.search("talks in Paris").span() == (0, 5)
    # and so is a look-ahead that only holds a case-sensitive part, which the lower-cased
    # text would always meet
    region = rule_pattern(r"\bof\s+(?-i:Central\s+America)\b(?!\s+(?-i:[A-Z]))", re.I)
    assert region.search("The presidents of Central America met.").span() == (15, 33)
    assert region.search("The presidents of Central America Mexico met.") is None


def test_an_alternation_is_searched_in_parts_by_its_needles():
    pattern = rule_pattern(r"\b(?:considering|mulling)\b|\bwould\s+veto\b|\b\d{2,}\b", re.I)
    assert isinstance(pattern, RulePattern)
    assert [needles for needles, _ in pattern._parts] == [("considering", "mulling"), ("would",), ()]
    assert pattern.search("They said they WOULD VETO it within 3 days").span() == (15, 25)
    assert pattern.search("In 12 days, nothing").span() == (3, 5)


def test_a_case_sensitive_pattern_is_searched_for_its_needles_first():
    pattern = rule_pattern(r"\s+and\s+(?=agreed|decided)|\s+before\s+(?=flying to)")
    assert isinstance(pattern, RulePattern)
    assert [needles for needles, _ in pattern._parts] == [("agreed", "decided"), ("flying to",)]
    assert pattern.search("Rome and Paris and agreed").span() == (14, 19)
    assert pattern.search("Rome and Paris AND AGREED") is None
    # one with nothing to look for first is compiled as it is
    assert isinstance(rule_pattern(r"\b[A-Z]\w+\s+\d{4}\b"), re.Pattern)


def test_a_construct_the_copy_cannot_take_leaves_the_plain_pattern():
    # "[^A]" that ignores no case keeps "a", which a lower-cased text would lose
    assert isinstance(rule_pattern(r"(?i:x)(?-i:[^A])"), re.Pattern)
    # a conditional group
    assert isinstance(rule_pattern(r"(a)?(?(1)b|c)", re.I), re.Pattern)
