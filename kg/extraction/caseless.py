"""Case-insensitive patterns searched on lower-cased text first.

Python's ``re`` matches a pattern compiled with ``re.IGNORECASE`` several times slower
than the same pattern without the flag, since every letter is folded as it is compared;
and most sentences hold none of a filter's words. A :class:`Caseless` pattern first
searches the lower-cased text with a copy of itself whose letters are all lower case and
which has no flag, and only where that copy finds something does the pattern itself run,
from there. The copy matches wherever the pattern does (its case-sensitive parts are
widened, never narrowed), so the matches are the pattern's own, offsets and all.

Where the copy cannot be built (a private module of ``re`` changed, or a construct this
module does not know), :func:`caseless` returns the plain compiled pattern: slower, the
same matches. Text whose lower-casing would not be exact (a letter that lower-cases to
two, a letter that ``re`` folds with others, such as the dotless i) is searched by the
pattern itself.

>>> p = caseless(r"\\b(?:talks|summit)\\b", re.I)
>>> p.search("The SUMMIT opened.").span(), p.search("A summary.")
((4, 10), None)
>>> caseless(r"(?i:the) (?-i:Hague)").search("in the hague and in THE Hague").span()
(20, 29)
"""
from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from typing import Any, Callable

try:  # the parser and compiler of the patterns re compiles (Python 3.11 and later)
    from re import _casefix, _compiler, _constants, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10: plain patterns, the same matches
    _parser = None

_I = re.IGNORECASE
_END = sys.maxsize  # the end of any text, as re takes it


class _Unsupported(Exception):
    """A construct the lower-case copy cannot be built for."""


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
                if folding:
                    av[1].data = self.items(av[1].data, folding)
                    out.append((op, av))
                # A case-sensitive "(?!The)" would refuse a lower-cased "the" the pattern
                # takes: the copy goes without it (it only widens what the copy finds).
            elif op is getattr(c, "ATOMIC_GROUP", None):
                av.data = self.items(av.data, folding)
                out.append((op, av))
            elif op in (c.AT, c.ANY, c.CATEGORY, c.GROUPREF):
                out.append((op, av))
            else:
                raise _Unsupported
        return out


_COPIER = _LowerCopy(_folded_elsewhere()) if _parser is not None else None


def _lower_copy(pattern: str, flags: int) -> re.Pattern[str] | None:
    if _COPIER is None:
        return None
    try:
        tree = _parser.parse(pattern, flags)
        tree.data = _COPIER.items(tree.data, bool(tree.state.flags & _I))
        tree.state.flags &= ~_I
        copy: re.Pattern[str] = _compiler.compile(tree, 0)
    except (_Unsupported, AttributeError, TypeError, ValueError, re.error):
        return None
    return copy


class _Lowered:
    """The lower-cased text of the last string asked for: the patterns of a rule search
    the same sentence one after another. (The pair is replaced whole, never half, so
    that threads that share it read a text with its own lower case.)"""

    def __init__(self, folded: frozenset[str]) -> None:
        self.folded = folded
        self.last: tuple[str, str | None] = ("", "")

    def __call__(self, text: str) -> str | None:
        last = self.last
        if last[0] is text:
            return last[1]
        lowered = text.lower()
        exact = text.isascii() or (len(lowered) == len(text) and self.folded.isdisjoint(text))
        found = lowered if exact else None
        self.last = (text, found)
        return found


_lowered = _Lowered(_COPIER.folded if _COPIER is not None else frozenset())


class Caseless:
    """A compiled case-insensitive pattern with its lower-case copy; searched, iterated,
    substituted and split as a ``re.Pattern`` is, with the same results."""

    __slots__ = ("_pattern", "_copy", "pattern", "flags", "groups", "groupindex")

    def __init__(self, pattern: re.Pattern[str], copy: re.Pattern[str]) -> None:
        self._pattern, self._copy = pattern, copy
        self.pattern, self.flags = pattern.pattern, pattern.flags
        self.groups, self.groupindex = pattern.groups, pattern.groupindex

    def _first(self, text: str, pos: int, endpos: int) -> int:
        """Where the pattern may first match at or after ``pos``: -1 if nowhere."""
        lowered = _lowered(text)
        if lowered is None:
            return pos
        found = self._copy.search(lowered, pos, endpos)
        return -1 if found is None else found.start()

    def search(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
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

    def match(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self._pattern.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self._pattern.fullmatch(text, pos, endpos)

    def __repr__(self) -> str:
        return f"caseless({self.pattern!r})"


#: What :func:`caseless` gives: searched as a compiled pattern is.
Pattern = Caseless | re.Pattern[str]


def caseless(pattern: str, flags: int = 0) -> Pattern:
    """``re.compile(pattern, flags)``, searched on lower-cased text first where the
    pattern ignores case (with ``re.I`` or ``(?i:...)``) and a lower-case copy can be built."""
    compiled = re.compile(pattern, flags)
    if not compiled.flags & _I and "(?i" not in pattern:
        return compiled
    copy = _lower_copy(pattern, flags)
    return compiled if copy is None else Caseless(compiled, copy)
