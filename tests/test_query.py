"""SPARQL: every bundled query runs and says what it answers; formats and parameters."""
from __future__ import annotations

import csv
import io
import json

import pytest

from kg import build_graph, format_result, list_queries, query, read_facts
from kg.errors import QueryError


@pytest.fixture(scope="module")
def graph():
    from tests.conftest import EXAMPLES
    return build_graph(read_facts(EXAMPLES / "facts"))


def test_at_least_eight_bundled_queries_each_described():
    queries = list_queries()
    assert len(queries) >= 8
    for name, what in queries.items():
        assert what.endswith("."), name


@pytest.mark.parametrize("name", sorted(list_queries()))
def test_bundled_query_runs(graph, name):
    result = query(graph, name)
    assert result.variables


def test_state_pairs_counts_each_meeting_once(graph):
    rows = dict(((a, b), int(n)) for a, b, n in query(graph, "state-pairs").values())
    # the G20 summit is reported by two articles, yet counts once for India and Brazil
    assert rows[("BRA", "IND")] == 1


def test_parameters_select_a_state_and_a_period(graph):
    rows = query(graph, "meetings-of-state", {"state": "CHN"}).values()
    assert {r[0] for r in rows} == {"2023-09-09", "2016-04-22"}
    rows = query(graph, "meetings-of-state", {"state": "CHN", "since": "2020-01-01"}).values()
    assert [r[0] for r in rows] == ["2023-09-09"]
    rows = query(graph, "meetings-of-state", {"state": "CHN", "until": "2016"}).values()
    assert [r[0] for r in rows] == ["2016-04-22"]


def test_facts_of_one_article(graph):
    rows = query(graph, "facts-of-article", {"article": "example-call-and-unsigned-deal"}).values()
    kinds = {r[0] for r in rows}
    assert kinds == {"StateReport", "EventReport", "DocumentReport"}


def test_formats(graph):
    result = query(graph, "state-pairs")
    parsed = list(csv.reader(io.StringIO(format_result(result, "csv"))))
    assert parsed[0] == ["state_a", "state_b", "shared_meetings"]
    assert len(parsed) == len(result) + 1
    assert format_result(result, "tsv").splitlines()[0] == "?state_a\t?state_b\t?shared_meetings"
    sparql_json = json.loads(format_result(result, "json"))
    assert sparql_json["head"]["vars"] == result.variables
    assert sparql_json["results"]["bindings"][0]["shared_meetings"]["datatype"].endswith("#integer")
    table = format_result(result, "table")
    assert table.splitlines()[1].startswith("-------")
    assert table.rstrip().endswith(f"({len(result)} rows)")


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "xml"])
def test_results_formats_are_the_w3c_ones_that_rdflib_reads_back(graph, fmt):
    from rdflib.query import Result
    result = query(graph, "SELECT ?e ?date ?city WHERE { ?e a kg:Event ; kg:startDate ?date . OPTIONAL { ?e kg:place ?c . "
                          "?c kg:name ?city } } ORDER BY ?e")
    assert len(result) >= 3 and any(row[2] is None for row in result.rows)  # unbound cells too
    text = format_result(result, fmt)
    back = Result.parse(io.BytesIO(text.encode("utf-8")), format=fmt)
    rows = [tuple(None if row[v] is None else str(row[v]) for v in result.variables) for row in back]
    assert rows == [tuple(None if t is None else t.value for t in row) for row in result.rows]
    if fmt == "csv":
        assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    if fmt in ("tsv", "xml", "json"):  # typed: a date stays a date
        assert any(str(row["date"].datatype).endswith("#date") for row in back)


def test_ask_and_construct(graph):
    assert format_result(query(graph, "ASK { ?e a kg:Event }")) == "true\n"
    ttl = format_result(query(graph, "CONSTRUCT { ?s a kg:State } WHERE { ?s a kg:State }"))
    assert "kg:State" in ttl


def test_errors(graph, tmp_path):
    with pytest.raises(QueryError, match="not a bundled query"):
        query(graph, "no-such-query")
    with pytest.raises(QueryError, match="does not parse"):
        query(graph, "SELECT ?x WHERE { ?x }")
    with pytest.raises(QueryError, match="no such query file"):
        query(graph, str(tmp_path / "missing.rq"))
    with pytest.raises(QueryError, match="no variable"):
        query(graph, "state-pairs", {"nothing": "x"})


