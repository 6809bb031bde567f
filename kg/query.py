"""SPARQL 1.1 queries over a knowledge graph, run by Oxigraph, and their output formats.

A query is a ``.rq`` file, an inline query, or the name of a bundled query
(``kg/queries/*.rq``; their first comment lines say what each answers). The project's
prefixes (``kg:``, ``prov:``, ``skos:``...) are declared for every query. Parameters
bind query variables before evaluation, so a bundled query can ask about one state or
one article: ``query(g, "meetings-of-state", params={"state": "RUS"})``.
"""
from __future__ import annotations

import csv
import datetime
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

import pyoxigraph as ox
import rdflib

from kg.errors import QueryError
from kg.graph import NOT_XML, oxstore
from kg.namespaces import PREFIXES, bind_prefixes
from kg.resources import queries_dir

__all__ = ["QueryResult", "list_queries", "load_query", "prepare_query", "query", "result_of", "format_result",
           "FORMATS"]

FORMATS = ("table", "csv", "tsv", "json", "xml")
_QUERY_START = re.compile(r"^\s*(#.*\n\s*)*(PREFIX|BASE|SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)


@dataclass
class QueryResult:
    """What a query gave: variables and rows of pyoxigraph terms (None where unbound),
    a boolean for ASK, or triples for CONSTRUCT and DESCRIBE."""

    variables: list[str]
    rows: list[tuple]
    boolean: bool | None = None
    triples: list | None = None

    def __len__(self) -> int:
        return len(self.rows)

    def values(self) -> list[tuple]:
        """The rows as plain Python strings (None where unbound).

        >>> QueryResult(["x"], [(ox.Literal("1"),)]).values()
        [('1',)]
        """
        return [tuple(None if t is None else t.value for t in row) for row in self.rows]

    def python(self) -> list[tuple]:
        """The rows as typed Python values: integers, decimals and doubles as numbers,
        ``xsd:date`` as :class:`datetime.date`, booleans as bool, the rest (IRIs, strings,
        dates of a month or a year) as strings; None where unbound.

        >>> QueryResult(["n", "d"], [(ox.Literal("3", datatype=ox.NamedNode(_XSD + "integer")),
        ...                           ox.Literal("2024-03-14", datatype=ox.NamedNode(_XSD + "date")))]).python()
        [(3, datetime.date(2024, 3, 14))]
        """
        return [tuple(_python_value(t) for t in row) for row in self.rows]

    def __iter__(self):
        """Iterate over the rows as typed Python values (see :meth:`python`)."""
        return iter(self.python())

    def to_dataframe(self):
        """The rows as a pandas DataFrame, one column per variable, typed as in
        :meth:`python` (pandas is optional: ``pip install pandas``)."""
        try:
            import pandas
        except ImportError as err:
            raise QueryError("to_dataframe() needs pandas, which is not installed; pip install pandas") from err
        return pandas.DataFrame(self.python(), columns=self.variables)


_XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMBERS: dict[str, type[int] | type[float]] = {_XSD + t: int for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                    "positiveInteger", "negativeInteger", "nonPositiveInteger",
                                    "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
_NUMBERS.update({_XSD + "decimal": float, _XSD + "double": float, _XSD + "float": float})


def _python_value(term):
    if term is None:
        return None
    if not isinstance(term, ox.Literal):
        return term.value
    datatype = term.datatype.value
    try:
        if datatype in _NUMBERS:
            return _NUMBERS[datatype](term.value)
        if datatype == _XSD + "date":
            return datetime.date.fromisoformat(term.value)
        if datatype == _XSD + "boolean":
            return term.value in ("true", "1")
    except ValueError:
        pass  # an ill-formed literal stays its text
    return term.value


def list_queries() -> dict[str, str]:
    """The bundled queries: name → the first sentence of their comment, saying what they answer."""
    out = {}
    for path in sorted(queries_dir().glob("*.rq")):
        words: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                break
            words.append(line.lstrip("# ").strip())
            if words[-1].endswith("."):
                break
        out[path.stem] = " ".join(words)
    return out


def load_query(text_or_name: str) -> str:
    """The SPARQL text of a bundled query's name, a ``.rq`` file, or an inline query.

    Raises
    ------
    QueryError : it is none of these.
    """
    bundled = queries_dir() / f"{text_or_name}.rq"
    if re.fullmatch(r"[\w-]+", text_or_name) and bundled.is_file():
        return bundled.read_text(encoding="utf-8")
    path = Path(text_or_name)
    if text_or_name.endswith(".rq") or (len(text_or_name) < 500 and "\n" not in text_or_name and _is_file(path)):
        if not _is_file(path):
            raise QueryError(f"{text_or_name}: no such query file; check the path")
        return path.read_text(encoding="utf-8")
    if _QUERY_START.match(text_or_name):
        return text_or_name
    names = ", ".join(list_queries())
    raise QueryError(f"{text_or_name!r} is not a bundled query, a .rq file or a SPARQL query; "
                     f"bundled queries: {names} (see `kg query --list`)")


def _is_file(path: Path) -> bool:
    """Whether ``path`` names a file; False for text no file system takes as a name (an
    inline query longer than a file name may be, or holding a NUL)."""
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False


def _term(value: str) -> str:
    if re.match(r"^https?://[^\s<>\"{}|^`\\]*$", value):
        return f"<{value}>"
    return json.dumps(value, ensure_ascii=False)


def _bind_params(sparql: str, params: dict[str, str]) -> str:
    """Bind query variables with an inline VALUES block.

    The block goes where the query says ``#PARAMS`` (inside the group whose filters
    read the parameters; in each such group, where the query says it more than once),
    else at the start of the first WHERE group.

    >>> _bind_params("SELECT ?x WHERE { ?x ?p ?state }", {"state": "RUS"})
    'SELECT ?x WHERE { VALUES ?state { "RUS" } ?x ?p ?state }'
    """
    if not params:
        return sparql
    for name in params:
        if not re.fullmatch(r"[A-Za-z_]\w*", name) or not re.search(rf"[?$]{name}\b", sparql):
            raise QueryError(f"the query has no variable ?{name} to bind; check the parameter's name")
    block = " ".join(f"VALUES ?{k} {{ {_term(v)} }}" for k, v in params.items())
    if "#PARAMS" in sparql:
        return sparql.replace("#PARAMS", block)
    match = re.search(r"\bWHERE\s*\{", sparql, re.IGNORECASE)
    if match is None:
        raise QueryError("parameters need a query with a WHERE clause")
    return sparql[: match.end()] + f" {block}" + sparql[match.end():]


def query(graph: rdflib.Graph | ox.Store, text_or_name: str, params: dict[str, str] | None = None) -> QueryResult:
    """Run a SPARQL 1.1 query (a bundled name, a ``.rq`` file or inline text) on a graph.

    Parameters
    ----------
    graph : the knowledge graph; its default graph is the union of all named graphs.
    text_or_name : the query.
    params : values for query variables, bound before evaluation; IRIs for values that
        start with http(s)://, plain strings otherwise.

    Raises
    ------
    QueryError : the query cannot be found or parsed.

    Examples
    --------
    >>> from kg.facts import parse_facts
    >>> from kg.graph import build_graph
    >>> g = build_graph([parse_facts({"article": {"id": "a"}, "events": [
    ...     {"id": "e1", "type": "call", "date": "2024-01-02", "participants": ["FRA", "DEU"]}]})])
    >>> query(g, "state-pairs").values()
    [('DEU', 'FRA', '1')]
    """
    sparql = prepare_query(text_or_name, params)
    try:
        result = oxstore(graph).query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES)
    except SyntaxError as err:
        raise QueryError(f"the query does not parse: {' '.join(str(err).split())}; fix the SPARQL") from err
    except (OSError, ValueError, RuntimeError) as err:
        raise QueryError(f"the query failed: {' '.join(str(err).split())}") from err
    return result_of(result)


def prepare_query(text_or_name: str, params: dict[str, str] | None = None) -> str:
    """The SPARQL text to run: the query (bundled, a file or inline) with ``params`` bound."""
    return _bind_params(load_query(text_or_name), params or {})


def result_of(result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples) -> QueryResult:
    """A :class:`QueryResult` of what Oxigraph answered (or read from a server's answer)."""
    if isinstance(result, ox.QueryBoolean):
        return QueryResult(["result"], [], boolean=bool(result))
    if isinstance(result, ox.QueryTriples):
        return QueryResult([], [], triples=list(result))
    variables = [v.value for v in result.variables]
    rows = [tuple(solution[v] for v in variables) for solution in result]
    return QueryResult(variables, rows)


def _plain(term, compact) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return compact(term.value)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Render a result: an aligned ``table``, or one of the W3C SPARQL 1.1 results formats
    that other tools read back: ``csv`` (plain values, lines ending in CRLF), ``tsv``
    (a ``?var`` header, terms in Turtle syntax), ``json`` or ``xml``.

    CONSTRUCT and DESCRIBE results are rendered as Turtle whatever the format.
    """
    if fmt not in FORMATS:
        raise QueryError(f"unknown output format {fmt!r}; use one of {', '.join(FORMATS)}")
    if result.triples is not None:
        turtle = io.BytesIO()
        ox.serialize(result.triples, turtle, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
        return turtle.getvalue().decode("utf-8")
    if result.boolean is not None:
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": result.boolean}) + "\n"
        if fmt == "xml":
            return (f'<?xml version="1.0"?>\n<sparql xmlns="{_RESULTS_NS}">\n  <head/>\n'
                    f"  <boolean>{'true' if result.boolean else 'false'}</boolean>\n</sparql>\n")
        return ("true" if result.boolean else "false") + "\n"
    if fmt == "xml":
        return _xml_results(result)
    if fmt == "tsv":
        # SPARQL 1.1 TSV: "?"-prefixed names, terms as N-Triples writes them (valid Turtle).
        lines = ["\t".join(f"?{v}" for v in result.variables)]
        lines += ["\t".join("" if t is None else str(t) for t in row) for row in result.rows]
        return "\n".join(lines) + "\n"
    if fmt == "json":
        bindings = [{v: _json_term(t) for v, t in zip(result.variables, row) if t is not None} for row in result.rows]
        return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False, indent=1) + "\n"
    ns = bind_prefixes(rdflib.Graph()).namespace_manager

    def compact(iri: str) -> str:
        if fmt != "table":
            return iri
        try:
            return ns.normalizeUri(rdflib.URIRef(iri))
        except Exception:  # noqa: BLE001 - rdflib raises several kinds for odd IRIs
            return f"<{iri}>"

    cells = [[_plain(t, compact) for t in row] for row in result.rows]
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")  # SPARQL 1.1 CSV ends lines with CRLF
        writer.writerow(result.variables)
        writer.writerows(cells)
        return buffer.getvalue()
    widths = [max([len(v)] + [len(row[i].replace("\n", " ")) for row in cells]) for i, v in enumerate(result.variables)]
    widths = [min(w, 60) for w in widths]

    def line(values):
        return "  ".join(_fit(v, w).ljust(w) for v, w in zip(values, widths)).rstrip()
    out = [line(result.variables), line(["-" * w for w in widths])]
    out += [line(row) for row in cells]
    out.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(out) + "\n"


_RESULTS_NS = "http://www.w3.org/2005/sparql-results#"


def _xml_results(result: QueryResult) -> str:
    """SPARQL Query Results XML Format."""
    out = [f'<?xml version="1.0"?>\n<sparql xmlns="{_RESULTS_NS}">', "  <head>"]
    out += [f'    <variable name="{v}"/>' for v in result.variables]
    out += ["  </head>", "  <results>"]
    for row in result.rows:
        out.append("    <result>")
        for v, t in zip(result.variables, row):
            if t is not None:
                out.append(f'      <binding name="{v}">{_xml_term(t)}</binding>')
        out.append("    </result>")
    out += ["  </results>", "</sparql>"]
    return "\n".join(out) + "\n"


def _xml_term(term) -> str:
    if NOT_XML.search(term.value):
        raise QueryError("a value holds a control character that XML cannot carry; use --format json or tsv")
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if term.language:
        return f'<literal xml:lang="{escape(term.language)}">{escape(term.value)}</literal>'
    if term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        return f'<literal datatype="{escape(term.datatype.value)}">{escape(term.value)}</literal>'
    return f"<literal>{escape(term.value)}</literal>"


def _fit(value: str, width: int) -> str:
    value = value.replace("\n", " ")
    return value if len(value) <= width else value[: width - 1] + "…"
