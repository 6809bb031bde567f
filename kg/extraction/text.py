"""Article text: sentences with their character offsets, and the dateline.

Offsets index the article text as given, so every fact can point at the sentence that
reports it (``text[start:end]``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extraction.reference import gazetteer
from kg.extraction.rule_patterns import rule_pattern

__all__ = ["Sentence", "split_sentences", "Dateline", "date_line", "find_dateline", "words_before", "find_word",
           "WHO_ASIDE", "TRAILING_WHO_ASIDE"]

# An aside on someone the sentence tells of, set off by commas: "Putin, who arrived in
# Beijing on Monday, held talks": its days, tense and trigger are not the sentence's own.
WHO_ASIDE = rule_pattern(r",\s+who\s+[^,;.]{3,120},")
# The same aside ending the sentence: "talks with Maas, who warned him against threatening
# a politician visiting Taiwan."
TRAILING_WHO_ASIDE = rule_pattern(r",\s+who\s+[^,;.]{3,200}[.!?]?[\"”’']*\s*$")

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sen", "rep", "gov", "st", "jr", "sr", "no", "vs",
    "u.s", "u.n", "u.k", "e.u", "h.e", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "inc", "co", "corp", "ltd", "p.m", "a.m", "etc", "approx", "dept", "rev", "hon",
}
_BOUNDARY = rule_pattern(r"[.!?][\"'”’)]*\s+(?=[\"“'‘(]?[A-Z0-9])|\n\s*\n|\n(?=[A-Z0-9\"“])")


@dataclass(frozen=True)
class Sentence:
    """A sentence and where it lies in the article: ``text == article[start:end]``."""

    text: str
    start: int
    end: int
    paragraph: int


# The rules look back a few words from a mention ("talks on", "a deal with the"); no
# pattern they look back with spans more than this many characters.
LOOK_BACK = 200


def find_word(text: str, word: str, start: int = 0) -> int:
    r"""Where ``word`` first stands whole in ``text`` from ``start`` (no letter, digit or
    underscore touching it), or -1: the search ``(?<!\w)word(?!\w)`` makes, without
    compiling a pattern for each name an article holds (which overflows the regular
    expression cache and compiles them again and again).

    >>> find_word("Xi and Xiomara met", "Xi"), find_word("Xiomara met", "Xi")
    (0, -1)
    """
    at = text.find(word, start)
    while at >= 0:
        end = at + len(word)
        if not (at > 0 and _word_char(text[at - 1])) and not (end < len(text) and _word_char(text[end])):
            return at
        at = text.find(word, at + 1)
    return -1


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def words_before(text: str, at: int) -> str:
    """The text just before ``at``, for a pattern anchored at its end ("... in the$").

    Searching the whole of ``text[:at]`` for each mention makes a long sentence (a list of
    thousands of names) quadratic; the window keeps it linear and gives the same answer
    to every pattern shorter than the window.

    >>> words_before("talks on " * 100 + "Peru", 900)[-9:]
    'talks on '
    """
    return text[max(0, at - LOOK_BACK):at]


def split_sentences(text: str) -> list[Sentence]:
    """Split article text into sentences, keeping offsets.

    >>> [s.text for s in split_sentences("Mr. Lavrov met Mr. Wang in Beijing. They agreed.\\n\\nU.S. officials said so.")]
    ['Mr. Lavrov met Mr. Wang in Beijing.', 'They agreed.', 'U.S. officials said so.']
    """
    out: list[Sentence] = []
    start = 0
    paragraph = 0
    for match in _BOUNDARY.finditer(text):
        cut = match.start() + 1 if text[match.start()] in ".!?" else match.start()
        piece = text[max(start, cut - LOOK_BACK):cut]  # the words before the stop, not all since the last
        before = re.search(r"([A-Za-z.]+)\.$", piece)
        if before and text[match.start()] == "." and before.group(1).lower() in _ABBREVIATIONS:
            continue
        if before and text[match.start()] == "." and re.fullmatch(r"[A-Z]", before.group(1)):
            continue  # an initial: "Donald J. Trump"
        _emit(out, text, start, cut, paragraph)
        if "\n" in match.group(0):
            paragraph += 1
        start = match.end()
    _emit(out, text, start, len(text), paragraph)
    return out


def _emit(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(text[start:end], start, end, paragraph))


@dataclass(frozen=True)
class Dateline:
    """The place (and date words) an article is filed from: ``ASHGABAT, October 10. /TASS/.``"""

    city: str
    date_text: str | None
    end: int  # where the dateline ends in the text


_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DATE_WORDS = rule_pattern(rf"\s*,?\s*(?P<date>{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s*\d{{4}})?|"
                           rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+\d{{4}})?"
                           rf"|\d{{1,2}}/\d{{1,2}}/\d{{4}})", re.IGNORECASE)
_CITY = rule_pattern(r"(?P<city>[A-Z][A-Za-z.'\u00C0-\u017F-]*(?:\s+[A-Z][A-Za-z.'\u00C0-\u017F-]*){0,3})")
_PAREN = rule_pattern(r"\s*\((?P<paren>[^)]{1,25})\)")
_REGION = rule_pattern(r",\s*(?P<region>[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?)(?=\s*[,(]|\s+[-—–])")
_SEPARATOR = rule_pattern(r"\s*[.,]?\s*(?:/[^/\n]{1,25}/|\((?:[^)]{1,25})\)|-{2,3}|—|–|-\s|,\s*[A-Z]{3,}\b|:\s)")


_DASH = rule_pattern(r"\s*(?:-{1,3}|—|–)\s")


def _known_place(name: str) -> bool:
    """Whether a name in mixed case is a seat or a city the reference data knows."""
    g = gazetteer()
    return name in g.seats or name in g.cities


def find_dateline(text: str) -> Dateline | None:
    """The dateline at the start of one of the article's first paragraphs, if any.

    A dateline is a place in capitals, or a place followed by a date or an agency in
    parentheses, then a separator (``/TASS/``, ``(Reuters) -``, ``--``).

    >>> find_dateline("ASHGABAT, October 10. /TASS/. Participants in the meeting...")
    Dateline(city='Ashgabat', date_text='October 10', end=28)
    >>> find_dateline("UFA, Russia, July 10 (Xinhua) -- Leaders of the SCO...").city
    'Ufa'
    >>> find_dateline("HANOI (Reuters) - U.S. President Donald Trump...").city
    'Hanoi'
    >>> find_dateline("Tehran, March 10, IRNA -- The Islamic Republic...").date_text
    'March 10'
    >>> find_dateline("Media Note\\nMunich, Germany\\nFebruary 5, 2011\\n\\nThe Secretary met...").city
    'Munich'
    >>> find_dateline("Joint Press Release\\n\\nJakarta, 14 May 2024\\n\\nThe ministers met...").city
    'Jakarta'
    >>> find_dateline("NEW DELHI: India and Japan on Tuesday signed a pact.").city
    'New Delhi'
    >>> find_dateline("(ANSA) - Palermo, March 24 - Chinese President Xi Jinping ...").city
    'Palermo'
    >>> find_dateline("Buenos Aires - Foreign Minister Diana Mondino met ...").city
    'Buenos Aires'
    >>> find_dateline("The minister will pay a visit to Male on Friday.\\n\\nNew Delhi\\nAugust 8, 2024") is None
    True
    >>> find_dateline("Leaders met on Friday.") is None
    True
    >>> find_dateline("Saturday, August 24, 2019\\n\\nG7 leaders meet this weekend.") is None
    True
    """
    position = 0
    seen = 0
    # (a place over a date below the story's first sentences signs a short release off:
    # "New Delhi / August 8, 2024" is no dateline over what comes before it)
    prose_before = False
    lines = text.split("\n")
    for number, paragraph in enumerate(lines):
        line = paragraph.strip()
        if line:
            seen += 1
        if seen > 6:
            break  # a dateline opens the story, within its first lines
        line_start = position + (len(paragraph) - len(paragraph.lstrip()))
        position += len(paragraph) + 1
        found = _parse_dateline(line) if seen <= 4 else None
        if found is not None:
            city, date_text, end = found
            return Dateline(city, date_text, line_start + end)
        place = _PLACE_LINE.fullmatch(line)
        following = lines[number + 1].strip() if number + 1 < len(lines) else ""
        under = _date_of_line(following) if place and not prose_before else None
        prose_before = prose_before or (len(line.split()) >= 8 and line.endswith((".", "!", "?", '"', "”")))
        if place and under and place.group("city").lower() not in _NOT_CITIES:
            # A press release's heading: "Munich, Germany" over "February 5, 2011".
            return Dateline(place.group("city"), under, position + len(lines[number + 1]))
    return None


_PLACE_LINE = rule_pattern(r"(?P<city>[A-Z][a-z\u00C0-\u017F'.-]+(?:\s[A-Z][a-z\u00C0-\u017F'.-]+){0,2})"
                           # ("New York City, New York, United States": a city, its state and its country)
                           r"(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+){0,2}){0,2}")
# A date under a readout's headline: "May 06, 2024", "Monday, 3 May 2021", "Press release,
# 3 May 2021", "03.05.2021 14:20" (a dotted date is day first, as where it is written so).
_DATE_LINE = rule_pattern(rf"(?:(?:Press release|Date|Published|Posted|Released|Updated)\s*[:,\-–]\s*)?"
                          rf"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
                          rf"(?P<date>{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\s+\d{{4}}|"
                          rf"(?P<day>\d{{1,2}})[./](?P<month>\d{{1,2}})[./](?P<year>\d{{4}})|\d{{4}}-\d{{2}}-\d{{2}})"
                          rf"(?:\s*(?:[-–|,]\s*)?\d{{1,2}}:\d{{2}}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+(?:UTC|GMT|EDT|EST|ET|CET|CEST))?)?",
                          re.I)  # ("MARCH 3, 2022" under a readout's office line)


def date_line(text: str) -> str | None:
    """A full date on a line of its own among the article's first lines, as readouts put
    one under their headline.

    >>> date_line("Prime Minister's meeting with President of Guyana\\n\\nMay 06, 2024\\n\\nThe two met.")
    'May 06, 2024'
    >>> date_line("The two met on May 6, 2024.") is None
    True
    """
    for line in [line.strip() for line in text.split("\n") if line.strip()][:4]:
        if (found := _date_of_line(line)) is not None:
            return found
    return None


def _date_of_line(line: str) -> str | None:
    """The date words of a line that is a date alone, in a form the date reader takes."""
    m = _DATE_LINE.fullmatch(line)
    if m is None:
        return None
    return f"{m.group('day')}/{m.group('month')}/{m.group('year')}" if m.group("day") else " ".join(w.capitalize() if w.isalpha() else w for w in m.group("date").split())


# "(ANSA) - Palermo, March 24 - ...": the agency before the place.
_AGENCY_FIRST = rule_pattern(r"\((?:[A-Z][\w ]{1,20})\)\s*(?:-{1,3}|—|–)\s*(?=[A-Z])")


# A broadcast transcript's speaker, named with the outlet's title: "KELLY BRANDT, CNN CORRESPONDENT:"
_SPEAKER_LABEL = rule_pattern(r"[A-Z][A-Z .'\-]+,\s+(?:[A-Z][\w.\-]*\s+){0,4}?(?:CORRESPONDENT|REPORTER|ANCHOR|HOST|"
                              r"ANALYST|CONTRIBUTOR|SPOKESMAN|SPOKESWOMAN|Correspondent|Reporter)\b[^:]{0,40}:")


def _parse_dateline(line: str) -> tuple[str, str | None, int] | None:
    if _SPEAKER_LABEL.match(line):
        return None
    agency_first = _AGENCY_FIRST.match(line)
    if agency_first:
        found = _parse_dateline(line[agency_first.end():])
        return None if found is None else (found[0], found[1], agency_first.end() + found[2])
    m = _CITY.match(line)
    if not m:
        return None
    city, at = m.group("city"), m.end()
    evidence = city.replace(".", "").replace(" ", "").isupper() and len(city) > 2
    paren = _PAREN.match(line, at)
    agency = False
    if paren and not re.search(r"\d", paren.group("paren")):
        # "(Reuters)" is an agency; "(TN)" a region: both mark a dateline
        at = paren.end()
        evidence = agency = True
    region = _REGION.match(line, at)
    if region:
        at = region.end()
    date = _DATE_WORDS.match(line, at)
    date_text = None
    if date:
        date_text, at = date.group("date"), date.end()
        evidence = True
    separator = _SEPARATOR.match(line, at)
    if separator is not None:
        at = separator.end()
    alone = date is not None and not line[at:].strip(" .")  # "Jakarta, 14 May 2024" on a line of its own
    if not evidence and separator is not None and _DASH.fullmatch(separator.group(0)) and _known_place(city):
        evidence = True  # "Buenos Aires - Foreign Minister Diana Mondino met ...": a known place, then a dash
    if not evidence or (separator is None and not agency and not alone) or city.lower() in _NOT_CITIES \
            or len(city) > 30:
        return None
    city = city.strip(" .,")
    if _WEEKDAY.fullmatch(city):
        return None  # "Saturday, August 24, 2019": a date line, filed from nowhere
    if re.search(r"\b(?:Treaty|Agreement|Council|Organi[sz]ation|Union|Assembly|Conference|Declaration|Ministry|"
                 r"Committee|Commission|Summit)\b", city, re.I) or (city.startswith("The ") and not city.isupper()):
        return None  # "The Arms Trade Treaty (ATT) was approved": a name and its acronym
    if "/" in line[: len(city) + 1]:
        return None  # "PHNOM PENH/BANGKOK": filed from two places, neither the venue
    if city.replace(".", "").replace(" ", "").isupper():
        city = " ".join(_city_word(w, first=k == 0) for k, w in enumerate(city.split()))
    g = gazetteer()
    if city in g.state_names and city not in g.seats and date_text is None and not agency:
        # "NIGERIA, MOROCCO ISSUE JOINT COMMUNIQUE": a headline of states, no city (but
        # "KUWAIT, May 3 (KUNA)" is filed from its capital)
        return None
    return city, date_text, at


_WEEKDAY = rule_pattern(r"(?i)(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_LOWER_WORDS = {"de", "del", "la", "el", "al", "of", "da", "do", "dos", "es"}


def _city_word(word: str, first: bool) -> str:
    """A word of a city's name written in capitals, as the name writes it: "DE" → "de",
    "EL-SHEIKH" → "el-Sheikh", "PORT-AU-PRINCE" → "Port-au-Prince"; the name's first
    word keeps its capital ("AL-ULA" → "Al-Ula")."""
    parts = word.split("-")
    return "-".join(p.lower() if not (first and i == 0) and p.lower() in _LOWER_WORDS | _HYPHENED_LOWER
                    and (i < len(parts) - 1 or len(parts) == 1) else p.capitalize() for i, p in enumerate(parts))


_HYPHENED_LOWER = {"au", "en", "sur", "as", "ad", "ash", "ar", "an"}

# Words that open a paragraph like a dateline does, but are not places.
_NOT_CITIES = {"media release", "media note", "all news", "press release", "statement", "update", "breaking",
               "the hon", "photo", "video", "editorial", "analysis", "opinion", "exclusive",
               # news agencies and outlets, which ask the questions of a briefing's transcript ("AFP: ...")
               "afp", "ap", "reuters", "xinhua", "tass", "bloomberg", "cnn", "bbc", "cctv", "cgtn", "nhk", "kyodo",
               "yonhap", "ria", "ria novosti", "ansa", "efe", "dpa", "pti", "ani", "ians", "irna", "wam", "spa",
               "qna", "mena", "anadolu", "al jazeera", "global times", "china daily", "phoenix tv", "sputnik",
               "the paper", "prensa latina", "bernama", "antara", "q", "a", "question", "answer",
               # the speakers of a broadcast transcript ("ANCHOR: Secretary of State Colin Powell is in Brussels")
               "anchor", "correspondent", "reporter", "host", "announcer", "narrator", "unidentified male",
               "unidentified female",
               # a correspondent's beat, no city ("White House / 10 October 2006" over a VOA script)
               "white house", "state department", "pentagon", "capitol hill", "kremlin"}
