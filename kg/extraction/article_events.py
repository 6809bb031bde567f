"""The events of an article, assembled sentence by sentence from the clauses that report
them.

A clause with a trigger word reports an event when it is dated, or when it is the
story's lead, told on the day of the lead ("Earlier, ...") or more on a gathering told
before ("The session, chaired by ..."); anything else undated is background. Its date,
place, body and sides come from the clause, else from what the article told before: the
dateline, the lead event, the officials and bodies named earlier
(:class:`kg.extraction.article_mentions.ArticleMentions`). The sentence-level pieces
(trigger words, venues, how drafts fold together) are :mod:`kg.extraction.events`.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from itertools import accumulate

from kg.extraction.article_mentions import ArticleMentions, SentenceHits, opens, organisation_of
from kg.extraction.dates import NUMBERS, WEEKDAYS, DateMention, find_dates
from kg.extraction.events import (ABSENCE, ANAPHORA, ANOTHER_CALL, BLOC, BOUNDARY, CONTINUES, FROM_WHERE,
                                  GATHERING_TO_COME, NEGATED_EVENT, PRECEDED_BY_A_MEETING, SIDELINES, SIDELINES_OF,
                                  SPEAKS_FOR, TO_COME,
                                  EventDraft, actors_in, at_a_gathering_to_come, body_for_event, body_ref,
                                  can_date_event, city_in, coordinated_dates, council_kind, dialogue_name,
                                  event_span, event_type, joined_to_a_state, kind_by_participants, merge_event,
                                  modality_of, named_for_a_time, near, opened_before, place_of_where_clause, reacts,
                                  second_types, stays_away, topic_runs_on, without_idle_demonyms)
from kg.extraction.mentions import (CALENDAR_WORDS, OFFICE_WORDS, BodyHit, bodies_acting, bodies_of_members, body_mentions,
                                   combining_forms, is_attribute, national_office, person_mentions, state_mentions)
from kg.extraction.officials import names_alone
from kg.extraction.reference import RefBody, gazetteer
from kg.extraction.rule_patterns import rule_pattern
from kg.extraction.text import TRAILING_WHO_ASIDE, WHO_ASIDE, Sentence, find_word, words_before
from kg.facts import is_iso3

__all__ = ["ArticleEvents"]

_GATHERING_KINDS = ("summit", "ministerial", "conference", "session")
# One side's absence from a gathering: "Modi will skip the SCO summit".
_ABSENT_FROM = rule_pattern(rf"(?:{ABSENCE})\s")
_ENCOUNTERS = ("talks", "meeting", "visit", "call")
# "the India-Japan Strategic Dialogue", "the Japan-ROK Summit Meeting": a format of two sides.
_PAIR_FORMAT = rule_pattern(r"\b([A-Z][\w.]+)[-–]([A-Z][\w.]+)\s+(?:[\w’'\-]+\s+){0,4}?(?i:summit|dialogue|talks|meeting|"
                            r"consultations|commission|forum|mechanism|council|committee)\b")
# "Sweden's minister, who holds the rotating OSCE chairmanship": the gathering's chair.
_HOLDS_CHAIR = rule_pattern(r"\b(?:holds|holding|held|took over|takes over|assumed|assumes) the "
                            # ("who holds the bloc's rotating presidency", "the EU's rotating presidency")
                            r"(?:(?:bloc|group|grouping|organi[sz]ation|union|alliance|forum|[A-Z][\w\-]*)(?:'s|’s) )?"
                            r"(?:rotating )?(?:[A-Z][\w-]* )?(?:chairmanship|presidency|chair)\b|"
                            r"\bas (?:the )?(?:current )?chair\b")
_ATTENDANCE = rule_pattern(r"\b(?:attend\w*|address(?:ed|es)|took part|sent (?:their|its|his|her|a|an)|taking part|"
                           r"pledg(?:ed|ing)|largest donor|"  # (at a pledging conference)
                           r"participa\w+|joined|present|represent\w*|delegations?|include[sd]|chair\w*|hosted|guests?|"
                           r"vot\w+|in favou?r|abstain\w*|abstentions?|"
                           r"presented|sponsored|signed|sidelines|margins)\b", re.I)  # met on its sidelines: were there
# A sentence that tells only who came: "... of Benin, Ghana and Togo attended.", "So did ..."
_ATTENDED_ALONE = rule_pattern(r"\battended(?: in person)?(?:\.\s*$|,\s+(?:while|and|but)\b)|"
                               r"\battended (?:the|it|its|their) (?i:summit|meeting|session|conference|"
                               r"gathering|talks)\b|^\s*So did\b|"
                               # "The Session was also attended by the Chairperson of the AU Commission"
                               r"\b(?i:the (?:summit|meeting|session|conference|gathering)) (?:was|were) (?:also )?attended by\b|"
                               r"\b(?:were|was) (?:also )?present\b|\btook part\.\s*$|"
                               r"\btook part (?:by|via) video(?: link)?\b|\btook part (?:virtually|remotely|online)\b|"
                               # "while Rwandan President Paul Kagame joined by video link"
                               r"\bjoined (?:by video(?: link)?|via video(?: link)?|virtually|online|remotely)\b|"
                               # "Albanese and Hipkins are among the leaders attending"
                               r"\b(?:are|were|is|was) among (?:the )?(?:[\w\-]+ )?(?:leaders|heads of state|ministers|"
                               r"delegates|participants|guests) (?:attending|taking part|present|in attendance)\b")
_STAYED_AWAY_ANY = rule_pattern(r"\b(?:not|never|no longer|stayed away|boycotted|absent|skipped)\b")
# Words of who came to a signing ceremony (not who signed, hosted or chaired it)
_ATTENDED = rule_pattern(r"\b(?:attended|took part|taking part|participated|(?:was|were) present|(?:was|were) represented)\b")
_AFTER_THE_LIST = rule_pattern(r"\s(?:to|on|about|over|with|in|at|for)\s")
_DELEGATES_FROM = rule_pattern(r"^\s*(?:The\s+)?(?:[Dd]elegates|[Nn]egotiators|[Dd]elegations|[Ee]nvoys) (?:from|of) ")
_ANOTHER_GATHERING = rule_pattern(GATHERING_TO_COME)
_SPEECH = rule_pattern(r"\b(?:said|says|saying|told|added|warned|urged|called for)\b")
_THE_SIDES = rule_pattern(r"\b(?:the|both) (?:(?:two|three|four|five|six|seven|eight|nine|ten) )?"
                          r"(?:sides|countries|parties|leaders|presidents|governments)\b|"
                          # "The pair met for four hours": the two the story told of
                          r"\bthe (?:pair|duo|counterparts)\b", re.I)
# ("they" as the subject of the event, not of a clause after it: "the Secretary met Wang Yi
# last week, and I expect they will remain in touch")
_WE_THEY = rule_pattern(r"\b(?:and I|we|they)\b", re.I)
_SIGNED_WITH = rule_pattern(r"\bsign(?:ed|s|ing)?\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,4}?with\s+(?:the\s+)?$")
# The states of a story, referred to as such: "commanders from both sides met", "the four
# countries held a virtual summit".
_STATES_OF_THE_STORY = rule_pattern(r"\b(?:(?P<both>both)|the (?P<n>two|three|four|five|six|seven|eight|nine|ten)) "
                                    r"(?:sides|countries|nations|states|leaders|neighbou?rs|governments|armies|"
                                    r"militaries)\b|"
                                    # "The neighbours signed a peace agreement in July": the two named before
                                    r"^\s*(?P<pair>The (?:former )?(?:neighbou?rs|foes|rivals|enemies|allies))\b", re.I)
_THEIR_ENCOUNTER = rule_pattern(r"\b[Tt]heir (?:[\w\-]+ ){0,2}(?:summit|meeting|talks|call|conversation|phone call)\b")
_HOW_MANY = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# A title that names the official of the story who holds it
_TITLE_ALONE = "(?:Secretary|President|Prime Minister|Foreign Minister|Chancellor|Minister)"
# A sentence that refers to the story's people: "He", "They", "The two", "The visit", "the
# three countries", "The Secretary and the Foreign Minister" (titles without a name),
# "Negotiators will meet again".
_STORY_SUBJECT = rule_pattern(r"\s*(?:(?:Earlier|Later|Then|Afterwards|Also|On \w+|In \w+),?\s+)?"
                              r"(?:He|She|They|Both|The two|The visit|Negotiators|Officials|Delegates|Envoys|Experts|"
                              r"The (?:visiting )?(?:leaders|ministers|presidents|negotiators|"
                              r"prime ministers|delegations|officials|heads|foreign ministers|sides|counterparts))\b|"
                              r".*?\bthe (?:two|three|four|five|six|seven|eight|nine|ten) (?:countries|sides|nations|states|"
                              r"leaders|ministers|governments|delegations)\b|"
                              rf".*?\b[Tt]he {_TITLE_ALONE}\b"
                              r"(?!\s+of\b|\s+[A-Z])|.*?\b(?:meet|met|talk|talks) again\b|.*?\bnext round\b")
# The membership a date is of: "to join the European Union next year"
_TO_JOIN_BEFORE = rule_pattern(r"\bto (?:join|become (?:a )?(?:full )?members? of|enter|accede to)\s+(?:the\s+)?"
                               r"(?:[A-Z][\w\-]*\s+){0,4}(?:in\s+)?$")
# What someone told at an event: "told his counterparts that ..."
_WHAT_WAS_TOLD = rule_pattern(r"\b(?:told|tells|said|says|announced|warned|stressed)\s+(?:[\w\-]+\s+){0,3}?that\b")
# One on the line by office alone: "spoke by phone with the president"
_THE_OFFICE_WITHIN = rule_pattern(r"\bwith the (president|prime minister|chancellor|premier)\b(?!\s+of\b|\s+[A-Z])")
# A subject that only speaks of the event: "He said the idea took shape when ..."
_ONLY_SPEAKS = rule_pattern(r"\s*(?:said|says|told reporters|added)\s+(?:that\s+)?(?![^.;]*\b(?:he|she)\b)")
# Where a trip goes: "will fly to the Azores"
_TRIP_TO = rule_pattern(r"\b(?:will |to )?(?:fly|flies|flew|travel|travels|travell?ed|head|heads|headed)\s+(?:on\s+)?"
                       r"(?:to|for)\s+(?:the\s+)?(?P<place>[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?)")
# "The Secretary and the Foreign Minister": two officials by title alone
_TWO_TITLES = rule_pattern(rf"\s*The {_TITLE_ALONE} and the {_TITLE_ALONE}\b(?!\s+of\b|\s+[A-Z])")
_SAME_DAY_OPENING = rule_pattern(r"(?:\d+\.\s+)?(?:Earlier|Later|Afterwards|Before that|After that|Following the \w+|"
                                 # "When the talks ended, four agreements were signed"; "There the presidents
                                 # spent an hour alone before their delegations joined them for discussions"
                                 r"When the (?:[\w\-]+ ){0,2}(?:talks|meeting|visit|session) (?:ended|concluded|closed)|"
                                 r"There,? (?=the )|"
                                 # "Several hours earlier, Esper had arrived in Kabul"
                                 r"(?:(?:Several|A few|Some|Two|Three|Four|Five)\s+hours|Hours)\s+(?:earlier|later)|"
                                 r"On the (?:sidelines|margins)\b|"
                                 r"(?:In|That|This) (?:the )?(?:morning|afternoon|evening)|"
                                 r"(?:After|Following) (?P<which>an?|the) (?:[\w\-]+ ){0,3}"
                                 r"(?:talks|meeting|conversation|ceremony|session))\b")
# An instrument referred to as the one the story told of, by its noun alone: "signed the accords".
_SIGNED_THE_ONE_TOLD = rule_pattern(r"\b(?:signed|sign|signs|signing)\s+(?:the|these|those)\s+(?:[a-z][\w\-]*\s+){0,2}?"
                                    r"(?:accords?|agreements?|treaty|treaties|deal|memorand(?:um|a|ums)|protocols?|pacts?|"
                                    r"conventions?|declarations?|documents)\b(?!\s+(?:on|of|between|with|for|to)\b)|"
                                    # "The agreement was signed by the ten members of ASEAN together with China, ..."
                                    r"^\s*(?:The|This|That|These) (?:[a-z][\w\-]*\s+){0,2}?(?:accords?|agreements?|treaty|"
                                    r"deal|memorand(?:um|a|ums)|protocols?|pact|convention|declaration)\s+(?:was|were|has been|"
                                    r"had been)\s+(?:\w+\s+)?signed\s+"
                                    # ("The convention was signed at the fifth Caspian Summit by ...")
                                    r"(?:(?:at|in|during)\s+[^.;,]{1,60}?\s+)?by\b")
_INSTRUMENT_TOLD_BEFORE = rule_pattern(r"\s*(?:The|This|That) (?:[\w\-]+ ){0,2}?(?:agreement|treaty|deal|accord|memorandum|"
                                       r"protocol|pact|convention)\b")
_TO_BE_SIGNED = rule_pattern(r"\b(?:will|would|is to|are to|(?:is|are) (?:expected|due|scheduled|set) to)\s+be\s+signed\b|"
                             r"\b(?:was|were) (?:formally |finally |then )?signed\b(?! by)")  # "was signed on Wednesday"
# (not one that tells when the gathering itself meets: "the 78th session of the General
# Assembly, which opens in New York in September")
_OWN_TIME = r"(?:(?:is|are) (?:due|set|scheduled|expected) to )?(?:opens?|begins?|starts?|convenes?|" \
    r"(?:takes?|took) place|(?:is|was|are|were) (?:being )?held)\b"
# An object pronoun after an aside, which may stand for the one the aside names.
_BACK_TO_THE_ASIDE = rule_pattern(r"\b(?:with|met|meet|meets|hosted|received|visited|called) (?:him|her|them)\b")
# A gathering of another body listed after the clause's own: "and a NATO summit in Brussels".
_AND_ANOTHER_GATHERING = rule_pattern(r"\s+and\s+(?:a|an|the)\s+(?P<name>(?:[A-Z][\w\-]*\s+){1,4}?(?:[a-z]+\s+)?)"
                                      r"(?P<noun>summit|Summit|conference|Conference|ministerial|Ministerial)\b")
# One of a row of visitors, the one before named after it: "the second minister to visit
# China this week, after ...".
_AFTER_AN_EARLIER_ONE = rule_pattern(r"\bthe (?:second|third|fourth|fifth|latest|last|next) (?:[\w\-]+ ){0,8}?to visit "
                                     r"[^,;]{0,80}?(?=, after\b)")
# A commission two states hold between them, named by its kind.
_JOINT_BODY = rule_pattern(r"\b(?:intergovernmental|inter-governmental|joint|bilateral) (?:[a-z]+ ){0,2}?"
                           r"(?:commission|committee|working group)\b", re.I)
# "The two leaders met at ...": the sides of the meeting told before, again.
_THE_SIDES_MET = rule_pattern(r"\s*The (?:(?:two|three|four) (?:leaders|sides|presidents|prime ministers|ministers|"
                              r"foreign ministers|delegations|heads of state)|pair|duo|counterparts) "
                              r"(?:met|held (?:their )?talks|talked)\b")
# (and "concluding negotiations that were formally launched in June": the launch's month)
_RELATIVE_AFTER = rule_pattern(rf",\s+(?:(?:in|under|by) which|which|who)\s+(?!will\b|would\b|is to\b|are to\b|{_OWN_TIME})|"
                               r"\b(?:negotiations|talks) that (?:were|was|had been) (?:\w+ )?(?:launched|opened|begun|started)\b")
# The gathering's own relative clause, right after its name: its dates are the gathering's
_OWN_RELATIVE = rule_pattern(rf"[\w\-]*(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+){{0,5}}[A-Z][\w\-]*)?,\s+which\s+{_OWN_TIME}[^,;]*")
_SAME_DAY_CUE = rule_pattern(r"\b(?:also|then|later|afterwards|subsequently) (?:held|met)\b|"
                             # "The two leaders then attended a ceremony at which 26 agreements were signed"
                             r"\b(?:also|then|later|afterwards|subsequently) (?:attended|witnessed|oversaw)\b|"
                             # a readout's "The crown prince also received a phone call from ..."
                             rf"{ANOTHER_CALL.pattern}|\balso spoke (?:by (?:tele)?phone|on the (?:tele)?phone)\b|"
                             r"\b(?:earlier|later) (?:in the|that) day\b|\bheld (?:[\w\-]+ (?:and )?){0,3}(?:talks|consultations)\b|"
                             # "held the fifth round of government consultations"
                             r"\bheld (?:the|a|an|their) (?:[\w\-]+ ){0,2}round of\b|"
                             r"\bcalled on\b|\bpaid a courtesy call\b|\bhere\b|\b[Tt]he (?:signing )?ceremony\b|"
                             r"\b[Aa]fter the (?:talks|meeting|ceremony)\b|\bco-chaired\b|"
                             r"\bat the (?:close|end|conclusion) of\b|"
                             r"\bon the (?:second|third|fourth|fifth|2nd|3rd|4th|5th|final|last|closing) day of\b|"
                             # "Mubarak told visiting King Abdullah": the guest is here now
                             r"\b(?:met|meets|told|tells|received|receives|hosted|hosts|welcomed|welcomes|assured|urged) "
                             r"(?:the |his |her |their )?visiting\b")
# A word of a meeting or a call, read before a clause is split off as one of its own
_ENCOUNTER_WORD = rule_pattern(r"\b(?:met|meet|meets|meeting|talks|call|called|spoke|phoned|conversation)\b")
# A gathering named after the body that holds it: "the APEC summit", "the BRICS Plus session"
_ITS_GATHERING = rule_pattern(r"\s+(?:[\w\-]+\s+){0,2}?(?:summit|conference|session|ministerial|forum)\b", re.I)
# A gathering moved to another day: "would postpone the summit ... until September"
_MOVED_TO = rule_pattern(r"\b(?:postpone[ds]?|postponing|delay(?:ed|s|ing)?|put off|push(?:ed|es|ing)? back|"
                         r"reschedul(?:ed|es|ing|e)|moved?)\b[^.;]{0,120}?(?:\b(?:until|till|to)\s+)?$")
# The states a visit goes to, listed: "visited France and Turkey", "a trip to Congo and South Sudan"
_STATE_NAME = r"(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*"
_TO_SEVERAL = rule_pattern(rf"\b(?:visit(?:ed|ing|s)?|(?:visit|trip|journey)\s+to|travel(?:s|led|ed|ling|ing)?\s+to)"
                           rf"\s+(?P<stops>{_STATE_NAME}(?:\s*,\s*{_STATE_NAME})*\s*,?\s+and\s+{_STATE_NAME})")
_A_TOUR = rule_pattern(r"\btour\b|\bstops\b|-nation\b")
_ARRIVAL_FIRST = rule_pattern(r"\b(?:arrived|arrives|landed|lands|flew into|touched down)\b")
# What a text says in parentheses: "(local time; 2:00 a.m. on January 11, Japan time)"
_PARENTHESES = rule_pattern(r"\([^()]*\)")
# An aside on an arrival or on taking office: its day is no meeting's
_ARRIVED = rule_pattern(r",\s+who\s+(?:had\s+)?(?:arrived|landed|flew in|came|took office|was elected|became|"
                        r"was sworn in|assumed office)\b")
# An aside on a meeting of the subject's own, on a day it tells
_MET_ASIDE = rule_pattern(r",\s+who\s+(?:also\s+)?(?:met|hosted|received|visited|held talks with|spoke with|spoke to)\b")
# "The two leaders signed the Panmunjom Declaration": the sides of the lead, at it.
_THE_SIDES_ACT = rule_pattern(r"^\s*(?:\d+\.\s+)?The (?:two|three|four|five) (?:leaders|presidents|prime ministers|ministers|sides|"
                              r"heads of state)\s+(?:also\s+)?(?:signed|adopted|issued|initiall?ed)\b")
_ONGOING_VISIT = rule_pattern(r"\b(?:is|are) on an? (?:[\w\-]+ ){0,2}visit\b|"
                              # "Both were in the city for a meeting of the SCO's foreign ministers"
                              r"\b(?:is|are|was|were) (?:both |all )?in (?:the (?:city|capital)|[A-Z][\w\-]+) for "
                              r"(?:a|an|the) (?:[\w\-]+ ){0,3}(?:meeting|summit|session|conference|ministerial)\b")
_BACKGROUND = rule_pattern(r"\b(?:have|has|had|will|would|since|years?|regularly|often|usually|previously|last|"
                           r"ago|future|next)\b", re.I)
# "ahead of the bloc's summit, which opens on Tuesday", "to prepare for the NATO summit in
# Vilnius in July": a gathering still to come, named and dated beside the event told (not
# one an opening phrase names, "Ahead of the G20 summit in Osaka next month, Abe met
# Trump": the sentence's setting, which the rules leave to a sentence of its own)
_AHEAD_OF_A_GATHERING = rule_pattern(r"\b(?:ahead of|[Ii]n the run-up to|[Ii]n preparation for|to prepare for|preparing for)\s+"
                                     r"(?P<phrase>(?:the|a|an|its|their|next\s+(?:week|month)['’]s|this\s+(?:week|month)['’]s|"
                                     r"[A-Z][\w\-]*['’]s)\s+(?:[\w\-'’]+\s+){0,5}?"
                                     r"(?P<noun>summit|conference|ministerial|meeting|session)\b"
                                     r"(?!\s+(?:with|between)\b)[^.;]{0,80})")
# "the group's summit", "its summit": the gathering of the body the story told of
_ITS_OWN = rule_pattern(r"(?:its|their|the (?:bloc|group|grouping|alliance|organi[sz]ation|union|league|community|forum)['’]s)\s")
_WITH_BEFORE = rule_pattern(r"\bwith\s+(?:the\s+)?$")
_REFERRED_GATHERING = rule_pattern(r"\s*(?:The|This|That) (?:[\w\-]+ ){0,2}?(session|summit|meeting|talks|conference)\b")
# "issued a declaration after the meeting": the gathering told before, as the occasion
_AT_THE_GATHERING = rule_pattern(r"\b(?i:after|at|during|following|attend(?:ed|ing|s)?|at the end of|at the close of|(?:the )?(?:outcome|results?|"
                                 r"details|content) of|addressed) (?:the|this|that|(?-i:[A-Z][a-z]+day)['’]s) "
                                 # ("UN Secretary-General Guterres addressed the opening session on Tuesday")
                                 r"(?:(?:opening|closing|final|plenary) )?"
                                 r"(session|summit|meeting|talks|conference|gathering)\b(?!\s+(?:of|in|with|between)\b)"
                                 r"(?!\s+on\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b))")
_OUTCOME_OF_THE = rule_pattern(r"\b(?:outcome|results?|details|content) of (?:the|this|that) (?:session|summit|meeting|talks|"
                               r"conference)\b", re.I)
# "The meeting took place in Xiamen on Monday": where and when of the gathering told before.
_TOLD_WHERE_AND_WHEN = rule_pattern(r"\s*(?:The|This|That) (?:[\w\-]+ ){0,2}?(?:session|summit|meeting|talks|conference)"
                                    r"\s+(?:took place|was held|were held|happened)\b")
_MEMBERS_OF = rule_pattern(r"\b(?:leaders|ministers|members|heads of state(?: and government)?)\s+of\s+(?:the\s+)?"
                           r"(?:[\w\-]+\s+)?$", re.I)
_ITS_MEMBERS = rule_pattern(r"(?:'s|’s)?\s+(?:leaders|ministers|members|member states|member countries|heads of state)\b|"
                            r"\s+and\s+its\s+(?:allies|partners)\b", re.I)
# "the Secretary's travel to Beijing" in a government's readout: its own official, unnamed.
_OWN_OFFICIAL = rule_pattern(r"\b[Tt]he (?:Secretary|Minister|Foreign Minister|President|Prime Minister|Chancellor)"
                             r"(?:['’]s)?\b|"
                             # a readout's office without its article, opening the sentence ("Prime Minister
                             # held talks today with President of Chile"), not another's ("President of Chile")
                             r"^(?:Secretary|Minister|Foreign Minister|President|Prime Minister|Chancellor)"
                             r"(?!\s+of\b|\s+[A-Z]|['’]s)\b")
# "I met Indonesian Foreign Minister Sugiono in Jakarta": the minister whose readout it is.
_FIRST_PERSON = rule_pattern(r"(?:^|[,;]\s+|\bwhere\s+)(?:I|we|We)\s+(?:also\s+|then\s+|later\s+|will\s+|am\s+to\s+|"
                             r"are\s+to\s+)?(?:met|meet|spoke|speak|held|hold|hosted|host|received|receive|welcomed|"
                             r"welcome|visited|visit|attended|attend|signed|sign|called|discussed|travell?ed|travel|fly)\b")
_TALKS_WITH = rule_pattern(r"\b(?:talks|negotiations|dialogue|consultations)\s+with\s+(?:the\s+)?$", re.I)
# (not "has arrived for the first state visit by a Russian leader since 1874": a first since)
_PERFECT_SINCE = rule_pattern(r"\b(?:have|has|had)\s+(?:not\s+|never\s+)?(?:been|\w+ed|met|held)\b"
                              r"(?:(?!\bfirst\b)[^.;]){0,120}?\bsince\b")
# Talks told by how they stand, not by a round held: "talks on a trade deal had stalled".
_STATE_OF_TALKS = rule_pattern(r"\b(?i:talks|negotiations)\b[^.;]{0,100}?\b"
                               r"(?:(?:have|has|had)\s+(?:been\s+)?|(?:are|is|were|was|remain(?:ed|s)?)\s+)"
                               r"(?:\w+\s+)?(?:stalled|deadlocked|stuck|frozen|on hold|dragged on|faltered|bogged down)\b")
# A format told by who is in it, not by a round held: "The talks, hosted by China, also
# include South Korea, Japan and Russia."
_MAKE_UP_OF_TALKS = rule_pattern(r"\b(?i:talks|negotiations|meetings|format|forum|dialogue)\b[^.;]{0,100}?\b(?:also\s+)?"
                                 r"(?:include|includes|involve|involves|bring together|brings together)\b")
_SAME_OCCASION = rule_pattern(r"\b(?:[Ii]n the presence of|[Ww]itnessed by)\b")
# "on the eve of the summit", "on the eve of this week's NATO meeting": the gathering's kind
# where the noun tells it (a meeting may be a gathering of any kind)
_ON_THE_EVE_OF = rule_pattern(r"\b[Oo]n the eve of (?:the|this|this week['’]s|next week['’]s)\s+(?:[\w\-]+\s+){0,3}?"
                              r"(?P<noun>summit|conference|ministerial|session|meeting|gathering)\b")
_EVE_NOUNS = {"summit": "summit", "conference": "conference", "ministerial": "ministerial", "session": "session"}
_SPOKEN_ABOUT = rule_pattern(r"\babout\s+(?:(?:his|her|their)\s+)?(?:[\w\-]+\s+){0,2}$")
# A clause of another act after the trigger, with its own time: "after the troops withdraw",
# "before flying to Paris" (not "after the summit", a gathering's own time)
# (nor "after those held in Monterrey in 2002", gatherings of the same kind)
_ANOTHER_ACT_AFTER = rule_pattern(r"\s(?:after|before|once|until|when)\s+(?!(?:the|this|their|its)\s+"
                                  r"(?:[\w\-]+\s+)?(?:summit|meeting|talks|visit|conference|session)\b|"
                                  r"(?:those|that|the\s+ones?|one|others?)\b)")
# A gathering's own name: capitalised words before its noun ("the Africa Climate Summit")
_NAMED_GATHERING = rule_pattern(r"\bof\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+){1,4}(?:Summit|Conference|Forum|Meeting|Dialogue)\b")
_OPENED_AND_CLOSES = rule_pattern(r"\b(?:opened|opens|began|begins|started|starts)\b[^.;]{0,80}?\band\s+"
                                  r"(?P<close>(?:closes|ends|concludes|will close|will end|runs until|is due to end))\b")
# An aside closed before the trigger word: ", which exceeded $500 million last year,"
_WHICH_ASIDE = rule_pattern(r",\s+which\b[^,;()]*,")
_A_STEP_OF_ITS_OWN = rule_pattern(r"\bwhich\s+(?:joined|became|gained|won|declared|was (?:founded|created|established|admitted))\b")
_LENGTH_TOLD_NEXT = rule_pattern(r"\s*(?:The|That|This) (?:two|three|four|five|six|seven|[2-7])-day (?:gathering|summit|"
                                 r"meeting|conference|session|talks|forum)\b")
# "... met Putin the same evening": the day of the event the sentence before told.
_DAY_OF_THE_LAST = rule_pattern(r"\b(?:the same (?:day|evening|morning|afternoon|night)|later (?:that|the same) "
                                r"(?:day|evening|night)|(?:[Tt]hat|[Tt]he same) (?:evening|night|afternoon)|"
                                # "Kerry and Zarif then talked on their own": right after what was told
                                r"then (?:talked|met|held|spoke|sat down))\b")
# (the signers listed between: "signed by Türkiye, Sweden and Finland in Madrid")
_VENUE_NEXT = rule_pattern(r"[\w\-]+(?:,?\s+[\w\-]+){0,7}?\s+in\s+[A-Z]")
# A negation just before the trigger word: "have not signed", "has never visited".
_NOT_BEFORE = rule_pattern(r"\b(?:not|never|n't|n’t)\s+(?:(?:yet|formally|officially|even|once)\s+)?$")
# "The conference was founded in Dublin in 2009": the founding of a series, no gathering held
_FOUNDED = rule_pattern(r"[\w\-]+\s+(?:was|were|had been|has been)\s+(?:first\s+)?(?:founded|established|created|set up)\b")
# "The leaders met virtually": a gathering with no place, whatever the dateline says.
_HELD_ONLINE = rule_pattern(r"(?i)\b(?:virtual(?:ly)?|online|by video|via video|over video|video ?link|"
                            r"video[- ]?conference)\b")
_GATHERING_OF = {"session": ("session", "ministerial", "summit"), "summit": ("summit",),
                 "meeting": ("meeting", "ministerial", "session", "summit", "talks", "conference"),
                 "talks": ("talks", "meeting"),
                 "conference": ("conference", "summit"),
                 # ("The proclamation was signed ... at the end of the gathering")
                 "gathering": ("summit", "ministerial", "conference", "session", "meeting")}
# "The two sides signed a joint statement and agreed to meet again in Geneva next month":
# a step taken, then a gathering planned.
_PLAN_BREAK = rule_pattern(r"\s+and\s+(?=(?:agreed|decided|pledged|promised|vowed) to (?:meet|hold|convene|visit|resume)\b)|"
                           # "will meet Maas in Berlin before flying to London for talks with Raab": two stops
                           r"\s+(?:before|after)\s+(?=(?:flying|travell?ing|heading|going|leaving|moving on)\s+(?:on\s+)?to\b)|"
                           # "arrived in Moscow on Sunday after visiting Beijing, where he met Wang Yi":
                           # the stop before, an event of its own
                           r"\s+(?:after|following)\s+(?=(?:visiting|a (?:\w+ )?(?:visit|trip) to|talks in)\s+[A-Z])|"
                           # "at their first summit on April 27 and the planned summit between Kim and
                           # Trump": a gathering still to come, of its own sides
                           r"\s+and\s+(?=the\s+(?:planned|proposed|upcoming|expected|possible|next|future)\s+"
                           r"(?:summit|meeting|talks|visit|conference)\b)|"
                           # "is on a visit to China, where he is due to meet Xi on Wednesday": a
                           # meeting to come within the visit told
                           r",\s+(?=where\s+(?:he|she|they)\s+(?:will|is to|are to|(?:is|are)\s+(?:due|set|scheduled|"
                           r"expected)\s+to)\s+(?:meet|hold|sign|attend)\b)")
# ", which will host the next summit": a relative clause of its own event to come.
_AS_ON_A_VISIT = rule_pattern(r",\s+as\s+(?=(?:[\w\-.]+\s+){1,4}?(?:(?:paid|pays|made|makes|began|begins|"
                              r"wrapped up|wraps up|concluded|concludes)\s+(?:a|an|the|his|her|their)\s+"
                              r"(?:[\w\-]+\s+){0,3}(?:visit|trip|tour)|"
                              # "..., as Prime Minister Narendra Modi held wide-ranging talks with Hasina here"
                              r"(?:held|holds)\s+(?:[\w\-]+\s+){0,2}talks)\b)")
_HABITUAL = rule_pattern(r"\b(?:several|many|numerous|countless|multiple|two|three|four|five|six|\d+)\s+(?:more\s+)?times\b|"
                         r"\b(?:regularly|repeatedly|frequently|often)\b")
_CLAUSE_BREAK = rule_pattern(r",\s+(?:and|while|but|whereas|followed by)\s+|;\s+|"
                             # "will meet Rabuka in Suva on Wednesday and attend a meeting on Friday"
                             r"\s+and\s+(?:then\s+|later\s+|also\s+)?(?=(?:attend|attended|visit|visited|meet|met|hold|"
                             r"held|travel|travelled|traveled|fly|flew|sign|signed|host|hosted|join|joined)\s)|"
                             # "met Scholz on Monday and the two leaders spoke with Biden the following day"
                             r"\s+and\s+(?=the\s+(?:two|three|four)\s+(?:leaders|presidents|ministers|sides)\s)|"
                             # "telephoned Roh on Friday to brief him on his trip to Pyongyang on Saturday"
                             r"\s+to\s+(?:brief|inform|update)\s+(?:him|her|them|[A-Z][\w\-]+)\s+(?:on|about)\s+"
                             r"(?=(?:his|her|their|the)\s+(?:[\w\-]+\s+){0,3}(?:trip|visit|talks|meeting|summit)\b)|"
                             # "and then to Geneva, where he is scheduled to meet Putin on Wednesday"
                             r",\s+(?=(?:which|who|where|during which|at which|after which)\s+(?:(?:he|she|they|it)\s+)?"
                             r"(?:also\s+)?(?:will|would|is to|are to|"
                             r"is due to|plans? to|(?:is|are) (?:set|scheduled|expected) to)\b)")


@dataclass(frozen=True)
class _When:
    """When the event of a clause took place, and what tells it: the clause's own dates,
    else its being the lead, on the lead's day, or more of a gathering told before."""

    dates: list[DateMention]  # the clause's own, the nearest its trigger word first
    date: str | None
    end_date: str | None
    is_lead: bool  # the story's lead event
    same_day: bool  # told as on the day of the lead event
    told: EventDraft | None  # the gathering told before that the clause tells more of
    occasion: EventDraft | None = None  # the event of the sentence before, on whose occasion it took place
    eve_of: EventDraft | None = None  # the gathering told on whose eve it took place


