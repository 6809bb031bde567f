"""Events in a sentence: the trigger word that gives the type, the venue, the actors,
the body whose meeting it is, and how events of one article fold together.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import overload

from kg.extraction.dates import MEET_IN_THE_PRESENT, DateMention
from kg.extraction.documents import DOC_NOUN_RE, SIGNED_NOT_RATIFIED, known_instrument
from kg.extraction.lexicon import load_lexicon, phrase_alternation
from kg.extraction.mentions import (CALENDAR_WORDS, OFFICE_WORDS, SEAT_BUILDINGS, BodyHit, PersonHit, StateHit,
                                   body_mentions, is_attribute, is_source, person_mentions, state_mentions)
from kg.extraction.reference import RefBody, gazetteer
from kg.extraction.rule_patterns import Pattern, rule_pattern
from kg.extraction.text import TRAILING_WHO_ASIDE, WHO_ASIDE, Sentence, words_before
from kg.facts import Event, Evidence

__all__ = [
    "ABSENCE", "ANAPHORA", "ANOTHER_CALL", "BLOC", "BOUNDARY", "CONTINUES", "EventDraft", "NEGATED_EVENT", "SIDELINES", "actors_in", "body_for_event",
    "body_ref", "can_date_event", "city_in", "coordinated_dates", "council_kind", "country_of_dateline",
    "dialogue_name", "event_span", "event_type", "finish_events", "kind_by_participants", "merge_event", "modality_of", "near", "opened_before", "reacts",
    "second_types", "without_idle_demonyms", "REGIONAL_PEOPLES", "REGIONS", "LEADERS_OF_A_REGION", "WORLD_LEADERS", "IN_A_STATEMENT", "SPEAKS_FOR", "TO_COME",
    "GATHERING_TO_COME",
]

# Triggers that need the words around them, by the lexicon concept whose type they give;
# the plain trigger phrases are data (ontology/lexicon/triggers.ttl).
# "European leaders", "Arab foreign ministers": officials of a region's states
REGIONAL_PEOPLES = phrase_alternation(load_lexicon().concept("actor-references", "regional-peoples").phrases)
# "World leaders met in Berlin": the leaders of many states (not "business and world
# leaders", nor "world leaders of the fashion industry")
WORLD_LEADERS = r"(?<!\band )\b(?:[Ww]orld|[Gg]lobal) leaders\b(?!\s+(?:of|in|from)\b)"
# "the presidents of South America": the officials of a region's states, by its name
REGIONS = phrase_alternation(load_lexicon().concept("actor-references", "regions-as-a-side").phrases)
LEADERS_OF_A_REGION = (rf"\b(?:leaders|presidents|heads of state(?: and government)?|heads of government)\s+of\s+"
                       # (not a format's side: "the leaders of Africa and the EU", "Central Asia-China")
                       # (nor a region's other bodies: "the presidents of South America's football federations")
                       rf"(?-i:{REGIONS})\b(?!\s*-|['’]s\b|\s+(?:and\s+)?(?:the\s+)?(?-i:[A-Z]))")
# The standing organs whose vote or speech is a session of theirs
_VOTING_ORGANS = ("General Assembly|Security Council|World Health Assembly|Human Rights Council|Permanent Council|"
                  "Ministerial Council|Board of Governors|Executive Board|Peace and Security Council")
# The heads of a state's other institutions: "the leaders of the G7 nations' central banks".
_OF_OTHER_INSTITUTIONS = (r"[^.;]{0,60}?['’]s? (?:central banks|companies|firms|parties|businesses|churches|universities|"
                          r"federations|unions)\b")
_TRIGGERS_IN_CONTEXT = {
    # "in a call with his Turkish counterpart"; readouts say "spoke with" an official for a call
    # (not "a courtesy call from the visiting minister", a visit in person)
    # ("Secretary Blinken's call with Kuleba on Monday")
    "trigger-call": r"(?i:(?:\b(?:a|the|their|his|her)|['’]s) (?:(?!courtesy )\w+ )?call (?:with|between|from)\b|"
                    # "discussed Ukraine on a call on Monday", "In a call on Tuesday, ..."; not "a call for a ceasefire"
                    r"\b(?:on|during|in) (?:a|the|their) (?:(?!courtesy )\w+ )?call\b(?! for| to| on (?:the|all|\w+ to)\b)|"
                    r"\b(?:spoke|spoken|speaks) (?:(?:today|yesterday|again|twice|separately|earlier|later|briefly|also|on \w+day) )?(?:with|to) "
                    r"(?=(?:his |her |their |the )?(?:[\w.'’\-]+ ){0,3}(?:counterparts?|President|"
                    r"Prime|Premier|Chancellor|(?:Foreign |Defen[cs]e )?Minister|Secretary|King|Emir|Crown|Sultan)\b)|"
                    # "Macron spoke with Putin on Sunday", "spoke to Erdogan for two hours": a
                    # leader named alone, then when or how long (the actors decide whether he
                    # is an official; "spoke to Reuters on Monday" has no second side)
                    r"(?-i:\b(?:spoke|speaks) (?:with|to) (?=(?:(?:el|al|de|van|von|bin|ibn|da|di)[\- ])?"
                    r"[A-Z][\w\-’']+(?: [A-Z][\w\-’']+){0,2}"
                    r"(?: on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)| for (?:about |nearly |more than |almost )?"
                    r"(?:an|one|two|three|four|\d+|ninety|forty|fifty) (?:hours?|minutes)| late on\b| earlier (?:on|today)\b)))|"
                    # "called French President Jacques Chirac on Tuesday", "called his Turkish counterpart":
                    # an official on the line (not "called the President a liar", nor "called on")
                    r"(?-i:\bcalled (?:his |her )?(?:[A-Z][\w\-]+ ){0,2}(?:counterparts?|President|Prime Minister|Premier|"
                    r"Chancellor|(?:Foreign |Defen[cs]e )?Minister|Secretary of State|King|Emir|Crown Prince|Sultan)"
                    r"(?: [A-Z][\w\-’']+){0,4}(?=,? (?:on \w+day|yesterday|today|late|earlier|again|twice|by phone)\b|[,.;]|$))|"
                    # "Macron called Scholz on Monday.": a name, then only the day (not "called
                    # Smith a liar on Monday")
                    # (broadcast style: "had called Mr. Putin Tuesday to urge a quick solution")
                    r"(?-i:\bcalled (?:(?:Mr|Mrs|Ms)\.? )?(?:[A-Z][\w\-’']+ ){1,3}(?:(?:on )?(?:Monday|Tuesday|Wednesday|"
                    r"Thursday|Friday|Saturday|Sunday)|"
                    r"yesterday|today|late on \w+day|again on \w+day)(?=[.,;]|\s+(?:to|and|after|amid|as|ahead|before)\b))|"
                    # "Erdogan called Tebboune on Monday to congratulate him"
                    r"(?-i:\bcalled (?:[A-Z][\w\-]+ ){1,5}(?:on \w+ |late \w+ |again )?to "
                    r"(?:congratulate|discuss|express|offer|thank|convey|review|exchange)\b))",
    # "The Chinese premier visits Japan on Saturday": the verb, before the place visited
    # (not the noun: "resume regular visits between their leaders", "visits by tourists")
    "trigger-visit": r"(?-i:\bvisits\s+(?:the\s+)?[A-Z])",
    # "Leaders of the EAC and SADC met": a summit of the bodies named.
    # (not "Leaders of the G7 nations' central banks met": another institution's heads)
    "trigger-summit": rf"\b(?i:leaders) of (?:the )?(?:\d+ )?[A-Z](?!{_OF_OTHER_INSTITUTIONS})[^.;]{{0,80}}?"
                      r"\b(?i:met|meet|gathered|gather|convened|convene)\b|"
                      # "Leaders of 20 countries and the African Union met in Paris"
                      r"\b(?i:leaders|presidents|heads of state|heads of state and government) of (?:more than |some |about |over )?"
                      r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of) (?:[A-Z][\w\-]* ){0,3}"
                      r"(?:countries|nations|states|economies|member states)\b"
                      r"(?=[^.;]{0,60}?\b(?i:met|meet|gathered|gather|convened|convene)\b)|"
                      # "Lula hosted the presidents of 11 South American countries": their summit
                      r"\b(?i:hosted|hosts|hosting|welcomed|received) (?:the )?(?i:leaders|presidents|heads of state|"
                      r"heads of state and government) of (?:more than |some |about |over )?"
                      r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of) (?:[A-Z][\w\-]* ){0,3}"
                      r"(?:countries|nations|states|economies)\b|"
                      # "The presidents of South America gathered in Brasilia": a region's leaders
                      rf"{LEADERS_OF_A_REGION}(?=[^.;]{{0,60}}?\b(?i:met|meet|gathered|gather|convened|convene)\b)|"
                      # "European leaders met in Brussels": a region's leaders, their summit
                      rf"\b(?:{REGIONAL_PEOPLES}) (?:leaders|heads of state|heads of government)\b"
                      r"(?=[^.;]{0,60}?\b(?i:met|meet|gathered|gather|convened|convene|held (?:a|an|their) "
                      r"(?:[\w\-]+ ){0,2}(?:meeting|summit)))",
    # "Xi opened the third Belt and Road Forum": a named forum its host opens or closes is a
    # conference (not one attended, which may be weeks past, nor "the forum said")
    "trigger-conference": r"(?-i:\b(?:opened|opens|hosted|hosts|hosting|closed|convened)\s+(?:the\s+)?(?:(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|"
                          r"sixth|seventh|eighth|ninth|tenth|annual)\s+)?(?:[A-Z][\w\-]*\s+(?:and\s+|of\s+(?:the\s+)?)?){1,5}"
                          r"Forum\b)",
    # A vote or a speech at a standing body is a session of it. Anchored at the start, so
    # that the look-ahead runs once, not at every position.
    "trigger-session": r"(?i:\A(?=.*?\b(?:adopted|adopt|adopting|voted|vote|voting|vetoed|rejected|approved|passed|authori[sz]ed|recommended|decided|"
                       # (not "met ... before the Security Council vote": a vote still to come)
                       r"endorsed|elected|speech|address(?:ed)?)\b).*?(?<!before the )(?<!ahead of the )"
                       rf"\b(?:{_VOTING_ORGANS})\b"
                       # (not "Security Council Resolution 2231, which endorsed the deal": a resolution named)
                       r"(?!\s+Resolutions?\s+\d))|"
                       # "the Security Council on Friday extended the mandate of its mission"
                       r"\b(?:General Assembly|Security Council)\s+(?:(?:on\s+\w+|unanimously|late\s+\w+|again|also|today|"
                       r"yesterday|this (?:morning|afternoon|evening))\s+){0,2}"
                       r"(?=(?:extended|renewed|imposed|lifted|eased)\b)|"
                       # "the U.N. Security Council is debating a U.S.-drafted resolution"
                       rf"\b(?:{_VOTING_ORGANS})\s+(?:(?:on\s+\w+|is|was|were|are|has|have|will|again|also|today|yesterday|"
                       r"began|begins|opened)\s+){0,2}(?:debated|debating|debate|debates|held (?:a|an|its) (?:[\w\-]+ )?debate)\b|"
                       # "The World Health Assembly opened virtually on Monday": the organ's session
                       r"\b(?:(?:General Assembly|World Health Assembly|Human Rights Council|Parliamentary Assembly)|"
                       # "The World Health Organization's annual assembly opened in Geneva": a body's own assembly
                       r"(?<=['’]s )(?:annual |general )?assembly)\s+"
                       r"(?:(?:on\s+\w+|today|yesterday|formally|virtually|online|again|in\s+[A-Z]\w+)\s+){0,2}"
                       r"(?=(?:opened|convened|closed|resumed|wrapped up|concluded)\b)",
    # "called on the president at his residence": a courtesy call; "called on Iran to stop" is no meeting.
    # (not "called on NATO in a speech": a body or state is asked, no one is visited)
    "trigger-courtesy": r"\bcalled on (?:the |his |her )?(?P<callee>[A-Z])(?![^.;]{0,200}\bto [a-z]+)"
                        r"(?![^.;]{0,60}\bin a (?:speech|statement|letter|post|tweet))",
    "trigger-talks": r"(?i:\bheld (?:\w+ ){0,3}consultations\b|\bround of (?:[\w\-]+ ){0,3}consultations\b|\bheld (?:a |an )?(?:[\w\-]+ ){0,2}conversation\b|"
                     r"\bhosted (?:his|her|their) (?:\w+ )?counterparts?\b|"
                     # "received his Argentine counterpart", "hosted French President Macron"
                     r"\b(?:received|receives|receiving|hosted|hosts|hosting|(?<=will )host|(?<=to )host|welcomed|welcomes|"
                     r"welcoming)\s+"
                     # (where and when first: "received at the Republican Palace today the UN envoy")
                     r"(?:(?:at|in)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w\-]*\s+){1,4}(?:(?:today|yesterday|on\s+\w+)\s+)?)?"
                     r"(?!by\b)(?:his |her |their |the )?(?:visiting )?"
                     # (not "welcomed remarks by German Chancellor Scholz": his words, not him)
                     r"(?!(?:[\w'’\-]+ )?(?:remarks|comments|statements?|decisions?|proposals?|offers?|moves?|"
                     r"calls?|announcements?|plans?|initiatives?|efforts?|words|support|pledges?|stance|position|"
                     r"role|visit) (?:by|of|from|for) )"
                     r"(?:[\w.'’\-]+ ){0,3}?(?:counterparts?|President|Prime Minister|Premier|Chancellor|"
                     r"(?:Foreign )?Minister|King|Emir|Crown Prince|Sultan|Secretary|Secretary-General|delegation|leaders?|"
                     r"Ambassadors?|[Ee]nvoys?|(?:intelligence|security|army|military|spy) (?:chief|head))\b|"
                     # "received Lula at the chancellery": a name alone, then where or when
                     # "welcomed Xi Jinping to the Kremlin": a guest brought to a place
                     r"\b(?:received|hosted|welcomed)\s+(?-i:(?:[A-Z][\w\-]+\s+){0,2}[A-Z][\w\-]+\s+(?:at|in|on|for|"
                     r"to\s+(?:the\s+)?[A-Z])\s?)|"
                     # "received His Excellency William Ruto, President of the Republic of Kenya": a
                     # name, then the office in apposition
                     r"\b(?:received|hosted|welcomed)\s+(?-i:(?:(?:His|Her)\s+(?:Excellency|Highness|Majesty|Royal\s+Highness)\s+)?"
                     r"(?:[A-Z][\w\-]+\s+){0,3}[A-Z][\w\-]+,\s+(?:the\s+)?(?:[A-Z][\w\-]+\s+){0,2}(?:President|"
                     r"Prime Minister|Premier|Chancellor|Minister|King|Emir|Crown Prince|Sultan|Secretary))|"
                     # "discussed the gas dispute with European Commission officials"
                     r"\bdiscussed\s+(?:[\w\-]+\s+){1,6}?with\s+(?:his |her |their |the )?(?:[\w.'’\-]+ ){0,3}?"
                     r"(?:counterparts?|President|Prime Minister|Premier|Chancellor|(?:Foreign )?Minister|King|Emir|"
                     r"Crown Prince|Sultan|Secretary|Secretary-General|officials|delegation)\b|"
                     # "discussed Ukraine with Macron on Monday": an official by name alone
                     r"\bdiscussed\s+(?:[\w\-]+\s+){1,6}?with\s+(?-i:[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2})"
                     r"(?=\s+(?:on|in|at|during|by|over|late|earlier|last|this)\b|[,.;]|$)|"
                     r"\b(?:will|would|to|shall)\s+(?:\w+\s+)?meet\b|"
                     # "Biden and Xi meet for the first time": a timeline's or a headline's present
                     r"(?-i:\b[A-Z][\w\-]+ and [A-Z][\w\-]+ meet\b)|"
                     # "Blinken meets Xi in Beijing": one named met (not "meets the criteria", nor
                     # "meets NATO requirements": a body's or a state's standard fulfilled)
                     r"(?-i:\bmeets (?:his |her )?(?![A-Z][\w.\-]*(?:\s+[\w\-]+){0,2}?\s+(?:requirements|standards|rules|"
                     r"criteria|demands|targets|conditions|obligations|expectations|needs|norms|guidelines|benchmarks)\b)"
                     r"[A-Z])|"
                     # "after meeting Olmert", "is meeting his counterpart": the verb, talks
                     r"\b(?:after|before|while|when|is|are|was|were|been)\s+meeting\s+(?:with\s+)?"
                     r"(?:(?:his|her|their|the)\s+)?(?-i:[A-Z])|"
                     # "EU leaders meet in Brussels on Thursday": a preview in the present tense
                     rf"{MEET_IN_THE_PRESENT}|"
                     # "Szijjarto was received by President Tokayev", "was welcomed by Saudi Crown Prince"
                     # "Scholz was hosted by Xi", "received by U.S. Secretary of State Blinken" (a guest
                     # by name: "the ceremony was hosted by", "the Summit was hosted by" is an occasion)
                     r"(?:\b(?:was|were|had been|has been) (?:received|welcomed|greeted)|"
                     r"\b(?-i:(?!Summit|Conference|Forum|Meeting|Ceremony|Dinner|Games|Congress)[A-Z][\w\-]+) "
                     r"(?:was|were|had been|has been) hosted) by (?:the )?(?:[\w.'’\-]+ ){0,3}?"
                     r"(?:President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Crown Prince|Sultan|"
                     r"(?:Foreign )?Minister|Secretary(?:-General| of State)?)\b)",
}


def _event_triggers() -> list[tuple[str, Pattern]]:
    """(event type, pattern) in the order the types are tried, from the lexicon: each
    concept's phrases in any case as whole words, or its trigger in context."""
    concepts = sorted(load_lexicon().scheme("event-triggers").values(), key=lambda c: c.rank or 0)
    out = []
    for c in concepts:
        parts = [rf"(?i:(?<!\w)(?:{phrase_alternation(c.phrases)})(?!\w))"] if c.phrases else []
        parts += [_TRIGGERS_IN_CONTEXT[c.key]] if c.key in _TRIGGERS_IN_CONTEXT else []
        out.append((c.label, rule_pattern("|".join(parts))))
    return out


_EVENT_TRIGGERS = _event_triggers()
# Phrases that hold a trigger word but tell of no event ("a news conference", "was met
# with applause"), blanked out before triggers are looked for.
_FALSE_TRIGGERS = rule_pattern(r"(?i:(?<!\w)(?:{})(?!\w))".format(phrase_alternation(
                               [p for c in load_lexicon().scheme("false-triggers").values() for p in c.phrases])))


def _without_false_triggers(text: str) -> str:
    """The text with its false triggers blanked, offsets kept."""
    return _FALSE_TRIGGERS.sub(lambda m: " " * len(m.group(0)), text)


# One side's absence: "will not attend", "decided to skip", "pulled out of".
ABSENCE = (r"(?:will|would|did|does|do|to) not (?:attend|take part in|participate in)|"
           r"(?:won't|wouldn't|didn't|doesn't|don't|won’t|didn’t) (?:attend|take part in|participate in)|"
           r"(?:will|would|to|decided to) skip|pulled out of")
