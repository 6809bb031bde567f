"""The gazetteer: states and bodies from the reference data (``ontology/reference/``).

The reference data is RDF that the project writes; this module reads it once into
lookup tables for the extractor: names, aliases, demonyms and seats of government →
ISO3 code; names, acronyms and aliases → body.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from kg.namespaces import KG, ORG
from kg.reference import reference_store, turtle_store
from kg.resources import place_files
from kg.solutions import select

__all__ = ["RefBody", "Gazetteer", "gazetteer"]

_K = str(KG._NS)


@dataclass
class RefBody:
    """A body of the reference data."""

    iri: str
    name: str
    acronym: str | None = None
    aliases: tuple[str, ...] = ()
    parent: str | None = None  # IRI
    members: frozenset[str] = field(default_factory=frozenset)


@dataclass
class Gazetteer:
    """Lookup tables built from the reference data."""

    state_names: dict[str, str]        # name or alias → ISO3
    demonyms: dict[str, str]           # demonym → ISO3
    seats: dict[str, str]              # capital or seat → ISO3
    state_label: dict[str, str]        # ISO3 → name
    capital_of: dict[str, str]         # ISO3 → first seat (its capital)
    bodies: dict[str, RefBody]         # IRI → body
    body_names: dict[str, RefBody]     # name, acronym or alias → body
    cities: dict[str, str]             # a city other than a seat → ISO3 of the state it is in

    def body_by_iri(self, iri: str | None) -> RefBody | None:
        return self.bodies.get(iri) if iri else None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer, read once from ``ontology/reference/*.ttl``."""
    store = reference_store()

    def rows(query: str):
        return store.query(query, prefixes={"kg": _K, "org": str(ORG)})

    state_names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    seats: dict[str, str] = {}
    labels: dict[str, str] = {}
    capital_of: dict[str, str] = {}
    for r in rows("SELECT ?iso ?p ?v WHERE { ?s a kg:State ; kg:iso3 ?iso ; ?p ?v . FILTER(isLiteral(?v)) }"):
        iso, prop, value = r["iso"].value, r["p"].value[len(_K):], r["v"].value
        if prop == "name":
            labels[iso] = value
            state_names.setdefault(value, iso)
        elif prop == "alias":
            state_names.setdefault(value, iso)
        elif prop == "demonym":
            demonyms.setdefault(value, iso)
        elif prop in ("seat", "capital"):
            seats.setdefault(value, iso)
            if prop == "capital":
                capital_of[iso] = value

    bodies: dict[str, RefBody] = {}
    for r in rows("""SELECT ?b ?name ?acr ?parent WHERE {
            ?b kg:name ?name . { ?b a kg:InternationalBody } UNION { ?b a kg:StandingFormat }
            OPTIONAL { ?b kg:acronym ?acr } OPTIONAL { ?b org:subOrganizationOf ?parent } }"""):
        iri = r["b"].value
        bodies[iri] = RefBody(iri, r["name"].value, r["acr"].value if r["acr"] else None,
                              parent=r["parent"].value if r["parent"] else None)
    for r in rows("SELECT ?b ?a WHERE { ?b kg:alias ?a . FILTER NOT EXISTS { ?b kg:iso3 ?i } }"):
        body = bodies.get(r["b"].value)
        if body is not None:
            body.aliases = tuple(sorted({*body.aliases, r["a"].value}))
    for r in rows("SELECT ?b ?m WHERE { ?b org:hasMember ?m }"):
        body = bodies.get(r["b"].value)
        if body is not None:
            body.members = body.members | {r["m"].value.rsplit("/", 1)[-1]}
    body_names: dict[str, RefBody] = {}
    for body in bodies.values():
        for n in (body.name, body.acronym, *body.aliases):
            if n:
                body_names.setdefault(n, body)
    cities = {r["n"].value: r["s"].value.rsplit("/", 1)[-1] for r in select(
        turtle_store(place_files()), "SELECT ?n ?s WHERE { ?c a kg:City ; kg:name ?n ; kg:inCountry ?s }",
        prefixes={"kg": _K})}
    return Gazetteer(state_names, demonyms, seats, labels, capital_of, bodies, body_names, cities)