def _day_before(day: str | None) -> str | None:
    """The day before a full date."""
    return (dt.date.fromisoformat(day) - dt.timedelta(days=1)).isoformat() if day and len(day) == 10 else None


def _negated(text: str, trigger: tuple[str, int], hits: SentenceHits, day: str | None) -> bool:
    """Whether a sentence says its event is not held. A side's absence from a body's
    gathering, dated after its noun, does not: "Modi will skip the SCO summit in Astana
    next week" tells of the summit, without India (see events.stays_away); "said on
    Thursday he will not attend the summit" gives it no day."""
    negations = list(NEGATED_EVENT.finditer(text))
    if not negations:
        return False
    if trigger[0] not in _GATHERING_KINDS or len(negations) > 1:
        return True
    absent = _ABSENT_FROM.match(text, negations[0].start())
    return absent is None or not any(absent.end() <= b.start < trigger[1] for b in hits.bodies) or \
        not any(d.start > trigger[1] for d in find_dates(text, day))


class ArticleEvents:
    """The event drafts of one article so far, in the order told: the first is the story's
    lead, which later sentences refer back to ("the two leaders", "the session", "earlier
    in the day")."""

    def __init__(self, sentences: list[Sentence]):
        self.sentences = sentences
        # How many sentences of prose come before each: a lead is told in the first few,
        # whatever headlines, bylines and map legends stand above it.
        self.prose_before = list(accumulate((_is_prose(s.text) for s in sentences), initial=0))
        self.drafts: list[EventDraft] = []
        self.lead_done = False

    def read(self, index: int, sentence: Sentence, hits: SentenceHits, mentions: ArticleMentions) -> int | None:
        """Find the events of a sentence, clause by clause; return the index of the first."""
        sentence_event = None
        # "Yesterday" and "on Tuesday" count from the day the story was filed: its
        # dateline's, which a paper may publish the next morning.
        day = mentions.report_day
        clauses = _clauses(hits.text, day)
        # Dates are read in the whole sentence, so that a clause keeps the tense set before
        # it ("is expected to feed into a summit in September, and into a conference in
        # December"), then kept where the clause is.
        sentence_dates = find_dates(hits.text, day) if clauses else []
        subject = _subject_of_first(clauses, hits)
        first_dates: list[DateMention] = []  # the dates of the sentence's first event
        for clause in clauses or [hits.text]:
            clause_hits = mentions.in_clause(clause) if clauses else hits
            if clauses and clause is not clauses[0] and (
                    _NO_SUBJECT.match(clause.strip())
                    # "..., from Seoul, where he held talks": the one who came from there
                    or FROM_WHERE.match(clause.strip())
                    # "..., after talks in Beijing with Wang Yi on Monday": the subject's talks
                    or _AFTER_BEFORE.search(hits.text, 0, len(clause) - len(clause.lstrip()))):
                # "met Maas in Berlin before flying to London for talks with Raab": the one
                # who met flies on
                clause_hits = SentenceHits(clause, subject.states + clause_hits.states, clause_hits.bodies,
                                           subject.people + clause_hits.people)
                borrowed = True
            else:
                borrowed = False
            # "informal talks with Xi on Monday, followed by formal negotiations on Tuesday": the same sides
            followed = bool(clauses) and clause is not clauses[0] and sentence_event is not None and \
                _FOLLOWED_BY.search(hits.text, 0, len(clause) - len(clause.lstrip())) is not None
            trigger = event_type(clause)
            if trigger is None and " with " in clause and (spoke := _SPOKE_WITH_AN_OFFICIAL.search(clause)) is not None \
                    and _ON_THE_PHONE.search(" ".join(s.text for s in self.sentences[max(0, index - 1):index + 1])):
                # "He has been on the phone much of the day. ... Mr. Bush spoke this morning with
                # British Prime Minister Tony Blair": a call, told by the story's phone
                trigger = ("call", spoke.start())
            if trigger is None or _negated(sentence.text, trigger, clause_hits, day) or \
                    _NOT_BEFORE.search(words_before(clause, trigger[1])) or _FOUNDED.match(clause, trigger[1]):
                continue  # "have not signed any agreement since 2015": no event
            dates = [d for d in (sentence_dates if clauses else find_dates(clause, day))
                     if clause[d.start:d.end] == hits.text[d.start:d.end] and can_date_event(clause, d)]
            moved_to = [d for d in dates if _moved_to(clause, d)]
            if moved_to:
                # "would postpone the G7 summit, which had been scheduled for June, until
                # September": the day it was moved to
                dates = moved_to[-1:]
            relative = _RELATIVE_AFTER.search(clause, trigger[1]) if not moved_to else None
            if relative is not None:
                # "talks on a treaty between the two countries, which fought a war in 2020":
                # a year or month in a clause on the countries is not the talks' date
                dates = [d for d in dates if d.start < relative.start() or len(d.value) == 10]
            if " to " in clause:
                # "signed treaties Wednesday to join the European Union next year": the joining's year
                dates = [d for d in dates if not _TO_JOIN_BEFORE.search(clause, max(0, d.start - 70), d.start)] or dates
            told_that = _WHAT_WAS_TOLD.search(clause, trigger[1]) if " that " in clause else None
            if told_that is not None:
                # "At the opening session, Burma's minister told his counterparts that his country
                # will give up its turn next year": the day of what was said, not the session's
                dates = [d for d in dates if d.start < told_that.start()]
            own = _OWN_RELATIVE.match(clause, trigger[1])
            if own is not None:
                # "priorities for the 78th session of the General Assembly, which opens in New
                # York in September": the session's day, not the day its priorities were set
                dates = [d for d in dates if own.start() <= d.start < own.end()] or dates
            for other in _OTHER_OCCASION.finditer(clause):
                # "met Putin, their first meeting since the Helsinki summit last year", "Ahead of
                # the G20 summit next month, Abe met Trump on Monday": the other gathering's day
                if not other.start() <= trigger[1] < other.end() and (
                        other.start() < trigger[1] or other.group(0).startswith("since")):
                    dates = [d for d in dates if not other.start() <= d.start < other.end()]
            if dates:
                # "agreed to restart a security dialogue and to drop trade curbs imposed in 2019":
                # the day of a thing the sentence names, not of the event
                dates = [d for d in dates if (act := _DATED_ACT.search(clause, max(0, d.start - 60), d.start)) is None
                         or act.start("verb") <= trigger[1] < act.end("verb")]
            if dates and ", who" in clause:
                # "Putin, who arrived in Beijing on Monday, held talks on Tuesday": not the aside's
                # day; nor, told alone, the day of an arrival or of taking office, which the
                # talks followed on a day the sentence leaves to the story
                asides = [a for a in WHO_ASIDE.finditer(clause) if not a.start() < trigger[1] < a.end()]
                outside = [d for d in dates if not any(a.start() <= d.start < a.end() for a in asides)]
                arrivals = [a for a in asides if _ARRIVED.match(clause, a.start())]
                # ("Xi, who launched the Belt and Road in 2013, travels to Palermo on Sunday": the
                # aside's year, not the trip's)
                dates = outside or ([] if arrivals and all(any(a.start() <= d.start < a.end() for a in arrivals)
                                                           for d in dates) or _DATED_ACT_ASIDE.search(clause) else dates)
            if dates and ", which" in clause:
                # "Rwanda, which joined the Commonwealth in 2009, will host the summit": the year
                # of a state's own step told aside, not the summit's
                own_steps = [a.span() for a in _WHICH_ASIDE.finditer(clause, 0, trigger[1])
                             if _A_STEP_OF_ITS_OWN.search(a.group(0))]
                dates = [d for d in dates if not any(a <= d.start < b for a, b in own_steps)]
            if len(dates) > 1 and ", which" in clause:
                # "noted the growth of trade, which exceeded $500 million last year, and agreed
                # to hold the next meeting in April": the aside's year, not the meeting's
                closed = [a.span() for a in _WHICH_ASIDE.finditer(clause, 0, trigger[1])]
                outside = [d for d in dates if not any(a <= d.start < b for a, b in closed)]
                dates = outside or dates
            if len(dates) > 1 and "(" in clause:
                # "On January 10, at 2:00 p.m. (local time; 2:00 a.m. on January 11, Japan
                # time)": the day of the event, not the same moment told in another zone
                told_aside = [p.span() for p in _PARENTHESES.finditer(clause)]
                outside = [d for d in dates if not any(a <= d.start < b for a, b in told_aside)]
                dates = outside or dates
            if len(dates) > 1:
                # The date nearest the trigger word: "welcomed on Friday the accord signed on Thursday".
                dates.sort(key=lambda d: min(abs(d.start - trigger[1]), abs(d.end - trigger[1])))
                finer = next((d for d in dates[1:] if not dates[0].end_value and len(d.value) > len(dates[0].value)
                              and d.value.startswith(dates[0].value)), None)
                if finer is not None:
                    # "Next year's summit will be held in Baku in November": the month of the
                    # year told, the more exact of the two
                    dates = [finer] + [d for d in dates if d is not finer]
                # (and "concluded today her part in the summit held on 17 and 18 July": the summit's days)
                span = next((d for d in dates if d.end_value), None) \
                    if trigger[0] in ("visit", "summit", "conference", "ministerial", "session") else None
                if span is not None and span is not dates[0] and span.end_value and \
                        span.value <= dates[0].value <= span.end_value:
                    # "arrived on Tuesday for a state visit from May 16 to 18": the visit's days
                    dates = [span] + [d for d in dates if d is not span]
            # "attended the summit in Rome on Saturday and held talks with Draghi": talks
            # on the gathering's day and in its place
            # (not the day of an arrival told aside: "Abiy, who arrived on Monday, held talks")
            # (or the day of the clause before, for one joined to it with its own subject: "Ruto
            # met Abiy on Saturday, and the leaders of Egypt and Djibouti held talks")
            opening = len(clause) - len(clause.lstrip())
            beside = bool(clauses) and clause is not clauses[0] and not dates and first_dates \
                and (trigger[0] in ("talks", "meeting")
                     and (_NO_SUBJECT.match(clause.strip()) is not None or hits.text.startswith(", and ", opening - 6))
                     # "signed an accord on Thursday, as he paid the first visit to Ankara": the visit it was signed on
                     or trigger[0] in ("visit", "talks") and hits.text.startswith(", as ", opening - 5)) \
                and not any(a.start() <= first_dates[0].start < a.end() for a in WHO_ASIDE.finditer(hits.text))
            if beside:
                dates = first_dates
            if len(dates) > 1 and len(dates[0].value) < 10:
                # "will travel next week for the summit on September 24": the day within the
                # week, not the week (nor the day it was said on)
                within = next((d for d in dates[1:] if len(d.value) == 10 and d.value.startswith(dates[0].value)
                               and _SAID_ON.search(clause, max(0, d.start - 30), d.start) is None), None)
                if within is not None:
                    dates.remove(within)
                    dates.insert(0, within)
            known = len(self.drafts)
            found = self._event_in_clause(index, sentence, clause_hits, trigger, dates, mentions)
            if beside and found is not None and sentence_event is not None and found != sentence_event:
                first = self.drafts[sentence_event]
                for draft in [self.drafts[found]] + self.drafts[known:]:  # (one with each: all of them)
                    if draft.city is None and draft.country is None and draft.type == trigger[0]:
                        draft.city, draft.country = first.city, first.country
            if sentence_event is None and found is not None:
                first_dates = dates
            if found is not None and not dates:
                _open_on_an_earlier_day(self.drafts[found], clause, sentence)
            if found is not None and found > 0 and PRECEDED_BY_A_MEETING.search(clause):
                # "The ministerial session was preceded by a meeting of senior officials": of the
                # same sides as the session told
                officials = self.drafts[found]
                officials.participants.extend(p for p in self.drafts[0].participants if p not in officials.participants)
            if found is not None and borrowed and sentence_event is not None and found != sentence_event \
                    and not self.drafts[found].participants:
                # "Greek and Turkish diplomats resumed talks in Istanbul on January 25, and held a
                # second round in Athens last month": those who acted first act on (their
                # demonyms name them in the first clause alone)
                self.drafts[found].participants.extend(self.drafts[sentence_event].participants)
            if found is not None and followed and sentence_event is not None and found != sentence_event:
                joined = self.drafts[found]
                joined.participants.extend(p for p in self.drafts[sentence_event].participants
                                           if p not in joined.participants)
            if sentence_event is None:
                sentence_event = found
        self._gathering_to_come(sentence, hits, mentions)  # (its rule pattern looks for its words first)
        return sentence_event

    def _gathering_to_come(self, sentence: Sentence, hits: SentenceHits, mentions: ArticleMentions) -> None:
        """Record the gathering an event came ahead of, where the sentence dates it ("met
        in Montevideo on Monday ahead of the bloc's summit, which opens on Tuesday", "ahead
        of the G20 summit in Osaka next month"): an event of its own, still to come."""
        text, day = hits.text, mentions.report_day
        for m in _AHEAD_OF_A_GATHERING.finditer(text):
            dates = [d for d in find_dates(text, day) if m.start("phrase") <= d.start < m.end("phrase")
                     and can_date_event(text, d)]
            if not dates:
                continue  # "ahead of the summit": a gathering the sentence does not date, or told elsewhere
            phrase = text[m.start("phrase"):m.end("phrase")]
            noun = m.group("noun").lower()
            kind = noun if noun != "meeting" else "ministerial" if re.search(r"(?i)\bministers\b", phrase) else \
                "summit" if re.search(r"(?i)\b(?:leaders|heads of state)\b", phrase) else "meeting"
            owned = _ITS_OWN.match(phrase)
            body = next((b.body for b in hits.bodies if m.start("phrase") <= b.start < m.end("phrase")), None) or (
                mentions.organisation_named_before(sentence.start) if owned is not None else None)
            city, country = city_in(phrase, None, None)
            if body is None and city is None:
                continue  # "to prepare for the two-day summit next week": of whom, and where, untold
            date, end_date = event_span(phrase, dates[0].value, dates[0].end_value, kind)
            to_come = day is not None and date is not None and date[:len(day)] >= day[:len(date)]
            merge_event(self.drafts, EventDraft(kind, date, end_date, city, country, body, [], None, None, None, sentence,
                                                "planned" if to_come else "happened"))

    def note_chair(self, sentence: Sentence, hits: SentenceHits) -> None:
        """"Sweden's minister, who holds the rotating OSCE chairmanship, opened the meeting":
        the chair of the gathering the story is about."""
        m = _HOLDS_CHAIR.search(sentence.text)
        lead = next((d for d in self.drafts if d.type in _GATHERING_KINDS), None)
        if m is None or lead is None or lead.chair:
            return
        holder = next((p.state for p in reversed(hits.people) if p.state and p.start < m.start()), None) or \
            next((h.iso3 for h in reversed(hits.states) if h.start < m.start()), None)
        lead.chair = holder
        if holder is not None and holder not in lead.participants:
            lead.participants.append(holder)  # the chair takes part in what it chairs

    def note_attendance(self, sentence: Sentence, hits: SentenceHits) -> None:
        """"Leaders or envoys of Benin, Ivory Coast and Ghana attended. So did the African
        Union's Commission chairperson": those who came to the one gathering the story
        tells of, wherever the story lists them."""
        gatherings = [d for d in self.drafts if d.type in _GATHERING_KINDS and d.modality == "happened"]
        text = sentence.text
        if len(gatherings) != 1 or not _ATTENDED_ALONE.search(text) or _STAYED_AWAY_ANY.search(text) \
                or any(len(d.value) == 10 and d.value != gatherings[0].date for d in find_dates(text, None)):
            return
        gathering = gatherings[0]
        came = actors_in(hits.states, hits.people, text) + [
            ref for p in hits.people if p.body is not None and p.state is None and (ref := body_ref(p.body))]
        for actor in came:
            if actor not in gathering.participants:
                gathering.participants.append(actor)

    def _event_in_clause(self, index: int, sentence: Sentence, hits: SentenceHits, trigger: tuple[str, int],
                         dates: list[DateMention], mentions: ArticleMentions) -> int | None:
        """The event a clause reports, folded into those already found, and the events it
        reports beside it; the index of its draft, or None when it reports none."""
        text, at = hits.text, trigger[1]
        when = self._when(index, text, trigger, dates, mentions)
        if when is None:
            self._place_the_event_told(text, hits, trigger[0])
            return None
        if when.told is not None and when.told.type == "meeting" and trigger[0] in ("summit", "conference", "ministerial"):
            when.told.type = trigger[0]  # the meeting told, named now as the gathering it was
        named_before = _named_by_its_day(text, trigger, when.date, self.drafts)
        if named_before is not None:
            return named_before  # "With Sunday's signings, all but one ...": the signing told before
        # "met on the margins of the SCO Council of Heads of State": talks beside the
        # council's summit, not the summit
        sidelines = SIDELINES.search(text)
        holders = hits
        if trigger[0] in _ENCOUNTERS:
            # "The President of the European Council received Abiy": the council's official
            # meets him (the Union takes part), the council holds no session
            officials_of = bodies_acting(text, hits.bodies)
            holders = replace(hits, bodies=[b for b in hits.bodies if b not in officials_of])
        elif " with " in text:
            # "Leaders of Russia, Turkey and Germany met in Berlin with UN Secretary-General
            # Antonio Guterres": the body of an official met with is a guest, not the host
            guests = [b for b in bodies_acting(text, hits.bodies) if _WITH_BEFORE.search(words_before(text, b.start))]
            holders = replace(hits, bodies=[b for b in hits.bodies if b not in guests]) if guests else hits
        kind = council_kind([b for b in holders.bodies if sidelines is None or b.start < sidelines.start()],
                            trigger[0], at)
        body = _body_of(sentence, holders, kind, at, mentions)
        organ = _THE_ORGAN_MET.search(text) if body is None and kind in ("talks", "meeting") else None
        if organ is not None and organ.start("verb") == at and \
                (council := mentions.body_by_its_noun(organ.group("noun"))) is not None:
            # "Blix briefed the Security Council ... The council met behind closed doors":
            # a session of the one council the story names
            kind, body = "session", council
        online = _ORGAN_MET_ONLINE.search(text) if kind == "call" and body is None else None
        if online is not None and (council := mentions.body_by_its_noun(online.group("noun"))) is not None:
            # "Raab chaired a Council debate held by video link": a session of the one council
            # the story names, held online
            kind, body = "session", council
        members = bodies_of_members(text, hits.bodies) if kind == "call" and body is None else []
        if members:
            # "Members of OPEC agreed after a videoconference": the body's meeting, held online
            kind, body = "meeting", members[0].body
        if kind in _GATHERING_KINDS and _THE_NEXT.search(text, max(0, at - 30), at):
            # "Russia, which will host the next summit in Chelyabinsk": the next of the
            # gatherings of the body whose gathering the story told (whatever body "the
            # bloc" of the sentence's other clause stands for)
            told = next((d for d in reversed(self.drafts) if d.type == kind and d.modality == "happened"), None)
            if told is not None and told.body is not None and (body is None or not any(b.body is body for b in hits.bodies)):
                body = told.body  # (but "the ASEAN chairmanship ... next year's summits" are the ASEAN's)
        if body is None and when.is_lead and len({h.iso3 for h in hits.states}) < 2 and (
                kind in _GATHERING_KINDS or kind == "call" and not hits.people and _HELD_ONLINE.search(text)):
            body = self._body_told_next(index)
            if body is not None and kind == "call":
                # "OPEC and its allies agreed on Sunday to cut output. The deal was reached in a
                # video conference": the body's meeting, held online
                kind = "meeting"
        # "spoke on Tuesday ahead of the APEC summit in Gyeongju next month": the summit to
        # come is neither where nor when the call was
        scene = _without_other_occasion(text, at)
        city, country = city_in(scene, mentions.dateline_city, mentions.dateline_country)
        if city is not None and _VENUE_NEXT.match(text, at):
            # "signed a declaration in Bishkek and passed the chair to Russia, which will host
            # the next summit in Chelyabinsk": the venue named with the trigger word.
            own_city, own_country = city_in(text[at:at + 80], None, None)
            if own_city is not None:
                city, country = own_city, own_country
        if (where := place_of_where_clause(text, at)) is not None:
            city, country = where
        if city is not None and kind != "call" and (_HELD_ONLINE.search(text, max(0, at - 25), at + 40)
                                                    or _MOVED_ONLINE.search(text, at)):
            # "will hold a virtual summit on Monday, after Trump abandoned plans to host it at
            # Camp David": a gathering held online has no venue
            city, country = None, None
        placed = city is not None
        if when.told is not None:
            # "Arab leaders meeting in Sharm el-Sheikh ... The Arab League summit ended
            # Saturday": the gathering told before, whose body this sentence names
            named = body if body is not None and when.told.type == kind and kind in _GATHERING_KINDS else None
            kind, body = when.told.type, when.told.body or named
            city, country = city or when.told.city, country or when.told.country
        if city is None and country is None and when.occasion is not None:
            city, country = when.occasion.city, when.occasion.country
        elif country is None and when.occasion is not None and city == when.occasion.city:
            country = when.occasion.country  # "in the Kazakh port of Aktau": the city the occasion was placed in
        city, country = self._place_from_the_story(index, text, city, country, kind, body, when, mentions)
        if kind == "call":
            city, country = None, None  # a call has no venue: "discussed two Canadians detained in China"
        series = None
        if kind == "talks" and body is None and not placed and _ROUND_OF_A_SERIES.search(text):
            # "The previous round, on Tuesday, collapsed": a round of the talks the story
            # reports, held by their body in their city between their sides
            series = next((d for d in self.drafts if d.type == "talks" and d.body is not None), None)
            if series is not None:
                body, city, country = series.body, series.city, series.country
        actors = self._actors(index, hits, kind, body, when, mentions)
        if series is not None and not actors:
            actors = list(series.participants)
        if len(actors) < 2 and body is None and kind in ("meeting", "session") and _JOINT_BODY.search(text) and \
                self.drafts and len(self.drafts[0].participants) >= 2 and set(actors) <= set(self.drafts[0].participants):
            # "the upcoming meeting of the intergovernmental commission, to be held in
            # Budapest": the commission of the story's two sides
            actors = list(self.drafts[0].participants)
        if body is None and kind in _GATHERING_KINDS and actors and _STATES_OF_THE_STORY.search(text):
            # "The four countries held a virtual summit in March": another summit of the
            # format whose summit the story told, between the same sides
            body = next((d.body for d in reversed(self.drafts) if d.type == kind and d.body is not None
                         and set(d.participants) == set(actors)), None)
        if kind == "signing" and not actors and self.drafts and _INSTRUMENT_TOLD_BEFORE.match(text) and \
                _TO_BE_SIGNED.search(text):
            # "Chile and Peru concluded negotiations on a fisheries agreement. The agreement
            # will be signed in Lima next month": signed by the story's sides
            actors = list(self.drafts[0].participants)
        if when.occasion is not None and when.occasion.type == "signing" and kind in ("summit", "conference"):
            # the gathering a signing of many states took place at: theirs
            actors.extend(p for p in when.occasion.participants if p not in actors)
        # (a release in the first person that names no publisher is that of the official its header names)
        speaker = mentions.government or (mentions.first_official_state if _FIRST_PERSON.search(hits.text) else None)
        _add_implied_sides(actors, hits, kind, city if body is None else None, country, speaker, mentions.agency_state,
                           mentions.bodies.keys())
        if when.told is None:
            kind = kind_by_participants(text, kind, sum(1 for a in actors if is_iso3(a)), body is not None)
        if body is None and kind in _GATHERING_KINDS and _ON_THE_SIDELINES.search(text) and \
                any(d.type == kind for d in self.drafts):
            # "On the sidelines, the leaders of Kenya, Uganda and Rwanda met": a meeting of
            # their own beside the summit, not more of it
            kind = "meeting"
        if kind == "call" and not actors and body is None:
            return None  # "Jonathan telephoned Buhari to concede": no state on the line, no cooperation
        if city and country is None:
            country = gazetteer().seats.get(city)
        if when.told is not None and when.told in self.drafts:
            # "The talks, held at the State Department in Washington, lasted three hours":
            # more of the gathering told before, its place and sides among them.
            told = when.told
            if placed and not told.placed:
                # "BEIJING - Wang met Patrushev. The meeting took place in Xiamen on Monday":
                # the place and day told now, over the dateline's and the story's.
                told.city, told.country, told.placed = city, country, True
            told.city, told.country = told.city or city, told.country or country
            if dates and not told.dated:
                told.date, told.end_date, told.dated = when.date, when.end_date, True
            told.participants.extend(a for a in actors if a not in told.participants)
            told.chair = told.chair or _chair_named(sentence, hits)
            self.lead_done = self.lead_done or when.is_lead
            return self.drafts.index(told)
        dialogue = dialogue_name(text, kind)
        draft = EventDraft(kind, when.date, when.end_date, city, country, None if dialogue else body, actors,
                           _chair_named(sentence, hits), country if country in actors else None, dialogue, sentence)
        draft.modality = modality_of(scene, when.date, mentions.published)
        draft.dated = bool(dates)
        draft.placed = placed
        next_one = _NEXT_BEFORE.search(words_before(text, at))
        told_before_next = next_one is not None and all(d.end <= at - len(next_one.string) + next_one.start()
                                                        for d in dates)
        # "A spokesman said on Thursday that talks with China would continue": the day the
        # plan was told, not its own
        spoken_on = bool(dates) and all(d.end <= at and _SAID_ON.search(text, 0, d.start) is not None
                                        and re.match(r",?\s*that\b", text[d.end:]) is not None for d in dates)
        if (not dates or told_before_next or spoken_on) and not when.same_day and when.told is None \
                and _told_as_plan(text, at):
            # "Australia and PNG will sign a treaty before the end of the year, Albanese said on
            # Monday after talks": a plan with no day of its own is kept undated, not on the day
            # it was told; nor is "agreed on Thursday to hold the next round of talks".
            draft.date, draft.end_date, draft.city, draft.country = None, None, None, None
            draft.modality = "planned"
            draft.host = None
        if kind == "talks" and _A_MEAL.match(text, at):
            # "Yoon will also hold a state banquet for Thuong on Monday evening": the meal of
            # the summit or visit told that day, no event of its own
            host_of = next((i for i, d in enumerate(self.drafts) if d.type in ("summit", "talks", "visit")
                            and d.date == draft.date and set(draft.participants) <= set(d.participants)), None)
            if host_of is not None:
                return host_of
        anaphoric = bool(ANAPHORA.search(text)) and not SIDELINES.search(text)
        separate = _SEPARATE_MEETINGS.search(text) if kind in ("talks", "meeting", "ministerial") and body is None else None
        sides_before = [list(d.participants) for d in self.drafts] if separate is not None else []
        found = merge_event(self.drafts, draft, anaphoric=anaphoric, boundary=bool(BOUNDARY.search(text)),
                            goes_on=bool(CONTINUES.search(text)))
        if separate is not None and found < len(sides_before) and self.drafts[found].sentence is not sentence:
            # "Mubarak met separately with the Saudi and Syrian foreign ministers before the
            # meeting": meetings of their own beside the gathering told, which keeps its sides
            self.drafts[found].participants = sides_before[found]
            self.drafts.append(replace(draft, type="talks" if draft.type == "ministerial" else draft.type))
            found = len(self.drafts) - 1
        if separate is not None:
            self._one_meeting_with_each(found, hits, separate.start(),
                                        mentions.subject_state if _SUBJECT_AGAIN.match(text) else None)
        signing = when.occasion if when.occasion is not None and when.occasion.type == "signing" else None
        if signing is not None and kind in ("summit", "conference") and not signing.participants:
            # "The agreement was signed by the ten members of ASEAN together with China, ...,
            # at the end of a summit": the summit's states signed the one told
            signing.participants.extend(p for p in self.drafts[found].participants if is_iso3(p))
        # "is expected to meet Xi on the sidelines of the summit next month": the summit is to
        # come too; "will sign a treaty, Albanese said after talks": the talks took place.
        self._add_events_beside(sentence, hits, kind, body, city, country, actors, when,
                                draft.modality if SIDELINES.search(text) else "happened", self.drafts[found])
        if kind == "visit" and body is None and " and " in text:
            self._one_visit_to_each(found, hits, at, mentions.report_day)
        self.lead_done = self.lead_done or when.is_lead
        return found

    def _place_the_event_told(self, text: str, hits: SentenceHits, kind: str) -> None:
        """The city of an event told before, from a clause with no day of its own: "Maas
        travelled to Greece and Turkey on Tuesday. In Athens, he met Dendias" (the visit to
        the state that city is in); "Kishida met Yoon on Sunday. The two leaders met at the
        Prime Minister's Office in Tokyo" (the meeting of those sides)."""
        visits = [d for d in self.drafts if d.type == "visit" and d.city is None and d.country is not None]
        sides_again = kind in ("talks", "meeting") and _THE_SIDES_MET.match(text) is not None and \
            not _BACKGROUND.search(text)
        if not visits and not sides_again:
            return
        city, country = city_in(text, None, None)
        if city is None:
            return
        sides = {h.iso3 for h in hits.states} | {p.state for p in hits.people if p.state is not None}
        to_that_state = [d for d in visits if d.country == country and sides <= set(d.participants)]
        if sides_again and not to_that_state:
            to_that_state = [d for d in self.drafts[-1:] if d.type in ("talks", "meeting") and d.city is None
                             and d.body is None and sides <= set(d.participants) and len(d.participants) >= 2]
        if len(to_that_state) == 1:
            told = to_that_state[0]
            told.city, told.country, told.placed = city, told.country or country, True
            if told.host is None and told.country in told.participants and told.type != "visit":
                told.host = told.country

    def _one_visit_to_each(self, found: int, hits: SentenceHits, at: int, report_day: str | None) -> None:
        """"Pompeo visited France and Turkey", "a six-day trip to Congo and South Sudan": a
        visit from the visitor's state to each state listed, hosted by it (the city named
        stays with the state it is in)."""
        text = hits.text
        listed = _TO_SEVERAL.search(text, max(0, at - 2))
        if listed is None or listed.start() > at + 80:
            return
        stops = list(dict.fromkeys(h.iso3 for h in hits.states
                                   if listed.start("stops") <= h.start < listed.end("stops") and h.how != "demonym"))
        visitors = {p.state for p in hits.people if p.start < at and p.state} | \
            {h.iso3 for h in hits.states if h.start < at and h.how != "name"}
        if len(stops) != 2 or len(visitors) != 1 or visitors & set(stops) or _A_TOUR.search(text):
            return  # (a tour of many stops, each on a day the sentence does not give, is none: screening drops it)
        (own,) = visitors
        draft = self.drafts[found]
        if set(draft.participants) != {own, *stops}:
            return
        # "arrived in Bangkok on Wednesday at the start of a week-long trip to Thailand and
        # Japan": the day is the arrival's in the first stop; the next is later in the trip,
        # to come while the trip has just begun
        day = draft.date if draft.date is not None and len(draft.date) == 10 else None
        arrival = draft.country in stops and draft.city is not None and day is not None \
            and _ARRIVAL_FIRST.search(text, 0, listed.start()) is not None
        just_begun = arrival and day is not None and report_day is not None and \
            dt.date.fromisoformat(report_day) - dt.date.fromisoformat(day) <= dt.timedelta(days=1)
        for stop in stops:
            city = draft.city if draft.country == stop else None
            visit = replace(draft, participants=[own, stop], city=city, country=stop, host=stop)
            if arrival and stop != draft.country and visit.date is not None:
                visit = replace(visit, date=visit.date[:7], end_date=None, dated=False,
                                modality="planned" if just_begun else visit.modality)
            if stop == stops[0]:
                self.drafts[found] = visit
            else:
                self.drafts.append(visit)  # (not folded into the first: one date and no city, but another host)

    def _one_meeting_with_each(self, found: int, hits: SentenceHits, at: int, followed: str | None) -> None:
        """"Trump held separate meetings with Modi and Merkel": a meeting of the one who
        held them with each, not one of the three; ``followed`` is the state of the
        official the story follows, where the sentence names him as "he" or by office."""
        draft = self.drafts[found]
        text = hits.text
        named = sorted([(p.start, p.state) for p in hits.people if p.state] + [(h.start, h.iso3) for h in hits.states])
        if _LATER_MET.match(text, at) and named and named[0][0] < at:
            # "Powell held talks in Jerusalem with Sharon and later met Abbas in Ramallah":
            # the one named first met each, in the place told with each
            subject = {named[0][1]}
        else:
            subject = ({p.state for p in hits.people if p.start < at and p.state} |
                       {h.iso3 for h in hits.states if h.start < at}) or ({followed} if followed else set())
        if len(subject) != 1:
            # "The foreign ministers of Armenia and Azerbaijan met separately with Pompeo":
            # the one they met, each on their own
            subject = {p.state for p in hits.people if p.start > at and p.state} | \
                {h.iso3 for h in hits.states if h.start > at}
            if len(subject) != 1:
                return
        (own,) = subject
        others = [p for p in draft.participants if is_iso3(p) and p != own]
        if own not in draft.participants or len(others) < 2:
            return
        kind = "talks" if draft.type == "ministerial" else draft.type  # two sides across a table
        draft.participants, draft.type = [own, others[0]], kind
        later_city, later_country = city_in(text[at:], None, None) if _LATER_MET.match(text, at) else (None, None)
        first_named = {iso: start for start, iso in reversed(named)}
        if later_city is not None and first_named.get(others[0], 0) < at:
            draft.city, draft.country = city_in(text[:at], None, None)
            draft.city, draft.country = draft.city or later_city, draft.country or later_country
        for other in others[1:]:
            own_place = later_city is not None and first_named.get(other, 0) > at
            merge_event(self.drafts, replace(draft, participants=[own, other],
                                             city=later_city if own_place else draft.city,
                                             country=later_country if own_place else draft.country,
                                             host=None))

    def _when(self, index: int, text: str, trigger: tuple[str, int], dates: list[DateMention],
              mentions: ArticleMentions) -> _When | None:
        """When the event of a clause took place: its own date, else the day of the story
        for the lead event, of the lead for one told as on the same day, of the gathering it
        tells more of; None for an undated event that is not the story's."""
        kind = trigger[0]
        drafts = self.drafts
        report_day = mentions.report_day
        tour = _DURING_A_TOUR.search(text, 0, trigger[1])
        if tour is not None and all(d.start < tour.start() for d in dates):
            # "returned on Tuesday after a three-week tour during which he met Trump, Trudeau
            # and Macron": meetings on days the text does not give, each on its own
            return None
        spoken_of = _SPOKEN_ABOUT.search(text, max(0, trigger[1] - 40), trigger[1]) if "about" in text else None
        if spoken_of is not None and all(d.end <= spoken_of.start() for d in dates):
            # "spoke with reporters aboard Air Force One on Friday about his call with Xi": the
            # day he spoke of it, not the call's, which the sentence does not give
            return None
        if kind == "signing" and not dates and report_day and _signed_in_a_past_year(text, trigger[1], report_day):
            # "consistent with the 2015 Declaration of Principles signed with Egypt": an
            # instrument of years ago, signed then
            return None
        back = _BACK_AFTER.search(text, max(0, trigger[1] - 160), trigger[1])
        if back is not None and all(d.start < back.end() for d in dates):
            # "returned from Nairobi on Tuesday after signing a declaration": the day is the
            # return's; the signing was before it, on a day the sentence does not give
            return None
        # "talks have not resumed since 2022", "talks on a trade deal had stalled", "the talks
        # also include Japan": background
        is_lead = not self.lead_done and self.prose_before[index] < 4 and not (
            not dates and (_PERFECT_SINCE.search(text) or _STATE_OF_TALKS.search(text)
                           or _MAKE_UP_OF_TALKS.search(text) or _past_period(text, report_day)))
        # "Earlier, the Crown Prince and the Amir held talks at the palace": the same day as
        # the story's main event.
        previous = drafts[-1] if drafts and index > 0 and drafts[-1].sentence is self.sentences[index - 1] else None
        # the day of the sentence before: that of its first event told by the day
        last_day = next((d for d in drafts if index > 0 and d.sentence is self.sentences[index - 1]
                         and d.dated and d.date and len(d.date) == 10), None)
        day_of_the_last = bool(not dates and not is_lead and last_day is not None and _DAY_OF_THE_LAST.search(text))
        same_day = bool(not dates and not is_lead and not day_of_the_last and drafts
                        and kind in ("talks", "meeting", "signing", "call", "visit", "ministerial", "session")
                        and (_same_day_as_lead(text, trigger[1], drafts[0].date, report_day)
                             or self._met_during_the_lead_visit(index, kind, text, report_day)
                             or self._sides_of_the_lead_talks(index, kind, text, report_day)))
        # "The session, chaired by Egypt's minister, was attended by ...": more on a gathering told before.
        told = _told_before(text, drafts, trigger[1])
        if told is None and not dates and kind in ("summit", "conference", "ministerial") and drafts \
                and drafts[0].type == "meeting" and drafts[0].body is None and drafts[0].dated \
                and _ADOPTED_AT_ITS_GATHERING.search(text):
            # "Leaders and ministers of Muslim nations meeting in Istanbul on Wednesday ... A
            # final declaration adopted at the extraordinary summit of the OIC said ...": the
            # meeting of the lead, now named
            told = drafts[0]
        if told is None and kind == "signing" and _SIGNED_THE_ONE_TOLD.search(text):
            # "NASA and seven agencies signed the Artemis Accords on Tuesday. Australia, Canada
            # ... signed the accords in a virtual ceremony": more of the signing told before;
            # "The EU and China have signed an agreement ... Mandelson and Bo signed the deal in
            # Shanghai on Saturday": the day and place of the one told undated
            # (not one placed elsewhere: "exchanged instruments of ratification in Moscow ...
            # The treaty was signed ... in Pyongyang on June 19")
            here = city_in(text, None, None)[0]
            told = next((d for d in reversed(drafts) if d.type == "signing" and not (dates and d.dated)
                         and not (d.city and here and d.city != here)), None)
        later = _ANOTHER_ACT_AFTER.search(text, trigger[1]) if dates and told is not None else None
        if later is not None and all(d.start > later.start() for d in dates):
            # "The summit is expected to endorse a plan to deploy a force after African Union
            # troops withdraw at the end of the year": the withdrawal's day, not the summit's
            dates = []
        # ("Guterres addressed the opening session on Tuesday": a day of the gathering told,
        # whichever gathering was told last)
        opening_of = next((d for d in drafts if d.type in _GATHERING_KINDS and d.date and len(d.date) == 10
                           and d.date <= dates[0].value <= (d.end_date or d.date)), None) \
            if told is not None and dates and _ITS_OPENING_OR_CLOSE.search(text) else None
        within = opening_of is not None
        told = opening_of or told
        if dates and told is not None and (told.dated or not (_TOLD_WHERE_AND_WHEN.match(text) or kind == "signing")) \
                and not _OUTCOME_OF_THE.search(text) and not within:
            # a dated sentence tells of another event, unless it dates one told undated ("will
            # announce the outcome of the meeting on Sunday" tells of the one told)
            told = None
        # "On March 23, Xi met Conte. In the presence of the two leaders, the two governments
        # signed ...": on the occasion the sentence before told, in its paragraph.
        occasion = last_day if day_of_the_last else previous if (
            not dates and not is_lead and not same_day and not told and previous is not None and previous.dated
            and self.sentences[index - 1].paragraph == self.sentences[index].paragraph
            and _SAME_OCCASION.search(text)) else None
        if not (dates or is_lead or same_day or told or occasion):
            # "The leaders of five states signed a convention ... The summit in Aktau was
            # hosted by Nazarbayev": the gathering the story's signing took place at
            occasion = _gathering_of_the_signing(text, drafts)
        if not (dates or is_lead or same_day or told or occasion) and kind in ("summit", "conference") \
                and _SIGNED_THE_ONE_TOLD.search(text):
            # "The agreement was signed by the ten members of ASEAN together with China, ...,
            # at the end of a summit held by video conference": the gathering of the signing
            # told before, on its day
            occasion = next((d for d in reversed(drafts) if d.type == "signing" and d.dated), None)
        if not (dates or is_lead or same_day or told or occasion) and kind in ("meeting", "session") \
                and _ADOPTED_AT_A_MEETING.match(text, 0, trigger[1] + 10):
            # "Resolution 2565, drafted by Britain, was approved by all fifteen members at a
            # meeting in New York": more of the gathering told before that adopted it
            told = next((d for d in reversed(drafts) if d.type in _GATHERING_KINDS + ("session", "meeting")
                             and d.dated and d.modality == "happened"), None)
        if not (dates or is_lead or same_day or told or occasion):
            # "Xi and Modi held a brief conversation on the sidelines of the summit": talks
            # beside the gathering told before, on its day and in its place; "The two sides
            # signed ...": at the last meeting told, however long before the story
            occasion = _gathering_beside(text, drafts, trigger[1]) or (
                next((d for d in reversed(drafts) if d.dated and d.modality != "planned"), None)
                if _THE_SIDES_ACT.match(text) else None)
        # "The measures came a day after Conte spoke by phone with Macron": a day before the story's
        eve_of = None if dates or same_day or told or occasion else self._gathering_told_on_whose_eve(text)
        shifted = None if dates or same_day or told or occasion else self._days_from_the_story(
            index, text, trigger[1], mentions.published) or (eve_of and _day_before(eve_of.date)) or \
            _a_day_from_the_lead(text, drafts)
        # "Mr. Bush made the announcement after talks with Schroeder": talks on the day of
        # the words the story reports
        spoken_after = not (dates or same_day or told or occasion or shifted) and _spoken_after_talks(text, trigger[1])
        if not (dates or is_lead or same_day or told or occasion or shifted or spoken_after):
            return None  # an undated event that is not the story's: background
        lead_day = drafts[0].date if drafts else None
        if drafts and drafts[0].date and drafts[0].end_date and report_day and drafts[0].date <= report_day <= drafts[0].end_date:
            lead_day = report_day  # the lead spans days: "the same day" is the one reported
        date = dates[0].value if dates else shifted or (
            lead_day if same_day else told.date if told else occasion.date if occasion else
            ((is_lead or spoken_after) and self._day_told_before(index, mentions.published, text[:trigger[1] + 20],
                                                                 spoken_after))
            or report_day)
        end_date = dates[0].end_value if dates else None
        closes = _OPENED_AND_CLOSES.search(text) if len(dates) > 1 and end_date is None else None
        if closes is not None and date:
            # "opened in Rarotonga on Monday and closes on Friday": the day it closes ends it
            last = next((d for d in dates if d.start >= closes.end("close") and len(d.value) == len(date)
                         and d.value > date), None)
            end_date = last.value if last is not None else None
        following = self.sentences[index + 1].text if index + 1 < len(self.sentences) else ""
        # "... the summit, which ended on Wednesday ... The two-day gathering had been ...":
        # the length the next sentence gives the gathering dates its first day.
        span_text = f"{text} {following}" if _LENGTH_TOLD_NEXT.match(following) else text
        date, end_date = event_span(span_text, date, end_date, kind)
        return _When(dates, date, end_date, is_lead, same_day, told, occasion, eve_of)

    def _met_during_the_lead_visit(self, index: int, kind: str, text: str, report_day: str | None) -> bool:
        """Whether a meeting told with no day of its own, right after the lead's visit under
        way, took place during it: "Powell is in Cairo, the latest stop on a tour. Mr. Powell
        met Mubarak"."""
        lead = self.drafts[0]
        # (a visit begun the day before the story's: "arrived in Jerusalem on Monday ...
        # Pompeo met Netanyahu", told on Tuesday)
        return index > 0 and kind in ("talks", "meeting") and lead.type == "visit" and lead.modality == "happened" \
            and lead.sentence is self.sentences[index - 1] and near(lead.date, report_day, days=1) \
            and not _BACKGROUND.search(text)

    def _sides_of_the_lead_talks(self, index: int, kind: str, text: str, report_day: str | None) -> bool:
        """Whether a sentence right after the lead's talks of the day tells who sat at them:
        "Talks ... resumed in Vienna on Monday. Diplomats from Iran, Britain, China ... met
        at the Palais Coburg hotel"."""
        lead = self.drafts[0]
        return index > 0 and kind in ("talks", "meeting") and lead.type in ("talks", "meeting") \
            and lead.modality == "happened" and lead.sentence is self.sentences[index - 1] \
            and lead.date == report_day and _DELEGATES_MET.match(text) is not None and not _BACKGROUND.search(text)

    def _place_from_the_story(self, index: int, text: str, city: str | None, country: str | None, kind: str,
                              body: RefBody | None, when: _When,
                              mentions: ArticleMentions) -> tuple[str | None, str | None]:
        """Where an event its clause does not place took place: where the lead event did, for
        one on its day; where the dateline says, for the event the story reports."""
        drafts = self.drafts
        if city is None and when.same_day and kind != "call" and (drafts[0].city or not mentions.dateline_city):
            city, country = drafts[0].city, drafts[0].country  # the same day, the same place
        if city is None and kind != "call" and drafts and drafts[0].city and when.date == drafts[0].date \
                and _EARLIER_TODAY.match(text):
            # "Today in Port Vila, we signed the Agreement. ... Earlier today I met Foreign
            # Minister Napat": the lead's day, told by its own word, and its place
            city, country = drafts[0].city, drafts[0].country
        if city is None and kind in ("talks", "meeting", "signing") and when.date and len(when.date) == 10:
            # "arrived in Tokyo on Monday for a three-day visit. ... held talks with his
            # counterpart on Tuesday": talks on a day of the visit are held where it is.
            # A visit whose end the text leaves out is taken to last up to three days.
            city, country = next(((d.city, d.country) for d in drafts if d.type == "visit" and d.city and d.date
                                  and country in (None, d.country)  # (not one told to be elsewhere)
                                  and len(d.date) == 10 and d.date <= when.date
                                  and (when.date <= d.end_date if d.end_date else near(when.date, d.date, days=2))),
                                 (None, country))
        if city is None and when.is_lead and kind != "call":
            # "S. Korea, U.S. hold talks on defense cost-sharing in Honolulu" over a lead that
            # places nothing: the headline's city, not the dateline's
            city, country = self._headline_place(kind) or (city, country)
        if city is None and when.is_lead and kind in ("talks", "meeting") and index > 0 and \
                _IS_IN_A_CITY.search(self.sentences[index - 1].text):
            # "Powell is in Cairo, the latest stop on a tour. Mr. Powell met Mubarak": where he is
            city, country = city_in(self.sentences[index - 1].text, None, None)
        if city is None and body is not None and kind in _GATHERING_KINDS:
            # "the APEC summit, which Biden is hosting in San Francisco ... Leaders of the 21
            # APEC economies will gather on Thursday": where the story placed the body's gathering
            city, country = self._gathering_placed_before(index, body) or (city, country)
        if city is None and kind in ("talks", "meeting") and when.date and len(when.date) == 10 and \
                _ON_THE_SIDELINES.search(text):
            # "On the sidelines Thursday, Bush and Putin held a closed-door meeting": where the
            # gathering of that day was held
            city, country = next(((d.city, d.country) for d in drafts if d.type in _GATHERING_KINDS and d.city
                                  and d.date and len(d.date) == 10 and d.date <= when.date <= (d.end_date or d.date)),
                                 (city, country))
        following = self.sentences[index + 1].text if index + 1 < len(self.sentences) else ""
        if city is None and kind == "signing" and _THE_CEREMONY_TOOK_PLACE.match(following):
            # "... today signed the Agreement on Mutual Visa Exemption. The ceremony took place
            # at Government House in Bangkok", "The ceremony in Hanoi came after talks": the
            # signing's place, told next
            city, country = city_in(following, mentions.dateline_city, mentions.dateline_country)
        if city is None and drafts and drafts[0].city and _THE_SAME_PLACE.search(text):
            # "at a preparatory meeting at the same resort": where the story's lead was held
            city, country = drafts[0].city, drafts[0].country
        if city is None and when.eve_of is not None:
            # talks on the eve of a summit, held where the leaders have come for it
            city, country = when.eve_of.city, when.eve_of.country
        if city is None and body is not None and body.parent and when.date and len(when.date) == 10:
            # "NATO leaders gathered in Vilnius on Tuesday for a two-day summit ... Zelenskyy
            # will attend the first meeting of the NATO-Ukraine Council on Wednesday": a
            # meeting of one of a body's organs during the body's gathering is held there
            city, country = next(((d.city, d.country) for d in drafts
                                  if d.city and d.body is not None and d.body.iri == body.parent and d.date
                                  and len(d.date) == 10 and d.date <= when.date <= (d.end_date or d.date)),
                                 (city, country))
        moved_away = bool(drafts) and drafts[0].type == "visit" and drafts[0].city not in (None, mentions.dateline_city)
        # ("WASHINGTON - Bush will fly to the Azores on Sunday for a summit": held where he goes)
        trip = _TRIP_TO.search(text)
        moved_away = moved_away or (trip is not None and trip.group("place") != mentions.dateline_city)
        if (city is None and mentions.dateline_city and kind != "call" and not _HELD_ONLINE.search(text)
                and country in (None, mentions.dateline_country)
                and ((when.is_lead and not when.dates) or (near(when.date, mentions.report_day, days=2)
                                                            or near(when.end_date, mentions.report_day, days=2))
                     and not moved_away)):
            # The dateline places the event it reports (the spec's convention), not one after
            # the story's visit has taken it to another city ("TOKYO - Kishida arrived in Cairo ...").
            city, country = mentions.dateline_city, mentions.dateline_country
        return city, country

    def _gathering_placed_before(self, index: int, body: RefBody) -> tuple[str, str | None] | None:
        """The city an earlier sentence gives a gathering of the body: "the APEC summit,
        which Biden is hosting in San Francisco"."""
        for s in reversed(self.sentences[:index]):
            for b in body_mentions(s.text):
                if b.body is body and _ITS_GATHERING.match(s.text, b.end):
                    city, country = city_in(s.text[b.start:], None, None)
                    if city is not None:
                        return city, country
        return None

    def _headline_place(self, kind: str) -> tuple[str, str | None] | None:
        """The city a headline gives an event of that kind, where the story has a headline."""
        for at, s in enumerate(self.sentences):
            if self.prose_before[at] > 0 or _is_prose(s.text):
                return None  # the headlines are the lines before the story's first sentence
            told = event_type(s.text)
            if told is not None and told[0] == kind:
                city, country = city_in(s.text, None, None)
                if city is not None:
                    return city, country
        return None

    def _body_told_next(self, index: int) -> RefBody | None:
        """The body whose gathering the story's lead tells of without naming it, where the
        next sentence, or the one before in its paragraph, names its leaders or ministers:
        "Southeast Asian leaders wrapped up a summit ... The leaders of the Association of
        Southeast Asian Nations also ..."; "Leaders of the European Union member states
        agreed on Friday ... The decision came after talks at a summit in Brussels"."""
        paragraph = self.sentences[index].paragraph
        # (the sentence before in its paragraph, or the story's first, whose event it tells more of)
        before = [s for i, s in enumerate(self.sentences[max(0, index - 1): index], max(0, index - 1))
                  if s.paragraph == paragraph or self.prose_before[i] == 0 and _is_prose(s.text)]
        for beside in (*self.sentences[index + 1: index + 2], *before):
            for b in body_mentions(beside.text):
                if _MEMBERS_OF.search(words_before(beside.text, b.start)) or _ITS_MEMBERS.match(beside.text, b.end) \
                        or re.search(r"\b(?:leaders|ministers)$", b.form):  # "EU leaders": the body's own name for them
                    return b.body
        return None

    def _actors(self, index: int, hits: SentenceHits, kind: str, body: RefBody | None, when: _When,
                mentions: ArticleMentions) -> list[str]:
        """The states taking part in the event a clause reports."""
        text = hits.text
        states = hits.states
        if kind in _GATHERING_KINDS:
            # "wrapped up a summit with a pledge to speed up talks with China": the other
            # side of talks to come, not at the summit.
            states = [h for h in states if not _TALKS_WITH.search(words_before(text, h.start))]
        people, asides = hits.people, []
        if ", who" in text:
            # "Netanyahu, who has warned the West not to trust Rouhani, is due to meet Obama":
            # those the aside names are not at the meeting (unless it tells of the meeting)
            trigger = event_type(text)
            asides = [a.span() for a in (*WHO_ASIDE.finditer(text), *TRAILING_WHO_ASIDE.finditer(text))
                      if (trigger is None or not a.start() <= trigger[1] < a.end())
                      # "Merkel, who has met Xi a dozen times, held talks with him": he is the one met
                      and not _BACK_TO_THE_ASIDE.search(text, a.end())]
            states = [h for h in states if not any(a <= h.start < b for a, b in asides)]
            people = [p for p in people if not any(a <= p.start < b for a, b in asides)]
        meanwhile = _WHILE_ANOTHER_ACTS.search(text, (event_type(text) or ("", 0))[1]) \
            if ", as " in text or " amid " in text or ", while " in text else None
        if meanwhile is not None:
            # "..., as US Vice President Mike Pence announced new sanctions": what another did
            # meanwhile, no side of the event told
            states = [h for h in states if h.start < meanwhile.start()]
            people = [p for p in people if p.start < meanwhile.start()]
            asides.append((meanwhile.start(), len(text)))
        earlier_one = _AFTER_AN_EARLIER_ONE.search(text) if kind == "visit" and ", after " in text else None
        if earlier_one is not None:
            # "the second foreign minister to visit China this week, after Saudi Arabia's
            # Prince Faisal": the one before is no side of this visit
            states = [h for h in states if h.start < earlier_one.end()]
            people = [p for p in people if p.start < earlier_one.end()]
            asides.append((earlier_one.end(), len(text)))
        actors = actors_in(states, people, text, visit=kind == "visit")
        if kind in ("signing", "talks", "call", "visit", "meeting", "conference") or (
                kind == "summit" and any(_leaders_of(text, b) for b in hits.bodies)):
            for b in hits.bodies:
                # "the European Union and Kazakhstan signed", "Ukraine and the European Union
                # opened accession negotiations at an intergovernmental conference": the Union
                # takes part as such.
                if (joined_to_a_state(text, b, hits.states) or kind == "signing" and actors and
                        _SIGNED_WITH.search(words_before(text, b.start))) and body_ref(b.body) not in actors:
                    # "Japan signed a supply agreement with the European Union": its other side
                    actors.append(body_ref(b.body))
            # "Sharif spoke with IMF Managing Director Kristalina Georgieva", "met a visiting
            # IMF delegation": the body takes part as such, at organisation level.
            acting = [p.body for p in hits.people
                      if p.body is not None and p.state is None and not reacts(text, p.start)]
            if not acting and _THE_SECRETARY_GENERAL.search(text):
                # "The Secretary-General met with ... Ramaphosa": the organisation's chief,
                # by title alone
                chief = mentions.secretary_generals_organisation(self.sentences[index])
                acting = [chief] if chief is not None else []
            for ref in (body_ref(organisation_of(b, mentions.bodies)) for b in
                        acting + [h.body for h in bodies_acting(text, hits.bodies)]):
                if ref not in actors:
                    actors.append(ref)
        elif kind == "summit":
            # "attended by the leaders of Russia and Turkey as well as UN Secretary-General
            # Antonio Guterres": another body's chief at a summit of states takes part (its
            # own body's officials do not: they hold it)
            own = body_ref(organisation_of(body, mentions.bodies)) if body is not None else None
            for p in hits.people:
                if p.body is not None and p.state is None and not reacts(text, p.start) and \
                        (ref := body_ref(organisation_of(p.body, mentions.bodies))) not in actors and ref != own:
                    actors.append(ref)
        for b in hits.bodies:
            if _BESIDE_STATES.search(words_before(text, b.start)) and body_ref(b.body) not in actors:
                actors.append(body_ref(b.body))  # "Representatives of 28 countries and the EU signed": a side
        if kind in _GATHERING_KINDS or kind == "signing":
            # "brought the ten ASEAN members together with China": every member, where the
            # count told is the count of members the reference data knows
            for member in _counted_members(text, hits.bodies):
                if member not in actors:
                    actors.append(member)
        opening = _SUBJECT_AGAIN.match(text)
        if opening and _ONLY_SPEAKS.match(text, opening.end()):
            opening = None  # "He said the idea took shape when Blair spoke by phone with the president": the speaker
        if opening and opening.group("office") is None and index > 0 and \
                self.sentences[index - 1].paragraph == self.sentences[index].paragraph:
            # "Secretary-General Antonio Guterres said ... He met Kuleba": "he" is the one the
            # sentence before opened with, here an official of a body
            before = self.sentences[index - 1].text
            first = next(iter(person_mentions(before, mentions.published)), None)
            if first is not None and first.start < 40 and first.body is not None and first.state is None and \
                    (ref := body_ref(organisation_of(first.body, mentions.bodies))) not in actors:
                actors.append(ref)
        if mentions.subject_state and mentions.subject_state not in actors and opening and (
                opening.group("office") is None
                or opening.group("office").lower() in (mentions.subject_role or "").lower()):
            # "He also met ...", "The Prime Minister also met ..." after "Indian Prime
            # Minister Narendra Modi arrived ...": the official the story follows.
            actors.append(mentions.subject_state)
        elif opening and opening.group("office"):
            # "Yesterday, the crown prince also received a call": the one official of that
            # office the story named before
            holder = mentions.holder_of(opening.group("office"))
            if holder is not None and holder[0] not in actors:
                actors.append(holder[0])
        for office in _THE_OFFICE_WITHIN.finditer(text) if kind == "call" else ():
            # "Blair spoke by phone with the president on Friday": the one president the story named
            holder = mentions.holder_of(office.group(1))
            if holder is not None and holder[0] not in actors:
                actors.append(holder[0])
        asides += [(p.start, p.end) for p in people if named_for_a_time(text, p)]
        bodies_met: list[str] = []
        for known in mentions.persons.values():
            # "Vladimir Putin had a telephone conversation...": an official named earlier
            # with his state acts for it here too, by surname ("Putin") or by a family name
            # put first ("Yoon" of Yoon Suk Yeol, "Xi" of Xi Jinping).
            words = known.name.split()
            names = names_alone(known.name)
            # (a body's official too, for the body, where no two sides are named else: "Gao Qiang
            # is to hold talks with Brundtland" after "WHO Director-General Gro Harlem Brundtland")
            side = known.state or (known.body if kind in _ENCOUNTERS else None)
            if side and side not in actors and side not in bodies_met and not SPEAKS_FOR.search(known.role or "") and any(
                    (at := find_word(text, n)) >= 0 and not reacts(text, at)
                    and not any(a <= at < b for a, b in asides) and not stays_away(text, at + len(n))
                    and not at_a_gathering_to_come(text, at) and not topic_runs_on(text, at)
                    and not _another_name_after(text, at + len(n)) and not _other_given_name(text, at, words)
                    for n in names):
                (actors if known.state else bodies_met).append(side)
        if len(actors) < 2:
            actors += bodies_met
        if when.is_lead and (kind in _GATHERING_KINDS or kind in ("signing", "talks")):
            # The sentence after a gathering's lead often lists who came (and after a
            # signing's, who attended the ceremony: "attended by Macri of Argentina, ...";
            # after talks', whose delegates took part: "Delegates from the United States,
            # China, Russia, Japan and the two Koreas also agree ...").
            for h in self.sentences[index + 1: index + (3 if kind == "talks" else 2)]:
                attended = (_ATTENDANCE if kind in _GATHERING_KINDS else _DELEGATES_FROM if kind == "talks"
                            else _ATTENDED).search(h.text)
                if not attended:
                    continue
                # "Abbas addressed the meeting and said he would cut ties with Israel": who
                # came, not whom they spoke of
                speech = _SPEECH.search(h.text, attended.end())
                came = h.text[:speech.start()] if speech else h.text
                # (nor those of a gathering still to come: "and the planned summit between Kim and Trump")
                came = came[:later.start()] if (later := _ANOTHER_GATHERING.search(came)) else came
                if kind == "talks":
                    # the states the delegates are from, listed before what they did or spoke of
                    listed = came[:what.start()] if (what := _AFTER_THE_LIST.search(came, attended.end())) else came
                    extras = [named.iso3 for named in state_mentions(listed)]
                else:
                    extras = actors_in(state_mentions(came), person_mentions(came, mentions.published), came)
                for extra in extras:
                    if extra not in actors:
                        actors.append(extra)
        trigger = event_type(text)
        two_sides = _THE_SIDES.search(text) or _WE_THEY.search(text, 0, trigger[1] if trigger else len(text))
        # ("The Secretary and the Foreign Minister will continue their discussions": two by title alone)
        two_sides = two_sides or _TWO_TITLES.match(text)
        if (not actors or len(actors) < 2 and two_sides) and body is None and self.drafts and (
                when.same_day or hits.people or two_sides or _STORY_SUBJECT.match(text)
                # "The meeting followed a summit in Hanoi in February": a summit of no body,
                # with no sides named, is one of the sides the story follows
                or kind == "summit" and not actors and not hits.bodies
                and len(next((d for d in reversed(self.drafts) if d.type == kind), self.drafts[0]).participants) >= 2):
            # "The two leaders will continue their discussions tomorrow", "Dr Gao and I also
            # held talks", "He then met the prime minister": the sides of the event told last
            # that had two; "the next summit" those of the last summit; else the story's. Not
            # where the sentence's subject is another ("The mayor met bus drivers").
            like = [d for d in reversed(self.drafts) if d.type == kind] if kind in _GATHERING_KINDS else \
                [d for d in reversed(self.drafts) if len(d.participants) >= 2]
            last = like[0] if like else self.drafts[0]
            sides = last.participants
            if two_sides is not None and re.search(r"(?i)\b(?:two|both)\b", two_sides.group(0)) and \
                    len(sides) == 3 and last.host in sides:
                # "talks in Beijing hosted by China ... The two countries also agreed": the two
                # sides, not their host
                sides = [s for s in sides if s != last.host]
            counted = re.search(r"(?i)\b(two|three|four|five|six|seven|eight|nine|ten)\b", two_sides.group(0)) \
                if two_sides is not None else None
            if counted is not None and _HOW_MANY[counted.group(1).lower()] != len([s for s in sides if is_iso3(s)]) \
                    and index > 0:
                # (where those the sentence before names are others than the last event's
                # sides: not where it only missed one, "the leaders of Japan, India and
                # Australia at the White House")
                named = self._first_named_before(index, _HOW_MANY[counted.group(1).lower()])
                if named and not {s for s in sides if is_iso3(s)} <= set(named):
                    sides = named
            actors = actors + [s for s in sides if s not in actors]
        elif len(actors) < 2 and (body is None or kind == "talks") and not self.drafts and \
                (told := _STATES_OF_THE_STORY.search(text)):
            # "Chinese and Indian troops clashed ... Commanders from both sides met on
            # Saturday", "Talks between the three countries, mediated by the AU, ended":
            # the states the story named before, when it named as many
            how_many = 2 if told.group("both") or told.group("pair") else _HOW_MANY[told.group("n").lower()]
            # ("agreed by the two countries' foreign ministers after talks hosted by Russian
            # Foreign Minister Sergei Lavrov": theirs and their host's)
            # (not where one of them is the side named: "Somaliland's president held talks with
            # Kenyatta, and the two governments agreed" are no talks with Somalia)
            told_states = self._states_told_before(index, mentions.published, how_many) or \
                self._first_named_before(index, how_many)
            actors = actors + told_states if not set(actors) & set(told_states) else actors
        elif len(actors) < 2 and body is None and not self.drafts and index > 0 and _THEIR_ENCOUNTER.search(text):
            # "Kishida and Yoon agreed Thursday to ... At their summit in Tokyo, the first visit
            # by a South Korean leader ...": the two the story's lead named
            actors = actors + [s for s in self._states_told_before(index, mentions.published, 2) if s not in actors]
        return actors

    def _first_named_before(self, index: int, how_many: int) -> list[str]:
        """The first ``how_many`` states the sentence before names, where it names as many
        and they are three or more: "Britain, France and Germany now say talks with Iran
        have failed. The foreign ministers of the three countries, meeting in Berlin, ..."
        (not Iran)."""
        if index == 0 or how_many < 3:
            return []  # ("Troops from Mali, Niger and Burkina Faso ... both sides": which two, untold)
        before = self.sentences[index - 1].text
        named = list(dict.fromkeys(h.iso3 for h in without_idle_demonyms(state_mentions(before), before)))
        return named[:how_many] if len(named) >= how_many else []

    def _states_told_before(self, index: int, published: str | None, how_many: int) -> list[str]:
        named: list[str] = []
        for earlier in self.sentences[:index]:
            # every state named, as a side or not ("an agreement with Egypt and Sudan")
            hits = without_idle_demonyms(state_mentions(earlier.text), earlier.text)
            officials = [p.state for p in person_mentions(earlier.text, published) if p.state]
            for state in [h.iso3 for h in hits] + officials:
                if state not in named:
                    named.append(state)
        return named if len(named) == how_many else []

    def _add_events_beside(self, sentence: Sentence, hits: SentenceHits, kind: str, body: RefBody | None,
                           city: str | None, country: str | None, actors: list[str], when: _When,
                           modality: str, main: EventDraft) -> None:
        """Record the events a clause reports beside its own (``main``), with its body,
        place, sides and the modality given (that of the clause's own verb, for one per
        date)."""
        text, dates, date = hits.text, when.dates, when.date
        for other, segment in coordinated_dates(text, dates, kind):
            # "in Chile on Monday and El Salvador on Tuesday": a visit on each day (and "will
            # travel to Israel on Tuesday and to Jordan on Wednesday": to each its own host,
            # both to come)
            other_city, other_country = city_in(segment, None, None)
            sides = list(actors)
            stops = [h.iso3 for h in state_mentions(segment) if h.how == "name" and h.iso3 in actors] \
                if kind == "visit" else []
            if stops:
                first_hosts = {main.host, main.country} - {None}
                main.participants = [a for a in main.participants if a not in stops]
                if main.host in stops:
                    main.host = None
                if main.country in stops:
                    main.country = None
                sides = [a for a in actors if a not in stops and a not in first_hosts] + stops[:1]
                other_country = other_country or stops[0]
            merge_event(self.drafts, EventDraft(kind, other.value, other.end_value, other_city, other_country, body,
                                                sides, None, stops[0] if stops else None, None, sentence,
                                                main.modality))
        # (a gathering beside is read at its noun: "where he met French officials on the
        # sidelines of the G7 summit" names the G7's summit in the clause)
        noun = SIDELINES_OF.search(text)
        for second in second_types(text, kind):
            # "signed the treaty after talks": the talks are an event of their own; so is the
            # summit on whose sidelines leaders met, with its body.
            second_body = body_for_event(hits.bodies, second, text, noun.start(1) if noun else -1) \
                if second != "talks" else None
            if second_body is not None and noun is not None and _NAMED_GATHERING.search(noun.group(0)) and \
                    not any(noun.start() <= b.start < noun.end() for b in hits.bodies):
                # "on the margins of the Africa Climate Summit", with the UN's chief: a gathering
                # of a name of its own, not the body named elsewhere in the sentence
                second_body = None
            if noun is not None and noun.group(1).lower() in ("forum", "meeting", "ministerial") and second_body is None:
                # "the Eastern Economic Forum": a forum of no body of states is no gathering of
                # theirs; nor is "a meeting" on whose sidelines they met one that names none
                continue
            if noun is not None and noun.group(1).lower() == "meeting" and second in ("ministerial", "summit") and not dates:
                # "a treaty signed on the sidelines of the Forum leaders' meeting": on a day the
                # sentence does not give
                continue
            if second == "meeting" and noun is not None:
                # "on the margins of the Security Council meeting": a session of the organ
                second = council_kind([b for b in hits.bodies if b.body is second_body], second, noun.start(1))
            # "on the sidelines of the summit", named by its noun alone: the story's summit
            the_one_told = second_body is None and not city and re.search(rf"\bthe {second}\b", text) is not None
            known = any(d.type == second and ((second_body and d.body is second_body) or (city and d.city == city)
                                              or the_one_told)
                        and (d.date == date or near(d.date, date, days=3)) for d in self.drafts)
            if second == "talks" and _AT_THE_GATHERING.search(text):
                # "After the meeting, the two leaders signed a joint statement": the meeting
                # told before (a summit meeting, talks), on the day
                known = known or any(d.type in ("talks", "summit", "meeting", "ministerial") and d.date == date
                                     and d.sentence is not sentence for d in self.drafts)
            if not known:  # "the sidelines of the summit": the summit already found
                # ("today on the sidelines of the G20 Summit being held in Bali on 15-16
                # November": the summit's own days, told after its name)
                own_days = [d for d in find_dates(text, date) if noun is not None and d.start > noun.end()
                            and d.end_value is not None and d.value <= (date or "") <= d.end_value] \
                    if second in _GATHERING_KINDS else []
                told = own_days[0] if own_days else dates[0] if dates else None
                second_date, second_end = event_span(text, told.value if told else date,
                                                     told.end_value if told else None, second)
                merge_event(self.drafts, EventDraft(second, second_date, second_end, city, country, second_body,
                                                    list(actors), None, country if country in actors else None, None,
                                                    sentence, modality))
        if kind in ("summit", "conference", "ministerial") and body is not None and " and " in text:
            self._add_gatherings_listed_after(sentence, hits, main)

    def _add_gatherings_listed_after(self, sentence: Sentence, hits: SentenceHits, main: EventDraft) -> None:
        """"for a G7 summit in Cornwall and a NATO summit in Brussels", "the ASEAN summit and
        the East Asia Summit in Jakarta": each body's gathering, on the day and with the
        sides of the first, in its own city (or the one the list ends with)."""
        text = hits.text
        for m in _AND_ANOTHER_GATHERING.finditer(text):
            named = [b for b in hits.bodies if m.start("name") <= b.start and b.end <= m.end("noun")
                     and b.body is not main.body]
            if not named:
                continue
            own_city, own_country = city_in(text[m.end():m.end() + 60], None, None) \
                if re.match(r"\s+in\s+[A-Z]", text[m.end():]) else (None, None)
            kind = m.group("noun").lower()  # the type of event its noun names
            if own_city is None and main.city and text.find(main.city) > m.end():
                own_city, own_country = main.city, main.country  # "... and the East Asia Summit in Jakarta"
            if not any(d.type == kind and d.body is named[0].body and d.date == main.date for d in self.drafts):
                # (its own, not folded into the first: "the ASEAN summit and the East Asia Summit" are two)
                self.drafts.append(EventDraft(kind, main.date, main.end_date, own_city, own_country, named[0].body,
                                              list(main.participants), None, None, None, sentence, main.modality,
                                              dated=main.dated, placed=own_city is not None))

    def _days_from_the_story(self, index: int, text: str, trigger_at: int, published: str | None) -> str | None:
        """The day of an event told as days from the story's ("came a day after Conte
        spoke with Macron", "two days before the leaders meet"): the story's day is the
        first its lead sentences give."""
        told = None
        for m in _DAYS_FROM.finditer(text, 0, trigger_at):
            # the trigger within the clause that follows ("A day after the summit, Xi met
            # Biden" dates Xi's meeting by the summit, not by the story)
            if trigger_at - m.end() <= 120 and not re.search(r"[,;]", text[m.end():trigger_at]):
                told = m
        if told is None:
            return None
        story_day = next((d.value for earlier in self.sentences[:index][:3] for d in find_dates(earlier.text, published)
                          if len(d.value) == 10 and can_date_event(earlier.text, d)), None)
        if story_day is None:
            return None
        count = told.group("n") or "0"  # "hours after": the same day
        shift = dt.timedelta(days=int(count) if count.isdigit() else _COUNTS[count.lower()])
        day = dt.date.fromisoformat(story_day)
        return (day - shift if told.group("rel").lower() == "after" else day + shift).isoformat()

    def _gathering_told_on_whose_eve(self, text: str) -> EventDraft | None:
        """The gathering the story told, dated to the day, on whose eve an event took place
        ("dropped his objections on the eve of the summit after talks with ...")."""
        eve = _ON_THE_EVE_OF.search(text) if "eve of" in text else None
        if eve is None:
            return None
        kind = _EVE_NOUNS.get(eve.group("noun").lower())
        return next((d for d in reversed(self.drafts) if d.date and len(d.date) == 10 and d.dated
                     and (d.type == kind or kind is None and d.type in _GATHERING_KINDS)), None)

    def _day_told_before(self, index: int, published: str | None, told: str, spoken_after: bool = False) -> str | None:
        """The day an earlier sentence of the same paragraph tells ("Late on Sunday, Trump
        announced ... The announcement was made after Trump had a phone conversation"):
        the day of the story, for an undated lead event, ``told`` up to its trigger word."""
        sentence = self.sentences[index]
        for at, earlier in reversed(list(enumerate(self.sentences[:index]))):
            # (or the story's first sentence, a paragraph of its own in wire copy: "The EU and
            # Mercosur reached an agreement on Friday ... The deal was struck in Brussels")
            if earlier.paragraph != sentence.paragraph and not (self.prose_before[at] == 0 and _is_prose(earlier.text)):
                return None
            # (the day of the words, for talks after which they were spoken: "Japan will send
            # aid, Kishida said on Monday. He spoke after talks with Erdogan")
            days = [d.value for d in find_dates(earlier.text, published)
                    if len(d.value) == 10 and (can_date_event(earlier.text, d) or spoken_after)
                    # ("MPs would return on Wednesday. Johnson, who was attending the General
                    # Assembly, said ...": a day to come dates no event told as under way)
                    and not (published and d.value > published[:10] and modality_of(told, None, None) != "planned")]
            if days:
                return days[0]
        return None


