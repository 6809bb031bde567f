"""A row of coded-event data as the importers read it, and how it becomes news facts.

GDELT and ICEWS rows differ in layout but say the same things: who acted on whom
(each side a code or a name), what (a CAMEO event code), when and where, and where the
row came from. :class:`CodedEvent` holds that; :func:`facts_of` turns one into the news
facts of one "article" (the row), so that imported events go through the same checks,
mapping and event resolution as extracted ones; :func:`skip_reason` says why a row
becomes no event.
"""
from __future__ import annotations

from dataclasses import dataclass

from kg.facts import Article, Body, Document, Event, NewsFacts, StateMention
from kg.importers.codes import CodeTables
from kg.mapping import state_name

__all__ = ["Side", "CodedEvent", "skip_reason", "facts_of", "article_id_of"]


@dataclass(frozen=True)
class Side:
    """One actor of a row, resolved: a state (ISO3), a body of the reference data
    (IRI, full name), an international actor we cannot name (``unresolved``: a region
    such as EUR, an organisation the reference data lacks), or none of these (no actor,
    or an actor that does not stand for a state: media, business, rebels)."""

    coded: str
    state: str | None = None
    body: tuple[str, str] | None = None
    unresolved: bool = False

    @property
    def known(self) -> bool:
        """Whether the side is a state or body of ours."""
        return self.state is not None or self.body is not None

    @property
    def international(self) -> bool:
        """Whether the side is a state or an international body, named or not."""
        return self.known or self.unresolved

    @property
    def participant(self) -> str | None:
        """How the facts name the side: its ISO3 code or the body's full name."""
        return self.state or (self.body[1] if self.body else None)


@dataclass(frozen=True)
class CodedEvent:
    """What one row of coded-event data says, with where it was read."""

    dataset: str  # "GDELT" or "ICEWS"
    record_id: str  # the dataset's own id of the row
    source: str  # the file's name (archive!member for a zipped one)
    line: int
    event_code: str  # CAMEO
    date: str  # YYYY-MM-DD
    published: str | None
    url: str | None
    actor: Side  # who acted (source)
    target: Side  # on whom
    city: str | None
    country: str | None  # ISO3
    description: str  # who did what to whom, in the row's own words


def article_id_of(event: CodedEvent) -> str:
    """The id of the "article" a row stands for: the dataset and the row's id.

    >>> article_id_of(CodedEvent("GDELT", "564111644", "f.tsv", 3, "040", "2016-07-28", None, None,
    ...                          Side("USA"), Side("CHN"), None, None, ""))
    'gdelt-564111644'
    """
    return f"{event.dataset.lower()}-{event.record_id}"


def skip_reason(event: CodedEvent, tables: CodeTables) -> str | None:
    """Why a row in the cooperation roots becomes no event, or None when it becomes one.

    A row becomes an event when its CAMEO code matches one of our event types (the
    skos:closeMatch table of ``ontology/event-type-mappings.ttl``) and it names two
    different sides, each a state or an international body, at least one of which we
    know; an international actor we cannot name (a region, an organisation the
    reference data lacks) is kept as a coded actor but is no participant.
    """
    if event.event_code not in tables.event_types:
        root = event.event_code[:2]
        return f"no event type for CAMEO {root} ({tables.cameo_labels[root].lower()})"
    sides = (event.actor, event.target)
    if not all(side.international for side in sides):
        return "a side is no state or international body"
    if not any(side.known for side in sides):
        return "no side is a state or body we know"
    if event.actor.known and event.actor.participant == event.target.participant:
        return "both sides are one actor"
    return None


def facts_of(event: CodedEvent, tables: CodeTables) -> NewsFacts:
    """The news facts of one row that :func:`skip_reason` lets through: one article (the
    row), its known sides as states and bodies, one event, and for a signing the
    agreement signed (CAMEO 057 names no title: the document is known by its sides and
    kind, "Peru-Chile agreement", as the extractor names an instrument the text leaves
    unnamed, so that document resolution can join it with an article's account)."""
    kind = tables.event_types[event.event_code]
    participants = tuple(dict.fromkeys(s.participant for s in (event.actor, event.target) if s.participant))
    states = tuple(StateMention(s.state) for s in (event.actor, event.target) if s.state)
    bodies = tuple(Body(s.body[1]) for s in (event.actor, event.target) if s.body)
    article = Article(article_id_of(event), url=event.url, publisher=event.dataset, published=event.published,
                      title=event.description)
    happened = Event("e1", kind, date=event.date, city=event.city, country=event.country, participants=participants)
    documents: tuple[Document, ...] = ()
    if kind == "signing":
        names = [state_name(s.state) if s.state else s.body[1] if s.body else "" for s in (event.actor, event.target)
                 if s.known]
        title = f"{'-'.join(dict.fromkeys(names))} agreement" if len(set(names)) == 2 else None
        documents = (Document("d1", "agreement", title, "signed", event="e1", parties=participants),)
    return NewsFacts(article, tuple(dict.fromkeys(states)), tuple(dict.fromkeys(bodies)), (), (happened,), documents)
