"""Knowledge graph → news facts: the inverse of :mod:`kg.mapping`.

Facts come back from the provenance layer, the per-article reports, so every article
is given back as it was, from a Turtle file as from a fresh build. What does not come
back: the order of codes inside a list (participants, parties come back sorted) and
the exact spelling of a body reference (it comes back as the name the same article
gives that body, which names the same body).
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable

import pyoxigraph as ox
import rdflib

from kg.errors import GraphError
from kg.facts import Article, Body, Document, Event, Evidence, NewsFacts, Person, StateMention
from kg.graph import oxstore
from kg.iri import iso3_of, topic_slug_of
from kg.namespaces import DOCUMENT_TYPE, EVENT_TYPE, KG, MODALITY, ORG, RDF, SKOS, STATUS
from kg.solutions import select

__all__ = ["graph_to_facts"]

_K = str(KG._NS)


def _rows(store: ox.Store, query: str) -> Iterable[ox.QuerySolution]:
    return select(store, query, use_default_graph_as_union=True,
                  prefixes={"kg": _K, "skos": str(SKOS)})


def _value(term) -> str | None:
    return None if term is None else term.value


def _evidence(r: _Report) -> Evidence | None:
    quote, start, end = r.one("quote"), r.one("quoteStart"), r.one("quoteEnd")
    if quote is None or start is None or end is None:
        return None
    return Evidence(int(start), int(end), quote)


class _Report:
    """The properties of one report node, multi-valued."""

    def __init__(self, iri: str):
        self.iri = iri
        self.values: dict[str, list] = defaultdict(list)

    def one(self, prop: str) -> str | None:
        values = self.values.get(_K + prop)
        return values[0].value if values else None

    def many(self, prop: str, full: bool = False) -> list[str]:
        return [t.value for t in self.values.get(prop if full else _K + prop, [])]

    def required(self, prop: str) -> str:
        value = self.one(prop)
        if value is None:
            raise GraphError(f"report <{self.iri}> has no kg:{prop}; "
                             "check the graph with `kg validate` or rebuild it with `kg build`")
        return value


def graph_to_facts(graph: rdflib.Graph | ox.Store) -> list[NewsFacts]:
    """Read the news facts of every article back out of a graph, in article-id order.

    Examples
    --------
    >>> from kg.facts import parse_facts
    >>> from kg.graph import build_graph
    >>> f = parse_facts({"article": {"id": "a"}, "events": [{"id": "e1", "type": "call", "participants": ["USA", "RUS"]}]})
    >>> graph_to_facts(build_graph([f]))[0].events[0].participants
    ('RUS', 'USA')
    """
    store = oxstore(graph)
    articles: dict[str, Article] = {}
    for row in _rows(store, """
        SELECT ?a ?id ?url ?publisher ?published ?title ?language ?text WHERE {
          ?a a kg:NewsArticle ; kg:articleId ?id .
          OPTIONAL { ?a kg:url ?url } OPTIONAL { ?a kg:publisher ?publisher }
          OPTIONAL { ?a kg:published ?published } OPTIONAL { ?a kg:title ?title }
          OPTIONAL { ?a kg:language ?language } OPTIONAL { ?a kg:text ?text } }"""):
        articles[row["a"].value] = Article(
            id=row["id"].value, url=_value(row["url"]), publisher=_value(row["publisher"]),
            published=_value(row["published"]), title=_value(row["title"]),
            language=_value(row["language"]), text=_value(row["text"]))

    reports: dict[str, _Report] = {}
    by_article: dict[str, dict[str, list[tuple[int, _Report]]]] = defaultdict(lambda: defaultdict(list))
    for row in _rows(store, "SELECT ?r ?p ?o WHERE { ?r kg:reportedIn ?a ; ?p ?o }"):
        iri = row["r"].value
        report = reports.get(iri)
        if report is None:
            report = reports[iri] = _Report(iri)
        report.values[row["p"].value].append(row["o"])
    for report in reports.values():
        kind = report.many(str(RDF.type), full=True)
        kind_name = next((k[len(_K):] for k in kind if k.startswith(_K)), None)
        article_iri = report.required("reportedIn")
        position = int(report.required("position"))
        by_article[article_iri][kind_name or "?"].append((position, report))

    city_names = {r["c"].value: r["n"].value for r in _rows(store, "SELECT ?c ?n WHERE { ?c a kg:City ; kg:name ?n }")}
    topic_labels = {r["t"].value: r["l"].value for r in _rows(
        store, "SELECT ?t ?l WHERE { ?t a kg:Topic ; skos:prefLabel ?l }")}
    # A parent body the article does not list is given back by its node's name.
    body_names: dict[str, str] = {}
    for prop in ("name", "acronym"):  # its name, else its acronym
        for r in _rows(store, f"SELECT ?b ?n WHERE {{ ?b a kg:InternationalBody ; kg:{prop} ?n }} ORDER BY ?b ?n"):
            body_names.setdefault(r["b"].value, r["n"].value)

    out = []
    for article_iri, article in sorted(articles.items(), key=lambda kv: kv[1].id):
        kinds = by_article.get(article_iri, {})
        ordered = {k: [r for _, r in sorted(v, key=lambda t: t[0])] for k, v in kinds.items()}
        out.append(_article_facts(article, ordered, city_names, topic_labels, body_names))
    return out


def _article_facts(article: Article, kinds: dict[str, list[_Report]], city_names: dict[str, str],
                   topic_labels: dict[str, str], body_names: dict[str, str]) -> NewsFacts:
    # The article's own name for each body node: how its references are given back.
    body_label: dict[str, str] = {}
    bodies = []
    for r in kinds.get("BodyReport", []):
        body = Body(r.one("name"), r.one("acronym"), tuple(sorted(r.many("alias"))), None, _evidence(r))
        body_label.setdefault(r.required("describes"), r.one("referencedAs") or body.label)
        bodies.append((r, body))

    def actor(iri: str) -> str:
        iso3 = iso3_of(iri)
        if iso3 is not None:
            return iso3
        if iri not in body_label:
            raise GraphError(f"<{iri}> is referenced in article {article.id!r} but is neither a state nor a body "
                             "that article reports; rebuild the graph with `kg build`")
        return body_label[iri]

    def actors(r: _Report, prop: str) -> tuple[str, ...]:
        # States first, by code; then bodies, by name.
        keyed = sorted((iso3_of(iri) is None, actor(iri)) for iri in r.many(prop))
        return tuple(ref for _, ref in keyed)

    def opt_actor(r: _Report, prop: str) -> str | None:
        value = r.one(prop)
        return actor(value) if value else None

    states = tuple(StateMention(actor(r.required("describes")), r.one("name"), _evidence(r))
                   for r in kinds.get("StateReport", []))
    def parent(r: _Report) -> str | None:
        iris = r.many(str(ORG.subOrganizationOf), full=True)
        if not iris:
            return None
        return body_label.get(iris[0]) or body_names.get(iris[0]) or actor(iris[0])

    body_list = tuple(Body(b.name, b.acronym, b.aliases, parent(r), b.evidence) for r, b in bodies)

    persons = []
    for r in kinds.get("PersonReport", []):
        acts = r.many("actsFor")
        state = next((actor(a) for a in acts if iso3_of(a) is not None), None)
        body_ref = next((actor(a) for a in acts if iso3_of(a) is None), None)
        persons.append(Person(r.required("name"), r.one("role"), state, body_ref, _evidence(r)))

    events = []
    local_id_of: dict[str, str] = {}
    for r in kinds.get("EventReport", []):
        local_id = r.required("localId")
        local_id_of.setdefault(r.required("describes"), local_id)
        place, modality = r.one("place"), r.one("modality")
        events.append(Event(
            id=local_id,
            type=_concept(r.required("eventType"), str(EVENT_TYPE), r),
            name=r.one("name"),
            date=r.one("startDate"),
            end_date=r.one("endDate"),
            city=city_names.get(place) if place else None,
            country=opt_actor(r, "heldInCountry"),
            body=opt_actor(r, "ofBody"),
            participants=actors(r, "hasParticipant"),
            chair=opt_actor(r, "chairedBy"),
            host=opt_actor(r, "hostedBy"),
            evidence=_evidence(r),
            modality=_concept(modality, str(MODALITY), r) if modality else None,
        ))

    documents = []
    for r in kinds.get("DocumentReport", []):
        event = r.one("atEvent")
        documents.append(Document(
            id=r.required("localId"),
            type=_concept(r.required("documentType"), str(DOCUMENT_TYPE), r),
            title=r.one("name"),
            status=_concept(r.required("status"), str(STATUS), r),
            event=local_id_of.get(event) if event else None,
            proposed_by=actors(r, "proposedBy"),
            parties=actors(r, "party"),
            topics=tuple(sorted(_topic_phrase(t, topic_labels) for t in r.many("topic"))),
            evidence=_evidence(r),
        ))
    return NewsFacts(article, states, body_list, tuple(persons), tuple(events), tuple(documents))


def _topic_phrase(iri: str, labels: dict[str, str]) -> str:
    """A topic's label, else the words of the slug it was minted from (a graph written
    without its topics' labels)."""
    label = labels.get(iri)
    if label is not None:
        return label
    return (topic_slug_of(iri) or iri.rsplit("/", 1)[-1]).replace("-", " ")


def _concept(iri: str, namespace: str, report: _Report) -> str:
    if not iri.startswith(namespace):
        raise GraphError(f"report <{report.iri}>: <{iri}> is not a concept of <{namespace}>; "
                         "check the graph with `kg validate`")
    return iri[len(namespace):]
