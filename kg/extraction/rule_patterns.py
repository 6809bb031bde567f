"""The rules' patterns, searched first for what they need.

Most sentences hold none of a rule's words, and Python's ``re`` tries a pattern at every
position of a text, every way of its alternations, before it says so. A
:class:`RulePattern` first asks, of each way of its outermost alternation, whether the text
holds a word the way spells out and every match of it must contain (its *needles*: "talks"
or "summit", or "would"), which a substring test answers in a fraction of the time; it
searches only the ways that may match, and runs the pattern itself only from the first
place one of them does. A pattern that ignores case is matched several times slower than
one that does not, since every letter is folded as it is compared: such a pattern's ways
are searched as lower-case copies, on the lower-cased text. The ways and copies match
wherever the pattern does (case-sensitive parts of a copy are widened, never narrowed), so
the matches are the pattern's own, offsets and all.

Where no way can be built (a private module of ``re`` changed, or a construct this module
does not know), or a case-sensitive pattern spells out no needle, :func:`rule_pattern`
returns the plain compiled pattern: the same matches. Text whose lower-casing would not be
exact (a letter that lower-cases to two, a letter that ``re`` folds with others, such as
the dotless i) is searched by the pattern itself.

>>> p = rule_pattern(r"\\b(?:talks|summit)\\b", re.I)
>>> p.search("The SUMMIT opened.").span(), p.search("A summary.")
((4, 10), None)
>>> rule_pattern(r"(?i:the) (?-i:Hague)").search("in the hague and in THE Hague").span()
(20, 29)
>>> rule_pattern(r"\\s+and\\s+(?=agreed|decided)").search("Rome and Paris and agreed").span()
(14, 19)
"""
from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from typing import Any, Callable

try:  # the parser and compiler of the patterns re compiles (Python 3.11 and later)
    from re import _casefix, _compiler, _constants, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10: plain patterns, the same matches
    _parser = None

_I = re.IGNORECASE
_END = sys.maxsize  # the end of any text, as re takes it


class _Unsupported(Exception):
    """A construct a lower-case copy cannot be built for."""


def _folded_elsewhere() -> frozenset[str]:
    """The letters that re folds with others than their lower case (ı with i, ſ with s,
    ς with σ), and their capitals: text holding one is searched by the pattern itself."""
    letters = {chr(c) for key, others in _casefix._EXTRA_CASES.items() for c in (key, *others)}
    return frozenset(c for letter in letters for c in (letter, letter.upper()) if not c.isascii())


def _lower_char(code: int) -> int:
    lowered = chr(code).lower()
    return ord(lowered) if len(lowered) == 1 else code


class _LowerCopy:
    """Builds the lower-case copy of a parsed pattern; ``folding`` says whether the part
    being copied is case-insensitive."""

    def __init__(self, folded: frozenset[str]) -> None:
        self.folded = folded

    def letter(self, code: int, folding: bool) -> int:
        if folding and chr(code) in self.folded:
            raise _Unsupported  # re folds it with a letter other than its lower case
        return _lower_char(code)

    def char_set(self, items: list, folding: bool) -> list:
        out: list = []
        for op, av in items:
            if op is _constants.NEGATE:
                if not folding:
                    raise _Unsupported  # "[^A]" keeps "a", which lower-casing would lose
                out.append((op, av))
            elif op is _constants.LITERAL:
                out.append((op, self.letter(av, folding)))
            elif op is _constants.RANGE:
                low, high = av
                if high - low > 512:
                    raise _Unsupported
                out += [(_constants.LITERAL, self.letter(c, folding)) for c in range(low, high + 1)]
            elif op is _constants.CATEGORY:
                out.append((op, av))
            else:
                raise _Unsupported
        return out

    def items(self, items: list, folding: bool) -> list:
        c = _constants
        out: list = []
        for op, av in items:
            if op is c.LITERAL:
                out.append((op, self.letter(av, folding)))
            elif op is c.NOT_LITERAL:
                if not folding and chr(av).lower() != chr(av).upper():
                    raise _Unsupported
                out.append((op, self.letter(av, folding)))
            elif op is c.IN:
                out.append((op, self.char_set(av, folding)))
            elif op is c.SUBPATTERN:
                group, add, remove, sub = av
                inner = (folding or bool(add & _I)) and not remove & _I
                sub.data = self.items(sub.data, inner)
                out.append((op, (group, add & ~_I, remove & ~_I, sub)))
            elif op is c.BRANCH:
                for branch in av[1]:
                    branch.data = self.items(branch.data, folding)
                out.append((op, av))
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
                av[2].data = self.items(av[2].data, folding)
                out.append((op, av))
            elif op is c.ASSERT:
                av[1].data = self.items(av[1].data, folding)
                out.append((op, av))
            elif op is c.ASSERT_NOT:
                if folding and not _case_sensitive_inside(av[1].data):
                    av[1].data = self.items(av[1].data, folding)
                    out.append((op, av))
                # A case-sensitive "(?!The)" would refuse a lower-cased "the" the pattern
                # takes, and so would one with a case-sensitive part ("(?!\s+(?-i:[A-Z]))"
                # refuses the lower-cased " met"): the copy goes without it (it only widens
                # what the copy finds).
            elif op is getattr(c, "ATOMIC_GROUP", None):
                av.data = self.items(av.data, folding)
                out.append((op, av))
            elif op in (c.AT, c.ANY, c.CATEGORY, c.GROUPREF):
                out.append((op, av))
            else:
                raise _Unsupported
        return out


