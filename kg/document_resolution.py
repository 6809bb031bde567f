"""Document resolution: which documents of different articles are one real document.

A document's IRI is minted from the event where its step happened and its title
(:func:`kg.mapping.document_keys`), so articles that give it the same title at the same
meeting already meet in one node. Real reports name one document many ways: "the
Bishkek Declaration" and "the Bishkek Declaration of the Council of Heads of State";
"the China-Italy joint communique" and "the Joint Communique on Strengthening the
Comprehensive Strategic Partnership"; "a five-year extension of New START" and "the
agreement extending the New START treaty by five years". This stage runs after event
resolution and gives each document of a cluster the same key, so that they become one
node; each article keeps its own report, with its own title and status.

The rules, for two documents of different articles:

- **type** alike: the same, or one of them "other";
- **the same meeting**: both attached to one event node (after event resolution), or
  both attached to none;
- **titles** alike, compared by their *distinctive words*: the title's words less the
  document nouns ("memorandum of understanding"), generic words ("joint", "draft"),
  the names of states and their demonyms (the sides, not the document) and of bodies
  (its adopter), stemmed ("extending", "extension" → "extend"). Two titles are alike
  when their distinctive words are the same, when one's are all among the other's
  ("Bishkek Declaration" in "Bishkek Declaration of the Council of Heads of State"), or
  when they share two or more and at least a third of all;
- or, at one meeting only, **the only one of its kind**: each is the only document of its
  type its article attaches to that meeting, and either one of them says no more than
  its kind and sides ("the China-Italy joint communique"), or it is of a kind a meeting
  adopts one of (a declaration, a communique). Two statements or resolutions that each
  tell what they are about and share nothing ("a statement on the fisheries dispute", "a
  statement condemning the attack") stay two: a meeting adopts many.

Documents attached to no meeting, or to two different ones, must meet the title rules
alone, and more strictly: the same distinctive words, or one's all among the other's
with a proper name; and at two meetings both must be proper names. A treaty discussed at
one meeting and named in passing in another article ("the New START treaty") is one
document; two joint statements of two meetings are two.

Clusters are complete (a document joins one only if it is alike with each member), pairs
are taken most alike first, ties in the order of the documents' own keys and article
ids, so the result does not depend on the order of the articles. Documents are compared
within their meeting, and unattached or properly named ones also with those that have
their rarest distinctive word (which two titles the rules can join across meetings
share), unless a thousand titles have it, so resolution stays near-linear.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from kg.facts import Document, NewsFacts
from kg.mapping import document_keys, event_keys
from kg.namespaces import KG
from kg.reference import reference_store
from kg.resolution import complete_clusters
from kg.solutions import select

__all__ = ["DocumentCluster", "resolve_documents"]

_UNATTACHED = "unattached"
# Words that say what kind of document it is or how it stands, not which one it is.
_DOCUMENT_WORDS = frozenset("""
treaty treaties agreement agreements accord accords pact pacts deal deals memorandum memoranda memorandums
understanding mou mous declaration declarations statement statements communique communiques communiqué
programme program programmes programs strategy strategies plan plans roadmap address resolution
resolutions protocol protocols decision decisions document documents concept convention charter package
joint draft final new updated revised amended proposed planned interim framework initiative text
""".split())
_STOPWORDS = frozenset("""
a an the of on in for to and or between by with within at its their his her from into as about over under
against
this that these those which who s
""".split())


# Titles sharing a word are compared across meetings only when at most this many have it.
_MOST_ALIKE = 1000
# Kinds of outcome a meeting adopts one of: two described differently are still one.
_ONE_PER_MEETING = frozenset({"declaration", "communique"})


@dataclass(frozen=True)
class DocumentCluster:
    """Documents of several articles that are one: the key of their node."""

    key: tuple[str, str]  # (event part, title part), as kg.mapping.document_keys gives
    members: tuple[tuple[str, str], ...]  # (article id, document id)


@dataclass(frozen=True)
class _Mention:
    article: str
    document: Document
    key: tuple[str, str]  # its own key
    words: frozenset[str]  # distinctive words
    named: bool  # a proper name ("Bishkek Declaration"), not a description
    sole: bool  # the only document of its type its article attaches to its meeting

    @property
    def meeting(self) -> str:
        return self.key[0]

    @property
    def sort_key(self) -> tuple[str, str, str, str]:
        return (*self.key, self.article, self.document.id)


def resolve_documents(facts: list[NewsFacts], clusters: dict) -> dict[tuple[str, str], DocumentCluster]:
    """The cluster of every document that resolution joins with another article's, by
    (article id, document id); ``clusters`` are the event clusters
    (:func:`kg.resolution.resolve_events`), which tell which events are one meeting.
    Documents joined with none are left out: they keep their own key."""
    units = _units(sorted((m for f in facts for m in _mentions(f, clusters)), key=lambda m: m.sort_key))
    reps = [u[0] for u in units]
    articles = [frozenset(m.article for m in u) for u in units]
    scored: dict[tuple[int, int], int] = {}

    def compare(i: int, j: int) -> None:
        pair = (min(i, j), max(i, j))
        if i != j and pair not in scored and not articles[i] & articles[j]:
            score = _likeness(reps[pair[0]], reps[pair[1]])
            if score:
                scored[pair] = score

    meetings: dict[str, list[int]] = {}
    with_word: dict[str, list[int]] = {}
    for i, m in enumerate(reps):
        if m.meeting != _UNATTACHED:
            meetings.setdefault(m.meeting, []).append(i)
        if m.meeting == _UNATTACHED or m.named:
            for word in m.words:
                with_word.setdefault(word, []).append(i)
    for members in meetings.values():  # a meeting's documents, each with each
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                compare(members[x], members[y])
    for i, m in enumerate(reps):
        # Across meetings the titles must share all of the smaller's words: the other has
        # its rarest word. A word in thousands of titles is no sign of one document.
        if (m.meeting == _UNATTACHED or m.named) and m.words:
            rarest = min(m.words, key=lambda w: (len(with_word[w]), w))
            if len(with_word[rarest]) <= _MOST_ALIKE:
                for j in with_word[rarest]:
                    compare(i, j)
    # Most alike first; two documents of one article are two documents.
    _, members_of = complete_clusters(
        len(reps), (pair for pair, _ in sorted(scored.items(), key=lambda item: (-item[1], item[0]))),
        lambda a, b: not articles[a] & articles[b] and bool(_likeness(reps[a], reps[b])))
    out: dict[tuple[str, str], DocumentCluster] = {}
    for members in members_of.values():
        group = [m for k in members for m in units[k]]
        if len(group) < 2:
            continue
        # The node takes the key of the member that names it best: one attached to a
        # meeting, a proper name, the most distinctive words; then the first in key order.
        lead = min(group, key=lambda m: (m.meeting == _UNATTACHED, not m.named, -len(m.words), m.sort_key))
        cluster = DocumentCluster(lead.key, tuple(sorted((m.article, m.document.id) for m in group)))
        for m in group:
            out[(m.article, m.document.id)] = cluster
    return out


def _units(mentions: list[_Mention]) -> list[list[_Mention]]:
    """The mentions, those alike in all that :func:`_likeness` reads (type, key, proper
    name, words, being the sole one) and alike to each other joined beforehand into one
    unit, which holds one mention of an article at most and is compared by its first: a
    document reported a thousand times alike costs one comparison with each other, not
    half a million among its reports."""
    units: list[list[_Mention]] = []
    unit_articles: list[set[str]] = []
    by_signature: dict[tuple, list[int]] = {}
    for m in mentions:
        signature = (m.document.type, m.key, m.named, m.words, m.sole)
        candidates = by_signature.setdefault(signature, []) if _likeness(m, m) else []
        home = next((u for u in candidates if m.article not in unit_articles[u]), None)
        if home is None:
            home = len(units)
            units.append([])
            unit_articles.append(set())
            candidates.append(home)
        units[home].append(m)
        unit_articles[home].add(m.article)
    return units


def _mentions(facts: NewsFacts, clusters: dict):
    keys = document_keys(facts, event_keys(facts, clusters), {})
    kinds: dict[tuple[str, str], int] = {}
    for d, key in zip(facts.documents, keys):
        kinds[(key[0], d.type)] = kinds.get((key[0], d.type), 0) + 1
    for d, key in zip(facts.documents, keys):
        if not d.title:
            continue
        yield _Mention(facts.article.id, d, key, distinctive_words(d.title), _is_named(d.title),
                       key[0] != _UNATTACHED and kinds[(key[0], d.type)] == 1)


def _likeness(a: _Mention, b: _Mention) -> int:
    """How alike two documents are, 0 when they may not be one: 4 the same distinctive
    words, 3 one's among the other's, 2 sharing many, 1 the only ones of their kind at
    one meeting (one undescribed, or of a kind a meeting adopts one of)."""
    if a.document.type != b.document.type and "other" not in (a.document.type, b.document.type):
        return 0
    same_meeting = a.meeting == b.meeting != _UNATTACHED
    if not same_meeting and not (a.meeting == b.meeting or a.named and b.named):
        return 0  # at two meetings, or one at none: only an instrument both name properly
    shared = a.words & b.words
    if a.words and a.words == b.words:
        return 4
    smaller = min(a.words, b.words, key=len)
    if smaller and smaller <= shared and (same_meeting or _named_side(a, b, smaller)):
        return 3
    if not same_meeting:
        return 0
    if len(shared) >= 2 and 3 * len(shared) >= len(a.words | b.words):
        return 2
    if a.sole and b.sole and a.document.type == b.document.type and (
            not (a.words and b.words) or a.document.type in _ONE_PER_MEETING):
        return 1
    return 0


def _named_side(a: _Mention, b: _Mention, smaller: frozenset[str]) -> bool:
    """Whether the document whose words are all among the other's has a proper name."""
    return (a.named and a.words == smaller) or (b.named and b.words == smaller)


