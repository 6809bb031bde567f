"""News facts → RDF quads: what each article says, under the IRIs :mod:`kg.iri` mints.

Two layers come out of each article (see ``ontology/kg.ttl``):

* the knowledge layer: states, bodies, persons, posts, cities, events, documents and
  topics, under IRIs minted from their content, so that the same meeting reported by
  two articles is one node carrying the union of what both say;
* the provenance layer: one report per state, body, person, event and document of the
  article, holding exactly what that article says and linked to the merged node, so
  that sources that disagree stay visible and ``kg facts`` can give each article back.

This module decides the content a node is keyed on (:func:`body_key`,
:func:`event_key`, :func:`document_keys`); :mod:`kg.iri` turns keys into IRIs.

Everything goes into the default graph. What one article says (the article node and
its reports) is told apart by subject, so a TriG or N-Quads export puts it in the
article's named graph (:func:`kg.iri.article_graph_of`) with no second copy in the store.
The triples are written as N-Triples text, which Oxigraph parses straight into its store:
no Python object per term or triple (``bench/bench_build.py``).
"""
from __future__ import annotations

import calendar
import re
from dataclasses import replace
from functools import lru_cache
from typing import Iterable, Iterator

import pycountry
import pyoxigraph as ox

from kg.facts import Body, Event, Evidence, NewsFacts
from kg.iri import (article_iri, body_iri, city_iri, document_iri, event_iri, person_iri, post_iri, report_iri,
                    slug, state_iri, topic_iri)
from kg.reference import body_by_name, state_label
from kg.namespaces import (DOCUMENT_TYPE, EVENT_TYPE, KG, MODALITY, ORG, PROV, RDF, SCHEME, SKOS, STATUS, XSD,
                           OxTerms)

__all__ = [
    "body_key", "event_key", "event_keys", "document_keys", "state_name", "first_day", "last_day",
    "facts_to_ntriples", "facts_to_quads", "iter_quads",
]

# ---------------------------------------------------------------------------- keys


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


# ---------------------------------------------------------------------------- terms
# The mapper writes N-Triples lines, which Oxigraph parses in bulk several times faster
# than it takes the same triples as Python objects (``bench/bench_build.py``).


def _iri(value: str) -> str:
    return f"<{value}>"


# What N-Triples cannot hold raw inside a string: the quote, the backslash and line ends.
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_NEEDS_ESCAPE = re.compile(r'["\\\n\r]')


def _quoted(value: str) -> str:
    if _NEEDS_ESCAPE.search(value):
        value = value.translate(_ESCAPES)
    return f'"{value}"'


def _literal(value: str, datatype: str | None = None) -> str:
    """A literal in N-Triples: a plain string, or typed with ``datatype`` (written as an IRI)."""
    return _quoted(value) if datatype is None else f"{_quoted(value)}^^{datatype}"


# Each term written once as an N-Triples IRI, then kept.
KG_ = OxTerms(KG, _iri)
ORG_ = OxTerms(ORG, _iri)
PROV_ = OxTerms(PROV, _iri)
RDF_ = OxTerms(RDF, _iri)
SKOS_ = OxTerms(SKOS, _iri)
XSD_ = OxTerms(XSD, _iri)
_DATE_TYPES = {4: XSD_.gYear, 7: XSD_.gYearMonth, 10: XSD_.date}
_TOPICS_SCHEME = _iri(str(SCHEME["topics"]))


@lru_cache(maxsize=1024)
def _state_node(iso3: str) -> str:
    # An article names its states several times over (participants, parties, chairs).
    return _iri(state_iri(iso3))


def _date_literal(value: str) -> str:
    return _literal(value, _DATE_TYPES[len(value)])


def _integer(value: int) -> str:
    return f'"{value}"^^{XSD_.integer}'


