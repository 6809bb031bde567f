"""Importing GDELT and ICEWS: the real samples in ../shared/data import into
graphs that conform and that Jena reads, every cooperation row is an event's report or
a counted skip, rows of one meeting are one event, imported events merge with extracted
ones, and malformed rows are counted with their line (or, strictly, an error).

The small files are rows of our own, written here; none is a copy of the samples."""
from __future__ import annotations

import gzip
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from kg import query, read_graph, validate, write_graph
from kg.cli import cli
from kg.errors import EventDataError
from kg.importers import import_events
from tests.conftest import EXAMPLES, SHARED
from tests.test_jena import jena  # noqa: F401 - the fixture

GDELT = SHARED / "data" / "gdelt"
ICEWS = SHARED / "data" / "icews"
GDELT_FILES = [GDELT / "gdelt1_daily_sample.tsv", GDELT / "gdelt1_backfile_sample.tsv"]
ICEWS_FILE = ICEWS / "icews_events_2018_sample.tsv"

# Positions of the columns these rows fill, from GDELT's codebooks (independent of the
# importer's own table): 1.0 daily layout; the 2.0 export inserts ADM2 columns after
# each *Geo_ADM1Code, moving ActionGeo and the last two columns by three.
V1 = {"id": 0, "date": 1, "a1": 5, "a1name": 6, "a1country": 7, "a1type": 12, "a2": 15, "a2name": 16,
      "a2country": 17, "a2type": 22, "code": 26, "base": 27, "root": 28, "geotype": 49, "geoname": 50,
      "geocountry": 51, "added": 56, "url": 57}
V2 = {**V1, "geotype": 51, "geoname": 52, "geocountry": 53, "added": 59, "url": 60}


def gdelt_row(event_id: str, date: str, code: str, actor1: tuple[str, str, str], actor2: tuple[str, str, str],
              place: tuple[str, str, str] = ("4", "Lima, Lima, Peru", "PE"), columns: int = 58,
              url: str = "https://example.org/news/1") -> str:
    """One GDELT row of our own: actors as (code, country, type), place as (geo type,
    full name, FIPS country)."""
    pos = V2 if columns == 61 else V1
    fields = [""] * columns
    values = {"id": event_id, "date": date, "a1": actor1[0], "a1name": actor1[0], "a1country": actor1[1],
              "a1type": actor1[2], "a2": actor2[0], "a2name": actor2[0], "a2country": actor2[1], "a2type": actor2[2],
              "code": code, "base": code[:3], "root": code[:2], "geotype": place[0], "geoname": place[1],
              "geocountry": place[2], "added": date + ("000000" if columns == 61 else "")}
    if columns != 57:
        values["url"] = url
    for name, value in values.items():
        fields[pos[name]] = value
    return "\t".join(fields)


PER, CHL, ECU = ("PERGOV", "PER", "GOV"), ("CHLGOV", "CHL", "GOV"), ("ECU", "ECU", "")


def write(path: Path, *rows: str) -> Path:
    path.write_text("".join(row + "\n" for row in rows), encoding="utf-8")
    return path


def invoke(runner, *args):
    return runner.invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def gdelt_sample():
    if not all(p.is_file() for p in GDELT_FILES):
        pytest.skip("../shared/data/gdelt is not beside the checkout")
    return import_events(GDELT_FILES, "gdelt")


@pytest.fixture(scope="module")
def icews_sample():
    if not ICEWS_FILE.is_file():
        pytest.skip("../shared/data/icews is not beside the checkout")
    return import_events([ICEWS_FILE], "icews")


def _records(graph) -> set[tuple[str, int]]:
    rows = query(graph, "SELECT ?f ?n WHERE { ?r a kg:EventRecord ; kg:sourceFile ?f ; kg:sourceLine ?n }")
    return {(f, n) for f, n in rows}


# ---------------------------------------------------------------------------- the real samples


def test_gdelt_sample_every_cooperation_row_accounted_for(gdelt_sample):
    graph, summary = gdelt_sample
    s = summary.to_json()
    assert (s["rows"], s["cooperation_rows"], s["outside_roots"]) == (710, 274, 436)
    assert s["imported"] == 50 and s["events"] == 43
    assert s["skipped"] == {
        "a side is no state or international body": 122,
        "no event type for CAMEO 03 (express intent to cooperate)": 45,
        "no event type for CAMEO 05 (engage in diplomatic cooperation)": 39,
        "no event type for CAMEO 06 (engage in material cooperation)": 13,
        "both sides are one actor": 5,
    }
    assert s["imported"] + sum(s["skipped"].values()) == s["cooperation_rows"]
    assert s["bad_rows"] == [] and s["unresolved_actor_codes"] == {"AFR": 2, "EUR": 2}
    # Each imported row is one event report, tied to its file and line.
    assert len(_records(graph)) == 50
    reports = query(graph, "SELECT (COUNT(?r) AS ?n) WHERE { ?r a kg:EventReport ; kg:cameoCode ?c }").python()
    assert reports == [(50,)]


