"""Rows per second of `kg import gdelt` on a generated GDELT day, beside a plain `csv`
read of the same file in the same run.

    python bench/bench_import.py --rows 200000

The file has the 58 columns of a GDELT 1.0 daily file and a day's mix of rows: about
two in five in the cooperation roots (03-06) as in the samples, actors from sixty states
with and without roles (GOV, MIL, MED, BUS ...), a few IGOs and regions, places in
capitals, in whole countries, at landmarks and in regions. Four steps are timed, each the best of three:

* ``csv.reader``: every row split into fields, nothing more (the base);
* ``read + convert``: every row checked and counted, the cooperation rows turned into
  news facts or a counted skip (the streaming part of the importer);
* ``import_events``: that, and the graph built (grouping, event resolution, mapping);
* ``import + validate + write``: what `kg import gdelt FILE -o OUT.ttl` does.
"""
from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pyoxigraph as ox  # noqa: E402

from kg import validate, write_graph  # noqa: E402
from kg.importers import COOPERATION_ROOTS, import_events  # noqa: E402
from kg.importers.codes import code_tables  # noqa: E402
from kg.importers.coded_events import facts_of, skip_reason  # noqa: E402
from kg.importers.gdelt import GDELT, LAYOUTS  # noqa: E402
from kg.importers.rows import read_coded_events  # noqa: E402
from kg.importers.summary import ImportSummary  # noqa: E402
from kg.reference import reference_store  # noqa: E402

STATES = ("USA", "CHN", "RUS", "GBR", "FRA", "DEU", "IND", "JPN", "BRA", "ZAF", "NGA", "EGY", "TUR", "IRN", "ISR",
          "SAU", "PAK", "AFG", "IRQ", "SYR", "UKR", "POL", "ITA", "ESP", "CAN", "MEX", "ARG", "CHL", "PER", "COL",
          "VEN", "CUB", "KOR", "PRK", "VNM", "THA", "IDN", "PHL", "MYS", "SGP", "AUS", "NZL", "KEN", "ETH", "SDN",
          "LBY", "DZA", "MAR", "TUN", "JOR", "LBN", "QAT", "ARE", "KWT", "OMN", "YEM", "KAZ", "UZB", "AZE", "ARM")
ROLES = ("", "", "GOV", "GOV", "MIL", "MED", "BUS", "CVL", "LEG", "OPP")
OTHERS = (("IGOUNO", "", "UNO", "IGO"), ("IGOWSTNAT", "", "NAT", "IGO"), ("EUR", "EUR", "", ""),
          ("AFR", "AFR", "", ""), ("GOV", "", "", "GOV"), ("", "", "", ""))
OTHER_PLACES = (("3", "White House, District of Columbia, United States", "US"),
                ("4", "Geneva, Geneve, Switzerland", "SZ"), ("5", "California, United States", "US"), ("0", "", ""))


def places() -> list[tuple[str, str, str]]:
    """Where the rows' actions happen: each state's capital, the state as a whole, and a
    few landmarks and regions."""
    fips_of = {iso: fips for fips, iso in code_tables().fips.items()}
    capitals = dict(reference_store().query(
        "SELECT ?iso ?capital WHERE { ?s <https://w3id.org/coopkg/ont#iso3> ?iso ; "
        "<https://w3id.org/coopkg/ont#capital> ?capital }"))
    out = []
    for iso in STATES:
        capital = capitals[ox.Literal(iso)].value
        out += [("4", f"{capital}, {capital}, {iso}", fips_of[iso]), ("1", iso, fips_of[iso])]
    return out + list(OTHER_PLACES)


# How often each cooperation code comes, as in the GDELT samples' cooperation rows.
COOPERATION_WEIGHTS = {"040": 43, "041": 1, "042": 55, "043": 47, "044": 3, "045": 2, "046": 23, "036": 23,
                       "030": 12, "031": 2, "033": 2, "0353": 3, "037": 1, "050": 5, "051": 31, "055": 2,
                       "056": 1, "057": 3, "060": 8, "061": 3, "062": 1, "064": 1}


