"""Documents in a sentence: titles, types and the status the sentence gives them.

Titles come capitalised ("Treaty on Friendly Relations", "Package of Measures for the
Implementation of the Minsk Agreements") or lower-case from a determiner to the end of
the clause ("a memorandum of understanding on energy cooperation"); the head noun gives
the type, and the nearest status word the status ("did not sign" → discussed). A body
that decides to act adopts a decision ("leaders decided to admit ...").
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from kg.document_titles import known_instruments
from kg.extraction.lexicon import load_lexicon, phrase_alternation
from kg.extraction.mentions import body_mentions, person_mentions
from kg.extraction.reference import gazetteer
from kg.extraction.rule_patterns import Pattern, rule_pattern
from kg.extraction.text import Sentence, words_before

__all__ = ["BROKERED_AFTER", "DOC_NOUNS", "FIRST_TO_SIGN", "SIGNED_NOT_RATIFIED", "DOC_NOUN_RE", "OUTCOMES", "decision_in", "documents_in", "head_noun", "is_final_outcome",
           "is_named_instrument", "passing_status", "title_head",
           "proposers_of", "status_of", "counted_steps", "PLACE_AS_SUBJECT", "WHEN_WORDS", "STATUS_ORDER"]

# Noun → the document type it names, from the lexicon (ontology/lexicon/documents.ttl).
DOC_NOUNS = {phrase.lower(): concept.label
             for concept in load_lexicon().scheme("document-nouns").values() for phrase in concept.phrases}
DOC_NOUN_RE = "|".join(sorted((re.escape(n) for n in DOC_NOUNS), key=len, reverse=True))
# A word that ends in a document noun: what every reading of a title starts from.
_SOME_DOC_NOUN = rule_pattern(rf"(?i:{DOC_NOUN_RE})\b")
# Capitalised phrases that say what a document is, not which one.
_GENERIC_NAMES = {"memorandum of understanding", "memorandum of cooperation", "joint statement", "joint declaration",
                  "framework agreement", "joint communique", "joint communiqué", "action plan", "plan of action"}
# Titles that name a step, not a document of its own: "an agreement in principle (with
# Australia)", "sign the ratification documents"
_STEPS_NAMED_AS_DOCUMENTS = ("agreement in principle", "ratification documents")
# Nouns that name a document only in a capitalised title ("Addis Ababa Action Agenda",
# "Global Compact for Migration"; not "a compact car").
_CAPITAL_ONLY = {"agenda", "vision", "compact", "framework"}
# Words quoted just before a document noun: 'a "phase one" trade agreement'.
_QUOTED_IN_TITLE = rule_pattern(rf'(["“])([\w\- ]{{1,40}}?)(["”])(?=\s+(?:[\w\-]+\s+){{0,2}}(?i:{DOC_NOUN_RE})\b)')
# ("resolution 2231 (2015)", "the resolution, designated ES-11/4", "resolution A/RES/76/262")
_NUMBERED = rule_pattern(r"\b[Rr]esolution(?:,\s+(?:designated|numbered))?\s+(?:ES-\d{1,2}/\d{1,3}|A/RES/\d{1,3}/\d{1,4}|"
                         r"\d{2,4}(?:/\d{1,4})?)(?:\s+\(\d{4}\))?")
# ("the Action Plan for 2025–2027": a span of years; "the Australia–Vanuatu Agreement": two sides)
_CAP_WORD = r"(?:[A-Z][\w'’.\-]*(?:–[A-Z][\w'’.\-]*)?|\d[\w\-–]*)"
# ("the Agreement on the Establishment of a One-Stop Border Post"; not "Kosovo on a
# Stabilisation and Association Agreement")
_CONNECTOR = r"(?:of|on|for|the|(?<=\bof\s)a|and|between|in|to|with|by|de|del|against|from|at|within|" \
             r"relating|concerning|regarding)"
_CAPITAL_TITLE = rule_pattern(rf"{_CAP_WORD}(?:\s+(?:{_CONNECTOR}\s+)*{_CAP_WORD})*")
# Nouns of instruments between sides, which an article may leave unnamed ("signed a deal").
_INSTRUMENTS = ("agreement", "deal", "treaty", "pact", "accord", "memorandum", "memorandum of understanding", "mou")
# "a deal", "the new deal": a noun that says no more than its kind; "a free trade deal" says more.
_VAGUE_HEAD = rule_pattern(rf"(?i:(?:new|final|big|major|possible|potential|broader|wider|larger|comprehensive|"
                           rf"historic|landmark|first|second|third|last|latest|such|this|that)\s+)*(?:{DOC_NOUN_RE})")
# (bounded: a title runs on for a few hundred characters at most, so that text without
# punctuation is read in linear time)
_TITLE_RUN = (r"(?:[^,;.()]{1,400}(?:(?:(?<=\b[A-Z])\.(?=[A-Z]\.)|(?<=\.[A-Z])\.(?=\s+[a-z])|"
              r"(?<=\d)\.(?=\d))[^,;.()]{0,400}){0,4})?")  # ("U.N.", "a 1.8 trillion euro budget")
_LOWER_TITLE = rule_pattern(
    rf"\b(?:(?i:a|an|the|its|their|two|three|several|a number of|a series of|a range of|a raft of|a package of)|new|[A-Z][\w\-]+(?:'s|’s)(?=(?:\s+[\w\-]+){{1,4}}?\s+(?i:protocol|treaty|convention|charter|agreement|accord|pact)\b)|"
    # "The summit's final statement called on ...": the gathering's outcome
    rf"(?i:the)\s+(?:summit|meeting|session|conference|gathering)(?:'s|’s)(?=(?:\s+[\w\-]+){{0,1}}?\s+(?i:statement)\b))\s+"
    # "a $500 million financing agreement": the amount is no part of the title
    rf"(?:(?:US)?[$€£]\s?\d[\d.,]*(?:\s+(?:million|billion|trillion|bn|m))?(?:-dollar|-euro)?\s+|"
    # "a 500 million euro loan agreement"
    rf"\d[\d.,]*\s+(?:million|billion|trillion|bn)[\s\-](?:euros?|dollars?|pounds?|yuan|yen|rupees?)\s+)?((?:"
    # "a trade and cooperation agreement": "and" between two words of the noun's own name
    rf"(?:and(?=\s+[a-z][\w’']*\s+(?:[a-z][\w’']*\s+)?(?i:{DOC_NOUN_RE})\b)\s+)|"
    rf"(?!(?i:a|an|the|and|or|of|to|in|on|at|by|for|with|was|"
    rf"were|is|are|has|have|had|will|would|its|their|this|that)\b)"
    # ("the summit's final statement": its final statement, which is named after its body)
    rf"(?!(?i:summit|meeting|session|conference|gathering)(?:'s|’s)\s+(?:[\w\-]+\s+)?(?i:statement)\b)"
    # ("a joint declaration and several agreements": two documents, the second counted)
    rf"(?!(?i:several|many|some|other|various|numerous|further|more|two|three|four|five|six|seven|eight|nine|ten|"
    rf"dozens)\s)(?:[A-Za-z\d][\w.’']*-[\w\-’']+|"
    rf"(?i:proposed|planned|revised|amended|expanded|updated|so-called|modernised|modernized|enhanced|upgraded|"
    rf"improved|extended|renewed|strengthened|advanced|detailed|limited|integrated|coordinated|balanced|"
    rf"targeted|unified|unprecedented)|(?:[A-Z]\.){{2,3}}|[A-Za-z][\w’']*(?<!ed)|\d{{4}}|\d{{1,3}}(?:st|nd|rd|th))\s+){{0,4}}"
    rf"(?i:{DOC_NOUN_RE}))\b"
    # "a memorandum of understanding (MoU) on ...": the acronym runs on in the tail, and
    # is taken out of the title (_ACRONYM_IN_TITLE)
    # (after a wire's bare weekday: "signed an action plan Friday aimed at expanding ties")
    # (or a day told late or early: "signed a statement late on Monday to end the fighting")
    rf"((?:(?:\s+(?:late|early)(?=\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))?"
    rf"(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=\s+(?:aimed|designed|intended|on|for|to)\b))?"
    rf"\s+(?:on|of|to|for|by|between|in|at|that|with|against|concerning|regarding|about|aimed at|"
    rf"(?!during\b|following\b|according\b|including\b|bringing\b|making\b)[a-z]+ing)\b"
    # (the stops of "U.N." and "U.S." are no end: "urging Baghdad to cooperate with U.N. inspectors")
    rf"{_TITLE_RUN}(?:\([A-Z][A-Za-z]{{1,6}}\)(?=\s){_TITLE_RUN})*)?)")
# A capitalised word right after a document noun, which makes it part of a name (but a
# wire's bare weekday does not: "signed an action plan Friday")
_NAME_GOES_ON = rule_pattern(r"\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z]")
_ACRONYM_IN_TITLE = rule_pattern(r"\s+\([A-Z][A-Za-z]{1,6}\)(?=\s)")
# The words that tell a document's step are data (ontology/lexicon/statuses.ttl), tried
# in the order of their notation; this one needs its context.
# A day told between a verb and what it takes: "agreed late on Thursday night to a ceasefire"
_DAY_BETWEEN = (r"(?:(?:late\s+|early\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                r"(?:\s+(?:night|evening|morning))?\s+)")
_STATUS_IN_CONTEXT = {"proposed": r"\b(?:move|work|push)\w* (?:\w+ )?towards? (?:a|an)\b",
                      # "agreed on Thursday to a ceasefire": agreed to one, the day between
                      "adopted": rf"\bagreed\s+{_DAY_BETWEEN}(?:to|on|upon) (?:a|an)\b"}


def _statuses() -> list[tuple[str, Pattern]]:
    """(status, pattern) in the order statuses win a tie, from the lexicon."""
    concepts = sorted(load_lexicon().scheme("document-statuses").values(), key=lambda c: c.rank or 0)
    out = []
    for c in concepts:
        # (the one in context first, where both start alike: "agreed on Thursday to a")
        parts = [_STATUS_IN_CONTEXT[c.label]] if c.label in _STATUS_IN_CONTEXT else []
        parts += [rf"(?<!\w)(?:{phrase_alternation(c.phrases)})(?!\w)"]
        out.append((c.label, rule_pattern("|".join(parts), re.I)))
    return out


_STATUS = _statuses()
_UNDONE = rule_pattern(r"\b(?:was|were|has|have|had) (?:not|never) (?:been |yet )?(?:adopted|signed|approved|ratified|agreed|"
                       r"finali[sz]ed|concluded|completed|issued|released|published|reached)\b|"
                       r"\b(?:called off|cancell?ed|scrapped|fell through|shelved)\b|"
                       # "had been scheduled for signature; this could not proceed"
                       r"\b(?:could|did) not (?:proceed|go ahead)\b|"
                       # "A resolution on Belarus was voted down": put to a vote and lost
                       r"\b(?:was|were|has been|had been)\s+(?:\w+\s+)?(?:voted down|rejected|vetoed|defeated|"
                       # "a draft declaration ... went through three versions before it was quietly dropped"
                       r"dropped|abandoned|withdrawn|shelved)\b", re.I)
_WEAK_DISCUSSED = rule_pattern(r"\bnegotiat\w+\b", re.I)
_NEGOTIATIONS_TO_COME = rule_pattern(r"\bnegotiations?\b[^.;]{0,80}?\b(?:will|would|to|shall)\s+(?:\w+\s+)?"
                                     r"(?:begin|start|open|be launched|get under way)\b|"
                                     r"\b(?:open|opening|launch|launching|start|starting|begin|beginning)\s+"
                                     r"(?:[\w\-]+\s+){0,3}?negotiations\b|"
                                     # "during which it will negotiate a free trade agreement"
                                     # (not "was unable to negotiate a Brexit deal")
                                     r"\b(?:will|shall|plans? to|aims? to|hopes? to|(?:is|are) (?:due |set |expected )?to)"
                                     r"\s+(?:\w+\s+)?negotiate\b", re.I)


_ENDED_WITH = rule_pattern(r"\b(?:ended|concluded|closed|wrapped up|wound up|culminated)\b[^.;]{0,120}?\bwith\s+"
                           r"(?:an?|the|its|their)\s+$")
_CONCLUDED_NEGOTIATIONS_ON = rule_pattern(r"\b(?:concluded|completed|finalised|finalized|wrapped up)\s+(?:\w+\s+)?"
                                          r"(?:negotiations|talks)\s+(?:on|for|over)\s+(?:an?\s+|the\s+)?"
                                          r"(?:new\s+|modernised\s+|modernized\s+)?$", re.I)
_OPENED_NEGOTIATIONS_ON = rule_pattern(r"\b(?:launch|launched|launching|open|opened|opening|start|started|starting|"
                                       r"begin|began|beginning|begun)\s+(?:\w+\s+)?(?:negotiations|talks)\s+"
                                       r"(?:on|for|over|towards?)\s+(?:an?\s+|the\s+)?(?:new\s+|possible\s+)?$", re.I)


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
    # "Under the Treaty of Lisbon, ...": a sentence's opening word is no part of the title
    opener = re.match(r"(?:Under|In|With|By|After|Before|Since|At|For|From|To|On|Through|Within|Despite)\s+"
                      r"(?:the\s+)?(?=[A-Z])", phrase)
    if opener is None and text.endswith(", ", 0, start):
        opener = re.match(r"[A-Z][a-z]+ing\s+(?=[A-Z])", phrase)  # nor a headline's verb: "..., Adopting Resolution 2677"
    if opener:
        start += opener.end()
        phrase = phrase[opener.end():]
    # "the withdrawal of the United States from the Treaty on Open Skies": the title begins
    # at the first words that hold its noun.
    lead = re.match(r"(.+?)\s+(?:from|to|with|by|against|at|in|between)\s+(?:the\s+)?(?=[A-Z])", phrase)
    if lead and not re.search(rf"(?i)(?:^|\s)(?:{DOC_NOUN_RE})(?:\s|$)", lead.group(1)):
        start += lead.end()
        phrase = phrase[lead.end():]
    # "on Iran's": a possessive that a lower-case word ends is no part of the name
    phrase = re.sub(r"\s+(?:of|on|for|to|with|between|in|and)\s+(?:the\s+)?[A-Z][\w\-]*(?:'s|’s)$", "", phrase)
    end = start + len(phrase)
    words = phrase.split()
    nouns = [w for w in words if w.lower().strip(".,") in DOC_NOUNS and w[0].isupper()]
    if len(words) == 1 and nouns and re.match(r"\s+(?:of|for|on)\s+[a-z]", text[end:]):
        return []  # "the Concept of cooperation of the member states": the lower-case reading takes it
    if len(words) == 1 and nouns and re.search(r"\bthe\s+$", words_before(text, start)) and start > 0:
        # "the Treaty": one named before or after (at a sentence's end: "the limits of the Treaty.")
        word = words[0].rstrip(".,")
        return [(DOC_NOUNS[word.lower()], word, start, start + len(word))]
    if not nouns or len(words) < 2:
        return []
    phrase = re.sub(r"^(?:The|A|An)\s+", "", _trim_title(phrase.strip()))
    if phrase.lower() in _GENERIC_NAMES:
        return []  # "a Memorandum of Understanding on raw materials": the lower-case reading takes its subject
    # "Article 5 of the Washington Treaty" names the treaty.
    phrase = re.sub(r"^(?:Articles?|Section|Chapter|Paragraph|Annex)\s+[\dIVX]+\w*\s+of\s+(?:the\s+)?", "", phrase)
    head = re.split(r"\s+(?:of|for|on|between)\s+", phrase, maxsplit=1)[0]
    if re.search(r"\b(?:Conference|Summit|Meeting|Session|Forum|Council|Assembly|Commission|Committee)$", head):
        return []  # "Final United Nations Conference on the Arms Trade Treaty" is an event
    if re.search(r"\b(?:Government|Party|Movement|Front|Coalition|Army|Forces)$", head):
        return []  # "Libya's Government of National Accord" governs, it is no accord
    if head.endswith("Framework") and _MEMBERS_OF_IT.search(words_before(text, start)):
        return []  # "the 14 countries of the Indo-Pacific Economic Framework": a grouping its members are of
    if re.search(r"(?:Centre|Center|Hall|Palace|Hotel|Building)$", phrase) or not re.search(
            rf"(?:^|\s)(?:{DOC_NOUN_RE})(?:\s|$)", phrase, re.I):
        return []
    acronym = re.match(r"\s*\(([A-Z][\w/ -]{1,20})\)", text[end:])
    if acronym:
        phrase = f"{phrase} ({acronym.group(1)})"
    else:
        # "the Plan of Consultations between the foreign ministries of the two countries for
        # 2024-2026": the sides and the term in lower case are part of the name
        tail = _LOWER_CASE_TAIL.match(text, end)
        if tail:
            phrase, end = phrase + tail.group(0), tail.end()
    return [(DOC_NOUNS.get(head_noun(phrase), "other"), phrase, start, end)]


_MEMBERS_OF_IT = rule_pattern(r"\b(?:countries|members|partners|states|nations|ministers|leaders)\s+(?:of|in)\s+(?:the\s+)?$")
_LOWER_CASE_TAIL = rule_pattern(r"(?:\s+between\s+the\s+(?:[a-z\-]+\s+){0,3}(?:ministries|governments|countries|sides|"
                                r"states)(?:\s+of\s+the\s+two\s+countries)?)?(?:\s+for\s+(?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?)?"
                                r"(?<=\S)(?=[\s,.;)]|$)")


# A capitalised name with a lower-case document noun after it, its acronym between them
# or not: "the Comprehensive Economic Partnership (CEPA) agreement", "the Minsk agreements".
_NAME_AND_NOUN = rule_pattern(
    rf"(?<![\w’'\-])((?P<name>(?!(?:The|A|An|This|That|These|Those|In|On|At|By|Under|With|After|Before)\b)"
    rf"{_CAP_WORD}(?:\s+(?:(?:of|and|for|on|the|de)\s+)*{_CAP_WORD}){{0,8}})(?:\s+\([A-Za-z][\w\-]*\))?\s+"
    rf"(?P<noun>agreements?|treaty|treaties|accords?|pact|convention|protocol|charter|declaration|memorandum))\b")


# "between the United States, Mexico and Canada": the rest of the sides after the first
_MORE_SIDES = rule_pattern(r"(?:,\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})*,?\s+and\s+(?:the\s+)?"
                           r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}")
_BETWEEN_FIRST_SIDE = rule_pattern(r"\bbetween\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}$")
# "between Armenia and the European Union", "of understanding between the ASEAN Secretariat
# and the AU Commission": the two sides a title names, whose "and the" ends no title.
_BETWEEN_SIDES = rule_pattern(r"^(?:\s+(?:of|on)\s+[a-z]+)?\s+between\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}\s+"
                              r"and\s+(?:the|a|an)\s")


# ("(i) Memorandum of Understanding between the Ministries of Defence on cooperation in ...;")
_LIST_ITEM = rule_pattern(rf"(?:^|\n)[ \t]*(?:[-•–*]|\d{{1,2}}[.)]|\((?:[ivx]{{1,4}}|[a-h])\))[ \t]+"
                          rf"(?P<title>(?i:{DOC_NOUN_RE})\b[^;\n]{{0,200}}?)"
                          r"[ \t]*(?=[;.]?[ \t]*(?:\n|$))")


# Instruments signed in the plural without a count or an article: "signed memorandums of
# understanding on critical minerals, supply chains and climate change" (a counted list,
# "signed seven agreements", names the instruments one by one elsewhere, or not at all)
_SIGNED_PLURAL = rule_pattern(r"\b(?:signed|inked|exchanged|concluded|(?:the\s+)?(?:exchange|signing)\s+of)\s+"
                              # ("signed on Wednesday cooperation agreements in the fields of ..."; not
                              # "signed seven agreements in areas ranging from ...", each a document of its own)
                              r"(?:on\s+[A-Z][a-z]+day\s+)?"
                              r"(?:(?:bilateral|cooperation|new)\s+)?"
                              r"(?P<title>(?P<noun>agreements|memorandums|memoranda|MoUs|accords|protocols|documents)\s+"
                              r"(?:of (?:understanding|cooperation)\s+)?(?:on|in|for)\s+[^.;()]{3,160})")
_PLURAL_LIST_END = rule_pattern(r"\s+(?:in the presence of|during|at (?:the|a|an|their|its)|after|before|following|"
                                r"which|that|as|while|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
                                r"in [A-Z])\b|,\s+(?:the|a|an|officials|he|she|they|it|according)\b")
# "the plan of the Indonesia-Australia Annual Leaders' Meeting to be held in July"
_PLAN_OF_A_GATHERING = rule_pattern(r"\s+(?:of|for)\s+(?:the|a|an|their|its|his|her|next|this)\s+(?:[\w\-’']+\s+){0,6}?"
                                    r"(?i:meeting|summit|visit|trip|conference|talks|session|tour|forum)\b")
# A ceasefire agreed between sides is their agreement: "agreed to a humanitarian ceasefire"
_AGREED_A_CEASEFIRE = rule_pattern(rf"\b(?:agreed|agree|agrees)\s+{_DAY_BETWEEN}?(?:to|on|upon)\s+(?:a|an)\s+"
                                   r"(?P<title>(?:(?:immediate|humanitarian|temporary|new|full|lasting|permanent|"
                                   r"[\w]+-(?:day|hour|week|month))\s+)?(?:ceasefire|cease-fire|truce)"
                                   r"(?:\s+(?:in|on|over|along|for|across)\s+[^,;.]+)?)")
_REACHED_CLAUSE_END = rule_pattern(r"\s+(?:after|before|during|amid|following|at (?:the|a|an|their|its)|which|that|"
                                   # ("agreed to a ceasefire in talks in Jeddah": where it was agreed)
                                   r"when|while|but|as|in (?:talks|negotiations|meetings?|a meeting|a call|a phone call))\b")
_REACHED = rule_pattern(r"\b(?:reached|reach|reaches|struck|strike|clinched) (?:an? |the )?(?:final |new |preliminary |"
                        r"historic )?(?P<title>(?P<noun>agreement|deal|accord) (?:on|over) "
                        # "reached a deal on Christmas Eve": when, not what
                        r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|New Year|Easter|"
                        r"the (?:eve|night|morning|evening|afternoon|weekend|sidelines|margins))\b)[^,;.]+)")


def _capital_words(name: str) -> int:
    return sum(1 for w in name.split() if w[:1].isupper() or w[:1].isdigit())


# "under a deal brokered by China": an instrument told by who brought it about
BROKERED_AFTER = rule_pattern(r"\s+(?:brokered|mediated|facilitated)\s+by\b")
# "the plan to the General Assembly": whom a document went to (but "a protocol to the
# convention" is attached to it, and named by it)
_TO_A_RECIPIENT = rule_pattern(r"\s+to\s+(?:the|a|an|his|her|its|their)\s")
_ATTACHED_TO_ANOTHER = frozenset({"protocol", "protocols", "amendment", "amendments", "annex", "annexes", "addendum"})


def documents_in(sentence: Sentence) -> list[tuple[str, str, int, int]]:
    """(type, title, start, end) of each document the sentence names."""
    text = sentence.text
    found: list[tuple[str, str, int, int]] = []
    taken = _Taken(len(text))
    if _SOME_DOC_NOUN.search(text) is None and not _AGREED_A_CEASEFIRE.search(text):
        return _known_instruments(text, found, taken)  # most sentences: only a known name ("NAFTA") can be one
    for whole in _CAPITAL_TITLE.finditer(text):
        # "the Free Trade Agreement and the Framework Agreement on ...": two titles.
        for part in _split_titles(whole.group(0), whole.start()):
            found += _capital_document(text, *part)
    taken.add_all(found)
    for numbered in _NUMBERED.finditer(text):
        # "Under resolution 2231 (2015)": a resolution known by its number.
        if not taken.covers(numbered.start()):
            title = re.sub(r",\s+(?:designated|numbered)", "", numbered.group(0))
            found.append(("resolution", title, numbered.start(), numbered.end()))
            taken.add(numbered.start(), numbered.end(), numbered.group(0))
    position = 0
    # 'a "phase one" trade agreement': words quoted within a title are words of it
    scan = _QUOTED_IN_TITLE.sub(lambda q: f" {q.group(2)} ", text) if '"' in text or "“" in text else text
    while True:
        m = _LOWER_TITLE.search(scan, position)
        if m is None:
            break
        # The next search starts where this title ends, not where the pattern's greedy
        # tail stopped: "an MoU on X and an MoU on Y" holds two.
        position = m.start(1) + 1
        if taken.covers(m.start(1)):
            position = taken.end_of(m.start(1))  # (a title starting inside it is inside it too)
            continue
        head = m.group(1)
        ends_in_noun = re.search(rf"({DOC_NOUN_RE})$", head, re.I)
        assert ends_in_noun is not None  # _LOWER_TITLE's group 1 ends in a document noun
        noun = ends_in_noun.group(1).lower()
        if noun in ("plan", "plans") and text.startswith(" to ", m.end(1)) and \
                re.search(r"(?:[a-z][a-rt-z]s|\b(?:couple|pair|both|they|we))\s+plans?$", head):
            continue  # "the two leaders plan to sign a treaty", "the couple plan to divide": the verb, no plan
        if noun in ("plan", "plans") and _PLAN_OF_A_GATHERING.match(text, m.end(1)):
            continue  # "discussed the plan of the Annual Leaders' Meeting": arrangements, no document
        # "a bilateral agreement on Thursday on river transport": the day between the noun
        # and its subject is no part of the title.
        # (and "an agreement in Doha on Saturday aimed at ending the war": where and when)
        tail = _without_leading_day(_without_leading_venue(_without_leading_day(m.group(2) or "")))
        if _TO_A_RECIPIENT.match(tail) and noun not in _ATTACHED_TO_ANOTHER:
            tail = ""  # "presented the plan to the General Assembly": whom it went to, not what it is
        more_sides = _MORE_SIDES.match(text, m.end(2)) if _BETWEEN_FIRST_SIDE.search(tail) else None
        if more_sides:
            tail += more_sides.group(0)  # "between the United States, Mexico and Canada"
        tail = re.split(rf"\s+(?:and\s+(?:\w+\s+){{0,2}}(?:documents?|{DOC_NOUN_RE})\b|"
                        r"which|(?<!ing )that|who|and (?:the|a|an)\s|but|as(?<!such as)|after|before|when|while|because|since|"
                        r"during|amid|"
                        r"at (?:the|a|an|their|its|his|her|(?=[A-Z]))|on behalf|"
                        # (another instrument, named: not "a resolution to extend the arms embargo on Iran")
                        r"to (?:replace|supersede|succeed|amend|update|extend)(?=\s+(?:the\s+)?(?:[A-Z]|\d{4}))|"
                        r"in (?:a|an)\s|by (?:a|an)\s|by [a-z]+ing|by consensus|by \d+ votes|and [a-z]+ing|and [a-z]+ed|"
                        # "to approve a protocol on gender and to launch a free trade area": a second act
                        r"and to [a-z]+|"
                        r"(?:by|for) (?:another |a further )?(?:one|two|three|four|five|six|ten|\d+) (?:more )?(?:years?|months?|weeks?|days?)|"
                        r"for the \w+ (?:year|time)|(?:by|before|until) the (?:end|middle|start|beginning) of|"
                        r"is|are|was|were|will|would|has|have|had|be|been|could|should|can|may|might|said|says|"
                        r"remains?|stays?|took|takes|came|comes|entered|enters|expires?|expired|"
                        # "the peace agreement between Ethiopia and Eritrea signed in 2018"
                        r"signed|ratified|brokered|concluded|initial(?:l)?ed|reached|negotiated|adopted|agreed|"
                        # "a resolution on Syria proposed by France": who, after what
                        r"[a-z]+ed by|put forward by|drawn up by|"
                        # "the signing of a number of agreements by the Minister of Foreign Affairs": who signed
                        r"by (?:the |his |her |their )?(?:[A-Z][\w\-]+ )?(?:Ministers?|President|Prime|Secretary|"
                        r"Foreign|King|Queen|Emir|ministers|officials|representatives|envoys)|"
                        # "the agreement between Chile and Peru eliminated tariffs": what it does
                        r"bans|banned|lifts|lifted|limits|requires|required|allows|allowed|obliges|obliged|prohibits|"
                        r"prohibited|restricts|eliminated|eliminates|guarantees|guaranteed|caps|capped|"
                        r"early|late|next|last|this|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
                        r"on (?:Christmas|New Year|Easter|Thanksgiving)|"
                        r"on the (?:eve|night|morning|evening|afternoon|weekend|sidelines|margins)|"
                        r"(?:on|during|by) the (?:same|next|following|previous|first|last|final|second) day|"
                        r"in (?:January|February|March|April|May|June|July|August|September|October|November|December)|"
                        # "quit the deal in 2018 under then-President Donald Trump": when and under whom
                        r"in (?:(?:early|late|mid-)\s*)?(?:1[89]|20)\d\d(?![\d\-–])|"
                        r"under (?:then-|former |the then\s+)?(?:[Pp]resident|[Pp]rime [Mm]inister|[Cc]hancellor|[Kk]ing|"
                        r"[Pp]remier|[Ll]eader))\b",
                        _BETWEEN_SIDES.sub(lambda pair: pair.group(0).replace(" and ", " \x1f "), tail))[0].replace(" \x1f ", " and ")
        if re.search(r"\b(?:1[89]|20)\d\d\b|\b[A-Z]", head):
            # "the limits of the 2015 nuclear deal on its stockpile": what the limits are on;
            # a document named by its year or name needs no subject of the holder's
            tail = re.split(r"\s+on\s+(?:its|their|his|her)\s", tail)[0]
        title = re.sub(r"^(?:[Dd]raft|new|own|separate|[Pp]roposed|[Pp]lanned)\s+", "", _trim_title(_ACRONYM_IN_TITLE.sub("", head + tail).strip()))
        title = re.sub(r"\s{2,}", " ", title)
        title = re.sub(r"(?:\s+(?:in|on|of|at|to|for|and|with|by|under|through|the|a|an))+$", "", title)
        if re.fullmatch(rf"(?:{DOC_NOUN_RE})", title, re.I) and re.match(r"(?i)the\b", m.group(0)):
            # "The agreement entered into force in May": a reference to a document named
            # elsewhere, which kg.extraction.coreference resolves (or drops).
            found.append((DOC_NOUNS[noun], noun, m.start(1), m.start(1) + len(title)))
            taken.add(m.start(1), m.start(1) + len(title))
            continue
        if noun in OUTCOMES and len(title.split()) == 2 and is_final_outcome(title) and \
                re.match(r"(?i)(?:the|their|its|a)\b", m.group(0)):
            # "In their final communique, the ministers condemned ...": the gathering's
            # outcome, which the rules name after its body (or drop).
            found.append((DOC_NOUNS[noun], title, m.start(1), m.start(1) + len(title)))
            taken.add(m.start(1), m.start(1) + len(title))
            continue
        if noun in OUTCOMES and title.lower() == noun and (
                _ISSUED_AFTER.match(text, m.end(1)) or _AFTER_THE_GATHERING.match(text, m.end(1))
                or _ISSUED_BEFORE.search(words_before(text, m.start(1)))
                or _ENDED_WITH.search(words_before(text, m.start(1)))):
            # "In a communique read out by ...": an outcome the text leaves unnamed, which
            # the rules name after the body that adopted it (or drop).
            found.append((DOC_NOUNS[noun], noun, m.start(1), m.start(1) + len(title)))
            taken.add(m.start(1), m.start(1) + len(title))
            continue
        would_have = _WOULD_HAVE.match(text, m.end(1)) if title.lower() == "resolution" and not tail.strip() and \
            re.match(r"(?i)an?\b", m.group(0)) else None
        if would_have is not None:
            # "vetoed a draft resolution that would have extended cross-border aid": named
            # by what it would have done
            found.append((DOC_NOUNS[noun], f"{head} {would_have.group('what')}", m.start(1), would_have.end()))
            taken.add(m.start(1), would_have.end())
            continue
        known_as = _KNOWN_AS.match(text, m.start(1) + len(title)) if title[0].islower() else None
        if known_as is not None and re.fullmatch(rf"(?i)(?:[\w\-]+\s+)?(?:{DOC_NOUN_RE})", title):
            # "signed an accord, known as the Bali Concord Two, setting out ...": the name it is
            # known by (found already where it ends in a document noun: "dubbed the Tashkent Protocol")
            if not taken.covers(known_as.start("name")):
                found.append((DOC_NOUNS[noun], known_as.group("name"), known_as.start("name"), known_as.end("name")))
                taken.add(m.start(1), known_as.end("name"))
            continue
        if title.lower() in _INSTRUMENTS and title[0].islower() and (
                re.match(r"(?i)an?\b", m.group(0)) or BROKERED_AFTER.match(text, m.end(1))):
            # "Iran and China signed an agreement": an instrument the text leaves unnamed,
            # which the rules name after its sides (or drop).
            found.append((DOC_NOUNS[noun], noun, m.start(1), m.start(1) + len(title)))
            taken.add(m.start(1), m.start(1) + len(title))
            continue
        if re.fullmatch(rf"(?:(?:new|original|similar|best|final|such|other|first|second)\s+)*(?:{DOC_NOUN_RE})", title,
                        re.I) or re.match(r"(?:relevant|all|previous|earlier|several|other|existing|various|numerous|dozens?|"
                                          r"scores|hundreds|multiple|many|\d{1,3}\s|best|worst|biggest|"
                                          r"largest|greatest|most|better|worse)\b",
                                          title, re.I):
            continue  # "a similar agreement", "the relevant UN resolutions": no document of its own
        if re.fullmatch(r"(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*['’]s\s+(?:decisions|documents|resolutions|agreements)", title):
            continue  # "Among the summit's decisions, ...": the gathering's outcomes, told one by one
        if noun in ("address", "package", "act", "deal", "plan", "decision", "statement", "documents") and not tail.strip() \
                and not re.search(r"[A-Z]|\bjoint\b", head) and (noun not in ("deal", "plan") or _VAGUE_HEAD.fullmatch(head)):
            continue  # "a statement", "the deal", "a new plan": too vague to be a document of its own
        appositive = _APPOSITIVE.search(words_before(text, m.start(1)))
        if appositive and _LISTED_NEXT.match(text, m.start(1) + len(title)):
            appositive = None  # "adopted the Ufa Declaration, an action plan and a strategy": a list
        if appositive and taken.named_ends_near(m.start(1) - len(appositive.group(0))):
            continue  # "the Addis Ababa Action Agenda, a package of measures ...": the same document
        if appositive:
            # "signed the Regional Comprehensive Economic Partnership on Sunday, the world's
            # largest trade pact": the name the step is told of, of the kind the noun says
            end_before = m.start(1) - len(appositive.group(0))
            window = words_before(text, end_before)
            named = _NAMED_BEFORE_APPOSITIVE.search(window)
            if named:
                start, end = end_before - len(window) + named.start("name"), end_before - len(window) + named.end("name")
                if not taken.overlaps(start, end):
                    found.append((DOC_NOUNS[noun], named.group("name"), start, end))
                    taken.add(start, end, named.group("name"))
                    continue
        if noun in _CAPITAL_ONLY or _NAME_GOES_ON.match(text, m.end(1)):
            continue  # "a vision", "the Convention Centre": a word of a name, not a document
        found.append((DOC_NOUNS[noun], title, m.start(1), m.start(1) + len(title)))
        taken.add(m.start(1), m.start(1) + len(title), title)
    for m in _LIST_ITEM.finditer(text):
        # "the following documents were signed:\n- Agreement on the demarcation of ...;": a
        # list's item that opens with a document noun is a document's title.
        title = _trim_title(m.group("title").strip())
        noun = head_noun(title)
        if noun in DOC_NOUNS and not taken.overlaps(m.start("title"), m.start("title") + len(title)):
            found.append((DOC_NOUNS[noun], title, m.start("title"), m.start("title") + len(title)))
            taken.add(m.start("title"), m.start("title") + len(title), title)
    for m in _ONE_OF_THE_COUNTED.finditer(text) if " one " in text else ():
        # "signed 11 agreements Monday, including one on a framework for settling their
        # border dispute": one of them, told by what it is on
        about = _REACHED_CLAUSE_END.split(m.group("about"))[0]
        # ("including one on energy and another on education": two of them)
        at = m.start("about")
        for piece in re.split(r"(\s+and\s+(?:another|one)\s+)", about):
            begin, at = at, at + len(piece)
            if re.fullmatch(r"\s+and\s+(?:another|one)\s+", piece):
                continue
            title = _trim_title(f"{_ONE_OF[m.group('noun').lower()]} {' '.join(piece.split()[:12])}")
            noun = head_noun(title)
            begin = m.start("one") if begin == m.start("about") else begin
            if noun in DOC_NOUNS and not taken.overlaps(begin, at):
                found.append((DOC_NOUNS[noun], title, begin, at))
                taken.add(begin, at)
    for m in _AGREED_A_CEASEFIRE.finditer(text) if "agree" in text else ():
        # "Armenia and Azerbaijan agreed to a ceasefire on Saturday": a ceasefire agreement
        title = _trim_title(_REACHED_CLAUSE_END.split(_without_leading_day(" " + m.group("title")).strip())[0])
        if not taken.overlaps(m.start("title"), m.start("title") + len(title)):
            found.append(("agreement", title, m.start("title"), m.start("title") + len(title)))
            taken.add(m.start("title"), m.start("title") + len(title))
    for m in _REACHED.finditer(text):
        # "the two Governments had reached agreement on the issue of comfort women"
        if not taken.overlaps(m.start("title"), m.end("title")):
            # what was agreed, not when or how: "... on a ceasefire in Idlib after six hours of talks"
            title = _trim_title(_REACHED_CLAUSE_END.split(m.group("title"))[0])
            found.append((DOC_NOUNS[m.group("noun").lower()], title, m.start("title"), m.start("title") + len(title)))
            taken.add(m.start("title"), m.start("title") + len(title))
    for m in _SIGNED_PLURAL.finditer(text) if ("signed " in text or "inked " in text or "exchange" in text
                                               or "concluded " in text or "signing of" in text) else ():
        # "the two sides signed memorandums of understanding on critical minerals, supply
        # chains and climate change": the instruments of a signing, told by what they are on
        title = _trim_title(_PLURAL_LIST_END.split(m.group("title"))[0].rstrip(" ,"))
        noun = m.group("noun").lower()
        if len(title.split()) >= 4 and not taken.overlaps(m.start("title"), m.start("title") + len(title)):
            found.append((DOC_NOUNS[noun], title, m.start("title"), m.start("title") + len(title)))
            taken.add(m.start("title"), m.start("title") + len(title), title)
    # "a new optional protocol to the Convention on the Rights of the Child": the convention
    # names the protocol, it takes no step of its own here.
    found = _not_inside_another(found)
    # "former members of the Warsaw Pact": an alliance known by its pact's name is a body;
    # "reached an agreement in principle on a trade pact": a step of the pact's, no document
    found = [f for f in found if re.sub(r"^(?:[Tt]he)\s+", "", f[1]) not in gazetteer().body_names
             and not f[1].lower().startswith(_STEPS_NAMED_AS_DOCUMENTS)]
    taken = _Taken(len(text))
    taken.add_all(found)
    for m in _NAME_AND_NOUN.finditer(text):
        # "the African Continental Free Trade Area (AfCFTA) agreement": a name, then the noun.
        if not taken.overlaps(m.start(1), m.end(1)) and _capital_words(m.group("name")) >= 2:
            found.append((DOC_NOUNS[m.group("noun")], m.group(1), m.start(1), m.end(1)))
            taken.add(m.start(1), m.end(1))
    return _known_instruments(text, found, taken)


# A counted list of documents and one of them told by its subject: "signed 11 agreements,
# including one on border trade".
_ONE_OF_THE_COUNTED = rule_pattern(r"\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
                                   r"a dozen|dozens of|more than \w+|a (?:series|number|raft|package|range|set) of)\s+(?:[\w\-]+\s+)?"
                                   r"(?P<noun>agreements|accords|treaties|protocols|memorand(?:a|ums)|MoUs)\b[^.;]{0,60}?"
                                   r",?\s+(?:including|among them|one of them)\s+(?P<one>one)\s+"
                                   r"(?P<about>(?:on|to|for|with)\s+[^.;,]+)")
_ONE_OF = {"agreements": "agreement", "accords": "accord", "treaties": "treaty", "protocols": "protocol",
           "memoranda": "memorandum", "memorandums": "memorandum", "mous": "MoU"}


def _known_instruments(text: str, found: list[tuple[str, str, int, int]],
                       taken: _Taken) -> list[tuple[str, str, int, int]]:
    """The documents found, and the known instruments named in no title found ("NAFTA",
    "the Iran nuclear deal"), of the type the resolution data gives, titled by the name the
    text gives them, or by their own name with the acronym the text gives; one document
    for each instrument however many of its names the sentence gives ("USMCA, or CUSMA")."""
    pattern, by_label = _instrument_pattern()
    named = {known_instrument(title) for _, title, _, _ in found}
    out = list(found)
    for m in pattern.finditer(text):
        form = m.group(0)
        instrument = by_label[" ".join(form.split()).lower()]
        if taken.overlaps(m.start(), m.end()) or instrument.name in named or _QUALIFIES_A_NOUN.match(text, m.end()):
            continue  # "the AfCFTA secretariat", "NAFTA partners": the name qualifies something else
        named.add(instrument.name)
        title = form if re.search(rf"(?i)\b(?:{DOC_NOUN_RE})\b", form) else \
            f"{instrument.name} ({form})" if form.isupper() else instrument.name
        out.append((instrument.type, title, m.start(), m.end()))
        taken.add(m.start(), m.end(), title)
    return out


@lru_cache(maxsize=1)
def _instrument_pattern() -> tuple[Pattern, dict]:
    """One pattern for every label of a known instrument: an acronym in its own case
    ("INF", not "inf"), any other label in any case; and the instrument of each label."""
    instruments = known_instruments()
    by_label = {i.label.lower(): i for i in instruments}
    acronyms = [i.label for i in instruments if i.label.replace("-", "").isupper()]
    # Proper names only: "the Iran deal" may be any deal with Iran.
    names = [i.label for i in instruments if not i.label.replace("-", "").isupper()
             and all(w[:1].isupper() or w[:1].isdigit() or w in _NAME_CONNECTORS for w in i.label.split())]
    return rule_pattern(rf"(?<![\w-])(?:{phrase_alternation(acronyms)}|{phrase_alternation(names)})(?![\w-])"), by_label


# After an instrument's name, a lower-case noun that it qualifies (not a document noun,
# which makes it a title: "the INF treaty").
_QUALIFIES_A_NOUN = rule_pattern(rf"\s+(?!(?:{DOC_NOUN_RE})\b|and\b|or\b|on\b|in\b|at\b|to\b|with\b|by\b|for\b|"
                                 rf"is\b|was\b|has\b|had\b|will\b|would\b|which\b|that\b)[a-z][a-z\-]+\b")
_NAME_CONNECTORS = frozenset({"of", "on", "the", "for", "and", "to", "in", "from", "with", "their", "that", "by"})


@lru_cache(maxsize=4096)
def known_instrument(title: str) -> str | None:
    """The name of the known instrument a title names by an acronym or a proper name, if any.

    >>> known_instrument("the agreement known in the United States as USMCA")
    'United States-Mexico-Canada Agreement'
    """
    pattern, by_label = _instrument_pattern()
    m = pattern.search(title)
    return by_label[" ".join(m.group(0).split()).lower()].name if m else None


class _Taken:
    """The characters of a sentence that documents found so far span: asking whether a
    new one overlaps them costs its length, not the number found."""

    def __init__(self, length: int):
        self._chars = bytearray(length)
        self._named_ends: set[int] = set()  # where capitalised titles end

    def add(self, start: int, end: int, title: str = "") -> None:
        self._chars[start:end] = b"\x01" * (end - start)
        if title[:1].isupper():
            self._named_ends.add(end)

    def add_all(self, found: list[tuple[str, str, int, int]]) -> None:
        for _, title, start, end in found:
            self.add(start, end, title)

    def named_ends_near(self, at: int) -> bool:
        """Whether a capitalised title ends within a character of ``at``."""
        return bool(self._named_ends & {at - 1, at, at + 1})

    def covers(self, at: int) -> bool:
        return 0 <= at < len(self._chars) and self._chars[at] == 1

    def end_of(self, at: int) -> int:
        """Where the span of found documents that covers ``at`` ends."""
        free = self._chars.find(0, at)
        return len(self._chars) if free < 0 else free

    def overlaps(self, start: int, end: int) -> bool:
        return 1 in self._chars[start:end]


def _not_inside_another(found: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """The documents whose name does not begin inside another's: sorted by start, one
    begins inside another when an earlier-starting one ends after its start."""
    order = sorted(range(len(found)), key=lambda i: found[i][2])
    inside: set[int] = set()
    furthest = -1  # the furthest end of those starting strictly before the current start
    group_end = -1
    previous_start = None
    for i in order:
        start, end = found[i][2], found[i][3]
        if start != previous_start:
            furthest = max(furthest, group_end)
            group_end = -1
            previous_start = start
        if furthest > start:
            inside.add(i)
        group_end = max(group_end, end)
    return [f for i, f in enumerate(found) if i not in inside]


# Outcomes a body or states issue, which the text may leave unnamed ("issued a statement").
OUTCOMES = {"resolution", "statement", "declaration", "communique", "decision"}


def is_final_outcome(title: str) -> bool:
    """Whether a title names a gathering's closing outcome rather than which one:
    "final communique", "the SCO final declaration".

    >>> is_final_outcome("GCC final communique"), is_final_outcome("Final Act of Helsinki")
    (True, False)
    """
    return re.search(r"(?i)\b(?:final|closing|concluding)\s+(?:declaration|communiqu[eé]|statement)$", title) is not None


_DECIDED = rule_pattern(r"\b(?:decided|agreed)(?:\s+(?:on|this|last)\s+\w+)?\s+to\s+(?P<what>(?:(?:re)?admit|suspend|launch|grant|"
                        r"extend|establish|create|set up|accept|appoint|elect|expel|recogni[sz]e|invite|host|open|amend|renew|"
                        r"start|begin|merge|dissolve|raise|deploy|cut|reduce|lower|increase|boost|double)\b"
                        # (a number's comma is within: "its own 7,000-strong mission")
                        r"(?:[^,;.:()\"“”]|(?<=\d)[.,](?=\d)|,\s+(?=[A-Z]|and\s))*)")
_COLLECTIVE = rule_pattern(r"\b(?:leaders|heads of (?:state|government)|ministers|members|member states|council|"
                           r"assembly|summit|delegates|bloc|organi[sz]ation|union|league|alliance|allies)\b", re.I)
_BILATERAL = rule_pattern(r"\b(?:two|both) (?:sides|countries|leaders|presidents|ministers|governments)\b|\bthe presidents\b",
                          re.I)


# ", European Council President Charles Michel said": who told of the decision, no part of
# it; nor is the gathering that took it ("at their summit in Ufa").
_SAID_AFTER = rule_pattern(r",\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w.’'\-]+\s+){0,7}?"
                           r"(?:said|says|told|announced|added|noted|stated|reported)\b|"
                           r"\s+(?:at|during)\s+(?:the|their|its|a|an|this|last)\s+(?:[\w\-]+\s+){0,3}?"
                           r"(?:summit|meeting|session|talks|conference|gathering|Assembly|Forum)\b")


def decision_in(text: str, names_body: bool) -> tuple[str, int, int] | None:
    """The decision a body takes in a sentence, as (title, start, end): "Leaders of the
    SCO decided to launch the procedure for admitting India" → "decision to launch the
    procedure for admitting India". Only a body, its council or its leaders as a whole
    decide; "the two sides agreed to hold talks" is no decision document.

    >>> decision_in("Heads of state of the African Union agreed on Monday to readmit Morocco, ending a long rift.", True)
    ('decision to readmit Morocco', 36, 71)
    >>> decision_in("The two sides agreed to expand trade.", False) is None
    True
    """
    m = _DECIDED.search(text)
    if m is None:
        return _decided_directly(text, names_body) or _decided_of_a_state(text, names_body) or _ruled(text)
    if not names_body or _BILATERAL.search(text[:m.start()]) or not _COLLECTIVE.search(text[:m.start()]):
        return None
    what = _SAID_AFTER.split(m.group("what"))[0]
    what = re.split(r"\s+(?:and (?:to )?(?:approved|signed|adopted|said|called)|which|opening|ending|paving|after|"
                    r"despite|as (?:the|a|it|they|he|she|part)|while|but|in a (?:move|step|decision))\b", what)[0]
    what = " ".join(what.split()[:20]).strip()
    return f"decision to {what}", m.start(), m.start("what") + len(what)


# A ruling of an international court or tribunal, told by its verb: "The International
# Court of Justice on Thursday ordered Myanmar to take measures ...", "ruled that ..."
_RULED = rule_pattern(r"\b(?P<court>International Court of Justice|World Court|International Criminal Court|"
                      r"International Tribunal for the Law of the Sea|Permanent Court of Arbitration|"
                      r"European Court of Human Rights|European Court of Justice|Court of Justice of the European Union|"
                      r"(?:[A-Z][\w\-]+\s+){1,3}Boundary Commission|ICJ|ITLOS)(?:['’]s)?"
                      r"(?:\s+(?:on\s+\w+|in\s+\d{4}|also|unanimously))*\s+"
                      r"(?P<verb>ruled|ordered|found|held|decided|declared)\s+(?P<what>[^;:()\"“”]+?)"
                      r"(?=,\s+(?:in|after|which|saying|the|a|an)\b|[.;]|$)")
_RULING_OF = {"ruled": "ruling", "found": "ruling finding", "held": "ruling holding", "decided": "decision",
              "declared": "ruling declaring", "ordered": "order for"}


def _ruled(text: str) -> tuple[str, int, int] | None:
    """An international court's ruling told by its verb: "ordered Myanmar to take measures
    to prevent genocide" → "order for Myanmar to take measures to prevent genocide"."""
    m = _RULED.search(text) if ("Court" in text or "Commission" in text or "ICJ" in text or "ITLOS" in text) else None
    if m is None:
        return None
    # (the day is no part of it: "ruled on Tuesday that ...", "ruled in 2016 that ...")
    what = " ".join(_WHEN_FIRST.sub("", m.group("what")).split()[:24])
    title = f"{_RULING_OF[m.group('verb')]} {what}"
    return title, m.start("verb"), m.end("what")