NEGATED_EVENT = rule_pattern(r"\b(?:cancel(?:l)?ed|called off|postponed|did not take place|never (?:met|held)|"
                             # "has signed but not ratified the Convention": where a state stands, no signing told
                             rf"{SIGNED_NOT_RATIFIED}|"
                             # "only exchanged pleasantries and held no talks"
                             r"(?:held|had|hold|have|holds|has) no (?:formal |bilateral |direct |separate )?"
                             r"(?:talks|meeting|meetings|discussions|contact)|"
                             r"denied (?:reports|claims|rumou?rs|that)|denied (?:on \w+ |\w+ ){1,3}?that|"
                             # "will not meet in Brussels this week as planned"
                             r"(?:will|would|did|does|do|shall) not (?:meet|visit|travel|go ahead|host|hold)|"
                             # "shook hands at a dinner but did not hold talks"
                             r"(?:did|will|would) not hold (?:any |formal |bilateral |separate )?(?:talks|a meeting|meetings)|"
                             r"(?:won't|wouldn't|didn't|won’t|wouldn’t|didn’t) (?:meet|visit|travel|go ahead)|"
                             # "no meeting between Putin and Biden was planned"
                             r"\bno (?:bilateral |separate |formal |direct )?(?:meeting|talks|summit|call|visit) "
                             r"(?:between|with|of|is|was|are|were|has|had|will)|"
                             # "Biden has yet to speak with Xi since taking office"
                             r"(?:has|have|had|is|are|was|were) yet to (?:\w+ )?(?:meet|speak|talk|hold|visit|sign|call)|"
                             rf"{ABSENCE}|"
                             # "The junta declined to meet the ECOWAS mediators"
                             r"(?:declined|refused|declines|refuses|refusing|declining) to (?:meet|attend|hold|"
                             r"take part|participate|receive|host|visit)|"
                             # "China has turned down Japan's request for a meeting between the premiers"
                             r"(?:turned down|turns down|rejected|rejects|refused|refuses|declined|declines) "
                             r"(?:[\w\-]+(?:['’]s)? ){0,2}(?:request|requests|offer|invitation|proposal) for "
                             r"(?:a |an |the )?(?:[\w\-]+ )?(?:meeting|talks|summit|visit|call)|"
                             # "still intends to visit Japan but no date has been fixed for the trip"
                             r"\bno date (?:has|had) (?:yet )?been (?:fixed|set|agreed)|"
                             # "the Kremlin said there were no plans for talks with Ukraine"
                             r"no (?:immediate |current |concrete )?(?:plans?|intention|intentions) (?:for|to)|"
                             r"(?:there (?:is|are|was|were|will be) no|ruled out|rules out|ruling out) "
                             r"(?:\w+ )?(?:talks|meeting|meetings|negotiations|summit|call|visit)|"
                             # "A meeting between Putin and Zelensky has been ruled out", "talks with Ukraine
                             # were impossible": none to come
                             r"(?:been|was|were|is|are) ruled out|"
                             r"(?:talks|meeting|meetings|negotiations|summit|visit)\b[^.;]{0,60}?\b(?:is|are|was|were|would be|"
                             r"will be|remains?|remained) (?:impossible|out of the question|off the table)|"
                             # "abandoned a planned visit to the mosque": given up
                             r"(?:abandoned|scrapped|shelved|put off)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w\-]+\s+){0,2}?"
                             r"(?:visit|trip|meeting|talks|summit|call|tour)|"
                             # "Netanyahu had been due to fly to Abu Dhabi", "was to have met": what was to
                             # be and is told as not being
                             r"(?:had been (?:due|scheduled|set|expected|slated|supposed|meant|planning)|(?:was|were) "
                             r"(?:supposed|meant)) to (?:\w+ )?(?:meet|visit|travel|fly|go|attend|hold|sign|arrive|host|"
                             r"land|take part|speak|talk|open|begin|start|convene|take place|be held)\b|"
                             # "The APEC leaders' meeting had been scheduled for 16 and 17 November"
                             # (not one moved: "which had been scheduled for June at Camp David, until September")
                             r"had been (?:scheduled|set|planned|slated) for\b(?![^.;]*\b(?:until|till|moved|rescheduled)\b)|"
                             r"(?:was|were) to have (?:met|visited|travell?ed|flown|gone|"
                             r"attended|held|signed|arrived|hosted|landed|taken part|spoken|talked)\b|"
                             # "Peace talks have been frozen since 2022": no talks, only their absence
                             r"(?:have|has|had) been (?:frozen|stalled|suspended|on hold|deadlocked)|"
                             # "two years of talks with Iran have reached a dead end": where they stand
                             r"(?:have|has|had) reached (?:a|an) (?:dead end|impasse|deadlock|stalemate)|"
                             r"(?:remain|remains|remained) (?:frozen|stalled|suspended|on hold|deadlocked))\b", re.I)


@dataclass
class EventDraft:
    """An event being assembled from one or more sentences."""

    type: str
    date: str | None
    end_date: str | None
    city: str | None
    country: str | None
    body: RefBody | None
    participants: list[str] = field(default_factory=list)
    chair: str | None = None
    host: str | None = None
    name: str | None = None
    sentence: Sentence | None = None
    modality: str = "happened"
    dated: bool = True  # the date comes from the text, not from the dateline or publication
    placed: bool = True  # the place comes from the text, not from the dateline


# "the bloc", "the Forum's leaders": the body named before; "the Organization of Islamic
# Cooperation" is a name of its own.
BLOC = rule_pattern(r"(?i:\bthe (?:bloc|organi[sz]ation|alliance|grouping|union|league|community|forum)(?:'s|’s)?\b)"
                    r"(?!\s+(?:of|for)\b|\s+[A-Z])|\b(?:the )?[Aa]llies\b")
_ONLY_PROPOSED_TO_HOLD = rule_pattern(r"\b(?:proposed|proposes|recommended|recommends|suggested|suggests)\s+(?:on\s+\w+\s+)?"
                                      r"to\s+(?:open|start|launch|begin|hold|resume|convene)\s+(?:[\w\-]+\s+){0,2}$")
_MANDATE_OF = rule_pattern(r"\b(?:mandates?|budget|funding|work|activities|withdrawal|drawdown)\s+of\s+(?:the\s+)?$")
_SOLDIERS_MEET = rule_pattern(r"\b(?:troops|soldiers|marines|servicemen|paratroopers)\s+(?:\w+\s+)?(?:met|meet|meets)\b")
_TROOPS = rule_pattern(r"\b(?:troops|soldiers|forces|peacekeep\w*|refugees|migrants|contingent)\b", re.I)
# "on the sidelines of the summit" puts talks beside a summit; "the summit, on the margins
# of which they will meet" names the summit first.
# ("On the sidelines, Abiy met Isaias": of the gathering the story told)
SIDELINES = rule_pattern(r"\b(?:on|at) the (?:sidelines|margins)(?: of\b(?! which)|(?=,))", re.I)


# A visit told in an aside about one who met: ", who is in the United States on an official".
_VISIT_ASIDE = rule_pattern(r",\s+who\s+(?:is|was|are|were)\s+(?:[\w\-]+\s+){0,6}?on\s+(?:an?|his|her|their)\s+"
                            r"(?:[\w\-]+\s+){0,2}$")
_ARRIVED_ASIDE = rule_pattern(r",\s+who\s+(?:has\s+|had\s+)?arrived in\s*$")
_FIRST_TO_VISIT = rule_pattern(r"\bthe (?:first|second|third|latest|only|last) (?:[\w\-]+ ){0,4}?to $")
_MET_BEFORE = rule_pattern(r"\b(?:met|meets|meeting|held talks|talked|spoke)\b")


# Words before a gathering still to come: "ahead of the summit", "on the eve of the G20 summit".
TO_COME = r"\b(?:[Aa]head of|[Oo]n the eve of|[Ii]n the run-up to|[Ii]n preparation for|to prepare(?: for)?|preparing for|" \
          r"(?:as|while) (?:the )?(?:[\w\-]+ ){0,2}(?:prepared|prepares) for|" \
          r"(?:(?:just|only)\s+)?(?:(?:a|one|two|three|four|five|six|few|several)\s+)?(?:days|hours|weeks|day|week)\s+before)"
# (the trigger next: "ahead of the summit"; not "on the eve of the summit after talks with
# Kristersson", talks after another gathering's name)
_UPCOMING_BEFORE = rule_pattern(r"\b(?:upcoming|forthcoming|planned|coming)\s+$")
_TRIGGER_TO_COME = rule_pattern(rf"{TO_COME}\s+(?:(?!(?:summit|meeting|conference|session|visit|talks)\b)"
                                r"[\w'’\-]+\s+){0,4}$")
_VIDEO = rule_pattern(r"(?i)video(?:[- ]?conference| link| meeting| talks)|(?:virtual|online) (?:meeting|talks)")
_OF_LEADERS = rule_pattern(r"\s+(?:call\s+)?(?:of|with|among|between)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?"
                           r"(?P<who>leaders|heads of state|heads of government|(?:[\w\-]+\s+)?ministers)\b", re.I)
# "a proposal that leaders will discuss in a videoconference on Tuesday": their gathering, held online
_HOSTED_BY = rule_pattern(r",?\s+(?:co-?hosted|hosted|organi[sz]ed|co-organi[sz]ed|convened|co-chaired|chaired)\s+by\b")
# "EU leaders held a videoconference": theirs too, but not "the two leaders held a video
# conference", a call between two
_LEADERS_BY_VIDEO = rule_pattern(r"(?<!\btwo )(?<!\bboth )\b(?P<who>leaders|heads of state|heads of government|"
                                 # ("Ministers from the OPEC+ group agreed at an online meeting")
                                 r"(?:[\w\-]+\s+)?ministers)\s+(?:will|would|are to|are due to|plan to)?\s*(?:[\w+\-]+\s+){0,5}?"
                                 r"(?:in|by|via|during|at|held|hold|holds|holding)\s+"
                                 r"(?:(?:a|an|the)\s+(?:\w+\s+)?)?$", re.I)  # ("G20 leaders met by video conference")
_GATHERINGS_HELD_ONLINE = ("summit", "ministerial", "conference", "session")


# What a signing signs: a document, instruments, or at a ceremony.
_SIGNS_A_DOCUMENT = rule_pattern(rf"(?i:\b(?:{DOC_NOUN_RE})\b|instruments|(?:cooperation|bilateral) documents|ceremony)")


PRECEDED_BY_A_MEETING = rule_pattern(r"\b(?:was|were|had been|will be)\s+(?:preceded|followed)\s+by\s+(?:a|an)\s+"
                                      r"(?:[\w\-]+\s+){0,2}?(?P<noun>meeting)\s+of\s+(?:senior\s+|high-level\s+)?"
                                      r"(?:officials|experts|deputies|negotiators)\b")
# "visiting Pakistani Prime Minister", "the visiting minister": a visitor named by the word
_A_VISITOR_NAMED = rule_pattern(r"\s+(?:[A-Z][\w\-.]*\s+){0,4}?(?:[Pp]rime [Mm]inister|[Pp]resident|[Mm]inister|"
                                r"[Ss]ecretary|[Cc]hancellor|[Pp]remier|[Kk]ing|[Qq]ueen|[Ee]mir|[Ll]eader|[Dd]elegation|"
                                r"[Ss]peaker|[Ee]nvoy|[Cc]ounterpart)\b")
_MET_THE_VISITOR = rule_pattern(r"\b(?:held talks|talks|met|meets|meeting|received|receives|hosted|hosts|conferred)\s+"
                                r"(?:with\s+)?(?:the\s+)?$")
_A_DOCUMENT_FOR_THE = rule_pattern(r"\b(?:agreement|treaty|memorandum|accord|protocol)\s+(?:for|on)\s+the\s+"
                                   r"(?:[\w\-'’]+\s+){0,6}$")


@lru_cache(maxsize=1024)
def event_type(text: str) -> tuple[str, int] | None:
    """The type of event a sentence reports, and where its trigger word is (read once for
    each text: the rules ask again of a sentence and its clauses)."""
    written, text = text, _without_false_triggers(text)
    # Talks "on the sidelines of the summit" are talks; the summit is its own event.
    sidelines = SIDELINES.search(text)
    # A signing signs a document: "signed a five-year contract" with a club is no treaty.
    signs_document = _SIGNS_A_DOCUMENT.search(text) or known_instrument(text)
    opening = _OPENING.match(text)
    held = _SESSION_TO_BE_HELD.search(text) if "be held" in text else None
    if held:
        # "agreed that the next session of the Joint Commission will be held in Accra": the
        # session is the event, not the heads of state who agreed on it
        return _GATHERING_HELD[held.group("noun").lower()], held.start("noun")
    preceded = PRECEDED_BY_A_MEETING.search(text) if " by " in text else None
    if preceded:
        # "The ministerial session was preceded by a meeting of senior officials on 15 and 16
        # November": the session is told; the officials' meeting is the sentence's event
        return "meeting", preceded.start("noun")
    # asides on someone (", who ..."), read once for every kind of trigger
    asides = [a.span() for a in (*WHO_ASIDE.finditer(text), *TRAILING_WHO_ASIDE.finditer(text))] \
        if ", who" in text else []
    for kind, pattern in _EVENT_TRIGGERS:
        if kind == "signing" and not signs_document:
            continue
        m = pattern.search(text)
        # The summit on whose sidelines it happened is another event (unless the sentence
        # tells of no other: "The exchange took place on the margins of the 47th Munich
        # Security Conference, which opened on Friday")
        if m and sidelines and kind in ("summit", "conference", "session", "ministerial") and m.start() > sidelines.start() \
                and (_earlier_trigger(text, m.start(), signs_document) or _later_trigger(text, m.end(), signs_document)):
            m = pattern.search(text[:sidelines.start()])
        if m and sidelines and kind in ("summit", "ministerial") and m.start() < sidelines.start() and \
                re.search(r"(?i)(?:ministers|leaders|heads of (?:state|government))(?:\s+of\b.*\b(?:met|meet))?$",
                          m.group(0)) and not _BLOC_BEFORE.search(words_before(text, m.start())):
            # "The foreign ministers of Japan and Korea met on the sidelines of a G7 meeting":
            # their talks; the meeting on whose sidelines they met is another (but "G20 finance
            # ministers met on the sidelines of the IMF meetings" is the G20's own)
            return "talks", m.start()
        if m and _ONLY_PROPOSED_TO_HOLD.search(text, max(0, m.start() - 80), m.start()):
            continue  # "proposed on Wednesday to open accession talks with Ukraine": none held, none set
        if m and opening and m.start() < opening.end() and _later_trigger(text, opening.end(), signs_document):
            m = pattern.search(text, opening.end())
        aside_end = _end_of_an_aside_beside_another(text, asides, m.start(), signs_document) if m and asides else None
        if aside_end is not None:
            # "Lula, who will travel to China next month, met Xi", "Wang Yi, who is on a tour
            # of Africa, met Shoukry in Cairo", "held talks with Maas, who warned him against
            # threatening a politician visiting Taiwan": the aside's trip is not the event the
            # sentence tells
            m = pattern.search(text, aside_end)
            if m is None:
                continue
        organs = list(_ORGAN.finditer(text)) if m and kind == "session" and m.start() == 0 else []
        if organs and all(_SESSION_OF.search(text, 0, o.start()) for o in organs):
            # "approved its priorities for the 78th session of the UN General Assembly": the
            # session is named, the vote another body's
            m = pattern.search(text, 1)
        if m and (_TRIGGER_TO_COME.search(text, 0, m.start())
                  # "held talks ..., focusing on preparations for Rahmon's upcoming visit to Russia"
                  or _UPCOMING_BEFORE.search(text, max(0, m.start() - 14), m.start())
                  and _earlier_trigger(text, m.start(), signs_document, 0)
                  # "held a breakfast meeting with Varadkar before the summit": the summit is later
                  or kind in _GATHERINGS_HELD_ONLINE and _BEFORE_THE.search(text, max(0, m.start() - 60), m.start())
                  and _earlier_trigger(text, m.start(), signs_document, 0)
                  or (_COMING.match(text, m.end())
                      and _earlier_trigger(text, m.start(), signs_document, _occasion_opening_end(text, opening)))):
            # "voted Sunday, opening the way to a summit of Arab leaders later this month":
            # the summit is still to come; the vote is what the sentence reports.
            continue
        if m and kind == "summit" and _THE_TWO_BEFORE.search(text, max(0, m.start() - 12), m.start()) and \
                _later_trigger(text, m.end(), signs_document):
            continue  # "the two heads of state witnessed the signing": the sides of what they did
        if m and _ONWARD_TO.search(text[max(0, m.start() - 120):m.start()]) and _earlier_trigger(text, m.start(), signs_document):
            continue  # "wrapped up a visit to Egypt and flew to Ethiopia for an AU summit": the visit is told
        if m and _AFTER_ATTENDING.search(text[max(0, m.start() - 60):m.start()]) and \
                _earlier_trigger(text, m.start(), signs_document):
            continue  # "had arrived in Geneva on Tuesday after attending a NATO summit": the arrival is told
        if m and kind in _GATHERINGS_HELD_ONLINE and text.startswith(("'s", "’s"), m.end()) and \
                _earlier_trigger(text, m.start(), signs_document):
            continue  # "later met Widodo, the summit's host": the summit is named, the meeting told
        if m and kind in _GATHERINGS_HELD_ONLINE and _A_DOCUMENT_FOR_THE.search(text, max(0, m.start() - 120), m.start()) \
                and (_earlier_trigger(text, m.start(), signs_document) or _later_trigger(text, m.end(), signs_document)):
            # "signed the host country agreement for the Commonwealth Heads of Government
            # Meeting": the signing is told, the meeting is what the agreement is for
            continue
        if m and kind == "visit" and m.group(0).lower() == "visiting" and _A_VISITOR_NAMED.match(text, m.end()) \
                and _MET_THE_VISITOR.search(text, max(0, m.start() - 60), m.start()):
            # "held talks with visiting Pakistani Prime Minister Gilani": the talks are told, the
            # visit is their frame (one told in its own words is an event: "arrived for a visit")
            m = pattern.search(text, m.end())
            if m is None:
                continue
        if m and kind == "signing" and _SIGNED_BY_MANY.match(text, m.end()):
            continue  # "which has been signed by 80 countries": a count over the years, no one signing
        if m and kind == "signing" and _SIGNED_BEFORE.search(text, max(0, m.start() - 40), m.start()) and \
                _earlier_trigger(text, m.start(), signs_document):
            continue  # "met on Friday, a day after marking a cooperation agreement signed last year": the meeting is told
        if m and _SINCE_BEFORE.search(text[max(0, m.start() - 60):m.start()]):
            m = pattern.search(text, m.end())  # "their first meeting since the summit in Aqaba": a past one
        if m and kind in ("summit", "conference", "ministerial", "session") and " that " in text and \
                (said := _SAID_THAT.search(text, 0, m.start())) is not None and \
                _earlier_trigger(text, said.end(), signs_document):
            continue  # "Mubarak told visiting King Abdullah that the conference must ...": what was said of it
        if m and m.group(0).startswith("called on") and m.lastgroup == "callee" and (
                any(h.start == m.start("callee") for h in body_mentions(text))
                or any(h.start == m.start("callee") and h.how in ("name", "seat") for h in state_mentions(text))):
            continue  # "called on Kenya", "called on the United Nations": asked, not visited
        if m and _REQUESTED.search(text[max(0, m.start() - 80):m.start()]):
            continue  # "asked the Security Council to hold an emergency meeting": wanted, not held
        if m and kind == "visit" and _TROOPS.search(text[max(0, m.start() - 60):m.start()]):
            continue  # troops that arrive somewhere are not on a visit
        if m and kind in ("talks", "meeting") and _SOLDIERS_MEET.search(text, max(0, m.start() - 30), m.end()):
            continue  # "British and American soldiers met in Basra": a unit's encounter, no talks
        if m and kind == "visit" and _FIRST_TO_VISIT.search(text, max(0, m.start() - 60), m.start()) and \
                _earlier_trigger(text, m.start(), signs_document):
            # "Suga received Morrison, the first foreign leader to visit Japan since ...": the
            # guest described, the meeting told
            continue
        if m and kind == "visit" and (_VISIT_ASIDE.search(words_before(text, m.start()))
                                      or _ARRIVED_ASIDE.search(words_before(text, m.end()))) and \
                _MET_BEFORE.search(text, 0, m.start()):
            # "met Wang Yi, who is in the United States on an official visit", "met Szijjarto,
            # who arrived in Astana on a working visit": the meeting is told
            continue
        if m and kind in ("summit", "conference", "ministerial", "session") and \
                _UPCOMING.search(text, max(0, m.start() - 80), m.start()) and \
                _earlier_trigger(text, m.start(), signs_document):
            # "met with Kenya's foreign minister today to discuss the upcoming U.S.-Africa
            # Leaders Summit": the meeting is told, the summit is still to come
            continue
        if m and kind == "session" and _TALKS_BEFORE_SESSION.search(text, max(0, m.start() - 24), m.start()):
            return "talks", m.start()  # "held an official talks session with": talks, held in a sitting
        if m and kind == "summit" and _THE_HEADS_SPOKE.match(text, m.start()) and \
                text[:m.start()].strip() in ("", "The", "the", "Both", "Both the", "The two") and \
                _later_trigger(text, m.end(), signs_document):
            # "The heads of state discussed the agreements reached during the state visit of
            # ...", after a call: the sides of the call told, the visit named
            continue
        if m and kind == "ministerial" and m.group(0).lower().endswith("ministers") and _ONLY_SPOKE.match(
                text, m.end()) and not _BLOC_BEFORE.search(words_before(text, m.start())):
            # "the German and French finance ministers said they disagreed": words, not a
            # meeting; "EU foreign ministers said" tells of the bloc's meeting.
            continue
        if m and kind == "ministerial" and m.group(0).lower().endswith("ministers") and _ONLY_ISSUED.match(text, m.end()):
            continue  # "The G7 foreign ministers issued a joint statement": a statement, no meeting
        if m and kind == "ministerial" and m.group(0).lower().endswith("ministers") and IN_A_STATEMENT.match(text):
            continue  # "In a joint statement, the G7 foreign ministers condemned ...": a statement, no meeting
        if m and kind == "ministerial" and m.group(0).lower().endswith("ministers") and _ONLY_SIGNED.match(
                text, m.end()) and not _BLOC_BEFORE.search(words_before(text, m.start())):
            continue  # "the foreign ministers of Greece and Macedonia signed an agreement": a signing
        leaders = None
        if m and kind == "call" and _VIDEO.fullmatch(m.group(0).strip()):
            leaders = _OF_LEADERS.match(text, m.end()) or _LEADERS_BY_VIDEO.search(text, max(0, m.start() - 60),
                                                                                   m.start())
        if m and leaders:
            # "a videoconference of EU leaders", "of G20 finance ministers": their gathering, held online
            return ("ministerial" if leaders.group("who").lower().endswith("ministers") else "summit"), m.start()
        if m and kind == "call" and _VIDEO.fullmatch(m.group(0).strip()) and any(
                not m.start() <= g.start() < m.end()
                for k, p in _EVENT_TRIGGERS if k in _GATHERINGS_HELD_ONLINE for g in p.finditer(text)):
            # "ASEAN foreign ministers held a meeting via video conference", "held their first
            # summit by video conference, chaired by King Salman": a gathering held online
            continue
        if m and kind == "call" and _VIDEO.fullmatch(m.group(0).strip()) and _HOSTED_BY.match(text, m.end()):
            return "conference", m.start()  # "at a video conference co-hosted by France and the UN": a gathering
        attend = _TO_ATTEND.match(text, m.end()) if m and kind == "visit" else None
        if attend:
            # "will travel to Brussels next week for a NATO meeting": the meeting is the event
            what = attend.group("what").lower()
            if what == "meeting" and re.match(r"\s+with\b", text[attend.end():]):
                return "talks", attend.start("what")  # "flew to Washington for a meeting with Bush"
            return _GATHERING_OF_NOUN.get(what, what), attend.start("what")
        if m and kind in ("ministerial", "summit") and re.search(
                r"\b(?:signed|initiall?ed|ratified)\b[^.;]*\bby (?:the )?(?:[\w’']+\s+){0,3}$", text[:m.start()]):
            continue  # "signed by the two countries' foreign ministers": who signed, not a meeting
        if m:
            return kind, m.start()
    organ = _ATTENDS_AN_ORGAN.search(text)
    if organ:
        return "session", organ.start("organ")  # "will attend the UN General Assembly in September"
    joint = _JOINT_APPEARANCE.search(written) if "joint " in written else None  # (most text holds no joint briefing)
    if joint:
        # "speaking at a joint news conference with Macron in Paris": the two met (the
        # briefing, blanked above as no event of its own, is where they told of it)
        return "talks", joint.start()
    return None


