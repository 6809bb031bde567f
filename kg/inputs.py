"""Reading inputs: news facts and articles from files, folders and standard input.

The one reader behind :func:`kg.read_facts`, :func:`kg.read_articles` and every command
that takes facts or articles: one JSON/JSONL loop and one duplicate-id check for all.

- ``.txt``: one article; its id is the file's stem, and its first line is its title when
  it looks like a headline (short, no final full stop, followed by a blank line).
- ``.json``: one object, or a list of them; ``.jsonl``: one object per line.
- a folder: its ``.txt``, ``.json`` and ``.jsonl`` files, searched recursively, sorted.
- ``-``: standard input, read as JSON Lines (what ``kg extract`` writes).

A file can also be read under another name than its path (a worker of a cluster opens
the absolute path and names the file as the user gave it), and a JSON Lines file a
:class:`LineSpan` at a time (its lines in a range of bytes), numbered as in the whole file.

An object with any facts key (``states``, ``events``...) is facts already; one with only
an ``"article"`` is an article to extract, and must then hold the article's text. JSON is
parsed only by :func:`kg.facts.load_json`, so every input refuses the same things.
"""
from __future__ import annotations

import io
import json
import sqlite3
import sys
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, NamedTuple, Protocol, TypeVar

from kg.errors import FactsError
from kg.facts import Article, NewsFacts, jsonl_lines, load_json, parse_facts

__all__ = ["FACT_KEYS", "FACT_SUFFIXES", "ARTICLE_SUFFIXES", "STDIN", "Input", "LineSpan", "iter_located_inputs",
           "iter_located_facts", "iter_located_file", "unique_ids", "claim_id", "SeenIds", "input_files"]

FACT_KEYS = ("states", "bodies", "persons", "events", "documents")
STDIN = "-"  # the path that names standard input, as in sqlite-utils and most Unix tools

Input = Article | NewsFacts
"""What an input holds: an article to extract from, or facts already extracted."""
_Item = TypeVar("_Item", bound=Input)

FACT_SUFFIXES = (".json", ".jsonl")  # what a folder of facts is searched for
ARTICLE_SUFFIXES = (".txt", *FACT_SUFFIXES)  # what a folder of articles (or facts) is searched for
_STDIN_NAME = "<stdin>"


class LineSpan(NamedTuple):
    """Whole lines of a JSON Lines file: the bytes from ``start`` (the start of a line) to
    ``end`` (the start of a line, or the end of the file), the first of them line
    ``first_line`` of the file, as its reader numbers lines."""

    start: int
    end: int
    first_line: int


def input_files(paths: Iterable[str | Path], suffixes: tuple[str, ...] = ARTICLE_SUFFIXES) -> Iterator[Path]:
    """The files among ``paths``, each folder replaced by its files with one of ``suffixes``
    (searched recursively, sorted so that the order does not depend on the file system).

    ``-`` (standard input) is passed through as ``Path("-")``.

    Raises
    ------
    FactsError : a path is neither a file nor a folder.
    """
    for raw in paths:
        path = Path(raw)
        if str(raw) == STDIN:
            yield path
        elif path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix in suffixes and p.is_file())
        elif path.is_file():
            yield path
        else:
            raise FactsError(f"{path}: no such file or folder; check the path")


def iter_located_inputs(paths: Iterable[str | Path]) -> Iterator[tuple[str, Input]]:
    """(where, item) for every article and facts object in ``paths``, in input order;
    ``where`` names the file, and the line (JSONL) or item (a JSON list).

    Raises
    ------
    FactsError : a bad file, line or field, an article without text, an input of unknown
        type, or an article id used twice.
    """
    return unique_ids(_located_items(paths))


def iter_located_facts(paths: Iterable[str | Path]) -> Iterator[tuple[str, NewsFacts]]:
    """(where, facts) for every facts object in ``.json`` and ``.jsonl`` files (and folders
    of them), in input order. An object holding only an ``"article"`` is facts with none
    found, as the facts format allows; any file given by name is read as JSON.

    Raises
    ------
    FactsError : a bad file, line or field, or an article id used twice.
    """
    def located() -> Iterator[tuple[str, NewsFacts]]:
        for path in input_files(paths, FACT_SUFFIXES):
            for where, data in _json_objects(path, str(path)):
                yield where, parse_facts(data, where)
    return unique_ids(located())


