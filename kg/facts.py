"""News facts: frozen dataclasses, and reading, checking and writing them as JSON.

The format is the project's interchange and gold format (``shared/spec/facts-format.md``).
Facts are checked here, before any mapping, so that a bad file gives one line naming
the file, the line (JSON Lines) and the field, and how to fix it.
"""
from __future__ import annotations

import datetime as _dt
import json
import re
import sys
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Iterable, Iterator, Literal, TypeGuard, overload

import pycountry

from kg.atomic import atomic_write
from kg.errors import FactsError

__all__ = [
    "EVENT_TYPES", "DOCUMENT_TYPES", "STATUSES", "MODALITIES",
    "Evidence", "Article", "StateMention", "Body", "Person", "Event", "Document", "NewsFacts",
    "is_iso3", "parse_facts", "read_facts", "iter_fact_files", "write_facts", "facts_line", "facts_to_json",
    "facts_from_json", "jsonl_lines", "load_json",
]

EVENT_TYPES = ("summit", "ministerial", "talks", "visit", "call", "conference", "session", "signing", "meeting")
DOCUMENT_TYPES = (
    "treaty", "agreement", "memorandum", "declaration", "statement", "communique", "programme",
    "strategy", "plan", "address", "resolution", "protocol", "decision", "other",
)
STATUSES = ("proposed", "draft", "adopted", "signed", "ratified", "in_force", "discussed")
# Whether an event happened (or is happening), is only planned, or is reported as not
# having happened; an optional key beside the spec's, which readers may ignore.
MODALITIES = ("happened", "planned", "negated")

# Kosovo has no ISO code; news-facts use the user-assigned XKX, as the EU and IMF do.
_ISO3 = frozenset(c.alpha_3 for c in pycountry.countries) | {"XKX"}
# ASCII digits only: "\d" would take "２０１９", which no RDF tool reads as a year.
_DATE = re.compile(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")


def is_iso3(code: object) -> TypeGuard[str]:
    """Whether ``code`` is a known ISO 3166-1 alpha-3 code (or XKX for Kosovo).

    >>> is_iso3("RUS"), is_iso3("XKX"), is_iso3("RUZ"), is_iso3("rus")
    (True, True, False, False)
    """
    return isinstance(code, str) and code in _ISO3


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence a fact was drawn from: ``article.text[start:end] == text``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Article:
    """Where facts come from: the article's id and metadata, and optionally its text."""

    id: str
    url: str | None = None
    publisher: str | None = None
    published: str | None = None
    title: str | None = None
    language: str | None = None
    text: str | None = None


@dataclass(frozen=True, slots=True)
class StateMention:
    """A state the article names or refers to; ``name`` is the article's word for it."""

    iso3: str
    name: str | None = None
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True)
class Body:
    """An international body, organ or standing format as the article names it."""

    name: str | None
    acronym: str | None = None
    aliases: tuple[str, ...] = ()
    part_of: str | None = None
    evidence: Evidence | None = None

    @property
    def label(self) -> str:
        """The name, else the acronym: what the body is called in references."""
        return self.name or self.acronym or ""

    @property
    def names(self) -> tuple[str, ...]:
        """Every name by which facts may refer to this body."""
        return tuple(n for n in (self.name, self.acronym, *self.aliases) if n)


@dataclass(frozen=True, slots=True)
class Person:
    """An official acting for a state (ISO3) or a body (a body reference)."""

    name: str
    role: str | None = None
    state: str | None = None
    body: str | None = None
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """A cooperation event. ``participants`` holds ISO3 codes and body references."""

    id: str
    type: str
    name: str | None = None
    date: str | None = None
    end_date: str | None = None
    city: str | None = None
    country: str | None = None
    body: str | None = None
    participants: tuple[str, ...] = ()
    chair: str | None = None
    host: str | None = None
    evidence: Evidence | None = None
    modality: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """A document with the furthest status the article reports."""

    id: str
    type: str
    title: str | None
    status: str
    event: str | None = None
    proposed_by: tuple[str, ...] = ()
    parties: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    evidence: Evidence | None = None