class _ArticleMapper:
    """Writes the triples of one article as N-Triples lines (terms as N-Triples text)."""

    def __init__(self, facts: NewsFacts, clusters: dict, documents: dict):
        self.facts = facts
        self.clusters = clusters
        self.documents = documents
        self.article = _iri(article_iri(facts.article.id))
        self.lines: list[str] = []
        self._typed: set[tuple[str, str]] = set()  # (node, class)

    def add(self, s: str, p: str, o: str) -> None:
        self.lines.append(f"{s} {p} {o} .\n")

    def text(self, s: str, term: str, value: str | None) -> None:
        if value is not None:
            self.lines.append(f"{s} {term} {_quoted(value)} .\n")

    def node(self, iri: str, cls: str) -> str:
        """A merged node, typed and tied to this article once."""
        n = _iri(iri)
        if (n, cls) not in self._typed:
            self._typed.add((n, cls))
            self.add(n, RDF_.type, cls)
            self.add(n, PROV_.wasDerivedFrom, self.article)
        return n

    def report(self, kind: str, index: int, cls: str, about: str, local_id: str | None = None,
               evidence: Evidence | None = None) -> str:
        r = _iri(report_iri(self.facts.article.id, kind, index))
        self.add(r, RDF_.type, cls)
        self.add(r, KG_.reportedIn, self.article)
        self.add(r, KG_.describes, about)
        self.add(r, KG_.position, _integer(index))
        if local_id is not None:
            self.add(r, KG_.localId, _quoted(local_id))
        if evidence is not None:
            self.add(r, KG_.quote, _quoted(evidence.text))
            self.add(r, KG_.quoteStart, _integer(evidence.start))
            self.add(r, KG_.quoteEnd, _integer(evidence.end))
        return r

    def state(self, iso3: str) -> str:
        n = _state_node(iso3)
        if (n, KG_.State) not in self._typed:
            self.node(state_iri(iso3), KG_.State)
            self.add(n, KG_.iso3, _quoted(iso3))
            self.add(n, KG_.name, _quoted(state_name(iso3)))
        return n

    def body(self, body: Body) -> str:
        iri = body_iri(body_key(body))
        n = _iri(iri)
        if (n, KG_.InternationalBody) not in self._typed:
            self.node(iri, KG_.InternationalBody)
        return n

    def parent(self, ref: str) -> str:
        """The body a body is part of: one the article lists, else a body of its own known
        by that name (resolved through the reference data when it knows the name; the
        spec lets ``part_of`` name a body the article does not list)."""
        if self.facts.body_named(ref) is not None:
            return self.actor(ref)
        outside = Body(None, ref) if re.fullmatch(r"[A-Z0-9&\-]{2,12}", ref) else Body(ref)
        n = self.body(outside)
        self.text(n, KG_.acronym if outside.acronym else KG_.name, ref)
        return n

    def actor(self, ref: str) -> str:
        body = self.facts.body_named(ref)
        return self.body(body) if body is not None else self.state(ref)

    def map(self) -> list[str]:
        f = self.facts
        a = f.article
        self.add(self.article, RDF_.type, KG_.NewsArticle)
        self.add(self.article, KG_.articleId, _quoted(a.id))
        self.text(self.article, KG_.publisher, a.publisher)
        if a.published:
            self.add(self.article, KG_.published, _date_literal(a.published))
        if a.url:
            self.add(self.article, KG_.url, _literal(a.url, XSD_.anyURI))
        self.text(self.article, KG_.title, a.title)
        self.text(self.article, KG_.language, a.language)
        self.text(self.article, KG_.text, a.text)

        for i, mention in enumerate(f.states):
            r = self.report("state", i, KG_.StateReport, self.state(mention.iso3), evidence=mention.evidence)
            self.text(r, KG_.name, mention.name)

        first_reference = _first_references(f)
        for i, b in enumerate(f.bodies):
            merged = self.body(b)
            r = self.report("body", i, KG_.BodyReport, merged, evidence=b.evidence)
            self.text(r, KG_.referencedAs, first_reference.get(id(b)))
            parent = self.parent(b.part_of) if b.part_of else None
            for s in (merged, r):
                self.text(s, KG_.name, b.name)
                self.text(s, KG_.acronym, b.acronym)
                for alias in b.aliases:
                    self.text(s, KG_.alias, alias)
                if parent is not None:
                    self.add(s, ORG_.subOrganizationOf, parent)

        for i, p in enumerate(f.persons):
            merged = self.node(person_iri(p.name), KG_.Person)
            r = self.report("person", i, KG_.PersonReport, merged, evidence=p.evidence)
            # (node, key) of the state and body the person acts for
            actors = [(self.state(p.state), p.state)] if p.state else []
            if p.body:
                actors.append((self.actor(p.body), _actor_key(p.body, f)))
            for s in (merged, r):
                self.text(s, KG_.name, p.name)
                self.text(s, KG_.role, p.role)
                for actor, _ in actors:
                    self.add(s, KG_.actsFor, actor)
            if p.role:
                for actor, key in actors:
                    post = self.node(post_iri(key, p.role), KG_.Post)
                    self.text(post, KG_.role, p.role)
                    self.add(post, ORG_.postIn, actor)
                    self.add(merged, ORG_.holds, post)

        event_nodes: dict[str, str] = {}
        keys = event_keys(f, self.clusters)
        for i, e in enumerate(f.events):
            cluster = self.clusters.get((a.id, e.id))
            merged = self.node(event_iri(keys[e.id]), KG_.Event)
            event_nodes[e.id] = merged
            r = self.report("event", i, KG_.EventReport, merged, e.id, e.evidence)
            # A meeting several articles report is dated by all of them: from the first day
            # any gives to the last; each report keeps its own dates.
            self._event(replace(e, date=cluster.date, end_date=cluster.end_date) if cluster else e, merged)
            self._event(e, r)

        for i, (d, doc_key) in enumerate(zip(f.documents, document_keys(f, keys, self.documents))):
            event_node = event_nodes.get(d.event) if d.event else None
            merged = self.node(document_iri(*doc_key), KG_.Document)
            r = self.report("document", i, KG_.DocumentReport, merged, d.id, d.evidence)
            document_type, status = _iri(f"{DOCUMENT_TYPE}{d.type}"), _iri(f"{STATUS}{d.status}")
            for s in (merged, r):
                self.add(s, KG_.documentType, document_type)
                self.add(s, KG_.status, status)
                self.text(s, KG_.name, d.title)
                if event_node is not None:
                    self.add(s, KG_.atEvent, event_node)
                for ref in d.proposed_by:
                    self.add(s, KG_.proposedBy, self.actor(ref))
                for ref in d.parties:
                    self.add(s, KG_.party, self.actor(ref))
                for topic in d.topics:
                    self.add(s, KG_.topic, self.topic(topic))
        return self.lines

    def _event(self, e: Event, s: str) -> None:
        self.add(s, KG_.eventType, _iri(f"{EVENT_TYPE}{e.type}"))
        if e.modality:
            self.add(s, KG_.modality, _iri(f"{MODALITY}{e.modality}"))
        self.text(s, KG_.name, e.name)
        if e.date:
            self.add(s, KG_.startDate, _date_literal(e.date))
            # Bounds as xsd:date beside the precise value, so that typed filters and
            # sorting see every event, whatever the precision of its date.
            self.add(s, KG_.earliestDate, _literal(first_day(e.date), XSD_.date))
            self.add(s, KG_.latestDate, _literal(last_day(e.end_date or e.date), XSD_.date))
        if e.end_date:
            self.add(s, KG_.endDate, _date_literal(e.end_date))
        if e.city:
            self.add(s, KG_.place, self.city(e.city, e.country))
        if e.country:
            self.add(s, KG_.heldInCountry, self.state(e.country))
        if e.body:
            self.add(s, KG_.ofBody, self.actor(e.body))
        for ref in e.participants:
            self.add(s, KG_.hasParticipant, self.actor(ref))
        if e.chair:
            self.add(s, KG_.chairedBy, self.state(e.chair))
        if e.host:
            self.add(s, KG_.hostedBy, self.state(e.host))

    def city(self, name: str, country: str | None) -> str:
        iri = city_iri(name, country)
        if (_iri(iri), KG_.City) in self._typed:
            return _iri(iri)
        n = self.node(iri, KG_.City)
        self.add(n, KG_.name, _quoted(name))
        if country:
            self.add(n, KG_.inCountry, self.state(country))
        return n

    def topic(self, phrase: str) -> str:
        n = _iri(topic_iri(phrase))
        if (n, KG_.Topic) not in self._typed:
            self._typed.add((n, KG_.Topic))
            self.add(n, RDF_.type, KG_.Topic)
            self.add(n, RDF_.type, SKOS_.Concept)
            self.add(n, SKOS_.prefLabel, f"{_quoted(phrase)}@en")
            self.add(n, SKOS_.inScheme, _TOPICS_SCHEME)
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
        if body is not None and ref is not None:  # a body is named by a reference, never by None
            first.setdefault(id(body), ref)
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


