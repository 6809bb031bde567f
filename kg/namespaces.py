"""The namespaces of the project, and the prefixes every export binds.

Ontology terms live in one :class:`~rdflib.namespace.DefinedNamespace` with
``_fail = True``, so a typo such as ``KG.Meting`` raises instead of minting a new IRI.
A test checks that :class:`KG` and ``ontology/kg.ttl`` declare the same terms.
"""
from __future__ import annotations

from typing import Any, Callable

import pyoxigraph as ox
from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD

__all__ = [
    "KG", "ID", "SCHEME", "EVENT_TYPE", "DOCUMENT_TYPE", "STATUS", "MODALITY", "TOPIC", "CAMEO", "PLOVER",
    "SCHEMA", "SEM", "WD", "ORG", "PROV", "SKOS", "RDF", "XSD", "PREFIXES", "bind_prefixes",
    "OxTerms", "OX_KG", "OX_ORG", "OX_PROV", "OX_SKOS", "OX_RDF", "OX_XSD",
]

BASE = "https://w3id.org/coopkg/"


class KG(DefinedNamespace):
    """The project ontology (``ontology/kg.ttl``)."""

    _fail = True
    _NS = Namespace(BASE + "ont#")

    # classes
    Actor: URIRef
    State: URIRef
    InternationalBody: URIRef
    StandingFormat: URIRef
    Person: URIRef
    Post: URIRef
    Place: URIRef
    City: URIRef
    Event: URIRef
    Document: URIRef
    Topic: URIRef
    NewsArticle: URIRef
    Report: URIRef
    StateReport: URIRef
    BodyReport: URIRef
    PersonReport: URIRef
    EventReport: URIRef
    DocumentReport: URIRef
    # properties
    name: URIRef
    iso3: URIRef
    iso2: URIRef
    isoNumeric: URIRef
    acronym: URIRef
    alias: URIRef
    role: URIRef
    demonym: URIRef
    seat: URIRef
    capital: URIRef
    actsFor: URIRef
    inCountry: URIRef
    eventType: URIRef
    modality: URIRef
    startDate: URIRef
    earliestDate: URIRef
    latestDate: URIRef
    endDate: URIRef
    place: URIRef
    heldInCountry: URIRef
    ofBody: URIRef
    hasParticipant: URIRef
    chairedBy: URIRef
    hostedBy: URIRef
    documentType: URIRef
    status: URIRef
    atEvent: URIRef
    proposedBy: URIRef
    party: URIRef
    topic: URIRef
    articleId: URIRef
    publisher: URIRef
    published: URIRef
    url: URIRef
    title: URIRef
    language: URIRef
    text: URIRef
    reportedIn: URIRef
    describes: URIRef
    localId: URIRef
    position: URIRef
    quote: URIRef
    quoteStart: URIRef
    quoteEnd: URIRef
    referencedAs: URIRef
    # machine-coded event data (kg import)
    EventRecord: URIRef
    recordId: URIRef
    sourceFile: URIRef
    sourceLine: URIRef
    cameoCode: URIRef
    codedActor: URIRef
    fipsCode: URIRef
    cameoActorCode: URIRef


ID = Namespace(BASE + "id/")
SCHEME = Namespace(BASE + "scheme/")
EVENT_TYPE = Namespace(BASE + "scheme/event-type/")
DOCUMENT_TYPE = Namespace(BASE + "scheme/document-type/")
STATUS = Namespace(BASE + "scheme/status/")
MODALITY = Namespace(BASE + "scheme/modality/")
TOPIC = Namespace(BASE + "scheme/topic/")
CAMEO = Namespace(BASE + "scheme/cameo/")
PLOVER = Namespace(BASE + "scheme/plover/")
SCHEMA = Namespace("https://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
WD = Namespace("http://www.wikidata.org/entity/")

PREFIXES: dict[str, str] = {
    "kg": str(KG._NS),
    "article": str(ID) + "article/",
    "report": str(ID) + "report/",
    "state": str(ID) + "state/",
    "body": str(ID) + "body/",
    "person": str(ID) + "person/",
    "post": str(ID) + "post/",
    "place": str(ID) + "place/",
    "event": str(ID) + "event/",
    "doc": str(ID) + "document/",
    "kgs": str(SCHEME),
    "kgsh": BASE + "shapes#",
    "evt": str(EVENT_TYPE),
    "doct": str(DOCUMENT_TYPE),
    "status": str(STATUS),
    "modality": str(MODALITY),
    "topic": str(TOPIC),
    "cameo": str(CAMEO),
    "plover": str(PLOVER),
    "schema": str(SCHEMA),
    "sem": str(SEM),
    "org": str(ORG),
    "prov": str(PROV),
    "skos": str(SKOS),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "wd": str(WD),
}


def bind_prefixes(graph):
    """Bind the project's prefixes on an rdflib graph, so every export reads the same.

    >>> from rdflib import Graph
    >>> g = bind_prefixes(Graph())
    >>> dict(g.namespaces())["kg"]
    rdflib.term.URIRef('https://w3id.org/coopkg/ont#')
    """
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    return graph


class OxTerms:
    """The terms of a namespace as pyoxigraph ``NamedNode`` terms, for code that writes
    straight into an Oxigraph store rather than through rdflib, or in another form that
    ``write`` makes of each IRI (the mapping's N-Triples ``<...>``).

    Each term is looked up in the rdflib namespace once, so ``OX_KG.Meting`` raises as
    ``KG.Meting`` does, and then kept as an attribute: the mapping asks for terms once
    per triple, and a plain attribute is an order of magnitude cheaper than a DefinedNamespace lookup.

    >>> OX_KG.reportedIn.value
    'https://w3id.org/coopkg/ont#reportedIn'
    >>> OxTerms(KG, lambda iri: f"<{iri}>").reportedIn
    '<https://w3id.org/coopkg/ont#reportedIn>'
    """

    def __init__(self, namespace: Any, write: Callable[[str], Any] = ox.NamedNode):
        self._namespace = namespace
        self._write = write

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # copy, pickle and friends probe for these
            raise AttributeError(name)
        term = self._write(str(getattr(self._namespace, name)))
        setattr(self, name, term)
        return term


OX_KG = OxTerms(KG)
OX_ORG = OxTerms(ORG)
OX_PROV = OxTerms(PROV)
OX_SKOS = OxTerms(SKOS)
OX_RDF = OxTerms(RDF)
OX_XSD = OxTerms(XSD)