@dataclass(frozen=True)
class NewsFacts:
    """Everything one article reports about international cooperation."""

    article: Article
    states: tuple[StateMention, ...] = ()
    bodies: tuple[Body, ...] = ()
    persons: tuple[Person, ...] = ()
    events: tuple[Event, ...] = ()
    documents: tuple[Document, ...] = field(default=())

    def body_named(self, ref: str | None) -> Body | None:
        """The body that ``ref`` (a name, acronym or alias) refers to, or None: the first
        listed of those it names."""
        return self._bodies_by_name.get(ref) if ref else None

    @cached_property
    def _bodies_by_name(self) -> dict[str, Body]:
        # A look-up, not a scan of the bodies: an event among thousands of bodies, each
        # a participant, would otherwise take time growing with the square of their number.
        index: dict[str, Body] = {}
        for body in self.bodies:
            for name in body.names:
                index.setdefault(name, body)
        return index

    def to_json(self) -> dict[str, Any]:
        """The facts as a JSON object in the spec's layout, every key present."""
        return facts_to_json(self)


# ---------------------------------------------------------------------------- checking


MAX_ITEMS = 10_000
"""The most items that the lists of one article's facts may hold in all: real articles
hold tens; a bound keeps the memory of mapping one article small whatever the input."""


def _shared(value: str) -> str:
    """One copy of a short string however often the facts repeat it: codes, dates, types,
    the names of bodies and cities. The JSON parser makes a new string for each value, and
    those copies were half the memory of a large input's facts."""
    return sys.intern(value) if len(value) <= _SHARED_LENGTH else value


_SHARED_LENGTH = 100  # longer strings (texts, quotes, titles) seldom repeat