# A joint news conference with someone (the briefing alone is a false trigger, blanked above)
_JOINT_APPEARANCE = rule_pattern(r"\bjoint (?:news|press) conference with\s+(?:his\s+|her\s+|the\s+)?[A-Z]")


# The organs whose vote the session trigger reads, and a session of one named as such
_ORGAN = rule_pattern(rf"(?i)\b(?:{_VOTING_ORGANS})\b")
_SESSION_OF = rule_pattern(r"(?i)\bsessions? of (?:the )?(?:United Nations |UN |U\.N\. )?$")
# An organ that meets in sessions stands for its session: "addressed the UN General Assembly".
_ATTENDS_AN_ORGAN = rule_pattern(r"\b(?:attend|attends|attended|attending|address|addresses|addressed|addressing|"
                                 r"gathered (?:for|at)|opening of|opened|"
                                 # "Blix briefed the Security Council on Friday", "told the council"
                                 r"brief|briefs|briefed|briefing|told|tells|(?:spoke|speaks|speaking) to)\s+"
                                 r"(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?P<organ>General Assembly|World Health Assembly|"
                                 r"Security Council|Human Rights Council|Parliamentary Assembly)\b")


_ONLY_SPOKE = rule_pattern(r"(?:\s+(?:of|from)\s+[\w\s\-,]{1,60}?)?\s+(?:have\s+|had\s+|separately\s+|jointly\s+)?"
                           r"(?:said|say|says|told|warned|insisted|disagreed|disagree|criticized|criticised|"
                           r"denied|rejected|urged|called|issued|released|published|wrote|write|writes|penned|"
                           r"co-wrote|co-authored|exchanged\s+(?:letters|messages)|sent\s+(?:a\s+)?(?:joint\s+)?letters?)\b")
# "In a joint statement, the G7 foreign ministers ...": a statement, its issuers named next
IN_A_STATEMENT = rule_pattern(r"\s*In (?:a|an|their|its) (?:joint |written |separate )?(?:statement|communiqu[eé]|letter)\b")
_ONLY_ISSUED = rule_pattern(r"\s+(?:(?:on\s+\w+|also|jointly|late\s+\w+)\s+)?(?:issued|released|published|put out)\s+"
                            r"(?:a|an|their)\s+(?:joint\s+)?(?:statement|communiqu[eé]|declaration|letter)\b")
_ONLY_SIGNED = rule_pattern(r"(?:\s+(?:of|from)\s+[\w\s\-]{1,40}?)?\s+(?:(?:also|formally|jointly|on\s+\w+)\s+)?"
                            r"(?:signed|initiall?ed|inked)\b")
_BLOC_BEFORE = rule_pattern(r"\b(?:[A-Z]{2,}|G\d+|[A-Z][a-z]+ Union)(?:'s|’s)?\s+(?:[\w\-]+\s+)?$")
# A part of a country named before it: "eastern Ukraine", "northeastern Syria".
_REGION = r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|central|mainland|rural|occupied)"
_VENUE_WORD = rule_pattern(rf"\b(?:in|into|at|near|from)\s+(?:the\s+)?(?:{_REGION}\s+)?$|"
                           # "at 10 Downing Street": a seat by its number
                           r"\b(?:at|in|to)\s+(?:No\.?\s*)?\d+\s+$|"
                           # "a Gulf tour that also took him to Saudi Arabia and Qatar": other stops
                           r"\b(?:took|takes|take|taking) (?:him|her|them)\s+(?:also\s+)?to\s+(?:the\s+)?$|"
                           # "the situation in Gaza and Sudan": a place named after another
                           r"\b(?:in|at)\s+(?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?\s+(?:and|or)\s+(?:the\s+)?$|"
                           # "met Macron at the French embassy to the Vatican": where the embassy is
                           r"\b(?:embassy|consulate|mission) (?:to|in)\s+(?:the\s+)?$")
# The small words within a city's name: "Punta del Este", "Rio de Janeiro", "Sharm el-Sheikh".
_CITY_PARTICLE = r"(?:(?:de|del|es|el|al|da|do|dos|la)\s+|(?:el|al|as|ad|ash|ar|an|en)-)"
# "in Vilnius, Lithuania": the state after a venue's city is where it is.
_VENUE_CITY_BEFORE = rule_pattern(rf"\b(?:in|at)\s+(?P<city>[A-Z][\w'\-]+(?:\s+{_CITY_PARTICLE}?[A-Z][\w'\-]+){{0,2}}),\s*$")


def _after_its_city(sentence: str, h: StateHit, before: str) -> bool:
    """Whether the state follows a city of its own as where it is ("in Vilnius, Lithuania,
    in July"), not as the subject after an opening phrase ("In Geneva, Russia and ...");
    ``before`` is the text just before it."""
    m = _VENUE_CITY_BEFORE.search(before)
    if m is None:
        return False
    seat = gazetteer().seats.get(m.group("city"))
    # ("being held in Bali, Indonesia on 15-16 November": the state the city is in, then a day)
    return seat == h.iso3 or (seat is None and re.match(r"\s*(?:[,.;)]|$)|\s+(?:on|in|from|during|this|next|last)\s",
                                                        sentence[h.end:]) is not None)
# (within the visit's clause: "wrapped up a visit to Egypt and flew to Ethiopia for a summit"
# tells of a visit, and of a summit after it)
_TO_ATTEND = rule_pattern(r"(?:(?!\band\b)[^.;]){0,60}?\b(?:for|to attend|to take part in|to participate in)\s+(?:an?|the)\s+"
                          r"(?:[\w\-]+\s+){0,3}?(?P<what>meeting|session|conference|summit|forum|ministerial)\b", re.I)
_GATHERING_OF_NOUN = {"forum": "conference"}
_ONWARD_TO = rule_pattern(r"\band\s+(?:then\s+)?(?:flew|travell?ed|headed|left|went|proceeded)\s+(?:on\s+)?(?:to|for)\s+"
                          r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*\s+(?:for|to attend)\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,4}$")
_AFTER_ATTENDING = rule_pattern(r"\b(?:after|before|following)\s+(?:attending|addressing|leaving|hosting|chairing)\s+"
                                r"(?:an?|the|his|her|their)\s+(?:[\w\-]+\s+){0,4}$|"
                                # "hosted Modi on Sunday, a day after the two attended the G20 summit"
                                r"\b(?:a|one|two|three|four|five|several|\d+)\s+(?:days?|weeks?|hours?)\s+after\s+"
                                r"(?:[\w'’]+\s+){0,3}?(?:attended|addressed|hosted|chaired|left)\s+"
                                r"(?:an?|the|his|her|their)\s+(?:[\w\-]+\s+){0,4}$")
_SESSION_TO_BE_HELD = rule_pattern(r"\b(?:next|upcoming|first|second|third|\d+(?:st|nd|rd|th))\s+"
                                   r"(?P<noun>session|meeting|round of talks)\s+of\s+the\s+[^.;]{0,80}?\s+"
                                   r"(?:will|would|is to|shall)\s+be\s+held\b", re.I)
_GATHERING_HELD = {"session": "session", "meeting": "meeting", "round of talks": "talks"}
_SINCE_BEFORE = rule_pattern(r"\bsince\s+(?:the|their|his|her|its|a|an|last)\s+(?:[\w\-]+\s+){0,3}$")
_REQUESTED = rule_pattern(r"\b(?:asked|asks|urged|urges|called on|calls on|called for|calls for|requested|requests|"
                          r"demanded|demands|sought|seeks|wants|wanted|proposed|proposes)\b[^.;]{0,60}?"
                          r"(?:\bto (?:hold|convene|call|organi[sz]e)|\bfor)\s+(?:an? |the )?(?:[\w\-]+\s+){0,2}$|"
                          r"\b(?:prefer|prefers|preferred|favou?rs?|favou?red|wants?|wanted)\s+(?:an? |the )?(?:[\w\-]+\s+){0,2}$|"
                          # "said he would consider visiting Seoul": weighed, not planned
                          r"\b(?:would|will|may|might|could) consider\s+(?:an? |the )?(?:[\w\-]+\s+){0,1}$",
                          re.I)
# "After the Council session, Trump met Zelenskyy": the opening names the event before the
# one the sentence reports.
_OPENING = rule_pattern(r"\s*(?:\d+\.\s+)?(?:After|Following|Before) (?:the|this|that) [^,;]{0,80},|"
                        # "The visit came two weeks after an Eritrean delegation held talks ...": the
                        # visit is the one told before; the sentence reports the talks
                        r"\s*(?:The|This|That) (?:[\w\-]+ ){0,2}(?:visit|trip|summit|meeting|talks|signing) "
                        r"(?:came|comes|followed|follows|was preceded by|is preceded by)\b")
_COMING = rule_pattern(r"[^.;]{0,40}?\b(?:later this (?:week|month|year)|next (?:week|month|year)|in the coming)\b", re.I)


def _end_of_an_aside_beside_another(text: str, asides: list[tuple[int, int]], at: int, signs_document) -> int | None:
    """Where one of ``asides`` (on someone: ", who ...") ends, if a trigger at ``at`` lies in
    it while another trigger lies outside it."""
    for start, end in asides:
        if start < at < end and (_earlier_trigger(text, start, signs_document) or _later_trigger(text, end, signs_document)):
            return end
    return None


def _earlier_trigger(text: str, before: int, signs_document, start: int = 0) -> bool:
    """Whether another event trigger comes earlier in the text than ``before`` (from
    ``start`` on)."""
    return any(pattern.search(text[:before], start) for kind, pattern in _EVENT_TRIGGERS
               if kind != "signing" or signs_document)


_OCCASION_OPENING = rule_pattern(rf"\s*{TO_COME}\s+[^,;]{{0,80}}[,;]")


def _occasion_opening_end(text: str, opening: re.Match | None) -> int:
    """Where an opening phrase that names another occasion ends ("Before the summit,",
    "Ahead of the G20 summit next month,"): a trigger in it is not the sentence's event."""
    to_come = _OCCASION_OPENING.match(text)
    return max(opening.end() if opening else 0, to_come.end() if to_come else 0)


# The sides of an event named together: "the two heads of state witnessed the signing"
_THE_TWO_BEFORE = rule_pattern(r"\b(?:[Tt]he two|[Bb]oth|[Tt]he three)\s+$")


def _later_trigger(text: str, after: int, signs_document) -> bool:
    """Whether an event trigger comes at or after ``after`` in the text."""
    return any(pattern.search(text, after) for kind, pattern in _EVENT_TRIGGERS
               if kind != "signing" or signs_document)


_TALKS_BEFORE_SESSION = rule_pattern(r"(?i:\b(?:talks|negotiating|negotiation|consultation|consultations)\s+)$")
_UPCOMING = rule_pattern(r"\b(?:the|an?|its|their)\s+(?:upcoming|forthcoming|coming|planned|proposed|next)\s+"
                         r"(?:[\w.'’\-]+\s+){0,5}$")
_THE_HEADS_SPOKE = rule_pattern(r"(?i:heads of (?:state|government))\s+(?:also\s+)?(?:discussed|noted|agreed|stressed|"
                                r"expressed|welcomed|exchanged|reaffirmed|emphasi[sz]ed|underlined|praised|spoke|"
                                r"reviewed|congratulated)\b")
# What an official said or was told: a gathering named in it is its subject, not the event.
_SAID_THAT = rule_pattern(r"\b(?:told|tells|said|says|warned|warns|assured|assures|stressed|insisted|argued)\b"
                          r"[^.;]{0,120}?\bthat\s")
_SIGNED_BY_MANY = rule_pattern(r"\s+by\s+(?:more than |over |nearly |some |about |around |at least |almost )?"
                               r"(?:\d+|[a-z]+-?[a-z]*)(?:\s+of\s+(?:the|its)\s+\d+)?\s+"
                               r"(?:countries|states|nations|member states|members|governments)\b")
# A document noun just before "signed": a participle that dates the document ("an agreement
# signed last year"), not the sentence's event.
_SIGNED_BEFORE = rule_pattern(rf"(?i:\b(?:{DOC_NOUN_RE}))\s+$")
# An aside on a plan of someone the sentence tells of ("Lula, who will travel to China next
# month, met Xi"): no destination of its own is a side.
_PLAN_ASIDE = rule_pattern(r",\s+who\s+(?:will|is to|is due to|plans to|is expected to|is set to|is scheduled to)\b"
                           r"[^,;.]{3,120},")
_NOT_PLACES = rule_pattern(r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
                           r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Parliament|Congress|"
                           r"Senate|The|This|That|His|Her|Their|Its|Talks|Addition|Order|Response|Line|Part|Support|"
                           r"Favou?r|Charge|Power|Office|Time|Force|Place|Particular|General|Total|Return|Europe|Asia|Africa|"
                           r"America|Americas|Latin|Eurasia|Oceania|Antarctica|Arctic|Middle|Gulf|Pacific|Atlantic|"
                           r"Caribbean|Balkans|Sahel|Horn|North|South|East|West|Central)\b|"
                           # "a standoff between vessels at Scarborough Shoal": a feature of the sea or land, no city
                           r".*\b(?:Shoal|Shoals|Reef|Reefs|Strait|Straits|River|Ocean|Canal|Valley|Desert|Glacier)$")


_SUBJECT_MATTER = rule_pattern(r"\b(?:truce|ceasefire|cease-fire|war|fighting|violence|conflict|crisis|situation|"
                               r"elections?|attacks?|operations?|presence|troops|forces|settlements?|hostilities|"
                               r"developments|reconstruction|peace|abuses|violations|atrocities|crimes|killings|"
                               r"detentions|repression|crackdown|famine|humanitarian situation|burning|bombing|shooting|"
                               r"killing|massacre|explosion|earthquake|floods?|protests?|unrest|coup|arrests?|"
                               # "to discuss a handover of security in Bethlehem"
                               r"handover of security|security handover|handover|withdrawal|redeployment|"
                               r"situation on the ground)"
                               # ("the crackdown on protesters in Venezuela", "violence against women in Sudan")
                               r"(?:\s+(?:on|against|of|toward|towards)\s+(?:the\s+)?[\w\-]+)?\s+$", re.I)
# A piece of writing a paper printed: "a joint op-ed in Le Monde" names no place
_WRITTEN_PIECE = rule_pattern(r"\b(?:op-?eds?|articles?|columns?|editorials?|commentary|essays?|"
                              r"opinion pieces?)\s+(?:(?:published|printed|that appeared)\s+)?$", re.I)
# "its peacekeeping mission in South Sudan": the state a mission is in (an IMF mission in
# Islamabad meets there all the same)
_AT_AN_EMBASSY = rule_pattern(r"\b(?:at|in|inside|to|visited)\s+(?:the\s+|its\s+|their\s+)?(?:[\w\-]+\s+){0,2}"
                              r"(?:embassy|embassies|consulate|consulates|high commission)\s+$", re.I)
_EMBASSY_BEFORE = rule_pattern(r"\b(?:embassy|embassies|consulate|consulates|high commission)\s+$", re.I)
_STATIONED_IN = rule_pattern(r"\b(?:mission|missions|peacekeepers|peacekeeping|embargo|deployment|embassy|embassies|"
                             r"consulate|consulates|high commission)\s+$", re.I)
_BUILDINGS = rule_pattern(r"(?:Palace|Hotel|House|Hall|Castle|Headquarters|Theatre|Theater|Centre|Center|Building|"
                          r"Buildings|Temple|Airport|Square|Stadium|Resort|Court|Parliament|University|Ministry)$|"
                          r"^(?:Villa|Palazzo|Palais|Palacio|Schloss|Chateau|Château|Qasr|Istana|Casa|Quinta|Kasr)\s")  # "at Villa Madama": a house in Rome


# A building noun a few words after the place ("at Ben Gurion International airport"); the
# words between are bounded, so that a long run of names cannot make the match backtrack
# exponentially.
_BUILDING_AFTER = rule_pattern(r"(?:\s+[\w\-]+){0,4}?\s+(?:airport|palace|hotel|hall|house|resort|centre|center|"
                               r"stadium|headquarters|castle|building|university|square)\b", re.I)
_WHEN_AFTER = rule_pattern(r"(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
                           r"April|May|June|July|August|September|October|November|December))+$")


# ("the Second Berlin Conference on Libya")
_CITY_OF_A_GATHERING = rule_pattern(r"\b(?i:the|a|an)\s+(?:(?i:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+)?"
                                    r"(?P<city>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+"
                                    r"(?:summit|conference|meeting|talks|ministerial|forum|Summit|Conference)\b")


# A body's gathering named after its city: "the G7 Hiroshima Summit" (not "the G20 Leaders' Summit")
_BODY_CITY_GATHERING = rule_pattern(r"\b(?P<body>[A-Z][A-Z0-9+]{1,7})\s+(?P<city>[A-Z][a-z]+)\s+(?i:summit|conference|"
                                    r"ministerial)\b")
_NOT_GATHERING_CITIES = frozenset({"Leaders", "Heads", "Foreign", "Ministers", "Business", "Special", "Extraordinary",
                                   "Annual", "Digital", "Climate", "Energy", "Global", "Youth", "Plus", "Trade", "Finance",
                                   "Defence", "Defense", "Health", "Security", "Peace", "Investment", "Development",
                                   "Economic", "Informal", "Emergency", "Virtual", "Online", "Summit", "Women", "Water",
                                   "Ministerial", "Review", "General", "Donors", "Donor", "Pledging", "Regional",
                                   "International", "Joint", "Plenary", "Intergovernmental", "Diplomatic", "Press",
                                   "Ocean", "Food", "Nuclear", "Space", "Africa", "Asia", "Europe", "Arab"})
# Words that take one to a place: "travelled to Vietnam", "a delegation to Peru".
_GONE_TO = (r"(?:(?:visit|trip|travel\w*|went|fl(?:y|ies|ew|ying)|head(?:s|ed|ing)?|arrived|came|delegations?|journey|tour|"
            # ("flew on to Ankara", "heads Sunday to Brasilia")
            r"return(?:ed|s)?)\s+(?:on\s+|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?to|"
            # "will leave for Khartoum tomorrow for a two-day visit"
            r"(?:leave|leaves|left|leaving)\s+for|"
            # "a visit by Blinken to Beijing", "a trip by the U.S. secretary of state to China",
            # "the state visit of President Ruto to Addis Ababa"
            r"(?:visit|trip|journey)\s+(?:by|of)\s+(?:[\w.'’\-]+\s+){1,6}?to)")


# "visited the Egyptian capital", "in Guinea-Bissau's capital", "in the Saudi city of Jeddah"
_THE_DEMONYMS_CAPITAL = rule_pattern(r"\b(?:in|to|visited|visiting|visits|visit) the "
                                     r"(?P<dem>[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?) capital\b")
_A_STATES_CAPITAL = rule_pattern(r"\bin (?P<state>[A-Z][\w\-]*(?: [\w\-]+){0,4}?)(?:'s|’s) capital\b")
_THE_TOWN_OF = rule_pattern(r"\b(?:(?:in|at) the (?:[A-Za-z\-]+\s+){0,2}(?:village|town|city|resort|port|capital)|"
                            r"on the (?:[A-Za-z\-]+\s+){0,2}island) of "
                            # "the Egyptian resort of Sharm el-Sheikh", "the city of Rio de Janeiro"
                            rf"(?P<city>[A-Z][\w'\-]+(?:\s{_CITY_PARTICLE}?[A-Z][\w'\-]+)?)")
_TO_A_CITY_THEN_THERE = rule_pattern(r"\bto\s+(?P<city>(?:(?:St|Ste|Mt|Ft)\.?\s)?[A-Z][\w'\-]+(?:\s[A-Z][\w'\-]+)?)\b"
                                     r"[^.;]{0,120}?\bthere\b")
_TO_THE_TOWN_OF = rule_pattern(rf"\bto the (?:[A-Za-z\-]+\s+){{0,2}}(?:village|town|city|resort|port) of "
                               rf"(?P<city>[A-Z][\w'\-]+(?:\s{_CITY_PARTICLE}?[A-Z][\w'\-]+)?)")
# "in Vietnam", "travelled to Vietnam", "visited Kenya", "is visiting Brazil"
_IN_OR_GONE_TO = rule_pattern(rf"\b(?:in|{_GONE_TO}|(?:is|are) visiting|visited|visits)\s+(?:the\s+)?"
                              # ("a visit to the Kingdom of Bahrain", "to the Republic of Korea")
                              r"([A-Z][\w\-]+(?:\s[A-Z][\w\-']+){0,2}(?:\sof\s(?:the\s)?[A-Z][\w\-]+(?:\s[A-Z][\w\-]+){0,2})?)")


