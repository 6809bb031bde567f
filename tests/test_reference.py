"""The reference data's links to other knowledge bases: every state's Wikidata item and
ISO 3166-1 codes, checked against pycountry and the country-codes table of
``../shared/data/country-codes`` (when present), the bodies' Wikidata items (each its own,
never a state's nor its parent's, and as many as README.md says), and all of them carried into
built graphs."""
from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pycountry
import pytest
import rdflib
from rdflib.namespace import ORG, RDF, SKOS

from kg import build_graph, parse_facts, read_graph, validate, write_graph
from kg.resources import place_files, reference_files

KG = rdflib.Namespace("https://w3id.org/coopkg/ont#")
WIKIDATA = "http://www.wikidata.org/entity/"
QID = re.compile(r"Q[1-9][0-9]*")
README = Path(__file__).resolve().parents[1] / "README.md"
COUNTRY_CODES = Path(__file__).resolve().parents[2] / "shared" / "data" / "country-codes" / "country-codes.csv"


@pytest.fixture(scope="module")
def reference() -> rdflib.Graph:
    graph = rdflib.Graph()
    for path in reference_files():
        graph.parse(path)
    return graph


def _states(reference: rdflib.Graph) -> dict[str, rdflib.URIRef]:
    return {str(reference.value(s, KG.iso3)): s for s in reference.subjects(RDF.type, KG.State)}


def _wikidata_links(reference: rdflib.Graph) -> list[tuple[rdflib.URIRef, str]]:
    return [(s, str(o)) for s, o in reference.subject_objects(SKOS.exactMatch) if str(o).startswith(WIKIDATA)]


def test_every_link_to_wikidata_is_a_well_formed_qid_and_names_one_node(reference):
    links = _wikidata_links(reference)
    assert links
    for node, iri in links:
        assert isinstance(reference.value(node, SKOS.exactMatch), rdflib.URIRef)
        assert QID.fullmatch(iri[len(WIKIDATA):]), (node, iri)
    items = Counter(iri for _, iri in links)
    assert [iri for iri, n in items.items() if n > 1] == []
    nodes = Counter(node for node, _ in links)
    assert [node for node, n in nodes.items() if n > 1] == []
    # Every link the reference data makes is to Wikidata, as an entity IRI.
    assert len(links) == len(list(reference.subject_objects(SKOS.exactMatch)))


def test_every_state_has_a_wikidata_item(reference):
    states = _states(reference)
    assert len(states) == 199
    linked = {node for node, _ in _wikidata_links(reference)}
    assert sorted(iso for iso, node in states.items() if node not in linked) == []


def test_states_wikidata_items_agree_with_the_country_codes_table(reference):
    if not COUNTRY_CODES.is_file():
        pytest.skip("../shared/data/country-codes is not there")
    with COUNTRY_CODES.open(encoding="utf-8", newline="") as handle:
        table = {row["ISO3166-1-Alpha-3"]: row["wikidata_id"].rsplit("/", 1)[-1] for row in csv.DictReader(handle)}
    ours = {iso: str(reference.value(node, SKOS.exactMatch))[len(WIKIDATA):]
            for iso, node in _states(reference).items()}
    compared = {iso for iso in ours if table.get(iso)}
    assert len(compared) >= 197  # all but the two the table lacks (Kosovo, Namibia's item)
    assert {iso: (ours[iso], table[iso]) for iso in compared if ours[iso] != table[iso]} == {}


def test_iso_alpha2_and_numeric_codes_agree_with_pycountry(reference):
    for iso3, node in _states(reference).items():
        country = pycountry.countries.get(alpha_3=iso3)
        alpha2, numeric = reference.value(node, KG.iso2), reference.value(node, KG.isoNumeric)
        if country is None:
            # Kosovo: ISO 3166-1 lists no code for it (XKX is one ISO leaves for users).
            assert iso3 == "XKX" and alpha2 is None and numeric is None
            continue
        assert (str(alpha2), str(numeric)) == (country.alpha_2, country.numeric), iso3
        assert alpha2.datatype is None and numeric.datatype is None  # plain strings, as the shapes ask


def _bodies(reference: rdflib.Graph) -> set[rdflib.term.Node]:
    return {*reference.subjects(RDF.type, KG.InternationalBody), *reference.subjects(RDF.type, KG.StandingFormat)}