class _Checker:
    """Turns one parsed JSON object into NewsFacts, or raises FactsError saying where."""

    def __init__(self, where: str):
        self.where = where
        self.items = 0  # in all the lists of the article so far

    def count(self, items: list, path: str) -> None:
        """Count a list's items against :data:`MAX_ITEMS`, the bound that keeps the graph
        of one article (and the memory its mapping takes) in proportion to real news."""
        self.items += len(items)
        if self.items > MAX_ITEMS:
            raise self.fail(path, f"the article's lists hold more than {MAX_ITEMS:,} items in all (states, bodies, "
                                  "persons, events, documents and the names and references in them)",
                            "keep one article's facts under that bound, or split them over several articles")

    def fail(self, field_path: str, problem: str, fix: str) -> FactsError:
        return FactsError(f"{self.where}: {field_path}: {problem}; {fix}")

    @overload
    def text(self, obj: dict, key: str, path: str, required: Literal[True]) -> str: ...
    @overload
    def text(self, obj: dict, key: str, path: str, required: bool = False) -> str | None: ...

    def text(self, obj: dict, key: str, path: str, required: bool = False) -> str | None:
        value = obj.get(key)
        if value is None or (value == "" and not required):
            if required:
                raise self.fail(f"{path}.{key}", "missing", f"give {key} as a non-empty string")
            return None
        if not isinstance(value, str) or (required and not value.strip()):
            raise self.fail(f"{path}.{key}", f"expected a string, got {json.dumps(value)[:60]}",
                            f"give {key} as a string or null")
        return _shared(value)

    def strings(self, obj: dict, key: str, path: str) -> tuple[str, ...]:
        value = obj.get(key)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(f"{path}.{key}", f"expected a list of strings, got {json.dumps(value)[:60]}",
                            f"give {key} as a JSON list of strings, or []")
        self.count(value, f"{path}.{key}")
        return tuple(_shared(v) for v in value)

    def objects(self, data: dict, key: str) -> list[dict]:
        value = data.get(key)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.fail(key, "expected a list of objects", f"give {key} as a JSON list of objects, or []")
        self.count(value, key)
        return value

    def evidence(self, obj: dict, path: str, text: str | None) -> Evidence | None:
        value = obj.get("evidence")
        if value is None:
            return None
        ok = isinstance(value, dict) and all(isinstance(value.get(k), int) and not isinstance(value.get(k), bool)
                                             for k in ("start", "end")) and isinstance(value.get("text"), str)
        if not ok or not 0 <= value["start"] <= value["end"]:
            raise self.fail(f"{path}.evidence", "expected {\"start\": int, \"end\": int, \"text\": str}",
                            "give the character offsets and the text of the sentence, or leave evidence out")
        if text is not None and text[value["start"]:value["end"]] != value["text"]:
            raise self.fail(f"{path}.evidence", "the text is not at those offsets of the article text",
                            "give offsets into article.text, counted in characters from 0")
        return Evidence(value["start"], value["end"], value["text"])

    def choice(self, obj: dict, key: str, path: str, allowed: tuple[str, ...]) -> str:
        value = obj.get(key)
        if value not in allowed:
            got = "missing" if value is None else f"unknown {key} {json.dumps(value)}"
            raise self.fail(f"{path}.{key}", got, f"use one of {', '.join(allowed)}")
        return _shared(value)

    def iso3(self, value: object, path: str) -> str | None:
        if value is None:
            return None
        if not is_iso3(value):
            raise self.fail(path, f"{json.dumps(value)} is not a known ISO 3166-1 alpha-3 code",
                            'use the upper-case three-letter code, such as "RUS" (XKX for Kosovo)')
        return _shared(value)

    def date(self, obj: dict, key: str, path: str) -> str | None:
        value = obj.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, str) and _DATE.fullmatch(value):
            parts = [int(p) for p in value.split("-")]
            try:
                _dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
                return _shared(value)
            except ValueError:
                pass
        raise self.fail(f"{path}.{key}", f"{json.dumps(value)} is not an ISO 8601 date",
                        "write YYYY-MM-DD, or YYYY-MM or YYYY when the text gives no more, or null")

    def actor(self, value: str, path: str, facts_bodies: dict[str, Body]) -> str:
        # A body the article defines wins over an ISO code: CAN is Canada, but also the
        # Andean Community's acronym, and the article's own list says which it means.
        if value in facts_bodies or is_iso3(value):
            return value
        raise self.fail(path, f"{json.dumps(value)} is neither a known ISO3 code nor a body this article defines",
                        "use an ISO3 code, or add the body to the article's bodies")

    def body_ref(self, value: str | None, path: str, facts_bodies: dict[str, Body]) -> str | None:
        if value is None:
            return None
        if value not in facts_bodies:
            raise self.fail(path, f"body {json.dumps(value)} is not defined by this article",
                            "use the name, acronym or an alias of one of the article's bodies, or add it there")
        return value

    def facts(self, data: object) -> NewsFacts:
        if not isinstance(data, dict):
            raise FactsError(f"{self.where}: expected a JSON object with an \"article\", got {type(data).__name__}; "
                             "write one facts object per line (JSONL) or per file (JSON)")
        art = data.get("article")
        if not isinstance(art, dict):
            raise self.fail("article", "missing", 'give an "article" object with at least an "id"')
        aid = art.get("id")
        if isinstance(aid, (int, float)) and not isinstance(aid, bool):
            aid = str(aid)
        if not isinstance(aid, str) or not aid.strip():
            raise self.fail("article.id", "missing or empty", "give every article a unique string id")
        self.where = f"{self.where}: article {json.dumps(aid)}"
        article = Article(
            id=aid,
            url=self.text(art, "url", "article"),
            publisher=self.text(art, "publisher", "article"),
            published=self.date(art, "published", "article"),
            title=self.text(art, "title", "article"),
            language=self.text(art, "language", "article"),
            text=self.text(art, "text", "article"),
        )

        states = []
        for i, s in enumerate(self.objects(data, "states")):
            code = self.iso3(s.get("iso3"), f"states[{i}].iso3")
            if code is None:
                raise self.fail(f"states[{i}].iso3", "missing", 'give the ISO3 code, such as "RUS"')
            states.append(StateMention(code, self.text(s, "name", f"states[{i}]"),
                                       self.evidence(s, f"states[{i}]", article.text)))

        bodies = []
        for i, b in enumerate(self.objects(data, "bodies")):
            path = f"bodies[{i}]"
            body = Body(self.text(b, "name", path), self.text(b, "acronym", path), self.strings(b, "aliases", path),
                        self.text(b, "part_of", path), self.evidence(b, path, article.text))
            if not body.label:
                raise self.fail(path, "a body needs a name or an acronym", "give at least one of them")
            bodies.append(body)
        by_name: dict[str, Body] = {}
        for body in bodies:
            for n in body.names:
                by_name.setdefault(n, body)
        # A body's part_of may name a body the article does not list (the spec allows it):
        # the mapping makes it a body of its own, so it is not checked against by_name.
        persons = []
        for i, p in enumerate(self.objects(data, "persons")):
            path = f"persons[{i}]"
            persons.append(Person(
                name=self.text(p, "name", path, required=True),
                role=self.text(p, "role", path),
                state=self.iso3(p.get("state"), f"{path}.state"),
                body=self.body_ref(self.text(p, "body", path), f"{path}.body", by_name),
                evidence=self.evidence(p, path, article.text),
            ))

        events = []
        event_ids: set[str] = set()
        for i, e in enumerate(self.objects(data, "events")):
            path = f"events[{i}]"
            eid = self.text(e, "id", path, required=True)
            if eid in event_ids:
                raise self.fail(f"{path}.id", f"duplicate event id {json.dumps(eid)}", "give each event its own id")
            event_ids.add(eid)
            events.append(Event(
                id=eid,
                type=self.choice(e, "type", path, EVENT_TYPES),
                name=self.text(e, "name", path),
                date=self.date(e, "date", path),
                end_date=self.date(e, "end_date", path),
                city=self.text(e, "city", path),
                country=self.iso3(e.get("country"), f"{path}.country"),
                body=self.body_ref(self.text(e, "body", path), f"{path}.body", by_name),
                participants=tuple(self.actor(v, f"{path}.participants", by_name)
                                   for v in self.strings(e, "participants", path)),
                chair=self.iso3(e.get("chair"), f"{path}.chair"),
                host=self.iso3(e.get("host"), f"{path}.host"),
                evidence=self.evidence(e, path, article.text),
                modality=self.choice(e, "modality", path, MODALITIES) if e.get("modality") is not None else None,
            ))

        documents = []
        doc_ids: set[str] = set()
        for i, d in enumerate(self.objects(data, "documents")):
            path = f"documents[{i}]"
            did = self.text(d, "id", path, required=True)
            if did in doc_ids:
                raise self.fail(f"{path}.id", f"duplicate document id {json.dumps(did)}", "give each document its own id")
            doc_ids.add(did)
            event = self.text(d, "event", path)
            if event is not None and event not in event_ids:
                raise self.fail(f"{path}.event", f"event {json.dumps(event)} is not defined by this article",
                                "use the id of one of the article's events, or null")
            documents.append(Document(
                id=did,
                type=self.choice(d, "type", path, DOCUMENT_TYPES),
                title=self.text(d, "title", path),
                status=self.choice(d, "status", path, STATUSES),
                event=event,
                proposed_by=tuple(self.actor(v, f"{path}.proposed_by", by_name)
                                  for v in self.strings(d, "proposed_by", path)),
                parties=tuple(self.actor(v, f"{path}.parties", by_name) for v in self.strings(d, "parties", path)),
                topics=self.strings(d, "topics", path),
                evidence=self.evidence(d, path, article.text),
            ))
        return NewsFacts(article, tuple(states), tuple(bodies), tuple(persons), tuple(events), tuple(documents))