def generate(path: Path, rows: int, seed: int = 11) -> None:
    """A GDELT 1.0 daily file of ``rows`` rows of our own making."""
    rng = random.Random(seed)
    where = places()
    codes = sorted(code_tables().cameo_labels)
    cooperation, weights = list(COOPERATION_WEIGHTS), list(COOPERATION_WEIGHTS.values())
    other = [c for c in codes if c[:2] not in COOPERATION_ROOTS and len(c) > 2]
    layout = LAYOUTS[58]
    with path.open("w", encoding="utf-8") as out:
        for n in range(rows):
            fields = [""] * 58
            code = rng.choices(cooperation, weights)[0] if rng.random() < 0.39 else rng.choice(other)
            fields[layout.event_id] = str(500_000_000 + n)
            fields[layout.sql_date] = "20160728"
            for position, name, country, group, role in ((layout.actor1_code, layout.actor1_name,
                                                          layout.actor1_country, layout.actor1_group,
                                                          layout.actor1_type),
                                                         (layout.actor2_code, layout.actor2_name,
                                                          layout.actor2_country, layout.actor2_group,
                                                          layout.actor2_type)):
                if rng.random() < 0.85:
                    state, kind = rng.choice(STATES), rng.choice(ROLES)
                    values = (state + kind, state, "", kind)
                else:
                    values = rng.choice(OTHERS)
                fields[position], fields[country], fields[group], fields[role] = values
                fields[name] = values[0]
            fields[layout.event_code], fields[27], fields[28] = code, code[:3], code[:2]
            fields[layout.geo_type], fields[layout.geo_name], fields[layout.geo_country] = rng.choice(where)
            fields[layout.date_added] = "20160728"
            fields[layout.source_url] = f"https://example.org/news/{n % 9000}"
            out.write("\t".join(fields) + "\n")


def best_of(fn, repeat: int = 3):
    """The value of the last run and the best wall-clock time of ``repeat``."""
    best, value = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        value = fn()
        best = min(best, time.perf_counter() - start)
    return value, best


def csv_read(path: Path) -> int:
    with path.open(encoding="utf-8", newline="") as handle:
        return sum(1 for _ in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def read_and_convert(path: Path) -> int:
    tables = code_tables()
    summary = ImportSummary("GDELT", COOPERATION_ROOTS)
    converted = 0
    for event in read_coded_events([path], GDELT, COOPERATION_ROOTS, tables, summary):
        if skip_reason(event, tables) is None:
            facts_of(event, tables)
            converted += 1
    return summary.rows


def import_validate_write(path: Path, out: Path):
    graph, summary = import_events([path], "gdelt")
    conforms = validate(graph).conforms
    write_graph(graph, out)
    return summary, conforms


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=200_000, help="rows in the generated file (default 200,000)")
    args = ap.parse_args()
    code_tables()  # read once, outside the timings
    with tempfile.TemporaryDirectory() as tmp:
        path, out = Path(tmp) / "day.export.CSV", Path(tmp) / "day.ttl"
        generate(path, args.rows)
        size = path.stat().st_size
        rows, base = best_of(lambda: csv_read(path))
        _, convert = best_of(lambda: read_and_convert(path))
        (_, summary), build = best_of(lambda: import_events([path], "gdelt"))
        (summary, conforms), whole = best_of(lambda: import_validate_write(path, out))
    print(f"{rows} rows ({size / 1e6:.0f} MB), {summary.cooperation_rows} in roots "
          f"{','.join(COOPERATION_ROOTS)}, {summary.imported} imported as {summary.events} events, "
          f"{'conforms' if conforms else 'DOES NOT CONFORM'}")
    print(f"{'step':28} {'seconds':>8} {'rows/s':>10} {'÷ csv':>7}")
    for name, seconds in (("csv.reader (base)", base), ("read + convert", convert), ("import_events", build),
                          ("import + validate + write", whole)):
        print(f"{name:28} {seconds:8.2f} {rows / seconds:10,.0f} {seconds / base:7.1f}")


if __name__ == "__main__":
    main()