# Decisions a body's members take, told by the verb alone: "Leaders picked Ghana to host
# the secretariat", "the ministers granted Belarus observer status". Past tense → the
# verb a title uses.
_DECISION_VERBS = {"picked": "pick", "chose": "choose", "selected": "select", "elected": "elect",
                   "appointed": "appoint", "admitted": "admit", "readmitted": "readmit", "granted": "grant",
                   "designated": "designate", "upgraded": "upgrade", "suspended": "suspend", "expelled": "expel"}
_DECIDED_DIRECTLY = rule_pattern(
    r"^\s*(?:[\w’'\-]+,?\s+){0,8}?(?P<who>leaders|heads of (?:state|government)|ministers|members|member states|the "
    r"(?:council|assembly|summit|bloc|organi[sz]ation|union|league|alliance)|"
    # "The African Union suspended Niger's membership", "The WTO's General Council approved"
    r"(?P<named>(?-i:(?:[A-Z][\w\-]*(?:['’]s)?\s+){1,4}(?:Union|League|Council|Assembly|Organi[sz]ation|Alliance|"
    r"Community))))"
    r"(?:\s+of\s+the(?-i:(?:\s+[A-Z][\w\-]*){1,6}?))?"  # "Trade ministers of the World Trade Organization"
    r"\s+(?:(?:also|unanimously|then|formally)\s+)?(?P<verb>" + "|".join(_DECISION_VERBS) +
    r"|approved(?=\s+(?:[\w’'\-]+\s+){1,3}?(?:membership|accession|admission|application|entry)\b))"
    r"\s+(?P<what>[^,;.:()\"“”]+)", re.I)