def parse_facts(data: object, where: str = "<facts>") -> NewsFacts:
    """Check one parsed JSON object and return it as :class:`NewsFacts`.

    Parameters
    ----------
    data : the parsed JSON object of one article's facts.
    where : where it came from, for error messages (``file`` or ``file:line``).

    Raises
    ------
    FactsError : the object breaks the format; the message says where and how to fix it.

    Examples
    --------
    >>> f = parse_facts({"article": {"id": "a1"}, "states": [{"iso3": "FRA", "name": "France"}]})
    >>> f.states[0].iso3
    'FRA'
    >>> parse_facts({"article": {"id": "a1"}, "events": [{"id": "e1", "type": "party"}]}, "x.json")
    Traceback (most recent call last):
    kg.errors.FactsError: x.json: article "a1": events[0].type: unknown type "party"; use one of summit, ministerial, talks, visit, call, conference, session, signing, meeting
    """
    return _Checker(where).facts(data)


def iter_fact_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """The ``.json`` and ``.jsonl`` files among ``paths``, folders searched recursively, sorted."""
    from kg.inputs import FACT_SUFFIXES, input_files  # kg.inputs builds on this module: imported on use
    return input_files(paths, FACT_SUFFIXES)


def jsonl_lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, line) of each non-blank line of JSON Lines text. Lines end at "\n"
    only (and "\r\n"), as JSON Lines says: U+2028 or U+0085 inside a string is text."""
    for n, line in enumerate(text.split("\n"), 1):
        if line.strip():
            yield n, line.removesuffix("\r")


def load_json(text: str, where: str, fix: str, whole_file: bool = False) -> object:
    """Parse JSON text, refusing what no facts object can hold: syntax errors (where and
    ``fix``), nesting deeper than Python can follow, and lone surrogates ("\\ud800"),
    which are no characters and no RDF tool accepts. ``where`` names the file, and the
    line for one line of JSON Lines; for a ``whole_file`` the error's line is added."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        line = f"{where}:{err.lineno}" if whole_file else where
        raise FactsError(f"{line}: not valid JSON ({err.msg} at column {err.colno}); {fix}") from err
    except RecursionError as err:
        raise FactsError(f"{where}: JSON nested too deep to read; facts nest a few levels only") from err
    # A surrogate can only come from an escape of one (or from one in the text itself): a
    # text with neither needs no walk through every value it holds.
    bad = _lone_surrogate_at(data, "") if _SURROGATE_IN_JSON.search(text) else None
    if bad is not None:
        raise FactsError(f"{where}: {bad or 'the value'} holds a lone surrogate (an escape such as \"\\ud800\" "
                         "that is no Unicode character); remove it or write the whole character")
    return data


