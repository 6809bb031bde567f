"""Reading articles to extract from: plain text, article JSON, JSONL, or folders of them.

A ``.txt`` file is one article whose id is the file's stem, and whose first line is its
title when it looks like a headline (short, no final full stop, followed by a blank
line). JSON holds ``{"article": {"id", "text", "published"?, "publisher"?, "url"?,
"title"?}}``; an object with any of the facts keys (``states``, ``events``...) is facts
already and is passed through as such, so facts and articles can be mixed.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

from kg.errors import FactsError
from kg.facts import Article, NewsFacts, jsonl_lines, load_json, parse_facts

__all__ = ["read_articles", "iter_inputs", "iter_located_inputs", "FACT_KEYS"]

FACT_KEYS = ("states", "bodies", "persons", "events", "documents")


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise FactsError(f"{path}: not UTF-8 text ({err.reason} at byte {err.start}); save the file as UTF-8") from err
    except OSError as err:
        raise FactsError(f"{path}: cannot read ({err.strerror})") from err


def _article_from_text(path: Path) -> Article:
    text = _read_text(path)
    lines = text.split("\n")
    title = None
    first = lines[0].strip() if lines else ""
    if first and len(first) < 140 and not first.endswith(".") and len(lines) > 1 and not lines[1].strip():
        title = first
    return Article(id=path.stem, text=text, title=title)


def _item(where: str, data: object) -> Article | NewsFacts:
    if not isinstance(data, dict) or not isinstance(data.get("article"), dict):
        raise FactsError(f"{where}: expected {{\"article\": {{\"id\": ..., \"text\": ...}}}}; "
                         "give each article as an object with an \"article\" key")
    if any(k in data for k in FACT_KEYS):
        return parse_facts(data, where)  # facts already: passed through
    facts = parse_facts({"article": data["article"]}, where)
    if not facts.article.text:
        raise FactsError(f"{where}: article.text: missing; give the article's text to extract from")
    return facts.article


def iter_inputs(paths: Iterable[str | Path]) -> Iterator[Article | NewsFacts]:
    """Articles (to extract) and facts (already extracted) from files and folders, in order."""
    for _, item in iter_located_inputs(paths):
        yield item


def iter_located_inputs(paths: Iterable[str | Path]) -> Iterator[tuple[str, Article | NewsFacts]]:
    """(where, item) for each article or facts object: the file, and its line or item."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.suffix in (".txt", ".json", ".jsonl") and p.is_file())
        elif path.is_file():
            files = [path]
        else:
            raise FactsError(f"{path}: no such file or folder; check the path")
        for f in files:
            if f.suffix == ".txt":
                yield str(f), _article_from_text(f)
            elif f.suffix == ".jsonl":
                for n, line in jsonl_lines(_read_text(f)):
                    yield f"{f}:{n}", _item(f"{f}:{n}", load_json(line, f"{f}:{n}",
                                                                "write one complete JSON object per line"))
            elif f.suffix == ".json":
                data = load_json(_read_text(f), str(f), "fix the JSON syntax", whole_file=True)
                for i, item in enumerate(data if isinstance(data, list) else [data]):
                    where = str(f) if not isinstance(data, list) else f"{f}: item {i}"
                    yield where, _item(where, item)
            else:
                raise FactsError(f"{f}: unknown input type {f.suffix!r}; give .txt, .json or .jsonl files")


def read_articles(paths: Iterable[str | Path]) -> list[Article]:
    """The articles to extract from, in input order (facts objects keep only their article)."""
    return [x if isinstance(x, Article) else x.article for x in iter_inputs(paths)]