_DATELINE_DASH = rule_pattern(r"^[^.!?]{2,80}?\s(?:-|--|—|–)\s+")
# "approved Russia's membership": a decision that a title names by the gerund, as a body's own do.
_APPROVING = {"approved": "approving"}


def _decided_directly(text: str, names_body: bool) -> tuple[str, int, int] | None:
    """A decision told by its verb alone, its members or council the subject of the
    sentence, in a story that names a body; none where the object is a document ("the
    ministers approved the resolution"), which is a document of its own.

    >>> _decided_directly("Leaders picked Ghana to host the secretariat in Accra, officials said.", True)
    ('decision to pick Ghana to host the secretariat in Accra', 8, 53)
    """
    offset = 0
    m = _DECIDED_DIRECTLY.match(text)
    dateline = _DATELINE_DASH.match(text)
    if m is None and dateline:  # "GENEVA, Dec 16 (Reuters) - Trade ministers ... approved"
        offset = dateline.end()
        m = _DECIDED_DIRECTLY.match(text[offset:])
    if m is None or not names_body or _BILATERAL.search(text[offset:offset + m.start("who") + 1]):
        return None
    if m.group("named") and not body_mentions(m.group("named")):
        return None  # "The Writers' Guild Council selected three novels": no body of states
    what = re.split(r"\s+(?:which|after|despite|as (?:the|a|it|they|he|she|part)|while|but|and (?:said|called))\b",
                    _SAID_AFTER.split(m.group("what"))[0])[0].strip()
    if re.search(rf"(?i)\b(?:{DOC_NOUN_RE})\b", what):
        return None
    # The day is no part of the decision; a place may be ("to host the secretariat in Accra").
    what = re.sub(rf"\s+(?:on|in)\s+{WHEN_WORDS}\b.*$", "", " ".join(what.split()[:20]))
    verb = m.group("verb").lower()
    title = f"decision {_APPROVING[verb]} {what}" if verb in _APPROVING else f"decision to {_DECISION_VERBS[verb]} {what}"
    return title, offset + m.start("verb"), offset + m.start("what") + len(what)