def _body_of(sentence: Sentence, hits: SentenceHits, kind: str, trigger_at: int,
             mentions: ArticleMentions) -> RefBody | None:
    """The body whose event a clause reports: one it names, or the organisation "the bloc"
    stands for."""
    if mentions.bodies and kind in ("session", "meeting", "ministerial", "summit"):
        organ = _ORGAN_BY_ITS_NOUN.search(hits.text)
        owner = mentions.body_by_its_noun(organ.group("noun") or organ.group("named")) if organ else None
        if owner is not None:
            # "during the council's 19th session", "was approved at the assembly's first
            # virtual session" though "drafted by the European Union": the assembly's
            return owner
    # "a memorandum between the ASEAN Secretariat and the AU Commission": the sides of a
    # document, not who holds the gathering (an organisation that signs one is its signing's)
    # (nor "Chinese and EU leaders held a summit": the two sides' summit, not the Union's own)
    hosts = [b for b in hits.bodies if (kind == "signing" and b.body.parent is None)
             or not (_BETWEEN_SIDES.search(words_before(hits.text, b.start))
                     or kind == "summit" and _leaders_of(hits.text, b) and joined_to_a_state(hits.text, b, hits.states))]
    if ", the " in hits.text:
        # "Orban, the only EU leader present, met Putin": a body that describes one who
        # acts, not the one whose event it is
        described = [a.span() for a in _DESCRIBED_AS.finditer(hits.text, 0, max(trigger_at, 0))]
        hosts = [b for b in hosts if not any(start < b.start < end for start, end in described)]
    beside = SIDELINES.search(hits.text)
    if beside is not None and trigger_at < beside.start() and any(b.start < beside.start() for b in hosts):
        # "G20 finance ministers met on the sidelines of the IMF and World Bank meetings":
        # the G20's gathering, beside the other body's
        hosts = [b for b in hosts if b.start < beside.start()]
    body = body_for_event(hosts, kind, hits.text, trigger_at)
    if body is not None and kind in ("summit", "ministerial") and body.parent and _NO_LEADERS_ORGAN.search(body.name):
        # "The European Commission proposed ..., which leaders will discuss": their summit is
        # the Union's; a commission or secretariat holds none
        body = organisation_of(body, mentions.bodies)
    bloc = BLOC.search(hits.text)
    sidelines = SIDELINES.search(hits.text) if bloc else None
    if sidelines and bloc and bloc.start() > sidelines.start() and kind in ("talks", "meeting"):
        bloc = None  # "On the sidelines of the forum, Scholz met De Croo": beside its gathering, not its
    # ("The ministers, meeting in Luxembourg, ...": a state named as the venue is no side)
    sides = [h for h in hits.states if not _VENUE_BEFORE.search(words_before(hits.text, h.start))]
    if body is None and mentions.bodies and kind not in ("call", "visit") and (
            bloc or (not sides and (_THEIR_GATHERING.search(hits.text) or _THE_GATHERED.match(hits.text)))):
        # "the bloc's summit", "submitted to the leaders at their summit in October": the
        # organisation last named before, not one of its organs; not one the sentence
        # names only as a thing's ("the leaders of the Group of Seven's biggest banks")
        noun = re.search(r"(?i)\b(union|league|alliance|community|forum)\b", bloc.group(0)) if bloc else None
        # ("the League's summit in Beirut in 2002": the one organisation of that noun the story
        # names, though the UN was named after it)
        own = [b for b, _, _ in mentions.bodies.values() if b.parent is None
               and re.search(rf"(?i)\b{noun.group(1)}\b", b.name)] if noun else []
        body = own[0] if len(own) == 1 else mentions.organisation_named_before(sentence.start)
        if any(h.body is body and is_attribute(hits.text, h) for h in hits.bodies):
            body = None
    return body


