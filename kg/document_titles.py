"""What a document's title says about which document it is.

Reports of one document title it many ways: in full or by a short name or an acronym
("the Treaty on Measures for the Further Reduction and Limitation of Strategic Offensive
Arms", "New START"), with the adopting body's name in front or not ("SCO Bishkek
Declaration"), its sides named ("the China-Italy memorandum") or not, in another word
order, with a year, in the plural. :class:`TitleReader` reads a title into the parts
document resolution compares (:class:`Title`):

- its **distinctive words**, folded and stemmed, less the document nouns and generic
  words ("memorandum of understanding", "joint", "draft"), the names of states and
  bodies, and function words; a name the resolution data knows (an instrument, an
  initiative, a synonym) stands as one token for all its names ("#new-start");
- which of them **identify** it: capitalised words, numbers, known names;
- whether it is a **proper name** ("Bishkek Declaration", "resolution 2231", "New START"),
  which a bare description ("the China-Italy joint communique", "memorandum on the Belt
  and Road") is not;
- its **numbers**, the **states** it names as sides (not one that drafted or brokered it:
  "the US-drafted text"), and the **actions** it tells of when it acts on another
  instrument ("agreement extending the treaty": a document's noun after the act, or a
  known instrument; not "a resolution demanding that troops withdraw").

A body's name drops as the document's adopter ("SCO Bishkek Declaration"), but stays as
a name where the title is about it ("the mandate of UNMISS"); the seat of the issuer
drops ("the Hague-based court's ruling").

Besides the data (``ontology/resolution/documents.ttl``), a reader learns from the titles
it is given: "Treaty on ... Arms (New START)" teaches that the full name and the
parenthesised short form are one, and an acronym one title uses ("the BRI MoU") is
matched with the words another title spells it out in ("Belt and Road Initiative"), and
reads as those words too ("the CMP memorandum", "the critical minerals agreement").
What it learns is the union over all titles, so it does not depend on their order.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import pyoxigraph as ox

from kg.namespaces import KG
from kg.reference import reference_store
from kg.resources import resolution_files
from kg.solutions import select

__all__ = ["Title", "TitleReader", "document_kin", "title_lessons", "taught_names", "acronyms_in", "title_initials",
           "title_stems", "title_data", "title_from_data"]

_RES = "https://w3id.org/coopkg/resolution/"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_DOCT = "https://w3id.org/coopkg/scheme/document-type/"
# Function words: neither a document's kind nor its name.
_STOPWORDS = frozenset("""
a an the of on in for to and or between by with within at its their his her from into as about over under
against this that these those which who s no
""".split())
# Ignored when names are matched: "the Belt and Road" is "Belt and Road".
_ARTICLES = frozenset({"the", "a", "an"})
# Joining words an acronym may leave out: "BRI" for "Belt and Road Initiative".
_CONNECTORS = frozenset({"of", "and", "the", "on", "for", "in", "to"})
# Nouns that say what a document is, whose initial an acronym may end or begin with
# ("GHPA" for the Green Hydrogen Partnership Agreement).
_DOCUMENT_NOUNS = frozenset("""
agreement treaty memorandum declaration convention protocol plan programme program strategy charter accord pact
initiative framework statement communique
""".split())
# The words bodies' organs are named with ("Council of Heads of State"): whose, not which.
_ORGAN_WORDS = frozenset("""
council councils assembly general commission committee heads head state states government governments
ministers minister foreign summit session organization organisation union nations league leaders member
members court courts tribunal panel arbitral
""".split())
# Words before a body's name that make it what the document is about ("the mandate of
# UNMISS"), where they follow a word that tells of it: not its adopter ("Declaration of the SCO").
_ABOUT = frozenset({"of", "for", "to", "in", "on"})
# Words after a state's name that make it the document's drafter or broker, not a side
# ("the US-drafted text", "a French-sponsored resolution").
_PROPOSER_WORDS = frozenset({"drafted", "draft", "sponsored", "backed", "proposed", "authored", "brokered",
                             "mediated", "tabled"})
# Nouns of documents an act tells of acting on ("withdrawal from the treaty"); without
# one, or a known instrument, the act is what the document is about ("withdraw its troops").
_INSTRUMENT_NOUNS = _DOCUMENT_NOUNS | frozenset("""
treaties agreements accords pacts deal deals memoranda conventions protocols charters statute mou
""".split()) - frozenset({"declaration", "statement", "communique", "initiative", "framework", "strategy"})


@dataclass(frozen=True)
class Title:
    """A title read for resolution."""

    words: frozenset[str]  # distinctive words, stemmed; known names as "#name", learned ones "~name"
    identifying: frozenset[str]  # of the words, those that name: capitalised, numbers, known names
    weak: frozenset[str]  # of the words, those that tell little ("cooperation")
    named: bool  # a proper name of one document, not a description
    numbers: frozenset[str]
    states: frozenset[str]  # ISO3 codes of the states the title names
    actions: frozenset[str]  # what it does to another instrument ("#extension")


@dataclass(frozen=True)
class _Data:
    """The resolution data and the reference names, as phrases of folded words."""

    names: dict[tuple[str, ...], str]  # phrase → token: "#new-start", "@body" for a body's name, "=RUS" for a state's
    initiatives: frozenset[str]  # tokens of initiatives: the subject of many documents
    synonyms: frozenset[str]  # tokens of common words' synonyms ("#border"): a name only when capitalised
    actions: frozenset[str]  # tokens of derived actions
    generic: frozenset[str]
    weak: frozenset[str]
    actor_words: frozenset[str]  # one-word names of states and bodies: whose, not which
    kin: frozenset[frozenset[str]]  # pairs of document types one document may be reported as


class TitleReader:
    """Reads titles, with what it learned from ``titles`` (short forms given in
    parentheses, acronyms spelled out elsewhere) beside the resolution data."""

    def __init__(self, titles: Iterable[str] = ()) -> None:
        titles = sorted(set(titles))
        acronyms = frozenset(a for title in titles for a in acronyms_in(title))
        self._taught(taught_names((lesson for title in titles for lesson in title_lessons(title, acronyms)), acronyms))

    @classmethod
    def with_names(cls, names: dict[tuple[str, ...], str]) -> TitleReader:
        """A reader that knows, beside the data, the names :func:`taught_names` gives."""
        reader = cls.__new__(cls)
        reader._taught(names)
        return reader

    def _taught(self, names: dict[tuple[str, ...], str]) -> None:
        self._names = {**_data().names, **names}
        self._first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in sorted(self._names, key=lambda p: (-len(p), p)):
            self._first.setdefault(phrase[0], []).append(phrase)
        # A name learned from the titles stands also for the words it is spelled out in:
        # "the CMP memorandum" is "the critical minerals agreement" of another report.
        data = _data()
        dropped = {_stem(w) for w in _STOPWORDS | data.generic | _ORGAN_WORDS | _DOCUMENT_NOUNS}
        self._spelled: dict[str, set[str]] = {}
        for phrase, token in names.items():
            if token.startswith("~") and len(phrase) > 1:
                self._spelled.setdefault(token, set()).update(
                    w for w in phrase if w not in dropped and len(w) > 1 and (w,) not in data.names)

    def read(self, title: str) -> Title:
        data = _data()
        items = _seat_dropped(self._matched(_tokens(title)))
        words: set[str] = set()
        identifying: set[str] = set()
        weak: set[str] = set()
        numbers: set[str] = set()
        states: set[str] = set()
        actions: set[str] = set()
        for k, (token, original) in enumerate(items):
            if token.startswith("="):
                if k + 1 == len(items) or items[k + 1][0] not in _PROPOSER_WORDS:
                    states.add(token[1:])
                continue
            if token.startswith("@"):
                if _about(items, k):  # "the mandate of UNMISS": which, not whose
                    words.add(token)
                    identifying.add(token)
                continue
            if token.startswith(("#", "~")):
                words.add(token)
                spelled = self._spelled.get(token, ())
                words.update(spelled)
                identifying.update(spelled)
                if token in data.actions and _acts_on_instrument(items, k):
                    actions.add(token)
                if (token not in data.synonyms and token not in data.actions) or original[:1].isupper():
                    identifying.add(token)
                continue
            if token in _STOPWORDS or token in data.generic or token in data.actor_words or token in _ORGAN_WORDS:
                continue
            if token.isdigit():
                numbers.add(token)
                words.add(token)
                identifying.add(token)
                continue
            if len(token) < 2:
                continue
            stem = _stem(token)
            words.add(stem)
            if token in data.weak:
                weak.add(stem)
            elif original[:1].isupper():
                identifying.add(stem)
        weak -= identifying
        named = any(not (w in data.initiatives or (w.isdigit() and _is_year(w))) for w in identifying)
        return Title(frozenset(words), frozenset(identifying), frozenset(weak), named, frozenset(numbers),
                     frozenset(states), frozenset(actions))

    def _matched(self, tokens: list[str]) -> list[tuple[str, str]]:
        """The title's words with every name the reader knows put as its token, the
        longest name first; (token, the word as written)."""
        lowered = [t.lower() for t in tokens]
        keep = [i for i, t in enumerate(lowered) if t not in _ARTICLES]
        folded = [_stem(t) for t in lowered]
        out: list[tuple[str, str]] = []
        k = 0
        while k < len(keep):
            word = folded[keep[k]]
            for phrase in self._first.get(word, ()):
                end = k + len(phrase)
                if end <= len(keep) and tuple(folded[keep[x]] for x in range(k, end)) == phrase:
                    token = self._names[phrase]
                    if token:
                        out.append((token, tokens[keep[k]]))
                    k = end
                    break
            else:
                out.append((lowered[keep[k]], tokens[keep[k]]))
                k += 1
        return out


def _seat_dropped(items: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The items less the seat of the body that issued the document ("the Hague-based
    court's ruling", "the Algiers-based commission"): whose, not which."""
    out: list[tuple[str, str]] = []
    for token, original in items:
        if token == "based" and out and out[-1][1][:1].isupper():
            out.pop()
            continue
        out.append((token, original))
    return out