# "In other decisions, Belarus was upgraded from dialogue partner to observer": what a body
# decided of a member, told in the passive.
_DECIDED_OF_A_STATE = rule_pattern(
    r"(?P<who>\b[A-Z][\w\-]+(?:(?:,\s+|\s+and\s+|\s+)[A-Z][\w\-]+){0,8})\s+(?:was|were|has been|have been)\s+"
    r"(?:formally\s+|also\s+|unanimously\s+)?(?P<verb>upgraded|granted|admitted|readmitted|suspended|expelled|accepted)"
    r"\s+(?P<what>[^,;.:()\"“”]+)")
_GERUNDS = {"upgraded": "upgrading", "granted": "granting", "admitted": "admitting", "readmitted": "readmitting",
            "suspended": "suspending", "expelled": "expelling", "accepted": "accepting"}


def _decided_of_a_state(text: str, names_body: bool) -> tuple[str, int, int] | None:
    """A body's decision on a state told in the passive, in a story that names a body and
    of its decisions: "Belarus was upgraded to observer" → "decision upgrading Belarus to
    observer".

    >>> _decided_of_a_state("In other decisions, Belarus was upgraded from dialogue partner to observer.", True)[0]
    'decision upgrading Belarus from dialogue partner to observer'
    """
    m = _DECIDED_OF_A_STATE.search(text)
    if m is None or not names_body or not re.search(r"(?i)\bdecisions?\b|\bdecided\b", text):
        return None
    g = gazetteer()
    if not any(w in g.state_names or w in g.demonyms for w in re.split(r",?\s+(?:and\s+)?", m.group("who"))):
        return None  # a state's name: "Belarus", "Azerbaijan, Armenia, Cambodia and Nepal"
    who = re.sub(r"^(?:In|At|On|By|After)\s+", "", m.group("who"))
    what = " ".join(re.split(r"\s+(?:while|but|after|as|which|and (?:the|a|an)\s)", m.group("what"))[0].split()[:12])
    return f"decision {_GERUNDS[m.group('verb')]} {who} {what}", m.start("who"), m.start("what") + len(what)