def test_gdelt_sample_rows_per_file_are_the_readmes(gdelt_sample):
    counts = {p.name: import_events([p], "gdelt")[1] for p in GDELT_FILES}
    assert counts["gdelt1_daily_sample.tsv"].cooperation_rows == 186
    assert counts["gdelt1_backfile_sample.tsv"].cooperation_rows == 88
    assert {n for n, _ in _records(gdelt_sample[0])} == set(counts)


def test_icews_sample_every_cooperation_row_accounted_for(icews_sample):
    graph, summary = icews_sample
    s = summary.to_json()
    assert (s["rows"], s["cooperation_rows"], s["outside_roots"]) == (2000, 1068, 932)
    assert s["imported"] == 496 and s["events"] == 98
    assert s["skipped"] == {
        "no event type for CAMEO 03 (express intent to cooperate)": 303,
        "no event type for CAMEO 05 (engage in diplomatic cooperation)": 138,
        "a side is no state or international body": 97,
        "both sides are one actor": 28,
        "no event type for CAMEO 06 (engage in material cooperation)": 6,
    }
    assert s["imported"] + sum(s["skipped"].values()) == s["cooperation_rows"]
    assert len(_records(graph)) == 496


@pytest.mark.parametrize("sample, engines", [("gdelt_sample", ("sparql", "pyshacl")), ("icews_sample", ("sparql",))])
def test_samples_conform(sample, engines, request):
    # pySHACL, the reference engine, agrees on the smaller sample (it takes 16 s on ICEWS's).
    graph, _ = request.getfixturevalue(sample)
    for engine in engines:
        result = validate(graph, engine=engine)
        assert result.conforms, result.text


def test_icews_officials_of_bodies_are_their_bodies(icews_sample):
    """ICEWS names NATO's Secretary General, not NATO: the officials data says whose he is."""
    graph, summary = icews_sample
    assert "Jens Stoltenberg" not in summary.unresolved_actor_codes
    rows = query(graph, """SELECT DISTINCT ?name WHERE { ?r kg:codedActor "Jens Stoltenberg" ;
        kg:hasParticipant/kg:name ?name }""").values()
    assert ("North Atlantic Treaty Organization",) in rows


def test_a_multilateral_meeting_coded_as_pairs_is_one_event(icews_sample):
    """The Normandy-format talks of 2018-06-01, coded as rows of two actors each."""
    rows = query(icews_sample[0], """SELECT ?e (COUNT(DISTINCT ?p) AS ?n) WHERE {
        ?e a kg:Event ; kg:place/kg:name "Sochi" ; kg:eventType evt:talks ; kg:hasParticipant ?p } GROUP BY ?e""")
    assert rows.python() and max(n for _, n in rows.python()) == 4


def test_jena_reads_the_imported_graphs(jena, gdelt_sample, icews_sample, tmp_path):  # noqa: F811
    for name, (graph, _) in {"gdelt.ttl": gdelt_sample, "icews.trig": icews_sample}.items():
        path = tmp_path / name
        write_graph(graph, path)
        riot = subprocess.run(["bash", str(jena), "riot", "--validate", str(path)], capture_output=True, text=True)
        assert riot.returncode == 0, riot.stderr[-2000:]


def test_cli_on_the_sample_writes_graph_and_summary(runner, tmp_path):
    if not ICEWS_FILE.is_file():
        pytest.skip("../shared/data/icews is not beside the checkout")
    out, summary = tmp_path / "icews.jsonld", tmp_path / "icews.json"
    r = invoke(runner, "import", "icews", ICEWS_FILE, "-o", out, "--summary", summary, "--roots", "04")
    assert r.exit_code == 0, r.stderr
    counts = json.loads(summary.read_text(encoding="utf-8"))
    assert {"rows", "cooperation_rows", "imported", "skipped", "events"} <= set(counts)
    assert counts["cooperation_rows"] == 589 and counts["roots"] == ["04"]
    assert len(r.stderr.strip().splitlines()) == 1 and "ICEWS: 2000 rows, 589 in CAMEO roots 04" in r.stderr
    assert read_graph(out)


