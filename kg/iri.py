"""The IRI scheme of the graph's nodes: every IRI under ``https://w3id.org/coopkg/id/``
is minted here, and every module that needs to take one apart asks here.

IRIs are minted from content, deterministically, so that rebuilding gives the same
graph and the same thing reported twice is one node (see "The ontology" in the README).
What decides the *content* (which name keys a body, which date and place key an event)
is the mapping's business (:mod:`kg.mapping`); this module only turns keys into IRIs
and back. ``ontology/reference/*.ttl`` writes the same IRIs by hand, and
``tests/test_iri.py`` checks that they are the ones minted here.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from urllib.parse import quote

from kg.namespaces import ID, TOPIC

__all__ = [
    "BASE", "slug", "bounded", "is_minted",
    "state_iri", "iso3_of", "body_iri", "person_iri", "post_iri", "city_iri", "topic_iri", "topic_slug_of",
    "article_iri", "report_iri", "article_of_report", "article_graph_of", "ARTICLE_LAYER", "event_iri", "document_iri",
]

BASE = str(ID)
_STATE = f"{BASE}state/"
_BODY = f"{BASE}body/"
_PERSON = f"{BASE}person/"
_POST = f"{BASE}post/"
_PLACE = f"{BASE}place/"
_ARTICLE = f"{BASE}article/"
_REPORT = f"{BASE}report/"
_EVENT = f"{BASE}event/"
_DOCUMENT = f"{BASE}document/"
_TOPIC = str(TOPIC)


# ---------------------------------------------------------------------------- segments


# Kept for the few thousand names a large build mints again and again (states' bodies,
# persons, topics, places): folding them is most of the cost of minting their IRIs.
@lru_cache(maxsize=1 << 14)
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


def is_minted(iri: str) -> bool:
    """Whether ``iri`` names a node of the graph (a state, body, event...), rather than
    an ontology term, a concept or an outside resource.

    >>> is_minted(state_iri("RUS")), is_minted("http://www.wikidata.org/entity/Q159")
    (True, False)
    """
    return iri.startswith(BASE)


# ---------------------------------------------------------------------------- actors and places


def state_iri(iso3: str) -> str:
    """A state's IRI, from its ISO code.

    >>> state_iri("RUS")
    'https://w3id.org/coopkg/id/state/RUS'
    """
    return f"{_STATE}{iso3}"


def iso3_of(iri: str) -> str | None:
    """The ISO code of a state's IRI; None for any other IRI.

    >>> iso3_of("https://w3id.org/coopkg/id/state/RUS"), iso3_of(body_iri("european-union"))
    ('RUS', None)
    """
    return iri[len(_STATE):] if iri.startswith(_STATE) else None


def body_iri(key: str) -> str:
    """A body's IRI, from its key: the slug of its full name (:func:`kg.mapping.body_key`).

    >>> body_iri(slug("Commonwealth of Independent States"))
    'https://w3id.org/coopkg/id/body/commonwealth-of-independent-states'
    """
    return f"{_BODY}{key}"


def person_iri(name: str) -> str:
    return f"{_PERSON}{slug(name)}"


def post_iri(actor_key: str, role: str) -> str:
    """A post, keyed by the state or body it is in and its role.

    >>> post_iri("RUS", "Foreign Minister")
    'https://w3id.org/coopkg/id/post/RUS.foreign-minister'
    """
    return f"{_POST}{actor_key}.{slug(role)}"


def city_iri(city: str, country: str | None) -> str:
    """A city is keyed by its exact name and country, so the node has one name.

    >>> city_iri("Ulan Bator", "MNG")
    'https://w3id.org/coopkg/id/place/MNG.Ulan%20Bator'
    """
    return f"{_PLACE}{country or 'unknown'}.{bounded(_quoted(city))}"


def topic_iri(topic: str) -> str:
    return f"{_TOPIC}{slug(topic)}"


def topic_slug_of(iri: str) -> str | None:
    """The slug a topic's IRI was minted from; None for any other IRI.

    >>> topic_slug_of(topic_iri("Nuclear arms control"))
    'nuclear-arms-control'
    """
    return iri[len(_TOPIC):] if iri.startswith(_TOPIC) else None


# ---------------------------------------------------------------------------- sources


def article_iri(article_id: str) -> str:
    """The article's IRI, also the name of its graph.

    >>> article_iri("tass 2019/10")
    'https://w3id.org/coopkg/id/article/tass%202019%2F10'
    """
    return f"{_ARTICLE}{bounded(_quoted(article_id))}"


def report_iri(article_id: str, kind: str, index: int) -> str:
    """What one article says about its ``index``-th state, body, person, event or document.

    >>> report_iri("tass-2019", "event", 0)
    'https://w3id.org/coopkg/id/report/tass-2019.event.0'
    """
    return f"{_REPORT}{bounded(_quoted(article_id))}.{kind}.{index}"


def article_of_report(iri: str) -> str | None:
    """The IRI of the article a report's IRI was minted for; None for any other IRI.

    >>> article_of_report(report_iri("tass 1", "event", 2))
    'https://w3id.org/coopkg/id/article/tass%201'
    """
    if not iri.startswith(_REPORT):
        return None
    # An article id may hold dots (percent-encoding keeps them), but the kind and the
    # index never do: the last two dots are always theirs.
    return _ARTICLE + iri[len(_REPORT):].rsplit(".", 2)[0]


def article_graph_of(subject: str) -> str | None:
    """The article whose named graph holds triples about ``subject``: the article
    itself, or the article of a report; None for the merged knowledge layer.

    >>> article_graph_of(report_iri("tass 1", "event", 2))
    'https://w3id.org/coopkg/id/article/tass%201'
    >>> article_graph_of(state_iri("RUS")) is None
    True
    """
    if subject.startswith(_ARTICLE):
        return subject
    return article_of_report(subject)


ARTICLE_LAYER = (_ARTICLE, _REPORT)
"""The starts of the IRIs that :func:`article_graph_of` may place in an article's graph:
no other subject is in one."""


# ---------------------------------------------------------------------------- events and documents


def event_iri(key: str) -> str:
    """An event, from its key (:func:`kg.mapping.event_key`, or its cluster's)."""
    return f"{_EVENT}{bounded(key, 200)}"


def document_iri(event_part: str, title_part: str) -> str:
    """A document is keyed by the event where its step happened and its title."""
    return f"{_DOCUMENT}{bounded(event_part, 200)}__{bounded(title_part)}"