def _located_items(paths: Iterable[str | Path]) -> Iterator[tuple[str, Input]]:
    for path in input_files(paths, ARTICLE_SUFFIXES):
        yield from iter_located_file(path)


def iter_located_file(path: Path, name: str | None = None, span: LineSpan | None = None
                      ) -> Iterator[tuple[str, Input]]:
    """(where, item) for every article and facts object of one file (or ``-``), as
    :func:`iter_located_inputs` reads it, without the check of ids across files.

    ``name`` is the file's name in messages (default: ``path``); ``span``, for a ``.jsonl``
    file, reads only the lines in that range.

    Raises
    ------
    FactsError : a bad file, line or field, an article without text, or an input of unknown type.
    """
    name = str(path) if name is None else name
    if path.suffix == ".txt":
        yield name, _article_from_text(path, name)
    elif path.suffix in FACT_SUFFIXES or str(path) == STDIN:
        for where, data in _json_objects(path, name, span):
            yield where, _item(where, data)
    else:
        raise FactsError(f"{name}: unknown input type {path.suffix!r}; give .txt, .json or .jsonl files")


def unique_ids(located: Iterable[tuple[str, _Item]]) -> Iterator[tuple[str, _Item]]:
    """The items as they come, refusing the second use of an article id: the graph keys
    everything by it, so two articles with one id would be merged into one."""
    seen = SeenIds()
    try:
        for where, item in located:
            claim_id(seen, item.id if isinstance(item, Article) else item.article.id, where)
            yield where, item
    finally:
        seen.close()


class _Places(Protocol):
    """Where each article id met so far was first met: a dict, or :class:`SeenIds`."""

    def __contains__(self, aid: object) -> bool: ...

    def __getitem__(self, aid: str) -> str: ...

    def __setitem__(self, aid: str, where: str) -> None: ...