def _about(items: list[tuple[str, str]], k: int) -> bool:
    """Whether the body named at ``k`` is what the document is about ("the mandate of
    UNMISS", "support for AMISOM"), not its adopter: it follows a preposition that
    follows a word of the title's own, not a document's noun or an organ's word."""
    if k < 2 or items[k - 1][0] not in _ABOUT:
        return False
    before = items[k - 2][0]
    data = _data()
    return not (before[:1] in "=@" or before in _STOPWORDS or before in data.generic or before in _ORGAN_WORDS
                or before in data.actor_words or before in _DOCUMENT_NOUNS)


def _acts_on_instrument(items: list[tuple[str, str]], k: int) -> bool:
    """Whether the act named at ``k`` ("extension", "withdrawal") is one on an
    instrument: a known instrument named in the title, or a document's noun after it
    ("agreement extending the treaty"); "a resolution demanding that troops withdraw" and
    "a resolution renewing the mission's mandate" act on none."""
    data = _data()
    return any(token[:1] == "~" or (token[:1] == "#" and token not in data.synonyms and token not in data.actions
                                    and token not in data.initiatives) for token, _ in items) or \
        any(token in _INSTRUMENT_NOUNS for token, _ in items[k + 1:])


def title_data(title: Title) -> list:
    """A title's reading as JSON, which :func:`title_from_data` reads back equal."""
    return [sorted(title.words), sorted(title.identifying), sorted(title.weak), title.named, sorted(title.numbers),
            sorted(title.states), sorted(title.actions)]