# Where someone came from, and what he did there: "from Seoul, where he held talks"
FROM_WHERE = rule_pattern(r"\bfrom\s+(?P<place>[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?),\s+where\s")
# "from Seoul, where he held talks", "in Geneva, where the two met": the place a clause of "where" is on
_PLACE_THEN_WHERE = rule_pattern(r"\b(?:from|in|at)\s+(?P<place>[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?),\s+where\s")


def place_of_where_clause(sentence: str, at: int) -> tuple[str, str | None] | None:
    """(city, country ISO3) of the place a clause of "where" holding the word at ``at`` is
    on, where the reference data knows it as a city ("arrived in Alaska from Seoul, where
    he held talks": the talks were in Seoul)."""
    g = gazetteer()
    found = None
    for m in _PLACE_THEN_WHERE.finditer(sentence, 0, at):
        found = m
    if found is None or re.search(r"[;()]", sentence[found.end():at]):
        return None
    place = found.group("place")
    country = g.seats.get(place) or g.cities.get(place)
    return (place, country) if country is not None else None


@lru_cache(maxsize=1)
def _regions_named_after_states() -> frozenset[str]:
    """The places named after a state that are regions, not cities ("Northern Ireland", not "Port of Spain")."""
    return frozenset(load_lexicon().concept("names", "place-named-after-a-state").phrases)


def city_in(sentence: str, dateline_city: str | None, dateline_country: str | None) -> tuple[str | None, str | None]:
    """(city, country ISO3) of the venue the sentence names: "in the Chinese capital",
    "in Niger's capital", "in Ulan Bator", "in Psarades, Greece", "in Istanbul" (a city
    the reference data places)."""
    city, country = _venue_in(sentence, dateline_city, dateline_country)
    return city, country or (gazetteer().cities.get(city) if city else None)


def _venue_in(sentence: str, dateline_city: str | None, dateline_country: str | None) -> tuple[str | None, str | None]:
    g = gazetteer()

    def capital(iso: str) -> tuple[str | None, str]:
        # The dateline's spelling of the capital ("Ulan Bator") over the reference's ("Ulaanbaatar").
        if dateline_city and g.seats.get(dateline_city) == iso:
            return dateline_city, iso
        return g.capital_of.get(iso), iso

    m = _AT_A_SEAT_BUILDING.search(sentence)
    if m and m.group(1) in g.seats:
        return capital(g.seats[m.group(1)])  # "at the White House": in Washington
    m = _at_headquarters().search(sentence)  # (a rule pattern: its names are looked for first)
    if m:
        # "met at NATO Headquarters": in Brussels, a body's seat (not a state's, whose
        # capital a city of headquarters need not be)
        city = _headquarters()[" ".join(m.group(1).split())]
        return city, g.seats.get(city) or g.cities.get(city)
    m = _TO_A_CITY_THEN_THERE.search(sentence) if " there" in sentence else None
    if m and (m.group("city") in g.seats or m.group("city") in g.cities):
        # "flies on Saturday evening to St. Petersburg ... and will meet Putin there": where he goes
        return m.group("city"), g.seats.get(m.group("city")) or g.cities.get(m.group("city"))
    m = _BUILDING_THEN_CITY.search(sentence)
    if m and m.group("city") in g.seats:
        return m.group("city"), g.seats[m.group("city")]  # "at State House, Nairobi": in Nairobi
    # ("visited the Egyptian capital, Cairo", "flew to the Kenyan capital")
    m = _THE_DEMONYMS_CAPITAL.search(sentence)
    if m and m.group("dem") in g.demonyms:
        return capital(g.demonyms[m.group("dem")])
    if m and dateline_city and g.seats.get(dateline_city) is None:
        # "PALERMO - ... his visit to Italy in the Sicilian capital": a region's, the dateline's
        _, named = city_in(sentence[:m.start()] + sentence[m.end():], None, None)
        return dateline_city, dateline_country or named
    m = _A_STATES_CAPITAL.search(sentence)
    if m and m.group("state") in g.state_names:
        return capital(g.state_names[m.group("state")])
    inside_bodies = [(b.start, b.end) for b in body_mentions(sentence)]
    ends: list[set[int]] = []

    def name_ends() -> set[int]:
        # Where officials' names end, found once and only when asked: the word before "in"
        # is a person's, not the first half of a title's "X in Y".
        if not ends:
            ends.append({p.end for p in person_mentions(sentence)})
        return ends[0]

    m = _THE_TOWN_OF.search(sentence)
    if m:
        city = m.group("city")
        # "in the Saudi city of Jeddah": the demonym gives the country the data does not
        owner = next((g.demonyms[w] for w in re.findall(r"[A-Z][\w\-]+", m.group(0)) if w in g.demonyms), None)
        return city, g.seats.get(city) or owner
    for m in _PLACE_AFTER_A_WORD.finditer(sentence):
        city = _WHEN_AFTER.sub("", m.group("city"))  # "in Cairo Thursday": the day is no part of the name
        owned = re.match(r"([A-Z][\w\-]*(?: [A-Z][\w\-]*)?)['’]s\s+(.+)$", city)
        if owned is not None and owned.group(1) in g.state_names:
            city = owned.group(2)  # "in Belarus's Gomel": the city, of the state named before it
        if re.match(r"['’]s\b", sentence[m.end("city") - 2:m.end("city") + 1]) or city.endswith(("'s", "’s")):
            continue  # "in Biden's words": a person, not a place
        if any(s <= m.start("city") < e for s, e in inside_bodies):
            continue  # "Co-operation in Europe" is part of a body's name
        if _SUBJECT_MATTER.search(words_before(sentence, m.start())):
            continue  # "a truce in Gaza", "the situation in Libya": what is discussed, not where
        if _WRITTEN_PIECE.search(words_before(sentence, m.start())):
            continue  # "wrote a joint op-ed in Le Monde": a paper, not a place
        if m.group(0).startswith("in") and _EMBASSY_BEFORE.search(words_before(sentence, m.start())) and \
                not _AT_AN_EMBASSY.search(words_before(sentence, m.start())):
            # "The Chinese embassy in Washington said": where a mission sits, not where talks
            # were (but "held talks at the Chinese embassy in Washington" were there)
            continue
        if _BUILDING_AFTER.match(sentence, m.end("city")):
            continue  # "at Ben Gurion airport" is a building, not a city
        if city in ("No", "Nos", "Number", "St", "Mt", "Ft", "Mr", "Mrs", "Ms", "Dr") and \
                sentence.startswith((".", " "), m.end("city")):
            # "at No. 10 Downing St.": an abbreviation or a street number, no city; "visits Mr.
            # Bush's ranch": a person
            continue
        if city in g.seats:
            return city, g.seats[city]
        if city in _regions_named_after_states():
            continue  # "arrived in Northern Ireland": a region, no city (the dateline's city may be)
        before = words_before(sentence, m.start("city"))
        # "Trafficking in Persons" is part of a title; "the Russia-Africa Summit in St Petersburg"
        # and a sentence's opening word ("Meeting in Lima, ...") are not.
        title_word = re.search(r"[A-Z][\w\-]*(?=\s+(?:in|at)\s+$)", before)
        offset = m.start("city") - len(before)  # of the window ``before`` in the sentence
        after_body = title_word is not None and any(e == offset + title_word.end() for _, e in inside_bodies)
        named_before = re.search(r"(?:[A-Z][\w\-]*\s+){1,2}[A-Z][\w\-]*(?=\s+(?:in|at)\s+$)", before) if title_word else None
        if title_word and (title_word.group(0) in g.state_names or title_word.group(0) in CALENDAR_WORDS
                           or title_word.group(0) in OFFICE_WORDS or title_word.group(0) in _GATHERING_NAMES
                           # "the accession protocols signed by the Allies in Brussels"
                           or title_word.group(0) in ("Allies", "Parties", "Members", "Partners", "Signatories")
                           # "the leaders of Japan and South Korea at Camp David": a state of two words
                           or (named_before is not None and any(
                               " ".join(named_before.group(0).split()[i:]) in g.state_names for i in range(2)))):
            # "the warring parties in Sudan in Jeddah", "for November in Brussels", "met
            # Iran's Foreign Minister in Wuxi": the venue
            title_word = None
        if title_word and not after_body and not re.fullmatch(r"\s*[A-Z]\w*\s+(?:in|at)\s+", before) and \
                offset + title_word.end() not in name_ends():
            continue  # "hosted Zelenskyy in Istanbul" is a place all the same
        if (city in g.state_names or city in g.demonyms or city in g.body_names or _NOT_PLACES.match(city)
                or _BUILDINGS.search(city) or city.split()[0] in g.demonyms
                or re.search(r"\b(?:Minister|President|Premier|Chancellor|Secretary|King|Queen|Prince)\b", city)):
            continue  # "visiting Spanish Prime Minister Pedro Sanchez": a visitor, not a place
        after = (m.group("country") or "").strip()
        if after in g.seats and after not in g.state_names and city not in g.cities:
            # "at Dataran Perdana, Putrajaya": a place of the seat of government named after it
            return after, g.seats[after]
        country = g.state_names.get(after)
        if country is not None and not _ENDS_A_PLACE.match(sentence, m.end()):
            country = None  # "In Geneva, Russia and the United States agreed": a side, not where Geneva is
        if country is not None and (m.group("country") or "").strip() in _ALSO_A_US_STATE:
            country = None  # "in Sea Island, Georgia": the American state, unless the city is the country's own
        if country is None and city == dateline_city:
            country = dateline_country
        return city, country
    m = _PLACE_AND_DAY.search(sentence)
    if m and m.group("city") in g.seats:
        return m.group("city"), g.seats[m.group("city")]  # "... talks with the Foreign Minister of Laos, Moscow, May 6, 2024"
    m = re.search(r"\bin The Hague\b", sentence)
    if m:
        return "The Hague", "NLD"
    for m in _CITY_OF_A_GATHERING.finditer(sentence):
        if m.group("city") in g.seats:
            return m.group("city"), g.seats[m.group("city")]  # "at the Madrid summit"
    for m in _BODY_CITY_GATHERING.finditer(sentence):
        city = m.group("city")
        if m.group("body") in g.body_names and not (city in g.state_names or city in g.demonyms or city in g.body_names
                                                     or _NOT_PLACES.match(city) or city in _NOT_GATHERING_CITIES):
            return city, g.seats.get(city)  # "the G7 Hiroshima Summit", "the NATO Vilnius summit"
    m = _NEAR_A_CITY.search(sentence)
    if m and m.group("city") not in g.state_names:
        # "held at a country estate south of San Francisco": the city the venue lies by
        return m.group("city"), g.seats.get(m.group("city"))
    m = _TO_THE_TOWN_OF.search(sentence)
    if m:
        # "travels to the West Bank town of Ramallah": the town a trip goes to, where the
        # sentence names no venue before
        return m.group("city"), g.seats.get(m.group("city")) or g.cities.get(m.group("city"))
    # "in Vietnam", "travelled to Vietnam", "visited Kenya"; not "aid to Ukraine", "a threat
    # to Taiwan" (and "who is visiting Brazil": where the visitor is now)
    for m in _IN_OR_GONE_TO.finditer(sentence):
        state = _WHEN_AFTER.sub("", m.group(1))  # "in Libya Tuesday": the day is no part of the name
        if state not in g.state_names and " of " in state:
            state = state.split(" of ")[0]  # "in Ukraine of the war's toll": the state before "of"
        if state in g.state_names and not _SUBJECT_MATTER.search(words_before(sentence, m.start())) \
                and not _STATIONED_IN.search(words_before(sentence, m.start())) \
                and not _STATES_PEOPLE.match(sentence, m.start(1) + len(state)):
            return None, g.state_names[state]
    return None, None


# "a surprise visit to US troops in Afghanistan": the state's people abroad, not where
_STATES_PEOPLE = rule_pattern(r"\s+(?:[a-z\-]+\s+)?(?:troops|forces|soldiers|service members|personnel|base|bases|"
                              r"embassy|consulate|citizens|nationals|companies|firms|students)\b")


# The last word of a gathering's name, before where it was held: "the G20 Foreign
# Ministers' Meeting in Matera".
_GATHERING_NAMES = frozenset({"Meeting", "Summit", "Conference", "Session", "Forum", "Dialogue", "Talks", "Retreat"})
# Names of states that are also the names of American states: after a town the data does
# not place, which of the two is meant is anyone's guess.
_ALSO_A_US_STATE = frozenset({"Georgia"})
_ENDS_A_PLACE = rule_pattern(r"\s*(?:[,.;:)]|$|(?:in|on|at|for|to|last|next|this)\b)")
# The buildings a government sits in, named as a meeting's venue: the capital's.
# (or on a part of it: "on the South Lawn of the White House", "in the Oval Office of ...")
_AT_A_SEAT_BUILDING = rule_pattern(rf"\b(?:(?:at|in|to|on) (?:the )?(?:[A-Z][\w\-]* ){{1,2}}of |(?:at|in|to) )(?:the )?"
                                   rf"(?:No\.?\s*)?(?:\d+\s+)?({phrase_alternation(SEAT_BUILDINGS)})\b")


@lru_cache(maxsize=1)
def _headquarters() -> dict[str, str]:
    """The headquarters of bodies, each with its city (the lexicon's ``headquarters``)."""
    return load_lexicon().labels_of_phrases("headquarters")


@lru_cache(maxsize=1)
def _at_headquarters() -> Pattern:
    """"at NATO Headquarters", "outside the Palais des Nations": a meeting at a body's seat."""
    return rule_pattern(rf"\b(?:at|in|to|from|outside) (?:the )?({phrase_alternation(list(_headquarters()))})\b")


_BUILDING_THEN_CITY = rule_pattern(r"\b(?:at|in) (?:the )?(?:[A-Z][\w'\-]*\s){0,3}(?:Palace|Hotel|House|Hall|Castle|"
                                   r"Headquarters|Centre|Center|Building|Villa|Residence|Lodge)(?:\s+of\s+(?:the\s+)?"
                                   r"[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,2})?,\s+(?P<city>[A-Z][a-z\-]+(?:\s[A-Z][a-z\-]+)?)")
# A city's word: "Kuala", "Nur-Sultan", "Port-au-Prince", "Belém".
_CITY_WORD = r"[A-Z][a-z\u00C0-\u017F']+(?:-[A-Za-z]?[a-z\u00C0-\u017F']+)*"
_NEAR_A_CITY = rule_pattern(r"\b(?:at|in)\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,3}?(?:estate|resort|retreat|villa|palace|"
                            r"residence|compound|lodge|ranch|castle|hotel|mansion|venue)\s+(?:just\s+)?"
                            r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of|near|outside)"
                            rf"\s+(?P<city>(?:(?:St|Ste|Mt|Ft)\.?\s)?{_CITY_WORD}(?:\s{_CITY_WORD})?)")
# A city named after "in", "at", "visited", "flew to": "St. Petersburg", "Ho Chi Minh City",
# "Sharm el-Sheikh", "Rio de Janeiro", with the country after it ("Psarades, Greece").
_PLACE_AFTER_A_WORD = rule_pattern(
    r"\b(?:[Ii]n|[Aa]t|visit(?:ed|ing|s)?|" + _GONE_TO + "|"
    r"welcom(?:ed|es|ing)\s+(?:[\w\-’']+\s+){1,6}?to)\s+"
    r"(?P<city>(?:(?:St|Ste|Mt|Ft)\.?\s)?" + _CITY_WORD + r"(?:\s(?:of\s|" + _CITY_PARTICLE + r")?" + _CITY_WORD +
    r"){0,3})"
    r"(?:,\s+(?P<country>[A-Z][\w ]+?))?(?=[\s,.;)]|$)")
_PLACE_AND_DAY = rule_pattern(r",\s+(?P<city>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?),\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}),?"
                              r"\s+\d{4}\s*$")


# "the planned summit", "the next meeting": a gathering still to come
GATHERING_TO_COME = r"\b(?:planned|proposed|upcoming|possible|next|future|mooted)\s+(?:summit|meeting|talks|visit|conference)\b"
# "the planned summit between Kim and Trump": the sides of a gathering still to come
# (or one the event comes before: "hosted Arab leaders ahead of a summit with President Bush")
_ANOTHER_GATHERING_TO_COME = rule_pattern(rf"(?:{GATHERING_TO_COME}|\b(?:[Aa]head of|[Oo]n the eve of|[Ii]n preparation for|"
                                          r"to prepare for)\s+(?:an?|the|their|his|her)\s+(?:[\w\-]+\s+){0,2}?"
                                          r"(?:summit|meeting|talks|visit|conference))"
                                          r"\s+(?:between|with|of)\s+(?:[\w.'’\-]+\s+){0,6}$")
# "The General Assembly elected Estonia, Niger and Tunisia to the Security Council": whom a
# vote chose, no side of the session
_ELECTED = rule_pattern(r"\b(?:elected|re-elected|chose|picked|selected|admitted)\s+(?:the\s+)?$")
_BEFORE_THE = rule_pattern(r"\b[Bb]efore\s+(?:the|this|next|a|an|their)\s+(?:[\w'’\-]+\s+){0,3}$")
_ONWARD_STOP = rule_pattern(r"\b(?:before|then|later)\s+(?:heading|flying|travell?ing|going|moving on|proceeding)\s+"
                            r"(?:on\s+)?(?:to|for)\s+(?:the\s+)?$|"
                            # "concluded his visit to China on Wednesday and left for Japan": the next stop
                            r"\b(?:and|then|before)\s+(?:then\s+)?(?:left|leaving|departed|departing|flew|flying|headed|heading)"
                            r"\s+(?:on\s+)?(?:to|for)\s+(?:the\s+)?$|"
                            # "arrived in Moscow after a two-day visit to China": the stop before
                            r"\b(?:after|following)\s+(?:visiting|an?\s+(?:[\w\-]+\s+){0,2}(?:visit|trip|tour)\s+(?:to|of))\s+"
                            r"(?:the\s+)?$|"
                            # "a tour that will also take him to Sri Lanka": a stop still to come
                            r"\b(?:will|would|is to)\s+(?:also\s+)?(?:take|bring)\s+(?:him|her|them|the \w+)\s+(?:also\s+)?"
                            r"to\s+(?:the\s+)?$")


_ACCESSION_TALKS_HELD = rule_pattern(r"\b(?:open|opens|opened|opening|begin|begins|began|start|starts|started|launch|"
                                     r"launches|launched|hold|holds|held|resume|resumes|resumed)\s+(?:formal\s+)?"
                                     r"(?:accession|membership)\s+(?:talks|negotiations)\s+with\s+(?:the\s+)?$", re.I)
_TALKS_TO_OPEN_AFTER = rule_pattern(r"\s+(?:are|is|were|was|will)\s+(?:due\s+|set\s+|scheduled\s+|expected\s+)?(?:to\s+)?"
                                    r"(?:open|begin|start|resume)\b")
# What follows names the other side of a document, not someone at the meeting.
# "an agreement with Canada", "accession negotiations with Ukraine and Moldova": the other
# side of a document or a process, not a state at the table.
_COUNTERPART = rule_pattern(r"\b(?:agreement|deal|treaty|accord|pact|partnership|(?:accession|membership)\s+"
                            r"(?:talks|negotiations))\s+with\s+(?:the\s+)?"
                            r"(?:(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*){0,3},?\s+(?:and\s+)?(?:the\s+)?)*$", re.I)


_INVITED = rule_pattern(r"\binvit\w+\s+")
_INVITED_END = rule_pattern(r"\bto join\b|\bas (?:full )?members?\b|[.;]")


_OBJECT_OF_A_DECISION = rule_pattern(r"\b(?:resolution|decision|statement|communiqu[eé]|declaration)\s+"
                                     r"(?:[\w\-]+\s+){0,6}?(?:urging|urges|urged|calling on|condemning|censuring|"
                                     r"critici[sz]ing|deploring|demanding|threatening|sanctioning|warning)\s+(?:the\s+)?$|"
                                     r"\b(?:suspend(?:ed|s|ing)?|expel(?:led|s|ling)?|sanction(?:ed|s|ing)?|"
                                     r"condemn(?:ed|s|ing)?|censur(?:e|ed|es|ing)|(?:lift(?:ed|s|ing)?|impos(?:e|ed|es|ing)|new) (?:the )?"
                                     r"sanctions (?:on|against)(?:\s+(?:\w+|\d+))?|"
                                     # "voted to demand that Russia withdraw": whom the resolution is on
                                     r"demand(?:ing)? that|calling on|"
                                     # "met in Brussels and called on Israel to implement the road map"
                                     r"called on|calls on|urged|urges)\s+(?:the\s+)?$")
# What stands between two states of one list, names the data does not know among them
# ("conflicts in Liberia, Congo and Burundi")
_LIST_GOES_ON = rule_pattern(r"\s*(?:,|and|or|,\s*(?:and|or))\s*(?:the\s+)?"
                             r"(?:(?!(?:President|Prime|King|Queen|Chancellor|Minister|Foreign|Secretary|Premier|Emir|"
                             r"Sheikh|Crown|Mr|Mrs|Ms|Dr)\b)[A-Z][\w\-]*\s*(?:,|and|or|,\s*(?:and|or))\s*(?:the\s+)?)*")