# Who spoke with whom, an official named after: "spoke this morning with British Prime Minister
# Tony Blair and with Canadian Prime Minister Jean Chretien"
_SPOKE_WITH_AN_OFFICIAL = rule_pattern(r"\b(?:spoke|talked)\s+(?:[\w\-]+\s+){0,3}?with\s+(?:[A-Z][\w\-.]*\s+){0,3}?"
                                       r"(?:President|Prime Minister|Chancellor|King|Premier|Foreign Minister|"
                                       r"Secretary)\b")
_ON_THE_PHONE = rule_pattern(r"\b(?:on the (?:tele)?phone|phone calls?|telephone calls?|by (?:tele)?phone|working the phones)\b")
# The lead's day told by the sentence's own opening: "Earlier today I met Foreign Minister Napat"
_EARLIER_TODAY = rule_pattern(r"\s*(?:Earlier|Later)\s+(?:today|this (?:morning|afternoon|evening)|that day|on that day)\b")
# A text adopted at a body's gathering the lead told as a meeting: "adopted at the extraordinary summit of the OIC"
_ADOPTED_AT_ITS_GATHERING = rule_pattern(r"\b(?:adopted|issued|approved|released|agreed)\s+(?:at|by)\s+the\s+"
                                         r"(?:[\w\-]+\s+){0,2}?(?:summit|conference|ministerial|session)\s+of\b")