def title_from_data(data: list) -> Title:
    words, identifying, weak, named, numbers, states, actions = data
    return Title(frozenset(words), frozenset(identifying), frozenset(weak), named, frozenset(numbers),
                 frozenset(states), frozenset(actions))


def title_lessons(title: str, acronyms: frozenset[str]) -> list[tuple[tuple[str, ...], str]]:
    """What one title teaches a reader, given the acronyms that all titles use: the names
    it gives in full and short ("Full Name (SHORT)"), and the runs of capitalised words
    it spells one of ``acronyms`` out in; (phrase, token) each."""
    return _parenthesised(title) + (_spelled_out(_tokens(title), acronyms) if acronyms else [])


def taught_names(lessons: Iterable[tuple[tuple[str, ...], str]], acronyms: Iterable[str]) -> dict[tuple[str, ...], str]:
    """The names a reader learns from its titles' lessons (:func:`title_lessons`) and
    acronyms (:func:`acronyms_in`), beside those the data knows: a phrase taught several
    tokens stands for the least, whatever the order of the titles, and an acronym for itself."""
    known = _data().names
    learned: dict[tuple[str, ...], set[str]] = {}
    for phrase, token in lessons:
        learned.setdefault(phrase, set()).add(token)
    names = {phrase: min(tokens) for phrase, tokens in learned.items() if phrase not in known}
    for acronym in sorted(acronyms):
        key = (_stem(acronym.lower()),)
        if key not in known and key not in names:
            names[key] = "~" + acronym.lower()
    return names


