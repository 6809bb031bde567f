"""The documents of an article, sentence by sentence: those a sentence names with the step
it reports for each (signed, adopted, proposed, ...), the decisions of a body's members,
and, for an article that reports nothing else, the commitments between states.

A document's title is the text's own, else made from the body that adopted it or the
states that issued it; finding titles and steps in a sentence is
:mod:`kg.extraction.documents`.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from kg.extraction.actors import sentence_actors
from kg.extraction.article_mentions import SentenceHits
from kg.extraction.coreference import is_reference_title
from kg.extraction.documents import (BROKERED_AFTER, DOC_NOUN_RE, DOC_NOUNS, PLACE_AS_SUBJECT, WHEN_WORDS, counted_steps,
                                     decision_in, documents_in, implemented_before, is_final_outcome, is_named_instrument, passing_status, proposers_of,
                                     resolution_voted_in, status_of)
from kg.extraction.events import (IN_A_STATEMENT, NEGATED_EVENT, EventDraft, actors_in, body_ref, city_in,
                                  joined_to_a_state, reacts, without_idle_demonyms)
from kg.extraction.mentions import BodyHit, PersonHit, StateHit, body_mentions, person_mentions, state_mentions
from kg.extraction.reference import RefBody, gazetteer
from kg.extraction.rule_patterns import rule_pattern
from kg.extraction.sentence_filters import HYPOTHETICAL, conflict_first
from kg.extraction.text import Sentence, words_before
from kg.extraction.titles import named_after_body, named_after_sides
from kg.extraction.topics import topics_of
from kg.facts import Document, Evidence

__all__ = ["ArticleDocuments", "commitments"]

_CAME_INTO_FORCE = rule_pattern(r"\b(?:into (?:force|effect)|took effect|takes effect)\b")
# Those who signed, named as the story's sides: "the sides signed", "the two leaders signed"
_THE_SIDES_SIGNED = rule_pattern(r"\b(?:[Tt]he|[Bb]oth) (?:two )?(?:sides|parties|countries|leaders|presidents|governments)\s+"
                                 r"(?:\w+\s+)?(?:signed|inked|exchanged)\b")
# Types of document that bind parties: they have parties, where other outcomes have adopters.
_INSTRUMENTS = ("treaty", "agreement", "memorandum", "protocol")
# A body's acts, which its members adopt: they have no parties, whoever signs them.
_ACTS_OF_A_BODY = ("decision", "resolution", "address")
# Commitments between states: offers, pledges and agreements that are not (yet) documents.
# (Not praise, backing or joint drills: opinions and acts, which no document records.)
_COMMITMENT = rule_pattern(r"\b(?P<verb>agreed (?:to|on|upon|that)|have agreed|offered to|promised to|pledged(?: to)?|"
                           r"committed to|(?:is|are) (?:willing|prepared|ready) to|will (?:provide|give|support|send|help|"
                           r"finance|fund|grant|extend|cooperate)|"
                           r"established (?:diplomatic )?(?:ties|relations))\b", re.I)
_MODAL = rule_pattern(r"\b(?:will|would(?! have\b)|must|should|shall|could|may|might|needs? to|has to|have to|expected|due to|"
                      r"yet to|once|until|before it)\b")  # lower case: "May" is a month
# Where a clause about the document begins: "signed an agreement under which Macedonia will
# be renamed" or "that could lead to a withdrawal" tells what it provides, not a step still to take; "was approved and will be
# submitted" a step taken, then one to come.
_ABOUT_IT = rule_pattern(r"\s+(?:under|in|by)\s+which\b|,?\s+(?:which|that)\s+(?!must|will|would|has to|needs to|is yet)|"
                         # "was approved by the ministers and will be submitted to the leaders"
                         r"(?<=ed)\s+(?:by\s+(?:the\s+)?[\w\-]+\s+)?and\s+(?=(?:will|would|must|should|shall)\b)")


# A speech verb after an outcome: what follows is what the outcome says.
_OUTCOME_SAYS = rule_pattern(r"\b(?:said|says|stated|states|pledged|pledges|vowed|vows|promised|promises)\b")


def _own_clause_end(text: str, end: int) -> int:
    """Where the words on a document's own step end: 60 characters on, or before a clause
    on what it provides."""
    about = _ABOUT_IT.search(text, end, end + 60)
    return about.start() if about else end + 60


_REPORTED_SPEECH = rule_pattern(r"^(?:[\w\-']+\s+){0,2}statement\s+(?:saying|stating|that|which said)\b", re.I)
_NEGATION_BEFORE = rule_pattern(r"\b(?:not|never|no longer|n't)\b(?:\s+\w+){0,2}\s*$")
_MISSION_IN = rule_pattern(r"\b(?:[Ee]mbassy|[Ee]mbassies|[Cc]onsulate|[Hh]igh [Cc]ommission|[Mm]ission) in "
                           r"(?P<seat>[A-Z][\w\-']+(?: [A-Z][\w\-']+)?)")
_AT_A_PLACE = rule_pattern(r"\s+at\s+(?:the\s+)?(?:(?i:[\w\-']+\s+){0,3}(?i:headquarters|palace|ceremony|summit|meeting|"
                           r"conference|session)|[A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*){0,3})$")
_NAMING = rule_pattern(r"\b(?:titled|entitled|called|known as|dubbed|named)\s+(?:the\s+)?$")


# A release's title that names the statement it is
_RELEASE_TITLE = rule_pattern(r"(?:[A-Z0-9][\w.'’\-]*\s+){1,8}?(?:(?P<joint>Joint)\s+|Press\s+|Chair(?:['’]s)?\s+)?"
                              r"(?P<noun>Statement|Declaration|Communiqu[eé])(?:\s+(?:on|of|regarding|concerning)\s+.+)?")


# (the whole list: "mediated by Saudi Arabia and the United States")
_BROKERED_BY = rule_pattern(r"\b(?:brokered|mediated|facilitated)\s+by\s+(?:the\s+)?(?:[\w.,'’\-]+\s+){0,6}$")
# A state joining or leaving an instrument: "would rejoin the Paris Agreement"
_JOINED = rule_pattern(r"\b(?:rejoin|join|re-enter|return to|remain in|stay in|leave|quit|exit)\s+(?:the\s+)?$")


class ArticleDocuments:
    """The documents of one article found so far, in the order named; a later sentence
    tells who proposed one ("upon the Chilean side's proposal") or lists those one
    announced ("They include ...")."""

    def __init__(self) -> None:
        self.found: list[Document] = []
        self.previous_status: str | None = None  # of the instruments the last sentence read announced

    def skip(self) -> None:
        """Pass over a sentence that reports nothing (a headline, a hypothetical one, one
        of conflict): the next does not list the instruments of the one before it."""
        self.previous_status = None

    def read_release_title(self, sentence: Sentence, hits: SentenceHits) -> None:
        """A release whose title names the statement it is ("G7 Foreign Ministers'
        Statement on the situation in the Red Sea", "Security Council Press Statement on
        ..."): the statement, issued. Only one its title gives to a body or calls joint:
        "Statement by the Press Secretary" is an office's."""
        m = _RELEASE_TITLE.fullmatch(sentence.text.strip())
        if m is None:
            return
        at = len(sentence.text) - len(sentence.text.lstrip()) + m.start("noun")
        if not (m.group("joint") or any(b.start < at for b in hits.bodies)):
            return
        title = m.group(0)
        self.found.append(Document(f"d{len(self.found) + 1}", DOC_NOUNS[m.group("noun").lower()], title, "adopted",
                                   None, (), (), topics_of(title),
                                   Evidence(sentence.start, sentence.end, sentence.text)))

    def read_named_in_passing(self, sentence: Sentence) -> None:
        """Record the international instruments a sentence of conflict names in passing:
        "protests every week until Sweden joined the Paris Agreement" reports no step,
        but the agreement in force is a document all the same."""
        self.skip()
        s_text = sentence.text
        for doc_type, title, start, end in documents_in(sentence):
            status = status_of(s_text, start, end) or passing_status(title)
            if status is None or not is_named_instrument(title) or _NAMING.search(words_before(s_text, start)):
                continue
            self.found.append(Document(f"d{len(self.found) + 1}", doc_type, title, status, None, (), (),
                                       topics_of(title, s_text), Evidence(sentence.start, sentence.end, s_text)))

    def read(self, sentence: Sentence, hits: SentenceHits, sentence_event: int | None, drafts: list[EventDraft],
             article_names_body: bool) -> None:
        """Record the documents a sentence names, with the step it reports for each."""
        s_text = sentence.text
        evidence = Evidence(sentence.start, sentence.end, s_text)
        documents = self.found
        found_documents = documents_in(sentence)
        named_documents = [f for f in found_documents if f[1].lower() not in DOC_NOUNS]
        if not named_documents and documents:
            self._proposer_of_last(s_text)
        listed_status = None
        if self.previous_status and re.match(r"(?:\w+\s+){0,3}(?:include|included|are|were|cover|covered)\b|"
                                             r"Among (?:them|these)\b|"
                                             # the bullets of a list the sentence before announced ("They include:",
                                             # "The following documents were exchanged ...: (i) ...; (ii) ...")
                                             r"[-•*–]\s|\((?:[ivx]+|[a-z])\)\s", s_text):
            # "The instruments were signed at the palace. They include an air transport agreement; ..."
            listed_status = self.previous_status
        if sentence_event is None and drafts and _THAT_GATHERING.search(s_text):
            # "At the end of that session, the four Arab heads of state issued a joint
            # statement": the gathering the sentence before told of
            sentence_event = len(drafts) - 1
        event_id = f"e{sentence_event + 1}" if sentence_event is not None else None
        at_event = drafts[sentence_event] if sentence_event is not None else (drafts[0] if drafts else None)
        if found_documents:  # (most sentences name none: what follows is read for those that do)
            # The states acting: a demonym only for a government or its official ("the Chinese
            # side", not "the Chinese telecom giant"), a name however used ("India's ministry").
            sentence_actors = actors_in(without_idle_demonyms(hits.states, s_text), hits.people, hits.text)
            # "in a deal brokered by Trump": who brought the sides together is none of them
            brokers = _brokers(s_text, hits.states, hits.people)
            explicit = list(proposers_of(s_text))
            # Who issued an unnamed outcome: the states of the officials named, else all the sentence names.
            issuers = list(dict.fromkeys(p.state for p in hits.people if p.state and not reacts(hits.text, p.start)))
            if len(issuers) < 2:
                issuers = sentence_actors
            venue = city_in(s_text, None, None)[0]
            modal = _MODAL.search(s_text) is not None
            came_into_force = _CAME_INTO_FORCE.search(s_text) is not None  # read once: a sentence may list hundreds
            witnesses = [m.start() for m in _WITNESSED_BY.finditer(s_text)]  # so are these
        for doc_type, title, start, end in found_documents:
            title = _without_venue(title, venue)
            status = status_of(s_text, start, end) or listed_status
            if status is None and (not modal or _JOINED.search(words_before(s_text, start))) \
                    and not _NAMING.search(words_before(s_text, start)):
                # "the Paris Agreement", named in passing; not "the document, formally titled
                # the First Agreement of ...", the name of one told before; in a sentence of
                # what is to come, one a state would join or leave ("would rejoin the Paris
                # Agreement"), which binds whatever the state does
                status = passing_status(title)
            # "spoke about trade under the African Continental Free Trade Area": an instrument
            # that binds took no step at the call, unless the sentence tells it came into force
            bound_before = status == "in_force" and not came_into_force
            # "met in Brussels and called on both sides to implement the road map peace plan":
            # a plan of before, neither the meeting's outcome nor its body's
            implemented = implemented_before(s_text, start)
            bound_before = bound_before or implemented
            if title.lower() in DOC_NOUNS and status in (None, "in_force") and BROKERED_AFTER.match(s_text, end) and \
                    len(found_documents) == 1:
                # "agreed to restore relations under a deal brokered by China": the deal made
                # (where the sentence names no other: "..., the three countries said in a
                # joint statement" names the deal so)
                status = "adopted"
            if status is None:
                continue
            if doc_type == "statement" and _REPORTED_SPEECH.search(title):
                continue  # "issued a statement on Sunday saying the president had spoken": a press release
            if title.lower() in DOC_NOUNS and (modal_word := _MODAL.search(s_text, max(0, start - 40), _own_clause_end(s_text, end))) \
                    and not (doc_type in ("statement", "declaration", "communique")
                             and _OUTCOME_SAYS.search(s_text, end, modal_word.start())):
                # "the treaty must still be ratified": no step the document has taken (but "In
                # a statement after the summit, the leaders said they would ...": what it says)
                continue
            if title.lower() in DOC_NOUNS and status not in ("signed", "ratified", "adopted") and \
                    re.search(r"\b(?:[Aa]|[Aa]n)\s+$", words_before(s_text, start)):
                continue  # "without reaching an agreement", "a hurdle for a deal": no instrument of its own
            if title.lower() in DOC_NOUNS and re.search(r"\bin an?\s+$", words_before(s_text, start)) and \
                    any(f[3] <= start and DOC_NOUNS.get(f[1].lower()) != f[0] for f in found_documents):
                continue  # "signed an agreement to normalise ties ..., in a deal brokered by Trump": that one
            counted = counted_steps(s_text, end)
            if counted is not None:
                status = counted  # signed and ratified by many states over the years: at no meeting, by no one side
            # (whatever a document is, those who sign it are its parties, "signed a joint
            # declaration of intent", save a body's own acts: "signed a decision admitting Belarus")
            parties = [a for a in sentence_actors if a not in brokers] \
                if (status in ("signed", "ratified") and doc_type not in _ACTS_OF_A_BODY
                    or status == "in_force" and doc_type in _INSTRUMENTS
                    # ("agreed to restore ties in a deal brokered by China": the sides brokered)
                    or brokers and doc_type in _INSTRUMENTS) and counted is None else []
            after = bisect_left(witnesses, end) if parties else len(witnesses)
            witnessed = witnesses[after] if after < len(witnesses) else None
            if witnessed is not None:
                # "in a ceremony attended by Saudi King Salman": who witnessed it is no party
                parties = actors_in(without_idle_demonyms([h for h in hits.states if h.start < witnessed], s_text),
                                    [p for p in hits.people if p.start < witnessed], hits.text)
            instrument = status in ("signed", "ratified") and doc_type not in _ACTS_OF_A_BODY
            # the sides of the sentence's event, else of the story's lead ("the two leaders")
            # (a body counts where it is a side: "the EU and China signed")
            # (not where the sentence's event is another: "The Minsk agreements, signed in the
            # Belarusian capital in 2014" in a story of a visit to Kyiv)
            lead = drafts[0] if drafts and (at_event is None or at_event is drafts[0] or at_event.date == drafts[0].date) \
                else None
            sides = next((found for e in (at_event, lead) if e is not None
                          and len(found := list(e.participants)) >= 2), [])
            if instrument and len(sides) == 2 and (not parties or set(parties) < set(sides)
                                                     and _THE_SIDES_SIGNED.search(s_text, 0, start)):
                # "Boric and Boluarte met in Lima. The two leaders signed six agreements": the
                # instruments of a meeting of two states are theirs (and "the sides signed an
                # agreement on a power plant on the territory of Uzbekistan": not only its host's).
                parties = sides
            if parties and _PAIR_IN_TITLE.search(title):
                # "the Indonesia-Australia Comprehensive Economic Partnership Agreement": both
                # states its name pairs are parties, however the sentence names them
                parties = parties + [h.iso3 for h in state_mentions(title) if h.iso3 not in parties]
            if parties and (other_side := _WITH_IN_TITLE.match(title)):
                # "ratified a treaty with Uzbekistan on the border": the state it is made with
                parties = parties + [h.iso3 for h in state_mentions(title)
                                     if h.start == other_side.end() and h.how == "name" and h.iso3 not in parties]
            if parties:
                # "The United Kingdom and the European Union signed": the Union is a party.
                parties = parties + [ref for b in hits.bodies if joined_to_a_state(hits.text, b, hits.states)
                                     and (ref := body_ref(b.body)) not in parties]
            proposer = list(explicit)
            if not proposer and status in ("proposed", "draft"):
                # "criticised a U.S. plan to build a wall": the state the title names is its
                # author, not the critic before it; and the subject of a verb that proposes
                # ("Kenya and the United States began negotiations on ..." proposed nothing),
                # each of a list of them ("Britain, the United States and Spain circulated a draft")
                proposing = _PROPOSING.search(s_text, 0, start)
                subject = [h for h in hits.states if h.start < proposing.start()] if proposing else []
                listed = proposing is not None and bool(subject) and _ONLY_A_LIST.fullmatch(
                    "".join(s_text[a.end:b.start] for a, b in zip(subject, subject[1:]))
                    + s_text[subject[-1].end:proposing.start()]) is not None and _OPENS_A_LIST.fullmatch(
                    s_text[:subject[0].start]) is not None
                proposer = [h.iso3 for h in hits.states if start <= h.start < end and h.start - start <= 4][:1] or \
                    list(dict.fromkeys(h.iso3 for h in subject))[:None if listed else 1]
            bodies_before = [_as_titled(b) for b in hits.bodies if b.end <= start] or [
                # "In a joint statement, the G7 foreign ministers condemned ...": who issued it, next
                _as_titled(b) for b in hits.bodies if end < b.start <= end + 40
                and (opening := IN_A_STATEMENT.match(s_text)) is not None and start < opening.end()]
            # (an instrument's sides are not who brokered it: "agreed to a truce in a deal
            # brokered by Qatar and Egypt"; a statement the broker joined is theirs too)
            known_title = title if implemented else _known_title(
                title, doc_type, words_before(s_text, start), bodies_before,
                [i for i in issuers if i not in brokers] if doc_type in _INSTRUMENTS else issuers, at_event)
            if known_title and at_event is not None and at_event.body is not None and _THEIR_OWN.search(
                    s_text, max(0, start - 12), start + 4) and _short_name(at_event.body) not in known_title:
                # "the BRICS leaders adopted their own Ufa Declaration": another than the one
                # of that name told before, known by its body
                known_title = f"{_short_name(at_event.body)} {known_title}"
            if known_title is None:
                continue  # "issued a statement" with no body or states to know it by
            # "welcomed the entry into force of the agreement and agreed to hold the next
            # summit in 2026": a step taken is not taken at a meeting still to come
            step_to_come = at_event is not None and sentence_event is not None and at_event.modality == "planned" \
                and status not in ("proposed", "discussed", "draft")
            documents.append(Document(f"d{len(documents) + 1}", doc_type, known_title, status,
                                      None if bound_before or step_to_come or counted else event_id,
                                      tuple(proposer), tuple(parties), topics_of(known_title, s_text), evidence))
        decision = decision_in(hits.text, article_names_body)
        if decision is not None and not named_documents and not NEGATED_EVENT.search(s_text):
            documents.append(Document(f"d{len(documents) + 1}", "decision", decision[0], "adopted", event_id,
                                      (), (), (), evidence))
        voted = resolution_voted_in(hits.text, [b.body.name for b in hits.bodies]) if not named_documents else None
        if voted is not None and NEGATED_EVENT.search(s_text):
            voted = None  # (read only where a vote is told: most sentences tell of none)
        if voted is not None:
            documents.append(Document(f"d{len(documents) + 1}", "resolution", voted[0], "adopted", event_id,
                                      (), (), topics_of(voted[0], s_text), evidence))
        self.previous_status = listed_status if listed_status and s_text.rstrip().endswith(":") else \
            status_of(s_text, 0, len(s_text)) if re.search(
                r"\b(?:instruments|documents|agreements|accords|deals|pacts|treaties|protocols|memorand\w+|MoUs)\b",
                s_text) else None

    def _proposer_of_last(self, s_text: str) -> None:
        """"The statement was adopted upon the Chilean side's proposal", "The United States
        and Albania, which drafted the resolution, said ...": the proposers of the last
        document of that kind."""
        ref = re.search(rf"\b(?:The|the|This|this) ({DOC_NOUN_RE})\b", s_text)
        drafted = _WHICH_DRAFTED.search(s_text) if ", which " in s_text else None
        if drafted is not None:
            ref = drafted
            proposers = tuple(dict.fromkeys(h.iso3 for h in state_mentions(s_text[:drafted.start()])
                                            if h.how != "demonym"))
        else:
            proposers = proposers_of(s_text)
        if not (ref and proposers):
            return
        # ("the United States, which drafted the text": the document told last, of any kind)
        kind_of = DOC_NOUNS.get(ref.group(1).lower())
        for k in range(len(self.found) - 1, -1, -1):
            if kind_of is None or self.found[k].type == kind_of:
                d = self.found[k]
                self.found[k] = replace(d, proposed_by=proposers)
                return


# Verbs whose subject proposes the document after them
_PROPOSING = rule_pattern(r"\b(?:proposed|proposes|propose|proposing|put forward|puts forward|tabled|tables|tabling|"
                          r"submitted|preparing|prepared|drafting|circulating|introduced|introducing|sponsored|"
                          r"submits|floated|floats|unveiled|unveils|presented|presents|offered|offers|suggested|suggests|"
                          r"drafted|drew up|called for|calls for|initiated|circulated|launched|pushed for|pushing for|"
                          r"pushes for|sought|seeks|wants|wanted)\b")
# What may stand between the states of a list that is a sentence's subject, and before it.
_ONLY_A_LIST = rule_pattern(r"(?:\s*(?:,|\band\b|\bthe\b)\s*)*(?:\s+(?:have|has|had|are|is|were|was|jointly|also))*\s*")
_OPENS_A_LIST = rule_pattern(r"\s*(?:(?:On|Last|This|Earlier|Later) \w+,?\s+)?(?:[Tt]he\s+)?")
# "The United States and Albania, which drafted the resolution": its proposers, named before
_WHICH_DRAFTED = rule_pattern(rf",\s+which\s+(?:had\s+|jointly\s+)?(?:drafted|sponsored|co-sponsored|proposed|tabled|"
                              rf"put forward|introduced|submitted)\s+the\s+(?:draft\s+)?({DOC_NOUN_RE}|text)\b")
_PAIR_IN_TITLE = rule_pattern(r"[A-Za-z]-[A-Z]")
_WITH_IN_TITLE = rule_pattern(r"(?:[\w\-]+\s+){1,4}?with\s+(?:the\s+)?(?=[A-Z])")


def commitments(sentences: list[Sentence], published: str | None) -> list[Document]:
    """Offers, pledges and agreements between states in an article that reports no event
    or named document: "Finland will give Tanzania a grant", "Libya has offered to hand
    over two suspects". Each becomes a document of type "other": adopted when agreed,
    proposed when offered or promised."""
    out: list[Document] = []
    for sentence in sentences:
        text = sentence.text
        if HYPOTHETICAL.search(text) or conflict_first(text):
            continue
        m = _COMMITMENT.search(text)
        if m is None or _NEGATION_BEFORE.search(text[max(0, m.start() - 30):m.start()]):
            continue  # "has not offered to", not "insisted it was not a fight" after the verb
        actors = {h.iso3 for h in state_mentions(text)} | {h.body.iri for h in body_mentions(text)} | {
            p.state for p in person_mentions(text, published) if p.state} | _hosts_of_missions(text)
        # Between two actors at least, and said of one: "Finland will give Tanzania a grant",
        # not "evidence supported his murder", said in a UN report.
        subject = text[max(0, m.start() - 80):m.start()]
        if len(actors) < 2 or not (state_mentions(subject) or body_mentions(subject) or any(
                p.state or p.body for p in person_mentions(subject, published))):
            continue
        verb = m.group("verb").lower()
        status = "adopted" if verb.startswith(("agreed", "have agreed", "established")) else "proposed"
        # "pledged funds and Syria is taxing goods": the commitment ends where another clause begins
        # ("agreed to normalise relations in a deal brokered by Washington": the deal is how, not what)
        clause = re.split(r"[,;](?!\d)|\s+(?:after|before|because|which|while|but|as|following)\s|"
                          r"\s+in\s+an?\s+(?:[\w\-]+\s+){0,2}?(?:deal|move|bid|step)\b|"
                          r"\s+and\s+(?=(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*\s+(?:is|are|was|were|has|have|had|will)\b)",
                          text[m.start():])[0]
        subject_actors = {h.iso3 for h in state_mentions(subject)} | {h.body.iri for h in body_mentions(subject)}
        seats = gazetteer().seats
        told_of = {h.iso3 for h in state_mentions(clause)} | {h.body.iri for h in body_mentions(clause)} | {
            p.state for p in person_mentions(clause, published) if p.state} | {
            seats[w] for w in re.findall(r"[A-Z][\w\-]+(?: [A-Z][\w\-]+)?", clause) if w in seats}  # "an embassy in Tehran"
        if not (told_of - subject_actors) and not (verb.startswith(("agreed", "have agreed")) and len(subject_actors) >= 2):
            # "China, Iran and Russia have pledged funds": given by some to no one the
            # commitment names, not a commitment between sides
            continue
        # fourteen words at most, not ending on a word that leads to the next
        title = re.sub(r"(?:\s+(?:the|a|an|of|by|to|in|on|at|with|and|or|for|from|over|about|into|between))+$", "",
                       " ".join(clause.split()[:14]).rstrip("."))
        # Its day is no part of it: "agreed to a ceasefire on Saturday".
        # (only the day: "agreed on Thursday on a package of sanctions" keeps what was agreed)
        title = re.sub(rf"\s+(?:on|in|last|this|next)\s+(?:{WHEN_WORDS}|week|month|year)"
                       r"(?:\s+(?:night|morning|evening|afternoon))?\b", "", title).strip()
        # The parties are the states acting in it (a demonym counts for an official only,
        # as in screening): not "the Germans supported me", said by a French senator.
        # "agreed to restore ties, in a deal brokered by China": the broker is none of them
        parties = tuple(sorted((sentence_actors(text, published).states | _hosts_of_missions(text))
                               - _brokers(text, state_mentions(text), person_mentions(text, published))))
        out.append(Document(f"d{len(out) + 1}", "other", title, status, None, (), parties, (),
                            Evidence(sentence.start, sentence.end, text)))
    return out


def _brokers(text: str, states: Sequence[StateHit], people: Sequence[PersonHit]) -> set[str]:
    """The states that brought the sides together ("in a deal brokered by Trump"): none of them."""
    if " by " not in text:
        return set()
    return {p.state for p in people if p.state and _BROKERED_BY.search(words_before(text, p.start))} | \
        {h.iso3 for h in states if _BROKERED_BY.search(words_before(text, h.start))}


def _without_venue(title: str, venue: str | None) -> str:
    """A title without the place it was signed in: "the Lima Accord in Geneva" is the
    Lima Accord; "the Agreement on Trade in Services" keeps its words."""
    # (or before what it is for: "a new declaration in Perth to update a 2007 accord")
    m = re.search(r"\s+in\s+(?P<place>[A-Z][\w'\-]+(?:\s+(?:de |del |la )?[A-Z][\w'\-]+){0,2})(?:,\s+[A-Z][\w ]+)?"
                  r"(?:$|(?=\s+(?:to|on|for|aimed at)\s))", title)
    g = gazetteer()
    if m is not None and (m.group("place") == venue or m.group("place") in g.seats or m.group("place") in g.state_names
                          or m.group("place") in g.cities) \
            and not PLACE_AS_SUBJECT.search(title, 0, m.start() + 1):
        title = title[:m.start()] + title[m.end():]
    # "the accession protocol for North Macedonia at NATO headquarters": where, not what
    return _AT_A_PLACE.sub("", title)


def _hosts_of_missions(text: str) -> set[str]:
    """The states whose capitals a sentence names as the seat of a mission: "opened an
    embassy in Tehran" is a relation with Iran, though a venue is never an actor."""
    seats = gazetteer().seats
    return {seats[m.group("seat")] for m in _MISSION_IN.finditer(text) if m.group("seat") in seats}


def _known_title(title: str, doc_type: str, before: str, bodies_before: list[str], sides: list[str],
                 at_event: EventDraft | None) -> str | None:
    """The title of a document as the text names it, or, for an outcome it leaves unnamed,
    by the body that adopted it or the states that issued it: "the Arab League resolution
    on ...", "the India-Israel joint statement". None for an unnamed outcome with neither.
    References ("the resolution", "the founding declaration") are left for
    :func:`kg.extraction.coreference.dedupe_documents` to resolve."""
    g = gazetteer()
    # (or the gathering's own, told as issued: "after which it released its communique")
    indefinite = re.search(r"\b(?:[Aa]|[Aa]n)\s+$|\b(?:released|issued|adopted|published)\s+(?:its|their)\s+$",
                           before) is not None
    if is_reference_title(title) and not indefinite and not is_final_outcome(title):
        return title  # "the founding declaration" points at one named elsewhere; "the final communique" is the gathering's
    adopter = bodies_before or ([_short_name(at_event.body)] if at_event and at_event.body else [])
    if at_event is not None and at_event.body is not None and len(adopter) > 1:
        # "The Security Council extended the mandate of the UN Mission in South Sudan
        # (UNMISS), adopting resolution 2729": the body whose session adopted it
        held = [form for form in adopter if g.body_names.get(form) is at_event.body]
        adopter = held[-1:] or adopter
    if 2 <= len(sides) <= 3:  # "a joint statement read out by the ministers of India and Pakistan"
        title = named_after_sides(title, [g.state_label[c] for c in sides if c in g.state_label])
    title = named_after_body(title, doc_type, adopter[-1] if adopter else None)
    if not adopter:
        if len(sides) < 2 and at_event is not None:
            sides = at_event.participants
        title = named_after_sides(title, [g.state_label[c] for c in sides if c in g.state_label])
    if not adopter and is_final_outcome(title) and at_event is not None and at_event.city and \
            at_event.type in ("summit", "conference", "ministerial"):
        # "In a final declaration, the participants ..." of a gathering of no body's: known
        # by the city it closed (the Berlin conference's "Berlin final declaration")
        title = f"{at_event.city} {title}"
    return None if title.lower() in DOC_NOUNS else title


_GATHERING_NOUN_LAST = rule_pattern(r"\b(?:Meeting|Summit|Session|Conference)$")
_THAT_GATHERING = rule_pattern(r"\b(?:[Aa]t the (?:end|close|conclusion) of|[Aa]fter|[Ff]ollowing|[Aa]t|[Dd]uring) "
                               r"that (?:session|meeting|summit|gathering|conference)\b")
_WITNESSED_BY = rule_pattern(r"\b(?:attended|witnessed|watched|hosted|co-hosted|chaired)\s+by\b|\bin the presence of\b")
_THEIR_OWN = rule_pattern(r"\b(?:their|its) own\s+")


def _as_titled(hit: BodyHit) -> str:
    """A body named in the text as an outcome's title names it: by the form the text uses,
    unless that names its gathering ("the 48th Forum Leaders Meeting ... released its
    communique": the Pacific Islands Forum communique, not the meeting's)."""
    form = hit.form
    return _short_name(hit.body) if _GATHERING_NOUN_LAST.search(form) else form


def _short_name(body: RefBody) -> str:
    """A body as a title names it: "Eastern Partnership", but "CIS CFM" for a long name."""
    return body.name if len(body.name) <= 30 or not body.acronym else body.acronym
