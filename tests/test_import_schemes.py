"""CAMEO and PLOVER as concept schemes, our event types matched to both, and the code
tables of the importers: in step with the code book, the PLOVER records and
the country-codes table where ../shared holds them, and carried by every built graph."""
from __future__ import annotations

import csv
import json

import pyoxigraph as ox
import pytest

from kg import build_graph, query
from kg.facts import EVENT_TYPES, is_iso3
from kg.importers.codes import code_tables
from kg.reference import reference_store
from kg.resources import code_files, ontology_dir, scheme_files
from tests.conftest import SHARED

SKOS = "http://www.w3.org/2004/02/skos/core#"
PREFIXES = {"skos": SKOS, "kgs": "https://w3id.org/coopkg/scheme/", "kg": "https://w3id.org/coopkg/ont#"}


@pytest.fixture(scope="module")
def schemes() -> ox.Store:
    store = ox.Store()
    for path in scheme_files():
        store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    return store


def _rows(store: ox.Store, sparql: str) -> list[tuple[str, ...]]:
    return [tuple(t.value if t is not None else None for t in row) for row in store.query(sparql, prefixes=PREFIXES)]


def test_cameo_scheme_has_every_code_of_the_code_book_with_its_label(schemes):
    book = SHARED / "data" / "cameo" / "cameo_event_codes.json"
    if not book.is_file():
        pytest.skip("../shared/data/cameo is not beside the checkout")
    labels = json.loads(book.read_text(encoding="utf-8"))
    assert code_tables().cameo_labels == labels
    broader = dict(_rows(schemes, "SELECT ?n ?b WHERE { ?c skos:inScheme kgs:cameo ; skos:notation ?n ; "
                                  "skos:broader/skos:notation ?b }"))
    assert all(broader[code] == (code[:2] if len(code) == 3 else code[:3]) for code in labels if len(code) > 2)


def test_every_cameo_code_but_statements_has_one_plover_category(schemes):
    rows = _rows(schemes, """SELECT ?n (COUNT(?p) AS ?k) (SAMPLE(?cat) AS ?category) WHERE {
        ?c skos:inScheme kgs:cameo ; skos:notation ?n .
        OPTIONAL { ?c skos:closeMatch|skos:broadMatch ?p . ?p skos:inScheme kgs:plover ; skos:notation ?cat } }
        GROUP BY ?n""")
    matched = {n: (int(k), category) for n, k, category in rows}
    assert len(matched) == 315
    for code, (count, _) in matched.items():
        # MAKE PUBLIC STATEMENT has no PLOVER category; YIELD splits between two.
        assert count == (0 if code.startswith("01") or code == "08" else 1), code
    assert {code: matched[code][1] for code in ("03", "04", "05", "06", "057", "0831", "0811")} == {
        "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "057": "SUPPORT", "0831": "RETREAT",
        "0811": "CONCEDE"}


def test_plover_scheme_is_the_categories_of_the_gold_records(schemes):
    categories = {n for (n,) in _rows(schemes, "SELECT ?n WHERE { ?c skos:inScheme kgs:plover ; skos:notation ?n }")}
    assert len(categories) == 18 and {"AGREE", "CONSULT", "SUPPORT", "COOPERATE"} <= categories
    records = SHARED / "data" / "plover" / "plover_gsr_records.jsonl"
    if records.is_file():
        coded = {json.loads(line)["event"] for line in records.read_text(encoding="utf-8").splitlines() if line}
        assert coded <= categories


def test_our_event_types_match_plover_and_cameo_and_the_import_table_is_a_function(schemes):
    rows = _rows(schemes, """SELECT ?t ?p WHERE { ?e skos:inScheme kgs:event-types ; skos:notation ?t ;
        skos:closeMatch|skos:broadMatch ?c . ?c skos:inScheme kgs:plover ; skos:notation ?p }""")
    plover = dict(rows)
    assert set(plover) == set(EVENT_TYPES) and len(rows) == len(EVENT_TYPES)
    assert plover["signing"] == "SUPPORT" and plover["summit"] == "CONSULT"
    close = _rows(schemes, """SELECT ?n (COUNT(DISTINCT ?e) AS ?k) WHERE { ?e skos:inScheme kgs:event-types ;
        skos:closeMatch ?c . ?c skos:inScheme kgs:cameo ; skos:notation ?n } GROUP BY ?n""")
    assert all(k == "1" for _, k in close)
    assert code_tables().event_types == {"040": "talks", "041": "call", "042": "visit", "043": "visit",
                                         "044": "meeting", "045": "talks", "046": "talks", "057": "signing"}


def test_built_graphs_carry_the_schemes():
    graph = build_graph([])
    counts = query(graph, """SELECT ?s (COUNT(?c) AS ?n) WHERE { ?c a skos:Concept ; skos:inScheme ?s }
        GROUP BY ?s""").values()
    assert ("https://w3id.org/coopkg/scheme/cameo", "315") in counts
    assert ("https://w3id.org/coopkg/scheme/plover", "18") in counts


def test_fips_codes_are_the_country_codes_tables():
    table = SHARED / "data" / "country-codes" / "country-codes.csv"
    if not table.is_file():
        pytest.skip("../shared/data/country-codes is not beside the checkout")
    fips = code_tables().fips
    with table.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            codes, iso3 = row["FIPS"].strip(), row["ISO3166-1-Alpha-3"].strip()
            for code in (codes[i:i + 2] for i in range(0, len(codes), 2)):
                if code == "KV" or (code == "NL" and iso3 == "BES"):
                    continue  # Kosovo is XKX here; NL is the Netherlands
                assert fips.get(code) == iso3, (code, iso3)
    assert fips["KV"] == "XKX" and fips["UK"] == "GBR" and fips["GZ"] == fips["WE"] == "PSE"


def test_code_tables_name_only_states_and_reference_bodies():
    tables = code_tables()
    assert all(is_iso3(iso) for iso in [*tables.fips.values(), *tables.cameo_states.values(),
                                         *tables.country_names.values()])
    reference = {q.subject.value for q in reference_store()}
    assert tables.cameo_bodies and all(iri in reference for iri, _ in tables.cameo_bodies.values())
    assert {p.stem for p in code_files()} == {"actor-roles", "cameo-actors", "country-names", "fips", "places"}
    assert (ontology_dir() / "codes") == code_files()[0].parent


def test_every_icews_country_name_of_the_sample_is_known():
    sample = SHARED / "data" / "icews" / "icews_events_2018_sample.tsv"
    if not sample.is_file():
        pytest.skip("../shared/data/icews is not beside the checkout")
    with sample.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    names = {r[c] for r in rows for c in ("Source Country", "Target Country", "Country")} - {"NA"}
    assert [n for n in sorted(names) if code_tables().state_named(n) is None] == []