def facts_to_ntriples(facts: NewsFacts, clusters: dict | None = None, documents: dict | None = None) -> str:
    """The triples of one article's facts as N-Triples text, a line a triple; ``clusters``
    (from :func:`kg.resolution.resolve_events`) gives the events other articles also
    report the key and the span of days of their meeting, ``documents`` (from
    :func:`kg.document_resolution.resolve_documents`) the documents they also name the
    key of their node.

    >>> from kg.facts import parse_facts
    >>> f = parse_facts({"article": {"id": "a1"}, "states": [{"iso3": "FRA", "name": "France"}]})
    >>> print(facts_to_ntriples(f).splitlines()[-1])
    <https://w3id.org/coopkg/id/report/a1.state.0> <https://w3id.org/coopkg/ont#name> "France" .
    """
    return "".join(_ArticleMapper(facts, clusters or {}, documents or {}).map())


def facts_to_quads(facts: NewsFacts, clusters: dict | None = None, documents: dict | None = None) -> list[ox.Quad]:
    """The triples of :func:`facts_to_ntriples` as quads in the default graph, in the
    same order.

    >>> from kg.facts import parse_facts
    >>> f = parse_facts({"article": {"id": "a1"}, "states": [{"iso3": "FRA", "name": "France"}]})
    >>> len(facts_to_quads(f))
    11
    """
    return list(ox.parse(facts_to_ntriples(facts, clusters, documents), format=ox.RdfFormat.N_TRIPLES))


def iter_quads(facts: Iterable[NewsFacts], clusters: dict | None = None,
               documents: dict | None = None) -> Iterator[ox.Quad]:
    """The quads of many articles, one after another."""
    for f in facts:
        yield from facts_to_quads(f, clusters, documents)