_TOPIC_OF_MEETING = rule_pattern(r"\b(?:talks|negotiations|meeting|conference|summit|discussions|consultations|dialogue|"
                                 r"format|crisis|crises|situation|conflicts?|wars?|settlement|resolution|statement|cooperate|"
                                 r"cooperation|together|coordinate|coordination|views|positions|sanctions|"
                                 r"embargo|tariffs|pressure|focus|focused|focuses|focusing|mission|inquiry|probe|"
                                 r"investigation|rapporteur)\s+(?:[\w\-]+\s+){0,2}?"
                                 # ("talks ... focused on who will run Iraq")
                                 r"(?:on|in|over|about|regarding|concerning|against)\s+(?:the\s+)?"
                                 r"(?:(?:who|how|what|whether)\s+(?:[\w\-']+\s+){0,3})?$|"
                                 # "held talks Thursday at Downing Street on Iraq and the Middle East"
                                 r"\b(?:talks|negotiations|discussions|consultations)\s+(?:(?!with\b)[\w\-]+\s+){0,5}?"
                                 r"(?:on|over|about|regarding|concerning)\s+(?:the\s+)?$|"
                                 # "spoke by phone as tensions over Ukraine mounted": what the strain is about
                                 r"\b(?:tensions?|row|dispute|standoff|stand-off|spat|feud|rift|fears)\s+(?:[\w\-]+\s+){0,2}?"
                                 r"(?:over|about)\s+(?:the\s+)?$|"
                                 # "for talks with President Bush on Iraq": what the talks with him are on
                                 r"\b(?:talks|negotiations|meeting|discussions|consultations)\s+with\s+(?:[\w\-.']+\s+){1,5}?"
                                 r"(?:on|over|about|regarding|concerning)\s+(?:the\s+)?$|"
                                 # "for talks with President Bush on postwar Iraq"
                                 r"\b(?:talks|negotiations|meeting|discussions|consultations)\s+(?:[\w\-]+\s+){0,4}?"
                                 r"(?:on|over|about)\s+(?:the\s+)?(?-i:[a-z])[\w\-]*\s+$|"
                                 r"\b(?:discussed|discuss|discussing|reviewed|focused on|centred on|centered on)\s+"
                                 r"(?:the\s+)?(?:situation in\s+|war in\s+|crisis in\s+)?"
                                 # "to discuss postwar Iraq"; not "discussed with Iraq"
                                 r"(?:(?!(?:with|and|by|to|in|at)\s)(?-i:[a-z][\w\-]*)\s+)?$|"
                                 # "to discuss aid to Ukraine", "the future of Iraq"
                                 # (not "was discussed at the meeting of the Quad": where, not what)
                                 r"\b(?:discussed|discuss|discussing|reviewed)\s+(?!at\b|during\b)(?:the\s+|their\s+)?"
                                 r"(?:[\w\-']+\s+){1,4}?(?:to|for|of|in|on|from|towards?|against)\s+(?:the\s+)?$|"
                                 # "will discuss relations with Turkey": whom the relations are with, not who meets
                                 r"\b(?:relations|ties|relationship)\s+with\s+(?:the\s+)?$|"
                                 # "support for Ukraine in the face of Russia's military build-up": what it is against
                                 r"\b(?:in the face of|in response to|to counter|to deter|faces?|facing|confront(?:s|ing)?|"
                                 r"counter(?:s|ing)?|deter(?:s|ring)?)\s+(?:the\s+)?$|"
                                 # "approved a $6 billion loan for Pakistan": whom money goes to, not who met
                                 r"\b(?:loans?|bailout|aid|financing|funding|assistance|grant|credit line|disbursement)\s+"
                                 r"(?:package\s+)?(?:for|to)\s+(?:the\s+)?$|"
                                 # "the OSCE's Minsk Group, co-chaired by Russia, France and the United States":
                                 # the body's chairs, told of it, not sides of the event
                                 r"\bco-chaired\s+by\s+(?:(?:the\s+)?(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*)*,?\s+"
                                 r"(?:and\s+)?)*(?:the\s+)?$|"
                                 # "praised Poland for sending troops to Iraq": where the troops went
                                 r"\b(?:troops|forces|soldiers|peacekeepers|weapons|arms)\s+(?:to|into)\s+(?:the\s+)?$|"
                                 # "ended with a pledge of 40 billion euros for Ukraine": so is a sum pledged
                                 r"\b(?:billion|million|bn|trillion)\s+(?:euros?|dollars?|pounds?|yuan|yen|rupees?)?\s*"
                                 r"(?:(?:in|of)\s+(?:[\w\-]+\s+){0,2})?(?:for|to)\s+(?:the\s+)?$|"
                                 # "urged Washington to stop arming Taiwan": what was urged, not who was there
                                 r"\b(?:urged|urges|urging|called on|asked|pressed|pressing)\s+(?:[\w\-]+\s+){1,4}?to\s+"
                                 r"(?:[\w\-]+\s+){1,4}?(?:the\s+)?$|"
                                 # "a summit dominated by the withdrawal of Mali, Burkina Faso and Niger",
                                 # "overshadowed by Ukraine's push to join", "clouded by tensions between China
                                 # and Taiwan": what weighs on the gathering (the rest of the list follows the first)
                                 r"\b(?:dominated|overshadowed|marked|clouded|eclipsed|marred)\s+by\s+(?:the\s+)?"
                                 r"(?:[\w\-]+\s+){0,2}?(?:(?:of|from|in|over)\s+(?:the\s+)?)?$|"
                                 # "weeks after a deadly clash with Chinese forces": whom the state fought
                                 r"\b(?:clash|clashes|skirmish|skirmishes|fighting|battles?|confrontation|standoff|war)\s+"
                                 r"with\s+(?:the\s+)?$|"
                                 # "with a call for the withdrawal of U.S. forces from Iraq": whose forces
                                 # are to leave is what was asked, not who met
                                 r"\b(?:withdrawal|pull-?out|departure|expulsion|removal|presence)\s+of\s+(?:the\s+)?(?:all\s+)?$|"
                                 # "a roadmap for the accession of Timor-Leste to ASEAN": whom it admits
                                 # (but "completed the admission of India and Pakistan as full members" seats them)
                                 r"\b(?:accession|candidacy)\s+of\s+(?:the\s+)?$|"
                                 # "weeks before Russia's invasion of Ukraine": who is attacked is not at the table
                                 r"\b(?:invasion|occupation|annexation|blockade|bombing|shelling|attacks?)\s+"
                                 r"(?:of|on|against)\s+(?:the\s+)?$|"
                                 # "with trade tensions between the United States and China dominating"
                                 r"\b(?:tensions?|disputes?|rivalry|standoff|feud|row|trade war|conflict|war|fighting)\s+"
                                 r"between\s+(?:the\s+)?(?:(?-i:[A-Z])[\w\-]*\s+){0,3}?(?:and\s+(?:the\s+)?)?$|"
                                 # "spoke with Jaishankar on Tuesday about Iran", "warnings about the rise of China"
                                 r"\b(?:about|regarding|concerning)\s+(?:the\s+)?(?:(?!with\b|and\b|between\b)(?-i:[a-z])[\w\-]*\s+){0,3}?"
                                 r"(?:(?:of|in|from|with|by|to)\s+(?:the\s+)?)?$", re.I)


def _invited_spans(sentence: str) -> list[tuple[int, int]]:
    """Where a sentence lists those a body invites ("agreed to invite Argentina, Egypt and
    Iran to join the bloc"): they are not at the meeting yet."""
    spans = []
    for m in _INVITED.finditer(sentence):
        stop = _INVITED_END.search(sentence, m.end())
        spans.append((m.end(), stop.start() if stop else len(sentence)))
    return spans


# A demonym acts for its state when it names an office, a government or a person:
# "the Turkish foreign minister", "Emirati officials", "Chinese President Xi", "his Indian
# counterpart", and a list of them: "Armenian and Georgian diplomats".
_ACTING_DEMONYM = rule_pattern(
    # (not through a word that makes them people of the state: "Japanese business leaders",
    # "Afghan tribal elders", "Syrian rebel commanders")
    r"(?:\s*(?:,|and|-|–)\s*[A-Z][\w.]+)*\s*(?:(?!(?i:business|corporate|industry|tech|community|religious|church|"
    r"faith|tribal|clan|rebel|militia|opposition|student|civic|party|trade union|union|labou?r|sports?|football|cricket|"
    r"club|media|youth)\b)[\w\-]+\s+){0,2}?(?i:(?:vice[- ])?president|presidents|"
    r"prime|premier|chancellor|minister|ministers|ministry|foreign|defen[cs]e|government|governments|cabinet|"
    r"authorities|officials?|diplomats?|diplomacy|delegation|delegations|side|sides|leaders?|leadership|"
    r"counterparts?|king|queen|emir|amir|sultan|crown|monarch|emperor|empress|head|envoy|ambassador|embassy|consul|"
    r"mission|administration|"
    # (not "Chinese state firms", "Iranian state media": the state's companies and press)
    r"state(?!\s+of\s+[A-Z]|[\s\-]+(?:(?:owned|run|controlled|backed)\s+)?(?:firms?|compan(?:y|ies)|enterprises?|"
    r"corporations?|banks?|media|television|TV|radio|broadcaster|news|agency|oil|energy|airlines?|owned|run|"
    r"controlled)\b)|troops|forces|army|armies|navy|navies|naval|warships|military|"
    r"soldiers|commanders?|generals?|chiefs?|coast guard|secretary|spokes\w+|"
    r"negotiators?|delegates|envoys?|team|parliament|lawmakers|statement|proposal|initiative|counterpart|"
    # a state's ruling council ("members of the Iraqi Governing Council")
    r"governing council|transitional council|sovereign(?:ty)? council|presidential council|junta|regime)\b|"
    r"\s*[-–]\s*[A-Z]|\s*[-–](?:drafted|sponsored|proposed|led|brokered|backed)")
# A state's name before a capitalised word names a thing of the state's, not the state
# acting ("the US National Medal of Science", "Kenya Airways"), unless that word is one of
# its offices or organs ("US Secretary of State", "UK Foreign Office", "Japan Coast Guard").
_NAME_AS_MODIFIER = rule_pattern(r"\s+[A-Z]")
# "China's Sinopec": a state's name owning a capitalised name (the space kept for the organ test).
# A capitalised word (not a day, month, title or word of grammar) just before a state's
# name makes one name of both: "Air India", "Team Canada".
_NAME_ENDS_IN_A_STATE = rule_pattern(r"(?:(?<![\s\S])|(?<=[\w,;:] ))(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                                     r"January|February|March|April|May|June|July|August|September|October|November|"
                                     r"December|President|Minister|Premier|Chancellor|King|Queen|Both|And|Or|With|"
                                     r"Between|From|To|In|On|At|By|For|Of|Where|While|When|Ambassador|Envoy|Yesterday|"
                                     r"Today|Meanwhile|Earlier|Later|Also|But|Then|Now|Neighbouring|Neighboring|"
                                     r"Southern|Northern|Eastern|Western|Central|Mainland|Since|After|Before|Unlike|"
                                     r"Like|Only|Even|Last|Next|This|That|Why|How|If|Although|Though|Because|As|"
                                     r"Under|Against|Without|Despite|Including|Host|Neither|Either|Not|The|A|An|So|Yet|Still|"
                                     r"Will|Would|Did|Does|Do|Has|Have|Had|Can|Could|Should|Must|May|Here|There|Thus|"
                                     r"Instead|Together|Once|Soon|Hence|Whether|"
                                     # (words that open a sentence on officials: "Senior U.S. and North Korean diplomats")
                                     r"Senior|Top|Visiting|Leading|Several|Some|Many|Most|Other|Fellow|Rival|Two|Three)\b)"
                                     r"[A-Z][a-z]+ $")
@lru_cache(maxsize=1)
def _institution_of() -> Pattern:
    """The lexicon's ``institution-of-a-state`` and "of" just before a state's name."""
    concept = load_lexicon().concept("names", "institution-of-a-state")
    return rule_pattern(rf"\b(?:{phrase_alternation(concept.phrases)})\s+of\s+(?:the\s+)?$")


# "told U.S. President Joe Biden (by phone) that": the one told, then what was said.
_TOLD_THAT = rule_pattern(r"\b(?:told|tells|assured|informed|warned|reminded)\s+(?:[\w.'’\-]+\s+){1,10}?that\s+"
                          r"(?:[\w'’\-]+\s+){0,8}$|"
                          # "NATO leaders promised that Ukraine would one day join": what was promised
                          r"\b(?:promised|pledged|agreed|declared|stated)\s+that\s+(?:the\s+)?$")
_REGION_OF = rule_pattern(rf"\b{_REGION}\s+$")
_WATERS_OF = rule_pattern(r"\b(?:Sea|Gulf|Strait|Straits|Bay|Horn|Coast|Island|Islands|Lake|Mountains) of (?:the )?$")
_FORMER = rule_pattern(r"\b(?:[Ff]ormer|[Ee]x-)\s*(?:[A-Z][\w\-]*\s+){0,3}$")
_OUT_OF_OFFICE = rule_pattern(r"(?:['’]s)?\s+(?:opposition|rebel|rebels|dissident|exiled|separatist|separatists|"
                              r"insurgent|insurgents|former|ex-)")
_OWNED_NAME = rule_pattern(r"(?:'s|’s)(?=\s+[A-Z])\s")
_NAME_OF_AN_ORGAN = rule_pattern(
    r"\s+(?:[A-Z][\w\-]*\s+){0,2}?(?i:(?:vice[- ])?president|prime|premier|chancellor|minister|ministry|foreign|"
    r"defen[cs]e|government|cabinet|authorities|officials?|delegation|leaders?|king|queen|emir|sultan|crown|envoy|"
    r"ambassador|embassy|consulate|mission|administration|state|department|treasury|office|secretary|"
    r"representative|army|navy|air force|forces|coast guard|military|police|congress|senate|house|parliament|"
    r"court|commission|council|agency|authority|bureau|central bank|command|commander|chief|chiefs)\b")


# ("one of America's staunchest allies in the Iraq war": the war named after the state)
_CONFLICT_IT_WAGED = rule_pattern(r"\s+(?:military\s+|drone\s+|missile\s+)?(?:killing|assassination|strikes?|airstrikes?|"
                                  r"air strikes?|attacks?|invasion|bombing|raids?|offensive|blockade|war|conflict)\b")
# "adopted a five-point consensus on Myanmar", "signed an agreement on Syria": what an
# outcome is on
_TOPIC_OF_AN_OUTCOME = rule_pattern(r"\b(?:consensus|plan|agreement|deal|accord|declaration|roadmap|road map|proposal|"
                                    r"communiqu[eé])\s+(?:on|for|over|about|regarding|concerning)\s+(?:the\s+)?$")
_ITS_CONFLICT = rule_pattern(r"['’]s\s+(?:[\w\-]+\s+)?(?:war|invasion|aggression|annexation|occupation|offensive|"
                             r"blockade|crackdown|nuclear (?:programme|program)|missile (?:programme|program|tests?))\b",
                             re.I)


@lru_cache(maxsize=1)
def _private_people_after() -> Pattern:
    concept = load_lexicon().concept("actor-references", "private-people-of-a-state")
    return rule_pattern(rf"\s+(?:[a-z][\w\-]*\s+){{0,2}}?(?:{phrase_alternation(concept.phrases)})\b")


def without_idle_demonyms(states: list[StateHit], sentence: str) -> list[StateHit]:
    """The state mentions of a sentence less its demonyms that name no government or
    official: "Greek students", "a Brazilian operator"."""
    return [h for h in states if h.how != "demonym" or _ACTING_DEMONYM.match(sentence, h.end)]


def actors_in(states: list[StateHit], people: list[PersonHit], sentence: str = "", visit: bool = False) -> list[str]:
    """The states acting in a sentence: named, or through their officials. A state named
    as a venue ("in Vietnam", "the Vietnamese capital") acts only as the host of a visit."""
    out: list[str] = []
    signs = re.search(r"\bsign", sentence)
    protested = _PROTEST_WORDS.search(sentence) is not None  # read once: most sentences have none
    invited = _invited_spans(sentence)
    if ", who" in sentence:
        # "Lula, who will travel to China next month, met ...": a destination to come, no side
        invited += [a.span() for a in _PLAN_ASIDE.finditer(sentence)]
    previous_venue: StateHit | None = None
    previous_onward: StateHit | None = None
    previous_topic: StateHit | None = None
    accredited_to: list[str] = []
    for h in states:
        if any(start <= h.start < end for start, end in invited):
            continue
        before = words_before(sentence, h.start)
        tail = before[-100:]  # enough for the patterns anchored at the end, searched from each start
        if h.how == "name" and "mbassador" in before and _ACCREDITED_TO.search(before):
            # "received Ambassador of Armenia to Russia": the state he is accredited to
            # receives him, it is no destination
            accredited_to.append(h.iso3)
            continue
        last_word = tail[tail.rstrip().rfind(" ") + 1:].strip()  # (the cheap test before each pattern below)
        if h.how == "name" and last_word in _POST_LAST_WORDS and _POST_HELD_FOR.search(tail):
            # "the UN envoy for Syria", "the US commander in Iraq": where or for what the
            # official serves, neither a side nor the venue
            continue
        # "in Vietnam", "the Vietnamese capital", "geologists from Iceland and Norway"; not
        # "a call from the Saudi crown prince"
        venue = (h.how != "demonym" and (bool(_VENUE_WORD.search(tail)) and not _SENT_FROM.search(tail)
                                         or tail.rstrip().endswith(",") and _after_its_city(sentence, h, tail))) \
            or sentence[h.end:h.end + 8].startswith(" capital") or (
                previous_venue is not None and _LIST_GOES_ON.fullmatch(sentence, previous_venue.end, h.start) is not None)
        previous_venue = h if venue else None
        # "before heading to India and China", "a tour that will also take him to Sri Lanka
        # and Nepal": stops still to come, no side of the visit told
        # (and the rest of a list whose first no side heads: "elected Estonia, Niger and Tunisia")
        onward = _ONWARD_STOP.search(tail) is not None or _ELECTED.search(tail) is not None or (
            previous_onward is not None and _LIST_GOES_ON.fullmatch(sentence, previous_onward.end, h.start) is not None)
        previous_onward = h if onward else None
        if onward or venue and not visit or _ANOTHER_GATHERING_TO_COME.search(tail):
            continue
        if not signs and ("with" in before or "With" in before) and (counterpart := _COUNTERPART.search(before)) \
                and not (_ACCESSION_TALKS_HELD.search(before) or re.match(r"(?i)(?:accession|membership)", counterpart.group(0))
                         and _TALKS_TO_OPEN_AFTER.match(sentence, h.end)):
            # "agreed to resume negotiations on an agreement with Canada": not at the table
            # (but "will open accession negotiations with Turkey", "membership negotiations
            # with Turkey are to open": the talks held with it)
            continue
        if reacts(sentence, h.start):
            continue  # "a deal welcomed by French President Macron": a reaction, no side
        if _ITS_SPOKESPERSON.match(sentence, h.end):
            continue  # "Russian Foreign Ministry spokeswoman Maria Zakharova said", "the Belarusian government said": a source
        if _ITS_ACT_REACTED_TO.match(sentence, h.end) and _REACTING_OPENER.search(tail):
            continue  # "met on Tuesday after North Korea fired a ballistic missile": what it did, no side
        if stays_away(sentence, h.end) or _WITHOUT.search(tail) or _THE_ONLY_ONE_NOT.match(sentence, h.end):
            # "though the United States did not take part", "without the participation of
            # Russia's foreign minister": absent, no side
            continue
        if protested and _PROTESTED_BY.search(tail):
            continue  # "visited the war shrine, drawing protests from China": a state that objects, no side
        if _REJECTS_IT.match(sentence, h.end) and _REJECTS_IT_OPENER.search(tail):
            continue  # ", a deal Turkey called null and void": a state against the step, no side
        # (and the rest of a list whose first is: "the withdrawal of Mali, Burkina Faso and Niger")
        if _TOPIC_OF_MEETING.search(tail) or last_word in _POST_LAST_WORDS and _TOPIC_OF_AN_OUTCOME.search(tail) \
                or previous_topic is not None and _LIST_GOES_ON.fullmatch(sentence, previous_topic.end, h.start):
            previous_topic = h
            continue  # "talks on Syria": what was discussed, not who
        previous_topic = None
        if "that" in tail and _TOLD_THAT.search(tail):
            continue  # "Xi told Biden that Taiwan was ...": what was said, not who was on the line
        if h.how == "name" and (_REGION_OF.search(tail) or _WATERS_OF.search(tail)):
            # "a deal for northeastern Syria", "southern Lebanon", "the Sea of Japan": a place,
            # not the state acting
            continue
        if _OBJECT_OF_A_DECISION.search(tail):
            continue  # "the council met and suspended Gabon": whom the decision is on, not who met
        if h.how == "demonym" and sentence and not _ACTING_DEMONYM.match(sentence, h.end):
            continue  # "Greek students", "Colombian voters": people of a state, not the state
        if _OUT_OF_OFFICE.match(sentence, h.end) or _FORMER.search(tail):
            continue  # "Belarusian opposition leader", "former Indian Prime Minister": no one acting for it
        if h.how == "name" and _NAME_AS_MODIFIER.match(sentence, h.end) and not _NAME_OF_AN_ORGAN.match(sentence, h.end):
            continue
        if h.how == "name" and _private_people_after().match(sentence, h.end):
            continue  # "met with US tech executives": people of the state, not the state
        if _ITS_CONFLICT.match(sentence, h.end) or _CONFLICT_IT_WAGED.match(sentence, h.end) \
                and re.search(r"\b(?:the|a|an)\s+$", tail):
            # "a summit dominated by Russia's war in Ukraine", "called for restraint after the
            # U.S. killing of an Iranian general": what is discussed, not who is there
            continue
        if h.how == "name" and _NAME_ENDS_IN_A_STATE.search(tail):
            continue  # "Air India signed an agreement with Boeing": a company named after the state
        if h.how == "name" and " of " in tail and _institution_of().search(tail):
            continue  # "the Serum Institute of India": an institution named after the state
        if h.how == "name" and (owned := _OWNED_NAME.match(sentence, h.end)) and \
                not _NAME_OF_AN_ORGAN.match(sentence, owned.end() - 1) and not any(p.start <= owned.end() < p.end for p in people):
            continue  # "China's Sinopec", "Russia's Gazprom": a company of the state's, not the state
        if h.iso3 not in out:
            out.append(h.iso3)
    for p in people:
        if _FORMER.search(words_before(sentence, p.start)[-40:]):
            continue  # "former Prime Minister Manmohan Singh": out of office
        if at_a_gathering_to_come(sentence, p.start):
            continue  # "discussed the planned summit between Kim and US President Donald Trump"
        if named_for_a_time(sentence, p):
            continue  # "to discuss the future of Iraq after Saddam Hussein": a time, no one at the table
        if stays_away(sentence, p.end):
            continue  # "Putin skipped the BRICS summit": absent, no side
        if topic_runs_on(sentence, p.start):
            continue  # "talks focused on who will run Iraq once Saddam Hussein's government falls": what is discussed
        if p.state and p.state not in out and not SPEAKS_FOR.search(p.role or "") and not reacts(sentence, p.start):
            out.append(p.state)
    for iso3 in accredited_to:
        # (unless he meets another state's: "the US ambassador to Iraq met Lebanon's
        # foreign minister in Beirut")
        if iso3 not in out and len(set(out)) < 2:
            out.append(iso3)
    return out