def _lone_surrogate_at(value: object, path: str, depth: int = 0) -> str | None:
    """The path of the first string (or key) holding a lone surrogate, else None."""
    if isinstance(value, str):
        return path if _SURROGATE.search(value) else None
    if depth > 200:
        return None
    if isinstance(value, dict):
        for k, v in value.items():
            here = f"{path}.{k}" if path else str(k)
            if _SURROGATE.search(k):
                return here
            found = _lone_surrogate_at(v, here, depth + 1)
            if found is not None:
                return found
    elif isinstance(value, list):
        for i, v in enumerate(value):
            found = _lone_surrogate_at(v, f"{path}[{i}]", depth + 1)
            if found is not None:
                return found
    return None


_SURROGATE = re.compile("[\ud800-\udfff]")
# A surrogate, or a JSON escape of one (\uD800 to \uDFFF, hexadecimal digits in either case).
_SURROGATE_IN_JSON = re.compile(r"[\ud800-\udfff]|\\u[dD][89a-fA-F]")


def read_facts(paths: str | Path | Iterable[str | Path]) -> list[NewsFacts]:
    """Read and check news facts from ``.json`` files, ``.jsonl`` files or folders of them
    (``-`` reads JSON Lines from standard input).

    Unknown keys (``sources``, ``notes``) are ignored. Article ids must be unique.

    Raises
    ------
    FactsError : on the first bad file, line or field.
    """
    from kg.inputs import iter_located_facts  # kg.inputs builds on this module: imported on use
    if isinstance(paths, (str, Path)):
        paths = [paths]
    return [facts for _, facts in iter_located_facts(paths)]


