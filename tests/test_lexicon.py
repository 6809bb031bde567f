"""The extractor's lexicons are data: every scheme loads, and the document nouns cover
every document type of the ontology, each noun naming one type."""
from __future__ import annotations

import pyoxigraph as ox

from kg.extraction.documents import DOC_NOUNS
from kg.extraction.lexicon import load_lexicon
from kg.extraction.mentions import ROLE_WORDS, person_mentions
from kg.resources import lexicon_files, ontology_files


def _document_types() -> set[str]:
    store = ox.Store()
    for path in ontology_files():
        store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    rows = store.query("SELECT ?n WHERE { ?c skos:inScheme <https://w3id.org/coopkg/scheme/document-types> ; "
                       "skos:notation ?n }", prefixes={"skos": "http://www.w3.org/2004/02/skos/core#"})
    return {r["n"].value for r in rows}


def test_every_lexicon_file_parses_and_every_scheme_has_concepts():
    assert {p.stem for p in lexicon_files()} >= {"screening", "documents", "offices"}
    lexicon = load_lexicon()
    for scheme in ("screening", "actor-references", "document-nouns", "offices"):
        concepts = lexicon.scheme(scheme)
        assert concepts, scheme
        assert all(c.phrases for c in concepts.values()), scheme


def test_document_nouns_give_every_document_type_and_no_other():
    assert set(DOC_NOUNS.values()) == _document_types()
    assert DOC_NOUNS["mou"] == "memorandum" and DOC_NOUNS["accords"] == "agreement"
    assert "other" not in DOC_NOUNS  # the type's name is no noun of a document


def test_offices_mark_names_as_officials():
    assert {"Foreign Minister", "Secretary-General", "spokeswoman", "Crown Prince"} <= set(ROLE_WORDS)
    [hit] = person_mentions("Chilean Trade Minister Lena Ortiz arrived on Monday.")
    assert (hit.name, hit.role, hit.state) == ("Lena Ortiz", "Trade Minister", "CHL")


def test_event_triggers_cover_every_event_type_in_a_fixed_order():
    from kg.extraction.events import event_type
    concepts = load_lexicon().scheme("event-triggers").values()
    ranks = [c.rank for c in concepts]
    assert None not in ranks and len(set(ranks)) == len(ranks)
    assert {c.label for c in concepts} == {"call", "summit", "ministerial", "conference", "session", "signing",
                                           "visit", "meeting", "talks"}
    # the more specific type wins: a telephone conversation is talks by phone, a call
    assert event_type("The two presidents held talks in a telephone conversation on Monday.")[0] == "call"


def test_false_triggers_tell_of_no_event():
    from kg.extraction.events import event_type
    assert event_type("The minister told a news conference that the deadline was not met.") is None
    assert event_type("The minister told a news conference that she met her counterpart.")[0] == "talks"


def test_document_statuses_cover_every_status_and_a_tie_goes_to_the_lower_notation():
    from kg.extraction.documents import status_of
    concepts = load_lexicon().scheme("document-statuses").values()
    assert {c.label for c in concepts} == {"discussed", "in_force", "ratified", "proposed", "signed", "adopted", "draft"}
    text = "The two sides did not sign the treaty."
    assert status_of(text, text.index("treaty"), text.index("treaty") + 6) == "discussed"
    text = "The ministers are working towards a treaty on fisheries."
    assert status_of(text, text.index("treaty"), text.index("treaty") + 6) == "proposed"
