"""Dates in news text: absolute ones in the usual formats, and relative ones ("on
Thursday", "yesterday", "next month", "15 years ago") resolved against the
publication date, at the precision the text gives (YYYY-MM-DD, YYYY-MM or YYYY).
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from functools import lru_cache
from dataclasses import dataclass

from kg.extraction.rule_patterns import rule_pattern
from kg.extraction.text import WHO_ASIDE

__all__ = ["DateMention", "find_dates", "parse_date_words", "MONTHS", "MEET_IN_THE_PRESENT", "NUMBERS"]

MONTHS = {m: i for i, names in enumerate([
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
    ("december", "dec")], 1) for m in names}
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}

_M = r"(?P<{}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_PATTERNS = [
    # 6-10 March 2015, March 6-10, from March 6 to 10
    ("range_dm", rule_pattern(r"\b(?P<d1>\d{1,2})\s*(?:-|–|to|and)\s*(?P<d2>\d{1,2})\s+" + _M.format("m")
                              + r"(?:,?\s+(?P<y>\d{4}))?\b", re.I)),
    ("range_md", rule_pattern(r"\b(?:from\s+)?" + _M.format("m") + r"\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*"
                              r"(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{4}))?\b", re.I)),
    ("dmy", rule_pattern(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _M.format("m") + r"(?:,?\s+(?P<y>\d{4}))?\b", re.I)),
    ("mdy", rule_pattern(r"\b" + _M.format("m") + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:-|–)\s*\d)(?:,?\s+(?P<y>\d{4}))?", re.I)),
    # (day first, as "14/03/2023" and a readout's "14.03.2023" write it)
    ("numeric", rule_pattern(r"\b(?P<d>\d{1,2})([/.])(?P<mo>\d{1,2})\2(?P<y>\d{4})\b")),
    ("iso", rule_pattern(r"\b(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})\b")),
    ("my", rule_pattern(r"\b(?:in\s+|early\s+|late\s+|mid-)?" + _M.format("m") + r",?\s+(?P<y>(?:19|20)\d{2})\b", re.I)),
    ("weekday", rule_pattern(r"\b(?P<next>next\s+|last\s+|this\s+)?(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.I)),
    ("relative_day", rule_pattern(r"\b(?P<r>the day before yesterday|the day after tomorrow|today|yesterday|tomorrow|"
                                  r"tonight|this morning|this afternoon|this evening|"
                                  r"last night)\b", re.I)),
    # A live report's time stamp opening an entry ("10:15 p.m. Blinken has met ..."): today
    ("time_stamp", rule_pattern(r"\A\s*\d{1,2}(?::\d{2})?\s?[ap]\.m\.(?=\s)")),
    ("weekend", rule_pattern(r"\b(?P<which>next|last|this|coming|previous|(?:over|at|during) the)\s+(?:past\s+)?"
                             r"weekend\b", re.I)),
    # "earlier in the week": this week
    # "at the end of the month": this month
    ("relative_period", rule_pattern(r"\b(?P<which>next|last|this|previous|coming|(?<=earlier in )the|(?<=later in )the|"
                                     r"(?<=end of )the|(?<=beginning of )the|(?<=start of )the|(?<=middle of )the)"
                                     r"\s+(?P<unit>month|year|week)\b", re.I)),
    # "on the 9th": that day of the month of the story (of the last one, when still to come)
    # (not "on the 20th anniversary", "on the 3rd day of the talks")
    ("day_of_month", rule_pattern(r"\b[Oo]n\s+the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[A-Z])"
                                  r"(?!\s+(?:anniversary|birthday|day|floor|time|century|round|session|summit|meeting|"
                                  r"edition|annual|congress|plenum|plenary|sitting|consecutive|straight|of)\b)")),
    ("ago", rule_pattern(r"\b(?P<n>\d{1,3}|an?|a few|a couple of|several|" + "|".join(NUMBERS) +
                         r")\s+(?P<unit>years?|months?|weeks?|days?)\s+ago\b", re.I)),
    ("month_only", rule_pattern(r"\b(?:(?:in|since|until|by|last|next|early|late|(?:set|planned|scheduled|slated|due|"
                                r"expected)\s+for|(?:the\s+)?(?:end|beginning|start|middle)\s+of)"
                                r"\s+|mid-)" + _M.format("m") + r"(?![\s,]+\d)\b", re.I)),
    ("year", rule_pattern(r"\b(?:[Ii]n|[Ss]ince|of|[Bb]y|[Uu]ntil|[Ff]rom|year)\s+(?P<y>(?:19|20)\d{2})\b(?!\s*(?:-|–)\d)|"
                          # "a pact first proposed at the 1994 summit in Miami"
                          r"\bthe\s+(?P<y2>(?:19|20)\d{2})\s+(?=(?:summit|meeting|conference|talks|session|visit)\b)")),
]
# A gathering told in the present tense is a preview: "EU leaders meet in Brussels on Thursday".
MEET_IN_THE_PRESENT = r"\b(?:[Ll]eaders|[Mm]inisters|[Pp]residents|[Pp]remiers|[Cc]ounterparts|[Hh]eads of (?:state|government))" \
                      r"(?:\s+of\s+(?:the\s+)?[A-Z][\w\-]*(?:,?\s+(?:and\s+)?[A-Z][\w\-]*){0,4})?\s+meet\b"  # ("Leaders of ASEAN and China meet")
# "plan to" as the verb, not the noun: not "agreed on a plan to cap the price ... on Friday",
# "a five-point plan to ease tensions", "the peace plan to end the war"
_PLAN_TO = (r"(?<!\ba )(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\bnew )(?<!-point )(?<!-year )(?<!-stage )"
            r"(?<!-step )(?<!\bpeace )(?<!\baction )plans? to")
_FUTURE = rule_pattern(r"\b(will|would|shall|to be held|scheduled|"
                       # (not "discussed the next steps by telephone Thursday": what comes next, not when)
                       rf"{_PLAN_TO}|intends? to|is to|are to|"
                       # "a request to be considered at the AU summit in January"
                       r"to be (?:considered|discussed|examined|taken up|decided|reviewed)|"
                       r"\bfor (?:[\w\-]+ ){1,3}to (?:consider|discuss|adopt|sign|approve|examine)\b|"
                       # "has called gas experts of the member states to an emergency meeting on Wednesday"
                       r"(?:has|have) (?:called|summoned|convened|invited)\b[^.;]{0,60}?\bto an? (?:[\w\-]+ ){0,2}"
                       r"(?:meeting|session|summit|conference)|next(?!\s+(?:steps?|generation|door|phase)\b)|upcoming|expected to|set to|"
                       r"forthcoming|prepar(?:e|es|ing|ations?) for|plans for|ahead of|run-up to|look(?:s|ed|ing)? forward to|"
                       r"due to|later\s+th(?:is|at)\s+(?:week|month|year)|"
                       # "agreed to convene a meeting of the ACTO in August": one to come
                       r"(?:agreed|decided|agree|decide) to (?:convene|hold|host|organi[sz]e|call|meet|visit|attend|"
                       r"travel)|"
                       # "accepted an invitation to attend the summit in October", "invited him to visit"
                       r"invitations? to|invited (?:\w+ ){1,4}to|considering|mulling|weighing|slated|"
                       r"(?:is|are) due (?:in|at|for)|planned for|set for)\b|"
                       # ("The Indian minister meets President Musharraf Thursday": broadcast copy's schedule)
                       r"\b(?-i:continues|heads (?:to|for)|travels to|proceeds to|leaves (?:on \w+ )?for|meets|"
                       r"holds talks)\b|"
                       # "The summit, which ends Thursday": a schedule told in the present; so is
                       # "EU leaders meet in Brussels on Thursday"
                       rf"(?-i:{MEET_IN_THE_PRESENT})|"
                       r"\b(?-i:ends|closes|opens|begins|concludes|leaves|departs|arrives|returns|open|begin|close|end|"
                       r"resume|heads|travels|flies|goes)\s+(?:on\s+)?(?=(?-i:Monday|Tuesday|Wednesday|Thursday|"
                       r"Friday|Saturday|Sunday)\b)|"
                       # "Blair arrives in Washington Thursday for talks", "ministers begin two days of
                       # talks in Moscow Thursday": a schedule in the present, with what and where
                       # between the verb and the day (not a day of saying: "opens markets, he said Thursday")
                       r"(?<!\bon )(?<!\ba )(?<!\bthe )(?<!\bhis )(?<!\bher )(?<!\btheir )"
                       r"\b(?-i:begin|begins|opens|starts|arrives|arrive|hold|holds|resume|resumes|convenes|meets|visits)"
                       r"\s(?:(?!\b(?:said|says|told|tells|announced|reported|confirmed|after|since|last)\b)[^.;,]){1,50}?"
                       r"\s(?:on\s+)?(?=(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|"
                       # "the NATO summit opening in Prague on Thursday": a gathering still to open
                       # (not "addressed the opening session on Tuesday")
                       r"(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\ban )"
                       r"\b(?-i:opening|beginning|starting)\s+(?:[^.;,]{0,40}?\s)?(?:on\s+)?(?=(?-i:Monday|Tuesday|"
                       r"Wednesday|Thursday|Friday|Saturday|Sunday)\b)|"
                       # "The Spanish king begins a state visit to Mexico on Monday": a trip told in the present
                       r"\b(?-i:begins|starts|pays|makes)\s+(?:an?|the|his|her|their)\s+(?:[\w\-]+\s+){0,3}?"
                       r"(?-i:visit|tour|trip)\b[^.;,]{0,40}?\bon\s+(?=(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|"
                       r"Saturday|Sunday)\b)|"
                       # "the session, which opens in New York in September": a schedule in the present
                       r"\b(?-i:opens|begins|starts|convenes|takes place|is held)\s+(?:[^.;,]{0,40}?\s)?in\s+(?=(?-i:January|"
                       r"February|March|April|May|June|July|August|September|October|November|December)\b)", re.I)


# "his trip to Pyongyang on Saturday, where he will meet Kim": the day of what is to come there
_WHERE_TO_COME = rule_pattern(r",\s+(?:where|during which|at which)\s+(?:he|she|they|it|[A-Z][\w\-]+|[a-z]+s)\s+"
                              r"(?:will|is to|are to|(?:is|are)\s+(?:due|set|scheduled|expected)\s+to)\b")
# A thing done on the day, told by its participle: "an agreement signed in Accra on Thursday"
# (not "to be signed", "will be held")
_DONE_ON = rule_pattern(r"\b(?:an?|the)\s+(?:[\w\-]+\s+){0,2}?(?:agreement|accord|treaty|deal|memorandum|declaration|"
                        r"statement|protocol)\s+(?:signed|adopted|reached|concluded|agreed)\s+(?:in\s+[A-Z][\w\-]*"
                        r"(?:\s+[A-Z][\w\-]*)?\s+)?(?:on\s+)?$")
# The day words were spoken on: "said on Monday", "told reporters Tuesday".
_DAY_OF_SAYING = rule_pattern(r"\b(?:said|told\s+(?:\w+\s+){1,2}?|announced|stated|added|wrote|confirmed)\s+(?:on\s+)?$")
# A cheap test that a sentence may hold a date at all, which most sentences do not.
_ANY_DATE = rule_pattern(r"\d|day\b|\bago\b|today|tomorrow|tonight|last night|week|month|year|morning|afternoon|evening|"
                         r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)", re.I)


@dataclass(frozen=True)
class DateMention:
    """A date found in a sentence: where, the ISO value (reduced precision allowed), and
    an end date for ranges."""

    start: int
    end: int
    value: str
    end_value: str | None = None
    kind: str = ""


def _published(published: str | None) -> dt.date | None:
    """The publication day, or None when it is missing or no ISO date ("2019", "2019-06"
    and "2019-06-14" are; an article built in Python may hold anything)."""
    m = re.fullmatch(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?", published or "")
    if m is None:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None


def _safe(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _year_for(month: int, day: int, pub: dt.date | None, future: bool) -> int | None:
    """The year of a day given without one: the publication year, moved back (or
    forward, for a future event) when that puts the date far from publication."""
    if pub is None:
        return None
    year = pub.year
    try:
        candidate = dt.date(year, month, day)
    except ValueError:
        return year
    if not future and (candidate - pub).days > 45:
        return year - 1
    if future and (pub - candidate).days > 45:
        return year + 1
    return year


def find_dates(sentence: str, published: str | None) -> list[DateMention]:
    """The dates in a sentence, resolved against the publication date (read once for each
    sentence and day: the rules ask again of a sentence and its clauses).

    >>> [d.value for d in find_dates("The leaders met on Thursday in Ashgabat.", "2019-10-10")]
    ['2019-10-10']
    >>> [d.value for d in find_dates("The treaty signed in 1993 replaced one of April 2018.", "2019-09-03")]
    ['1993', '2018-04']
    >>> [(d.value, d.end_value) for d in find_dates("Talks were held from March 6 to 10.", "2023-03-10")]
    [('2023-03-06', '2023-03-10')]
    >>> [(d.value, d.end_value) for d in find_dates("He visits from March 31 to April 3.", "2024-03-30")]
    [('2024-03-31', '2024-04-03')]
    >>> [d.value for d in find_dates("They will meet next month and again next year.", "2019-12-20")]
    ['2020-01', '2020']
    >>> [d.value for d in find_dates("Talks began 15 years ago; she met him yesterday.", "2015-06-17")]
    ['2000', '2015-06-16']
    >>> [d.value for d in find_dates("They met three days ago, two weeks ago and a few days ago.", "2023-12-06")]
    ['2023-12-03', '2023-11', '2023-12']
    >>> find_dates("They met on Thursday.", None)
    []
    """
    return list(_dates_in(sentence, published))


@lru_cache(maxsize=1024)
def _dates_in(sentence: str, published: str | None) -> tuple[DateMention, ...]:
    if not _ANY_DATE.search(sentence):
        return ()
    pub = _published(published)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []  # sorted and disjoint
    future_weekdays: list[int] = []  # where weekdays and months read as the coming ones end
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(sentence):
            if _overlaps(taken, m.start(), m.end()):
                continue
            # Tense is read near the date: "welcomed the accord signed on Thursday, saying
            # it would help" is about last Thursday; "continues in Chile on Monday and El
            # Salvador on Tuesday" keeps the tense for the second day.
            told = _without_other_asides(sentence, m.start()) if ", who " in sentence else sentence
            # (with a few words before the window, so that they still count for its first
            # ones: "a five-point plan to ease ..." is no plan of anyone's to act; a slice, not
            # a stretch of the sentence, which a rule pattern would search without its needles)
            window_start = max(0, m.start() - 90)
            context = max(0, window_start - 12)
            window = told[context:m.end()]
            cue = next((c for c in reversed(list(_FUTURE.finditer(window))) if c.start() >= window_start - context),
                       None)  # the nearest to the day
            # ("invited Putin to visit Turkey during their phone call on Monday": the day of
            # the call told after the cue, in the tense of the sentence)
            future = (cue is not None and not _DURING_AN_OCCASION.search(window, cue.end())) or \
                _opens_future(sentence, m) or _WHERE_TO_COME.match(told, m.end()) is not None or \
                _modal_far_before(told, m.start()) or (
                kind in ("weekday", "month_only") and any(
                    0 <= m.start() - e <= 150 and re.search(r"\band\b", sentence[e:m.start()]) for e in future_weekdays))
            if future and kind == "weekday" and _DAY_OF_SAYING.search(sentence, max(0, m.start() - 30), m.start()):
                future = False  # "Japan will send aid, Kishida said on Monday": words already spoken
            if future and kind == "weekday" and _DONE_ON.search(sentence, max(0, m.start() - 50), m.start()):
                future = False  # "will provide aid under an agreement signed in Accra on Thursday": signed already
            if future and kind in ("weekday", "month_only"):
                future_weekdays.append(m.end())
            value, end_value = _resolve(kind, m, pub, future)
            if value is None:
                continue
            bisect.insort(taken, (m.start(), m.end()))
            found.append(DateMention(m.start(), m.end(), value, end_value, kind))
    if len(found) > 1:
        found = [d for d in found if d.kind != "time_stamp"]  # ("9 a.m. The summit opened on Saturday": Saturday)
    found = _join_ranges(_join_day_and_year(_join_weekday_and_date(sorted(found, key=lambda d: d.start), sentence),
                                            sentence), sentence)
    return tuple(_days_from_another(found, sentence, taken) if _DAYS_FROM_ANOTHER.search(sentence) else found)


# A day told from another the sentence gives: "arrived on June 21 and held talks a day
# later", "met Xi on Friday, a day after signing 15 agreements in Shanghai".
_DAYS_FROM_ANOTHER = rule_pattern(r"\b(?:(?P<n>a|one|two|three|four|five|\d)\s+days?\s+(?P<rel>later|after|before|earlier)|"
                                  r"the\s+(?P<next>following|next|previous)\s+day|the\s+day\s+(?P<rel2>after|before)"
                                  r"(?!\s+(?:yesterday|tomorrow)))\b", re.I)


def _days_from_another(found: list[DateMention], sentence: str, taken: list[tuple[int, int]]) -> list[DateMention]:
    """The dates found, with each day told from the full day before it in the sentence:
    "a day later" after it, "a day after signing" (the signing's) before it."""
    out = list(found)
    for m in _DAYS_FROM_ANOTHER.finditer(sentence):
        if _overlaps(taken, m.start(), m.end()):
            continue
        anchor = next((d for d in reversed(found) if d.end <= m.start() and len(d.value) == 10 and not d.end_value), None)
        if anchor is None:
            continue
        n = 1 if m.group("n") is None else (int(m.group("n")) if m.group("n").isdigit() else
                                              {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}[m.group("n").lower()])
        rel = (m.group("rel") or m.group("rel2") or "").lower()
        # "a day later", "the following day": after the anchor; "a day after signing ...",
        # "the previous day": the thing told next came before it
        later = m.group("next") in ("following", "next") or rel == "later"
        earlier = m.group("next") == "previous" or rel in ("after", "earlier")
        if not (later or earlier):
            continue  # "two days before the summit": the day of another event, told by it
        day = dt.date.fromisoformat(anchor.value) + dt.timedelta(days=n if later else -n)
        out.append(DateMention(m.start(), m.end(), day.isoformat(), None, "from_another"))
    return sorted(out, key=lambda d: d.start)


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted, disjoint spans ``taken``. Only the
    last span that starts before ``end`` can: a look-up, not a scan, for a sentence of
    thousands of dates."""
    i = bisect.bisect_left(taken, (end,))
    return i > 0 and taken[i - 1][1] > start


def _join_ranges(found: list[DateMention], sentence: str) -> list[DateMention]:
    """"from March 31 to April 3" is one span: the first day with the last as its end."""
    out: list[DateMention] = []
    for d in found:
        previous = out[-1] if out else None
        if (previous is not None and previous.end_value is None and len(previous.value) == 10 == len(d.value)
                and previous.value < d.value
                and re.fullmatch(r"\s*(?:to|through|until|till|and|-|–)\s*", sentence[previous.end:d.start])
                and (re.search(r"\b(?:from|between)\s+$", sentence[:previous.start])
                     or not re.fullmatch(r"\s*and\s*", sentence[previous.end:d.start])
                     # "will gather on Thursday and Friday": two days running, one span
                     or previous.kind == d.kind == "weekday" and _next_day(previous.value) == d.value)):
            out[-1] = DateMention(previous.start, d.end, previous.value, d.value, previous.kind)
            continue
        out.append(d)
    return out


def _next_day(day: str) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()


def _without_other_asides(sentence: str, at: int) -> str:
    """The sentence with its asides blanked out (offsets kept), but the one holding
    ``at``: "Lula, who will travel to China next month, met Xi on Tuesday" met him on
    the Tuesday past."""
    out = sentence
    for a in WHO_ASIDE.finditer(sentence):
        if not a.start() <= at < a.end():
            out = out[:a.start()] + " " * (a.end() - a.start()) + out[a.end():]
    return out


_DURING_AN_OCCASION = rule_pattern(r"\b(?:during|in|at)\s+(?:their|the|a|his|her|its)\s+(?:[\w\-]+\s+)?"
                                   r"(?:phone call|call|conversation|talks|meeting)\b")
_MODAL = rule_pattern(r"\b(?:will|shall|(?:is|are) (?:due|expected|scheduled|set|to)|"
                      rf"{_PLAN_TO})\b")
_PAST_VERB = rule_pattern(r"\b(?:[a-z]+ed(?!\s+by\b)|met|held|signed|said|told|spoke|took|made|went|came|was|were|had)\b")


def _modal_far_before(sentence: str, start: int) -> bool:
    """"he is due to meet President Macron, Chancellor Merkel and Commission President
    Juncker in Paris on Tuesday": a day of a verb in the future tense, however long the
    list between them, when no verb in the past comes between."""
    window = sentence[max(0, start - 250):start]
    ends = [m.end() for m in _MODAL.finditer(window)]
    return bool(ends) and _PAST_VERB.search(window, ends[-1]) is None  # after the modal nearest the day


def _opens_future(sentence: str, m: re.Match) -> bool:
    """"On Friday, he will attend a summit": a date opening a sentence in the future tense."""
    # (and broadcast copy's present of a trip: "On Sunday, Ms. Rice travels to Ramallah")
    return bool(re.fullmatch(r"\s*(?:On\s+|on\s+)?", sentence[:m.start()])
                and re.match(r"\W*(?:\w+\W+){0,3}?(?:will|shall|is to|are to|(?:is|are) (?:due|expected|set|scheduled) to|"
                             r"plans? to|(?-i:travels to|flies to|heads to|arrives in|visits))\b",
                             sentence[m.end():]))


def _join_weekday_and_date(found: list[DateMention], sentence: str) -> list[DateMention]:
    """"Wednesday, 18 October" is one date: the day the date gives (whichever Wednesday the
    weekday alone would be taken for)."""
    out: list[DateMention] = []
    for d in found:
        previous = out[-1] if out else None
        if (previous is not None and previous.kind == "weekday" and d.kind in ("dmy", "mdy")
                and re.fullmatch(r",?\s*\(?\s*", sentence[previous.end:d.start])):
            out[-1] = DateMention(previous.start, d.end, d.value, d.end_value, d.kind)
            continue
        out.append(d)
    return out


def _join_day_and_year(found: list[DateMention], sentence: str) -> list[DateMention]:
    """"June 17 last year", "in April of last year" are one date: the day with the year the
    words after it give."""
    out: list[DateMention] = []
    for d in found:
        previous = out[-1] if out else None
        if (previous is not None and d.kind == "relative_period" and len(d.value) == 4
                and previous.kind in ("dmy", "mdy", "month_only")
                and re.fullmatch(r",?\s*(?:of\s+)?", sentence[previous.end:d.start])):
            out[-1] = DateMention(previous.start, d.end, d.value + previous.value[4:], None, previous.kind)
            continue
        out.append(d)
    return out


def _resolve(kind: str, m: re.Match, pub: dt.date | None, future: bool) -> tuple[str | None, str | None]:
    g = m.groupdict()
    if kind in ("range_dm", "range_md"):
        month = MONTHS[g["m"].lower().rstrip(".")]
        d1, d2 = int(g["d1"]), int(g["d2"])
        year = int(g["y"]) if g.get("y") else _year_for(month, d1, pub, future)
        if year is None or not d1 < d2 <= 31:
            return None, None
        return _safe(year, month, d1), _safe(year, month, d2)
    if kind in ("dmy", "mdy"):
        month = MONTHS[g["m"].lower().rstrip(".")]
        day = int(g["d"])
        if day > 31:
            return None, None
        year = int(g["y"]) if g.get("y") else _year_for(month, day, pub, future)
        return (_safe(year, month, day), None) if year else (None, None)
    if kind in ("numeric", "iso"):
        return _safe(int(g["y"]), int(g["mo"]), int(g["d"])), None
    if kind == "my":
        return f"{int(g['y']):04d}-{MONTHS[g['m'].lower().rstrip('.')]:02d}", None
    if kind == "month_only":
        if pub is None:
            return None, None
        month = MONTHS[g["m"].lower().rstrip(".")]
        word = re.split(r"[\s-]", m.group(0))[0].lower()
        year = pub.year
        if word == "next" or (future and month < pub.month):
            year += 1 if month <= pub.month else 0
        elif word == "last":
            year -= 1 if month >= pub.month else 0  # "last June", said in June, is a year ago
        elif month > pub.month and not future:
            year -= 1
        return f"{year:04d}-{month:02d}", None
    if kind == "weekday":
        if pub is None:
            return None, None
        target = WEEKDAYS[g["w"].lower()]
        which = (g.get("next") or "").strip().lower()
        if which == "next" or (future and which != "last"):
            delta = (target - pub.weekday()) % 7
            if which == "next" and delta == 0:
                delta = 7
            return (pub + dt.timedelta(days=delta)).isoformat(), None
        delta = (pub.weekday() - target) % 7
        if which == "last" and delta == 0:
            delta = 7
        return (pub - dt.timedelta(days=delta)).isoformat(), None
    if kind == "time_stamp":
        return (pub.isoformat() if pub else None), None
    if kind == "relative_day":
        if pub is None:
            return None, None
        shift = {"yesterday": -1, "last night": -1, "tomorrow": 1, "the day before yesterday": -2,
                 "the day after tomorrow": 2}.get(g["r"].lower(), 0)
        return (pub + dt.timedelta(days=shift)).isoformat(), None
    if kind == "weekend":
        if pub is None:
            return None, None
        # A weekend's Saturday: "this weekend" told on a Saturday or a Sunday is that one.
        which = g["which"].lower()
        if which.endswith(" the"):
            # "over the weekend": the one just past, told on a weekday (the coming one in the
            # future tense), the one under way told on a Saturday or a Sunday
            which = "this" if pub.weekday() >= 5 or future else "last"
        if " past" in m.group(0).lower():
            which = "this" if pub.weekday() >= 5 else "last"  # "this past weekend": the one just gone
        step = {"next": 1, "coming": 1, "last": -1, "previous": -1, "this": 0}[which]
        saturday = pub + dt.timedelta(days=5 - pub.weekday() + 7 * step)
        return saturday.isoformat(), None
    if kind == "relative_period":
        if pub is None or re.search(r"\b(?:before|by|until|till)\s+the\s+\w+\s+of\s+$", m.string[:m.start()], re.I):
            return None, None  # "before the end of the year": a deadline, not a date
        which, unit = g["which"].lower().replace("the", "this"), g["unit"].lower()
        step = {"next": 1, "coming": 1, "last": -1, "previous": -1, "this": 0}[which]
        if unit == "week":
            # A week gives no day: the month it falls in is as exact as the text allows.
            then = pub + dt.timedelta(days=7 * step)
            return f"{then.year:04d}-{then.month:02d}", None
        if unit == "year":
            return f"{pub.year + step:04d}", None
        month = pub.month + step
        year = pub.year + (month - 1) // 12
        return f"{year:04d}-{(month - 1) % 12 + 1:02d}", None
    if kind == "day_of_month":
        day = int(g["d"])
        if pub is None or not 1 <= day <= 31:
            return None, None
        year, month = pub.year, pub.month
        if day > pub.day and not future:
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)  # "met on the 28th", told on the 3rd
        elif day < pub.day and future:
            year, month = (year, month + 1) if month < 12 else (year + 1, 1)  # "will meet on the 2nd", told on the 20th
        return _safe(year, month, day), None
    if kind == "ago":
        if pub is None:
            return None, None
        told = g["n"].lower()
        vague = told in ("a few", "a couple of", "several")  # a day the text does not give
        n = int(told) if told.isdigit() else NUMBERS.get(told, 2 if told == "a couple of" else 3 if vague else 1)
        unit = g["unit"].lower()
        if unit.startswith("year"):
            return f"{pub.year - n:04d}", None
        if unit.startswith("day"):
            that_day = (pub - dt.timedelta(days=n)).isoformat()
            return (that_day[:7] if vague else that_day), None  # "three days ago": that day
        if unit.startswith("week"):
            return (pub - dt.timedelta(weeks=n)).isoformat()[:7], None  # "two weeks ago": within that month
        month = pub.month - n
        year = pub.year + (month - 1) // 12
        return f"{year:04d}-{(month - 1) % 12 + 1:02d}", None
    if kind == "year":
        return f"{int(g['y'] or g['y2']):04d}", None
    return None, None


def parse_date_words(text: str | None, published: str | None) -> str | None:
    """The date of a dateline's date words ("October 10", "1 December 2023").

    >>> parse_date_words("October 10", "2019-10-10"), parse_date_words("19/03/2011", None)
    ('2019-10-10', '2011-03-19')
    """
    if not text:
        return None
    found = find_dates(text, published)
    return found[0].value if found else None