def distinctive_words(title: str) -> frozenset[str]:
    """The words of a title that tell which document it is, folded and stemmed.

    >>> sorted(distinctive_words("the agreement extending the New START treaty by five years"))
    ['exten', 'five', 'start', 'year']
    >>> sorted(distinctive_words("China-Italy joint communique"))
    []
    """
    words = _tokens(_body_names().sub(" ", title))
    names = _actor_words()
    return frozenset(_stem(w) for w in words
                     if w not in _STOPWORDS and w not in _DOCUMENT_WORDS and w not in names and len(w) > 1)


def _is_named(title: str) -> bool:
    """Whether a title is a proper name: a capitalised word that is not a document noun,
    a generic word, or a state's or body's name ("Bishkek Declaration", not "China-Italy
    joint communique" or "UN resolution on Syria")."""
    names = _actor_words()
    for word in re.findall(r"[A-Za-z][\w'’]*", _body_names().sub(" ", title)):
        low = word.lower().rstrip("'’s")
        if word[0].isupper() and len(low) > 2 and low not in _DOCUMENT_WORDS and low not in _STOPWORDS \
                and low not in names:
            return True
    return False


def _stem(word: str) -> str:
    """A word without its plural's "s", cut to its first five letters: "extension",
    "extending" and "extend" are alike, and so are "aggression" and "aggressive" (a
    crude stem, enough for titles)."""
    if word.isdigit():
        return word  # "resolution 2231" is not "resolution 22315"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]  # "years" and "year"
    return word[:5]


