"""Scoring extracted facts against gold facts, by the rules of the facts-format spec.

Per article, predicted facts are matched one-to-one to gold facts; precision, recall
and F1 are summed over the collection for each slot (states, bodies, persons, events,
documents); the headline is the mean F1 of the five slots.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from kg.facts import NewsFacts, Person

__all__ = ["SLOTS", "Tally", "Score", "score"]

SLOTS = ("states", "bodies", "persons", "events", "documents")
_STOP = set("a an the of on in for to and or between with by at from its their his her our this that these those "
            "as into over under about among per via be been being was were is are new draft joint".split())


def fold(text: str | None) -> str:
    """Case, accents and punctuation folded, a leading "the" dropped.

    >>> fold("The Council of the EU"), fold("Côte d'Ivoire")
    ('council of the eu', 'cote d ivoire')
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text)).strip()
    return re.sub(r"^the ", "", text)


def content_words(text: str | None) -> set[str]:
    return {w for w in fold(text).split() if w not in _STOP and len(w) > 1}


@dataclass
class Tally:
    """True positives, predictions and gold items of one slot."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, tp: int, predicted: int, gold: int) -> None:
        self.tp += tp
        self.predicted += predicted
        self.gold += gold

    def prf(self) -> tuple[float, float, float]:
        """Precision, recall, F1 (1.0 for a slot with nothing to find and nothing found).

        >>> Tally(3, 4, 6).prf()
        (0.75, 0.5, 0.6)
        """
        p = self.tp / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)
        r = self.tp / self.gold if self.gold else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Score:
    """The figures of a scoring run, and every miss when asked for."""

    slots: dict[str, Tally] = field(default_factory=lambda: {s: Tally() for s in SLOTS})
    articles: int = 0
    unpredicted: int = 0
    role_ok: list[bool] = field(default_factory=list)
    person_state_ok: list[bool] = field(default_factory=list)
    event_type_ok: list[bool] = field(default_factory=list)
    participants: Tally = field(default_factory=Tally)
    topics: Tally = field(default_factory=Tally)
    misses: list[tuple[str, str, str, str]] = field(default_factory=list)

    @property
    def headline(self) -> float:
        return sum(self.slots[s].prf()[2] for s in SLOTS) / len(SLOTS)

    def as_dict(self) -> dict:
        def ratio(xs: list[bool]) -> float | None:
            return sum(xs) / len(xs) if xs else None

        return {
            "articles": self.articles, "unpredicted": self.unpredicted,
            "slots": {s: dict(zip(("precision", "recall", "f1"), self.slots[s].prf())) for s in SLOTS},
            "side": {"person_role_ok": ratio(self.role_ok), "person_state_ok": ratio(self.person_state_ok),
                     "event_type_ok": ratio(self.event_type_ok), "event_participants_f1": self.participants.prf()[2],
                     "document_topics_f1": self.topics.prf()[2]},
            "headline_f1": self.headline,
        }

    def table(self) -> str:
        lines = [f"articles: {self.articles}  without prediction: {self.unpredicted}",
                 f"{'slot':10} {'P':>6} {'R':>6} {'F1':>6}"]
        for s in SLOTS:
            p, r, f = self.slots[s].prf()
            lines.append(f"{s:10} {p:6.3f} {r:6.3f} {f:6.3f}")
        for k, v in self.as_dict()["side"].items():
            lines.append(f"{k:24} {'n/a' if v is None else f'{v:.3f}'}")
        lines.append(f"headline_f1 {self.headline:.3f}")
        return "\n".join(lines) + "\n"


def _body_names(b) -> set[str]:
    return {n for n in (fold(b.name), fold(b.acronym), *(fold(a) for a in b.aliases)) if n}


def _expand(ref: str | None, bodies) -> set[str]:
    f = fold(ref)
    if not f:
        return set()
    for b in bodies:
        names = _body_names(b)
        if f in names:
            return names
    return {f}


def _greedy(pairs):
    used_p, used_g, chosen = set(), set(), []
    for _, i, j in sorted(pairs, key=lambda t: -t[0]):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            chosen.append((i, j))
    return chosen


def _participant_keys(values, bodies) -> set[str]:
    keys = set()
    for v in values:
        if re.fullmatch(r"[A-Z]{3}", v.strip()):
            keys.add(v.strip())
        else:
            names = _expand(v, bodies)
            keys.add(min(names) if names else fold(v))
    return keys


def _score_article(gold: NewsFacts, pred: NewsFacts, out: Score) -> None:
    aid = gold.article.id
    gb, pb = gold.bodies, pred.bodies

    gs, ps = {s.iso3 for s in gold.states}, {s.iso3 for s in pred.states}
    out.slots["states"].add(len(gs & ps), len(ps), len(gs))
    out.misses += [(aid, "states", "missed", c) for c in sorted(gs - ps)]
    out.misses += [(aid, "states", "extra", c) for c in sorted(ps - gs)]

    gnames, pnames = [_body_names(b) for b in gb], [_body_names(b) for b in pb]
    m = _greedy([(1, i, j) for i, pn in enumerate(pnames) for j, gn in enumerate(gnames) if pn & gn])
    out.slots["bodies"].add(len(m), len(pb), len(gb))
    _misses(out, aid, "bodies", gb, pb, m, lambda b: b.name or b.acronym)

    def surname(person: Person) -> str:
        return (fold(person.name).split() or [""])[-1]

    gp, pp = gold.persons, pred.persons
    m = _greedy([(1, i, j) for i, a in enumerate(pp) for j, b in enumerate(gp) if surname(a) and surname(a) == surname(b)])
    out.slots["persons"].add(len(m), len(pp), len(gp))
    for i, j in m:
        out.role_ok.append(bool(content_words(pp[i].role) & content_words(gp[j].role)))
        out.person_state_ok.append(pp[i].state == gp[j].state)
    _misses(out, aid, "persons", gp, pp, m, lambda p: p.name)

    ge, pe = gold.events, pred.events
    pairs: list[tuple[float, int, int]] = []
    for i, a in enumerate(pe):
        for j, b in enumerate(ge):
            if (a.date or None) != (b.date or None):
                continue
            city = bool(fold(a.city)) and fold(a.city) == fold(b.city)
            expanded = _expand(a.body, pb) | _expand(a.body, gb)
            body = bool(expanded) and bool(expanded & _expand(b.body, gb))
            if city or body:
                pairs.append((2 if city and body else 1, i, j))
            elif not fold(b.city) and not fold(b.body):
                pa, pg = _participant_keys(a.participants, gb + pb), _participant_keys(b.participants, gb)
                if (pa & pg) or (not pa and not pg and a.type == b.type):
                    pairs.append((0.5, i, j))
    m = _greedy(pairs)
    out.slots["events"].add(len(m), len(pe), len(ge))
    for i, j in m:
        out.event_type_ok.append(pe[i].type == ge[j].type)
        pk, gk = _participant_keys(pe[i].participants, gb + pb), _participant_keys(ge[j].participants, gb)
        out.participants.add(len(pk & gk), len(pk), len(gk))
    _misses(out, aid, "events", ge, pe, m, lambda e: f"{e.type} {e.date} {e.city} {e.body}")

    gd, pd = gold.documents, pred.documents
    pairs = []
    for i, doc in enumerate(pd):
        for j, gold_doc in enumerate(gd):
            if doc.type != gold_doc.type or doc.status != gold_doc.status:
                continue
            wa, wb = content_words(doc.title), content_words(gold_doc.title)
            jaccard = len(wa & wb) / len(wa | wb) if wa | wb else 0.0
            if jaccard >= 0.3:
                pairs.append((jaccard, i, j))
    m = _greedy(pairs)
    out.slots["documents"].add(len(m), len(pd), len(gd))
    for i, j in m:
        pt, gt = {fold(t) for t in pd[i].topics}, {fold(t) for t in gd[j].topics}
        out.topics.add(len(pt & gt), len(pd[i].topics), len(gd[j].topics))
    _misses(out, aid, "documents", gd, pd, m, lambda d: f"{d.type}/{d.status} {d.title}")


def _misses(out: Score, aid: str, slot: str, gold, pred, matched, describe) -> None:
    mg, mp = {j for _, j in matched}, {i for i, _ in matched}
    out.misses += [(aid, slot, "missed", describe(gold[j])) for j in range(len(gold)) if j not in mg]
    out.misses += [(aid, slot, "extra", describe(pred[i])) for i in range(len(pred)) if i not in mp]


def score(gold: list[NewsFacts], predicted: list[NewsFacts]) -> Score:
    """Score predictions against gold facts; articles pair by id, and a gold article
    without a prediction counts as all missed.

    Examples
    --------
    >>> from kg.facts import parse_facts
    >>> g = parse_facts({"article": {"id": "a"}, "states": [{"iso3": "FRA"}, {"iso3": "DEU"}]})
    >>> p = parse_facts({"article": {"id": "a"}, "states": [{"iso3": "FRA"}]})
    >>> s = score([g], [p])
    >>> s.slots["states"].prf()
    (1.0, 0.5, 0.6666666666666666)
    """
    by_id = {p.article.id: p for p in predicted}
    out = Score(articles=len(gold))
    for g in gold:
        p = by_id.get(g.article.id)
        if p is None:
            out.unpredicted += 1
            p = NewsFacts(g.article)
        _score_article(g, p, out)
    return out
