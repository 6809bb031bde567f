"""The code tables of the importers, read once from data: CAMEO event codes with their
labels and the event type each imports as, FIPS and CAMEO actor codes, country and
body names, the roles in which an actor stands for its state, and the words that mark a
place name as a landmark rather than a city.

Nothing here is knowledge written as code: the tables are ``ontology/cameo.ttl``,
``ontology/event-type-mappings.ttl``, ``ontology/codes/*.ttl`` and the reference data
(``ontology/reference/``), so that a new code or spelling is a change of data.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import pycountry
import pyoxigraph as ox

from kg.facts import is_iso3
from kg.iri import iso3_of
from kg.namespaces import CAMEO, EVENT_TYPE, KG, OX_KG, SCHEME, SKOS
from kg.reference import reference_store
from kg.resources import code_files, event_code_files
from kg.solutions import select, value_of

__all__ = ["CodeTables", "code_tables", "fold"]

_K = str(KG._NS)
_PREFIXES = {"kg": _K, "skos": str(SKOS), "codes": "https://w3id.org/coopkg/codes/"}


def fold(text: str) -> str:
    """A name folded for comparison: accents and punctuation gone, lower case, no
    leading "the".

    >>> fold("the former Yugoslav Republic of Macedonia"), fold("Côte d'Ivoire")
    ('former yugoslav republic of macedonia', 'cote d ivoire')
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())
    return text[4:] if text.startswith("the ") else text


@dataclass(frozen=True)
class CodeTables:
    """What the importers look codes and names up in."""

    cameo_labels: dict[str, str]  # CAMEO event code → its label ("042" → "Make a visit")
    event_types: dict[str, str]  # CAMEO event code → the event type rows of it become
    fips: dict[str, str]  # FIPS 10-4 code → ISO3
    cameo_states: dict[str, str]  # CAMEO country code that is no ISO code → ISO3
    cameo_bodies: dict[str, tuple[str, str]]  # CAMEO organisation code → (IRI, full name)
    country_names: dict[str, str]  # folded country name → ISO3
    body_names: dict[str, tuple[str, str]]  # folded name, acronym or alias → (IRI, full name)
    state_roles: frozenset[str]  # CAMEO type codes of actors that stand for their state
    state_sectors: frozenset[str]  # folded ICEWS sectors of such actors
    body_roles: frozenset[str]  # CAMEO type codes of international bodies
    body_sectors: frozenset[str]  # folded ICEWS sectors of international bodies
    landmark_words: frozenset[str]  # folded words of place names that are no city

    def state_of_cameo(self, code: str) -> str | None:
        """The ISO3 code of the state a CAMEO country code names, or None (a region, a
        state that is gone, a typo).

        >>> tables = code_tables()
        >>> tables.state_of_cameo("RUS"), tables.state_of_cameo("KSV"), tables.state_of_cameo("EUR")
        ('RUS', 'XKX', None)
        """
        if code in self.cameo_states:
            return self.cameo_states[code]
        return code if is_iso3(code) else None

    def state_named(self, name: str) -> str | None:
        """The ISO3 code of the state a country name names, or None.

        >>> code_tables().state_named("Russian Federation"), code_tables().state_named("Atlantis")
        ('RUS', None)
        """
        return self.country_names.get(fold(name))

    def body_named(self, name: str) -> tuple[str, str] | None:
        """(IRI, full name) of the reference body a name, acronym or alias names, or None."""
        return self.body_names.get(fold(name))

    def is_landmark(self, place: str) -> bool:
        """Whether a place name is a landmark's rather than a city's.

        >>> code_tables().is_landmark("White House"), code_tables().is_landmark("Washington")
        (True, False)
        """
        return _is_landmark(place, self.landmark_words)


@lru_cache(maxsize=65536)
def _is_landmark(place: str, words: frozenset[str]) -> bool:
    # A day of GDELT names a few thousand places many times each.
    return any(word in words for word in fold(place).split())


def _store(paths) -> ox.Store:
    store = ox.Store()
    for path in paths:
        store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    return store


def _cameo_labels(schemes: ox.Store) -> dict[str, str]:
    rows = select(schemes,
        f"SELECT ?code ?label WHERE {{ ?c skos:inScheme <{SCHEME['cameo']}> ; "
        "skos:notation ?code ; skos:prefLabel ?label }", prefixes=_PREFIXES)
    return {r["code"].value: r["label"].value for r in rows}


