"""The reference data (``ontology/reference/*.ttl``): states and bodies with their
names, codes, demonyms, seats, parents, members and Wikidata links.

Read once into an Oxigraph store. The extractor builds its gazetteer from it; the
mapping takes state names and body keys from it; and :func:`enrich` adds to a built
graph what the reference data knows about the states and bodies the graph mentions.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable

import pyoxigraph as ox

from kg.iri import is_minted
from kg.namespaces import KG, OX_KG, OX_RDF
from kg.resources import reference_files
from kg.solutions import select

__all__ = ["reference_store", "turtle_store", "state_label", "body_by_name", "enrich", "reference_triples", "referring_nodes"]

_K = str(KG._NS)


@lru_cache(maxsize=1)
def reference_store() -> ox.Store:
    """The reference data in a store of its own."""
    return turtle_store(reference_files())


def turtle_store(paths) -> ox.Store:
    """A store of its own holding the Turtle files ``paths``."""
    store = ox.Store()
    for path in paths:
        store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    return store


@lru_cache(maxsize=1)
def _state_labels() -> dict[str, str]:
    rows = select(reference_store(), "SELECT ?iso ?name WHERE { ?s kg:iso3 ?iso ; kg:name ?name }", prefixes={"kg": _K})
    return {r["iso"].value: r["name"].value for r in rows}


def state_label(iso3: str) -> str | None:
    """The name the reference data gives a state ("Russia" for RUS), or None."""
    return _state_labels().get(iso3)


@lru_cache(maxsize=1)
def _body_names() -> dict[str, tuple[str, str]]:
    """Full name or acronym → (IRI, full name) of each reference body."""
    rows = select(reference_store(), """SELECT ?b ?name ?acr WHERE { ?b kg:name ?name .
        FILTER NOT EXISTS { ?b kg:iso3 ?iso } OPTIONAL { ?b kg:acronym ?acr } }""", prefixes={"kg": _K})
    out: dict[str, tuple[str, str]] = {}
    for r in rows:
        entry = (r["b"].value, r["name"].value)
        out.setdefault(r["name"].value, entry)
        if r["acr"] is not None:
            out.setdefault(r["acr"].value, entry)
    return out


def body_by_name(name: str | None) -> tuple[str, str] | None:
    """(IRI, full name) of the reference body with this full name or acronym, or None.

    >>> body_by_name("EU")[1], body_by_name("European Union")[1], body_by_name("Example Council")
    ('European Union', 'European Union', None)
    """
    return _body_names().get(name) if name else None


def enrich(store: ox.Store) -> int:
    """Add to a built graph what the reference data says of its states and bodies: other
    names, demonyms, seats, Wikidata links, and parents and members that the graph also
    holds. Returns the number of triples added."""
    present = {q.subject for q in store.quads_for_pattern(None, OX_RDF.type, OX_KG.State)
               if isinstance(q.subject, ox.NamedNode)}
    present |= {q.subject for q in store.quads_for_pattern(None, OX_RDF.type, OX_KG.InternationalBody)
                if isinstance(q.subject, ox.NamedNode)}
    added = [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph())
             for node in present for t in reference_triples(node, present.__contains__)]
    store.extend(added)
    return len(added)


def reference_triples(node: ox.NamedNode, present: Callable[[ox.NamedNode], bool]) -> list[ox.Triple]:
    """What :func:`enrich` adds of one state or body of a graph, ``present`` telling which
    other nodes the graph holds (a parent or member it does not hold stays out)."""
    ref = reference_store()
    out = []
    for q in ref.quads_for_pattern(node, None, None):
        if q.predicate == OX_RDF.type or isinstance(q.object, ox.NamedNode) and is_minted(
                q.object.value) and not present(q.object):
            continue
        out.append(q.triple)
    standing = OX_KG.StandingFormat
    if next(iter(ref.quads_for_pattern(node, OX_RDF.type, standing)), None) is not None:
        out.append(ox.Triple(node, OX_RDF.type, standing))
    return out


def referring_nodes(node: ox.NamedNode) -> set[ox.NamedNode]:
    """The states and bodies whose reference triples name ``node`` (as parent or member),
    whose enrichment changes when ``node`` enters or leaves a graph."""
    return {q.subject for q in reference_store().quads_for_pattern(None, None, node)
            if isinstance(q.subject, ox.NamedNode)}
