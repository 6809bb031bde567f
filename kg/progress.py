"""Progress of the library's long calls, told to a callback: the library never prints.

A callback is told ``(stage, done, total)``: the stage's name, the units done so far and
the units in all, in the stage's own units, first with 0 done and last with ``done ==
total``. The stages are "extracting" (articles), "resolving" (events, then documents),
"mapping" (articles), "validating" (shape checks), "reading" (bytes of the files),
"writing" (quads) and "pushing" (graphs sent to a server). The ``kg`` command draws a
bar for each stage that runs long on a terminal; a program of one's own can log them::

    kg.build_graph(facts, progress=lambda stage, done, total: print(stage, done, total))
"""
from __future__ import annotations

from typing import BinaryIO, Callable

__all__ = ["Progress", "silent", "CountingReader"]

Progress = Callable[[str, int, int], None]
"""Told ``(stage, done, total)`` as a long call goes on."""


def silent(stage: str, done: int, total: int) -> None:
    """The progress callback of a caller who asked for none."""


class CountingReader:
    """A binary file that tells ``progress`` how many bytes of ``total`` were read so far
    (``offset`` of them before this file), each megabyte and at its end, for a parser
    that reads it in chunks."""

    STEP = 1 << 20

    def __init__(self, raw: BinaryIO, progress: Progress, stage: str, offset: int, total: int) -> None:
        self._raw, self._progress, self._stage = raw, progress, stage
        self._done, self._told, self._total = offset, offset, total

    def read(self, size: int = -1) -> bytes:
        chunk = self._raw.read(size)
        self._done += len(chunk)
        if not chunk or self._done - self._told >= self.STEP:
            self._told = self._done
            self._progress(self._stage, min(self._done, self._total), self._total)
        return chunk
