"""One document for each the article names more than once.

An article names a document in full, by a short name, by an alias ("known as the New
START Treaty") and by reference ("the Treaty", "the agreement with its northern
neighbour"); each mention may report another step. The news facts hold one document,
with its most formal title and the furthest step the article reports.
"""
from __future__ import annotations

import re
from dataclasses import replace

from kg.extraction.documents import DOC_NOUNS, STATUS_ORDER, is_final_outcome, known_instrument
from kg.extraction.mentions import body_mentions
from kg.extraction.reference import gazetteer
from kg.extraction.rule_patterns import rule_pattern
from kg.extraction.titles import named_after_sides
from kg.facts import Document, is_iso3

__all__ = ["dedupe_documents", "is_reference_title"]



def _words(title: str | None) -> set[str]:
    return {w for w in re.findall(r"[^\W_]+", (title or "").lower())
            if w not in {"the", "a", "an", "of", "on", "for", "to", "in", "and", "with", "between"}}


def _names(title: str | None) -> set[str]:
    """The capitalised words and numbers of a title after its first: the parties, places
    and years that tell "agreement with Serbia" from "agreement with Singapore", and the
    "Declaration on ASEAN 2025" from the declaration on the ASEAN Community."""
    words = (title or "").split()
    return {w.lower().strip(".,()") for w in words[1:] if w[:1].isupper() or re.search(r"\d", w)}


# Words that describe a document without telling which one it is: "the agreement with its
# northern neighbour", "the landmark bilateral treaty".
_GENERIC = {"its", "their", "his", "her", "our", "northern", "southern", "eastern", "western", "neighbor",
            "neighbour", "neighbors", "neighbours", "neighboring", "neighbouring", "landmark", "historic", "bilateral",
            "new", "original", "revised", "final", "controversial", "two", "countries", "sides", "nations", "this",
            "intergovernmental", "inter-governmental",
            "that", "same", "whole", "entire", "text", "document", "founding"}


def _is_reference(d: Document) -> bool:
    return is_reference_title(d.title or "")


def _is_final_outcome(d: Document) -> bool:
    """"the SCO final declaration": a gathering's outcome known by its body, which is the
    declaration the article names elsewhere ("the Bishkek Declaration") when it names one
    of that type, and a document of its own when it names none."""
    return is_final_outcome(d.title or "")


def is_reference_title(title: str) -> bool:
    """Whether a title only points at a document named elsewhere: "Treaty", "the
    agreement with its northern neighbor", "the founding declaration".

    >>> is_reference_title("founding declaration"), is_reference_title("air transport agreement")
    (True, False)
    >>> is_reference_title("intergovernmental MoU")
    True
    """
    title = re.sub(r"\bM[Oo][Uu]s?\b", "memorandum", title)  # the acronym of the noun itself
    words = _words(title) - {n for n in DOC_NOUNS}
    return not words or (not re.search(r"[A-Z]", title) and words <= _GENERIC)


def _parties(title: str | None) -> set[str]:
    """The capitalised words after "with" or "between": who the document binds."""
    m = re.search(r"\b(?:with|between)\s+(.+)$", title or "")
    return {w.lower().strip(".,()'’s") for w in m.group(1).split() if w[:1].isupper()} if m else set()


# Words that tell a successor from the instrument it replaces
_SUCCESSOR_WORDS = frozenset({"enhanced", "new", "revised", "updated", "modernised", "modernized", "amended", "second",
                              "comprehensive", "expanded", "upgraded"})
_PAIR = rule_pattern(r"\b[A-Z][\w.]*[-–][A-Z][\w.]*\b")


def _same_title(a: str | None, b: str | None) -> bool:
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    if (_names(a) - wb) and (_names(b) - wa):
        return False  # "agreement with Serbia" and "agreement with Singapore"
    if (wa ^ wb) & _SUCCESSOR_WORDS:
        return False  # "the Enhanced Partnership and Cooperation Agreement" replaces "the Partnership and Cooperation Agreement"
    pa, pb = _PAIR.findall(a or ""), _PAIR.findall(b or "")
    if pa and pb and set(pa) != set(pb):
        return False  # "the Japan-Britain ... Agreement" and "the Japan-EU ... Agreement": two pairs, two documents
    fa, fb = " ".join(re.findall(r"\w+", (a or "").lower())), " ".join(re.findall(r"\w+", (b or "").lower()))
    return len(wa & wb) / len(wa | wb) >= 0.5 or fa in fb or fb in fa or (  # "Lisbon Treaty" in "the EU's Lisbon Treaty"
        # "the withdrawal agreement" after "the agreement on the United Kingdom's withdrawal
        # from the European Union": a short name whose every word the long one holds
        _short_name_of(a, wa, wb) or _short_name_of(b, wb, wa))