# What talks are about, running on to a leader named in it
_TOPIC_RUNS_ON = rule_pattern(r"\b(?:focused|focusing|focuses|centred|centered|dominated)\s+(?:on|by)\s+[^,;.]{0,60}$")


def topic_runs_on(sentence: str, at: int) -> bool:
    """Whether the one named at ``at`` is part of what talks are about ("talks focused on
    who will run Iraq once Saddam Hussein's government falls")."""
    return _TOPIC_RUNS_ON.search(sentence, max(0, at - 70), at) is not None


def at_a_gathering_to_come(sentence: str, at: int) -> bool:
    """Whether the one named at ``at`` is a side of a gathering still to come, not of the
    event told ("met in Lima ahead of a summit with US President Joe Biden")."""
    return _ANOTHER_GATHERING_TO_COME.search(words_before(sentence, at)[-100:]) is not None


def stays_away(sentence: str, end: int) -> bool:
    """Whether the one named just before ``end`` is told to be absent ("Putin skipped the
    summit", "the United States did not take part")."""
    return _STAYED_AWAY.match(sentence, end) is not None


def named_for_a_time(sentence: str, person: PersonHit) -> bool:
    """Whether a leader is named for a time, not as one acting: "the future of Iraq after
    Saddam Hussein", "life under Saddam's rule"."""
    return _ERA_BEFORE.search(sentence, max(0, person.start - 12), person.start) is not None and \
        _ERA_AFTER.match(sentence, person.end) is not None


_ERA_BEFORE = rule_pattern(r"\b(?:after|under|without|post-)\s*$")
_ERA_AFTER = rule_pattern(r"(?:['’]s\s+(?:rule|regime|fall|ouster|death|era|departure|overthrow|removal)\b|\s*(?:[.,;]|$))")
# "in a deal welcomed by French President Emmanuel Macron and US President Joe Biden":
# those who react to an event are no side of it.
_REACTING_BY = rule_pattern(r"\b(?:welcomed|praised|hailed|applauded|critici[sz]ed|condemned|lauded|backed|endorsed|"
                            r"announced|unveiled|greeted)\s+"
                            r"by\b[^;.]{0,80}$")


# "Michel welcomed the peace agreement signed in 2018": the official reacts to a step
# taken, he is no side of it (but "Macron welcomed Xi to Paris" hosts him).
_REACTS_TO = rule_pattern(r"(?:[A-Z][\w.'’\-]*\s+){0,4}(?:(?:also|again|warmly|on\s+\w+)\s+)?"
                          r"(?:welcomed|welcomes|praised|praises|hailed|hails|applauded|applauds|lauded|lauds|"
                          r"critici[sz]ed|condemned)\s+(?:the|this|that|a|an|their|its)\s+(?:[\w\-]+\s+){0,3}?"
                          rf"(?i:{DOC_NOUN_RE}|deal|signing|ceasefire|truce|outcome|decision|step|move|agreements)\b|"
                          # "Beijing firmly opposed the visit of the U.S. speaker to Taiwan": against it, no side
                          r"(?:[A-Z][\w.'’\-]*\s+){0,4}(?:(?:also|again|firmly|strongly|sharply|on\s+\w+)\s+)?"
                          r"(?:critici[sz]ed|condemned|opposed|opposes|protested(?:\s+against)?|denounced|slammed|"
                          r"objected\s+to)\s+(?:the|this|that|a|an|their|its)\s+(?:[\w\-]+\s+){0,3}?"
                          r"(?:visit|trip|talks|meeting|summit|stopover|transit)\b")


def reacts(sentence: str, at: int) -> bool:
    """Whether the official named at ``at`` only reacts to what the sentence tells."""
    by = _REACTING_BY.search(sentence, max(0, at - 100), at)
    if by is not None and sentence.startswith(("welcomed", "greeted"), by.start()):
        passive = _HOST_GREETS.search(sentence, max(0, by.start() - 30), by.start())
        if passive is not None and any(p.end == passive.start() for p in person_mentions(sentence)):
            by = None  # "Erdogan was welcomed by Saudi Crown Prince Mohammed bin Salman": a host, not a reaction
    return by is not None or _REACTS_TO.match(sentence, at) is not None


# "was welcomed by": the one welcomed a person, whom the other hosts
_HOST_GREETS = rule_pattern(r"\s+(?:was|were)\s+(?:warmly\s+)?$")


# "Russian Foreign Ministry spokeswoman Maria Zakharova said the ministers will meet": who
# tells of a meeting, not who attends it.
_ITS_SPOKESPERSON = rule_pattern(r"(?:['’]s)?\s+(?:[A-Z][\w\-]+\s+|(?:foreign|defen[cs]e|ministry|government|presidential|"
                                 r"military|army|embassy|deputy|chief|top)\s+){0,4}(?i:spokes(?:man|woman|person))\b|"
                                 # "..., the Belarusian government said": who tells of it
                                 r"(?:['’]s)?\s+(?i:government|foreign ministry|ministry of foreign affairs|presidency|"
                                 r"embassy)\s+(?:said|says|announced|reported|told|added)\b|"
                                 # "..., the Kremlin said.": who tells the sentence, at its end (but
                                 # "..., Buckingham Palace announced": its own king's visit)
                                 r"(?<=\w)\s+(?:said|says|reported|added)(?:\s+(?:on|late|in)\s+\w+(?:\s+\w+)?)?\s*[.]?\s*$")
# Who speaks for a state tells of its meetings, he takes no part in them.
SPEAKS_FOR = rule_pattern(r"(?i)\bspokes(?:man|woman|person)\b|\bpress secretary\b")


# "Delegations from Britain, China and France met Iranian negotiators": those sent by a state act for it.
_SENT_FROM = rule_pattern(r"\b(?:delegations?|officials|representatives|envoys|negotiators|diplomats|ministers|counterparts|"
                          r"leaders|(?:heads|members) of (?:state|government|delegations?))\s+from\s+(?:the\s+)?$", re.I)
# ", drawing protests from China and South Korea", ", angering Beijing": who objects to
# what the sentence tells (looked for only in a sentence that holds one of the verbs)
_DRAWING = r"(?:drawing|drew|prompting|prompted|sparking|sparked|triggering|triggered|provoking|provoked|inviting|invited)"
_ANGERING = r"(?:angering|angered|infuriating|infuriated|irking|irked|upsetting|upset)"
_PROTEST_WORDS = rule_pattern(rf"\b(?:{_DRAWING}|{_ANGERING})\b")
_PROTESTED_BY = rule_pattern(rf"\b{_DRAWING}\s+(?:an?\s+)?(?:(?:sharp|strong|angry|swift|fresh|immediate)\s+)?"
                             r"(?:protests?|criticism|condemnation|anger|rebukes?|complaints?|objections?|outrage)\s+"
                             rf"from\s+[^;.]{{0,60}}$|\b{_ANGERING}\s+[^;.]{{0,40}}$")
# ", a deal Turkey called null and void", ", which Beijing condemned": a state that
# rejects the step told before it is no side of it.
_REJECTS_IT_OPENER = rule_pattern(r"(?:,|—|–|\()\s*(?:(?:a|an|the|one)\s+(?:[\w\-]+\s+){1,3}?|which\s+|that\s+)$")
_REJECTS_IT = rule_pattern(r"(?:['’]s\s+(?:[\w\-]+\s+){0,2}?(?:government|foreign ministry|ministry)\s+)?\s*"
                           r"(?:(?:has|had|have|quickly|promptly|swiftly|immediately|later)\s+)*"
                           r"(?:called|calls|rejected|rejects|condemned|condemns|denounced|denounces|dismissed|dismisses|"
                           r"slammed|slams|protested|protests|decried|decries|opposed|opposes|branded|brands|"
                           r"described|describes|considers|considered|refused|refuses|disputes|disputed)\b")
# ", a deal the European Union welcomed": who reacts to the step, after it.
_REACTS_AFTER = rule_pattern(r"\s+(?:(?:has|had|have|also|quickly|warmly)\s+)*(?:welcomed|praised|hailed|applauded|lauded|"
                             r"backed|endorsed)\b")
_ITS_ACT_REACTED_TO = rule_pattern(r"\s+(?:had\s+|has\s+)?(?:fired|launched|attacked|struck|shelled|invaded|seized|"
                                   r"tested|shot\s+down|bombed|detonated|test-fired)\b")
_REACTING_OPENER = rule_pattern(r"\b(?:after|following|when|as|because|since|hours after|days after)\s+(?:the\s+)?$")
# "leaving Eritrea as the only one of the AU's 55 members not to have done so"
_THE_ONLY_ONE_NOT = rule_pattern(r"\s+as\s+the\s+(?:only|last|sole)\b[^.;,]{0,80}?\bnot\b")
_WITHOUT = rule_pattern(r"\b(?:without|(?:in|despite|amid|given)\s+the\s+absence\s+of)\s+(?:the\s+)?"
                        r"(?:(?:participation|presence|attendance)\s+of\s+"
                        r"(?:the\s+)?)?$")
_STAYED_AWAY = rule_pattern(r"\s+(?:(?:did|does|do|will|would)\s+not|didn[’']t|won[’']t)\s+(?:take part|attend|"
                            r"participate|join)\b|\s+(?:stayed away|boycotted|was absent|were absent|skipped|skips|"
                            r"(?:will|would|is to|plans to)\s+skip|is skipping|missed)\b|"
                            # "with Myanmar's junta again excluded", "Russia, which was barred"
                            r"(?:['’]s\s+(?:[\w\-]+\s+){0,2}?|,\s+which\s+(?:was|is|has been)\s+)(?:again\s+|still\s+)?"
                            r"(?:excluded|barred|absent|suspended|kept out)\b")
_ACCREDITED_TO = rule_pattern(r"\b[Aa]mbassador(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+){1,4}?(?:of\s+(?:[A-Z][\w\-]*\s+){1,3})?)?"
                              r"\s*to\s+(?:the\s+)?$")
# The words the patterns on what stands just before a state end on
_POST_LAST_WORDS = frozenset({"for", "on", "in", "the", "over", "about", "regarding", "concerning"})
_POST_HELD_FOR = rule_pattern(r"\b(?:[Ee]nvoy|[Rr]epresentative|[Cc]oordinator|[Rr]apporteur|[Mm]ediator|[Nn]egotiator)\s+"
                              r"(?:for|on)\s+(?:the\s+)?$|"
                              r"\b(?:[Cc]ommander|[Aa]dministrator|[Aa]mbassador|[Ee]nvoy|[Rr]epresentative|[Cc]onsul|"
                              r"[Cc]oordinator|[Cc]orrespondent|[Gg]overnor|[Vv]iceroy)\s+in\s+(?:the\s+)?$")
_MINISTERS_COUNCIL = rule_pattern(r"\bForeign (?:Affairs )?(?:Ministers|Affairs Council)\b|\bMinisterial\b|"
                                  r"\b(?:Council|Committee) of (?:\w+ )?Ministers\b|\bCFM\b")
_LEADERS_COUNCIL = rule_pattern(r"\bHeads of (?:State|Government)\b|\bSupreme\b.*\bCouncil\b|^European Council$")


_ORGAN_NOUNS = ("Council", "Assembly", "Committee", "Commission", "Board", "Parliament", "Conference")


def council_kind(bodies: list[BodyHit], kind: str, trigger_at: int = -1) -> str:
    """A meeting of a council of ministers is a ministerial, of a council of leaders a
    summit, whatever word the text uses for it ("the Foreign Affairs Council, meeting today").

    >>> from kg.extraction.mentions import body_mentions
    >>> council_kind(body_mentions("the EU's Foreign Affairs Council, meeting in Brussels"), "talks")
    'ministerial'
    """
    if kind not in ("talks", "meeting", "session"):
        return kind
    for b in bodies:
        if _MINISTERS_COUNCIL.search(b.body.name) or _MINISTERS_COUNCIL.search(b.form):
            return "ministerial"
        if _LEADERS_COUNCIL.search(b.body.name):
            return "summit"
    if kind in ("talks", "meeting") and any(b.body.parent and re.split(r"\s+of\s+", b.form)[0].split()[-1] in _ORGAN_NOUNS
                                            and 0 <= trigger_at - b.end <= 30 for b in bodies):
        return "session"  # "the OSCE Permanent Council met": a session of a standing organ
    return kind


# Leaders as the subject of a sentence: "The leaders of Russia, Ukraine, Germany and France",
# "the presidents of seven South American countries", "Forum Leaders".
_LEADERS_SUBJECT = rule_pattern(rf"(?:\b(?i:leaders|presidents|heads of (?:state|government)|prime ministers)\b"
                                rf"|\b(?:Leaders|Presidents|Prime Ministers)\b)(?!{_OF_OTHER_INSTITUTIONS})")
# "Secretary of State Rice held talks with Israeli and Palestinian leaders": a minister's
# talks with leaders, no summit of theirs
_AN_OFFICIAL_MET_LEADERS = rule_pattern(r"(?:(?!\b(?i:leaders|presidents|heads of)\b)[^.;])*?\b(?:Secretary|Minister|minister|"
                                        r"[Ee]nvoy|Secretary-General)\b(?:(?!\b(?i:leaders|presidents|heads of)\b)[^.;]){0,80}?"
                                        r"\b(?:held talks|met|talks|meeting|spoke)\s+with\s+(?:[\w\-]+\s+){0,4}?(?:leaders|presidents)\b"
                                        r"(?![^.;]*\b(?:summit|leaders|presidents)\b)")
# Talks held by those named ("held talks", "talks between their foreign ministers")
_TALKS_HELD = rule_pattern(r"\b(?:held|hold|holding) (?:\w+ ){0,2}talks\b|\btalks between\b", re.I)


def kind_by_participants(text: str, kind: str, states: int, has_body: bool) -> str:
    """The type of a meeting by who took part, where the trigger word alone misleads: the
    leaders of three states or more, or a body's leaders, hold a summit (the facts'
    convention: heads of state or government); two foreign ministers or heads of state
    who held talks, with no body's meeting or summit around them, hold talks.

    >>> kind_by_participants("The leaders of Russia, Ukraine, Germany and France met in Minsk.", "talks", 4, False)
    'summit'
    >>> kind_by_participants("The two leaders met in Minsk.", "talks", 2, False)
    'talks'
    >>> kind_by_participants("The foreign ministers of Peru and Chile held talks in Lima.", "ministerial", 2, False)
    'talks'
    >>> kind_by_participants("Boric held talks with Boluarte, and the two heads of state agreed.", "summit", 2, False)
    'talks'
    >>> kind_by_participants("The foreign ministers of Peru and Chile met for talks hosted by Brazil.", "ministerial", 3, False)
    'talks'
    """
    if kind == "talks" and has_body and _BODYS_OFFICIALS_MET.match(text):
        return "meeting"  # "ECOWAS defence chiefs met in Accra": the body's officials' meeting, no talks of sides
    own = _A_BODYS_OWN_MET.match(text) if kind == "talks" and has_body and states == 0 else None
    if own is not None and (re.match(r"\s*(?:The\s+)?[Mm]embers\b", own.group(0))
                            or re.search(r"\b(?:Committee|Council|Assembly|Board|Commission)\b", own.group(0))):
        # "Members of the Andean Community met in Lima", "The Council of Europe's Committee of
        # Ministers met": the body's own meeting, a ministerial where its ministers meet
        return "ministerial" if _MINISTERS_COUNCIL.search(text) else "meeting"
    # Two sides, or two and the one who hosts or brokers their talks.
    sides = states - 1 if states == 3 and _BROKERED.search(text) else states
    if kind in ("ministerial", "summit") and not has_body and not re.search(
            r"(?i)\bsummit|\bministerial|\bconference|\bmeeting of\b", text) and (
            sides == 2 and (kind == "ministerial" or _TALKS_HELD.search(text))
            or sides == 3 and kind == "ministerial" and re.search(r"\btalks between\b", text)):
        # "Xi held talks with Mattarella, and the two heads of state agreed ...", "the
        # foreign ministers of Brazil and Argentina met": two sides, no gathering of a body
        # ("after talks between their foreign ministers in Moscow": and their host)
        return "talks"
    if kind in ("talks", "meeting") and (_LEADERS_OF_COUNTED_STATES.search(text) or _WORLD_LEADERS.search(text)):
        # "The presidents of the five Central Asian states met", "World leaders met in Berlin":
        # their states uncounted by name
        return "summit"
    if kind == "meeting" and has_body and _CHAIRED_BY_A_LEADER.search(text):
        return "summit"  # "The week-long Forum meeting, chaired by Cook Islands Prime Minister Mark Brown": its leaders
    if kind not in ("talks", "meeting", "signing") or not (states >= 3 or has_body):
        return kind
    if kind == "talks" and _FACILITATED.search(text) and not re.search(r"(?i)\bsummit\b", text):
        return kind  # "reached a deal in EU-facilitated talks": the body mediates talks between sides
    if kind == "signing" and _INSTRUMENT.search(text) and not re.search(r"(?i)\bsummit\b", text):
        return kind  # "the treaty, which EU leaders signed in Lisbon": a signing ceremony, not their summit
    if _LEADERS_SUBJECT.search(re.sub(rf"{TO_COME}\s+[^,;]*", "", text)) and not _AN_OFFICIAL_MET_LEADERS.match(text):
        return "summit"  # (not "ministers met ahead of the leaders' summit": theirs is still to come)
    # "Ministers of the African Union met in Addis Ababa", "APEC ministers met": the body's
    # ministerial meeting
    return "ministerial" if has_body and kind in ("talks", "meeting") and _MINISTERS_SUBJECT.search(text) else kind


_BODYS_OFFICIALS_MET = rule_pattern(r"\s*(?:The\s+)?[A-Z][A-Za-z]{1,9}(?:['’]s)?\s+(?:[a-z][\w\-]*\s+){0,2}"
                                    r"(?:chiefs|officials|experts|envoys|negotiators|delegates|ambassadors|"
                                    r"representatives|commanders)\s+(?:met|meet|gathered|convened)\b")
_A_BODYS_OWN_MET = rule_pattern(r"\s*(?!(?:The\s+)?(?:Ministers|Foreign|Leaders|Presidents|Heads|Prime|Defen[cs]e|Finance|"
                                r"Trade|Economy|Energy|Health)\b)"
                                r"(?:(?:The\s+)?[Mm]embers\s+of\s+)?(?:the\s+)?(?:[A-Z][\w\-]*['’]?s?\s+){1,6}"
                                r"(?:(?:of\s+(?:the\s+)?)?[A-Z][\w\-]*(?:['’]s)?\s+){0,4}(?:met|meet|meets|gathered|convened)\b")
_CHAIRED_BY_A_LEADER = rule_pattern(r"\bchaired by\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,4}(?:President|Prime Minister|"
                                    r"King|Emir|Sultan|Premier|Chancellor)\b")
_LEADERS_OF_COUNTED_STATES = rule_pattern(r"\b(?:leaders|presidents|heads of state|heads of government|prime ministers)\s+"
                                          r"of\s+the\s+(?:three|four|five|six|seven|eight|nine|ten|[3-9]|\d\d)\s+"
                                          r"(?:[A-Z][\w\-]*\s+){0,3}(?:countries|nations|states|member states)\b", re.I)
_WORLD_LEADERS = rule_pattern(WORLD_LEADERS)
_MINISTERS_SUBJECT = rule_pattern(r"^\s*(?:[A-Z][\w\-]*\s+){0,3}?[Mm]inisters of (?:the )?[A-Z]|"
                                  r"^\s*(?:The\s+)?(?:[A-Z][\w\-]*\s+){1,3}?(?:[a-z]+\s+)?ministers\s+(?:met|meet|gathered|held)\b")
