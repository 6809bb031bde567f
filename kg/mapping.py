"""News facts → RDF quads, and every IRI the graph mints.

Two layers come out of each article (see ``ontology/kg.ttl``):

* the knowledge layer: states, bodies, persons, posts, cities, events, documents and
  topics, under IRIs minted from their content, so that the same meeting reported by
  two articles is one node carrying the union of what both say;
* the provenance layer: one report per state, body, person, event and document of the
  article, holding exactly what that article says and linked to the merged node, so
  that sources that disagree stay visible and ``kg facts`` can give each article back.

Everything goes into the default graph. What one article says (the article node and
its reports) is told apart by subject, so a TriG or N-Quads export puts it in the
article's named graph (:func:`article_graph_of`) with no second copy in the store. Terms are pyoxigraph terms: building goes straight
into the Oxigraph store, ~10× faster than rdflib's memory store (issue #2).
"""
from __future__ import annotations

import calendar
import hashlib
import re
import unicodedata
from dataclasses import replace
from functools import lru_cache
from typing import Iterable, Iterator
from urllib.parse import quote

import pycountry
import pyoxigraph as ox

from kg.facts import Body, Event, Evidence, NewsFacts
from kg.reference import body_by_name, state_label
from kg.namespaces import DOCUMENT_TYPE, EVENT_TYPE, ID, KG, MODALITY, SCHEME, STATUS, TOPIC

__all__ = [
    "slug", "state_iri", "body_iri", "person_iri", "post_iri", "city_iri", "topic_iri",
    "article_iri", "report_iri", "article_graph_of", "body_key", "event_key", "event_keys", "event_iri",
    "document_keys", "document_iri", "state_name", "facts_to_quads",
    "iter_quads",
]

_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_XSD = "http://www.w3.org/2001/XMLSchema#"
_DATE_TYPES = {4: ox.NamedNode(_XSD + "gYear"), 7: ox.NamedNode(_XSD + "gYearMonth"), 10: ox.NamedNode(_XSD + "date")}
_XSD_DATE = _DATE_TYPES[10]
_INTEGER = ox.NamedNode(_XSD + "integer")
_ANY_URI = ox.NamedNode(_XSD + "anyURI")
_ORG = "http://www.w3.org/ns/org#"
_SUB_ORGANIZATION_OF = ox.NamedNode(_ORG + "subOrganizationOf")
_HOLDS = ox.NamedNode(_ORG + "holds")
_POST_IN = ox.NamedNode(_ORG + "postIn")
_DERIVED_FROM = ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_PREF_LABEL = ox.NamedNode(_SKOS + "prefLabel")
_IN_SCHEME = ox.NamedNode(_SKOS + "inScheme")
_CONCEPT = ox.NamedNode(_SKOS + "Concept")
_TOPICS_SCHEME = ox.NamedNode(str(SCHEME["topics"]))
_DEFAULT_GRAPH = ox.DefaultGraph()


@lru_cache(maxsize=None)
def _kg(term: str) -> ox.NamedNode:
    return ox.NamedNode(str(getattr(KG, term)))


# ---------------------------------------------------------------------------- IRIs


def slug(text: str, limit: int = 80) -> str:
    """A readable, deterministic IRI segment for ``text``: folded, ASCII, hyphenated.

    Long texts are cut and given a short hash of the whole, so that distinct texts keep
    distinct slugs.

    >>> slug("Council of Foreign Ministers (CFM)")
    'council-of-foreign-ministers-cfm'
    >>> slug("Brasília")
    'brasilia'
    """
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    words = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
    if words and len(words) <= limit:
        return words
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
    return (words[:limit].rstrip("-") + "-" + digest) if words else "x-" + digest


