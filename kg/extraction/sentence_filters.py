"""Sentences that report no cooperation, whatever their trigger words: hypothetical ones
("if", "could") and those whose business is conflict.

Both the sentence rules (:mod:`kg.extraction.rules`) and the commitments of an article
that reports nothing else (:func:`kg.extraction.article_documents.commitments`) pass
over them.
"""
from __future__ import annotations

import re

from kg.extraction.documents import DOC_NOUN_RE
from kg.extraction.rule_patterns import rule_pattern
from kg.extraction.text import WHO_ASIDE

__all__ = ["HYPOTHETICAL", "conflict_first", "hypothetical_only_in_what_was_said"]

HYPOTHETICAL = rule_pattern(r"^(?:If|Unless|Should|Were)\b|,\s*if\b|\b(?:could|might|may)\s+(?:have\s+)?(?:be\s+)?"
                            r"(?:sign|meet|hold|held|adopt|agree|visit)|"
                            # "The United States and Mexico want to set April 2006 as the date to restart
                            # negotiations": a wish, no date set
                            r"\bwant(?:s|ed)?\s+to\s+(?:set|fix|hold|restart|resume|start|open|sign)\b|"
                            # "is considering a visit to Ukraine in August": not yet a plan
                            # (and "says it is ready to attend a second round of talks, but only if ...": a stance)
                            r"\b(?:is|are|was|were)\s+(?:considering|mulling|weighing|contemplating|(?:ready|willing|"
                            r"prepared)\s+to\s+(?:attend|join|hold|take part|resume|return|meet|sign))\b|\bonly if\b|"
                            # "said it would veto any resolution on the matter": a stance, no vote taken
                            r"\bwould\s+(?:\w+\s+)?(?:veto|vote|block|oppose)\b|"
                            # "discussed the possibility of a summit in Istanbul": an idea, not a plan
                            r"\b(?:possibility|prospect|idea|feasibility)\s+of\s+(?:a|an|holding|another|new)\s+"
                            r"(?:[\w\-]+\s+)?(?:summit|meeting|visit|talks|round)\b|"
                            r"\b(?:is|was|are|were)\s+not\s+on\s+the\s+agenda\b", re.I)
# Sentences whose main business is conflict (PLOVER's THREATEN, REJECT, DEMAND, ASSAULT...)
# report no cooperation event or document.
_CONFLICT = rule_pattern(r"\b(?:threaten(?:s|ed)?|reject(?:s|ed)?|refus(?:es|ed)|demand(?:s|ed)|accus(?:es|ed|ing)|condemn(?:s|ed)?|"
                         r"warn(?:s|ed)|protest(?:s|ed)?|stayed away|attack(?:s|ed)|kill(?:s|ed)|clash(?:es|ed)?|fired|shell(?:s|ed)|"
                         r"bomb(?:s|ed|ing)|expel(?:s|led|ling)?|deport(?:s|ed)?|boycott(?:s|ed)?|strik(?:e|es)|investigation|arrest(?:s|ed)|"
                         r"seiz(?:es|ed)|suspend(?:s|ed)|sanction(?:s|ed)?|mobili[sz]\w+|riot\w*)\b", re.I)
# "Somalia cut diplomatic ties with Kenya ... after Kenyatta hosted ...": a break, read only
# where ties or relations are named
_BREAK_OF_TIES = rule_pattern(r"\b(?:cut|cuts|severed|severs|broke off|breaks off) (?:its |all )?(?:diplomatic )?"
                              r"(?:ties|relations)\b", re.I)
# ("spoke with Merz about the attacks": the call is the business, the attacks its subject)
_COOPERATION_WORDS = rule_pattern(rf"\b(?:sign\w*|adopt\w*|agreed|decided|voted|met|meet|meets|meeting|talks|summit|visit\w*|spoke|spoken|talked|"
                                  rf"phoned|telephoned|phone|telephone|conversation|discuss(?:ed|es|ing)?|hosted|"
                                  # ("the WHO's annual assembly opened ... on SARS, a virus that has killed 600")
                                  rf"session|conference|assembly|opened|convened|"
                                  rf"{DOC_NOUN_RE})\b", re.I)


# A body's organ as the subject of the verb, and the gathering or outcome it acted at or by.
_BODY_ACTS = rule_pattern(r"\b(?:Council|Assembly|Commission|Union|Organi[sz]ation|Community|League|bloc|"
                          # "ECOWAS leaders suspended Mali at an extraordinary summit"
                          r"[A-Z]{2,}\s+(?:leaders|ministers|heads of state(?: and government)?))(?:['’]s)?\s+"
                          # "The European Union imposed sanctions ..., ministers agreed at a meeting"
                          r"(?:(?:on\s+\w+|unanimously|formally|also|has|have|had|imposed|renewed|extended|"
                          r"approved|adopted|agreed|tightened|expanded|new)\s+){0,3}$")