def _parenthesised(title: str) -> list[tuple[tuple[str, ...], str]]:
    """"Full name (SHORT)": both names, as phrases, and the token they stand for, that
    of a name the data knows if either is one."""
    names = _data().names
    found = []
    for match in re.finditer(r"([^()]+?)\s*\(([^()]+)\)", title):
        full, short = _phrase(match.group(1)), _phrase(match.group(2))
        if not full or not short or len(short) > 4 or not re.search(r"[A-Z]", match.group(2)):
            continue
        token = names.get(short) or names.get(full) or "~" + "-".join(short)
        if not token or token.startswith(("=", "@")):
            continue  # a body's or a state's name: whose, not which
        found += [(full, token), (short, token)]
    return found


def acronyms_in(title: str) -> frozenset[str]:
    """Words of a title written as acronyms ("BRI", "JCPoA") that name no state or body
    and that the data does not know: those another title may spell out."""
    data = _data()
    found = set()
    for word in _tokens(title):
        capitals = sum(c.isupper() for c in word)
        low = word.lower()
        if 3 <= len(word) <= 6 and capitals >= 3 and capitals >= len(word) - 1 and word.isalpha() and \
                low not in data.actor_words and low not in data.generic and (_stem(low),) not in data.names:
            found.add(word.upper())
    return frozenset(found)


def title_initials(title: str) -> frozenset[str]:
    """The initials of every run of capitalised words of a title that could spell an
    acronym out (:func:`_spelled_out`): the acronyms it may teach a name for."""
    return frozenset(initials for _, _, spellings in _runs(_tokens(title)) for initials in spellings)


def title_stems(title: str) -> frozenset[str]:
    """The stems a title's words are matched with names by: a name can change how a
    title reads only if the title holds all of its stems."""
    return frozenset(_phrase(title))


def _spelled_out(tokens: list[str], acronyms: frozenset[str]) -> list[tuple[tuple[str, ...], str]]:
    """Runs of capitalised words whose initials are one of ``acronyms``, with or without
    their joining words ("Belt and Road Initiative": BARI, BRI), or with the initial of
    the title's document noun before or after them ("Agreement on the Green Hydrogen
    Partnership": GHPA)."""
    found = []
    for i, j, spellings in _runs(tokens):
        for initials in sorted(spellings & acronyms):
            phrase = tuple(_stem(t.lower()) for t in tokens[i:j + 1] if t.lower() not in _ARTICLES)
            found.append((phrase, "~" + initials.lower()))
    return found


def _runs(tokens: list[str]) -> Iterator[tuple[int, int, frozenset[str]]]:
    """Each run of two or more capitalised words (joining words inside it allowed), as
    (first, last) token positions and the acronyms it could be: its initials with or
    without the joining words, and those without them beside the initial of a document
    noun the title has elsewhere, as "Agreement on the Green Hydrogen Partnership" is
    "the GHPA" (an acronym is three to six letters)."""
    nouns = {t[0].upper() for t in tokens if t.lower() in _DOCUMENT_NOUNS}
    for i, first in enumerate(tokens):
        if not first[:1].isupper() or first.lower() in _CONNECTORS:
            continue
        every, content = "", ""
        for j in range(i, min(len(tokens), i + 12)):
            word = tokens[j]
            if not word[:1].isupper() and word.lower() not in _CONNECTORS:
                break
            every += word[0].upper()
            if word.lower() not in _CONNECTORS:
                content += word[0].upper()
            if j > i and word[:1].isupper():
                run = {tokens[k].lower() for k in range(i, j + 1)}
                outside = nouns if not run & _DOCUMENT_NOUNS else set()
                spellings = {every, content} | {content + n for n in outside} | {n + content for n in outside}
                yield i, j, frozenset(x for x in spellings if 3 <= len(x) <= 6)


def document_kin(a: str, b: str) -> bool:
    """Whether two different document types may be one document reported twice (a
    memorandum reported as an agreement), by the resolution data."""
    return frozenset((a, b)) in _data().kin


def _phrase(text: str) -> tuple[str, ...]:
    """A name as the matcher compares it: its words stemmed, "the" and "a" left out, so
    that "arrangements" is "arrangement"."""
    return tuple(_stem(t.lower()) for t in _tokens(text) if t.lower() not in _ARTICLES)


def _tokens(text: str) -> list[str]:
    """The words of a text, accents folded, case kept."""
    folded = unicodedata.normalize("NFKD", text)
    return re.findall(r"[A-Za-z0-9]+", "".join(c for c in folded if not unicodedata.combining(c)))


def _is_year(number: str) -> bool:
    return len(number) == 4 and 1900 <= int(number) <= 2100