class SeenIds:
    """Article ids met so far, each with where it was first met, kept in a private
    temporary SQLite database that spills to disk past a few megabytes: inputs are read
    a chunk at a time, and their ids must not make memory grow with their number."""

    def __init__(self) -> None:
        # "": private, on disk once its page cache is full; read by whichever thread reads the inputs.
        self._db = sqlite3.connect("", check_same_thread=False)
        self._db.execute("CREATE TABLE seen (id TEXT PRIMARY KEY, place TEXT NOT NULL) WITHOUT ROWID")

    def close(self) -> None:
        self._db.close()

    def __contains__(self, aid: object) -> bool:
        return self._db.execute("SELECT 1 FROM seen WHERE id = ?", (aid,)).fetchone() is not None

    def __getitem__(self, aid: str) -> str:
        row = self._db.execute("SELECT place FROM seen WHERE id = ?", (aid,)).fetchone()
        if row is None:
            raise KeyError(aid)
        return row[0]

    def __setitem__(self, aid: str, where: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO seen (id, place) VALUES (?, ?)", (aid, where))


def claim_id(seen: _Places, aid: str, where: str) -> None:
    """Note in ``seen`` (id → where it first is) that article ``aid`` is at ``where``.

    Raises
    ------
    FactsError : ``aid`` is in ``seen`` already.
    """
    if aid in seen:
        raise FactsError(f"{where}: article.id: {json.dumps(aid)} is used twice (first at {seen[aid]}); "
                         "give every article a unique id")
    seen[aid] = where


def _json_objects(path: Path, name: str, span: LineSpan | None = None) -> Iterator[tuple[str, object]]:
    """(where, parsed object) for every object of one JSON or JSONL file (``span``: only
    those lines of a JSONL file), or of standard input (JSON Lines)."""
    if str(path) == STDIN:
        name, text, lines = _STDIN_NAME, _read_stdin(), True
    elif path.suffix == ".jsonl":
        yield from _jsonl_file(path, name, span)  # line by line: a file of any size in little memory
        return
    else:
        text, lines = _read_text(path, name), False
    if lines:
        for n, line in jsonl_lines(text):
            yield f"{name}:{n}", load_json(line, f"{name}:{n}", "write one complete JSON object per line")
        return
    data = load_json(text, name, "fix the JSON syntax", whole_file=True)
    if isinstance(data, list):
        for i, item in enumerate(data):
            yield f"{name}: item {i}", item
    else:
        yield name, data


def _jsonl_file(path: Path, name: str, span: LineSpan | None = None) -> Iterator[tuple[str, object]]:
    """(where, parsed object) of each line of a JSON Lines file (or of its ``span``), read
    as it goes. Lines are numbered as :func:`kg.facts.jsonl_lines` numbers those of the
    whole text."""
    try:
        # Text mode on purpose, as in _read_text: "\r\n" becomes "\n". A span is read
        # through the same text layer, so that it splits and numbers lines alike.
        with path.open("rb") as raw:
            reader: BinaryIO = raw if span is None else io.BufferedReader(_SpanReader(raw, span.start, span.end))
            lines = io.TextIOWrapper(reader, encoding="utf-8")
            for n, line in enumerate(lines, 1 if span is None else span.first_line):
                line = line.removesuffix("\n")
                if line.strip():
                    where = f"{name}:{n}"
                    yield where, load_json(line, where, "write one complete JSON object per line")
    except UnicodeDecodeError:
        _read_text(path, name)  # raises the whole file's message, which names the byte
        raise
    except OSError as err:
        raise FactsError(f"{name}: cannot read ({err.strerror})") from err


class _SpanReader(io.RawIOBase):
    """The bytes ``start`` to ``end`` of an open binary file, read as a file of their own."""

    def __init__(self, raw: BinaryIO, start: int, end: int) -> None:
        super().__init__()
        raw.seek(start)
        self._raw, self._left = raw, end - start

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self._raw.read(min(len(buffer), self._left))
        buffer[:len(data)] = data
        self._left -= len(data)
        return len(data)


def _not_utf8(name: str, err: UnicodeDecodeError) -> FactsError:
    return FactsError(f"{name}: not UTF-8 text ({err.reason} at byte {err.start}); save the file as UTF-8")


def _read_text(path: Path, name: str) -> str:
    # Text mode on purpose: "\r\n" becomes "\n", and evidence offsets count in that text.
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise _not_utf8(name, err) from err
    except OSError as err:
        raise FactsError(f"{name}: cannot read ({err.strerror})") from err


def _read_stdin() -> str:
    # Bytes, decoded here: the text layer of stdin follows the locale, which may not be UTF-8.
    # JSON Lines are split at "\n" only and a "\r" before it dropped, so no translation is needed.
    try:
        return sys.stdin.buffer.read().decode("utf-8")
    except UnicodeDecodeError as err:
        raise _not_utf8(_STDIN_NAME, err) from err


def _article_from_text(path: Path, name: str) -> Article:
    text = _read_text(path, name)
    lines = text.split("\n")
    title = None
    first = lines[0].strip() if lines else ""
    if first and len(first) < 140 and not first.endswith(".") and len(lines) > 1 and not lines[1].strip():
        title = first
    return Article(id=path.stem, text=text, title=title)


def _item(where: str, data: object) -> Input:
    """An article to extract, or facts already given, from one parsed JSON object."""
    if not isinstance(data, dict) or not isinstance(data.get("article"), dict):
        raise FactsError(f"{where}: expected {{\"article\": {{\"id\": ..., \"text\": ...}}}}; "
                         "give each article as an object with an \"article\" key")
    if any(k in data for k in FACT_KEYS):
        return parse_facts(data, where)  # facts already: passed through
    facts = parse_facts({"article": data["article"]}, where)
    if not facts.article.text:
        raise FactsError(f"{where}: article.text: missing; give the article's text to extract from")
    return facts.article
