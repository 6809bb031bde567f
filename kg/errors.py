"""Errors the library raises. Only the CLI turns them into exit codes (2 for all)."""
from __future__ import annotations

__all__ = ["KGError", "FactsError", "ExtractionError", "GraphError", "ShapesError", "QueryError", "LanguageWarning",
           "ExtractionFaultWarning", "EventDataError", "ViewError", "EndpointError", "ClusterError"]


class KGError(Exception):
    """Base class of every error the library raises on bad input or usage.

    The message is one line: where (file, line, field), what is wrong, how to fix it.
    """


class FactsError(KGError):
    """Raised when news facts are malformed: bad JSON, a missing article id, an unknown
    type or status, an unknown ISO code, a dangling reference or a date that is not
    ISO 8601."""


class ExtractionError(KGError):
    """Raised when an extractor cannot be found or loaded, or returns facts that fail the
    facts reader's checks (a bad type, an unknown code, a quote not at its offsets)."""


class GraphError(KGError):
    """Raised when an RDF file cannot be read or written, or its format is unknown."""


class ShapesError(KGError):
    """Raised when a SHACL shapes file cannot be read or uses what the engine lacks."""


class QueryError(KGError):
    """Raised when a SPARQL query cannot be found, parsed or run."""


class EndpointError(KGError):
    """Raised when a SPARQL endpoint or graph store cannot be reached (a bad URL, a
    server that is down or too slow) or refuses a request (an HTTP status of 4xx or 5xx,
    with the server's own words); ``status`` is that HTTP status, None when there was no answer."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class ClusterError(KGError):
    """Raised when distributed extraction cannot run: dask is not installed, its
    scheduler cannot be reached, or a worker dies while extracting a partition."""


class ViewError(KGError):
    """Raised for an unknown NetworkX view or network file format, or a period bound
    that is not a date."""


class LanguageWarning(UserWarning):
    """Warned when an extractor is given an article in a language it does not read: the
    article gets no facts, and the warning says which article and why."""


class ExtractionFaultWarning(UserWarning):
    """Warned when the rules fail on one article (a fault of the rules, to be reported):
    that article gets no facts and the others are read on, so that one text the rules
    cannot read does not cost a whole corpus."""


class EventDataError(KGError):
    """Raised when a GDELT or ICEWS file cannot be read (missing, a broken archive, an
    ICEWS file without its header row), or, when strict reading was asked for, at the
    first row that is malformed (wrong number of columns, a bad date, an unknown CAMEO
    code, bytes that are not UTF-8)."""