def _stem(word: str) -> str:
    """A word without its plural's ending, cut to its first five letters: "extension",
    "extending" and "extend" are alike, and so are "strategies" and "strategy" (a crude
    stem, enough for titles)."""
    if word.isdigit():
        return word  # "resolution 2231" is not "resolution 22315"
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]  # "years" and "year"
    return word[:5]


def stem(word: str) -> str:
    """The stem resolution compares a word by.

    >>> [stem(w) for w in ("extensions", "extending", "strategies", "years", "2231")]
    ['exten', 'exten', 'strat', 'year', '2231']
    """
    return _stem(word.lower())


@dataclass(frozen=True)
class KnownInstrument:
    """An instrument the resolution data names: one of its labels, its preferred label and
    its document type."""

    label: str
    name: str
    type: str


@lru_cache(maxsize=1)
def known_instruments() -> tuple[KnownInstrument, ...]:
    """Every label of every instrument typed in the resolution data (``res:documentType``),
    longest first, so that an extractor finds "the Iran nuclear deal" or "NAFTA" named in
    passing as the instrument it is."""
    store = ox.Store()
    for path in resolution_files():
        store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    rows = select(store, f"""
        SELECT ?name ?label ?type WHERE {{
          ?concept skos:inScheme <{_RES}instruments> ; <{_RES}documentType> ?type ; skos:prefLabel ?name .
          {{ ?concept skos:prefLabel ?label }} UNION {{ ?concept skos:altLabel ?label }}
        }}""", prefixes={"skos": _SKOS})
    found = {KnownInstrument(row["label"].value, row["name"].value, row["type"].value.removeprefix(_DOCT))
             for row in rows}
    return tuple(sorted(found, key=lambda i: (-len(i.label), i.label)))


@lru_cache(maxsize=1)
def _data() -> _Data:
    store = ox.Store()
    for path in resolution_files():
        store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    names: dict[tuple[str, ...], str] = {}
    initiatives: set[str] = set()
    synonyms: set[str] = set()
    actions: set[str] = set()
    rows = select(store, """
        SELECT ?concept ?scheme ?label WHERE {
          ?concept skos:inScheme ?scheme . { ?concept skos:prefLabel ?label } UNION { ?concept skos:altLabel ?label }
        }""", prefixes={"skos": _SKOS})
    for row in rows:
        token = "#" + row["concept"].value.removeprefix(_RES)
        scheme = row["scheme"].value.removeprefix(_RES)
        names[_phrase(row["label"].value)] = token
        if scheme == "initiatives":
            initiatives.add(token)
        elif scheme == "derived-actions":
            actions.add(token)
        elif scheme == "title-synonyms":
            synonyms.add(token)

    def words_of(concept: str) -> frozenset[str]:
        found = select(store, f"SELECT ?label WHERE {{ <{_RES}{concept}> skos:altLabel ?label }}",
                       prefixes={"skos": _SKOS})
        return frozenset(row["label"].value.lower() for row in found)

    kin = frozenset(frozenset((row["a"].value.removeprefix(_DOCT), row["b"].value.removeprefix(_DOCT)))
                    for row in select(store, f"SELECT ?a ?b WHERE {{ ?a <{_RES}mayBeReportedAs> ?b }}"))
    actor_words: set[str] = set()
    # The reference names: a body's name drops from a title, a state's tells a side.
    reference = select(reference_store(), """
        SELECT ?x ?label ?iso ?body WHERE {
          { ?x a kg:State ; kg:iso3 ?iso . BIND(false AS ?body)
            { ?x kg:name ?label } UNION { ?x kg:alias ?label } UNION { ?x kg:demonym ?label } }
          UNION
          { ?x a kg:InternationalBody . BIND(true AS ?body)
            { ?x kg:name ?label } UNION { ?x kg:acronym ?label } UNION { ?x kg:alias ?label } }
        }""", prefixes={"kg": str(KG._NS)})
    for row in reference:
        phrase = _phrase(row["label"].value)
        words = [t.lower() for t in _tokens(row["label"].value)]
        if not phrase:
            continue
        # One-word names drop wherever they stand ("UN", "NATO", "Chinese"); longer ones
        # only whole, so that their words stay elsewhere ("Belt and Road", "Central Asia").
        if len(words) == 1:
            actor_words.add(words[0])
        body = row["body"].value == "true"
        names.setdefault(phrase, "@" + row["x"].value.rsplit("/", 1)[-1] if body else "=" + row["iso"].value)
    return _Data(names, frozenset(initiatives), frozenset(synonyms), frozenset(actions), words_of("generic-title-words"),
                 words_of("weak-title-words"), frozenset(actor_words), kin)