# An aside on what the one who acts once did: "Xi, who launched the Belt and Road in 2013, ..."
_DATED_ACT_ASIDE = rule_pattern(r",\s+who\s+(?:launched|founded|created|established|took office|came to power|"
                                r"was elected|was born|set up)\b")
# A part of the gathering told: "Guterres addressed the opening session on Tuesday"
_ITS_OPENING_OR_CLOSE = rule_pattern(r"\b(?:the|[A-Z][a-z]+day['’]s) (?:opening|closing) (?:session|ceremony|plenary)\b")
# The place of a signing told in the sentence after it: "The ceremony took place at ... in Bangkok"
_THE_CEREMONY_TOOK_PLACE = rule_pattern(r"\s*The (?:signing )?ceremony (?:took place|was held|in [A-Z])")
# The lead's place told again: "at a preparatory meeting at the same resort"
_THE_SAME_PLACE = rule_pattern(r"\b(?:at|in)\s+the\s+same\s+(?:resort|venue|city|town|hotel|place|capital|palace)\b")
# A state named as a venue: "The ministers, meeting in Luxembourg, ..."
_VENUE_BEFORE = rule_pattern(r"\b(?:in|at)\s+$")
# An apposition that describes someone: ", the only EU leader present,"
_DESCRIBED_AS = rule_pattern(r"(?<=[a-z]),\s+the\s+(?:only|first|last|sole|lone|latest|second|third)\s+[^,;]{1,60},")
# (after an opening phrase, "On the sidelines of the Summit, the Prime Minister held ...",
# or in a clause of its own, "and then to Geneva, where he is scheduled to meet Putin";
# a government readout's office without its article, "Prime Minister held ...")
_SUBJECT_AGAIN = rule_pattern(r"\s*(?:(?:Earlier|Later|Then|Afterwards|Yesterday|Today|Tomorrow|Meanwhile|On \w+|"
                              r"(?:Next|Last|Later this|Earlier this) (?:week|month)|"
                              r"(?:On|During|At) the (?:sidelines|margins) of [^,;]{1,60}|where|when),?\s+)?"
                              r"(?:(?:[Hh]e|[Ss]he)\b|(?:[Tt]he )?"
                              r"(?P<office>(?i:Prime Minister|President|Chancellor|Premier|Foreign Minister|"
                              r"Secretary of State|Secretary|Minister|King|Emir|Crown Prince|Pope))(?! of)\b(?!\s+[A-Z])(?![\-–]))")
