"""ICEWS coded-event files (Harvard Dataverse, doi:10.7910/DVN/28075): tab-separated
with a header row, which says where each column is; ``NA`` stands for a missing value.
Actors are named in words ("Foreign Affairs (Bangladesh)") with their sectors and their
country's English name, not coded.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.errors import EventDataError
from kg.extraction.officials import known_official
from kg.importers.codes import CodeTables, fold
from kg.importers.coded_events import CodedEvent, Side
from kg.importers.rows import RowProblem, iso_date
from kg.importers.sources import SourceLine

__all__ = ["ICEWS", "IcewsLayout", "icews_side"]

# The header's names of the columns the importer reads.
COLUMNS = {
    "event_id": "Event ID", "date": "Event Date", "source_name": "Source Name", "source_sectors": "Source Sectors",
    "source_country": "Source Country", "event_text": "Event Text", "event_code": "CAMEO Code",
    "target_name": "Target Name", "target_sectors": "Target Sectors", "target_country": "Target Country",
    "story": "Story ID", "sentence": "Sentence Number", "publisher": "Publisher", "city": "City", "country": "Country",
}
_MISSING = "NA"
_IN_PARENTHESES = re.compile(r"\(([^()]+)\)\s*$")


def _value(text: str) -> str | None:
    text = text.strip()
    return None if not text or text == _MISSING else text


@dataclass(frozen=True)
class IcewsLayout:
    """Where the columns of one ICEWS file are, from its header."""

    name: str
    columns: int
    positions: dict[str, int]

    @property
    def event_code(self) -> int:
        return self.positions["event_code"]

    def coded_event(self, fields: list[str], line: SourceLine, tables: CodeTables) -> CodedEvent:
        get = {key: _value(fields[i]) for key, i in self.positions.items()}
        event_id = get["event_id"]
        if event_id is None:
            raise RowProblem("bad record id", "the Event ID is empty; give the row's id")
        date = iso_date(get["date"] or "", "Event Date", dashed=True)
        code = fields[self.event_code]
        country = tables.state_named(get["country"]) if get["country"] else None
        city = get["city"] if get["city"] and not tables.is_landmark(get["city"]) else None
        where = ", ".join(x for x in (get["publisher"], get["story"] and f"story {get['story']}",
                                      get["sentence"] and f"sentence {get['sentence']}") if x)
        return CodedEvent(
            # ICEWS reuses an Event ID on other days: the id with its date is the row's.
            dataset="ICEWS", record_id=f"{event_id}-{date.replace('-', '')}", source=line.source, line=line.number,
            event_code=code, date=date, published=date, url=None,
            actor=icews_side(get["source_name"], get["source_sectors"], get["source_country"], tables, date),
            target=icews_side(get["target_name"], get["target_sectors"], get["target_country"], tables, date),
            city=city, country=country,
            description=(f"{get['source_name'] or '?'} – {get['event_text'] or tables.cameo_labels[code]} – "
                         f"{get['target_name'] or '?'}" + (f" ({where})" if where else "")),
        )


def _body_of(name: str, on: str | None, tables: CodeTables) -> tuple[str, str] | None:
    """The body an actor with a body's sector is: by its name, the name in parentheses
    ("Secretary General (United Nations)"), or the body whose post the person of that
    name held on the day (ICEWS names "Jens Stoltenberg", the officials data knows him
    as NATO's Secretary General in 2018)."""
    inner = _IN_PARENTHESES.search(name)
    found = tables.body_named(name) or (tables.body_named(inner.group(1)) if inner else None)
    if found is None:
        official = known_official(name, on)
        if official is not None and official.body:
            found = tables.body_named(official.body)
    return found


def icews_side(name: str | None, sectors: str | None, country: str | None, tables: CodeTables,
               on: str | None = None) -> Side:
    """One actor of an ICEWS row, on the day ``on``: an international body by its name
    (or its official's) when its sectors make it one; a state by its country's name when
    the actor has no sector (the country itself) or a sector that stands for the state
    (government, military, parliament, police); an international actor we cannot name;
    or none.

    >>> t = __import__("kg.importers.codes", fromlist=["code_tables"]).code_tables()
    >>> icews_side("Foreign Affairs (Bangladesh)", "Executive,Foreign Ministry,Government", "Bangladesh", t).state
    'BGD'
    >>> icews_side("Citizen (Japan)", "General Population / Civilian / Social,Social", "Japan", t).international
    False
    >>> icews_side("United Nations", "International Government Organization,Global", None, t).body[1]
    'United Nations'
    """
    shown = name or country or ""
    folded = {part for part in (fold(s) for s in (sectors or "").split(",")) if part}
    if folded & tables.body_sectors:
        return Side(shown, body=body) if (body := _body_of(name or "", on, tables)) else Side(shown, unresolved=True)
    if not country:
        return Side(shown)
    if folded and not folded & tables.state_sectors:
        return Side(shown)
    state = tables.state_named(country)
    return Side(shown, state=state) if state else Side(shown, unresolved=True)


class _Icews:
    """ICEWS files: the layout from the header row, which every file must begin with."""

    name = "ICEWS"
    column_counts = "as many as its header names"

    def layout(self, fields: list[str], line: SourceLine) -> tuple[IcewsLayout, bool]:
        header = [f.strip().lstrip("\ufeff") for f in fields]
        missing = [name for name in COLUMNS.values() if name not in header]
        if missing:
            raise EventDataError(
                f"{line.source}:{line.number}: no ICEWS header row (missing {', '.join(missing[:4])}); an ICEWS file "
                "begins with its header, as the Dataverse files do: Event ID, Event Date, Source Name, ...")
        return IcewsLayout("the ICEWS header", len(header), {k: header.index(v) for k, v in COLUMNS.items()}), True


ICEWS = _Icews()
