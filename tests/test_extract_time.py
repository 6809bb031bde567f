"""Extraction takes time linear in the text, whatever the text.

A rule that searches all of a sentence before each mention, or a pattern with nested
quantifiers, is quadratic or exponential on some inputs: a long sentence listing
thousands of names, a phrase repeated without punctuation. Each generator below makes
adversarial text of two sizes; four times the text must take well under sixteen times
as long (what a quadratic rule would take), measured in the same run, so that the
figure does not depend on the machine's speed.
"""
from __future__ import annotations

import time

import pytest

from kg.extraction import extract_article
from kg.facts import Article

ADVERSARIAL = {
    "place-repeated": lambda n: "Talks in Paris" + " in Paris" * (n // 9),
    "titles-without-punctuation": lambda n: " ".join(["Foreign Minister Of The Republic Of Kazakhstan Met"] * (n // 52)),
    "one-long-list": lambda n: "Leaders of " + ", ".join(["France", "Germany", "Peru", "Chile"] * (n // 28)) + " met.",
    "words-without-punctuation": lambda n: " ".join(
        ["the", "minister", "met", "talks", "in", "Lima", "signed", "agreement", "on", "Monday"][i % 10]
        for i in range(n // 6)),
    "days-repeated": lambda n: "On Monday, " * (n // 11) + "they met in Lima.",
    "documents-listed": lambda n: "the Lima Agreement and the Treaty of Quito and a memorandum " * (n // 60),
    "steps-repeated": lambda n: "The accord took effect and " * (n // 27),
    "abbreviations-repeated": lambda n: '"Mr. Ruiz," said Dr. Vega, ' * (n // 27),
    "signed-by-repeated": lambda n: "The treaty signed by the ministers of Peru " * (n // 42),
}


def _seconds(text: str) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        extract_article(Article("t", published="2024-03-14", language="en", text=text))  # read, however odd
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("make", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_extraction_time_grows_linearly(make):
    extract_article(Article("warm", published="2024-03-14", text="Peru and Chile met in Lima."))
    small, large = _seconds(make(4_000)), _seconds(make(16_000))
    # Linear time gives a ratio near 4; 0.05 s absorbs the noise of a busy machine.
    assert large <= 8 * small + 0.05, f"4x the text took {large / max(small, 1e-9):.1f}x as long"