# ---------------------------------------------------------------------------- rows of our own


def test_rows_of_one_meeting_are_one_event_and_a_hosts_bilaterals_two(tmp_path):
    astana = ("4", "Astana, Astana, Kazakhstan", "KZ")
    rus, tur, irn, kaz = ("RUS", "RUS", ""), ("TUR", "TUR", ""), ("IRN", "IRN", ""), ("KAZ", "KAZ", "")
    path = write(tmp_path / "day.tsv",
                 gdelt_row("1", "20180601", "046", rus, tur, astana),
                 gdelt_row("2", "20180601", "046", tur, rus, astana),
                 gdelt_row("3", "20180601", "046", rus, irn, astana),
                 gdelt_row("4", "20180601", "046", irn, tur, astana),   # the three met together
                 gdelt_row("5", "20180601", "042", kaz, ("CHN", "CHN", "GOV"), astana),
                 gdelt_row("6", "20180601", "042", kaz, ("UZB", "UZB", "GOV"), astana))  # two visits to a host
    graph, summary = import_events([path], "gdelt")
    assert (summary.imported, summary.events) == (6, 3)
    rows = query(graph, """SELECT ?e (GROUP_CONCAT(?iso; separator=" ") AS ?sides) WHERE {
        ?e a kg:Event ; kg:hasParticipant/kg:iso3 ?iso } GROUP BY ?e""").values()
    assert sorted(tuple(sorted(s.split())) for _, s in rows) == [
        ("CHN", "KAZ"), ("IRN", "RUS", "TUR"), ("KAZ", "UZB")]


def test_what_is_skipped_and_why(tmp_path):
    path = write(tmp_path / "day.tsv",
                 gdelt_row("1", "20240314", "051", PER, CHL),                      # praise: no meeting
                 gdelt_row("2", "20240314", "040", PER, ("PERMED", "PER", "MED")),  # Peru's media is not Peru
                 gdelt_row("3", "20240314", "040", PER, ("PERGOV", "PER", "GOV")),  # Peru with Peru
                 gdelt_row("4", "20240314", "040", ("EUR", "EUR", ""), ("AFR", "AFR", "")),  # two regions
                 gdelt_row("5", "20240314", "040", PER, ("EUR", "EUR", "")),       # kept, Europe unresolved
                 gdelt_row("5", "20240314", "040", PER, ("EUR", "EUR", "")),       # the same row again
                 gdelt_row("7", "20240314", "190", PER, CHL))                      # outside the roots
    graph, summary = import_events([path], "gdelt")
    assert (summary.rows, summary.outside_roots, summary.cooperation_rows, summary.imported) == (7, 1, 6, 1)
    assert dict(summary.skipped) == {
        "no event type for CAMEO 05 (engage in diplomatic cooperation)": 1,
        "a side is no state or international body": 1, "both sides are one actor": 1,
        "no side is a state or body we know": 1, "duplicate record": 1}
    assert summary.unresolved_actor_codes == {"EUR": 3, "AFR": 1}
    assert query(graph, "SELECT ?a WHERE { ?r kg:codedActor ?a }").values() in ([("PERGOV",), ("EUR",)],
                                                                                [("EUR",), ("PERGOV",)])


def test_bad_rows_are_counted_with_their_lines(tmp_path):
    good = gdelt_row("1", "20240314", "046", PER, CHL)
    path = tmp_path / "bad.tsv"
    path.write_bytes("\n".join([
        good,
        "1\t20240314\t040",                               # 2: wrong number of columns
        gdelt_row("3", "20240231", "046", PER, CHL),        # 3: no such day
        gdelt_row("4", "20240314", "0X4", PER, CHL),        # 4: no CAMEO code
        gdelt_row("five", "20240314", "046", PER, CHL),     # 5: an id that is no number
    ]).encode("utf-8") + b"\n" + gdelt_row("6", "20240314", "046", PER, CHL).replace("PERGOV", "PER\xc9").encode(
        "latin-1") + b"\n")
    graph, summary = import_events([path], "gdelt")
    assert summary.imported == 1 and summary.rows == 6
    assert [(b.line, b.problem) for b in summary.bad_rows] == [
        (2, "wrong number of columns"), (3, "bad event date"), (4, "unknown CAMEO event code"),
        (5, "bad record id"), (6, "not UTF-8 text")]
    assert summary.outside_roots + summary.imported + sum(summary.skipped.values()) == summary.rows
    with pytest.raises(EventDataError) as err:
        import_events([path], "gdelt", strict=True)
    assert str(err.value).startswith("bad.tsv:2: wrong number of columns; the row has 3 tab-separated columns "
                                     "where GDELT 1.0 daily has 58")


