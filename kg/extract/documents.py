"""Documents in a sentence: titles, types and the status the sentence gives them.

Titles come capitalised ("Treaty on Friendly Relations", "Package of Measures for the
Implementation of the Minsk Agreements") or lower-case from a determiner to the end of
the clause ("a memorandum of understanding on energy cooperation"); the head noun gives
the type, and the nearest status word the status ("did not sign" → discussed).
"""
from __future__ import annotations

import re

from kg.extract.reference import gazetteer
from kg.extract.text import Sentence
from kg.facts import Document

__all__ = ["DOC_NOUNS", "DOC_NOUN_RE", "documents_in", "status_of", "proposer_of", "dedupe_documents", "head_noun",
           "topic_of"]

DOC_NOUNS = {
    "treaty": "treaty", "treaties": "treaty", "convention": "treaty", "charter": "treaty", "act": "treaty",
    "agreement": "agreement", "agreements": "agreement", "accord": "agreement", "accords": "agreement",
    "deal": "agreement", "pact": "agreement", "memorandum": "memorandum", "memoranda": "memorandum",
    "memorandums": "memorandum", "mou": "memorandum", "mous": "memorandum", "declaration": "declaration",
    "declarations": "declaration", "statement": "statement", "communique": "communique",
    "communiqué": "communique", "programme": "programme", "program": "programme", "strategy": "strategy",
    "plan": "plan", "roadmap": "plan", "road map": "plan", "address": "address", "appeal": "address",
    "resolution": "resolution", "resolutions": "resolution", "protocol": "protocol", "protocols": "protocol",
    "decision": "decision", "decisions": "decision", "package": "plan", "documents": "other",
}
DOC_NOUN_RE = "|".join(sorted((re.escape(n) for n in DOC_NOUNS), key=len, reverse=True))
_CAP_WORD = r"(?:[A-Z][\w'’.\-]*|\d[\w\-]*)"
_CONNECTOR = r"(?:of|on|for|the|and|between|in|to|with|by|de|del|against|from|at)"
_CAPITAL_TITLE = re.compile(rf"{_CAP_WORD}(?:\s+(?:{_CONNECTOR}\s+)*{_CAP_WORD})*")
_LOWER_TITLE = re.compile(
    rf"\b(?i:a|an|the|its|their|two|three|several|new)\s+((?:(?!(?i:a|an|the|and|or|of|to|in|on|at|by|for|with|was|"
    rf"were|is|are|has|have|had|will|would|its|their|this|that)\b)[A-Za-z][\w\-’']*(?<!ed)\s+){{0,3}}"
    rf"(?i:{DOC_NOUN_RE}))\b"
    rf"((?:\s+(?:on|of|to|for|by|between|in|that|with|against|concerning|regarding|about|"
    rf"(?!during\b|following\b|according\b|including\b|bringing\b|making\b)[a-z]+ing)\b[^,;.()]*)?)")
_STATUS = [
    ("discussed", re.compile(r"\b(?:did not|didn't|failed to|refused to|declined to|without (?:reaching|signing|agreeing)|"
                             r"no (?:agreement|deal)|not (?:signed|adopted|agreed)|fell through|walked away from|rejected|"
                             r"stalled|blocked|vetoed|discussed|talks on|under discussion|called off)\b", re.I)),
    ("in_force", re.compile(r"\b(?:enter(?:ed|s)? into force|came into force|took effect|in force)\b", re.I)),
    ("ratified", re.compile(r"\bratif(?:ied|ies|y|ication)\b", re.I)),
    ("proposed", re.compile(r"\b(?:will (?:be )?sign(?:ed)?|to (?:be )?sign(?:ed)?|plans? to|proposed|proposal|put forward|"
                            r"tabled|calls? for|expected to (?:sign|adopt)|would sign|due to be (?:signed|adopted)|"
                            r"aims? to (?:sign|conclude)|want\w* to (?:sign|conclude))\b", re.I)),
    ("signed", re.compile(r"\b(?:signed|inked|signing|sign)\b", re.I)),
    ("adopted", re.compile(r"\b(?:adopted|adopts|adopt|approved|approves|endorsed|passed|issued|released|agreed on|"
                           r"unanimously|backed|concluded|finalized|finalised|voted)\b", re.I)),
    ("draft", re.compile(r"\b(?:draft(?:ed|ing)?|initial(?:l)?ed|initials)\b", re.I)),
]
_WEAK_DISCUSSED = re.compile(r"\bnegotiat\w+\b", re.I)


def head_noun(title: str) -> str:
    """The document noun that heads a title: "Package of Measures for the Implementation
    of the Minsk Agreements" is a package; "Minsk Protocol" a protocol.

    >>> head_noun("Package of Measures for the Implementation of the Minsk Agreements"), head_noun("Minsk Protocol")
    ('package', 'protocol')
    """
    head = re.split(r"\s+(?:of|for|on|between|to|with|against|concerning)\s+", title, maxsplit=1)[0]
    nouns = re.findall(rf"(?i)\b({DOC_NOUN_RE})\b", head) or re.findall(rf"(?i)\b({DOC_NOUN_RE})\b", title)
    return nouns[-1].lower() if nouns else "other"