# "The General Assembly voted overwhelmingly on Wednesday to demand that ...": a body that
# votes adopts a resolution, named by what it does.
_VOTED_TO = rule_pattern(r"\bvoted\s+(?:(?:overwhelmingly|unanimously|narrowly|again)\s+)?(?:(?:on|last|this)\s+\w+\s+)?"
                         r"(?:\([^)]*\)\s+)?to\s+(?!(?:reject|block|oppose|veto|abstain)\b)(?P<verb>[a-z]+)\s+"
                         r"(?P<what>[^;.:()\"“”]+)")
# "The Security Council on Friday extended the mandate of its mission in South Sudan": a
# council acts on a mandate or sanctions by a resolution, named by what it does.
_ORGAN_ACTED = rule_pattern(r"\b(?:Council|Assembly)\s+(?:(?:on\s+\w+|unanimously|late\s+\w+|again|also|today|yesterday)\s+){0,2}"
                            r"(?P<verb>extend|renew|impos|lift|eas)ed\s+"
                            r"(?P<what>(?:the|an?|its|new)\s+(?:[\w\-]+\s+){0,3}?(?:mandate|sanctions|embargo|mission|"
                            r"force|operation|panel)\b[^;.:()\"“”]*)")
_VOTING_BODY = rule_pattern(r"\b(?:Assembly|Council|Committee|Board|Conference)\b")
# Verbs whose last consonant doubles before -ing.
_DOUBLING = {"admit": "admitting", "expel": "expelling", "refer": "referring", "submit": "submitting",
             "commit": "committing", "permit": "permitting", "omit": "omitting"}


def resolution_voted_in(text: str, bodies_before: list[str]) -> tuple[str, int, int] | None:
    """The resolution an assembly or council adopts by a vote a sentence tells of, as
    (title, start, end), the title naming what it does ("resolution demanding that ...");
    ``bodies_before`` are the names of the bodies the sentence names before the vote.

    >>> resolution_voted_in("The General Assembly voted on Wednesday to demand a ceasefire, with 120 members in favour.",
    ...                     ["United Nations General Assembly"])[0]
    'resolution demanding a ceasefire'
    """
    m = _VOTED_TO.search(text) or _ORGAN_ACTED.search(text)
    if m is None or not any(_VOTING_BODY.search(name) for name in bodies_before):
        return None
    what = re.split(r",\s+(?:with|the|a|as|after|in|while|which)\b|\s+(?:by a vote|in a vote|after|despite|while|"
                    r"at (?:a|an|the|its|their) (?:[\w\-]+ ){0,2}?(?:meeting|session|summit))\b",
                    m.group("what"))[0]
    what = re.sub(rf"\s+(?:on|in)\s+{WHEN_WORDS}\b.*$", "", " ".join(what.split()[:20]).strip())
    # "extended the mandate of the mission until 30 April 2024": the day its term ends
    what = re.sub(rf"\s+(?:until|till|through)\s+(?:\d{{1,2}}\s+)?{WHEN_WORDS}\b.*$", "", what)
    verb = m.group("verb")
    if verb in _DOUBLING or re.fullmatch(r"[^aeiou]{1,2}[aeiou][bdgmnpt]", verb):  # "set" → "setting"
        gerund = _DOUBLING.get(verb) or verb + verb[-1] + "ing"
    else:
        gerund = (verb[:-1] if verb.endswith("e") and not verb.endswith("ee") else verb) + "ing"
    return f"resolution {gerund} {what}", m.start(), m.start("what") + len(what)


# (and "In a statement agreed at the end of the session, the leaders said ...")
_ISSUED_AFTER = rule_pattern(r"\s+(?:was\s+|were\s+)?(?:issued|adopted|read out|released|approved|agreed)\b")
# "the leaders said in a statement after the summit": the gathering's outcome
_AFTER_THE_GATHERING = rule_pattern(r"\s+(?:(?:issued|released|adopted|published)\s+)?(?:after|following|at the end of|"
                                    r"at the close of|at the conclusion of)\s+(?:the|their|a|its)\s+(?:[\w\-]+\s+){0,3}?"
                                    r"(?:summit|meeting|talks|session|conference|videoconference|gathering|ministerial)\b")
# (or its own: "met at a retreat on Friday, after which it released its communique")
_ISSUED_BEFORE = rule_pattern(r"\b(?:issued|adopted|released|approved|read out|signed|signing|initiall?ed)\s+(?:a|an|its|their)\s+$")
_LISTED_NEXT = rule_pattern(r"(?:,\s+|\s+and\s+)(?:a|an|the|its|their)\s")
# (after the name's acronym too: "signed the Regional Comprehensive Economic Partnership
# (RCEP), a trade agreement covering a third of the world")
_APPOSITIVE = rule_pattern(r"(?:\s+\([A-Z][A-Za-z]{1,9}\))?,\s+(?:a|an|the)\s+$")

WHEN_WORDS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|" \
        r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_NAMED_BEFORE_APPOSITIVE = rule_pattern(
    rf"\b(?:signed|ratified|joined|adopted|concluded|approved|initialled|initialed)\s+the\s+"
    rf"(?P<name>{_CAP_WORD}(?:\s+(?:{_CONNECTOR}\s+)*{_CAP_WORD})+?)"
    rf"(?:\s+(?:on|in|at)\s+(?:{WHEN_WORDS}|[A-Z]\w+)(?:\s+\d{{1,2}})?)?$")
# A day told first after a verb: "ruled on Tuesday that ..."
_WHEN_FIRST = rule_pattern(rf"^(?:on\s+{WHEN_WORDS}|in\s+(?:1[89]|20)\d\d|last\s+\w+|earlier\s+this\s+\w+)\s+")


# "a statement on the crisis in Myanmar": the place is what the document is about.
PLACE_AS_SUBJECT = rule_pattern(r"\b(?:crisis|situation|war|conflict|violence|peace|peace process|security|stability|"
                                r"ceasefire|truce|fighting|hostilities|elections?|reconstruction|transition)\s$", re.I)


# (a wire's bare weekday too: "signed an action plan Friday aimed at expanding ties")
_LEADING_DAY = rule_pattern(rf"^\s+(?:(?:late|early)\s+)?(?:on\s+{WHEN_WORDS}|(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                            r"Saturday|Sunday)|"
                            r"in\s+(?:1[89]|20)\d\d)"
                            r"(?:\s+(?:night|morning|evening|afternoon))?"
                            r"(?=\s+(?:on|for|with|between|concerning|regarding|to|[a-z]+ing|aimed|designed|intended|"
                            r"meant)\s)")


def _without_leading_day(tail: str) -> str:
    """A title's tail less the day it was signed on: "a bilateral agreement on Thursday on
    river transport" is the "agreement on river transport"."""
    return _LEADING_DAY.sub("", tail)


# The name an unnamed document is known by, told after it: ", known as the Bali Concord Two".
_KNOWN_AS = rule_pattern(r",?\s+(?:known|dubbed|called|named|titled|entitled)\s+(?:as\s+)?(?:the\s+)?"
                         r"(?P<name>[A-Z][\w\-'’]*(?:\s+(?:[A-Z][\w\-'’]*|\d+|(?:of|on|for|and|the)\s+[A-Z][\w\-'’]*)){0,8})")
# What an unnamed resolution would have done, had it passed.
_WOULD_HAVE = rule_pattern(r"(?:\s+(?:at|in|to)\s+the\s+(?:[A-Z][\w.\-]*\s+){0,5}[A-Z][\w.\-]*)?(?:\s+on\s+[A-Z][a-z]+day)?,?\s+(?P<what>(?:that|which) would have [a-z]+ed\s[^,;.]{3,120}?)"
                           r"(?=\s+(?:on|in|at|for|after|before|by)\s+(?:[A-Z]|a\s|an\s|the\s|\d)|[,;.]|$)")
_LEADING_VENUE = rule_pattern(r"^\s+(?:in|at)\s+(?P<place>[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?)(?=\s+(?:[a-z]+ing|on|to|for|with)\s)")


def _without_leading_venue(tail: str) -> str:
    """A title's tail less the place it was signed in: "an agreement in Cairo designating
    an economic zone" is the "agreement designating an economic zone"."""
    g = gazetteer()
    m = _LEADING_VENUE.match(tail)
    if m and (m.group("place") in g.seats or m.group("place") in g.state_names or m.group("place") in g.cities):
        return tail[m.end():]
    body = _LEADING_BODY.match(tail)
    if body is not None:
        # "a draft resolution at the Security Council on Monday calling for a pause": the
        # body it was put to, then what it says
        named = body_mentions(tail[body.end():])
        if named and named[0].start == 0:
            rest = tail[body.end() + named[0].end:]
            if re.match(r"\s+(?:[a-z]+ing|on|for|aimed|designed)\s", _without_leading_day(rest)) and \
                    not rest.startswith(" on "):
                return rest
            if rest.startswith(" on ") and _LEADING_DAY.match(rest):
                return rest
    return tail


# "at the Security Council", "to the General Assembly": the body a document is put to
_LEADING_BODY = rule_pattern(r"^\s+(?:in|at|to|before)\s+(?:the\s+)?(?=[A-Z])")


_WITH_COUNTERPART = rule_pattern(r"\s+with\s+(?:his|her|their|its)\s+(?:[\w\-]+\s+){0,2}(?:counterparts?|hosts?|guests?|"
                                 r"opposite numbers?)$|"
                                 # "a joint declaration with the Afghan government"
                                 r"\s+with\s+(?:the\s+)?(?:[A-Z][\w\-]+\s+){1,2}(?:government|side|authorities|"
                                 r"delegation|leadership)$")


def _without_cosigner(phrase: str) -> str:
    """A title less the official or government it was signed with: "a declaration with
    Israeli Prime Minister Benjamin Netanyahu", "a joint declaration with his Indian
    counterpart", "with the Afghan government" (a state after "with" stays: "an agreement
    with Serbia" is its name)."""
    if " with " not in phrase:
        return phrase
    phrase = _WITH_COUNTERPART.sub("", phrase)
    at = phrase.rfind(" with ")
    if at > 0:
        tail = phrase[at + len(" with "):]
        if any(p.end == len(tail) and p.start <= len("the ") for p in person_mentions(tail)):
            return phrase[:at]
    return phrase