_REFUSED_A_STEP = rule_pattern(r"(?:refused|refuses|rejected|rejects) to (?:sign|adopt|endorse|join|ratify)\b")
_GATHERING_OUTCOME = rule_pattern(r"\b(?:meeting|summit|session|communiqu[eé]|resolution|declaration)\b", re.I)


def conflict_first(text: str) -> bool:
    """Whether conflict is the sentence's business: a conflict verb comes before any word
    of cooperation ("Russia threatened to stop negotiations"), not after one ("the
    ministers voted to readmit Syria, suspended in 2011")."""
    conflict = _CONFLICT.search(text)
    if "ties" in text or "relations" in text:
        broke = _BREAK_OF_TIES.search(text)
        if broke is not None and (conflict is None or broke.start() < conflict.start()):
            conflict = broke
    if conflict is None:
        return False
    if ", who" in text:
        # "Netanyahu, who has warned the West ..., is due to meet Obama": the aside tells of him
        text = WHO_ASIDE.sub(lambda a: " " * len(a.group(0)), text)
        conflict = _CONFLICT.search(text)
        if conflict is None:
            return False
    if re.match(r"(?i)suspend|expel", conflict.group(0)) and \
            _BODY_ACTS.search(text, max(0, conflict.start() - 80), conflict.start()):
        # "The African Union's Peace and Security Council suspended Niger": the body's decision
        return False
    cooperation = _COOPERATION_WORDS.search(text)
    if cooperation is not None and _GATHERING_OUTCOME.search(text) and (
            _BODY_ACTS.search(text, max(0, conflict.start() - 80), conflict.start())
            or _REFUSED_A_STEP.match(text, conflict.start())):
        # "Argentina refused to sign the declaration at the Mercosur summit": the summit met
        # and the declaration is discussed; "The AU's Peace and Security Council suspended
        # Niger, in a communique issued after a meeting"
        return False
    if cooperation is not None and conflict.start() < cooperation.start() and \
            _AT_A_GATHERING_AFTER.match(text, conflict.end()) and _WORDS_CLASHED.fullmatch(conflict.group(0)):
        # "France and Germany clashed over nuclear power at a meeting of EU energy
        # ministers": words exchanged at a gathering that met
        return False
    return cooperation is None or conflict.start() < cooperation.start()


# Verbs of a quarrel, which a gathering can hold ("clashed over ... at the meeting")
_WORDS_CLASHED = rule_pattern(r"(?i:clash(?:es|ed)?|protest(?:s|ed)?|warn(?:s|ed)|accus(?:es|ed|ing)|reject(?:s|ed)?)")
_AT_A_GATHERING_AFTER = rule_pattern(r"[^.;]{0,80}?\b(?:at|during)\s+(?:an?|the|this\s+week['’]s|[A-Z][\w\-]*['’]s)\s+"
                                 r"(?:[\w\-]+\s+){0,4}?(?:meeting|summit|session|conference|ministerial|talks)\b")


# Where what a speaker said begins: "Putin said (that) ...", "..., Putin told reporters"
_SAID = rule_pattern(r"\b(?:said|says|told|stated|warned|added|insisted|declared)\b")
_ENCOUNTER_TOLD = rule_pattern(r"\b(?:talks|met|meeting|summit|call|conversation|spoke|visit|visited|hosted)\b", re.I)


def hypothetical_only_in_what_was_said(text: str, hypothetical: re.Match | None) -> bool:
    """Whether a hypothetical sentence (``hypothetical``, its HYPOTHETICAL match) is so only
    in what its speaker said, after an encounter it tells as happened: "After talks with
    Chirac, Putin said Russia would veto any resolution" (the talks took place; the veto is
    a stance)."""
    if hypothetical is None or hypothetical.start() == 0:
        return False
    said = next(reversed(list(_SAID.finditer(text, 0, hypothetical.start()))), None)  # the last before it
    if said is None:
        return False
    # (the speech opens after the say-verb, or after "that": "said after talks with Chirac that ...")
    that = text.rfind(" that ", said.end(), hypothetical.start())
    opens = that if that >= 0 else said.start()
    return _ENCOUNTER_TOLD.search(text, 0, opens) is not None and HYPOTHETICAL.search(text, 0, opens) is None \
        and not re.search(r"\b(?:if|unless)\b", text[:opens], re.I)