def _event_types(schemes: ox.Store) -> dict[str, str]:
    rows = select(schemes, "SELECT ?type ?code WHERE { ?type skos:closeMatch ?code }", prefixes=_PREFIXES)
    out: dict[str, str] = {}
    for r in rows:
        kind, code = r["type"].value, r["code"].value
        if kind.startswith(str(EVENT_TYPE)) and code.startswith(str(CAMEO)):
            out[code[len(str(CAMEO)):]] = kind[len(str(EVENT_TYPE)):]
    return out


def _labels_of(codes: ox.Store, scheme: str, labels: str = "skos:prefLabel|skos:altLabel") -> tuple[
        frozenset[str], frozenset[str]]:
    """The notations and the folded labels of a scheme's concepts."""
    rows = list(select(codes, f"""SELECT ?notation ?label WHERE {{
        ?c skos:inScheme codes:{scheme} .
        OPTIONAL {{ ?c skos:notation ?notation }}
        OPTIONAL {{ ?c {labels} ?label }} }}""", prefixes=_PREFIXES))
    return (frozenset(r["notation"].value for r in rows if r["notation"] is not None),
            frozenset(fold(r["label"].value) for r in rows if r["label"] is not None))


def _country_names(reference: ox.Store, codes: ox.Store) -> dict[str, str]:
    """Every name of a country we know, folded: the reference data's names and aliases,
    ISO 3166's names (pycountry), and the other spellings of ontology/codes."""
    out: dict[str, str] = {}
    rows = select(reference, "SELECT ?iso ?name WHERE { ?s kg:iso3 ?iso ; kg:name|kg:alias ?name }", prefixes=_PREFIXES)
    for r in rows:
        out.setdefault(fold(r["name"].value), r["iso"].value)
    rows = select(codes, "SELECT ?s ?name WHERE { ?s skos:hiddenLabel ?name }", prefixes=_PREFIXES)
    for r in rows:
        iso = iso3_of(r["s"].value)
        if iso is not None:  # the other spellings are all of states
            out.setdefault(fold(r["name"].value), iso)
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            name = getattr(country, attribute, None)
            if name:
                out.setdefault(fold(name), country.alpha_3)
    return out


def _body_names(reference: ox.Store) -> dict[str, tuple[str, str]]:
    rows = select(reference, """SELECT ?b ?full ?name WHERE { ?b kg:name ?full .
        FILTER NOT EXISTS { ?b kg:iso3 ?iso } { ?b kg:name|kg:acronym|kg:alias ?name } }""", prefixes=_PREFIXES)
    out: dict[str, tuple[str, str]] = {}
    # Full names first, so that an acronym two bodies share ("EEC") does not take a
    # name from the body whose full name it is.
    for r in sorted(rows, key=lambda r: (r["name"].value != r["full"].value, r["b"].value)):
        out.setdefault(fold(r["name"].value), (r["b"].value, r["full"].value))
    return out


@lru_cache(maxsize=1)
def code_tables() -> CodeTables:
    """The code tables, read once."""
    schemes = _store(event_code_files())
    codes = _store(code_files())
    reference = reference_store()
    full_names = {r["b"].value: r["name"].value for r in select(reference,
        "SELECT ?b ?name WHERE { ?b kg:name ?name FILTER NOT EXISTS { ?b kg:iso3 ?iso } }", prefixes=_PREFIXES)}
    fips: dict[str, str] = {}
    cameo_states: dict[str, str] = {}
    cameo_bodies: dict[str, tuple[str, str]] = {}
    for q in codes.quads_for_pattern(None, OX_KG.fipsCode, None):
        iso = iso3_of(value_of(q.subject))
        if iso is not None:  # FIPS codes are all of states
            fips[value_of(q.object)] = iso
    for q in codes.quads_for_pattern(None, OX_KG.cameoActorCode, None):
        iri = value_of(q.subject)
        iso = iso3_of(iri)
        if iso is not None:
            cameo_states[value_of(q.object)] = iso
        elif iri in full_names:
            cameo_bodies[value_of(q.object)] = (iri, full_names[iri])
    state_roles, state_sectors = _labels_of(codes, "state-roles")
    body_roles, body_sectors = _labels_of(codes, "body-roles")
    _, landmark_words = _labels_of(codes, "place-words", labels="skos:altLabel")
    return CodeTables(
        cameo_labels=_cameo_labels(schemes), event_types=_event_types(schemes), fips=fips,
        cameo_states=cameo_states, cameo_bodies=cameo_bodies, country_names=_country_names(reference, codes),
        body_names=_body_names(reference), state_roles=state_roles, state_sectors=state_sectors,
        body_roles=body_roles, body_sectors=body_sectors, landmark_words=landmark_words,
    )
