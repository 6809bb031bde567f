"""Helpers for the tests of a store's resolution: adds run on the SQLite index alone (no
graph), their clusters set beside those of one resolution of all articles, and facts
that exercise what an add can change far from the articles it brings.
"""
from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

from kg.document_resolution import _units, _Weights, resolve_documents
from kg.document_titles import TitleReader, title_data
from kg.facts import NewsFacts, parse_facts
from kg.mapping import event_key
from kg.resolution import resolve_events
from kg.store import _light, _resolve, _stage
from kg.facts import facts_to_json
from kg.store_events import stage_events
from kg.store_index import StoreIndex


def index_add(index: StoreIndex, facts: list[NewsFacts], chunk: int = 7) -> None:
    """One add, staged ``chunk`` articles at a time, as :func:`kg.store.add_to_store`
    stages and resolves it (the graph left out)."""
    index.begin()
    counts = {"new": 0, "replaced": 0, "unchanged": 0}
    for start in range(0, len(facts), chunk):
        changed = _stage(index, facts[start:start + chunk], counts)
        if changed:
            stage_events(index.events, changed)
    if counts["new"] or counts["replaced"]:
        _resolve(index)
    index.commit()


def stored_clusters(index: StoreIndex) -> dict[str, str]:
    """Each article's clusters, as the index keeps them."""
    return {aid: clusters for aid, clusters in index.db.execute("SELECT id, clusters FROM articles")}


def expected_clusters(facts: list[NewsFacts]) -> dict[str, str]:
    """Each article's clusters under one resolution of all ``facts`` (the light facts, as
    the store reads them)."""
    light = [parse_facts(_light(facts_to_json(f))) for f in facts]
    events = resolve_events(light, event_key)
    documents = resolve_documents(light, events)
    out = {}
    for f in light:
        aid = f.article.id
        mine = {"e": {e.id: [c.key, c.date, c.end_date] for e in f.events if (c := events.get((aid, e.id)))},
                "d": {d.id: list(c.key) for d in f.documents if (c := documents.get((aid, d.id)))}}
        out[aid] = json.dumps(mine, sort_keys=True, ensure_ascii=False)
    return out


def index_problems(index: StoreIndex) -> list[str]:
    """What the index holds that its mentions do not give: the words' counts, the titles'
    uses and readings (under a reader of all titles)."""
    rows = index.documents._rows("1=1")
    mentions = sorted((r.mention for r in rows), key=lambda m: m.sort_key)
    titles_with = Counter(w for m in mentions for w in m.words)
    units_with = Counter(w for u in _units(mentions, _Weights(titles_with)) if u[0].searches for w in u[0].words)
    kept = {w: (t, u) for w, t, u in index.db.execute("SELECT word, titles, units FROM word_counts")}
    problems = [f"count of {w!r}: {kept.get(w)} kept, {(titles_with[w], units_with[w])} given"
                for w in set(titles_with) | set(units_with) | set(kept)
                if kept.get(w, (0, 0)) != (titles_with[w], units_with[w])]
    uses = Counter(r.title for r in rows)
    stored = {t: (n, reading) for t, n, reading in index.db.execute("SELECT title, uses, reading FROM titles")}
    reader = TitleReader(uses)
    problems += [f"title {t!r}: {stored.get(t)} kept, {uses[t]} uses" for t in set(uses) | set(stored)
                 if stored.get(t, (0,))[0] != uses[t]]
    problems += [f"title {t!r} read otherwise" for t, (_, reading) in stored.items()
                 if json.loads(reading) != title_data(reader.read(t))]
    return problems


def fresh_index(folder: Path) -> StoreIndex:
    folder.mkdir(parents=True, exist_ok=True)
    return StoreIndex(folder / "index.sqlite")


# ---------------------------------------------------------------------------- facts

_STATES = ["NOR", "SWE", "FIN", "DNK", "ISL", "EST"]
_WORDS = ["fisheries", "Fisheries", "border", "Border", "trade", "Energy", "energy", "security", "Water", "water",
          "cooperation", "Cooperation", "joint", "Silk", "Road", "Belt", "Initiative", "Black", "Sea", "Forum"]
# Titles that teach names (a short form in parentheses, an acronym another title spells
# out) and names that others are read with once taught.
_TITLES = ["Treaty on Open Skies (TOS)", "the Treaty on Open Skies", "TOS", "the TOS treaty", "Open Skies",
           "Black Sea Fisheries Forum (BSFF)", "BSFF memorandum", "Joint Water Commission", "JWC statement",
           "Joint Water Commission statement", "Belt and Road Initiative memorandum", "BRI memorandum",
           "resolution 2231", "resolution 2118", "Bishkek Declaration", "Bishkek Declaration of the Council of Heads"]


def crowded_facts(n: int, seed: int) -> list[NewsFacts]:
    """``n`` articles on a few weeks of a few bodies' meetings: reports dated to the day,
    a day off, to the month or to the year (coarse reports that join one meeting or stay
    apart as the meetings change), and documents whose titles teach and read names."""
    rng = random.Random(seed)
    meetings = [(f"2021-03-{d:02d}", rng.choice(["Oslo", "Helsinki", None]), rng.choice([None, "NC", "UN"]),
                 rng.choice(["summit", "meeting", "talks"])) for d in range(1, 12)]
    out = []
    for a in range(n):
        events = []
        for i in range(rng.randint(1, 2)):
            date, city, body, kind = rng.choice(meetings)
            roll = rng.random()
            if roll < 0.15:
                date = date[:7]
            elif roll < 0.2:
                date = "2021"
            elif roll < 0.35:
                date = date[:8] + f"{int(date[8:]) + 1:02d}"
            events.append({"id": f"e{i + 1}", "type": kind, "date": date, "city": city, "body": body,
                           "participants": rng.sample(_STATES, rng.randint(2, 4))})
        bodies = [{"name": name, "acronym": acronym}
                  for name, acronym in (("Nordic Council", "NC"), ("United Nations", "UN"))
                  if any(e["body"] == acronym for e in events)]
        documents = []
        for j in range(rng.randint(0, 3)):
            title = rng.choice(_TITLES) if rng.random() < 0.5 else " ".join(rng.sample(_WORDS, rng.randint(1, 4)))
            documents.append({"id": f"d{j + 1}", "type": rng.choice(["treaty", "memorandum", "statement", "other"]),
                              "title": title, "status": "adopted",
                              "event": rng.choice([None] + [e["id"] for e in events]),
                              "parties": rng.sample(_STATES, rng.randint(0, 2))})
        states = sorted({p for e in events for p in e["participants"]} | {p for d in documents for p in d["parties"]})
        out.append(parse_facts({"article": {"id": f"crowd-{seed}-{a:04d}"}, "states": [{"iso3": s} for s in states],
                                "bodies": bodies, "events": events, "documents": documents}))
    return out