_BROKERED = rule_pattern(r"\b(?:hosted|mediated|brokered|facilitated)\s+by\b")
_INSTRUMENT = rule_pattern(r"(?i)\b(?:treaty|treaties|agreements?|convention|protocol|charter|accord|pact)\b")


# "voted to suspend Russia from the Human Rights Council", "elected Estonia to the Security
# Council": the body a state's seat is in, not the one that met
_PRESIDENCY_OF = rule_pattern(r"\b(?:holds?|holding|held|took over|takes over|assumed?|assumes)\s+(?:the\s+)?(?:rotating\s+)?"
                              r"(?:presidency|chairmanship|chair)\s+of\s+(?:the\s+)?$")
_SEAT_IN = rule_pattern(r"\b(?:suspend|suspended|suspends|suspending|expel|expelled|expels|remove|removed|elect|elected|"
                        r"elects|re-elect|re-elected|readmit|readmitted|admit|admitted|reinstate|reinstated|bar|barred)\s+"
                        r"(?:[\w\-.'’]+\s+){0,4}?(?:from|to|into)\s+(?:the\s+)?(?:UN\s+|U\.N\.\s+)?$")


def body_for_event(bodies: list[BodyHit], kind: str, sentence: str, trigger_at: int = -1) -> RefBody | None:
    if not bodies or kind in ("call", "visit"):
        return None
    g = gazetteer()
    # "the ASEAN-US summit", "an EU-China summit": a body meeting a state, not a meeting of its own.
    bodies = [b for b in bodies if not _dialogue_partner(sentence[b.end:], g)]
    if not bodies:
        return None
    # "The 10th East Asia Summit brought the ASEAN members together": the body whose name holds the trigger.
    names_meeting = re.match(r"(?i)(?:summit|conference|session|meeting)\b", sentence[max(trigger_at, 0):])
    # (and "the BRICS Plus session": a word of the format's between)
    holding = [b for b in bodies if b.start <= trigger_at < b.end or (names_meeting and 0 <= trigger_at - b.end and (
        trigger_at - b.end <= 1 or re.fullmatch(r"\s+[A-Z][\w+\-]*\s+", sentence[b.end:trigger_at]) is not None))]
    if holding:
        return holding[0].body  # "the seventh BRICS summit" is the BRICS's
    sidelines = SIDELINES.search(sentence)
    if sidelines and kind not in ("summit", "conference", "session", "ministerial"):
        # "signed on the sidelines of the Forum leaders' meeting": the Forum's is the meeting, not the signing.
        bodies = [b for b in bodies if b.start < sidelines.start()]
        if not bodies:
            return None
    # "to sign the agreement with the European Union": the Union is the other side, not the host;
    # "the Dialogue, which reviewed ties and the Quad": what was discussed, not who met.
    relative = re.search(r",\s+(?:which|where)\b", sentence[max(trigger_at, 0):])
    named = bodies
    bodies = [b for b in bodies if not _COUNTERPART.search(words_before(sentence, b.start))
              and not _TOPIC_OF_MEETING.search(words_before(sentence, b.start))
              and not _GATHERINGTO_COME.search(words_before(sentence, b.start))
              # "a violation of the UN Charter": a document's name, not who meets
              and not _A_DOCUMENT_OF_ITS_NAME.match(sentence, b.end)
              # "will hold a meeting with donors, including the United Nations": a guest, not the host
              and not _GUESTS_INCLUDING.search(words_before(sentence, b.start))
              # "issued a statement calling for an emergency session of the IAEA's board": one asked for
              and not _ITS_GATHERING_ASKED.search(words_before(sentence, b.start))
              # "signed a treaty on security guarantees within the Union State": where it applies
              and not _WITHIN.search(words_before(sentence, b.start))
              # "signed the Regional Comprehensive Economic Partnership": the document, no holder
              and not (kind == "signing" and _SIGNED_OBJECT.search(words_before(sentence, b.start)))
              # "extended the mandate of the UN Mission in South Sudan": what the decision is on
              and not _MANDATE_OF.search(words_before(sentence, b.start))
              and not (_BEFORE_ITS.search(words_before(sentence, b.start)) and _ITS_GATHERING.match(sentence, b.end))
              and not (relative and b.start > max(trigger_at, 0) + relative.start())
              # "Croatia, which holds the rotating presidency of the Council of the EU, will
              # host the summit": the body a state chairs, not the gathering's
              and not (_PRESIDENCY_OF.search(words_before(sentence, b.start)) and not b.start <= trigger_at < b.end)
              and not (_REJECTS_IT_OPENER.search(words_before(sentence, b.start)[-100:])
                       and _REACTS_AFTER.match(sentence, b.end))]
    # (nor is the acronym in brackets after a name left out: "the United Nations Mission in
    # South Sudan (UNMISS)", "the Regional Comprehensive Economic Partnership (RCEP)")
    left_out = [b for b in named if b not in bodies]
    bodies = [b for b in bodies if not any(0 <= b.start - o.end <= 2 for o in left_out)]
    if not bodies:
        return None
    seats = [b for b in bodies if _SEAT_IN.search(words_before(sentence, b.start)[-120:])]
    if seats and len(seats) < len(bodies):
        bodies = [b for b in bodies if b not in seats]  # (the other body named met)
    # "committed to respect a UN arms embargo": the name qualifies a thing, no body meets
    bodies = [b for b in bodies if not is_attribute(sentence, b)]
    if not bodies:
        return None
    opening = _OPENING.match(sentence)
    if opening and opening.end() <= trigger_at:
        bodies = [b for b in bodies if b.start >= opening.end()]
        if not bodies:
            return None
    if kind in ("talks", "signing", "meeting"):
        # "The IMF report said the minister met bankers": the body tells, it does not meet.
        bodies = [b for b in bodies if not is_source(sentence, b)]
        if not bodies:
            return None
    facilitator = [b for b in bodies if _FACILITATED.match(sentence, b.end)]
    if kind == "talks" and facilitator:
        return facilitator[0].body  # "the EU-facilitated dialogue ... began with talks": the Union's
    if kind in ("talks", "signing", "meeting"):
        # "activists met in Davos during the World Economic Forum", "attended the World Economic
        # Forum, where he met Sanchez": the occasion, not the meeting's body
        bodies = [b for b in bodies if not re.search(r"\bduring\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$",
                                                     words_before(sentence, b.start))
                  and not (b.end < trigger_at and _OCCASION_CLAUSE.search(sentence, b.end, trigger_at))]
        if not bodies:
            return None
    if kind in ("talks", "signing"):
        # Talks or a signing belong to a body only when it is named next to the trigger.
        bodies = [b for b in bodies if trigger_at >= 0 and abs(b.start - trigger_at) <= 60
                  and not re.search(r",\s+(?:and|but|while)\b", sentence[min(b.end, trigger_at):max(b.start, trigger_at)])]
        if not bodies:
            return None
    # The most specific body named: an organ over its parent, a longer name over a shorter.
    organ = [b for b in bodies if b.body.parent]
    chosen = max(organ or bodies, key=lambda b: len(b.body.name))
    return chosen.body


def joined_to_a_state(sentence: str, body: BodyHit, states: list[StateHit]) -> bool:
    """Whether a body is named with a state as one of two sides ("Kazakhstan and the EU")."""
    return any(re.fullmatch(r"\s+and\s+(?:the\s+)?", sentence[body.end:h.start]) or
               re.fullmatch(r"\s+and\s+(?:the\s+)?", sentence[h.end:body.start]) for h in states)


# "met on the eve of the G20 summit": a gathering still to come, not the meeting's own
_OCCASION_CLAUSE = rule_pattern(r",\s+(?:where|during which|at which|on the sidelines of which)\b")
# "met in Berlin before the Security Council vote": the body's vote is still to come
_BEFORE_ITS = rule_pattern(r"\b[Bb]efore\s+(?:the|a|its|this|next\s+\w+['’]s)\s+$")
_ITS_GATHERING = rule_pattern(r"(?:['’]s)?\s+(?:vote|votes|voting|meeting|session|summit|debate)\b")
_WITHIN = rule_pattern(r"\b(?:within|across|throughout)\s+(?:the\s+)?$")
_SIGNED_OBJECT = rule_pattern(r"\b(?:signed|sign|signs|signing|ratified|ratify|ratifies|inked|joined|join|joins)\s+"
                              r"(?:the\s+)?$")
_A_DOCUMENT_OF_ITS_NAME = rule_pattern(r"\s+(?:Charter|Convention|Treaty|Covenant|Statute|Protocol)\b")
_GUESTS_INCLUDING = rule_pattern(r"\bwith\s+(?:[\w\-]+[\s,]+){1,3}?including\s+[^.;:()]{0,80}$")
_ITS_GATHERING_ASKED = rule_pattern(r"\b(?:call(?:ing|ed|s)? for|request(?:ing|ed|s)?|demand(?:ing|ed|s)?|seek(?:ing|s)?|sought)\s+"
                                   r"(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}?(?:session|meeting|summit)\s+of\s+(?:the\s+)?$")
_GATHERINGTO_COME = rule_pattern(rf"{TO_COME}\s+(?:the\s+)?(?:\w+\s+){{0,2}}$")
_FACILITATED = rule_pattern(r"-(?:facilitated|brokered|mediated|sponsored|led)\b")


def _dialogue_partner(after: str, g) -> bool:
    """Whether a body's name is followed by "-US", "–China": the other side of a dialogue."""
    # (a dash between spaces opens an aside: "the Quad - Australia, India, Japan and ...")
    m = re.match(r"[-–]([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)", after)
    if not m:
        return False
    words = m.group(1).split()
    return any(" ".join(words[:n]) in g.state_names or " ".join(words[:n]) in g.demonyms
               or " ".join(words[:n]) in ("US", "U.S.", "UK", "Africa") for n in (1, 2))


_DIALOGUE = rule_pattern(r"\b([A-Z][\w.]*[-–][A-Z][\w.]*) (?:[a-z]+ )?(?:[Ss]ummit|[Ll]eaders['’]? [Mm]eeting)\b")


def dialogue_name(text: str, kind: str) -> str | None:
    """The name of a summit between two sides ("the ASEAN-US summit"), which is not the
    summit of either side's body."""
    m = _DIALOGUE.search(text) if kind == "summit" else None
    if m is None or any(b.start <= m.start() < b.end for b in body_mentions(text)):
        return None  # "the Russia-Africa Summit" is a standing format of its own
    return f"{m.group(1)} summit"


# The gathering on whose sidelines an event was held, by its noun ("the G7 summit", "the
# ASEAN Regional Forum", "the UN General Assembly"; not the "Forum" of "the Pacific Islands
# Forum leaders' meeting")
SIDELINES_OF = rule_pattern(r"\b(?:sidelines|margins) of (?:the )?(?:[\w\-'’]+\s+){0,4}?"
                            r"(summit|conference|Forum(?!\s+(?:[\w'’]+\s+){0,2}(?:meeting|summit|session))|"
                            # ("a Shanghai Cooperation Organisation meeting": only a body's, see _add_events_beside)
                            r"General Assembly|meeting|ministerial)\b", re.I)
_GATHERING_OF_SIDELINES = {"forum": "conference", "general assembly": "session"}
_WHOSE_MEETING = rule_pattern(r"(?i:\b(?:ministers|leaders|heads of state)['’]?\s+meeting\b)")
_MEETING_OF_WHOM = rule_pattern(r"(?i:\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:ministers|leaders|heads of state)\b)")


# The other events beside a sentence's main one (see second_types)
_AFTER_TALKS = rule_pattern(r"\b(?:after|following|during|at the (?:end|close|conclusion) of)\s+"
                            r"(?:[\w\-\"“”+]+\s+){0,4}(?:talks|negotiations|meeting)\b", re.I)
_DURING_A_VISIT = rule_pattern(r"\b(?:(?:day|days|course|part) of|during) (?:the |his |her |their |a |an )?"
                               r"(?:[\w\-’']+\s+){0,5}?(?:visit|trip)\b", re.I)
# (or "who is in Astana on an official visit": the place first)
_ON_A_VISIT_ASIDE = rule_pattern(r",\s+who\s+(?:is|was)\s+(?:currently\s+)?(?:on\s+(?:an?|his|her)\s+"
                                 r"(?:[\w\-]+\s+){0,2}?visit\s+to\b|in\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?\s+on\s+"
                                 r"(?:an?|his|her)\s+(?:[\w\-]+\s+){0,2}?visit\b)")
_HELD_TALKS = rule_pattern(r"\bheld (?:\w+ ){0,2}(?:talks|meeting with)\b"
                           # (not "held talks with the foreign ministers of Armenia and Azerbaijan": the same meeting)
                           r"(?!\s+with\s+(?:the\s+|their\s+)?(?:[\w\-]+\s+){0,2}?ministers\b)", re.I)
_WHERE_SIGNED = rule_pattern(r"\b(?:where|at which|during which)\b[^.;]*\b(?:signed|inked)\b")
_SIGNED_A_DOCUMENT = rule_pattern(rf"\b(?:signed|inked)\s+(?:an?|the|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                                  rf"(?:[\w\-]+\s+){{0,3}}?(?i:{DOC_NOUN_RE})\b")
_ON_WHOSE_SIDELINES = rule_pattern(r"\b(?:sidelines|margins) of which\b.*\b(?:bilateral meeting|talks|meet)\b", re.I)


def second_types(text: str, kind: str) -> list[str]:
    """The other events a sentence reports beside its main one: talks before a signing,
    the visit during which it happened, the summit on whose sidelines talks were held.

    >>> second_types("They signed seven agreements after talks on the second day of the visit.", "signing")
    ['talks', 'visit']
    """
    out = []
    # "signed the accord after months of talks": no talks of the day
    if kind == "signing" and _AFTER_TALKS.search(_without_false_triggers(text)):
        out.append("talks")
    if kind in ("signing", "talks") and _DURING_A_VISIT.search(text):
        # "signed ten instruments on the first day of the president's visit", "during a state visit by Lula"
        out.append("visit")
    elif kind in ("signing", "talks") and _ON_A_VISIT_ASIDE.search(text):
        out.append("visit")  # "held talks with Macron, who is on a state visit to China"
    if kind in ("session", "ministerial", "meeting", "visit", "signing") and _HELD_TALKS.search(text):
        out.append("talks")  # "held bilateral talks and co-chaired the session of the Joint Commission"
    if kind in ("summit", "conference", "session", "ministerial") and _WHERE_SIGNED.search(text):
        out.append("signing")  # "for an AU summit where on Sunday Nigeria and Benin signed the agreement"
    if kind in ("talks", "ministerial", "meeting", "visit") and _SIGNED_A_DOCUMENT.search(text):
        out.append("signing")  # "signed a memorandum during talks between their foreign ministers"
    sidelines = SIDELINES_OF.search(text)
    if sidelines:
        # (a forum is a conference: "the ASEAN Regional Forum"; the General Assembly meets in session)
        noun = sidelines.group(1).lower()
        whose = _WHOSE_MEETING.search(sidelines.group(0)) or _MEETING_OF_WHOM.match(text, sidelines.end()) \
            if noun == "meeting" else None
        if whose is not None:
            # "the ASEAN Foreign Ministers' Meeting", "the APEC Economic Leaders' Meeting", "a
            # meeting of foreign ministers of the SCO": of whom
            noun = "ministerial" if "inister" in whose.group(0) else "summit"
        out.append(_GATHERING_OF_SIDELINES.get(noun, noun))
    if _ON_WHOSE_SIDELINES.search(text):
        out.append("talks")
    return [k for k in out if k != kind]


def coordinated_dates(sentence: str, dates: list[DateMention], kind: str) -> list[tuple[DateMention, str]]:
    """The dates after the first of a sentence that tells of one event per date ("the
    protocol signed on 5 September and the memorandum of 19 September", "in Chile on
    Monday and El Salvador on Tuesday"), each with the stretch of text it closes.
    Dates joined by "and" alone ("last Thursday and Friday") are one event's days.

    >>> from kg.extraction.dates import find_dates
    >>> text = "He visited Chile on Monday and El Salvador on Tuesday."
    >>> [(d.value, seg.strip()) for d, seg in coordinated_dates(text, find_dates(text, "2024-03-14"), "visit")]
    [('2024-03-12', 'and El Salvador on Tuesday')]
    """
    if len(dates) < 2:
        return []
    ordered = sorted(dates, key=lambda d: d.start)
    out = []
    for before, after in zip(ordered, ordered[1:]):
        between = sentence[before.end:after.start]
        # Each date has its own thing: a document for a signing, a place for anything else
        # ("in Monterrey in 2002 and Doha in 2008").
        # (a call lasts no two days: "had spoken by telephone in February and in September" are two)
        own = re.search(rf"(?i:\b(?:{DOC_NOUN_RE})\b)", between) if kind == "signing" else \
            re.fullmatch(r"\s+and\s+(?:(?:in|on)\s+)?", between) if kind == "call" else \
            re.search(r"\band\s+(?:in\s+|to\s+)?[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?\s+(?:(?:on|in)\s+)?$", between + " ")
        if re.search(r"\band\b", between) and own and after.kind == before.kind and ";" not in between \
                and after.value not in (before.value, dates[0].value):
            out.append((after, sentence[before.end:after.end]))
    return out


# A day that names what happened on it: "the September 11 attacks", "the July 7 bombings"
_NAMES_A_HAPPENING = rule_pattern(r"\s+(?:attacks?|bombings?|blasts?|massacre|coup|uprising|revolution|riots?|"
                                  r"earthquake|tsunami|elections?|referendum|protests?)\b")
_AFTER_AN_ENCOUNTER = rule_pattern(r",?\s+(?:after|following)\s+(?:a|an|the|their|his|her)\s+(?:[\w\-]+\s+){0,2}?"
                                   r"(?:(?:phone|telephone|video)\s+call|call|talks|meeting|conversation)\b")


def can_date_event(sentence: str, d: DateMention) -> bool:
    """Whether a date can be the date of an event in the sentence: "in 2016" can, "until
    2025", "this year" and "the 75th anniversary of 1945" cannot."""
    words = sentence[d.start:d.end].lower()
    if re.search(r"\b(?:announced|said|stated|reported|confirmed|told (?:\w+ ){1,2})\s*(?:on\s+)?$",
                 sentence[max(0, d.start - 30):d.start]) and not _AFTER_AN_ENCOUNTER.match(sentence, d.end):
        # "as announced on Monday evening": the day of the words, not of the event (but "was
        # announced on October 23 after a phone call": the call's day too)
        return False
    if re.search(r"\b(?:reached|grew|rose|fell|totall?ed|amounted to|increased|decreased|stood at|worth)\s+"
                 r"(?:by\s+|to\s+)?[^,;\d]{0,12}\d[^,;]{0,30}$", sentence[max(0, d.start - 60):d.start]):
        return False  # "trade, which reached USD 1.1 billion in 2023": the year of a figure
    if re.search(r"\b(?:took|take|takes|taking) effect\b[^,;]*$|\b(?:entered|enters|enter|came|comes|come|went|goes) into "
                 r"(?:force|effect)\b[^,;]*$",
                 sentence[max(0, d.start - 60):d.start]):
        return False  # "deals which took effect in 2023": a document's step, not a meeting's day
    if re.search(r"\b(?:by|until|till|through|before|no later than|deadline (?:of|is))\s+(?:the\s+)?$",
                 sentence[max(0, d.start - 20):d.start], re.I):
        return False  # "must come out by October 31st": a deadline, not the day of an event
    if re.search(r"\bsince\s+(?:(?!\b(?:met|talks|summit|visit|call|signed|signing)\b)[^,;]){0,60}$",
                 sentence[max(0, d.start - 70):d.start]):
        return False  # "their second call since Lee took office in June": where a period starts
    if _NAMES_A_HAPPENING.match(sentence, d.end):
        return False  # "a statement condemning the September 11 attacks": a name, not the event's day
    if re.search(r"\b(?:chairmanship|presidency|chair)\s+$", sentence[max(0, d.start - 20):d.start], re.I):
        return False  # "a decision giving Germany the chairmanship in 2016": the year of a chair
    if d.kind == "year":
        # (not "the group, formed in 2017": the year of a founding)
        return (words.startswith("in ") or words.startswith("the ")) and not re.search(
            r"anniversary|founded|formed|created|established|set up|born", sentence[max(0, d.start - 120):d.end], re.I)
    if re.match(r"['’]s\b", sentence[d.end:d.end + 2]) and not re.match(
            r"['’]s\s+(?:[\w\-]+\s+){0,2}?(?:summits?|meetings?|sessions?|talks|conferences?|visits?|forum|gathering)\b",
            sentence[d.end:d.end + 60]):
        return False  # "following last month's coup", not "next year's summit": the day of something else
    if d.kind == "relative_period" and words.startswith("this") and not words.endswith("week") and not re.search(
            r"\b(?i:later|earlier)\s+$", sentence[max(0, d.start - 10):d.start]):
        # "this year" is when something counts, "later this month" and "in Jakarta this
        # week" when it happens
        return False
    return True


_LENGTH = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6,
           "7": 7}


_ORDINAL_DAY = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}
_DAY_OF = rule_pattern(r"\b(?:the|its) (?P<nth>second|third|fourth|fifth|2nd|3rd|4th|5th)(?P<final> and (?:final|last|closing))? day of "
                       r"(?:the |his |her |their |a |an )?(?:[\w\-’']+\s+){0,5}?(?P<noun>visit|summit|session|"
                       r"assembly|conference|meeting|talks|trip|tour|forum)\b", re.I)