_ROUND_OF_A_SERIES = rule_pattern(r"\b(?:[Tt]he|[Aa]n|[Tt]his|[Tt]hat) (?:previous|last|earlier|preceding|first|second|"
                                  r"third|fourth|fifth|latest|new|next) round\b")
_THE_ORGAN_MET = rule_pattern(r"\b[Tt]he (?P<noun>council|assembly)\s+(?:(?:has|had|will|would|is to|was to|"
                              r"is due to|is expected to|also|again|then|later|first)\s+){0,2}(?P<verb>met|meets|meet|"
                              r"convened|convenes|convene|gathered)\b")
# "the summit it had planned to host in Zagreb will instead take place by video link"
_MOVED_ONLINE = rule_pattern(r"\b(?:will|would|is to|was to)\s+(?:now\s+|instead\s+)*(?:take place|be held|go ahead|meet)\s+"
                             r"(?:instead\s+)?(?:by\s+video|via\s+video|online|virtually|by\s+teleconference)")
_ORGAN_MET_ONLINE = rule_pattern(r"\b(?:a|an|the)\s+(?P<noun>Council|Assembly|Commission|Committee)(?:['’]s)?\s+"
                                 r"(?:[\w\-]+\s+)?(?:debate|meeting|session)\s+(?:held\s+)?(?:by|via|over)\s+video")
_ORGAN_BY_ITS_NOUN = rule_pattern(r"\b[Tt]he (?P<noun>council|assembly|commission|committee|conference)(?:'s|’s)\s+"
                                  r"(?:[\w\-]+\s+){0,2}?(?:session|meeting|summit)\b|"
                                  # "at an emergency special session of the Assembly"
                                  r"\b(?:session|meeting|summit) of the (?P<named>[Cc]ouncil|[Aa]ssembly|[Cc]ommission|"
                                  r"[Cc]ommittee)\b(?!\s+(?:of|on|for)\b)")


# "Chinese and EU leaders": the leaders of a state and of a body, two sides
_LEADERS_OF_BOTH = rule_pattern(r"\s+(?:leaders|heads of state|heads of state and government)\b")


def _leaders_of(text: str, b: BodyHit) -> bool:
    """Whether a body is named as its leaders ("EU leaders", "the EU's leaders")."""
    return b.form.endswith(("leaders", "heads of state")) or _LEADERS_OF_BOTH.match(text, b.end) is not None


_NO_LEADERS_ORGAN = rule_pattern(r"\b(?:Commission|Secretariat|Court|Bank|Parliament|Agency|Fund)$")
# "the ten ASEAN members", "all 27 EU member states": the count, then the body, then members
_COUNT_BEFORE = rule_pattern(r"\b(?:[Tt]he|[Aa]ll|its|their)\s+(?:(?P<n>\d{1,2}|[a-z]+)\s+)$")
_MEMBERS_AFTER = rule_pattern(r"\s+(?:members|member states|member countries|member nations|leaders|heads of state)\b")
# "the 27 member states of the EU"
_COUNTED_MEMBERS_OF = rule_pattern(r"\b(?:[Tt]he|[Aa]ll|its|their)\s+(?P<n>\d{1,2}|[a-z]+)\s+(?:members|member states|"
                                   r"member countries)\s+of\s+(?:the\s+)?$")


def _counted_members(text: str, bodies: list[BodyHit]) -> list[str]:
    """The members of a body the sentence counts as many as the reference data holds."""
    out: list[str] = []
    for b in bodies:
        before = words_before(text, b.start)
        m = _COUNTED_MEMBERS_OF.search(before) or (
            _COUNT_BEFORE.search(before) if _MEMBERS_AFTER.match(text, b.end) else None)
        if m is None:
            continue
        told = m.group("n")
        count = int(told) if told.isdigit() else NUMBERS.get(told)
        if count and count == len(b.body.members):
            out += sorted(b.body.members)
    return out