def test_strict_cli_exits_2_with_one_line_and_writes_nothing(runner, tmp_path):
    path = write(tmp_path / "bad.tsv", gdelt_row("1", "20240314", "046", PER, CHL),
                 gdelt_row("2", "2024-03-14", "046", PER, CHL))
    out, summary = tmp_path / "g.ttl", tmp_path / "s.json"
    r = invoke(runner, "import", "gdelt", path, "-o", out, "--summary", summary, "--strict")
    assert r.exit_code == 2
    assert r.stderr.strip().splitlines() == [
        "kg: error: bad.tsv:2: bad event date; SQLDATE '2024-03-14' is no date; write it as YYYYMMDD"]
    assert not out.exists() and not summary.exists()
    r = invoke(runner, "import", "gdelt", path, "-o", out, "--summary", summary)
    assert r.exit_code == 0, r.stderr
    counts = json.loads(summary.read_text(encoding="utf-8"))
    assert counts["bad_rows"] == [{"file": "bad.tsv", "line": 2, "problem": "bad event date"}]
    assert counts["skipped"] == {"bad event date": 1} and counts["imported"] == 1


def test_usage_errors_exit_2(runner, tmp_path):
    path = write(tmp_path / "day.tsv", gdelt_row("1", "20240314", "046", PER, CHL))
    for args, words in [(["gdelt", tmp_path / "none.tsv", "-o", tmp_path / "g.ttl"], "no such file"),
                        (["gdelt", path, "-o", tmp_path / "g.txt"], "unknown RDF format"),
                        (["gdelt", path, "-o", tmp_path / "g.ttl", "--roots", "3"], "no CAMEO root"),
                        (["gdelt", path, "-o", tmp_path / "g.ttl", "--summary", path],
                         "the output is one of the inputs"),
                        (["icews", path, "-o", tmp_path / "g.ttl"], "no ICEWS header row"),
                        (["gdelt", write(tmp_path / "facts.jsonl", '{"article": {"id": "a"}}'), "-o",
                          tmp_path / "g.ttl"], "no line is a GDELT row (line 1: wrong number of columns)")]:
        r = invoke(runner, "import", *args)
        assert r.exit_code == 2 and words in r.stderr and len(r.stderr.strip().splitlines()) == 1, r.stderr


def test_zipped_gzipped_and_2_0_files_read_alike(tmp_path):
    rows = [gdelt_row("1", "20240314", "046", PER, CHL), gdelt_row("2", "20240314", "042", CHL, PER)]
    plain = write(tmp_path / "day.tsv", *rows)
    zipped = tmp_path / "day.export.CSV.zip"
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.write(plain, "day.export.CSV")
    gzipped = tmp_path / "day.tsv.gz"
    gzipped.write_bytes(gzip.compress(plain.read_bytes()))
    header = "\t".join(["GLOBALEVENTID"] + [f"c{i}" for i in range(1, 61)])
    v2 = write(tmp_path / "v2.export.CSV", header, *(gdelt_row(str(i + 1), "20240314", code, a, b, columns=61)
                                                  for i, (code, a, b) in enumerate([("046", PER, CHL),
                                                                                    ("042", CHL, PER)])))
    backfile = write(tmp_path / "back.tsv", *(gdelt_row(str(i + 1), "20240314", code, a, b, columns=57)
                                              for i, (code, a, b) in enumerate([("046", PER, CHL),
                                                                                ("042", CHL, PER)])))
    results = [import_events([p], "gdelt") for p in (plain, zipped, gzipped, v2, backfile)]
    for graph, summary in results:
        assert (summary.rows, summary.imported, summary.events) == (2, 2, 2)
        assert set(query(graph, "SELECT ?c WHERE { ?e a kg:Event ; kg:place/kg:name ?c }").values()) == {("Lima",)}
    assert {n for n, _ in _records(results[1][0])} == {"day.export.CSV.zip!day.export.CSV"}
    assert query(results[4][0], "SELECT ?u WHERE { ?a kg:url ?u }").values() == []