@lru_cache(maxsize=1)
def _actor_words() -> frozenset[str]:
    """The folded words that tell whose a document is, not which: the reference states'
    names, aliases and demonyms, the bodies' one-word acronyms and aliases ("UN",
    "NATO"), and the words bodies' organs are named with ("Council of Heads of State").
    Other words of bodies' names stay: "Belt and Road" names a forum and a memorandum."""
    store = reference_store()
    words: set[str] = set(_ORGAN_WORDS)
    query = """
        SELECT ?label ?body WHERE {
          { ?x a kg:State . BIND(false AS ?body) { ?x kg:name ?label } UNION { ?x kg:alias ?label }
            UNION { ?x kg:demonym ?label } }
          UNION
          { ?x a kg:InternationalBody . BIND(true AS ?body) { ?x kg:acronym ?label } UNION { ?x kg:alias ?label } }
        }"""
    for row in select(store, query, prefixes={"kg": str(KG._NS)}):
        tokens = _tokens(row["label"].value)
        if row["body"].value == "true" and len(tokens) > 1:
            continue
        words.update(tokens)
    return frozenset(words)


@lru_cache(maxsize=1)
def _body_names() -> re.Pattern:
    """The names and aliases of the reference bodies, as whole phrases in any case: "the
    Security Council" in a title says whose the resolution is, not which."""
    rows = select(reference_store(), """
        SELECT ?label WHERE { ?x kg:name|kg:alias ?label . FILTER NOT EXISTS { ?x kg:iso3 ?iso } }""",
        prefixes={"kg": str(KG._NS)})
    labels = sorted({row["label"].value for row in rows}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(label) for label in labels) + r")(?!\w)", re.I)


def _tokens(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text)
    return re.findall(r"[a-z0-9]+", "".join(c for c in folded if not unicodedata.combining(c)).lower())


_ORGAN_WORDS = ("council", "councils", "assembly", "general", "commission", "committee", "heads", "head", "state",
                "states", "government", "governments", "ministers", "minister", "foreign", "summit", "session",
                "organization", "organisation", "union", "nations", "league", "leaders", "member", "members")