# "Representatives of 28 countries and the EU signed": a body named as a side beside states
_BESIDE_STATES = rule_pattern(r"\b(?:countries|states|nations|governments)\s+and\s+(?:the\s+)?$")
_BETWEEN_SIDES = rule_pattern(r"\bbetween\s+(?:the\s+)?$|\bbetween\s+(?:the\s+)?[^,;]{1,80}?\s+and\s+(?:the\s+)?$|"
                              + _BESIDE_STATES.pattern)
# "The leaders also welcomed ...": those whose gathering the story told of
_THE_GATHERED = rule_pattern(r"\s*The (?:leaders|heads of state|heads of state and government|ministers)\b")
_THEIR_GATHERING = rule_pattern(r"\b(?:[Tt]heir|[Tt]he leaders'|[Tt]he ministers') (?:next |annual |regular |own )?"
                                r"(?:summit|meeting|session)\b")


def _add_implied_sides(actors: list[str], hits: SentenceHits, kind: str, capital: str | None, country: str | None,
                       government: str | None, agency_state: str | None = None,
                       named_bodies: Collection[str] = ()) -> None:
    """Add to ``actors`` the sides a clause implies without naming them as actors: the host
    of a visit or of a guest, the two sides of a format's name, the government whose
    readout it is, the state whose news agency names its officials without a state.
    ``capital`` is the clause's city where no body holds the meeting."""
    g = gazetteer()
    if kind == "visit" and country and country not in actors:
        actors.append(country)  # the host of a visit takes part in it
    if kind in ("talks", "meeting") and country and country not in actors and \
            sum(1 for a in actors if is_iso3(a)) == 1 and (
                re.search(r"\b(?:his|her) counterpart\b", hits.text)
                or (capital and g.seats.get(capital) == country and all(is_iso3(a) for a in actors)
                    and (_RECEIVED.search(hits.text)
                         # "Vice President Han Zheng met with Colombian Foreign Minister Alvaro
                         # Leyva at the Great Hall of the People": an official of no state told,
                         # at home
                         or any(p.role and p.state is None and p.body is None for p in hits.people)))):
        # "held talks with his counterpart" in Seoul, "Tsahkna received the Foreign Minister
        # of Moldova in Tallinn": the host's state, left to the reader (but the AU
        # Commission's chairperson who receives a minister in Addis Ababa is the host)
        actors.append(country)
    for pair in _PAIR_FORMAT.finditer(hits.text):
        # "the India-Japan annual summit", "the Japan-ROK Foreign Ministers' Meeting": the two sides
        for i, side in enumerate(pair.groups()):
            # ("the Franco-German summit": a combining form, first of the pair)
            iso = g.state_names.get(side) or g.demonyms.get(side) or (combining_forms().get(side) if i == 0 else None)
            if iso and iso not in actors:
                actors.append(iso)
            # ("the ASEAN-US summit", "the EU-China summit": a body on one side takes part as such)
            side_body = g.body_names.get(side) if iso is None and side.isupper() else None
            if side_body is not None and side_body.parent is None and side_body.iri in named_bodies and \
                    (ref := body_ref(side_body)) not in actors:
                actors.append(ref)  # (one the article names as a body, which the facts then define)
    if government and government not in actors and actors and (kind == "call" or any(
            p.role and p.state is None and p.body is None for p in hits.people) or (
            kind == "visit" and _OWN_OFFICIAL.search(hits.text)) or (
            kind in ("talks", "meeting") and _OWN_OFFICIAL.match(hits.text.lstrip())) or
            _FIRST_PERSON.search(hits.text)):
        # A government's readout: it was on the line of a call, and the officials it
        # names without a state ("Mr. Fumio Kishida, Minister for Foreign Affairs", "the
        # Secretary's travel to Beijing") or who speak in the first person are its own.
        actors.insert(0, government)
    if agency_state and agency_state not in actors and actors and any(
            p.role and p.state is None and p.body is None and national_office(p.role) and opens(hits.text, p.start)
            for p in hits.people):
        # "Doha (QNA) - Minister of State for Foreign Affairs Dr. Mohammed Al-Khulaifi met
        # ...": the agency's own state's official
        actors.insert(0, agency_state)


# A thing and the act that dated it, just before a date: "trade curbs imposed in 2019" (not
# what a gathering does: "the measure adopted on Jan. 31, 1962, by foreign ministers meeting")
_DATED_ACT = rule_pattern(r"\b(?!(?:was|were|is|are|be|been|being|had|has|have|they|he|she|it|we|who|which|that|and|"
                          r"also|then|jointly|formally)\b)[a-z]+\s+(?P<verb>imposed|introduced|enacted|passed|"
                          r"established|set up|created|founded|built|launched|initiated)\s+"
                          # ("the consultations launched by the mission last week": the launch's day)
                          r"(?:by\s+(?:the\s+)?[\w\-]+\s+)?"
                          r"(?:(?:in|on|last|earlier|back in)\s+(?:the\s+)?)?$")
# Another gathering beside the trigger: one still to come ("ahead of the summit in Gyeongju
# next month", "Ahead of the G20 summit, ...") or one the event is measured from ("their
# first meeting since the Helsinki summit last year"). Neither is where or when the event was.
# ("the first visit since deadly clashes in June 2020": an earlier day, but not "since talks
# began on Monday", their first)
_OTHER_OCCASION = rule_pattern(rf"(?:{TO_COME}|\bsince (?:the|their|his|her|its|a|an|last)\b|"
                               # "preparations for Rahmon's upcoming visit to Russia": a trip still to come
                               r"\b(?:upcoming|forthcoming) (?:visit|trip|tour)\b|"
                               r"\bsince (?:[a-z\-]+ ){0,2}(?:clashes|fighting|war|talks|meetings?|summits?|visits?|"
                               r"elections?|invasion|attacks?|crisis|coup|independence|dispute|standoff|skirmish(?:es)?)\b"
                               r"(?!\s+(?:began|begun|started|opened|resumed|got under way))|"
                               # "talks, stalled since December, are to resume in June": the stall's day
                               r"(?:(?<=stalled )|(?<=frozen )|(?<=halted )|(?<=suspended )|(?<=deadlocked ))since\b)[^,;]*")


def _without_other_occasion(text: str, at: int) -> str:
    """The clause with another gathering named beside the trigger blanked out (offsets
    kept): one after it, or one still to come before it ("Ahead of the summit next month,
    Abe met Trump on Monday")."""
    for m in _OTHER_OCCASION.finditer(text):
        if m.start() >= at or (m.end() <= at and not m.group(0).startswith("since")):
            text = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
    return text


_RECEIVED = rule_pattern(r"\b(?:received|receives|receiving|hosted|hosts|hosting|welcomed|welcomes|welcoming)\b")


def _chair_named(sentence: Sentence, hits: SentenceHits) -> str | None:
    """The state whose official chairs the event: "the session, chaired by Egypt's Foreign Minister ..."."""
    if "chaired by" not in sentence.text:
        return None
    after = sentence.text.find("chaired by")
    # "chaired by Egypt's Foreign Minister", or by the state itself: "chaired by Qatar"
    return next((p.state for p in hits.people if p.state and p.start > after), None) or \
        next((h.iso3 for h in hits.states if h.how == "name" and h.start > after
              and re.fullmatch(r"chaired by\s+(?:the\s+)?", sentence.text[after:h.start])), None)


def _told_as_plan(text: str, trigger_at: int) -> bool:
    """Whether the trigger word is told as a plan: "will sign", "plans to visit", "the
    next round of talks", "talks with China on the border would continue"."""
    before = words_before(text, trigger_at)
    return bool(re.search(r"\b(?:will|would|shall|to|plans? to|expected to|due to)\s+(?:\w+\s+){0,2}$", before)
                # "said he hoped to host Putin and Zelenskyy in Istanbul for peace talks": a wish
                or re.search(r"\b(?:hoped|hopes|hoping|wants|wanted|wishes|wished)\s+to\s+[^,;.]*$", before)
                or _NEXT_BEFORE.search(before)  # "the next round of talks", "the next summit"
                or re.match(r"(?:will|would|shall|to)\s", text[trigger_at:])
                or _GOES_ON.match(text, trigger_at))


# The trigger's own clause goes on in the future: "talks with China on disengagement at the
# border would continue".
_GOES_ON = rule_pattern(r"[\w\-]+(?:\s+(?!(?:and|but|after|before|said|says)\b)[\w\-]+){0,8}?\s+(?:will|would|shall)\s+"
                        r"(?:\w+\s+)?(?:continue|resume|be held|take place|go ahead)\b")
# "said on Thursday", "announced on Monday", "told reporters on Friday": the day a thing was told.
_SAID_ON = rule_pattern(r"\b(?:said|says|announced|stated|confirmed|told (?:\w+\s+){0,2}?)\s*(?:on\s+|late\s+|early\s+)?$")


# "came a day after", "hours before": how far from the story's day the clause that follows is
_DAYS_FROM = rule_pattern(r"\b(?:(?P<n>a|one|two|three|four|five|[1-9])\s+days?|(?P<n2>hours|a few hours|just hours))\s+"
                          r"(?P<rel>after|before)\s+", re.I)
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_NEXT_BEFORE = rule_pattern(r"\bnext\s+(?:\w+\s+){0,2}$")


_DAYS_OWN = rule_pattern(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)(?:'s|’s)\s+"
                         r"(?P<what>(?:[\w\-]+\s+)?[\w\-]+)", re.I)


def _named_by_its_day(text: str, trigger: tuple[str, int], date: str | None, drafts: list[EventDraft]) -> int | None:
    """The event of that kind and day told before, when a clause names it by its day
    ("With Sunday's signings, all but one state has signed", "Monday's talks"): a
    reference to it, not another event."""
    kind, at = trigger
    word = re.split(r"[^\w\-]", text[at:], maxsplit=1)[0].lower()  # the word at the trigger
    for m in _DAYS_OWN.finditer(text):
        what = m.group("what")
        named = event_type(what)
        if (named is not None and named[0] == kind) or (len(word) >= 4 and what.split()[-1].lower()[:4] == word[:4]):
            return next((i for i, d in enumerate(drafts) if d.type == kind and d.date == date), None)
    return None


# "the next summit": the next of a body's gatherings
_THE_NEXT = rule_pattern(r"\b(?:the|its|their) next (?:(?:annual|regular|ordinary)\s+)?$|\bnext year['’]s\s+$|"
                         # "a protocol for leaders to consider at their regular summit in July"
                         r"\b(?:its|their) (?:annual|regular|ordinary) $", re.I)
# A meal a leader hosts for a guest: part of the summit or visit of that day
_A_MEAL = rule_pattern(r"(?i:state banquet|state dinner|working dinner|working lunch|working breakfast|"
                       r"hosted a (?:dinner|lunch|banquet))\b")
# "On the sidelines, ...": of the gathering the story tells
_ON_THE_SIDELINES = rule_pattern(r"\b(?:on|at) the (?:sidelines|margins)\b(?!\s+of\b)", re.I)
# (or just before or after it: "held a breakfast meeting with Varadkar before the summit")
_BESIDE_THE_GATHERING = rule_pattern(r"\b(?:on|at) the (?:sidelines|margins) of (?:the|this|that) (?:[\w\-]+\s+){0,3}?"
                                     r"(summit|conference|session|meeting|ministerial|assembly|forum)\b|"
                                     # (not "before the meeting of ministers in May": another, named)
                                     r"\b(?:just |shortly )?(?:before|after|ahead of) (?:the|this|that) (?:[\w\-]+\s+){0,3}?"
                                     r"(summit|conference|session|meeting|ministerial|assembly|forum)\b(?!\s+(?:of|in|on)\b)",
                                     re.I)


def _gathering_beside(text: str, drafts: list[EventDraft], trigger_at: int) -> EventDraft | None:
    """The gathering told before on whose sidelines an undated sentence's event was held
    (not the gathering itself: "guests before the expanded session")."""
    m = _BESIDE_THE_GATHERING.search(text)
    if m is None and _ON_THE_SIDELINES.search(text):
        # "On the sidelines, Ruto held separate talks with ...": of the gathering the story tells
        return next((d for d in drafts if d.type in _GATHERING_KINDS and (d.dated or d is drafts[0] and d.date)
                     and d.modality != "planned"), None)
    noun = (m.lastindex or 0) if m else 0
    if m is None or m.start(noun) <= trigger_at < m.end(noun):
        return None
    kinds = _GATHERING_OF.get(m.group(noun).lower(), (m.group(noun).lower(),))
    # (dated by the text, or the story's lead, on the story's day)
    return next((d for d in drafts if d.type in kinds and (d.dated or d is drafts[0] and d.date)
                 and d.modality != "planned"), None)


# "Francis Fukuyama" after "Pope Francis", "Hunter Biden" after "Joe Biden": the name is
# another person's when a capitalised word of no office runs on before or after it.
_ANOTHER_NAME = rule_pattern(r" ([A-Z][a-z][\w'’\-]*)")
_ADDRESS = {"Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Sheikh", "Prince", "Princess", "Crown", "General", "Gen",
            "Marshal", "Field", "Pope", "Saint", "St"}


def _another_name_after(text: str, end: int) -> bool:
    """Whether a surname runs on into another capitalised name ("Francis Fukuyama"), not
    a day or month ("met Putin Thursday") or a word opening a clause."""
    m = _ANOTHER_NAME.match(text, end)
    return m is not None and m.group(1) not in CALENDAR_WORDS and m.group(1) not in _CLAUSE_WORDS


_CLAUSE_WORDS = frozenset("And But Or In On At To For With From By After Before During While When The This That "
                          "Today Tonight Yesterday Tomorrow".split())


def _other_given_name(text: str, at: int, own: list[str]) -> bool:
    """Whether the capitalised word before a surname is a given name not the official's:
    not a word of his own name, an office, a form of address, a state's name or a
    sentence's first word ("Then Biden met")."""
    before = re.search(r"(?<=[a-z,;:)] )([A-Z][\w.'’\-]*) $", text[max(0, at - 40):at])
    if before is None:
        return False
    g = gazetteer()
    word = before.group(1)
    return word not in own and word not in OFFICE_WORDS and word.rstrip(".") not in _ADDRESS \
        and word not in g.demonyms and word not in g.state_names


def _past_period(text: str, day: str | None) -> bool:
    """Whether a sentence looks back on a period ("Until 2018, the two countries held
    annual talks", "By 2015 they had signed 12 agreements"): no event of the story's day."""
    if not day:
        return False
    return any(d.kind == "year" and d.value < day[:4] and not can_date_event(text, d)
               and not _FIRST_SINCE.search(text, max(0, d.start - 60), d.end)
               for d in find_dates(text, day))


# "held talks in Lima, the first since 2015": an event of now, measured from a year
_FIRST_SINCE = rule_pattern(r"\b(?:first|second|third|only|latest)\b[^,;.]{0,40}\b[Ss]ince\s+\d{4}$")


# A document that opens the sentence, adopted at a gathering: "The resolution ... was
# approved unanimously at a meeting in New York"
_ADOPTED_AT_A_MEETING = rule_pattern(r"\s*(?:The\s+)?(?:[\w\-]+\s+){0,3}?(?:[Rr]esolution|[Dd]eclaration|[Dd]ecision|"
                                     r"[Ss]tatement|[Cc]ommuniqu[eé])\b[^.;]{0,120}?\b(?:was|were)\s+"
                                     r"(?:(?:unanimously|formally|also)\s+)?(?:approved|adopted|passed|endorsed)\b"
                                     r"[^.;]{0,80}?\b(?:at|during)\s+(?:a|the|its)\s+(?:[\w\-]+\s+)?(?:meeting|session)\b")


# "The day before, foreign ministers of the five states met in Aktau": a day from the lead's
_A_DAY_FROM_THE_LEAD = rule_pattern(r"\s*(?:The|On the)\s+(?P<which>day before|previous day|day after|next day|following day)\b")


def _a_day_from_the_lead(text: str, drafts: list[EventDraft]) -> str | None:
    """The day before or after the story's lead, for a sentence that opens by telling it."""
    m = _A_DAY_FROM_THE_LEAD.match(text)
    lead = drafts[0] if drafts else None
    if m is None or lead is None or not lead.date or len(lead.date) != 10 or not lead.dated:
        return None
    day = dt.date.fromisoformat(lead.date)
    step = dt.timedelta(days=-1 if m.group("which") in ("day before", "previous day") else 1)
    return (day + step).isoformat()


def _gathering_of_the_signing(text: str, drafts: list[EventDraft]) -> EventDraft | None:
    """The story's lead, when it is a signing of three states or more and an undated
    sentence opens on a summit or conference none told before: the gathering it was
    signed at ("The summit in the Kazakh port of Aktau was hosted by ...")."""
    m = _REFERRED_GATHERING.match(text)
    if m is None or m.group(1).lower() not in ("summit", "conference") or not drafts:
        return None
    lead = drafts[0]
    if lead.type != "signing" or sum(1 for p in lead.participants if is_iso3(p)) < 3:
        return None
    return None if any(d.type in ("summit", "conference") for d in drafts) else lead


def _told_before(text: str, drafts: list[EventDraft], trigger_at: int = -1) -> EventDraft | None:
    """The gathering an undated sentence opens by referring to ("The session, chaired by
    ..."), or names as the occasion of what it tells ("issued a declaration after the
    meeting"), when one of that kind was told before."""
    m = _REFERRED_GATHERING.match(text)
    if m is None:
        m = next((o for o in _AT_THE_GATHERING.finditer(text) if o.start(1) == trigger_at), None)
    if m is None:
        return None
    kinds = _GATHERING_OF[m.group(1).lower()]
    return next((d for d in reversed(drafts) if d.type in kinds), None)


# "the 2015 Declaration of Principles signed with": an instrument named by its year, then
# the participle of its signing
_YEAR_NAMED_SIGNED = rule_pattern(r"\b(?P<year>(?:19|20)\d\d)\s+(?:[A-Z][\w\-]*\s+(?:(?:of|on|for|and|the|to)\s+)*){1,8}?"
                                  r"(?:[a-z]+\s+)?(?:,\s+)?(?:which\s+(?:was|were)\s+|that\s+(?:was|were)\s+)?$")


def _signed_in_a_past_year(text: str, trigger_at: int, report_day: str) -> bool:
    """Whether the signing at ``trigger_at`` is that of an instrument named by an earlier
    year than the story's ("the 2015 Declaration of Principles signed with Egypt")."""
    named = _YEAR_NAMED_SIGNED.search(text, max(0, trigger_at - 160), trigger_at)
    return named is not None and named.group("year") < report_day[:4]


# "made the announcement after talks with", "He spoke at a news conference following a
# meeting with": words the story reports, spoken after talks of that day
_SPOKEN_AFTER_TALKS = rule_pattern(r"\b(?:made\s+(?:the|his|her|their|these|those)\s+(?:announcement|remarks|comments)|"
                                   r"spoke|speaking|said|says|told\s+reporters|announced)\b[^.;]{0,60}?\b(?:after|following)\s+"
                                   r"(?:(?:his|her|their|the|a)\s+)?(?:[\w\-]+\s+)?(?P<talks>talks|meeting|discussions)\s+with\b")


def _spoken_after_talks(text: str, trigger_at: int) -> bool:
    """Whether the talks at ``trigger_at`` are told as those after which the story's words
    were spoken ("Mr. Bush made the announcement after talks with Schroeder")."""
    if "after" not in text and "following" not in text:
        return False
    return any(m.start("talks") == trigger_at for m in _SPOKEN_AFTER_TALKS.finditer(text))