def facts_to_json(facts: NewsFacts) -> dict[str, Any]:
    """The JSON object of one article's facts, every key of the spec present (and the
    evidence of a fact where it has one)."""
    a = facts.article

    def with_evidence(item, obj: dict) -> dict:
        if item.evidence is not None:
            e = item.evidence
            obj["evidence"] = {"start": e.start, "end": e.end, "text": e.text}
        return obj

    return {
        "article": {k: getattr(a, k) for k in ("id", "url", "publisher", "published", "title", "language", "text")},
        "states": [with_evidence(s, {"iso3": s.iso3, "name": s.name}) for s in facts.states],
        "bodies": [with_evidence(b, {"name": b.name, "acronym": b.acronym, "aliases": list(b.aliases),
                                     "part_of": b.part_of}) for b in facts.bodies],
        "persons": [with_evidence(p, {"name": p.name, "role": p.role, "state": p.state,
                                      **({"body": p.body} if p.body else {})}) for p in facts.persons],
        "events": [with_evidence(e, {"id": e.id, "type": e.type, "name": e.name, "date": e.date,
                                     "end_date": e.end_date, "city": e.city, "country": e.country, "body": e.body,
                                     "participants": list(e.participants), "chair": e.chair, "host": e.host,
                                     **({"modality": e.modality} if e.modality else {})})
                   for e in facts.events],
        "documents": [with_evidence(d, {"id": d.id, "type": d.type, "title": d.title, "status": d.status,
                                        "event": d.event, "proposed_by": list(d.proposed_by),
                                        "parties": list(d.parties), "topics": list(d.topics)})
                      for d in facts.documents],
    }


def facts_from_json(data: dict[str, Any]) -> NewsFacts:
    """Facts read back from what :func:`facts_to_json` wrote of checked facts (a store
    reads its own so), without checking them again: what :func:`parse_facts` gives, at a
    fraction of its cost. Keys it left out (a light copy without text or evidence) are
    taken as absent."""

    def evidence(obj: dict) -> Evidence | None:
        e = obj.get("evidence")
        return None if e is None else Evidence(e["start"], e["end"], e["text"])

    a = data["article"]
    return NewsFacts(
        Article(a["id"], a.get("url"), a.get("publisher"), a.get("published"), a.get("title"), a.get("language"),
                a.get("text")),
        tuple(StateMention(s["iso3"], s.get("name"), evidence(s)) for s in data.get("states", ())),
        tuple(Body(b.get("name"), b.get("acronym"), tuple(b.get("aliases", ())), b.get("part_of"), evidence(b))
              for b in data.get("bodies", ())),
        tuple(Person(p["name"], p.get("role"), p.get("state"), p.get("body"), evidence(p))
              for p in data.get("persons", ())),
        tuple(Event(e["id"], e["type"], e.get("name"), e.get("date"), e.get("end_date"), e.get("city"), e.get("country"),
                    e.get("body"), tuple(e.get("participants", ())), e.get("chair"), e.get("host"), evidence(e),
                    e.get("modality")) for e in data.get("events", ())),
        tuple(Document(d["id"], d["type"], d.get("title"), d["status"], d.get("event"), tuple(d.get("proposed_by", ())),
                       tuple(d.get("parties", ())), tuple(d.get("topics", ())), evidence(d))
              for d in data.get("documents", ())),
    )


def facts_line(facts: NewsFacts) -> bytes:
    """One article's facts as a line of JSON Lines, as :func:`write_facts` writes it."""
    return (json.dumps(facts_to_json(facts), ensure_ascii=False) + "\n").encode("utf-8")


def write_facts(facts: Iterable[NewsFacts], path: str | Path) -> int:
    """Write facts as JSON Lines to ``path`` (atomically); return how many were written."""
    n = 0
    with atomic_write(path) as out:
        for f in facts:
            out.write(facts_line(f))
            n += 1
    return n