def _short_name_of(title: str | None, words: set[str], other: set[str]) -> bool:
    """Whether ``title`` is a short lower-case name (a word or two before the noun) whose
    words the other title all holds."""
    return len(words) <= 2 and words <= other and not re.search(r"[A-Z]", title or "")


def _of_another_body(kept: Document, titles: list[str], d: Document) -> bool:
    """Whether two documents of one name are two: taken at two events, one title naming a
    body the other's do not ("the Ufa Declaration" the SCO signed, "the BRICS Ufa
    Declaration" adopted the day before)."""
    if not (kept.event and d.event and kept.event != d.event):
        return False

    def bodies(title: str) -> set[str]:
        # (not an owner: "the European Union's Lisbon Treaty" is the Lisbon Treaty)
        return {b.body.iri for b in body_mentions(title) if not title.startswith(("'s", "’s"), b.end)}

    return bool(bodies(d.title or "") ^ set().union(*(bodies(t) for t in titles)))


def _same_document(titles: list[str], d: Document) -> bool:
    """Whether a mention names the document already named by ``titles``: titles that
    share most words or one holds the other, with no party or place that tells them apart."""
    instrument = known_instrument(d.title or "")
    if instrument is not None and any(known_instrument(t) == instrument for t in titles):
        return True  # "USMCA" and "the agreement known in Canada as CUSMA"
    parties = set().union(*(_parties(t) for t in titles))
    if parties and _parties(d.title) and not parties & _parties(d.title):
        return False
    return any(_same_title(t, d.title) for t in titles)


def _known_as(a: Document, b: Document) -> bool:
    """"the Treaty between ..., known as the New START Treaty": one document, two names."""
    if a.evidence is None or b.evidence is None or a.evidence.start != b.evidence.start or a.type != b.type:
        return False
    text = a.evidence.text
    return any(re.search(re.escape(x.title or "") + r",?\s+(?:also |commonly |better |widely )?(?:known|referred to|"
                         r"called) as (?:the )?" + re.escape(y.title or ""), text) for x, y in ((a, b), (b, a))) or any(
        # "signed the world's largest free trade agreement on Sunday, the Regional
        # Comprehensive Economic Partnership,": a name in apposition to a description
        not re.search(r"[A-Z]", (x.title or "")[1:]) and re.search(r"[A-Z]", y.title or "") and re.search(
            re.escape(x.title or "") + r"(?:\s+(?:on|in|at|last|this)\s+[\w\-]+(?:\s+[\w\-]+)?)?,\s+(?:the\s+)?"
            + re.escape(y.title or "") + r"\s*[,.;(—–-]", text) for x, y in ((a, b), (b, a)))


def _fold_into(kept: Document, d: Document) -> Document:
    """One document from two mentions: the more formal title, the furthest status and
    the event it was taken at."""
    if (_is_reference(kept) or _is_final_outcome(kept)) and not (_is_reference(d) or _is_final_outcome(d)):
        title = d.title
    elif _is_reference(d) or _is_final_outcome(d):
        title = kept.title
    else:
        title = kept.title if sum(c.isupper() for c in kept.title or "") >= sum(c.isupper() for c in d.title or "") \
            else d.title
    status = max((kept.status, d.status), key=lambda s: STATUS_ORDER[s])
    # the event is where the furthest step was taken: "reviewed a draft agreement on
    # Tuesday. The agreement was signed on Wednesday" at Wednesday's signing
    further = STATUS_ORDER[d.status] > STATUS_ORDER[kept.status]
    event = (d.event or kept.event) if further else (kept.event or d.event)
    return replace(kept, title=title, status=status, event=event,
                   proposed_by=kept.proposed_by or d.proposed_by, parties=kept.parties or d.parties,
                   topics=kept.topics or d.topics)


