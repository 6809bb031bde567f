"""Generate the news facts of N synthetic articles, deterministically, for benchmarks.

About a third of the articles report a meeting that an earlier article reported too,
and half the documents they tie to it are one an earlier report named, titled in full,
shortened or lengthened, so that merging and resolution are exercised as in real news.
"""
from __future__ import annotations

import random

from kg.facts import DOCUMENT_TYPES, EVENT_TYPES, STATUSES, NewsFacts, parse_facts

__all__ = ["generate_facts"]

STATES = ["RUS", "CHN", "USA", "FRA", "DEU", "GBR", "IND", "BRA", "ZAF", "JPN", "KOR", "TUR", "IRN", "SAU",
          "EGY", "NGA", "KAZ", "UZB", "TKM", "ARM", "BLR", "UKR", "POL", "ITA", "ESP", "MEX", "ARG", "CHL",
          "AUS", "IDN", "VNM", "THA", "MYS", "PAK", "ETH", "KEN", "MAR", "DZA", "QAT", "ARE"]
BODIES = [("United Nations", "UN"), ("Commonwealth of Independent States", "CIS"),
          ("Shanghai Cooperation Organisation", "SCO"), ("African Union", "AU"), ("European Union", "EU"),
          ("Association of Southeast Asian Nations", "ASEAN"), ("Group of Twenty", "G20"),
          ("Organization for Security and Co-operation in Europe", "OSCE"), ("Eurasian Economic Union", "EAEU")]
CITIES = [("Ashgabat", "TKM"), ("Geneva", "CHE"), ("New York", "USA"), ("Beijing", "CHN"), ("Moscow", "RUS"),
          ("Addis Ababa", "ETH"), ("Brussels", "BEL"), ("Jakarta", "IDN"), ("Vienna", "AUT"), ("Astana", "KAZ")]
TOPICS = ["trade", "energy", "security", "climate change", "health", "migration", "space security", "demining"]


def _date(rng: random.Random) -> str | None:
    roll = rng.random()
    year = rng.randint(2005, 2025)
    if roll < 0.8:
        return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if roll < 0.9:
        return f"{year}-{rng.randint(1, 12):02d}"
    return f"{year}" if roll < 0.97 else None


def _event(rng: random.Random, i: int) -> dict:
    body = rng.choice(BODIES) if rng.random() < 0.6 else None
    city = rng.choice(CITIES) if rng.random() < 0.8 else None
    participants = rng.sample(STATES, rng.randint(2, 8))
    if body and rng.random() < 0.3:
        participants.append(body[1])
    return {"id": f"e{i}", "type": rng.choice(EVENT_TYPES), "name": f"meeting {rng.randint(1, 10**6)}",
            "date": _date(rng), "end_date": None, "city": city[0] if city else None,
            "country": city[1] if city else None, "body": body[1] if body else None,
            "participants": participants, "chair": rng.choice(participants[:2]), "host": city[1] if city else None}


def generate_facts(n: int, seed: int = 7, invalid: int = 0) -> list[NewsFacts]:
    """Facts of ``n`` articles; the first ``invalid`` have an event that ends before it starts."""
    rng = random.Random(seed)
    reported: list[dict] = []
    named: dict[str, list[tuple[str, str]]] = {}  # event name → (type, title) of its documents
    out = []
    for a in range(n):
        events = []
        for i in range(1, rng.randint(1, 3) + 1):
            if reported and rng.random() < 0.33:
                event = dict(rng.choice(reported), id=f"e{i}")
            else:
                event = _event(rng, i)
                reported.append(event)
            events.append(event)
        if a < invalid:
            events[0] = dict(events[0], date="2020-05-02", end_date="2020-05-01")
        used_bodies = {e["body"] for e in events if e["body"]} | {p for e in events for p in e["participants"]
                                                                  if p not in STATES}
        bodies = [{"name": name, "acronym": acr, "aliases": [], "part_of": None}
                  for name, acr in BODIES if acr in used_bodies]
        states = sorted({p for e in events for p in e["participants"] if p in STATES})
        documents = []
        for j in range(1, rng.randint(0, 3) + 1):
            event = rng.choice(events)
            known = named.setdefault(event["name"], [])
            if known and rng.random() < 0.5:
                kind, title = rng.choice(known)
                title = rng.choice([title, " ".join(title.split()[:2]), f"{title} of the member states"])
            else:
                kind = rng.choice(DOCUMENT_TYPES)
                title = f"{rng.choice(CITIES)[0]} {kind} on {rng.choice(TOPICS)} no. {rng.randint(1, 10**6)}"
                known.append((kind, title))
            documents.append({"id": f"d{j}", "type": kind, "title": title, "status": rng.choice(STATUSES),
                              "event": event["id"], "proposed_by": rng.sample(states, 1),
                              "parties": rng.sample(states, min(2, len(states))), "topics": rng.sample(TOPICS, 2)})
        persons = [{"name": f"Official {rng.randint(1, 5000)}", "role": rng.choice(["Foreign Minister", "President"]),
                    "state": rng.choice(states)} for _ in range(rng.randint(0, 3))]
        data = {"article": {"id": f"synthetic-{a:06d}", "publisher": "Bench Wire", "published": "2025-01-01",
                            "title": f"Article {a}", "language": "en", "url": None, "text": None},
                "states": [{"iso3": s, "name": None} for s in states], "bodies": bodies,
                "persons": persons, "events": events, "documents": documents}
        out.append(parse_facts(data, f"synthetic article {a}"))
    return out
