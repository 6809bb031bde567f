"""Which coded-event rows are one meeting: the key each imported event has alone.

GDELT and ICEWS code a meeting as rows of two actors each, and code it many times: a
trilateral meeting in Astana is the rows Russia–Turkey, Turkey–Russia, Russia–Iran,
Iran–Turkey..., from several stories. Our mapping keys an event of no body by its day,
place and type (:func:`kg.mapping.event_key`), which for such rows would make one node
of every meeting of a type held in a capital that day, whoever met. Here the rows of
one day, place and type are grouped into meetings instead, and each meeting's key adds
its participants, so that:

* rows whose actors nest (Russia–Turkey and Turkey–Russia; Russia alone and
  Russia–Turkey) are one meeting;
* rows that share an actor are one meeting when the actors they do not share are
  themselves reported together in a row of that day and place: Russia–Turkey and
  Russia–Iran join when a row has Turkey–Iran, so a trilateral meeting is one n-ary
  event, while a host's two bilateral meetings (Russia–Turkey, Russia–Iran, no
  Turkey–Iran) stay two.

Event resolution (:mod:`kg.resolution`) then treats each meeting as one unit, and joins
it with extracted reports of the same meeting by its usual rules.
"""
from __future__ import annotations

from itertools import combinations

from kg.facts import NewsFacts, is_iso3
from kg.iri import slug
from kg.mapping import event_key

__all__ = ["meeting_keys"]


def meeting_keys(imported: list[NewsFacts]) -> dict[str, str]:
    """The key of the meeting each imported row's event belongs to, by article id.

    >>> from kg.facts import Article, Event
    >>> def row(aid, *states):
    ...     return NewsFacts(Article(aid), events=(Event("e1", "talks", date="2018-06-01", city="Astana",
    ...                                                  participants=states),))
    >>> keys = meeting_keys([row("a", "RUS", "TUR"), row("b", "RUS", "IRN"), row("c", "TUR", "IRN"),
    ...                      row("d", "KAZ", "CHN"), row("e", "KAZ", "UZB")])
    >>> keys["a"] == keys["b"] == keys["c"], keys["a"]
    (True, '2018-06-01_astana_talks_IRN-RUS-TUR')
    >>> keys["d"], keys["e"]
    ('2018-06-01_astana_talks_CHN-KAZ', '2018-06-01_astana_talks_KAZ-UZB')
    """
    by_place: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for f in imported:
        event = f.events[0]
        by_place.setdefault(event_key(event, f), []).append((f.article.id, frozenset(event.participants)))
    out: dict[str, str] = {}
    for base, rows in by_place.items():
        for members, actors in _meetings(rows):
            key = f"{base}_{'-'.join(sorted(a if is_iso3(a) else slug(a) for a in actors))}"
            for aid in members:
                out[aid] = key
    return out


def _meetings(rows: list[tuple[str, frozenset[str]]]) -> list[tuple[list[str], frozenset[str]]]:
    """The rows of one day, place and type grouped into meetings: (article ids, actors)."""
    sides = sorted({actors for _, actors in rows}, key=lambda s: sorted(s))
    together = {pair for actors in sides for pair in combinations(sorted(actors), 2)}
    parent = list(range(len(sides)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_actor: dict[str, list[int]] = {}
    for i, actors in enumerate(sides):
        for actor in actors:
            by_actor.setdefault(actor, []).append(i)
    for members in by_actor.values():
        for i, j in combinations(members, 2):
            if find(i) != find(j) and _one_meeting(sides[i], sides[j], together):
                parent[find(j)] = find(i)
    groups: dict[int, set[frozenset[str]]] = {}
    for i, actors in enumerate(sides):
        groups.setdefault(find(i), set()).add(actors)
    actors_of = {root: frozenset().union(*sets) for root, sets in groups.items()}
    index = {actors: i for i, actors in enumerate(sides)}
    ids: dict[int, list[str]] = {}
    for aid, actors in rows:
        ids.setdefault(find(index[actors]), []).append(aid)
    return [(ids[root], actors_of[root]) for root in sorted(ids)]


def _one_meeting(a: frozenset[str], b: frozenset[str], together: set[tuple[str, str]]) -> bool:
    """Two rows sharing an actor are one meeting when what each has that the other lacks
    was reported together by some row (nested sides lack nothing)."""
    return all(tuple(sorted((x, y))) in together for x in a - b for y in b - a)