def _case_sensitive_inside(items: list) -> bool:
    """Whether parsed ``items`` hold a part that turns case folding off ("(?-i:...)")."""
    c = _constants
    for op, av in items:
        if op is c.SUBPATTERN and (av[2] & _I or _case_sensitive_inside(av[3].data)):
            return True
        if op is c.BRANCH and any(_case_sensitive_inside(branch.data) for branch in av[1]):
            return True
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)) and \
                _case_sensitive_inside(av[2].data):
            return True
        if op in (c.ASSERT, c.ASSERT_NOT) and _case_sensitive_inside(av[1].data):
            return True
        if op is getattr(c, "ATOMIC_GROUP", None) and _case_sensitive_inside(av.data):
            return True
    return False


_COPIER = _LowerCopy(_folded_elsewhere()) if _parser is not None else None


def _needles(items: list) -> frozenset[str] | None:
    """Strings one of which every match of the parsed ``items`` holds (a run of letters
    the pattern spells out, or one word of each way an alternation goes), the most telling
    such set; None if the pattern spells out none."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def consider(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and (best is None or (min(map(len, found)), -len(found)) > (min(map(len, best)), -len(best))):
            best = found

    c = _constants
    for op, av in items:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            consider(frozenset(["".join(run)]))
            run = []
        if op is c.SUBPATTERN:
            consider(_needles(av[3].data))
        elif op is c.BRANCH:
            ways = [_needles(branch.data) for branch in av[1]]
            if all(ways):
                consider(frozenset().union(*ways))  # type: ignore[arg-type]
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)) and av[0] >= 1:
            consider(_needles(av[2].data))
        elif op is c.ASSERT:
            consider(_needles(av[1].data))
        elif op is getattr(c, "ATOMIC_GROUP", None):
            consider(_needles(av.data))
    if run:
        consider(frozenset(["".join(run)]))
    # (a needle that holds another tells nothing more: "accords" holds "accord")
    return best and frozenset(n for n in best if not any(o != n and o in n for o in best))


# Needles are looked for one by one: a way with more of them is searched without.
_MOST_NEEDLES = 8
# An alternation of more ways than this with needles is searched whole, as one.
_MOST_WAYS = 9


Parts = tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]


def _parts(pattern: str, flags: int, lower: bool) -> Parts | None:
    """A pattern in parts, each with the needles a text must hold for it to match (none
    where it spells out none, or too many to look for): one part for each way of its
    outermost alternation that has needles, one for the ways that have none; or the whole
    pattern as one part, where no way or too many ways have needles. ``lower``: the parts
    are lower-case copies, to be searched on lower-cased text."""
    if _COPIER is None:
        return None
    try:
        tree = _parser.parse(pattern, flags)
        if lower:
            tree.data = _COPIER.items(tree.data, bool(tree.state.flags & _I))
            tree.state.flags &= ~_I
        whole = list(tree.data)
        # The outermost alternation, with what all its ways share before and after it
        # (re's parser takes a shared "\b" out of the ways: "\b(?:a|b)" for "\ba|\bb").
        at = [i for i, (op, _) in enumerate(whole) if op is _constants.BRANCH]
        before, after = (whole[:at[0]], whole[at[0] + 1:]) if len(at) == 1 else ([], [])
        ways = whole[at[0]][1][1] if len(at) == 1 else []
        needled = [(needles, way) for way in ways if (needles := _few_needles(before + list(way.data) + after))]
        if needled and len(needled) <= _MOST_WAYS:
            rest = [way for way in ways if not any(way is w for _, w in needled)]
            parts = [(needles, before + list(way.data) + after) for needles, way in needled]
            if rest:
                parts.append((frozenset(), before + [(_constants.BRANCH, (None, rest))] + after))
        else:
            parts = [(_few_needles(whole) or frozenset(), whole)]
        if not lower and not any(needles for needles, _ in parts):
            return None  # nothing to look for first: the pattern itself is as quick
        # (each part a pattern of its own: a parsed pattern keeps the width it was first measured at)
        return tuple((tuple(sorted(needles)), _compiler.compile(_parser.SubPattern(tree.state, data), 0))
                     for needles, data in parts)
    except (_Unsupported, AttributeError, TypeError, ValueError, re.error):
        return None


def _few_needles(items: list) -> frozenset[str] | None:
    needles = _needles(items)
    return needles if needles and len(needles) <= _MOST_NEEDLES else None


class _Lowered:
    """The lower-cased text of the last string asked for: the patterns of a rule search
    the same sentence one after another. (The pair is replaced whole, never half, so
    that threads that share it read a text with its own lower case.)"""

    def __init__(self, folded: frozenset[str] | None) -> None:
        self.folded = folded  # (None where re's folding is not known: only ASCII text is lowered exactly)
        self.last: tuple[str, str | None] = ("", "")

    def __call__(self, text: str) -> str | None:
        last = self.last
        if last[0] is text:
            return last[1]
        lowered = text.lower()
        exact = text.isascii() or (self.folded is not None and len(lowered) == len(text)
                                   and self.folded.isdisjoint(text))
        found = lowered if exact else None
        self.last = (text, found)
        return found


_lowered = _Lowered(_COPIER.folded if _COPIER is not None else None)


class RulePattern:
    """A compiled pattern with its parts (see the module's doc); searched, iterated,
    substituted and split as a ``re.Pattern`` is, with the same results."""

    __slots__ = ("_pattern", "_parts", "_lower", "_needles", "pattern", "flags", "groups", "groupindex",
                 "match", "fullmatch", "subn")

    def __init__(self, pattern: re.Pattern[str], parts: Parts, lower: bool) -> None:
        self._pattern, self._parts, self._lower = pattern, parts, lower
        # (anchored where they are asked to match: the pattern's own, with no needles to look for)
        self.match, self.fullmatch, self.subn = pattern.match, pattern.fullmatch, pattern.subn
        # A case-sensitive pattern in one part is searched itself, once its needles are found.
        self._needles = parts[0][0] if not lower and len(parts) == 1 else None
        self.pattern, self.flags = pattern.pattern, pattern.flags
        self.groups, self.groupindex = pattern.groups, pattern.groupindex

    def _first(self, text: str, pos: int, endpos: int) -> int:
        """Where the pattern may first match at or after ``pos``: -1 if nowhere. (The
        first match of an alternation is the first of any of its ways; a way whose
        needles the text lacks is not searched.)"""
        searched = _lowered(text) if self._lower else text
        if searched is None:
            return pos
        # (needles are looked for in the whole text: a search within a stretch of a long
        # one looks for none, lest each search cost the length of the text)
        whole = pos == 0 and endpos >= len(text)
        first = -1
        for needles, part in self._parts:
            for needle in needles if whole else ():
                if needle in searched:
                    break
            else:
                if needles and whole:
                    continue
            found = part.search(searched, pos, endpos)
            if found is not None and (first == -1 or found.start() < first):
                first = found.start()
        return first

    def search(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        if self._needles is not None:
            if pos or endpos < len(text):
                return self._pattern.search(text, pos, endpos)
            for needle in self._needles:
                if needle in text:
                    return self._pattern.search(text, pos, endpos)
            return None
        at = self._first(text, pos, endpos)
        return None if at == -1 else self._pattern.search(text, at, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str]]:
        at = self._first(text, pos, endpos)
        return iter(()) if at == -1 else self._pattern.finditer(text, at, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = _END) -> list[Any]:
        at = self._first(text, pos, endpos)
        return [] if at == -1 else self._pattern.findall(text, at, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return text if self._first(text, 0, _END) == -1 else self._pattern.sub(repl, text, count)

    def split(self, text: str, maxsplit: int = 0) -> list[str | Any]:
        return [text] if self._first(text, 0, _END) == -1 else self._pattern.split(text, maxsplit)

    def __repr__(self) -> str:
        return f"rule_pattern({self.pattern!r})"


class _Words:
    """The words, lower-cased, of the last string asked for (a lexicon's concepts are
    looked for in the same sentence one after another); None where lower-casing is not exact."""

    _WORD = re.compile(r"[^\W_]+")

    def __init__(self) -> None:
        self.last: tuple[str, frozenset[str] | None] = ("", frozenset())

    def __call__(self, text: str) -> frozenset[str] | None:
        last = self.last
        if last[0] is text:
            return last[1]
        lowered = _lowered(text)
        found = None if lowered is None else frozenset(self._WORD.findall(lowered))
        self.last = (text, found)
        return found

    @classmethod
    def first(cls, phrase: str) -> str | None:
        words = cls._WORD.findall(phrase.lower())
        return words[0] if words else None


_words = _Words()


class PhrasePattern:
    """A pattern that matches phrases as whole words, tried only on a text that holds the
    first word of one of them: a look-up in the set of the text's words, where ``re``
    would try the pattern's alternation at every position of the text."""

    __slots__ = ("_pattern", "_first_words", "pattern", "flags", "groups", "groupindex", "match", "fullmatch")

    def __init__(self, pattern: Pattern, first_words: frozenset[str]) -> None:
        self._pattern, self._first_words = pattern, first_words
        self.match, self.fullmatch = pattern.match, pattern.fullmatch
        self.pattern, self.flags = pattern.pattern, pattern.flags
        self.groups, self.groupindex = pattern.groups, pattern.groupindex

    def _may_match(self, text: str) -> bool:
        words = _words(text)
        return words is None or not self._first_words.isdisjoint(words)

    def search(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self._pattern.search(text, pos, endpos) if self._may_match(text) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str]]:
        return self._pattern.finditer(text, pos, endpos) if self._may_match(text) else iter(())

    def findall(self, text: str, pos: int = 0, endpos: int = _END) -> list[Any]:
        return self._pattern.findall(text, pos, endpos) if self._may_match(text) else []

    def __repr__(self) -> str:
        return f"phrase_pattern({self.pattern!r})"


