"""GDELT event files: the 1.0 historical backfile (57 columns), 1.0 daily files (58) and
2.0 exports (61), tab-separated, no header (a header row, as some copies carry, is
skipped). A file's layout is told by the column count of its first row.

Column positions are those of GDELT's codebooks (0-based; ``v2`` where the 2.0 export
differs, after the ADM2 columns it adds). ``*Geo_CountryCode`` is a FIPS 10-4 code,
not an ISO or CAMEO one.
"""
from __future__ import annotations

from dataclasses import dataclass

from kg.importers.codes import CodeTables
from kg.importers.coded_events import CodedEvent, Side
from kg.importers.rows import RowProblem, iso_date
from kg.importers.sources import SourceLine

__all__ = ["GDELT", "GdeltLayout", "LAYOUTS", "gdelt_side"]


@dataclass(frozen=True)
class GdeltLayout:
    """The columns the importer reads, by position in one GDELT layout."""

    name: str
    columns: int
    event_id: int = 0
    sql_date: int = 1
    actor1_code: int = 5
    actor1_name: int = 6
    actor1_country: int = 7
    actor1_group: int = 8
    actor1_type: int = 12
    actor2_code: int = 15
    actor2_name: int = 16
    actor2_country: int = 17
    actor2_group: int = 18
    actor2_type: int = 22
    event_code: int = 26
    geo_type: int = 49
    geo_name: int = 50
    geo_country: int = 51
    date_added: int = 56
    source_url: int | None = 57

    def coded_event(self, fields: list[str], line: SourceLine, tables: CodeTables) -> CodedEvent:
        code = fields[self.event_code]
        actor = gdelt_side(fields[self.actor1_code], fields[self.actor1_country], fields[self.actor1_group],
                           fields[self.actor1_type], tables)
        target = gdelt_side(fields[self.actor2_code], fields[self.actor2_country], fields[self.actor2_group],
                            fields[self.actor2_type], tables)
        url = fields[self.source_url].strip() if self.source_url is not None else ""
        who = (fields[self.actor1_name] or fields[self.actor1_code] or "?",
               fields[self.actor2_name] or fields[self.actor2_code] or "?")
        return CodedEvent(
            dataset="GDELT", record_id=_record_id(fields[self.event_id]), source=line.source, line=line.number,
            event_code=code, date=iso_date(fields[self.sql_date], "SQLDATE"),
            published=_date_added(fields[self.date_added]),
            # Some rows cite a source that is no web address ("BBC Monitoring"): no URL.
            url=url if url.startswith(("http://", "https://")) and len(url.split()) == 1 else None,
            actor=actor, target=target, city=_city(fields[self.geo_type], fields[self.geo_name], tables),
            country=tables.fips.get(fields[self.geo_country]),
            description=f"{who[0]} – {tables.cameo_labels[code]} – {who[1]}",
        )


LAYOUTS: dict[int, GdeltLayout] = {
    57: GdeltLayout("GDELT 1.0 backfile", 57, source_url=None),
    58: GdeltLayout("GDELT 1.0 daily", 58),
    61: GdeltLayout("GDELT 2.0 export", 61, geo_type=51, geo_name=52, geo_country=53, date_added=59, source_url=60),
}


def _record_id(value: str) -> str:
    if not (value.isascii() and value.isdigit()):
        raise RowProblem("bad record id", f"GLOBALEVENTID {value[:40]!r} is not a number; give the row's id")
    return value


def _date_added(value: str) -> str | None:
    """DATEADDED (YYYYMMDD in 1.0, YYYYMMDDHHMMSS in 2.0) as the date the row was published."""
    try:
        return iso_date(value[:8], "DATEADDED") if len(value) in (8, 14) else None
    except RowProblem:
        return None  # metadata only: the row still stands


def _city(geo_type: str, full_name: str, tables: CodeTables) -> str | None:
    """The city of the action: the first part of its place name, when GDELT places it
    in a city (type 3, a US city, or 4, a world city) and the name is no landmark's."""
    if geo_type not in ("3", "4"):
        return None
    name = full_name.split(",", 1)[0].strip()
    return name if name and not tables.is_landmark(name) else None


def gdelt_side(code: str, country: str, group: str, role: str, tables: CodeTables) -> Side:
    """One actor of a GDELT row: an international body by its organisation code (the
    known-group code, else the full code), a state by its CAMEO country code when the
    actor stands for it (no role, or a state role such as GOV or MIL), an unnamed
    international actor (an IGO code, a region, a state that is gone), or none.

    >>> t = __import__("kg.importers.codes", fromlist=["code_tables"]).code_tables()
    >>> gdelt_side("USAGOV", "USA", "", "GOV", t).state, gdelt_side("USAMED", "USA", "", "MED", t).international
    ('USA', False)
    >>> gdelt_side("IGOWSTNAT", "", "NAT", "IGO", t).body[1], gdelt_side("EUR", "EUR", "", "", t).unresolved
    ('North Atlantic Treaty Organization', True)
    """
    shown = code or group or country
    if group or role in tables.body_roles or code.startswith("IGO"):
        body = tables.cameo_bodies.get(group) or tables.cameo_bodies.get(code)
        if body is not None:
            return Side(shown, body=body)
        if role in tables.body_roles or code.startswith("IGO"):
            return Side(shown, unresolved=True)
        return Side(shown)  # a known group that is no organisation of states: rebels, a party, an NGO
    if not country:
        return Side(shown)
    if role and role not in tables.state_roles:
        return Side(shown)
    state = tables.state_of_cameo(country)
    return Side(shown, state=state) if state else Side(shown, unresolved=True)


class _Gdelt:
    """GDELT files: the layout from the first row's column count."""

    name = "GDELT"
    column_counts = "57 (1.0 backfile), 58 (1.0 daily) or 61 (2.0 export)"

    def layout(self, fields: list[str], line: SourceLine) -> tuple[GdeltLayout | None, bool]:
        return LAYOUTS.get(len(fields)), fields[0] == "GLOBALEVENTID"


GDELT = _Gdelt()