def test_query_file(graph, tmp_path):
    path = tmp_path / "count.rq"
    path.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?d a kg:Document }", encoding="utf-8")
    assert query(graph, str(path)).values() == [("4",)]


def test_date_bounds_let_typed_filters_see_every_dated_event():
    from kg.facts import parse_facts
    facts = [parse_facts({"article": {"id": f"a{i}"}, "events": [
        {"id": "e1", "type": "call", "date": date, "participants": ["PER", "CHL"]}]}) for i, date in
        enumerate(["2019", "2019-06", "2019-06-14", "2018-12-31"])]
    graph = build_graph(facts)
    since = query(graph, 'SELECT ?e WHERE { ?e a kg:Event ; kg:latestDate ?d FILTER(?d >= "2019-06-01"^^xsd:date) }')
    assert len(since) == 3  # the year 2019 and June 2019 reach into June; 2018-12-31 does not
    bounds = query(graph, 'SELECT ?first ?last WHERE { ?e a kg:Event ; kg:startDate "2019-06"^^xsd:gYearMonth ; '
                          'kg:earliestDate ?first ; kg:latestDate ?last }').values()
    assert bounds == [("2019-06-01", "2019-06-30")]
    rows = query(graph, "meetings-of-state", {"state": "PER", "since": "2019-06-01"}).values()
    assert len(rows) == 3


def test_results_iterate_as_typed_values_and_make_a_typed_dataframe(graph):
    import datetime
    result = query(graph, "state-pairs")
    first = next(iter(result))
    assert isinstance(first[2], int)
    dated = query(graph, "SELECT ?e ?d WHERE { ?e a kg:Event ; kg:earliestDate ?d } ORDER BY ?d")
    assert all(isinstance(d, datetime.date) for _, d in dated)
    pandas = pytest.importorskip("pandas")
    frame = result.to_dataframe()
    assert list(frame.columns) == result.variables and len(frame) == len(result)
    assert pandas.api.types.is_integer_dtype(frame["shared_meetings"])


def test_an_inline_query_longer_than_a_file_name_runs(graph):
    names = " ".join(f"OPTIONAL {{ ?e kg:name ?n{i} }}" for i in range(12))
    text = f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e a kg:Event . {names} }}"
    assert len(text) > 300 and "\n" not in text  # longer than a file name may be
    assert query(graph, text).values() == query(graph, "SELECT (COUNT(*) AS ?n) WHERE { ?e a kg:Event }").values()


def test_parameters_bind_in_every_group_that_says_params(graph):
    text = "SELECT ?c WHERE {\n { #PARAMS\n BIND (?state AS ?c) } UNION { #PARAMS\n BIND (?state AS ?c) }\n}"
    assert query(graph, text, {"state": "PER"}).values() == [("PER",), ("PER",)]
    assert query(graph, text).values() == [(None,), (None,)]


def test_an_article_id_that_looks_like_an_address_is_found_by_its_text():
    """A parameter that starts with http(s):// binds as an IRI; the bundled queries that
    take an article id compare its text, so such an id still finds its article."""
    from kg.facts import parse_facts
    url = "https://example.org/news/2024/03/14/lima"
    text = "Peru and Chile held talks in Lima on Thursday."
    graph = build_graph([parse_facts({"article": {"id": url, "text": text}, "events": [
        {"id": "e1", "type": "talks", "date": "2024-03-14", "city": "Lima", "participants": ["PER", "CHL"],
         "evidence": {"start": 0, "end": len(text), "text": text}}]})])
    facts = query(graph, "facts-of-article", {"article": url}).values()
    assert ("EventReport", "0", "https://w3id.org/coopkg/id/event/2024-03-14_lima_talks",
            "https://w3id.org/coopkg/ont#eventType", "https://w3id.org/coopkg/scheme/event-type/talks") in facts
    assert query(graph, "evidence", {"article_id": url}).values() == [
        (url, "EventReport", "https://w3id.org/coopkg/id/event/2024-03-14_lima_talks", "0", "46", text)]
    assert query(graph, "facts-of-article", {"article": url + "/other"}).values() == []