_NUMBERED_RESOLUTION = rule_pattern(r"(?i)\bresolution\s+(?:ES-)?\d[\d/]*(?:\s+\(\d{4}\))?$")
_BODYS_RESOLUTION = rule_pattern(r"^(?:[\w.\-]+\s+){1,3}resolution$")
_DESCRIBED_RESOLUTION = rule_pattern(r"(?i)^(?:[\w.\-]+\s+){0,4}?resolution\s+(?P<what>[a-z]+ing\s.*)$")


def _one_outcome_told_twice(kept: list[Document]) -> list[Document]:
    """The one outcome a gathering adopted, told in one sentence by its number or its body
    alone and in another by what it is, where the article names no other of its type at
    that gathering: one document. A resolution is titled by both ("resolution 2677 (2023)"
    and "resolution extending the mandate of the mission"); a declaration or communique
    told unnamed ("wrapped up the summit with a declaration", named "Group of 20
    declaration") by its name ("the Bali Leaders' Declaration")."""
    for kind in ("resolution", "declaration", "communique"):
        for event in sorted({d.event for d in kept if d.type == kind and d.event}):
            at = [d for d in kept if d.type == kind and d.event == event]
            if len(at) != 2 or at[0].status != at[1].status:
                continue
            known = _known_as_one(kind, *at) or _known_as_one(kind, *reversed(at))
            if known is not None:
                keep, fold, title = known
                kept = [replace(_fold_into(keep, fold), title=title) if d is keep else d for d in kept if d is not fold]
    return kept


def _known_as_one(kind: str, bare: Document, told: Document) -> tuple[Document, Document, str] | None:
    """Where ``bare`` names an outcome by its number or body alone and ``told`` by what it
    is: the mention kept (the numbered resolution, the named declaration), the one folded
    into it, and the title of the one they are; None where they may be two."""
    if kind == "resolution":
        what = _DESCRIBED_RESOLUTION.match(told.title or "")
        if what is None:
            return None
        if _BODYS_RESOLUTION.match(bare.title or ""):  # (or by its body alone: "UNHRC resolution")
            return bare, told, told.title or ""
        if _NUMBERED_RESOLUTION.search(bare.title or ""):
            return bare, told, f"{bare.title} {what.group('what')}"
        return None
    if _by_body_alone(bare.title or "") and not _by_body_alone(told.title or ""):
        return told, bare, told.title or ""
    if _is_final_outcome(bare) and _is_final_outcome(told) and body_mentions(told.title or "") and \
            not body_mentions(bare.title or ""):
        # "the summit's final communique" and "In the final communique, the leaders ...",
        # named after the council: the one closing outcome
        return told, bare, told.title or ""
    return None


def _by_body_alone(title: str) -> bool:
    """Whether a title is a body's name and a document noun, no more: "G20 declaration"."""
    head, _, noun = title.rpartition(" ")
    return bool(head) and noun.lower() in DOC_NOUNS and any(
        b.start == 0 and b.end == len(head) for b in body_mentions(head))


def _named_by_its_signers(document: Document) -> Document | None:
    """A reference to an instrument with nothing it points at, known by the two or three
    states the sentence says signed it; None when it names no such signers."""
    sides = [p for p in document.parties if is_iso3(p)]
    if document.status not in ("signed", "ratified", "in_force") or not 2 <= len(sides) <= 3 or \
            document.evidence is None or not _SIGNED_BY.search(document.evidence.text):
        return None
    g = gazetteer()
    title = named_after_sides(document.title or "", [g.state_label[s] for s in sides if s in g.state_label])
    return replace(document, title=title) if title != document.title else None


# A sentence that opens by naming the document told before: "The document, which officials
# have called the Quirinal Treaty, ..."
_NAMES_THE_ONE_TOLD = rule_pattern(r"\s*The (?:document|text|treaty|agreement|accord|pact|deal|declaration), (?:which|that) "
                                   r"(?:[\w\-]+\s+){0,4}?(?:called|dubbed|named|known as|calls|call) (?:the\s+)?"
                                   r"(?P<name>[A-Z][\w\-]*)")
_SIGNED_BY = rule_pattern(r"\b(?:was|were|has been|had been)\s+(?:\w+\s+)?signed\s+by\b")


_THE_ONE_JUST_TOLD = rule_pattern(r"\s*The (?:pact|deal|document)\b")