def test_icews_rows_of_our_own(tmp_path):
    header = ("Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\tIntensity\t"
              "Target Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number\tPublisher\tCity\tDistrict\t"
              "Province\tCountry\tLatitude\tLongitude")

    def row(eid, code, source, target, city="Lima"):
        return "\t".join([eid, "2024-03-14", source[0], source[1], source[2], "x", code, "1", target[0], target[1],
                          target[2], "9", "1", "Example Wire", city, "NA", "NA", "Peru", "NA", "NA"])

    peru = ("Foreign Affairs (Peru)", "Executive,Foreign Ministry,Government", "Peru")
    chile = ("Chile", "NA", "Chile")
    un = ("Secretary General (United Nations)", "International Government Organization,Global", "NA")
    farmers = ("Farmer (Chile)", "Agricultural,Social", "Chile")
    path = write(tmp_path / "events.tab", header, row("1", "046", peru, chile), row("2", "043", chile, un),
                 row("3", "046", peru, farmers), row("1", "046", peru, chile))
    graph, summary = import_events([path], "icews")
    assert (summary.imported, summary.events) == (2, 2)
    assert dict(summary.skipped) == {"a side is no state or international body": 1, "duplicate record": 1}
    rows = query(graph, "SELECT ?id WHERE { ?a a kg:EventRecord ; kg:articleId ?id }").values()
    assert sorted(rows) == [("icews-1-20240314",), ("icews-2-20240314",)]
    assert ("United Nations",) in query(graph, "SELECT ?n WHERE { ?e a kg:Event ; kg:hasParticipant/kg:name ?n }")\
        .values()


# ---------------------------------------------------------------------------- beside extracted articles


def test_imported_rows_merge_with_extracted_articles(runner, tmp_path):
    """The examples' Lima signing (two articles) and a GDELT row of it are one meeting and
    one agreement; the bundled queries and kg analyze run on the merged graph."""
    path = write(tmp_path / "day.tsv", gdelt_row("900001", "20240314", "057", PER, CHL),
                 gdelt_row("900002", "20240314", "046", CHL, PER))
    out = tmp_path / "merged.ttl"
    r = invoke(runner, "import", "gdelt", path, "-o", out, "--with", EXAMPLES / "articles")
    assert r.exit_code == 0, r.stderr
    graph = read_graph(out)
    sources = {e.rsplit("/", 1)[-1]: int(n) for e, _, _, n in query(graph, "events-by-sources").values()}
    assert sources["2024-03-14_lima_signing"] == 3 and sources["2024-03-13_lima_talks"] == 2
    documents = query(graph, """SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?d a kg:Document ;
        kg:documentType doct:agreement ; kg:atEvent ?e ; prov:wasDerivedFrom ?a }""").python()
    assert documents == [(3,)]
    consult = query(graph, "events-by-plover-category", {"category": "CONSULT"}).values()
    assert any(row[5] == "1" for row in consult) and any(row[5] == "0" for row in consult)
    assert validate(graph).conforms


@pytest.mark.parametrize("merged", [False, True], ids=["imported", "merged"])
def test_bundled_queries_and_analyze_run_on_imported_graphs(runner, tmp_path, merged):
    from kg import list_queries
    path = write(tmp_path / "day.tsv", gdelt_row("1", "20240314", "057", PER, CHL),
                 gdelt_row("2", "20240315", "041", ECU, CHL, ("1", "Ecuador", "EC")))
    out = tmp_path / "g.ttl"
    extra = ["--with", EXAMPLES / "articles"] if merged else []
    assert invoke(runner, "import", "gdelt", path, "-o", out, *extra).exit_code == 0
    for name in list_queries():
        r = invoke(runner, "query", out, name)
        assert r.exit_code == 0, (name, r.stderr)
    r = invoke(runner, "analyze", out, "--json")
    assert r.exit_code == 0, r.stderr
    report = json.loads(r.stdout)
    assert report


def test_python_api_is_the_cli(tmp_path):
    path = write(tmp_path / "day.tsv", gdelt_row("1", "20240314", "046", PER, CHL))
    r = subprocess.run([sys.executable, "-m", "kg", "import", "gdelt", str(path), "-o", str(tmp_path / "g.nt")],
                       capture_output=True, text=True)
    assert r.returncode == 0 and r.stderr.startswith("GDELT: 1 rows, 1 in CAMEO roots 03,04,05,06; 1 imported as "
                                                     "1 events; 0 skipped ->"), r.stderr
