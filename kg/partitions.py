"""Inputs split into partitions to extract apart: whole files, and large JSON Lines files
cut into spans of whole lines.

Partitions are planned from file sizes and line boundaries only: the client that plans
them reads no article, and each worker reads only its own partition's bytes. In input
order, one after the other, the partitions hold every input exactly once, so extracting
them one by one and joining the outputs gives what extracting all inputs at once gives.
The plan depends on the inputs' bytes and the number of partitions asked for only.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from kg.errors import FactsError
from kg.inputs import ARTICLE_SUFFIXES, STDIN, Input, LineSpan, input_files, iter_located_file, unique_ids

__all__ = ["Piece", "Partition", "list_inputs", "plan_partitions", "iter_partition", "part_name", "is_part_name"]

_BLOCK = 1 << 20  # bytes read at a time when looking for line ends


@dataclass(frozen=True)
class Piece:
    """A whole input file, or a span of lines of a JSON Lines file."""

    name: str  # the file as the user named it, for messages
    path: str  # the file's absolute path, which the workers open
    size: int  # bytes of the piece
    span: LineSpan | None = None  # None: the whole file


@dataclass(frozen=True)
class Partition:
    """The inputs one worker extracts, in input order, and the file its facts go to."""

    index: int
    pieces: tuple[Piece, ...]
    file_name: str

    @property
    def size(self) -> int:
        return sum(p.size for p in self.pieces)


def part_name(index: int, count: int) -> str:
    """The facts file of partition ``index`` of ``count``: zero-padded, so that sorting the
    names (as a folder is read) gives the partitions' order.

    >>> part_name(3, 12), part_name(12, 200_000)
    ('part-00003.jsonl', 'part-000012.jsonl')
    """
    return f"part-{index:0{max(5, len(str(count - 1)))}d}.jsonl"


def is_part_name(name: str) -> bool:
    """Whether ``name`` is that of a partition's facts file.

    >>> is_part_name("part-00003.jsonl"), is_part_name("part-3.jsonl"), is_part_name("facts.jsonl")
    (True, False, False)
    """
    digits = name.removeprefix("part-").removesuffix(".jsonl")
    return name.startswith("part-") and name.endswith(".jsonl") and len(digits) >= 5 and digits.isdigit()


def list_inputs(paths: Iterable[str | Path]) -> list[Path]:
    """The input files among ``paths`` (folders searched as :func:`kg.inputs.input_files`
    searches them), in input order.

    Raises
    ------
    FactsError : a path that does not exist, or ``-``: the workers cannot read the
        standard input of the client.
    """
    files = list(input_files(paths, ARTICLE_SUFFIXES))
    if any(str(f) == STDIN for f in files):
        raise FactsError("-: standard input cannot be split among workers; write the articles to a file that "
                         "every worker can read and give its path")
    return files


def plan_partitions(files: list[Path], count: int) -> list[Partition]:
    """At most ``count`` partitions of about equal size in bytes, holding ``files`` in order.

    A ``.json`` or ``.txt`` file is never cut: a partition may hold several, or one
    larger than the others. A ``.jsonl`` file is cut at line ends wherever a partition is
    full, so that a large one is spread over many workers.

    Raises
    ------
    FactsError : a file that cannot be read.
    """
    sizes = [_size(f) for f in files]
    total = sum(sizes)
    target = max(1, -(-total // max(1, count)))  # ceiling: every full partition holds at least this
    partitions: list[list[Piece]] = []
    current: list[Piece] = []
    filled = 0
    for file, size in zip(files, sizes):
        name, path = str(file), str(file.resolve())
        if file.suffix == ".jsonl" and size > target - filled:
            pieces = [Piece(name, path, s.end - s.start, s) for s in _cut(file, size, target - filled, target)]
        else:
            pieces = [Piece(name, path, size)]
        for piece in pieces:
            current.append(piece)
            filled += piece.size
            if filled >= target:
                partitions.append(current)
                current, filled = [], 0
    if current:
        partitions.append(current)
    return [Partition(i, tuple(pieces), part_name(i, len(partitions))) for i, pieces in enumerate(partitions)]


def iter_partition(partition: Partition) -> Iterator[tuple[str, Input]]:
    """(where, item) of every article and facts object of a partition, in order, read as
    :func:`kg.inputs.iter_located_inputs` reads them, ids checked within the partition.

    Raises
    ------
    FactsError : as :func:`kg.inputs.iter_located_inputs`, with the same message.
    """
    return unique_ids(chain.from_iterable(iter_located_file(Path(p.path), p.name, p.span)
                                          for p in partition.pieces))


def _size(file: Path) -> int:
    try:
        return file.stat().st_size
    except OSError as err:
        raise FactsError(f"{file}: cannot read ({err.strerror})") from err


def _cut(file: Path, size: int, first: int, each: int) -> list[LineSpan]:
    """The spans of whole lines that a JSON Lines file is cut into: the first of about
    ``first`` bytes, the others of about ``each``, the last what remains."""
    spans: list[LineSpan] = []
    try:
        with file.open("rb") as raw:
            start, line, want = 0, 1, first
            while start < size:
                end = _line_start_after(raw, start + want, size)
                spans.append(LineSpan(start, end, line))
                line += _line_ends(raw, start, end)
                start, want = end, each
    except OSError as err:
        raise FactsError(f"{file}: cannot read ({err.strerror})") from err
    return spans


def _line_start_after(raw: BinaryIO, offset: int, size: int) -> int:
    """The first start of a line at or after ``offset`` (a byte after a newline), or ``size``."""
    if offset >= size:
        return size
    raw.seek(offset - 1)
    at = offset - 1
    while block := raw.read(_BLOCK):
        newline = block.find(b"\n")
        if newline >= 0:
            return at + newline + 1
        at += len(block)
    return size


def _line_ends(raw: BinaryIO, start: int, end: int) -> int:
    """How many lines end between bytes ``start`` and ``end``, counted as the text reader
    of JSON Lines files counts them: "\\n", "\\r\\n" and a lone "\\r" each end one."""
    raw.seek(start)
    ends, left, last = 0, end - start, b""
    while left > 0 and (block := raw.read(min(_BLOCK, left))):
        ends += block.count(b"\n") + block.count(b"\r") - block.count(b"\r\n")
        if last == b"\r" and block.startswith(b"\n"):
            ends -= 1  # a "\r\n" across two blocks, counted once in each
        last, left = block[-1:], left - len(block)
    return ends