def _split_titles(phrase: str, start: int) -> list[tuple[str, int, int]]:
    """Capitalised titles joined by "and (the)": each part that names a document."""
    parts, offset = [], 0
    for piece in re.split(r"(\s+and\s+(?:the\s+)?)(?=[A-Z])", phrase):
        if re.fullmatch(r"\s+and\s+(?:the\s+)?", piece):
            offset += len(piece)
            continue
        parts.append((piece, start + offset, start + offset + len(piece)))
        offset += len(piece)
    named = [p for p in parts if re.search(rf"(?:^|\s)(?:{DOC_NOUN_RE})(?:\s|$)", p[0], re.I)]
    return named if len(named) > 1 else [(phrase, start, start + len(phrase))]


def _capital_document(text: str, phrase: str, start: int, end: int) -> list[tuple[str, str, int, int]]:
    """A capitalised title that names a document: "Treaty on Friendly Relations"."""
    words = phrase.split()
    nouns = [w for w in words if w.lower().strip(".,") in DOC_NOUNS and w[0].isupper()]
    if not nouns or len(words) < 2:
        return []
    phrase = re.sub(r"^(?:The|A|An)\s+", "", _trim_title(phrase.strip()))
    head = re.split(r"\s+(?:of|for|on|between)\s+", phrase, maxsplit=1)[0]
    if re.search(r"\b(?:Conference|Summit|Meeting|Session|Forum|Council|Assembly|Commission|Committee)$", head):
        return []  # "Final United Nations Conference on the Arms Trade Treaty" is an event
    if re.search(r"(?:Centre|Center|Hall|Palace|Hotel|Building)$", phrase) or not re.search(
            rf"(?:^|\s)(?:{DOC_NOUN_RE})(?:\s|$)", phrase, re.I):
        return []
    acronym = re.match(r"\s*\(([A-Z][\w/ -]{1,20})\)", text[end:])
    if acronym:
        phrase = f"{phrase} ({acronym.group(1)})"
    return [(DOC_NOUNS.get(head_noun(phrase), "other"), phrase, start, end)]


def documents_in(sentence: Sentence) -> list[tuple[str, str, int, int]]:
    """(type, title, start, end) of each document the sentence names."""
    text = sentence.text
    found: list[tuple[str, str, int, int]] = []
    for whole in _CAPITAL_TITLE.finditer(text):
        # "the Free Trade Agreement and the Framework Agreement on ...": two titles.
        for part in _split_titles(whole.group(0), whole.start()):
            found += _capital_document(text, *part)
    position = 0
    while True:
        m = _LOWER_TITLE.search(text, position)
        if m is None:
            break
        # The next search starts where this title ends, not where the pattern's greedy
        # tail stopped: "an MoU on X and an MoU on Y" holds two.
        position = m.start(1) + 1
        if any(s <= m.start(1) < e for _, _, s, e in found):
            continue
        head = m.group(1)
        noun = re.search(rf"({DOC_NOUN_RE})$", head, re.I).group(1).lower()
        tail = (m.group(2) or "")
        tail = re.split(rf"\s+(?:and\s+(?:\w+\s+){{0,2}}(?:documents?|{DOC_NOUN_RE})\b|"
                        r"which|that|who|and (?:the|a|an)\s|but|as|after|before|when|while|because|since|at the|"
                        r"is|are|was|were|will|would|has|have|had|be|been|could|should|can|may|might|said|says|"
                        r"early|late|next|last|this|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
                        r"in (?:January|February|March|April|May|June|July|August|September|October|November|December))\b",
                        tail)[0]
        title = re.sub(r"^(?:draft|new)\s+", "", _trim_title((head + tail).strip()), flags=re.I)
        title = re.sub(r"(?:\s+(?:in|on|of|at|to|for|and|with|by|the|a|an))+$", "", title)
        if re.fullmatch(rf"(?:(?:new|original|similar|best|final|such|other|first|second)\s+)*(?:{DOC_NOUN_RE})", title,
                        re.I):
            continue  # "the agreement", "a similar agreement": a reference, not a name
        if noun in ("address", "package", "act", "deal", "plan", "decision", "statement", "documents") and not tail.strip() \
                and not re.search(r"[A-Z]|\bjoint\b", head):
            continue  # "a statement", "the deal": too vague to be a document of its own
        found.append((DOC_NOUNS[noun], title, m.start(1), m.start(1) + len(title)))
    return found
_WHEN = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|" \
        r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"


def _trim_title(phrase: str) -> str:
    """Cut the time and place that follow a title: "Lima Agreement in Lima on Thursday"."""
    g = gazetteer()
    phrase = re.sub(rf"\s+(?:on|in)\s+{_WHEN}\b.*$", "", phrase).rstrip(". ")
    m = re.search(r"\s+(?:in|at)\s+([A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?)$", phrase)
    if m and (m.group(1) in g.seats or m.group(1) in g.state_names):
        phrase = phrase[: m.start()]
    return phrase