#: What :func:`rule_pattern` gives, searched as a compiled pattern is; and what
#: :func:`phrase_pattern` gives, searched (not substituted or split) as one is.
Pattern = RulePattern | re.Pattern[str]
AnyPattern = Pattern | PhrasePattern


def rule_pattern(pattern: str, flags: int = 0) -> Pattern:
    """``re.compile(pattern, flags)``, searched for its needles first, and on lower-cased
    text where it ignores case (with ``re.I`` or ``(?i:...)``)."""
    compiled = re.compile(pattern, flags)
    lower = bool(compiled.flags & _I) or "(?i" in pattern
    parts = _parts(pattern, flags, lower)
    return compiled if parts is None else RulePattern(compiled, parts, lower)


def phrase_pattern(pattern: str, phrases: Iterable[str], flags: int = 0) -> AnyPattern:
    """``rule_pattern(pattern, flags)`` for a pattern that matches one of ``phrases`` as
    whole words (no word character before or after it, in the case the pattern asks for),
    tried only on texts that hold the first word of one of the phrases in any case.

    >>> p = phrase_pattern(r"(?<![\\w-])(?:peace talks|summit)(?![\\w-])", ["peace talks", "summit"])
    >>> p.search("The Summit opened."), p.search("They held peace talks.").span()
    (None, (10, 21))
    """
    compiled = rule_pattern(pattern, flags)
    first_words = {_Words.first(phrase) for phrase in phrases}
    if None in first_words or not first_words:
        return compiled  # a phrase with no word to look for: every text may hold it
    return PhrasePattern(compiled, frozenset(first_words))  # type: ignore[arg-type]
