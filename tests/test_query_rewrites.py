"""The bundled queries are written for the way Oxigraph runs them (see their headers);
each must give the rows of its plain statement, kept in ``tests/data/queries``, in the
order that statement's ORDER BY sets, on a graph with what makes them differ: events
and documents merged from several articles with conflicting accounts, quotes, coded
rows of GDELT with CAMEO codes, and parameters given as text and as IRIs."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg import collect_facts, list_queries, query
from kg.importers import import_events
from kg.query import prepare_query

from bench.generate import generate_facts
from tests.conftest import EXAMPLES
from tests.test_import import CHL, ECU, PER, gdelt_row

REFERENCES = Path(__file__).parent / "data" / "queries"

# The projected columns of each plain statement's ORDER BY: the rows must come in the
# same sequence of these (rows they leave tied may come in any order).
ORDER = {
    "bodies-and-organs": ["body", "organ"],
    "conflicting-reports": ["event", "property", "article"],
    "document-proposers": ["proposer", "document"],
    "document-resolution": ["document", "article"],
    "documents-adopted-per-body-year": ["body", "year"],
    "documents-by-status": ["status", "documents", "type"],
    "event-resolution": ["event", "article"],
    "events-by-plover-category": ["category"],
    "events-by-sources": ["sources"],
    "evidence": ["article", "kind", "start"],
    "facts-of-article": ["kind", "position", "property", "value"],
    "hosts-and-chairs": ["state"],
    "meetings-of-state": [],
    "state-pairs": ["shared_meetings", "state_a", "state_b"],
}


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    rows = tmp_path_factory.mktemp("gdelt") / "day.tsv"
    rows.write_text("\n".join([gdelt_row("900001", "20240314", "057", PER, CHL),
                               gdelt_row("900002", "20240314", "046", CHL, PER),
                               gdelt_row("900003", "20230101", "043", ECU, PER)]) + "\n", encoding="utf-8")
    facts, _ = collect_facts([EXAMPLES / "articles", EXAMPLES / "facts"])
    built, _ = import_events([rows], "gdelt", facts=[*facts, *generate_facts(400, seed=11)])
    return built


def _cases(graph) -> dict[str, list[dict[str, str]]]:
    states = [s for s, _ in query(graph, "SELECT ?c (COUNT(*) AS ?n) WHERE { ?e a kg:Event ; kg:hasParticipant/kg:iso3 ?c } "
                                          "GROUP BY ?c ORDER BY DESC(?n) ?c LIMIT 2").values()]
    articles = ["kenya-ghana-call", "synthetic-000007", "https://example.org/no-such-article"]
    return {
        "meetings-of-state": [{}, {"state": states[0]}, {"state": states[1], "since": "2015-06-01"},
                              {"state": states[0], "since": "2010", "until": "2020-06"}, {"since": "2024-01-01"},
                              {"until": "2006"}, {"state": "XXX"}],
        "events-by-plover-category": [{}, {"category": "CONSULT"}, {"category": "SUPPORT"}, {"category": "AGREE"}],
        "evidence": [{}] + [{"article_id": a} for a in articles],
        "facts-of-article": [{"article": a} for a in articles],
    }


def _rows(result) -> list[tuple[str, ...]]:
    return [tuple("" if t is None else str(t) for t in row) for row in result.rows]


@pytest.mark.parametrize("name", sorted(list_queries()))
def test_a_bundled_query_gives_the_rows_of_its_plain_statement(graph, name):
    reference = (REFERENCES / f"{name}.rq").read_text(encoding="utf-8")
    compared = 0
    for params in _cases(graph).get(name, [{}]):
        plain = query(graph, prepare_query(reference, params))
        bundled = query(graph, name, params)
        assert bundled.variables == plain.variables
        assert sorted(_rows(bundled)) == sorted(_rows(plain)), (name, params)
        keys = [plain.variables.index(k) for k in ORDER[name]]
        assert [[row[k] for k in keys] for row in _rows(bundled)] == [[row[k] for k in keys] for row in _rows(plain)]
        compared += len(plain)
    assert compared or name == "bodies-and-organs"  # the graph has rows to compare (and no organs)