def status_of(text: str, start: int, end: int) -> str | None:
    """The status the sentence gives the document named at [start, end): that of the
    nearest status word, "not" and "failed to" turning a step into "discussed"."""
    best: tuple[int, int, str] | None = None
    for rank, (status, pattern) in enumerate(_STATUS):
        for m in pattern.finditer(text):
            if status == "draft" and start <= m.start() < end and re.search(
                    r"\b(?:adopted|approved|signed|endorsed|passed)\b", text):
                continue  # "the draft address ... was adopted": the adjective is not the step
            distance = 0 if m.start() < end and start < m.end() else min(abs(m.start() - end), abs(start - m.end()))
            if m.start() >= end:
                distance += 5  # a verb before the noun ("signed the treaty") binds closer than one after
            if best is None or (distance, rank) < (best[0], best[1]):
                best = (distance, rank, status)
    if best is None:
        return "discussed" if _WEAK_DISCUSSED.search(text) else None
    if best[2] in ("signed", "adopted", "ratified") and re.search(
            r"\b(?:not|never|failed to|refused to|without)\s+(?:\w+\s+){0,2}$", text[:max(0, start)][-40:]):
        return "discussed"
    return best[2]


def proposer_of(text: str) -> str | None:
    """The state a sentence says proposed something: "upon the Russian side's proposal",
    "proposed by Chile", "at Peru's initiative"."""
    g = gazetteer()
    m = re.search(r"(?:upon|on|at)\s+(?:the\s+)?(?P<dem>[A-Z][\w.]+)\s+side(?:'s|’s)\s+(?:proposal|initiative)|"
                  r"proposed by\s+(?:the\s+)?(?P<name>[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)|"
                  r"(?:at|on|upon)\s+(?P<owner>[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)(?:'s|’s)\s+(?:proposal|initiative|request)", text)
    if not m:
        return None
    who = (m.group("dem") or m.group("name") or m.group("owner") or "").strip()
    return g.demonyms.get(who) or g.state_names.get(who)
_STATUS_ORDER = {"discussed": 0, "proposed": 1, "draft": 2, "adopted": 3, "signed": 4, "ratified": 5, "in_force": 6}


def _words(title: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", (title or "").lower())
            if w not in {"the", "a", "an", "of", "on", "for", "to", "in", "and", "with", "between"}}


def _names(title: str | None) -> set[str]:
    """The capitalised words of a title after its first: the parties and places that
    tell "agreement with Serbia" from "agreement with Singapore"."""
    words = (title or "").split()
    return {w.lower().strip(".,()") for w in words[1:] if w[:1].isupper()}


def dedupe_documents(documents: list[Document], event_ids: set[str]) -> tuple[Document, ...]:
    """One document for each named twice ("a package of measures to implement the Minsk
    agreements" and "the Package of Measures for the Implementation of the Minsk
    Agreements"), with the more formal title and the furthest status."""
    kept: list[Document] = []
    for d in documents:
        words = _words(d.title)
        same = next((k for k, other in enumerate(kept) if other.type == d.type and words and _words(other.title)
                     and len(words & _words(other.title)) / len(words | _words(other.title)) >= 0.5
                     and (_names(d.title) <= _names(other.title) or _names(other.title) <= _names(d.title))), None)
        if same is None:
            kept.append(d)
            continue
        other = kept[same]
        title = other.title if sum(c.isupper() for c in other.title or "") >= sum(c.isupper() for c in d.title or "") \
            else d.title
        status = max((other.status, d.status), key=lambda s: _STATUS_ORDER[s])
        kept[same] = Document(other.id, other.type, title, status, other.event or d.event,
                              other.proposed_by or d.proposed_by, other.parties or d.parties, other.topics,
                              other.evidence)
    out = []
    for i, d in enumerate(kept, 1):
        event = d.event if d.event in event_ids else None
        out.append(Document(f"d{i}", d.type, d.title, d.status, event, d.proposed_by, d.parties, d.topics, d.evidence))
    return tuple(out)


_TOPIC_STOP = {"the", "a", "an", "of", "in", "and", "for", "to", "on", "between", "with", "its", "their"}


def topic_of(title: str | None) -> tuple[str, ...]:
    """The topic a title names after "on" or "in the sphere of", as a short lower-case
    phrase; none when the title does not say.

    >>> topic_of("statement on the prevention of an arms race in space"), topic_of("Minsk Protocol")
    (('prevention of an arms race',), ())
    >>> topic_of("strategy of cooperation in the sphere of information security")
    ('information security',)
    """
    if not title:
        return ()
    m = re.search(r"\b(?:in the (?:sphere|field|area)s? of|on)\s+(?:the\s+)?(.+)$", title, re.I)
    if not m:
        return ()
    words = re.split(r"\s+(?:in|for|between|with|to|and the|by|at)\s+", m.group(1), maxsplit=1)[0].split()[:5]
    while words and words[-1].lower() in _TOPIC_STOP:
        words.pop()
    phrase = " ".join(words).lower().strip(" ,.;:()")
    return (phrase,) if phrase else ()