def bounded(segment: str, limit: int = 120) -> str:
    """An IRI segment no longer than ``limit``: a long one (an article id of a megabyte, an
    event of two hundred participants) keeps its start, readable, and ends in a hash of the
    whole, so that IRIs stay short, stable and distinct whatever the input.

    >>> bounded("tass-2019"), len(bounded("x" * 5000))
    ('tass-2019', 120)
    """
    if len(segment) <= limit:
        return segment
    digest = hashlib.sha1(segment.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    head = re.sub(r"%[0-9A-Fa-f]?$", "", segment[:limit - len(digest) - 1])  # no escape cut in half
    return f"{head}~{digest}"


def _quoted(text: str) -> str:
    """``text`` percent-encoded for an IRI segment (lone surrogates too, rather than a crash)."""
    return quote(text.encode("utf-8", "surrogatepass"), safe="")


def state_iri(iso3: str) -> str:
    """A state's IRI, from its ISO code.

    >>> state_iri("RUS")
    'https://w3id.org/coopkg/id/state/RUS'
    """
    return f"{ID}state/{iso3}"


def body_key(body: Body) -> str:
    """The key a body is merged on: the slug of its full name, else of its acronym. A
    body the reference data knows by that name or acronym takes the reference's full
    name, so "EU" and "European Union" are one node.

    >>> body_key(Body("EU", None)), body_key(Body("Example Council", "EXC"))
    ('european-union', 'example-council')
    """
    known = body_by_name(body.name) or body_by_name(body.acronym)
    if known is not None:
        return slug(known[1])
    return slug(body.name or body.acronym or "")


def body_iri(body: Body) -> str:
    """A body's IRI, from its full name (or acronym).

    >>> body_iri(Body("Commonwealth of Independent States", "CIS"))
    'https://w3id.org/coopkg/id/body/commonwealth-of-independent-states'
    """
    return f"{ID}body/{body_key(body)}"


def person_iri(name: str) -> str:
    return f"{ID}person/{slug(name)}"


def post_iri(actor_key: str, role: str) -> str:
    return f"{ID}post/{actor_key}.{slug(role)}"


def city_iri(city: str, country: str | None) -> str:
    """A city is keyed by its exact name and country, so the node has one name.

    >>> city_iri("Ulan Bator", "MNG")
    'https://w3id.org/coopkg/id/place/MNG.Ulan%20Bator'
    """
    return f"{ID}place/{country or 'unknown'}.{bounded(_quoted(city))}"


_REPORT_PREFIX = f"{ID}report/"


def report_iri(article_id: str, kind: str, index: int) -> str:
    """What one article says about its ``index``-th state, body, person, event or document.

    >>> report_iri("tass-2019", "event", 0)
    'https://w3id.org/coopkg/id/report/tass-2019.event.0'
    """
    return f"{ID}report/{bounded(_quoted(article_id))}.{kind}.{index}"


_ARTICLE_PREFIX = f"{ID}article/"


def article_graph_of(subject: str) -> str | None:
    """The article whose named graph holds triples about ``subject``: the article
    itself, or the article of a report; None for the merged knowledge layer.

    >>> article_graph_of(report_iri("tass 1", "event", 2))
    'https://w3id.org/coopkg/id/article/tass%201'
    >>> article_graph_of(state_iri("RUS")) is None
    True
    """
    if subject.startswith(_ARTICLE_PREFIX):
        return subject
    if subject.startswith(_REPORT_PREFIX):
        return _ARTICLE_PREFIX + subject[len(_REPORT_PREFIX):].rsplit(".", 2)[0]
    return None


def topic_iri(topic: str) -> str:
    return f"{TOPIC}{slug(topic)}"


def article_iri(article_id: str) -> str:
    """The article's IRI, also the name of its graph.

    >>> article_iri("tass 2019/10")
    'https://w3id.org/coopkg/id/article/tass%202019%2F10'
    """
    return f"{ID}article/{bounded(_quoted(article_id))}"


def event_key(event: Event, facts: NewsFacts) -> str:
    """The key an event is merged on: its date, body and place.

    An event of no body also keys on its type (a signing and talks in one city on one
    day are two events); one with neither body nor place (a phone call) keys on its type
    and participants.

    >>> from kg.facts import Article
    >>> f = NewsFacts(Article("a"), bodies=(Body("Council of Foreign Ministers", "CFM"),))
    >>> event_key(Event("e1", "ministerial", date="2019-10-10", city="Ashgabat", body="CFM"), f)
    '2019-10-10_council-of-foreign-ministers_ashgabat'
    >>> event_key(Event("e2", "call", date="2025-02-12", participants=("USA", "RUS")), f)
    '2025-02-12_call_RUS-USA'
    """
    parts = [event.date or "undated"]
    body = facts.body_named(event.body)
    if body is not None:
        parts.append(body_key(body))
    if event.city:
        parts.append(slug(event.city))
    elif event.country:
        parts.append(event.country)
    if body is None:
        parts.append(event.type)
        if not event.city and not event.country:
            actors = sorted(_actor_key(p, facts) for p in event.participants)
            parts.append("-".join(actors) or "unknown")
    return "_".join(parts)


def event_keys(facts: NewsFacts, clusters: dict) -> dict[str, str]:
    """The node key of each event of an article, by event id: its cluster's, where
    resolution joined it with other articles' reports, else its own; two events of one
    article never share one."""
    used: set[str] = set()
    out = {}
    for e in facts.events:
        cluster = clusters.get((facts.article.id, e.id))
        out[e.id] = _unique(cluster.key if cluster else event_key(e, facts), used)
    return out


def document_keys(facts: NewsFacts, event_keys_of: dict[str, str], clusters: dict) -> list[tuple[str, str]]:
    """The (event part, title part) key of each document of an article, in order: its
    cluster's, where resolution joined it with other articles' documents, else the key
    of the event where its step happened (or "unattached") and its title."""
    used: set[str] = set()
    out = []
    for d in facts.documents:
        cluster = clusters.get((facts.article.id, d.id))
        if cluster is not None:
            out.append(cluster.key)
            continue
        event_part = event_keys_of.get(d.event, "unattached") if d.event else "unattached"
        title_part = slug(d.title) if d.title else f"{d.type}-{slug(facts.article.id)}-{slug(d.id)}"
        out.append((event_part, _unique(title_part, used)))
    return out


def event_iri(key: str) -> str:
    return f"{ID}event/{bounded(key, 200)}"


def document_iri(event_part: str, title_part: str) -> str:
    """A document is keyed by the event where its step happened and its title."""
    return f"{ID}document/{bounded(event_part, 200)}__{bounded(title_part)}"


def state_name(iso3: str) -> str:
    """The English short name of a state, for its node's label.

    >>> state_name("TKM"), state_name("XKX"), state_name("RUS")
    ('Turkmenistan', 'Kosovo', 'Russia')
    """
    known = state_label(iso3)
    if known is not None:
        return known
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return iso3
    return getattr(country, "common_name", None) or country.name


def _actor_key(ref: str, facts: NewsFacts) -> str:
    body = facts.body_named(ref)
    return body_key(body) if body is not None else ref


# ---------------------------------------------------------------------------- mapping


def first_day(value: str) -> str:
    """The first day a date of any precision allows.

    >>> first_day("2024"), first_day("2024-07"), first_day("2024-07-15")
    ('2024-01-01', '2024-07-01', '2024-07-15')
    """
    return (value + "-01-01")[:10] if len(value) == 4 else (value + "-01")[:10]


def last_day(value: str) -> str:
    """The last day a date of any precision allows.

    >>> last_day("2024"), last_day("2024-02"), last_day("2024-07-15")
    ('2024-12-31', '2024-02-29', '2024-07-15')
    """
    if len(value) == 4:
        return f"{value}-12-31"
    if len(value) == 7:
        year, month = int(value[:4]), int(value[5:7])
        return f"{value}-{calendar.monthrange(year, month)[1]:02d}"
    return value


def _date_literal(value: str) -> ox.Literal:
    return ox.Literal(value, datatype=_DATE_TYPES[len(value)])


class _ArticleMapper:
    """Emits the quads of one article into its named graph."""

    def __init__(self, facts: NewsFacts, clusters: dict, documents: dict):
        self.facts = facts
        self.clusters = clusters
        self.documents = documents
        self.article = ox.NamedNode(article_iri(facts.article.id))
        self.quads: list[ox.Quad] = []
        self._typed: set[tuple[str, str]] = set()

    def add(self, s: ox.NamedNode, p: ox.NamedNode, o) -> None:
        self.quads.append(ox.Quad(s, p, o, _DEFAULT_GRAPH))

    def text(self, s: ox.NamedNode, term: str, value: str | None) -> None:
        if value is not None:
            self.add(s, _kg(term), ox.Literal(value))

    def node(self, iri: str, cls: str) -> ox.NamedNode:
        """A merged node, typed and tied to this article once."""
        n = ox.NamedNode(iri)
        if (iri, cls) not in self._typed:
            self._typed.add((iri, cls))
            self.add(n, _RDF_TYPE, _kg(cls))
            self.add(n, _DERIVED_FROM, self.article)
        return n

    def report(self, kind: str, index: int, cls: str, about: ox.NamedNode, local_id: str | None = None,
               evidence: Evidence | None = None):
        r = ox.NamedNode(report_iri(self.facts.article.id, kind, index))
        self.add(r, _RDF_TYPE, _kg(cls))
        self.add(r, _kg("reportedIn"), self.article)
        self.add(r, _kg("describes"), about)
        self.add(r, _kg("position"), ox.Literal(str(index), datatype=_INTEGER))
        if local_id is not None:
            self.add(r, _kg("localId"), ox.Literal(local_id))
        if evidence is not None:
            self.add(r, _kg("quote"), ox.Literal(evidence.text))
            self.add(r, _kg("quoteStart"), ox.Literal(str(evidence.start), datatype=_INTEGER))
            self.add(r, _kg("quoteEnd"), ox.Literal(str(evidence.end), datatype=_INTEGER))
        return r

    def state(self, iso3: str) -> ox.NamedNode:
        n = ox.NamedNode(state_iri(iso3))
        if (n.value, "State") not in self._typed:
            self.node(n.value, "State")
            self.add(n, _kg("iso3"), ox.Literal(iso3))
            self.add(n, _kg("name"), ox.Literal(state_name(iso3)))
        return n

    def body(self, body: Body) -> ox.NamedNode:
        n = ox.NamedNode(body_iri(body))
        if (n.value, "InternationalBody") not in self._typed:
            self.node(n.value, "InternationalBody")
        return n

    def parent(self, ref: str) -> ox.NamedNode:
        """The body a body is part of: one the article lists, else a body of its own known
        by that name (resolved through the reference data when it knows the name; the
        spec lets ``part_of`` name a body the article does not list)."""
        if self.facts.body_named(ref) is not None:
            return self.actor(ref)
        outside = Body(None, ref) if re.fullmatch(r"[A-Z0-9&\-]{2,12}", ref) else Body(ref)
        n = self.body(outside)
        self.text(n, "acronym" if outside.acronym else "name", ref)
        return n

    def actor(self, ref: str) -> ox.NamedNode:
        body = self.facts.body_named(ref)
        return self.body(body) if body is not None else self.state(ref)

    def map(self) -> list[ox.Quad]:
        f = self.facts
        a = f.article
        self.add(self.article, _RDF_TYPE, _kg("NewsArticle"))
        self.add(self.article, _kg("articleId"), ox.Literal(a.id))
        self.text(self.article, "publisher", a.publisher)
        if a.published:
            self.add(self.article, _kg("published"), _date_literal(a.published))
        if a.url:
            self.add(self.article, _kg("url"), ox.Literal(a.url, datatype=_ANY_URI))
        self.text(self.article, "title", a.title)
        self.text(self.article, "language", a.language)
        self.text(self.article, "text", a.text)

        for i, s in enumerate(f.states):
            r = self.report("state", i, "StateReport", self.state(s.iso3), evidence=s.evidence)
            self.text(r, "name", s.name)

        first_reference = _first_references(f)
        for i, b in enumerate(f.bodies):
            merged = self.body(b)
            r = self.report("body", i, "BodyReport", merged, evidence=b.evidence)
            self.text(r, "referencedAs", first_reference.get(id(b)))
            parent = self.parent(b.part_of) if b.part_of else None
            for s in (merged, r):
                self.text(s, "name", b.name)
                self.text(s, "acronym", b.acronym)
                for alias in b.aliases:
                    self.text(s, "alias", alias)
                if parent is not None:
                    self.add(s, _SUB_ORGANIZATION_OF, parent)

        for i, p in enumerate(f.persons):
            merged = self.node(person_iri(p.name), "Person")
            r = self.report("person", i, "PersonReport", merged, evidence=p.evidence)
            # (node, key) of the state and body the person acts for
            actors = [(self.state(p.state), p.state)] if p.state else []
            if p.body:
                actors.append((self.actor(p.body), _actor_key(p.body, f)))
            for s in (merged, r):
                self.text(s, "name", p.name)
                self.text(s, "role", p.role)
                for actor, _ in actors:
                    self.add(s, _kg("actsFor"), actor)
            if p.role:
                for actor, key in actors:
                    post = self.node(post_iri(key, p.role), "Post")
                    self.text(post, "role", p.role)
                    self.add(post, _POST_IN, actor)
                    self.add(merged, _HOLDS, post)

        event_nodes: dict[str, ox.NamedNode] = {}
        keys = event_keys(f, self.clusters)
        for i, e in enumerate(f.events):
            cluster = self.clusters.get((a.id, e.id))
            merged = self.node(event_iri(keys[e.id]), "Event")
            event_nodes[e.id] = merged
            r = self.report("event", i, "EventReport", merged, e.id, e.evidence)
            # A meeting several articles report is dated by all of them: from the first day
            # any gives to the last; each report keeps its own dates.
            self._event(replace(e, date=cluster.date, end_date=cluster.end_date) if cluster else e, merged)
            self._event(e, r)

        for i, (d, key) in enumerate(zip(f.documents, document_keys(f, keys, self.documents))):
            event_node = event_nodes.get(d.event) if d.event else None
            merged = self.node(document_iri(*key), "Document")
            r = self.report("document", i, "DocumentReport", merged, d.id, d.evidence)
            for s in (merged, r):
                self.add(s, _kg("documentType"), ox.NamedNode(f"{DOCUMENT_TYPE}{d.type}"))
                self.add(s, _kg("status"), ox.NamedNode(f"{STATUS}{d.status}"))
                self.text(s, "name", d.title)
                if event_node is not None:
                    self.add(s, _kg("atEvent"), event_node)
                for ref in d.proposed_by:
                    self.add(s, _kg("proposedBy"), self.actor(ref))
                for ref in d.parties:
                    self.add(s, _kg("party"), self.actor(ref))
                for topic in d.topics:
                    self.add(s, _kg("topic"), self.topic(topic))
        return self.quads

    def _event(self, e: Event, s: ox.NamedNode) -> None:
        self.add(s, _kg("eventType"), ox.NamedNode(f"{EVENT_TYPE}{e.type}"))
        if e.modality:
            self.add(s, _kg("modality"), ox.NamedNode(f"{MODALITY}{e.modality}"))
        self.text(s, "name", e.name)
        if e.date:
            self.add(s, _kg("startDate"), _date_literal(e.date))
            # Bounds as xsd:date beside the precise value, so that typed filters and
            # sorting see every event, whatever the precision of its date.
            self.add(s, _kg("earliestDate"), ox.Literal(first_day(e.date), datatype=_XSD_DATE))
            self.add(s, _kg("latestDate"), ox.Literal(last_day(e.end_date or e.date), datatype=_XSD_DATE))
        if e.end_date:
            self.add(s, _kg("endDate"), _date_literal(e.end_date))
        if e.city:
            self.add(s, _kg("place"), self.city(e.city, e.country))
        if e.country:
            self.add(s, _kg("heldInCountry"), self.state(e.country))
        if e.body:
            self.add(s, _kg("ofBody"), self.actor(e.body))
        for ref in e.participants:
            self.add(s, _kg("hasParticipant"), self.actor(ref))
        if e.chair:
            self.add(s, _kg("chairedBy"), self.state(e.chair))
        if e.host:
            self.add(s, _kg("hostedBy"), self.state(e.host))

    def city(self, name: str, country: str | None) -> ox.NamedNode:
        iri = city_iri(name, country)
        if (iri, "City") in self._typed:
            return ox.NamedNode(iri)
        n = self.node(iri, "City")
        self.add(n, _kg("name"), ox.Literal(name))
        if country:
            self.add(n, _kg("inCountry"), self.state(country))
        return n

    def topic(self, phrase: str) -> ox.NamedNode:
        iri = topic_iri(phrase)
        n = ox.NamedNode(iri)
        if (iri, "Topic") not in self._typed:
            self._typed.add((iri, "Topic"))
            self.add(n, _RDF_TYPE, _kg("Topic"))
            self.add(n, _RDF_TYPE, _CONCEPT)
            self.add(n, _PREF_LABEL, ox.Literal(phrase, language="en"))
            self.add(n, _IN_SCHEME, _TOPICS_SCHEME)
        return n


def _first_references(facts: NewsFacts) -> dict[int, str]:
    """For each body (by identity), the first string the facts use to refer to it."""
    refs = [b.part_of for b in facts.bodies] + [p.body for p in facts.persons]
    for e in facts.events:
        refs += [e.body, *e.participants]
    for d in facts.documents:
        refs += [*d.proposed_by, *d.parties]
    first: dict[int, str] = {}
    for ref in refs:
        body = facts.body_named(ref)
        if body is not None:
            first.setdefault(id(body), ref)  # type: ignore[arg-type]
    return first


def _unique(key: str, used: set[str]) -> str:
    """``key``, or ``key-2``, ``key-3``... if this article already used it.

    Two events of one article that share date, body and place stay two nodes.
    """
    candidate, n = key, 1
    while candidate in used:
        n += 1
        candidate = f"{key}-{n}"
    used.add(candidate)
    return candidate


def facts_to_quads(facts: NewsFacts, clusters: dict | None = None, documents: dict | None = None) -> list[ox.Quad]:
    """The quads of one article's facts, in the default graph; ``clusters`` (from
    :func:`kg.resolution.resolve_events`) gives the events other articles also report
    the key and the span of days of their meeting, ``documents`` (from
    :func:`kg.document_resolution.resolve_documents`) the documents they also name the
    key of their node.

    >>> from kg.facts import parse_facts
    >>> f = parse_facts({"article": {"id": "a1"}, "states": [{"iso3": "FRA", "name": "France"}]})
    >>> len(facts_to_quads(f))
    11
    """
    return _ArticleMapper(facts, clusters or {}, documents or {}).map()


def iter_quads(facts: Iterable[NewsFacts], clusters: dict | None = None,
               documents: dict | None = None) -> Iterator[ox.Quad]:
    """The quads of many articles, one after another."""
    for f in facts:
        yield from facts_to_quads(f, clusters, documents)