def _same_day_as_lead(text: str, trigger_at: int, lead_date: str | None, report_day: str | None) -> bool:
    """Whether an undated sentence tells of an event on the day of the story's lead event:
    "Earlier in the day, the minister called on the president", "After the Council
    session, the president met ...", "The two leaders also held talks at the palace".
    Background ("have held talks for years") is not, nor the event an opening refers back
    to ("After the meeting, the ministers announced ...")."""
    if not lead_date or not report_day or not near(lead_date, report_day, days=2):
        return False  # the lead is itself background: no day to share
    opening = _SAME_DAY_OPENING.match(text.lstrip())
    if opening:
        offset = len(text) - len(text.lstrip())
        if trigger_at >= offset + opening.end():
            return True
        # the opening's own gathering: "After a meeting with ..." is one more that day,
        # "Following the meeting, ..." the one told before
        return re.match(r"\S+ an? ", opening.group(0)) is not None
    if _ONGOING_VISIT.search(text):
        return True  # "Putin is on a state visit to Kazakhstan, his first trip since ...": under way today
    # what a relative clause says ("in which they pledged to end the war later this year")
    # is no background of the event's own
    relative = _RELATIVE_AFTER.search(text, trigger_at)
    main = text[:relative.start()] if relative else text
    # (nor is a description of the one who acts: "Yoon, the first South Korean president to
    # visit Japan in 12 years, arrived in Tokyo earlier in the day")
    main = _FIRST_OF_A_KIND.sub(",", main) if ", the " in main else main
    return bool(_SAME_DAY_CUE.search(main)) and not _BACKGROUND.search(main) and not _THE_SIDES_ACT.match(main)


# "Diplomats from Iran, Britain and China met at the hotel": those who sat at talks, by their states
_DELEGATES_MET = rule_pattern(r"\s*(?:The\s+)?(?:[A-Z][\w\-]*\s+)??(?i:diplomats|negotiators|delegations|delegates|officials|"
                              r"envoys|representatives|ministers|foreign ministers|teams)\s+(?:from|of)\s+"
                              r"[^.;]{0,150}?\b(?:met|gathered|sat down)\b")
_FIRST_OF_A_KIND = rule_pattern(r",\s+the (?:first|second|third|last|only|latest)\b[^,;]{0,120},")


_OPENING_TOLD = rule_pattern(r"\b(?:opened|opens|opening|began|begins|started|starts|kicked off|first day)\b")


def _open_on_an_earlier_day(draft: EventDraft, clause: str, sentence: Sentence) -> None:
    """"The decision was taken on the second day of the Ministerial Conference": the
    gathering told before, dated by the day of the decision, opened a day before and
    lasted to it (unless its opening day was told; one told in this sentence has its span
    from :func:`kg.extraction.events.event_span` already)."""
    if draft.type not in _GATHERING_KINDS or not draft.date or draft.sentence is sentence or (
            draft.sentence is not None and _OPENING_TOLD.search(draft.sentence.text)):
        return
    start = opened_before(clause, draft.date)
    if start is not None:
        draft.date, draft.end_date = start, max(draft.end_date or draft.date, draft.date)


# "returned from Nairobi on Tuesday after signing", "flew home after talks with": the
# return's day and place, not those of what came before it
_BACK_AFTER = rule_pattern(r"\b(?:returned|returns|returning|arrived back|flew back|flew home|came back|got back|"
                           r"headed home|heads home)\b[^.;]{0,100}?\s(?:after|following)\s+"
                           # (not "after concluding a two-day visit", whose end the return dates)
                           r"(?!concluding|wrapping|ending|completing|winding)(?:(?:his|her|their|the|a|an)\s+)?(?:[\w\-]+\s+){0,3}?(?:of\s+)?$")  # "after two days of talks"
# "a three-week tour during which he met Trump, Trudeau and Macron": meetings of the tour
_DURING_A_TOUR = rule_pattern(r"\b(?:tour|tours|trip|trips|journey|swing|(?:two|three|four|five|\d)-(?:nation|country|state) "
                              r"visit)\b[^.;]{0,60}?\b(?:during|on|in)\s+which\b")
# ", as US Vice President Mike Pence announced new sanctions": another's act meanwhile
_WHILE_ANOTHER_ACTS = rule_pattern(r",\s+as\s+(?!(?:part|well|host|hosts|chair|a|an|the\s+(?:host|chair))\b)"
                                   r"(?:[A-Z][\w.'’\-]*\s+){1,6}(?:(?:also|separately|again)\s+)?"
                                   r"(?:announced|announces|said|says|warned|imposed|threatened|vowed|declared|unveiled|"
                                   r"urged|called|pledged|insisted|accused)\b|"
                                   # "..., as allies grappled with how to respond to Russia's build-up", "amid
                                   # tensions with Russia": the setting, no side of the event
                                   r",\s+(?:as|while|even as)\s+(?:[a-z][\w\-]*\s+){1,3}(?:grappled|grapple|struggled|"
                                   r"struggle|weighed|weigh|debated|debate|worried|worry|braced|brace|scrambled|scramble|"
                                   r"watched|feared|fear)\b|"
                                   r"\s+amid\s+")
# "and later met Abbas in Ramallah": another meeting of the one who met first
_LATER_MET_WORDS = r"\b(?:also|later|then)\s+(?:met|meets|met\s+with|held\s+talks\s+with)\b"
_LATER_MET = rule_pattern(r"\s*" + _LATER_MET_WORDS)
# (bilateral meetings, in the plural, are one with each: "held bilateral meetings with Xi and Putin")
# (and "Xi also met Macron and Trudeau", told after a first meeting on a summit's sidelines:
# more of the day's bilaterals)
_SEPARATE_MEETINGS = rule_pattern(r"\bseparate\s+(?:bilateral\s+)?(?:meetings|talks)\s+with\b|\bbilateral\s+(?:meetings|talks)\s+with\b|"
                                  r"\b(?:met|meets|spoke|talked)\s+separately\s+with\b|\bseparately\s+met\b|"
                                  + _LATER_MET_WORDS)
# Where the one a story follows is now: "Secretary of State Colin Powell is in Cairo".
_IS_IN_A_CITY = rule_pattern(r"\b(?:is|are) (?:now |currently )?in [A-Z][a-z]+")
_FOLLOWED_BY = rule_pattern(r",\s+followed by\s+$")
# A clause that opens with its verb ("and attend a meeting", "before flying to London")
# has the subject of the first.
_NO_SUBJECT = rule_pattern(r"(?:(?:will|would|is to|are to|was to|(?:is|are) (?:due|set|scheduled|expected) to|plans? to)\s+)?"
                           r"(?:attend|attended|visit|visited|meet|met|hold|held|travel|travelled|traveled|fly|flew|sign|"
                           r"signed|host|hosted|join|joined|flying|travell?ing|heading|going|leaving|moving|"
                           # "arrived on Sunday, and was received by Fernandez on Monday": the one who arrived
                           r"(?:was|were) (?:received|welcomed|greeted|hosted)|"
                           # "telephoned Roh to brief him on his trip to Pyongyang": the caller's trip
                           r"(?:his|her|their)\s+(?:[\w\-]+\s+){0,3}?(?:trip|visit|tour)\b)\b")


def _subject_of_first(clauses: list[str], hits: SentenceHits) -> SentenceHits:
    """The states and officials the first of a sentence's clauses names before its
    trigger: who acts in a later clause that names no one of its own."""
    first = event_type(clauses[0]) if clauses else None
    if first is None:
        return SentenceHits(hits.text, [], [], [])
    at = first[1]
    if at == 0:
        # a trigger read from the sentence's start ("Modi will address the General
        # Assembly"): the subject is the names before its first lower-case word
        lower = re.search(r"\s[a-z]", clauses[0])
        at = lower.start() if lower else 0
    return SentenceHits(hits.text, [h for h in hits.states if h.end <= at], [],
                        [p for p in hits.people if p.end <= at])


_DAY_NAME = "(?:" + "|".join(day.capitalize() for day in WEEKDAYS) + ")"
# "is to meet Sharon on Saturday and Abbas in Ramallah on Sunday": two meetings, the verb
# told once
_GAPPED_MEETING = rule_pattern(rf"\b(?P<verb>(?:(?:will|would|is to|are to|was to|(?:is|are) (?:due|set|scheduled|expected) to|"
                               rf"plans? to)\s+)?(?:meet|meets|met))\s+[^;,.]{{3,80}}?\s+on\s+{_DAY_NAME}\s+and\s+"
                               rf"(?P<second>(?:the\s+)?[A-Z][^;,.]{{3,80}}?\s+on\s+{_DAY_NAME})\b")


# An earlier event told after the sentence's own: ", after talks in Beijing with Wang Yi on Monday"
_AFTER_AN_EVENT = rule_pattern(r",\s+after\s+(?=(?:talks|a meeting|meetings|a visit|a summit|a call)\b)")
_AFTER_BEFORE = rule_pattern(r",?\s+after\s+$")  # where such a clause opens
# "the prime minister said on Thursday after talks with ...": what was said, not the event, follows
_SAID_AFTER = rule_pattern(r"\b(?:said|says|told|announced|declared|stated)\b[^,.;]{0,30}$")
# An earlier event told after the sentence's own without a comma: "after visiting Pyongyang"
_AFTER_DOING = rule_pattern(r"(?<!,)\s+after\s+(?=(?:visiting|attending|meeting|holding|talks|a visit|a meeting|"
                            r"a summit|a trip|his|her|their)\b)|"
                            # "met Xi in Beijing on Friday, a day after signing 15 agreements in Shanghai"
                            r",\s+(?:a|one|two|three|\d)\s+days?\s+after\s+(?=(?:visiting|attending|meeting|holding|"
                            r"signing|talks|a visit|a meeting|a summit|a trip|his|her|their)\b)")
# A clause of what is to come within the event told: ", during which he will also attend ..."
_PLAN_ASIDE_OPENS = rule_pattern(r"(?:which|who|where|during which|at which|after which)\s+")
_OWN_SUBJECT = rule_pattern(r"(?:he|she)\s+[a-z]")
# The chief of an organisation by title alone, the sentence's subject ("The Secretary-General met ...")
_THE_SECRETARY_GENERAL = rule_pattern(r"(?:^\s*|[.;]\s+)(?:The|the) Secretary[- ]General\b(?!\s+of\b|['’]s\s+(?:spokes|office))")
# The verbs a clause of talks beside a gathering opens with (read first: it is cheap)
_TALKS_BESIDE = rule_pattern(r"(?:hold|held|holds|holding|meet|met|meets)\s")


# A clause of its own subject that only reacts or speaks: "and German Chancellor Angela
# Merkel also congratulated him"
_ONLY_REACTED = rule_pattern(r"(?:[A-Z][\w.'’\-]*\s+){1,6}(?:also\s+|separately\s+|later\s+)?"
                             r"(?:congratulated|welcomed|praised|hailed|thanked|said|says|told|warned|urged|"
                             r"critici[sz]ed|condemned|expressed|tweeted|wrote)\b")
# Words of a clause that point back to those named before it ("and Kishida hosted him")
_POINTS_BACK = rule_pattern(r"\b(?:him|her|them|his|their|its|the two|both|each other|one another)\b", re.IGNORECASE)


def _sides_of_its_own(text: str, at: int, trigger_at: int) -> bool:
    """Whether a clause opened by ", and" names both sides of its event and points back
    to no one: "Trudeau said he looked forward to working with him, and Irish Taoiseach
    Micheál Martin spoke with Biden by phone" (Trudeau is no side of the call)."""
    subject, rest = text[at:trigger_at], text[trigger_at:]
    if _POINTS_BACK.search(text, at) is not None:
        return False
    named_first = {h.iso3 for h in state_mentions(subject)} | {p.state for p in person_mentions(subject) if p.state}
    named_after = {h.iso3 for h in state_mentions(rest)} | {p.state for p in person_mentions(rest) if p.state}
    return bool(named_first) and bool(named_after - named_first)


def _names_its_own_sides(phrase: str) -> bool:
    """Whether a phrase names a state, an official or a body ("talks with Japanese officials
    in Tokyo", "attending the G7 summit"; not "talks" alone)."""
    return bool(state_mentions(phrase) or body_mentions(phrase) or person_mentions(phrase))


def _gathering_and_talks(text: str, breaks: list[int]) -> bool:
    """Whether a clause break parts a gathering from talks beside it: "will address the
    General Assembly on September 25 and hold bilateral talks with Biden and Suga" (those
    he talks with are no sides of the Assembly's session)."""
    if not breaks or not _TALKS_BESIDE.match(text, breaks[0]):
        return False
    first, second = event_type(text[:breaks[0]]), event_type(text[breaks[0]:])
    return first is not None and second is not None and first[0] in _GATHERING_KINDS and second[0] in ("talks", "meeting")


def _moved_to(clause: str, d: DateMention) -> bool:
    """Whether a gathering was moved to the date: "postponed the summit until September"."""
    before = clause[max(0, d.start - 160):d.start]
    return _MOVED_TO.search(before) is not None and (
        re.match(r"(?:until|till|to)\b", clause[d.start:]) is not None
        or re.search(r"\b(?:until|till|to)\s+$", before) is not None)


def _clauses(text: str, published: str | None) -> list[str]:
    """A sentence that joins two dated events ("discussed Syria at a meeting in Jeddah
    in mid-April, and on April 18 the minister visited Damascus") as one masked text
    per clause, offsets kept; [] when the sentence tells of one event."""
    arrival = next((a for a in WHO_ASIDE.finditer(text) if _ARRIVED.match(text, a.start())
                    or (_MET_ASIDE.match(text, a.start()) and find_dates(a.group(0), published))), None) \
        if ", who" in text else None
    if arrival is not None and event_type(text[:arrival.end()]) and event_type(" " * arrival.end() + text[arrival.end():]):
        # "Abiy, who arrived in Nairobi on Monday, held talks with Ruto": the arrival, on its
        # day, and the talks, on theirs; "Macron, who hosted Zelensky in Paris on Sunday, will
        # travel to Berlin on Monday": the meeting told aside, on its day and in its place
        return [text[:arrival.end()] + " " * (len(text) - arrival.end()), " " * arrival.end() + text[arrival.end():]]
    after = _AFTER_AN_EVENT.search(text) if ", after " in text else None
    if after is not None and event_type(text[:after.start()]) and find_dates(text[:after.start()], published) and \
            find_dates(text[after.end():], published) and (
                person_mentions(text[after.end():], published) or state_mentions(text[after.end():])):
        # "arrived in Pyongyang on Wednesday for a visit, after talks in Beijing with Wang Yi
        # on Monday": the earlier event, with its own sides and day
        return [text[:after.start()] + " " * (len(text) - after.start()), " " * after.end() + text[after.end():]]
    doing = _AFTER_DOING.search(text) if " after " in text else None
    if doing is not None and event_type(text[:doing.start()]) and event_type(" " * doing.end() + text[doing.end():]) \
            and (_names_its_own_sides(text[doing.end():].split(",")[0]) or doing.group(0).startswith(",")) \
            and not _SAID_AFTER.search(text, max(0, doing.start() - 40), doing.start()):
        # "met Park in Seoul on Tuesday after talks with Japanese officials in Tokyo", "is in
        # Seoul after visiting Pyongyang, where he held talks": the earlier event has its own
        # sides and place
        return [text[:doing.start()] + " " * (len(text) - doing.start()), " " * doing.end() + text[doing.end():]]
    during = _AS_ON_A_VISIT.search(text) if ", as " in text else None
    if during is not None and event_type(text[:during.start()]) and event_type(" " * during.end() + text[during.end():]):
        # "signed an accord on Thursday, as Papandreou paid the first visit to Ankara": the
        # visit during which it happened, an event of its own on the same day
        return [text[:during.start()] + " " * (len(text) - during.start()), " " * during.end() + text[during.end():]]
    origin = FROM_WHERE.search(text) if ", where " in text else None
    if origin is not None and event_type(text[:origin.start()]) and \
            event_type(" " * origin.end() + text[origin.end():]) and _names_its_own_sides(text[origin.end():]):
        # "arrived in Alaska from Seoul, where he held talks with South Korean officials": the
        # talks were held where he came from, with sides of their own
        return [text[:origin.start()] + " " * (len(text) - origin.start()), " " * origin.start() + text[origin.start():]]
    plans = [m.end() for m in _PLAN_BREAK.finditer(text)]
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text)]
    gapped = _GAPPED_MEETING.search(text) if not plans and not breaks else None
    if gapped is not None and event_type(text[gapped.start("second"):gapped.end("second")]) is None:
        # the second meeting's clause keeps the verb it shares with the first
        first_end = gapped.start("second")
        verb = " " * gapped.start("verb") + gapped.group("verb")
        return [text[:first_end] + " " * (len(text) - first_end),
                verb + " " * (first_end - len(verb)) + text[first_end:]]
    if not plans and not breaks:
        return []  # most sentences: one clause
    for at in breaks:
        # "He cultivated close ties with Trump, and he hosted the G20 summit in Osaka": the
        # clause with its own subject tells the event; those named before it are no sides
        # (nor are they of "Spain and France have imposed similar measures, and EU finance
        # ministers are due to discuss a joint response": a subject that names its own body)
        if _HABITUAL.search(text, at) and event_type(text[:at]) is not None and find_dates(text[:at], published) \
                and not find_dates(text[at:], published):
            # "Erdogan and Putin last met in Moscow in August, and the two leaders have spoken
            # by phone several times since": the dated meeting; calls counted are background
            return [text[:at] + " " * (len(text) - at)]
        own = _OWN_SUBJECT.match(text, at)
        if not own and not (re.search(r",\s+(?:and|while|whereas)\s+$", text[max(0, at - 10):at])
                            and re.match(r"[A-Z]", text[at:at + 1])):
            continue
        tail = " " * at + text[at:]
        head = re.sub(r",\s+whom?\s+[^,;]{3,120}(?=,)", lambda a: " " * len(a.group(0)), text[:at])
        second = event_type(tail)
        if second is not None and event_type(head) is None and (
                own or (body_mentions(text[at:second[1]]) and not state_mentions(text[at:second[1]]))
                or _sides_of_its_own(text, at, second[1])):
            return [tail]  # (an aside on whom he met earlier is no event of the sentence's)
        if second is None and _ONLY_REACTED.match(text, at) and event_type(head) is not None:
            # "Martin spoke with Biden by phone, and German Chancellor Angela Merkel also
            # congratulated him": who reacted in a clause of their own is no side of the call
            return [head + " " * (len(text) - at)]
    for at in breaks:
        # "Ruto met Abiy, and the leaders of Egypt and Djibouti held talks on Red Sea
        # security": two meetings, each with its own sides
        if not text.startswith(", and ", at - 6) or not _ENCOUNTER_WORD.search(text, at):
            continue  # (read first: most clauses tell of no meeting)
        tail = " " * at + text[at:]
        second, first = event_type(tail), event_type(text[:at])
        if second is None or first is None or second[0] not in ("talks", "meeting", "call"):
            continue
        subject = text[at:second[1]]
        if state_mentions(subject) and (state_mentions(text[:first[1]]) or person_mentions(text[:first[1]])):
            return [text[:at] + " " * (len(text) - at), tail]
    told = find_dates(text, published)
    dated_apart = len(told) >= 2
    beside = not dated_apart and _gathering_and_talks(text, breaks)
    if not plans and not dated_apart and not beside:
        return []  # or one date
    # "signed a statement and agreed to meet again next month": the date is the plan's
    breaks = sorted(set(breaks + plans)) if dated_apart or beside else plans
    cuts = [0] + breaks + [len(text)]
    units = []
    plan_aside = False
    for a, b in zip(cuts, cuts[1:]):
        masked = " " * a + text[a:b] + " " * (len(text) - b)
        # (a day told from another lies in its clause: "arrived on June 21 and held talks a day later")
        if event_type(masked) and (not dated_apart or any(a <= d.start < b for d in told)):
            units.append(masked)
        elif a and _PLAN_ASIDE_OPENS.match(text, a) and event_type(masked):
            plan_aside = True
    # "arrived for a state visit from May 16 to 18, during which he will also attend the
    # summit in Xi'an": the visit, on its days; the summit is to come, on a day not told
    return units if len(units) > 1 or (units and plan_aside) else []


def _is_prose(text: str) -> bool:
    """Whether a sentence is one of the story's: five words or more, closed by a stop."""
    return len(text.split()) >= 5 and bool(re.search(r"[.!?][\"”’']?\s*$", text))
