"""What a graph keeps of the row behind an imported event, beside its news facts.

The mapping makes each row an article (``kg:NewsArticle``) with its URL, publisher and
date, and the event's report points to it (``kg:reportedIn``, a ``prov:wasDerivedFrom``)
as any report points to its article. These quads add what is the row's own: it is a
``kg:EventRecord``, with the dataset's id for it, the file and line it was read from,
the CAMEO code of the event and the actors as the row codes them (those that resolved
to no state or body included).
"""
from __future__ import annotations

import pyoxigraph as ox

from kg.importers.coded_events import CodedEvent, article_id_of
from kg.iri import article_iri, report_iri
from kg.namespaces import CAMEO, OX_KG, OX_RDF, OX_XSD

__all__ = ["record_quads"]

_GRAPH = ox.DefaultGraph()


def record_quads(event: CodedEvent) -> list[ox.Quad]:
    """The quads of one imported row's provenance (its article and its event report
    must be in the graph: :func:`kg.importers.coded_events.facts_of` gives their facts).

    >>> from kg.importers.coded_events import Side
    >>> row = CodedEvent("GDELT", "7", "day.tsv", 12, "042", "2016-07-28", None, None,
    ...                  Side("USAGOV", state="USA"), Side("CHN", state="CHN"), None, None, "")
    >>> len(record_quads(row))
    7
    """
    aid = article_id_of(event)
    article = ox.NamedNode(article_iri(aid))
    report = ox.NamedNode(report_iri(aid, "event", 0))
    quads = [
        ox.Quad(article, OX_RDF.type, OX_KG.EventRecord, _GRAPH),
        ox.Quad(article, OX_KG.recordId, ox.Literal(event.record_id), _GRAPH),
        ox.Quad(article, OX_KG.sourceFile, ox.Literal(event.source), _GRAPH),
        ox.Quad(article, OX_KG.sourceLine, ox.Literal(str(event.line), datatype=OX_XSD.integer), _GRAPH),
        ox.Quad(report, OX_KG.cameoCode, ox.NamedNode(f"{CAMEO}{event.event_code}"), _GRAPH),
    ]
    for side in (event.actor, event.target):
        if side.coded:
            quads.append(ox.Quad(report, OX_KG.codedActor, ox.Literal(side.coded), _GRAPH))
    return quads
