"""Well-known officials (``ontology/officials/officials.ttl``): who held which post when.

The news often names an official without a state ("Blinken and Kuleba spoke on
Wednesday", "President Obama met ..."). :func:`known_official` tells, for a name as found
in a text and the date of the article, which post that person held then and for which
state or body.

The data is RDF that the project writes: each ``kg:Person`` holds one ``kg:Post`` per term
of office, with its role, its state or body (``org:postIn``) and its start and end
(``schema:startDate``, ``schema:endDate``: ``xsd:date``, or ``xsd:gYear`` where only the
year is known). It is read once into lookup tables, so that a lookup is a dictionary
access or two and a look at the handful of posts of the persons found.

Names match with case, diacritics and punctuation folded ("Erdogan" is "Erdoğan",
"Kim Jong Un" is "Kim Jong-un"):

* a full name or another spelling of it names the person; with a date, the post held on
  that date; without one, or when no post covers the date, the person's state when every
  post the person held was of that one state or body (the office is then given only if
  the date is unknown and the person held one office). A year or month in which the
  person held posts of two states or bodies names none ("Mark Rutte" in 2024);
* a family name alone ("Blinken") or a short form the press uses alone ("Lula",
  "Prayut") names the one person of that name who held a post on that date, and no one
  when several did ("Castro" in 2007) or none did; without a date, the one person of that
  name in the data. A few family names are so common ("Kim", "Li", "Khan") that the
  press's use of them alone names people the data cannot know, so they are never resolved
  alone;
* a full name that is not in the data ("Sergey V. Lavrov", "Jill Biden") is taken as a
  family name alone, and only for the persons whose given names include its first word;
* a title the text gives counts only the posts whose title shares a word with it, where
  no post covers the date, and without a date where the person held posts of several
  states or bodies: "President Michelle Bachelet" is Chile's, "UN rights chief Michelle
  Bachelet" after her terms no one's the data can tell, nor "Ambassador Sergei Lavrov"
  in 1998.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import pyoxigraph as ox

from kg.extraction.rule_patterns import rule_pattern
from kg.iri import iso3_of
from kg.namespaces import KG, PREFIXES
from kg.resources import officials_file
from kg.solutions import select

__all__ = ["Official", "OfficialsIndex", "officials_file", "officials_index", "known_official", "fold_name"]

_K = str(KG._NS)

# Family names too common to name anyone alone: the press uses them for many people the
# data does not hold (Kim Yo-jong, a Korean minister, an Indian general). Folded forms.
COMMON_FAMILY_NAMES = frozenset({
    "kim", "lee", "yi", "park", "pak", "choi", "choe", "ri", "jung", "jeong",
    "li", "wang", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu",
    "nguyen", "tran", "le", "pham",
    "khan", "singh", "ali", "ahmed", "ahmad", "hussein", "hussain", "hassan", "mohammed",
    "mohamed", "muhammad", "abdullah", "rahman", "cohen",
    # Iberian and Latin American surnames, also clubs' and places' names ("from Santos")
    "santos", "silva", "garcia", "rodriguez", "fernandez", "gonzalez", "lopez", "martinez", "perez",
    # ruling houses, never one person
    "al thani", "thani", "al saud", "saud", "al nahyan", "nahyan", "al maktoum", "maktoum",
})

# Titles and honorifics that may open a name as found in a text: tried without them when
# the name with them is unknown ("President Obama", "Mr Lavrov"). Folded forms.
_TITLE = rule_pattern(
    r"^(?:(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady|madam|mme|herr|frau|president|vice president|"
    r"acting president|prime minister|premier|chancellor|foreign minister|foreign secretary|"
    r"secretary of state|secretary general|secretary|minister|king|queen|emir|amir|sheikh|"
    r"sheikha|prince|crown prince|emperor|general|gen|ayatollah|mullah|comrade|chairman|"
    r"supreme leader|leader|state counsellor) )+")
_ARTICLE = rule_pattern(r"^(?:al|el) ")
_NON_ALNUM = rule_pattern(r"[^0-9a-z]+")
_POSSESSIVE = rule_pattern(r"['’]s?$")
# Letters that Unicode decomposition leaves alone; apostrophes join (Yar'Adua, Sa'ar).
_LETTERS = str.maketrans({
    "ø": "o", "ł": "l", "đ": "d", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th",
    "ð": "d", "ħ": "h", "'": "", "’": "", "‘": "", "`": "", "ʼ": "", "ʻ": "", "´": "",
})
_ON = rule_pattern(r"^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True)
class Official:
    """An official as the data knows them on a date.

    ``name`` is the full name as the data writes it; ``office`` the post's title
    (President, Foreign Minister, Secretary-General ...), or None when not known for the
    date; ``state`` the ISO 3166-1 alpha-3 code of the state the post is in, or None;
    ``body`` the name of the international body it is in (United Nations), or None.
    """

    name: str
    office: str | None
    state: str | None
    body: str | None


@dataclass(frozen=True)
class _Post:
    office: str
    state: str | None
    body: str | None
    first: str          # the first day the post may have been held, YYYY-MM-DD
    last: str | None    # the last day it may have been held; None while held


@dataclass(frozen=True)
class _Person:
    name: str
    posts: tuple[_Post, ...]
    given: frozenset[str]   # the first words of the person's full names, folded
    family: tuple[str, ...] = ()  # the names the press names the person by alone ("Wang" of Wang Yi)

    def covering(self, lo: str, hi: str) -> list[_Post]:
        return [p for p in self.posts if p.first <= hi and (p.last is None or p.last >= lo)]


@lru_cache(maxsize=65536)
def fold_name(text: str) -> str:
    """A name folded for matching: lower case, no diacritics, no apostrophes, words
    separated by one space.

    >>> fold_name("Recep Tayyip Erdoğan"), fold_name("Kim Jong-Un"), fold_name("Jonas Gahr Støre")
    ('recep tayyip erdogan', 'kim jong un', 'jonas gahr store')
    >>> fold_name("Umaru Yar'Adua"), fold_name("Đuro Macut"), fold_name("S. Jaishankar")
    ('umaru yaradua', 'duro macut', 's jaishankar')
    """
    text = unicodedata.normalize("NFKD", text.lower()).translate(_LETTERS)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(_NON_ALNUM.sub(" ", text).split())


@lru_cache(maxsize=65536)
def _query_key(name: str) -> str:
    """A name as found in a text, folded, without a possessive ending (Lavrov's)."""
    return fold_name(_POSSESSIVE.sub("", name.strip()))


@lru_cache(maxsize=4096)
def _interval(on: str | None) -> tuple[str, str] | None:
    """The first and last day that an ISO date or a prefix of one ("2014", "2014-03")
    may mean; None when ``on`` is None or no date."""
    if on is None:
        return None
    m = _ON.match(str(on))
    if m is None:
        return None
    year, month, day = m.groups()
    if day:
        return f"{year}-{month}-{day}", f"{year}-{month}-{day}"
    if month:
        return f"{year}-{month}-01", f"{year}-{month}-31"
    return f"{year}-01-01", f"{year}-12-31"


def _bounds(value: str) -> tuple[str, str]:
    """First and last day of an xsd:date, xsd:gYearMonth or xsd:gYear value."""
    bounds = _interval(value[:10])
    if bounds is None:
        raise ValueError(f"officials: {value!r} is not a date")
    return bounds


_MOST_ANSWERS = 100_000


class OfficialsIndex:
    """Lookup tables of the officials data: folded name → persons."""

    def __init__(self, persons: list[_Person], full: dict[str, list[int]], short: dict[str, list[int]]):
        self.persons = persons
        self._full = {k: tuple(persons[i] for i in v) for k, v in full.items()}
        self._short = {k: tuple(persons[i] for i in v) for k, v in short.items()}
        # The answers given, by question: an article names the same officials again and
        # again (and a list of thousands of titles, the same few thousands of times).
        self._answers: dict[tuple[str, str | None, str | None], Official | None] = {}

    @property
    def post_count(self) -> int:
        return sum(len(p.posts) for p in self.persons)

    def family_names(self, name: str) -> tuple[str, ...]:
        """The names the press names the person of a full name by alone ("Wang" for "Wang
        Yi", "Lula" for "Luiz Inacio Lula da Silva"), () when the data does not know it or
        knows several persons by it."""
        persons = self._full.get(_query_key(name) or "", ())
        return persons[0].family if len(persons) == 1 else ()

    def lookup(self, name: str, on: str | None = None, title: str | None = None) -> Official | None:
        """The official ``name`` (a full name, another spelling or a family name alone)
        refers to on the date ``on`` (an ISO date or a prefix of one; None for any
        time), or None when the data does not say or cannot tell who it is. ``title``,
        the title the text gives the name, picks among the person's posts when the date
        does not."""
        question = (name, on, title)
        if question not in self._answers:
            if len(self._answers) >= _MOST_ANSWERS:
                self._answers.clear()  # memory stays bounded however many names are read
            self._answers[question] = self._lookup(name, on, title)
        return self._answers[question]

    def _lookup(self, name: str, on: str | None, title: str | None) -> Official | None:
        if not name:
            return None
        key = _query_key(name)
        if not key:
            return None
        q = _interval(on)
        tried: list[str] = []
        for k in self._keys(key):
            if k in tried:
                continue
            tried.append(k)
            persons = self._full.get(k)
            if persons is not None:
                return _resolve(persons, q, full=True, title=title)
            persons = self._short.get(k)
            if persons is not None:
                return None if k in COMMON_FAMILY_NAMES else _resolve(persons, q, full=False, title=title)
        for k in tried:
            found = self._given_and_family(k)
            if found:
                return _resolve(found, q, full=False, title=title)
        return None

    @staticmethod
    def _keys(key: str):
        yield key
        bare = _TITLE.sub("", key)
        if bare and bare != key:
            yield bare
        for k in (key, bare):
            if k and _ARTICLE.match(k):
                yield _ARTICLE.sub("", k)

    def _given_and_family(self, key: str) -> tuple[_Person, ...]:
        """The persons a full name unknown to the data names: its last words are a family
        name of theirs and its first word one of their given names."""
        words = key.split()
        if len(words) < 2:
            return ()
        found: list[_Person] = []
        for n in range(1, len(words)):
            family = " ".join(words[n:])
            for k in (family, _ARTICLE.sub("", family)):
                for person in self._short.get(k, ()):
                    if words[0] in person.given and person not in found:
                        found.append(person)
        return tuple(found)


def _resolve(persons: tuple[_Person, ...], q: tuple[str, str] | None, full: bool,
             title: str | None = None) -> Official | None:
    if q is None:
        return _timeless(persons[0], with_office=True, title=title) if len(persons) == 1 else None
    hits = [(person, posts) for person in persons if (posts := person.covering(*q))]
    if len(hits) == 1:
        person, posts = hits[0]
        if len({(p.state, p.body) for p in posts}) > 1:
            return None  # "Rutte" in 2024: the Dutch prime minister, then NATO's Secretary General
        post = max(posts, key=lambda p: p.first)  # the latest of the posts then held
        return Official(person.name, post.office, post.state, post.body)
    if not hits and full and len(persons) == 1:
        # out of every term: a title the person never held is a post the data does not
        # know ("UN rights chief Michelle Bachelet" in 2031), of a state or body it cannot tell
        return _timeless(persons[0], with_office=False, title=title, out_of_term=True)
    return None


def _timeless(person: _Person, with_office: bool, title: str | None = None, out_of_term: bool = False) -> Official | None:
    """The person's state or body, when every post they held was of that one. A title
    picks the posts held under a title sharing a word with it ("President" picks
    Bachelet's Chilean terms, not her UN one; "chief" none of them): out of the
    person's terms always, and without a date where the person held posts of several
    states or bodies."""
    posts = person.posts
    if title and (out_of_term or len({(p.state, p.body) for p in posts}) > 1):
        posts = tuple(p for p in posts if _title_words(title) & _title_words(p.office))
    actors = {(p.state, p.body) for p in posts}
    if len(actors) != 1:
        return None
    state, body = actors.pop()
    offices = {p.office for p in posts}
    office = offices.pop() if with_office and len(offices) == 1 else None
    return Official(person.name, office, state, body)


@lru_cache(maxsize=4096)
def _title_words(title: str) -> frozenset[str]:
    """The words of a title that tell the office: "Chairman of the Board" → chairman, board."""
    return frozenset(w for w in fold_name(title).split() if w not in _TITLE_STOP_WORDS)


_TITLE_STOP_WORDS = frozenset({"of", "the", "for", "and", "to", "on", "in"})


_NAMES = """SELECT ?p ?kind ?v WHERE {
    ?p a kg:Person .
    { ?p skos:prefLabel ?v BIND("pref" AS ?kind) } UNION { ?p rdfs:label ?v BIND("full" AS ?kind) }
    UNION { ?p skos:altLabel ?v BIND("full" AS ?kind) } UNION { ?p schema:familyName ?v BIND("family" AS ?kind) }
    UNION { ?p skos:hiddenLabel ?v BIND("short" AS ?kind) } }"""
_POSTS = """SELECT ?p ?role ?in ?start ?end WHERE {
    ?p a kg:Person ; org:holds ?post .
    ?post kg:role ?role ; org:postIn ?in ; schema:startDate ?start .
    OPTIONAL { ?post schema:endDate ?end } }"""


def _body_names(iris: set[str]) -> dict[str, str]:
    from kg.reference import reference_store
    if not iris:
        return {}
    values = " ".join(f"<{i}>" for i in sorted(iris))
    rows = select(reference_store(), f"SELECT ?b ?n WHERE {{ VALUES ?b {{ {values} }} ?b kg:name ?n }}",
                  prefixes={"kg": _K})
    return {r["b"].value: r["n"].value for r in rows}


@lru_cache(maxsize=1)
def officials_index() -> OfficialsIndex:
    """The officials data, read once into lookup tables."""
    store = ox.Store()
    store.bulk_load(path=str(officials_file()), format=ox.RdfFormat.TURTLE)

    pref: dict[str, str] = {}
    names: dict[str, dict[str, list[str]]] = {}
    for r in select(store, _NAMES, prefixes=PREFIXES):
        iri, kind, value = r["p"].value, r["kind"].value, r["v"].value
        if kind == "pref":
            pref[iri] = value
            kind = "full"
        names.setdefault(iri, {}).setdefault(kind, []).append(value)

    rows = list(select(store, _POSTS, prefixes=PREFIXES))
    bodies = _body_names({r["in"].value for r in rows if iso3_of(r["in"].value) is None})
    posts: dict[str, list[_Post]] = {}
    for r in rows:
        where = r["in"].value
        state = iso3_of(where)
        body = None if state else bodies.get(where)
        if state is None and body is None:
            raise ValueError(f"officials: a post of <{r['p'].value}> is in <{where}>, neither a state nor a known body")
        first = _bounds(r["start"].value)[0]
        last = _bounds(r["end"].value)[1] if r["end"] is not None else None
        posts.setdefault(r["p"].value, []).append(_Post(r["role"].value, state, body, first, last))

    persons: list[_Person] = []
    full: dict[str, list[int]] = {}
    short: dict[str, list[int]] = {}

    def add(table: dict[str, list[int]], key: str, i: int) -> None:
        if key:
            entry = table.setdefault(key, [])
            if i not in entry:
                entry.append(i)

    for iri in sorted(posts):
        if iri not in pref:
            raise ValueError(f"officials: <{iri}> has no skos:prefLabel")
        i = len(persons)
        kinds = names.get(iri, {})
        full_keys = {fold_name(n) for n in kinds.get("full", ())}
        persons.append(_Person(pref[iri], tuple(sorted(posts[iri], key=lambda p: p.first)),
                               frozenset(k.split()[0] for k in full_keys if k),
                               tuple(sorted({*kinds.get("family", ()), *kinds.get("short", ())}))))
        for k in full_keys:
            add(full, k, i)
        for n in (*kinds.get("family", ()), *kinds.get("short", ())):
            k = fold_name(n)
            add(short, k, i)
            if _ARTICLE.match(k):
                add(short, _ARTICLE.sub("", k), i)
    return OfficialsIndex(persons, full, short)


@lru_cache(maxsize=4096)
def family_names(name: str) -> tuple[str, ...]:
    """The names the press names a known official by alone, from the full name.

    >>> family_names("Wang Yi")
    ('Wang',)
    """
    return officials_index().family_names(name)


def names_alone(name: str) -> list[str]:
    """The names an official named in full may be named by alone later in a story: the
    surname ("Putin"), a family name put first ("Xi" of Xi Jinping, "Yoon" of Yoon Suk Yeol),
    the given name of an Arabic one ("Mohamed" of Mohamed bin Zayed Al Nahyan) and the
    names the officials data knows the person by alone ("Wang" of Wang Yi).

    >>> names_alone("Xi Jinping"), names_alone("Wang Yi")
    (['Jinping', 'Xi'], ['Yi', 'Wang'])
    """
    words = name.split()
    names = [words[-1]] + ([words[0]] if len(words) == 3 or len(words[0]) <= 3
                           or any(w in ("bin", "bint", "ibn") for w in words) else [])
    return names + [n for n in family_names(name) if n not in names]


def known_official(name: str, on: str | None = None, title: str | None = None) -> Official | None:
    """The official a name found in a text refers to, on the publication date ``on``.

    ``name`` is a full name, another spelling of it or a family name alone; ``on`` an ISO
    date or a prefix of one ("2021-06-16", "2014"), None for any time; ``title`` the title
    the text gives the name, if any, which counts where no post covers the date. None
    when the data does not know the name or cannot tell who or which post it is.

    >>> known_official("Blinken", "2022-03-05")
    Official(name='Antony Blinken', office='Secretary of State', state='USA', body=None)
    >>> known_official("Sergey Lavrov", None)
    Official(name='Sergei Lavrov', office='Foreign Minister', state='RUS', body=None)
    >>> known_official("Bush", "2012-01-01") is None
    True
    """
    return officials_index().lookup(name, on, title)