_DAY_NOUNS = {"visit": "visit", "trip": "visit", "tour": "visit", "summit": "summit", "session": "session",
              "assembly": "session", "conference": "conference", "meeting": "ministerial", "talks": "talks",
              "forum": "summit"}


def event_span(sentence: str, date: str | None, end_date: str | None, kind: str | None = None
               ) -> tuple[str | None, str | None]:
    """A "three-day conference" that "closed on Thursday" began on the Tuesday: the
    date an event ends on gives its start when the text gives its length; so does "on
    the second day of the visit".

    >>> event_span("approved on the second and final day of the General Assembly", "2009-06-03", None, "session")
    ('2009-06-02', '2009-06-03')
    >>> event_span("signed on the second day of his visit", "2017-07-05", None, "visit")
    ('2017-07-04', None)
    """
    import datetime as dt
    if not date or len(date) != 10 or end_date:
        return date, end_date
    day = _DAY_OF.search(sentence)
    if day and kind and _DAY_NOUNS[day.group("noun").lower()] in (kind, "ministerial" if kind == "session" else kind):
        start = dt.date.fromisoformat(date) - dt.timedelta(days=_ORDINAL_DAY[day.group("nth").lower()] - 1)
        return start.isoformat(), (date if day.group("final") else None)
    closing = re.search(r"\b(?:closed|ended|concluded|concluding|wrapped up|wrapping up|wound up|came to an end|"
                        r"(?:are|is) (?:closing|ending)|closing (?:a|an|their|its) |"
                        r"at the end of|on the (?:last|final|closing) day of|"
                        # "agreed on Tuesday ... after a marathon five-day summit": it ended with the agreement
                        r"after an? (?:[\w\-]+ )?(?:two|three|four|five|six|seven|[2-5])-day|"

                        # "agreed early on Tuesday ... after a summit in Brussels that lasted nearly five days"
                        r"after an? [^.;]{0,60}?\b(?:that|which) lasted)\b", sentence, re.I)
    if closing is None and kind != "signing":
        # "agreed early on Tuesday after four days of negotiations": the talks ended with
        # it (a signing after them is on its one day)
        closing = _AFTER_DAYS_OF_TALKS.search(sentence)
    length = re.search(r"\b(two|three|four|five|six|seven|[2-5])-day\b|"
                       r"\b(?:lasted (?:nearly |almost |more than |over |some )?|after )(two|three|four|five|six|seven|[2-7]) "
                       r"days\b|"
                       # "wrapped up two days of talks in Basel on Friday"
                       r"\b(two|three|four|five|six|seven|[2-7]) days of (?:[\w\-]+ )?(?:talks|meetings|negotiations|"
                       r"discussions|consultations|deliberations)\b", sentence, re.I)
    if closing and length:
        days = _LENGTH[(length.group(1) or length.group(2) or length.group(3)).lower()]
        return (dt.date.fromisoformat(date) - dt.timedelta(days=days - 1)).isoformat(), date
    opening = _ARRIVED_FOR.search(sentence) if length and length.group(1) else None
    if length and length.group(1) and (opening and opening.end() <= length.start()
                                       or _GATHERED_FOR.search(sentence, 0, length.start())
                                       or _OPENED_AFTER.match(sentence, length.end())):
        # "arrived in Moscow on Wednesday for a two-day visit", "gathered in Vilnius on
        # Tuesday for a two-day summit", "The two-day summit opened on Tuesday": from that day on
        days = _LENGTH[length.group(1).lower()]
        return date, (dt.date.fromisoformat(date) + dt.timedelta(days=days - 1)).isoformat()
    return date, end_date


_AFTER_DAYS_OF_TALKS = rule_pattern(r"\bafter (?:two|three|four|five|six|seven|[2-7]) days of (?:[\w\-]+ )?"
                                    r"(?:talks|negotiations|discussions|deliberations|meetings|wrangling|haggling|"
                                    r"bargaining)\b", re.I)
# The first day of what the sentence gives the length of: "arrived on Monday for a two-day visit".
# ("Foreign ministers of ASEAN open a two-day meeting here Tuesday": the present of broadcast copy)
_ARRIVED_FOR = rule_pattern(r"\b(?:arrived|arrives|arrive|began|begins|begin|opened|opens|open|started|starts|start|"
                            r"kicked off|kick off)\b")
_GATHERED_FOR = rule_pattern(r"\b(?:gathered|gather|gathers|convened|convene|convenes|met|meet|meets)\b[^.;]{0,60}"
                             r"\bfor\s+an?\s+$")
_OPENED_AFTER = rule_pattern(r"\s+(?:[A-Z][\w\-]*\s+){0,4}(?:summit|conference|meeting|session|talks|forum|gathering|"
                             r"ministerial)\s+(?:[\w\-]+\s+){0,4}?(?:opened|began|started|kicked off|opens|begins|starts)\b")


def opened_before(sentence: str, day: str) -> str | None:
    """The first day of a gathering that a sentence tells was on its Nth day on ``day``
    ("The decision was taken on the second day of the conference"), or None.

    >>> opened_before("The decision was taken on the second day of the WTO's Ministerial Conference.", "2011-12-16")
    '2011-12-15'
    """
    import datetime as dt
    m = _DAY_OF.search(sentence)
    if m is None or len(day) != 10:
        return None
    return (dt.date.fromisoformat(day) - dt.timedelta(days=_ORDINAL_DAY[m.group("nth")] - 1)).isoformat()


def _within(day: str | None, start: str | None, end: str | None) -> bool:
    """Whether a full date falls in a span of full dates."""
    return bool(day and start and end and len(day) == len(start) == len(end) == 10 and start <= day <= end)


def near(date: str | None, day: str | None, days: int) -> bool:
    """Whether two full dates are at most ``days`` apart."""
    import datetime as dt
    if not date or not day or len(date) != 10 or len(day) != 10:
        return False
    return abs((dt.date.fromisoformat(date) - dt.date.fromisoformat(day)).days) <= days


def country_of_dateline(dateline, text: str) -> str | None:
    g = gazetteer()
    m = re.match(rf"\s*{re.escape(dateline.city)}\s*,\s*([A-Z][\w ]+?)\s*[,(]", text[text.upper().find(dateline.city.upper()):] if dateline.city.upper() in text.upper() else "", re.I)
    if m and m.group(1) in g.state_names:
        return g.state_names[m.group(1)]
    return None


_GATHERINGS = {"summit", "ministerial", "conference", "session", "meeting", "talks"}
ANAPHORA = rule_pattern(r"\b(?:the|that|this) (?:[\w\-]+ ){0,2}?(?:session|meeting|summit|talks|conference|gathering)\b|"
                        # "The vote ended an emergency special session that began on Monday": the one told
                        r"\b(?:ended|closed|concluded) an? (?:[\w\-]+ ){0,3}?(?:session|meeting|summit|conference) "
                        r"(?:that|which) (?:began|opened|started)\b", re.I)
# A gathering told to go on: "The summit continues on Friday".
CONTINUES = rule_pattern(r"\b(?:continues|continued|resumes|resumed|reconvenes|reconvened)\b")
# (or a day of the gathering told by its participants or as its last: "On Thursday, the
# summit participants are expected to adopt the Kazan Declaration")
BOUNDARY = rule_pattern(r"\b(?:opened|began|begun|begins|started|starts|kicked off|closed|ended|concluded|wrapped up|opens|ends|closes|"
                        r"continues|continued|resumes|resumed|reconvenes|reconvened|"
                        r"(?:two|three|four|five|2|3|4|5)-day|participants|(?:final|last|closing) day)\b", re.I)


def _coarser_date(a: str | None, b: str | None) -> bool:
    """Whether one date is the other told less exactly ("2021-03" and "2021-03-08")."""
    return bool(a and b and a != b and (b.startswith(a) or a.startswith(b)))


def merge_event(drafts: list[EventDraft], new: EventDraft, anaphoric: bool = False, boundary: bool = False,
                goes_on: bool = False) -> int:
    """Add an event, or fold it into one already found with the same date and venue;
    return its index. A sentence that refers back and tells when the gathering opened or
    closed ("the four-day conference, which opened on Monday") folds into the summit,
    session, conference or meeting of that place (or of that type) a few days around it,
    and stretches its dates; one that tells it ``goes_on`` ("The summit continues on
    Friday") tells a later day of it."""
    if anaphoric and boundary:
        for i, d in enumerate(drafts):
            # "the four-day conference, which opened on Monday": the gathering already found.
            if d.type not in _GATHERINGS or d.date is None or new.date is None or not near(d.date, new.date, days=3):
                continue
            # (a place that is only the dateline's is not told: "BRUSSELS - ... The summit, which
            # ends Thursday" in Madrid)
            if d.type == new.type and (new.city is None or d.city == new.city or not new.placed) or \
                    new.city and d.city == new.city:
                if not d.dated and new.dated and d.end_date == new.date and new.end_date is None:
                    # "closing a two-day conference here" told on its last day, then "The
                    # meeting ended Thursday": that day was its last
                    d.dated = True
                elif not d.dated and new.dated and not (goes_on and d.date and new.date > d.date):
                    # "Arab leaders meeting in Sharm el-Sheikh have rejected ..." dated by the
                    # story, then "The summit ended Saturday": the day told
                    d.date, d.end_date, d.dated = new.date, new.end_date, True
                else:
                    first, last = sorted((d.date, new.date))
                    if first != last:
                        d.date, d.end_date = first, max(last, d.end_date or last)
                d.body = _more_exact_body(d.body, new.body)
                for p in new.participants:
                    if p not in d.participants:
                        d.participants.append(p)
                return i
    for i, d in enumerate(drafts):
        # Talks, a signing and a visit on one day in one city are three events, as the
        # news facts record them; one type, date and place is one event.
        same_place = (new.city and d.city == new.city) or (new.body and d.body is new.body) or \
            (not new.city and not new.body and not d.city and not d.body)
        if new.name and new.name != d.name:
            continue  # "the ASEAN-US summit" on the day of the ASEAN summit is an event of its own
        unplaced = d.city is None and (d.country == new.country or None in (d.country, new.country))
        if d.type == new.type and (same_place or unplaced or _organ_and_body(d.body, new.body)) and \
                (d.body is new.body or _organ_and_body(d.body, new.body)) and not d.dated and new.dated \
                and d.date != new.date and near(d.date, new.date, days=3) and not (
                    new.sentence is not None and _ANOTHER_OCCASION.match(new.sentence.text)) \
                and not _other_pair(d, new):  # ("met Mubarak" today, "held talks with Sharon on Sunday": two)
            # "have signed" dated by the publication, then "put their names to it on Tuesday
            # in Rarotonga": one signing, on that day, in that place; "the grouping's summit"
            # in a lead and the Council of Heads of State's summit on Friday: one summit.
            d.date, d.end_date, d.dated = new.date, new.end_date, True
            d.city, d.country = d.city or new.city, d.country or new.country
            if new.body is not None and new.body.parent is not None:
                d.body = new.body  # the organ, the more exact
            same_place = True
        stop_of_a_tour = d.type == new.type == "visit" and d.end_date is not None and d.city is None and \
            new.city is not None and new.end_date is None and new.dated and new.date != d.date
        if stop_of_a_tour and new.country is None and d.country and _within(new.date, d.date, d.end_date):
            # "visited Cusco" during a state visit to Peru: a city of the host's
            new.country = d.country
            if d.country not in new.participants:
                new.participants.append(d.country)
        # ("will pay a state visit to the United States next month ... The visit, from June 21
        # to 24, will include a state dinner at the White House": the days of that visit)
        coarser = _coarser_date(d.date, new.date) and set(new.participants) <= set(d.participants) and \
            d.modality == new.modality
        # (visits to two hosts are two: "visited France and Turkey")
        if d.type == new.type == "visit" and set(d.participants) & set(new.participants) and not stop_of_a_tour and \
                (d.host is None or new.host is None or d.host == new.host) and (
                _within(d.date, new.date, new.end_date) or _within(new.date, d.date, d.end_date) or coarser):
            if coarser and len(new.date or "") > len(d.date or ""):
                # "will visit China next week ... from March 8 to 10": the day told
                d.date, d.end_date = new.date, new.end_date
            # "visiting Prime Minister Sanchez" on Friday, "on a visit from March 31 to April 3": one
            # visit; not "a state visit to Italy from March 21 to 24" and "on March 24, he visited
            # Palermo", a stop of the tour, an event of its own.
            if new.end_date and (d.end_date is None or _within(d.date, new.date, new.end_date)):
                d.date, d.end_date = new.date, new.end_date
            d.city = d.city or new.city
            d.country = d.country or new.country
            for p in new.participants:
                if p not in d.participants:
                    d.participants.append(p)
            return i
        # ("The talks had begun on Friday afternoon": those told, placed or not)
        if d.type == new.type and d.type != "call" and (same_place or anaphoric and new.city is None and new.body is None) \
                and d.date != new.date and boundary and \
                d.date is not None and new.date is not None and near(d.date, new.date, days=3):
            # "the summit on Thursday" and "the summit opened on Wednesday": one summit,
            # dated from its first day.
            first, last = sorted((d.date, new.date))
            d.date, d.end_date = first, max(last, d.end_date or last)
            new = EventDraft(d.type, d.date, d.end_date, new.city, new.country, new.body, new.participants, new.chair,
                             new.host, new.name, d.sentence)
            same_place = True
        if new.type == "call" and d.type in ("summit", "talks", "meeting") and d.city is None and d.date == new.date \
                and len(new.participants) >= 2 and set(new.participants) <= set(d.participants):
            return i  # "held a virtual summit" on Monday, "Xi joined by video link": the summit, held online
        # ("signed a treaty in Rome" on Friday, then "sealing a pact" that day with no place:
        # the signing told again)
        told_again = d.type == new.type and d.type in ("signing", "talks", "meeting") and new.city is None and \
            new.body is None and d.city is not None and len(new.participants) >= 2 and \
            set(new.participants) <= set(d.participants)
        if d.date == new.date and d.type == new.type and (same_place or told_again) and not _other_pair(d, new):
            for p in new.participants:
                if p not in d.participants:
                    d.participants.append(p)
            d.city = d.city or new.city
            d.country = d.country or new.country
            d.body = _more_exact_body(d.body, new.body)
            d.chair = d.chair or new.chair
            return i
    drafts.append(new)
    return len(drafts) - 1


# "Earlier, on 11 March, he was received by the President": another occasion than the one told.
_ANOTHER_OCCASION = rule_pattern(r"\s*(?:Earlier|Later|Previously|Afterwards|Before that|After that|The (?:day|evening) "
                                 r"before|The next day|The following day|The previous day)\b")


def _more_exact_body(told: RefBody | None, new: RefBody | None) -> RefBody | None:
    """The body of an event told again: the organ or format where the new telling names
    one of the body told ("a summit" of the EU, then "the EU's Eastern Partnership summit")."""
    if told is None or new is None:
        return told or new
    return new if new.parent == told.iri else told


def _organ_and_body(a: RefBody | None, b: RefBody | None) -> bool:
    """Whether one body is an organ of the other (the SCO and its Council of Heads of State)."""
    return a is not None and b is not None and a is not b and (a.parent == b.iri or b.parent == a.iri)


def _other_pair(d: EventDraft, new: EventDraft) -> bool:
    """Whether two bilateral meetings of a day are two: "Modi met Xi in Bishkek on
    Thursday ... also met Putin in Bishkek the same evening" names sides neither of which
    holds the other's."""
    if d.type not in ("talks", "call", "meeting") or d.body is not None or new.body is not None:
        return False
    a, b = set(d.participants), set(new.participants)
    if d.type == new.type != "call" and a == b and d.sentence is not None and new.sentence is not None and \
            new.sentence is not d.sentence and _ALSO_MET.search(new.sentence.text):
        # "held talks with Foreign Minister Shoukry ... also met with President el-Sisi on the
        # same day": a second meeting of the same sides
        return True
    if d.type == new.type == "call" and len(a) >= 2 and b - a and d.sentence is not None and \
            new.sentence is not None and new.sentence is not d.sentence and ANOTHER_CALL.search(new.sentence.text):
        # "received a phone call today from Macron ... also received a phone call from the
        # Prime Minister of Pakistan": a second call, with another
        return True
    return len(a) >= 2 and len(b) >= 2 and not a <= b and not b <= a


# Another call told after one: "also received a phone call from ...", "another call".
ANOTHER_CALL = rule_pattern(r"\b(?:also|separately|later|earlier)\s+(?:received|had|held|made|took)\s+(?:an?\s+|another\s+)?"
                            r"(?:(?:tele)?phone|video)?\s*(?:call|conversation)\b|\banother (?:(?:tele)?phone )?call\b")
_ALSO_MET = rule_pattern(r"\balso (?:met|meets|met with|held talks with|received|called on)\s+(?:with\s+)?(?:the\s+)?"
                         r"(?:[\w.'’\-]+\s+){0,3}?(?:President|Prime Minister|Premier|King|Emir|Crown Prince|Sultan|"
                         r"Chancellor|Speaker|Vice President)\b")


_TYPE_WORDS = {"ministerial": "ministerial meeting", "call": "phone call", "session": "session", "talks": "talks",
               "visit": "visit", "signing": "signing", "summit": "summit", "conference": "conference",
               "meeting": "meeting"}


# ("a summit expected to focus on Liberia": what it will be about, not whether it is to come)
_PLANNED = rule_pattern(r"\b(?:will|shall|to be held|scheduled|is to|are to|plans? to|due to|set to|"
                        r"expected to(?! (?:focus|discuss|address|dominate|be dominated|cent(?:re|er)|concentrate|"
                        r"cover|tackle|produce|yield))|"
                        r"next (?:week|month|year)|later th(?:is|at) (?:week|month|year)|upcoming|"
                        r"would (?:be held|meet|take place))\b|"
                        # "Blair flies to Camp David later this week": a trip told in the present
                        r"\b(?-i:flies to|travels to|heads to|leaves (?:on \w+ )?for)\b|"
                        rf"(?-i:{MEET_IN_THE_PRESENT})", re.I)


def modality_of(sentence: str, date: str | None, published: str | None) -> str:
    """"planned" for an event the text puts after the publication date or in the future
    tense ("will meet in Accra next month"); "happened" otherwise.

    >>> modality_of("They will meet next month.", "2024-04", "2024-03-14"), modality_of("They met.", "2024-03-14", None)
    ('planned', 'happened')
    >>> modality_of("He arrived on Monday and is scheduled to meet the king.", "2024-03-11", "2024-03-14")
    'happened'
    """
    if date and published:
        n = min(len(date), len(published))
        if date[:n] > published[:n]:
            return "planned"
        if date[:n] < published[:n]:
            return "happened"  # "who arrived on Monday ..., is scheduled to ...": the day is past
    # (not what a thing named will do: "signed a treaty on Thursday that will deepen cooperation")
    told = _WHAT_IT_WILL_DO.sub(" ", sentence) if " will " in sentence or " would " in sentence else sentence
    # (nor a gathering to come that the event prepares: "met today to discuss the upcoming summit")
    told = _GATHERING_PREPARED.sub(" ", told) if "coming" in told or "next" in told else told
    # (nor a plan agreed: "met on Thursday and agreed on a five-point plan to ease tensions")
    told = _A_PLAN_TO.sub(" ", told) if "plan" in told else told
    return "planned" if _PLANNED.search(told) else "happened"


# ("is on a four-day visit to Russia, which will also take him to Khabarovsk": the visit is under way)
_WHAT_IT_WILL_DO = rule_pattern(r"(?<=[a-z]),? (?:that|which|who) (?:will|would) [^,;.]*")
_A_PLAN_TO = rule_pattern(r"\b(?:a|an|the|its|their|his|her)\s+(?:[\w\-]+\s+){0,3}?plans?\s+to\b")
_GATHERING_PREPARED = rule_pattern(r"\b(?:discuss|discussed|discussing|prepare|prepared|preparing|"
                                   r"preparations for|ahead of)\s+(?:for\s+)?(?:the|their|"
                                   # ("preparations for Tajik President Emomali Rahmon's upcoming visit")
                                   r"(?:[A-Z][\w\-]*\s+){1,4}[A-Z][\w\-]*['’]s)\s+(?:upcoming|forthcoming|"
                                   r"coming|next)\b[^,;.]*")


def _event_name(d: EventDraft) -> str:
    """A readable name for an event the text does not name: "Peru-Chile talks in Lima"."""
    g = gazetteer()
    words = _TYPE_WORDS[d.type]
    if d.body is not None:
        name = f"{d.body.acronym or d.body.name} {words}"
    elif 1 < len(d.participants) <= 3:
        name = "-".join(g.state_label.get(p, p) for p in d.participants) + f" {words}"
    else:
        name = words
    return f"{name} in {d.city}" if d.city else name


def finish_events(drafts: list[EventDraft]) -> tuple[Event, ...]:
    out = []
    for i, d in enumerate(drafts, 1):
        participants = list(d.participants)
        out.append(Event(f"e{i}", d.type, d.name or _event_name(d), d.date, d.end_date, d.city, d.country,
                         body_ref(d.body), tuple(participants), d.chair, d.host,
                         Evidence(d.sentence.start, d.sentence.end, d.sentence.text) if d.sentence else None,
                         d.modality))
    return tuple(out)


@overload
def body_ref(body: RefBody) -> str: ...
@overload
def body_ref(body: RefBody | None) -> str | None: ...


def body_ref(body: RefBody | None) -> str | None:
    if body is None:
        return None
    return body.acronym or body.name
