"""Whether an article is in English, the only language the rules read.

An article in another language is not silently given no facts: the extractor warns
(:class:`kg.errors.LanguageWarning`) and names the language. The article's own
``language`` metadata decides where it is given ("fr", "en-GB"); else the text is read
for the small words every English text is full of ("the", "of", "and", "to"): fewer than
one word in twenty of them, in a text of thirty words or more, is not English.
"""
from __future__ import annotations


from kg.extraction.rule_patterns import rule_pattern
from kg.facts import Article

__all__ = ["not_english"]

# Short function words: frequent in any English text, rare as words of other languages.
_ENGLISH_WORDS = frozenset("the of and to in a is that for on with as was by at from has have are were it its "
                           "said will which this an be their his her they he she not but".split())
_WORD = rule_pattern(r"[^\W\d_]+")
_SHORTEST = 30  # a headline alone says too little either way
_LEAST_SHARE = 0.05


def not_english(article: Article) -> str | None:
    """Why an article is not English, or None when it is (or is too short to tell).

    >>> not_english(Article("a", language="fr", text="Les ministres se sont réunis."))
    "its metadata gives the language 'fr'"
    >>> print(not_english(Article("b", language="en-GB", text="Ministers met.")))
    None
    >>> not_english(Article("c", text="Los ministros de Perú y Chile se reunieron el jueves en Lima para "
    ...     "firmar un acuerdo de pesca, según informó la cancillería peruana en un comunicado difundido "
    ...     "por la noche, y ambos gobiernos destacaron la cooperación bilateral en materia marítima."))
    'its text does not read as English'
    """
    if article.language:
        primary = article.language.strip().lower().replace("_", "-").split("-")[0]
        if primary and primary not in ("en", "eng"):
            return f"its metadata gives the language {article.language!r}"
        return None
    words = _WORD.findall((article.text or "").lower())
    if len(words) < _SHORTEST:
        return None
    english = sum(1 for w in words if w in _ENGLISH_WORDS)
    return "its text does not read as English" if english < _LEAST_SHARE * len(words) else None