def dedupe_documents(documents: list[Document], event_ids: set[str]) -> tuple[Document, ...]:
    """One document for each named more than once ("a package of measures to implement
    the Minsk agreements" and "the Package of Measures for the Implementation of the Minsk
    Agreements"; "the Treaty between ..., known as the New START Treaty"; "the Treaty"
    after it), with the more formal title and the furthest status the article reports."""
    kept: list[Document] = []
    titles: list[list[str]] = []  # every title each kept document was named by
    for d in documents:
        same = next((k for k in range(len(kept) - 1, -1, -1) if kept[k].type == d.type
                     and (_same_document(titles[k], d) or _known_as(kept[k], d))
                     and not _of_another_body(kept[k], titles[k], d)), None)
        named_now = _NAMES_THE_ONE_TOLD.match(d.evidence.text) if same is None and d.evidence is not None and kept \
            else None
        if named_now is not None and (d.title or "").startswith(named_now.group("name")):
            # "... signed a bilateral treaty in Rome. The document, which officials have called
            # the Quirinal Treaty, commits ...": the name of the one told, whose step it keeps
            same, d = len(kept) - 1, replace(d, status=kept[-1].status)
        if same is None and _is_reference(d) and d.evidence is not None:
            # "signed the Treaty of Amity ..., becoming the first countries to join the pact":
            # the document named beside it, whatever noun refers to it
            beside = [k for k, other in enumerate(kept) if other.evidence is not None
                      and other.evidence.start == d.evidence.start and not _is_reference(other)]
            same = beside[-1] if beside else None
        if same is None and kept and d.evidence is not None and kept[-1].evidence is not None and \
                _THE_ONE_JUST_TOLD.match(d.evidence.text) and 0 <= d.evidence.start - kept[-1].evidence.end <= 2 \
                and not _is_reference(kept[-1]) and d.title and re.search(r"\b(?:pact|deal|document)$", d.title):
            # "... witnessed the signing of a memorandum of understanding on a gas pipeline. The
            # pact was signed by ...": the one the sentence before told, by a noun for any
            same = len(kept) - 1
        if same is None and _is_reference(d):
            # "the agreement with its northern neighbor": the one document of its type named.
            named = [k for k, other in enumerate(kept) if other.type == d.type and not _is_reference(other)]
            same = named[-1] if len(named) == 1 else None
        if same is None:
            kept.append(d)
            titles.append([d.title or ""])
        else:
            kept[same] = _fold_into(kept[same], d)
            # "the resolution" says nothing of which one; a title said again adds nothing
            if not _is_reference(d) and (d.title or "") not in titles[same]:
                titles[same].append(d.title or "")
    # A reference named before the document it points at ("ratified the agreement ... The
    # Prespa Agreement passed"): fold it forward too.
    for k in range(len(kept) - 1, -1, -1):
        if _is_reference(kept[k]) or _is_final_outcome(kept[k]):
            named = [j for j, other in enumerate(kept) if j != k and other.type == kept[k].type
                     and not _is_reference(other) and not _is_final_outcome(other)]
            if len(named) == 1:
                kept[named[0]] = _fold_into(kept[named[0]], kept[k])
                del kept[k]
    # "the Treaty" with nothing it points at is dropped, but for an instrument whose
    # signers the sentence names: "agreed to end the fighting in a deal brokered by Russia.
    # The agreement was signed by Aliyev, Pashinyan and Putin" is theirs
    for k in range(len(kept) - 1, -1, -1):
        # "Member states agreed to launch an independent evaluation ... The resolution,
        # proposed by the European Union, was adopted by consensus": the decision told
        # before, a resolution
        unnamed = [j for j, other in enumerate(kept) if other.type == "decision"
                   and (other.title or "").startswith("decision ")]
        if kept[k].type == "resolution" and _is_reference(kept[k]) and len(unnamed) == 1:
            decision = _fold_into(kept[unnamed[0]], kept[k])
            kept[unnamed[0]] = replace(decision, type="resolution",
                                       title="resolution" + (decision.title or "")[len("decision"):])
            del kept[k]
    named_by_signers = [_named_by_its_signers(d) if _is_reference(d) else d for d in kept]
    kept = [d for d in named_by_signers if d is not None and not _is_reference(d)]
    kept = _one_outcome_told_twice(kept)
    out = []
    for i, d in enumerate(kept, 1):
        event = d.event if d.event in event_ids else None
        out.append(Document(f"d{i}", d.type, d.title, d.status, event, d.proposed_by, d.parties, d.topics, d.evidence))
    return tuple(out)