def test_as_many_bodies_are_linked_as_the_readme_says(reference):
    bodies = _bodies(reference)
    assert len(bodies) == 243
    linked = {node for node, _ in _wikidata_links(reference) if node in bodies}
    stated = re.search(r"(\d+) of the 243 bodies with their Wikidata item", " ".join(README.read_text(encoding="utf-8").split()))
    assert stated, "README.md no longer says how many bodies have their Wikidata item"
    assert len(linked) == int(stated.group(1))


def test_no_body_shares_a_wikidata_item_with_a_state(reference):
    bodies, states = _bodies(reference), set(_states(reference).values())
    body_items = {iri for node, iri in _wikidata_links(reference) if node in bodies}
    state_items = {iri for node, iri in _wikidata_links(reference) if node in states}
    assert body_items and state_items
    assert body_items & state_items == set()


def test_organs_carry_their_own_items_not_their_parents(reference):
    body = rdflib.Namespace("https://w3id.org/coopkg/id/body/")
    # Organs and their parents, each with the item that two published lists agree on.
    expected = {
        "united-nations": "Q1065", "united-nations-security-council": "Q37470",
        "united-nations-general-assembly": "Q47423", "european-union": "Q458",
        "european-commission": "Q8880", "council-of-the-european-union": "Q8896",
        "council-of-europe": "Q8908", "european-court-of-human-rights": "Q122880",
        "group-of-twenty": "Q19771", "group-of-seven": "Q1764511",
    }
    for slug, qid in expected.items():
        assert reference.value(body[slug], SKOS.exactMatch) == rdflib.URIRef(WIKIDATA + qid), slug
    for organ, parent in reference.subject_objects(ORG.subOrganizationOf):
        mine, theirs = reference.value(organ, SKOS.exactMatch), reference.value(parent, SKOS.exactMatch)
        assert mine is None or mine != theirs, (organ, parent)


FACTS = {
    "article": {"id": "links"},
    "states": [{"iso3": "RUS"}, {"iso3": "NAM"}, {"iso3": "XKX"}],
    "bodies": [{"id": "b1", "name": "United Nations"}],
}


def test_links_and_codes_reach_the_built_graph_and_conform(tmp_path):
    graph = build_graph([parse_facts(FACTS)])
    assert validate(graph).conforms
    assert validate(graph, engine="pyshacl").conforms
    for suffix in (".ttl", ".jsonld"):
        write_graph(graph, tmp_path / f"g{suffix}")
        back = rdflib.Dataset()
        back.parse(tmp_path / f"g{suffix}", format="turtle" if suffix == ".ttl" else "json-ld")
        state = rdflib.URIRef("https://w3id.org/coopkg/id/state/RUS")
        assert (state, SKOS.exactMatch, rdflib.URIRef(WIKIDATA + "Q159")) in back
        assert (state, KG.iso2, rdflib.Literal("RU")) in back
        assert (state, KG.isoNumeric, rdflib.Literal("643")) in back
        namibia = rdflib.URIRef("https://w3id.org/coopkg/id/state/NAM")
        assert (namibia, SKOS.exactMatch, rdflib.URIRef(WIKIDATA + "Q1030")) in back
        un = rdflib.URIRef("https://w3id.org/coopkg/id/body/united-nations")
        assert (un, SKOS.exactMatch, rdflib.URIRef(WIKIDATA + "Q1065")) in back
    # Compacted JSON-LD writes the link with the context's short key and prefix.
    assert '"exactMatch": "wd:Q159"' in (tmp_path / "g.jsonld").read_text(encoding="utf-8")
    assert validate(read_graph(tmp_path / "g.ttl")).conforms


def test_every_venue_city_lies_in_a_state_of_the_data_and_names_no_state_or_seat(reference):
    states = _states(reference)
    names = {str(o) for s in states.values() for p in (KG.name, KG.alias, KG.capital, KG.seat)
             for o in reference.objects(s, p)}
    places = rdflib.Graph()
    for path in place_files():
        places.parse(path)
    cities = Counter(str(places.value(c, KG.name)) for c in places.subjects(RDF.type, KG.City))
    assert len(cities) >= 300
    assert [c for c, n in cities.items() if n > 1] == []  # a name in two states tells neither
    assert sorted(set(cities) & names) == []  # "Istanbul" places a meeting; "Moscow" speaks for a state
    for city in places.subjects(RDF.type, KG.City):
        assert places.value(city, KG.inCountry) in states.values(), places.value(city, KG.name)


def test_venue_cities_stay_out_of_built_graphs():
    graph = build_graph([parse_facts({**FACTS, "states": [{"iso3": "TUR", "name": "Turkey"}]})])
    assert not any(str(o) == "Antalya" for o in graph.objects(None, KG.name))