def _trim_title(phrase: str) -> str:
    """Cut the time and place that follow a title: "Lima Agreement in Lima on Thursday",
    "an agreement on migration in 2019"."""
    g = gazetteer()
    phrase = re.sub(rf"\s+(?:on|in)\s+{WHEN_WORDS}\b.*$", "", phrase).rstrip(". ")
    phrase = re.sub(r"\s+in\s+(?:(?:early|late|mid-)\s*)?(?:1[89]|20)\d\d$", "", phrase)  # "... treaty in 2023"
    phrase = re.sub(r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$", "", phrase)  # "... Jerusalem Sunday"
    # "the treaty in force until Feb. 5", "the treaty in their first phone call": its state or an occasion, not its name
    phrase = re.sub(r"\s+in\s+(?:force|effect|their|his|her|its|our)\b.*$", "", phrase)
    # "ratified the Trade and Cooperation Agreement by 660 votes": a count, not the name
    phrase = re.sub(r"\s+(?:by|with|at|to|from|against)\s+\d[\d,.]*$", "", phrase)
    phrase = re.sub(r"\s+here$", "", phrase)  # "signed a convention on the legal status of the sea here": the dateline's city
    # "read out a joint statement at about 3 a.m.", "at midnight": the hour, not the name
    phrase = re.sub(r"\s+at\s+(?:(?:about|around|roughly|approximately|some)\s+)?(?:\d[\d:.]*(?:\s*[ap]\.?(?:m\.?)?)?|"
                    r"midnight|noon|dawn)$", "", phrase)
    # "a peace agreement in the Saudi city of Jeddah": where, not what
    # ("a peace agreement in the Ghanaian capital")
    phrase = re.sub(r"\s+(?:in|at) the (?:[A-Z][\w\-]+\s+)?(?:[a-z]+\s+)?(?:city|port|town|capital|resort|village)"
                    r"(?: of [A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)?$", "", phrase)
    # "the documents on the South Lawn", "at the Rose Garden": where, not what
    phrase = re.sub(r"\s+(?:on|at|in) the (?:[A-Z][\w\-]*\s+){0,3}(?:Lawn|Square|Terrace|Steps|Deck|Room|Hall|Stage|"
                    r"Balcony|Garden|Gardens)$", "", phrase)
    phrase = _without_cosigner(phrase)
    # "the Bletchley Declaration at the AI Safety Summit": the gathering it was signed at
    phrase = re.sub(r"\s+at the (?:[A-Z][\w\-]*\s+){0,5}(?:Summit|Conference|Meeting|Forum|Session)\b.*$", "", phrase)
    m = re.search(r"\s+(?:in|at)\s+([A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?)$", phrase)
    if m and (m.group(1) in g.seats or m.group(1) in g.state_names) and not PLACE_AS_SUBJECT.search(phrase, 0, m.start() + 1):
        phrase = _without_cosigner(phrase[: m.start()])  # "with Eritrean President Isaias Afwerki in Asmara"
    return phrase


_OUTCOME_SPEAKS = rule_pattern(r",?\s+(?:also\s+)?(?:called|calls|urged|urges|said|says|stated|states|noted|notes|"
                               r"expressed|expresses|condemned|condemns|welcomed|welcomes|reaffirmed|reaffirms|"
                               r"stressed|stresses|affirmed|affirms|pledged|pledges|declared|declares|demanded|demands)\b")
_STATUS_REACH = 1000


@dataclass(frozen=True)
class _StatusWords:
    """What a sentence says of the steps of the documents in it, read once however many
    documents it names (a sentence listing hundreds stays linear)."""

    words: tuple[tuple[int, str, int, int], ...]  # (rank, status, start, end) of each status word, by start
    starts: tuple[int, ...]  # the start of each word
    undone: tuple[int, ...]  # where "was not adopted", "called off" begin
    negotiation: bool  # "negotiations", "negotiated"
    negotiation_to_come: bool  # "negotiations will begin"
    completes_ratification: bool  # "completing its ratification"
    nouns: tuple[int, ...] = ()  # where each document noun begins: a step told after one is that one's
    # of each word, whether it is no step taken whatever document it is read for: one on a
    # condition ("if Parliament approves"), or a decision's day ("agreed on Thursday to")
    idle: tuple[bool, ...] = ()


_ANY_DOC_NOUN = rule_pattern(rf"(?i)\b(?:{DOC_NOUN_RE})\b")


@lru_cache(maxsize=256)
def _status_words(text: str) -> _StatusWords:
    words = tuple(sorted(((rank, status, m.start(), m.end()) for rank, (status, pattern) in enumerate(_STATUS)
                          for m in pattern.finditer(text)), key=lambda w: (w[2], w[0])))
    return _StatusWords(words, tuple(w[2] for w in words), tuple(m.start() for m in _UNDONE.finditer(text)), bool(_WEAK_DISCUSSED.search(text)),
                        bool(_NEGOTIATIONS_TO_COME.search(text)),
                        bool(re.search(r"\bcomplet\w+ (?:its |the |their )?ratification\b", text)),
                        tuple(m.start() for m in _ANY_DOC_NOUN.finditer(text)),
                        tuple(_CONDITION_BEFORE.search(text, max(0, w[2] - 40), w[2]) is not None
                              or text.startswith(("agreed on ", "Agreed on "), w[2]) and _DAY_AFTER.match(text, w[3]) is not None
                              for w in words))


# "approved the Commission's proposal for a package of sanctions": the package adopted
_PROPOSAL_APPROVED = rule_pattern(r"\b(?:approved|adopted|endorsed|accepted)\s+(?:the\s+)?(?:[\w’'\-]+\s+){0,2}"
                                  r"proposals?\s+(?:for|on)\s+(?:a|an|the)?\s*$")
# "approved their position on the pandemic treaty", "adopted its negotiating mandate on the
# migration pact": the step is the stance's; the instrument is still negotiated
_STANCE_ON = rule_pattern(r"\b(?:approved|adopted|endorsed|agreed(?: on)?|backed|finali[sz]ed)\s+(?:its|their|the|an?)\s+"
                          r"(?:[\w\-]+\s+){0,2}?(?:mandate|position|stance|report|roadmap|guidelines|recommendations?)\s+"
                          r"(?:on|for|over|regarding)\s+(?:the\s+|an?\s+)?(?:[\w\-]+\s+){0,3}$", re.I)
# "agreed on the importance of concluding negotiations for": a step wanted, not taken
_STEP_WANTED = rule_pattern(r"\b(?:importance of|need for|need to|early conclusion of)\s+(?:[\w\-]+\s+){0,5}$")
# "extended the New START treaty": the treaty binds on
_EXTENDED_AFTER = rule_pattern(r",?\s+which\s+(?:[\w\-]+\s+){0,4}?(?:extended|renewed|prolonged)\b")
_EXTENDED = rule_pattern(r"\b(?:extended|extends|renewed|renews|prolonged|prolongs)\s+(?:the |its |their )?$")


# What is left between the words of a step and the instrument it is on: "the 1997 ".
_TO_THE_INSTRUMENT = r"(?:the |its |their )?(?:\d{4} )?$"
_REPLACING = rule_pattern(r"\b(?:replace|replaces|replaced|replacing|supersede[sd]?|superseding|updating|modernising|"
                          r"modernizing|amending|(?:to|would|will) (?:update|amend|modernise|modernize))\s+"
                          r"(?:the |its |their |an? )?(?:[\w\-]+\s+){0,2}$|"
                          # "a new climate treaty to succeed the Kyoto Protocol"
                          r"\b(?:to succeed|succeeding|successor to|successor of)\s+" + _TO_THE_INSTRUMENT)
_BOUND_BY = rule_pattern(r"\b(?:withdr\w+ from|pull(?:s|ed|ing)? (?:[\w.]+ ){0,3}?out of|abide by|abides by|comply with|complies with|"
                         r"quit(?:s|ting)?|abandon(?:s|ed|ing)?|exit(?:s|ed|ing)?|renounc(?:e|es|ed|ing)|"
                         r"(?:tore|tear|tearing|tears) up|scrap(?:s|ped|ping)?|ditch(?:es|ed|ing)?|"
                         r"(?:is|are|remain|remains) bound by|"
                         r"suspend\w* (?:(?:its|their|the country's|[A-Z]\w+['’]s) )?(?:participation|membership) in|"
                         r"adhere to|violat\w+|breach(?:es|ed|ing)?(?: of)?)\s+" + _TO_THE_INSTRUMENT)
# What an instrument in force does, told as its verb: "the treaty banned ...", "the deal lifted ...".
_INSTRUMENT_BINDS = rule_pattern(r",?\s+(?:also\s+)?(?:banned|lifted|limited|required|allowed|obliged|prohibited|restricted|"
                                 r"eliminated|guaranteed|capped|committed|"
                                 r"(?P<now>bans|lifts|limits|requires|allows|obliges|prohibits|restricts|eliminates|guarantees|"
                                 r"caps|commits|aims\s+to|binds|sets\s+out))\b")
# "an extension of the New START treaty", "proposed extending the treaty": the extension is
# the step told, the treaty binds
_EXTENSION_OF = rule_pattern(r"\b(?:(?:extension|renewal|prolongation)\s+of|extend|extending)\s+" + _TO_THE_INSTRUMENT)
# (a capitalised "Under the agreement, ..." tells what the document just told of provides)
# "under a joint statement adopted Monday": the step is told right after the document
_STEP_TOLD_AFTER = rule_pattern(r"\s+(?:(?:that|which) (?:was|were) )?(?:adopted|signed|agreed|reached|struck|approved|"
                                r"ratified|sealed|issued)\b")
_UNDER = rule_pattern(r"\bunder (?:Article \d+\w* of )?(?:the )?$|\bUnder (?:an? |the (?:1[89]|20)\d\d )$|"
                      r"\bunder (?:an? |its |their )(?:(?:1[89]|20)\d\d )?$")  # "extradited under a 1978 extradition treaty"
# A programme a loan or grant is "to support": the step told is the loan's, not the programme's
_FUNDED_BY_ANOTHER_ACT = rule_pattern(r"\b(?:loan|grant|credit|financing|funds|funding|aid|package)\b[^.;]{0,80}?"
                                      r"\bto (?:support|fund|finance|help|back|boost)\s+(?:[\w'’\-]+\s+){0,5}$")
_IMPLEMENTED = rule_pattern(r"\b(?:implementation of|compliance with|adherence to|invok(?:ed|es|ing|e)|(?:limits|terms|caps|obligations|"
                            r"commitments|provisions) (?:set (?:out )?(?:by|in|under)|of|under)|"
                            # "limits on uranium enrichment set out in the 2015 nuclear deal"
                            # "the limit on enriched uranium set by the 2015 nuclear deal"
                            r"(?:set out|set|laid down|enshrined|spel(?:t|led) out|allowed|permitted|imposed) (?:in|by|under))\s+"
                            + _TO_THE_INSTRUMENT)
_ARTICLE_OF = rule_pattern(r"^(?:Articles?|Section|Chapter|Paragraph|Annex)\s+[\dIVX]+\w*\s+of\s+(?:the\s+)?")
_IMPLEMENTS = rule_pattern(r"\bimplement(?:s|ed|ing)?\s+" + _TO_THE_INSTRUMENT)


def implemented_before(text: str, start: int) -> bool:
    """Whether the sentence tells of the document at ``start`` as one implemented or
    complied with: a step it took before, at no meeting the sentence tells of."""
    if start < 0:
        return False
    near_before = words_before(text, start)[-_SHORT_CUE:]
    return bool(_IMPLEMENTS.search(near_before) or _IMPLEMENTED.search(near_before))
_IN_THE_OUTCOME = rule_pattern(r"\b(?:[Ii]n|[Ii]n a|[Ii]n the|[Ii]n their|[Ii]n its|[Aa]ccording to the|"
                               r"[Aa]ccording to their|[Aa]ccording to a)\s+$")
# A relative clause right after a document that tells it took effect later.
_LATER_IN_FORCE = rule_pattern(r"[^.;,]{0,40}?,?\s+(?:which|that)\s+(?:later\s+|then\s+|subsequently\s+|finally\s+)?"
                               r"(?:came|entered|went)\s+into\s+(?:force|effect)\b")
_IMPORTANCE_OF = rule_pattern(r"\b(?:importance of|commitment to)\s+" + _TO_THE_INSTRUMENT)
# "urged member states that have not yet done so to ratify": a step asked of others, not taken
_URGED_TO = rule_pattern(r"\b(?:urged|urges|urging|called on|calls on|calling on|directed|directs|encouraged|encourages|"
                         r"appealed to|appeals to|pressed|presses|pressing)\s+(?:[^.;]{0,80}?\s)?to\s+$")
_DEMANDED_THAT = rule_pattern(r"\b(?:insists?|insisted|demands?|demanded|wants?|wanted)\s+that\s+[^.;]{1,60}?\s+$")
# ("must still be ratified by the parliaments": a step the document has yet to take)
_STEP_TO_COME = rule_pattern(r"\b(?:will|shall|must|can|could|(?:has|have|needs?) to|(?:is|are) to|"
                             r"(?:is|are) (?:expected|due|set|scheduled|likely) to|"
                             r"(?:plans?|intends?|aims?|(?:is|are) intended) to)\s+(?:(?:soon|formally|then|also|still|yet|first)\s+)?"
                             r"(?:be\s+)?$")


def _named_between(said: _StatusWords, text: str, end: int, word: int) -> bool:
    """Whether another document is named between a document's end and a status word after
    it, not joined to it ("the Free Trade Agreement and the Framework Agreement were
    signed" share the step)."""
    i = bisect_left(said.nouns, end)
    return i < len(said.nouns) and said.nouns[i] < word and not re.search(r"\b(?:and|or)\b", text[end:said.nouns[i]])


_DAY_AFTER = rule_pattern(rf"\s*{WHEN_WORDS}\s+(?:night\s+|morning\s+|evening\s+)?to\s")
_CONDITION_BEFORE = rule_pattern(r"\b(?:[Ii]f|[Uu]nless|[Ww]hether)\s+[^,;.]{0,30}$")
_APPROVAL = rule_pattern(r"(?:approved|passed|endorsed|backed|voted)\b")


@lru_cache(maxsize=1)
def _legislature_before() -> Pattern:
    """A state's legislature as the subject of the verb that follows: "The Greek parliament
    on Friday approved", "Russia's State Duma overwhelmingly passed"."""
    legislatures = load_lexicon().concept("status-cues", "legislatures")
    return rule_pattern(rf"(?<!European )(?<![\w-])(?:{phrase_alternation(legislatures.phrases)})(?:['’]s)?"
                        r"(?:\s+(?:on\s+\w+|has|have|had|overwhelmingly|unanimously|narrowly|formally|finally|also|"
                        r"later|then|again|last\s+\w+))*\s+$")


_ADOPTED_VERB = rule_pattern(r"\b(?:adopted|adopts|passed|passes|approved|approves)\s+(?:an?|the|its)\s")


def adopted_by_a_legislature(sentence: str) -> bool:
    """Whether a state's legislature adopts what the sentence names: "The Irish parliament
    adopted a resolution calling on the government to ..." (not the European Parliament)."""
    return any(_legislature_before().search(sentence, max(0, verb.start() - 120), verb.start())
               for verb in _ADOPTED_VERB.finditer(sentence))


@lru_cache(maxsize=1)
def _legislature_after() -> Pattern:
    """A state's legislature as the agent after the verb: "was approved by parliament",
    "passed by the Senate"."""
    legislatures = load_lexicon().concept("status-cues", "legislatures")
    return rule_pattern(rf"\w+\s+by\s+(?:the\s+)?(?:[A-Z]\w+(?:['’]s)?\s+)?(?<!European )(?:{phrase_alternation(legislatures.phrases)})\b")


# Steps a document takes in order: of two told of one document, the status is the later
# ("discussed" says it took none).
STATUS_ORDER = {"discussed": 0, "proposed": 1, "draft": 2, "adopted": 3, "signed": 4, "ratified": 5, "in_force": 6}
_UNDONE_STEP = rule_pattern(r"(?i)(?:was|were|has|have|had) (?:not|never) (?:been |yet )?"
                            r"(?P<verb>adopted|approved|agreed|signed|ratified)\b")
_STEP_OF_VERB = {"adopted": "adopted", "approved": "adopted", "agreed": "adopted", "signed": "signed", "ratified": "ratified"}


def _further_step_undone(text: str, at: int, status: str) -> bool:
    """Whether the step not taken at ``at`` lies beyond ``status``, a step that binds:
    "signed the treaty in 1996 but has not ratified it" leaves it signed (a proposal not
    adopted is only discussed)."""
    m = _UNDONE_STEP.match(text, at) if status in ("adopted", "signed") else None
    return m is not None and STATUS_ORDER[_STEP_OF_VERB[m.group("verb").lower()]] > STATUS_ORDER[status]
# A step told between commas right after the document, then the main verb: "The
# withdrawal agreement, ratified by the European Parliament on Wednesday, came into force".
_APPOSITIVE_STEP = rule_pattern(r",\s+(?:which\s+(?:was|were|had\s+been|has\s+been)\s+)?[^,;.]{0,80},\s+"
                                r"(?:(?:has|have|had|was|were|formally|finally|then|also)\s+)*")


def _main_verb_further(text: str, end: int, best: tuple[int, int, str, int],
                       words: Iterable[tuple[int, str, int, int]]) -> tuple[int, int, str, int]:
    """The step the sentence's main verb gives a document whose nearest step is told in an
    apposition after it, where that verb's step is the later: the status is the furthest
    step the article reports."""
    apposition = _APPOSITIVE_STEP.match(text, end)
    if not apposition or best[2] == "discussed" or not end < best[3] < apposition.end():
        return best
    for rank, status, w_start, _ in words:
        if w_start == apposition.end() and STATUS_ORDER[status] > STATUS_ORDER[best[2]]:
            return (best[0], rank, status, w_start)
    return best


# What the words just before a document tell of its step, the first that matches:
# Where a state stands on an instrument, no step told: "has signed but not ratified" (read
# by the events too, which tell no signing of it)
SIGNED_NOT_RATIFIED = r"signed\s+but\s+(?:has\s+|have\s+)?(?:not|never)\s+(?:yet\s+)?ratified"
# A step told as a record already set: "the first country to sign", "the last to ratify"
FIRST_TO_SIGN = rule_pattern(r"\b(?:was|were|is|are|became|become|becomes)\s+the\s+(?:first|second|third|last|only|latest)\s+"
                             r"(?:[\w\-'’]+\s+){0,16}?to\s+(?P<step>sign|ratify)\s")
# (the words just before a document: "... to sign a ")
_FIRST_TO_SIGN_BEFORE = rule_pattern(FIRST_TO_SIGN.pattern + r"\s*(?:(?:an?|the)\s+)?(?:[\w\-]+\s+){0,4}$")
_SIGNED_NOT_RATIFIED = rule_pattern(rf"\b{SIGNED_NOT_RATIFIED}\s+(?:the\s+|its\s+)?(?:\d{{4}}\s+)?$")
# A step still to take, told as not taken: "has yet to ratify the agreement" (as "has not yet ratified")
_YET_TO_TAKE = rule_pattern(r"\b(?:has|have|had)\s+yet\s+to\s+(?:sign|ratify|adopt|approve)\s+(?:the\s+|its\s+)?(?:\d{4}\s+)?$")
# (or a bill to take it: "vetoed a bill that would have ratified the trade agreement",
# "voted down a bill to ratify the treaty")
_STEP_BLOCKED = rule_pattern(r"\b(?:blocked|blocks|vetoed|vetoes|prevented|prevents|stalled|derailed|rejected|rejects|"
                             r"voted\s+down|votes\s+down|defeated|struck\s+down)\s+(?:the\s+|an?\s+)?"
                             r"(?:(?:adoption|signing|approval|ratification)\s+of|"
                             r"(?:[\w\-]+\s+)?(?:bill|law|motion|decree|legislation)\s+(?:(?:on|last|this)\s+\w+\s+)?(?:(?:to|that\s+would(?:\s+have)?)\s+"
                             r"(?:ratif(?:y|ied)|approved?|adopt(?:ed)?|sign(?:ed)?)|ratifying|approving|adopting))\s+"
                             r"(?:an?|the|their|its)\s+(?:[\w\-]+\s+){0,3}$")
# A step one was kept from taking: "a dispute that has kept the two countries from signing a peace treaty"
_KEPT_FROM = rule_pattern(r"\b(?:kept|keeps|keeping|prevented|prevents|preventing|stopped|stops|barred|bars|blocked|"
                          r"blocks)\s+(?:[\w\-]+\s+){0,4}?from\s+(?:signing|ratifying|adopting|concluding|reaching)\s+"
                          r"(?:an?|the|its|their)\s+(?:[\w\-]+\s+){0,3}$")
_CUES_BEFORE = (
    (_REPLACING, "in_force"),  # "to replace the 25-year-old NAFTA", "updating a trade deal": in force until then
    (_BOUND_BY, "in_force"),  # "would no longer abide by the Minsk agreements": what binds them now
    (_UNDER, "in_force"),  # "rules for carbon markets under Article 6 of the Paris Agreement": it binds
    (_PROPOSAL_APPROVED, "adopted"),  # "approved the Commission's proposal for a 12th package of sanctions"
    (_STEP_WANTED, "discussed"),  # "agreed on the importance of concluding negotiations for a balanced RCEP"
    (_STANCE_ON, "discussed"),  # "adopted its negotiating mandate on the migration pact": the mandate's step
    (_FUNDED_BY_ANOTHER_ACT, ""),  # "approved a loan for Egypt to support its social protection programme": no step of its
    (_OPENED_NEGOTIATIONS_ON, "proposed"),  # "launched negotiations on a free trade agreement": one to come
    (_CONCLUDED_NEGOTIATIONS_ON, "adopted"),  # "concluded negotiations on a trade agreement": its text agreed
    (_FIRST_TO_SIGN_BEFORE, "signed"),  # "was the first South American country to sign a free trade agreement with China"
    (_SIGNED_NOT_RATIFIED, "signed"),  # "has signed but not ratified the Convention"
    (_YET_TO_TAKE, "discussed"),  # "has yet to ratify the agreement with Bangladesh"
    (_STEP_BLOCKED, "discussed"),  # "Hungary blocked the adoption of a joint statement": not taken
    (_KEPT_FROM, "discussed"),  # "has kept the two countries from signing a peace treaty": not taken
)
# A word each of those holds, in lower case
_CUE_WORDS = ("replac", "supersed", "succe", "updat", "moderni", "amend", "withdr", "pull", "abide", "compl", "bound",
              "quit", "abandon", "exit", "renounc", "tore", "tear", "scrap", "ditch",
              "suspend", "adhere", "violat", "breach", "under", "approv", "adopt", "endors", "accept", "importance",
              "need", "conclusion", "agreed", "back", "finali", "loan", "grant", "credit", "financ", "fund", "aid",
              "package", "negotiat", "talks", "to sign", "to ratif", "signed but", "yet to", "adoption of",
              "signing of", "approval of", "ratification of", "from ", "bill", "law", "motion", "decree",
              "legislation")


# Characters before a document that the short cues of its step need (the longest,
# "obligations set out under the 1997 ", is 35)
_SHORT_CUE = 80


def status_of(text: str, start: int, end: int) -> str | None:
    """The status the sentence gives the document named at [start, end): that of the
    nearest status word, "not" and "failed to" turning a step into "discussed"."""
    before = words_before(text, start)
    if text.startswith((" to follow", " to come"), end) or text.endswith((" to follow", " to come"), start, end):
        return "proposed"  # "a shorter declaration of peace, with a fuller agreement to follow": still to come
    low = before.lower()
    if any(word in low for word in _CUE_WORDS):  # (most text holds none: the patterns are not searched)
        for pattern, told in _CUES_BEFORE:
            if pattern.search(before) and not (pattern is _UNDER and _STEP_TOLD_AFTER.match(text, end)):
                return told or None
    said = _status_words(text)
    outside = said.words and not (start <= said.words[0][2] < end and start <= said.words[-1][2] < end)
    # The nearest word gives the status: one within a thousand characters is nearer than
    # any beyond, so only those are weighed when there are some (a sentence listing
    # hundreds of documents stays linear).
    lo, hi = bisect_left(said.starts, start - _STATUS_REACH), bisect_left(said.starts, end + _STATUS_REACH)
    near = said.words[lo:hi]
    best: tuple[int, int, str, int] | None = None
    stronger = any(status in ("adopted", "signed", "ratified") for _, status, _, _ in near or said.words)
    for i in range(lo, hi) if near else range(len(said.words)):
        rank, status, w_start, w_end = said.words[i]
        if said.idle[i]:
            continue  # "if Parliament approves the deal next week", "agreed on Thursday to delay Brexit"
        if status in ("draft", "proposed") and start <= w_start < end and outside:
            continue  # "the draft address ... was adopted", "did not sign a proposed pact": the adjective is no step
        if start < w_start < end and any(w[3] <= start and start - w[3] <= 12 for w in near or said.words):
            continue  # "signed a protocol on the exchange of the instruments of ratification": the verb's step
        if status in ("draft", "proposed") and w_start >= end and stronger and text.startswith(" by ", w_end):
            continue  # "adopted a resolution ..., tabled by Costa Rica": who proposed it, not its last step
        if w_start >= end and _named_between(said, text, end, w_start):
            continue  # "In a final statement, they said the plan did not ...": the plan's step, not the statement's
        if w_start >= end and re.match(r"\s+(?:in|under)\s+which\b", text[end:end + 16]) and \
                status in ("proposed", "draft", "discussed"):
            continue  # "a joint statement in which they undertook to finalise an agreement": what it says
        distance = 0 if w_start < end and start < w_end else min(abs(w_start - end), abs(start - w_end))
        if w_start >= end:
            distance += 5  # a verb before the noun ("signed the treaty") binds closer than one after
        if best is None or (distance, rank) < (best[0], best[1]):
            best = (distance, rank, status, w_start)
    if best is None:
        # (the patterns below are short and anchored at the end: a shorter window serves
        # them alike, and a sentence naming thousands of documents reads it for each)
        near_before = before[-_SHORT_CUE:]
        if _IMPLEMENTED.search(near_before) or (_IMPLEMENTS.search(near_before) and not re.fullmatch(
                rf"(?i)(?:[\w\-]+\s+)?(?:{DOC_NOUN_RE})", text[start:end])):
            # "requires compliance with the Paris Climate Accord": it binds (a declaration
            # complied with was adopted); so does one a state implements, named ("to
            # implement the statement of the leaders of ...", not "implement the road map",
            # one told elsewhere)
            named = _ARTICLE_OF.sub("", text[start:end])  # "Article 4 of the North Atlantic Treaty"
            return "in_force" if title_head(named).rstrip(".,;:").split()[-1].lower() in _IN_FORCE_NOUNS + ("deal", "deals") \
                else "adopted"
        if _IN_THE_OUTCOME.search(near_before) and (is_final_outcome(text[start:end]) or (
                re.fullmatch(r"(?i)joint (?:statement|declaration|communiqu[eé])", text[start:end])
                and (text.startswith(",", end)
                     or re.search(r"(?i)(?:according to an?|(?:said|say|says|announced|stated) in an?)\s+$", before)))):
            return "adopted"  # "In their final communique, they condemned ...", "In a joint statement, ...": issued
        if _IN_THE_OUTCOME.search(near_before) and _AFTER_THE_GATHERING.match(text, end) and \
                text[start:end].lower() in ("statement", "declaration", "communique", "communiqué"):
            return "adopted"  # "the leaders said in a statement after the summit": the gathering's, issued
        if _EXTENDED.search(near_before) or _EXTENDED_AFTER.match(text, end):
            # "extended the New START treaty for five years", "the New START treaty, which
            # the two countries extended in February": it binds on
            return "in_force"
        if "with " in near_before[-14:] and _ENDED_WITH.search(before):
            return "adopted"  # "wrapped up a three-day summit on Thursday with a declaration on ..."
        if _OUTCOME_SPEAKS.match(text, end) and (
                re.search(r"(?i)\b(?:declaration|communiqu[eé]|(?:joint|final) statement)$", text[start:end])
                or _NUMBERED.fullmatch(text, start, end)):
            # "The leaders' declaration called for a ceasefire", "The resolution, designated
            # ES-11/4, declares ...": issued, it speaks
            return "adopted"
        if _EXTENSION_OF.search(near_before):
            return "in_force"  # "are negotiating an extension of the New START treaty": the treaty binds
        binds = _INSTRUMENT_BINDS.match(text, end)
        reference = re.fullmatch(rf"(?P<the>(?:The|This|That)\s+)?(?:[a-z\-]+\s+)?(?i:{DOC_NOUN_RE})", text[start:end])
        if binds is not None and binds.group("now") and reference is not None and re.search(
                r"(?:^|[.;:]\s+)\s*" + ("$" if reference.group("the") else r"(?:The|This|That)\s+$"),
                words_before(text, start)):
            # "The agreement sets out the responsibilities of ...": what the one told of says,
            # whatever step it has taken (a named one binds: "The Paris Agreement commits ...")
            binds = None
        if binds is not None and title_head(text[start:end]).split()[-1].lower() in \
                _IN_FORCE_NOUNS + ("deal", "deals"):
            return "in_force"  # "The 2015 nuclear deal lifted sanctions on Iran": what it does, it binds
        if _IMPORTANCE_OF.search(near_before):
            return "discussed"  # "stressed the importance of the 1998 Adana Agreement"
        if not said.negotiation:
            return None
        # Negotiations still to open are on a document proposed: "negotiations on a free
        # trade agreement would begin soon", "recommend opening negotiations on ...".
        return "proposed" if said.negotiation_to_come else "discussed"
    best = _main_verb_further(text, end, best, near or said.words)
    if best[2] == "proposed" and best[3] >= end and _OUTCOME_SPEAKS.match(text, end) and re.search(
            r"(?i)\b(?:resolution|declaration|communiqu[eé]|statement)(?:\s+\d[\d/()\s]*)?$", text[start:end]):
        return "adopted"  # "Security Council Resolution 2254 calls for a ceasefire": it speaks, adopted
    if best[2] in ("proposed", "discussed", "adopted") and _EXTENSION_OF.search(before):
        # "proposed extending the New START treaty", "agreed to a five-year extension of": the
        # treaty binds (but "ratified an extension of" is the treaty's step)
        return "in_force"
    if best[2] in ("signed", "adopted", "ratified", "in_force") and _STEP_TO_COME.search(text, max(0, best[3] - 50), best[3]):
        # "is expected to be concluded next year", "The pact will take effect 60 days after
        # ...": a step still to take
        return "proposed"
    if best[2] in ("signed", "ratified") and _URGED_TO.search(text, max(0, best[3] - 120), best[3]):
        return "discussed"  # "urged member states to ratify the Convention": a step others are asked to take
    if best[2] in ("signed", "ratified", "adopted") and _DEMANDED_THAT.search(text, max(0, best[3] - 100), best[3]):
        return "proposed"  # "Pyongyang insists that Washington sign a non-aggression treaty": one demanded
    if best[2] == "signed" and said.completes_ratification:
        return "ratified"  # "signed the treaty, completing its ratification"
    if best[2] in ("signed", "adopted", "ratified") and _LATER_IN_FORCE.match(text, end):
        return "in_force"  # "signed a free trade agreement in 2015, which came into force in 2017": its furthest step
    if best[2] == "adopted" and _APPROVAL.match(text, best[3]) \
            and (_legislature_before().search(text, max(0, best[3] - 120), best[3])
                 or _legislature_after().match(text, best[3])) \
            and title_head(text[start:end]).split()[-1].lower() in _IN_FORCE_NOUNS + ("deal", "protocols"):
        # "the Greek parliament approved the Prespa agreement", "the withdrawal agreement was
        # approved by parliament": a state's ratification
        return "ratified"
    undone = said.undone[bisect_left(said.undone, end)] if said.undone and said.undone[-1] >= end else None
    # (not a gathering named between: "the Declaration signed at their first summit and the
    # planned summit with Trump, which Trump called off")
    if best[2] != "discussed" and undone is not None and not re.search(
            rf"(?i)\b(?:{DOC_NOUN_RE}|summit|meeting|talks|visit|conference)\b|,\s+but\b|;(?!\s+(?:this|that|it)\b)",
            text[end:undone]) \
            and not _further_step_undone(text, undone, best[2]):
        # "A stronger declaration, tabled on Thursday, was not adopted"; "a ceremony to sign
        # the agreement was called off": the step named first never happened.
        return "discussed"
    if best[2] in ("signed", "adopted", "ratified", "proposed") and re.search(
            r"\b(?:not|never|(?:failed|refused|declined)(?:\s+(?:on|late on|last|this|again)\s+\w+)?\s+to|without)"
            r"\s+(?:\w+\s+){0,3}$|\b[Nn]o\s+$", before[-60:]):
        # "has not ratified the", "has not yet ratified the", "refused to sign the" (whose
        # "to sign" alone would be a step to come), "No joint statement was issued"
        return "discussed"
    return best[2]


# "which has been signed by 52 of the 55 member states but ratified by only 19": steps
# counted over the years, by many states, at no one meeting
_COUNTED_STEPS = rule_pattern(r",?\s+(?:which|that)\s+(?:has|have|had)\s+(?:now\s+|so far\s+|already\s+)?been\s+"
                              r"(?P<first>signed|ratified|adopted|endorsed)\s+by\s+(?:more than |over |nearly |some |about |"
                              r"almost )?(?:\d+|[a-z]+)(?:\s+of\s+(?:the|its)\s+\d+)?\s+(?:countries|states|nations|"
                              r"member states|members|governments)\b(?:[^.;]{0,40}?\b(?P<then>ratified)\s+by\b)?")


def counted_steps(text: str, end: int) -> str | None:
    """The furthest step a relative clause after a document counts in states over the
    years ("which has been signed by 52 of the 55 member states but ratified by only
    19": ratified), or None when none follows it."""
    m = _COUNTED_STEPS.match(text, end)
    if m is None:
        return None
    return "ratified" if m.group("then") else {"endorsed": "adopted"}.get(m.group("first"), m.group("first"))


# Who put a document forward, in the words that tell it.
_PROPOSED_BY = rule_pattern(r"(?:upon|on|at)\s+(?:the\s+)?(?P<dem>[A-Z][\w.]+)\s+side(?:'s|’s)\s+(?:proposal|initiative)|"
                            r"\b(?P<drafter>[A-Z][\w.]+)-(?:drafted|sponsored|proposed)\b|"
                            r"(?:proposed|presented|introduced|drafted|tabled|submitted|sponsored|put forward|prepared|"
                            r"drawn up|circulated) by\s+(?:the\s+)?"
                            r"(?P<name>[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)|"
                            r"(?:at|on|upon)\s+(?P<owner>[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)(?:'s|’s)\s+"
                            r"(?:proposal|initiative|request)|"
                            # "rejected a US resolution to extend the arms embargo", "a French draft resolution"
                            r"\b(?:a|an)\s+(?P<author>[A-Z][\w.]+)\s+(?:draft\s+)?resolution\b")


def proposers_of(text: str) -> tuple[str, ...]:
    """The states (and bodies) a sentence says proposed something: "upon the Russian side's proposal",
    "proposed by Chile", "drafted by Jordan", "put forward by Germany and Belgium", "at
    Peru's initiative".

    >>> proposers_of("The text, presented by South Africa, passed."), proposers_of("It was drafted by Jordan.")
    (('ZAF',), ('JOR',))
    >>> proposers_of("The council approved a U.S.-drafted resolution.")
    ('USA',)
    >>> proposers_of("China vetoed a draft put forward by Germany, Belgium and Norway on Tuesday.")
    ('DEU', 'BEL', 'NOR')
    """
    g = gazetteer()
    m = _PROPOSED_BY.search(text)
    if not m:
        return ()
    raw = [(m.group("dem") or m.group("drafter") or m.group("name") or m.group("owner") or m.group("author") or "").strip()]
    if m.group("name"):
        # "put forward by Germany and Belgium": each state of the list
        at = m.end()
        while (more := _CO_PROPOSERS.match(text, at)) is not None and len(raw) < 12:
            raw.append(more.group(1))
            at = more.end()
    found = []
    for name in raw:
        for who in (name, name.strip(" .")):  # "U.S." keeps its stop; "Jordan." at a sentence's end loses it
            iso = g.demonyms.get(who) or g.state_names.get(who) or (g.state_names.get(who.split()[0]) if who else None)
            # (a body too: "The resolution, proposed by the European Union")
            body = g.body_names.get(who) if m.group("name") else None
            proposer = iso or (body.acronym or body.name if body is not None else None)
            if proposer:
                found.append(proposer)
                break
    return tuple(dict.fromkeys(found))


# The rest of a list of proposers, each joined to the one before.
_CO_PROPOSERS = rule_pattern(r"(?:,\s+|,?\s+and\s+)(?:the\s+)?([A-Z][\w.]+(?:\s[A-Z][\w.]+)?)")


# Instruments between states, whose proper names count as passing mentions.
_INTERNATIONAL_INSTRUMENTS = ("treaty", "agreement", "accord", "accords", "convention", "protocol", "charter",
                              "declaration", "memorandum", "pact", "deal", "agreements", "treaties")
# Instruments that, named in passing, are in force; the rest are adopted or signed once.
_IN_FORCE_NOUNS = ("treaty", "treaties", "agreement", "agreements", "accord", "accords", "convention", "protocol",
                   "charter", "pact", "statute", "covenant")
# Words that open a phrase, not a name: "Under the Treaty".
_NOT_NAME_WORDS = ("under", "in", "with", "by", "to", "from", "for", "on", "at", "after", "before", "as", "a", "an",
                   "this", "that", "its", "their", "his", "her")
_TITLE_CUT = rule_pattern(r"\s+(?:of|for|on|between|to|with|against|concerning|that|which|saying|calling)\s+")


def title_head(title: str) -> str:
    """The words of a title before what it is about: "Human Life Protection Act",
    "resolution" of "resolution to establish rules"."""
    return _TITLE_CUT.split(title, maxsplit=1)[0].strip()


def is_named_instrument(title: str) -> bool:
    """Whether a title is the proper name of an instrument between states: capitalised
    words ending in Treaty, Agreement, Accord, Convention... ("Paris Climate Accord"), or
    such a noun named by its subject ("Treaty on the Eurasian Economic Union"). A
    convention needs its subject: "the Texas Haunters Convention" is a gathering.

    >>> [is_named_instrument(t) for t in ("the Paris Agreement", "agreement on trade", "Under the Treaty",
    ...  "Convention on the Rights of the Child", "Texas Haunters Convention", "Paris climate agreement",
    ...  "Chinese trade deal")]
    [True, False, False, True, False, True, False]
    """
    if known_instrument(title):
        return True  # named as the resolution data knows it: "NAFTA", "Minsk II"
    whole = re.sub(r"^(?:the|The)\s+", "", title).strip()
    whole = re.sub(r"^(?:1[89]|20)\d\d\s+(?=[A-Z])", "", whole)  # "the 2015 Paris climate accord": named all the same
    head = title_head(whole)
    words = head.split()
    if not words or words[0].lower() in _NOT_NAME_WORDS or words[-1].lower() not in _INTERNATIONAL_INSTRUMENTS:
        return False
    named = [w for w in words[:-1] if w[:1].isupper() or w[:1].isdigit()]
    described = [w for w in words[:-1] if not (w[:1].isupper() or w[:1].isdigit()) and w not in ("and", "of", "the")]
    if words[-1][:1].isupper() and described:
        return False
    if words[-1][:1].islower() and (len(described) > 2 or not words[0][:1].isupper()
                                    or not _named_by_a_place_or_acronym(named)):
        return False  # "the New START treaty", "the Paris climate agreement"; not "the Chinese trade deal"
    if words[-1].lower().startswith("convention"):
        return head != whole
    return len(words) >= 2 or head != whole


def _named_by_a_place_or_acronym(words: list[str]) -> bool:
    """Whether capitalised words before a lower-case instrument noun name it: a city ("the
    Minsk agreements", "the Oslo accords") or an acronym ("the New START treaty", "the EU
    treaty"); not a state or a people's ("the Chinese trade deal", "Iran's deal"), which
    tell whose, nor a year or a region ("the 1994 agreement", "the Indo-Pacific pact")."""
    g = gazetteer()
    if any(w in g.demonyms or w in g.state_names for w in words):
        return False
    return any(w in g.seats or (len(w) >= 2 and w.isupper() and w.isalpha()) for w in words)


def passing_status(title: str) -> str | None:
    """The status of an instrument named in passing, with no step of its own in the
    sentence: a treaty or an agreement known by its proper name is one in force ("until
    Sweden joined the Paris Agreement"); a declaration or a memorandum has no status so
    told.

    >>> passing_status("the Paris Agreement"), passing_status("Kuala Lumpur Declaration")
    ('in_force', None)
    """
    if not is_named_instrument(title):
        return None
    return "in_force" if title_head(title).split()[-1].lower() in _IN_FORCE_NOUNS else None
