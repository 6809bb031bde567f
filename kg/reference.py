"""The reference data (``ontology/reference/*.ttl``): states and bodies with their
names, codes, demonyms, seats, parents, members and Wikidata links.

Read once into an Oxigraph store. The extractor builds its gazetteer from it; the
mapping takes state names and body keys from it; and :func:`enrich` adds to a built
graph what the reference data knows about the states and bodies the graph mentions.
"""
from __future__ import annotations

from functools import lru_cache

import pyoxigraph as ox

from kg.iri import is_minted
from kg.namespaces import KG, OX_KG, OX_RDF
from kg.resources import reference_files
from kg.solutions import select

__all__ = ["reference_store", "state_label", "body_by_name", "enrich"]

_K = str(KG._NS)


@lru_cache(maxsize=1)
def reference_store() -> ox.Store:
    """The reference data in a store of its own."""
    store = ox.Store()
    for path in reference_files():
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
    ref = reference_store()
    present = {q.subject for q in store.quads_for_pattern(None, OX_RDF.type, OX_KG.State)}
    present |= {q.subject for q in store.quads_for_pattern(None, OX_RDF.type, OX_KG.InternationalBody)}
    added = []
    for node in present:
        for q in ref.quads_for_pattern(node, None, None):
            if q.predicate == OX_RDF.type or isinstance(q.object, ox.NamedNode) and is_minted(
                    q.object.value) and q.object not in present:
                continue  # a parent or member the graph does not hold stays out
            added.append(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()))
        standing = OX_KG.StandingFormat
        if next(iter(ref.quads_for_pattern(node, OX_RDF.type, standing)), None) is not None:
            added.append(ox.Quad(node, OX_RDF.type, standing, ox.DefaultGraph()))
    store.extend(added)
    return len(added)
