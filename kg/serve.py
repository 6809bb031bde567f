"""A SPARQL 1.1 Protocol endpoint over a graph, with a query page for the browser.

Oxigraph answers; Python's standard HTTP server carries the protocol:

* ``GET /query?query=...``, ``POST /query`` (a form with ``query``, or the query as
  ``application/sparql-query``): results in the type the ``Accept`` header asks for
  (SPARQL JSON, XML, CSV or TSV; Turtle or N-Triples for CONSTRUCT and DESCRIBE);
* ``POST /update`` (a form with ``update``, or ``application/sparql-update``): refused
  with 403 unless the server is writable;
* ``GET /``: a page to write queries, offering the bundled ones.

The project's prefixes are predeclared, as in ``kg query``; the default graph is the
union of all graphs.
"""
from __future__ import annotations

import html
import json
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from kg.namespaces import PREFIXES
from kg.query import list_queries, load_query

__all__ = ["SparqlServer", "serve"]

_RESULT_TYPES = {  # media type asked → results format
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/n-quads": ox.RdfFormat.N_QUADS,
}
_MAX_BODY = 10 * 1024 * 1024  # a query or an update larger than this is refused


def _wanted(accept: str, types: dict, default: str):
    """The first media type of an Accept header that ``types`` knows, else ``default``."""
    for part in accept.split(","):
        media = part.split(";")[0].strip().lower()
        if media in types:
            return media, types[media]
    return default, types[default]


class SparqlServer(ThreadingHTTPServer):
    """The endpoint's HTTP server over one Oxigraph store."""

    daemon_threads = True

    def __init__(self, store: ox.Store, host: str = "127.0.0.1", port: int = 7878, writable: bool = False):
        super().__init__((host, port), _Handler)
        self.store = store
        self.writable = writable
        self.write_lock = threading.Lock()

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        name = host.decode() if isinstance(host, bytes) else host
        return f"http://{name}:{port}"


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
        pass  # quiet: a query log is not what the terminal is for

    def _send(self, status: int, body: bytes, media: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _fail(self, status: int, message: str) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    def _body(self) -> tuple[str, bytes] | None:
        length = int(self.headers.get("Content-Length") or 0)
        if length > _MAX_BODY:
            self._fail(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "request body too large")
            return None
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        return media, self.rfile.read(length)

    def do_GET(self) -> None:  # noqa: N802 - the base class's name
        url = urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            self._send(HTTPStatus.OK, _page(self.server.writable).encode("utf-8"), "text/html; charset=utf-8")
        elif url.path == "/query":
            query = parse_qs(url.query).get("query")
            if not query:
                self._fail(HTTPStatus.BAD_REQUEST, "give the query as ?query=...")
            else:
                self._query(query[0])
        elif url.path == "/update":
            self._fail(HTTPStatus.METHOD_NOT_ALLOWED, "send updates with POST")
        else:
            self._fail(HTTPStatus.NOT_FOUND, "not found: the endpoint is /query (and /update)")

    def do_POST(self) -> None:  # noqa: N802 - the base class's name
        path = urlsplit(self.path).path
        if path not in ("/query", "/update"):
            self._fail(HTTPStatus.NOT_FOUND, "not found: the endpoint is /query (and /update)")
            return
        got = self._body()
        if got is None:
            return
        media, body = got
        field, direct = ("query", "application/sparql-query") if path == "/query" else ("update", "application/sparql-update")
        if media == direct:
            text = body.decode("utf-8", errors="replace")
        elif media == "application/x-www-form-urlencoded":
            values = parse_qs(body.decode("utf-8", errors="replace")).get(field)
            if not values:
                self._fail(HTTPStatus.BAD_REQUEST, f"give the {field} in the form field '{field}'")
                return
            text = values[0]
        else:
            self._fail(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                       f"send {direct} or application/x-www-form-urlencoded")
            return
        if path == "/query":
            self._query(text)
        else:
            self._update(text)

    def _query(self, text: str) -> None:
        try:
            result = self.server.store.query(text, use_default_graph_as_union=True, prefixes=PREFIXES)
        except SyntaxError as err:
            self._fail(HTTPStatus.BAD_REQUEST, f"query syntax error: {' '.join(str(err).split())}")
            return
        except (OSError, ValueError, RuntimeError) as err:
            self._fail(HTTPStatus.INTERNAL_SERVER_ERROR, f"query failed: {' '.join(str(err).split())}")
            return
        accept = self.headers.get("Accept") or ""
        if isinstance(result, ox.QueryTriples):
            media, graph_format = _wanted(accept, _GRAPH_TYPES, "text/turtle")
            self._send(HTTPStatus.OK, result.serialize(format=graph_format) or b"", media)
        else:
            media, results_format = _wanted(accept, _RESULT_TYPES, "application/sparql-results+json")
            self._send(HTTPStatus.OK, result.serialize(format=results_format) or b"", media)

    def _update(self, text: str) -> None:
        if not self.server.writable:
            self._fail(HTTPStatus.FORBIDDEN, "this endpoint is read-only (start it with --writable to allow updates)")
            return
        try:
            with self.server.write_lock:
                self.server.store.update(text, prefixes=PREFIXES)
        except SyntaxError as err:
            self._fail(HTTPStatus.BAD_REQUEST, f"update syntax error: {' '.join(str(err).split())}")
            return
        self._send(HTTPStatus.NO_CONTENT, b"", "text/plain")


def _page(writable: bool) -> str:
    """The query page: a text area, the bundled queries to start from, the results as a table."""
    queries = {name: {"about": about, "text": load_query(name)} for name, about in list_queries().items()}
    options = "".join(f'<option value="{html.escape(n)}">{html.escape(n)}: {html.escape(q["about"])}</option>'
                      for n, q in queries.items())
    data = json.dumps({n: q["text"] for n, q in queries.items()}).replace("</", "<\\/")
    mode = "writable" if writable else "read-only"
    return _PAGE.replace("{options}", options).replace("{queries}", data).replace("{mode}", mode)


_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>coop-kg SPARQL</title>
<style>
body { font-family: system-ui, sans-serif; margin: 1.5em; max-width: 80em; }
textarea { width: 100%; height: 16em; font-family: monospace; font-size: 0.9em; }
select { max-width: 100%; }
table { border-collapse: collapse; margin-top: 1em; font-size: 0.9em; }
td, th { border: 1px solid #bbb; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
th { background: #eee; }
#status { color: #555; margin-left: 1em; }
</style></head><body>
<h1>coop-kg SPARQL endpoint</h1>
<p>SPARQL 1.1 queries at <code>/query</code> ({mode}); the project's prefixes (kg:, prov:, skos:, org: ...)
are predeclared and the default graph is the union of all graphs.</p>
<p><label>Bundled query: <select id="bundled"><option value="">(choose one)</option>{options}</select></label></p>
<form id="form"><textarea id="query" name="query">SELECT ?class (COUNT(?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class ORDER BY DESC(?n)</textarea>
<p><button type="submit">Run</button><span id="status"></span></p></form>
<div id="results"></div>
<script>
const QUERIES = {queries};
const area = document.getElementById("query"), status = document.getElementById("status");
document.getElementById("bundled").addEventListener("change", e => {
  if (QUERIES[e.target.value]) area.value = QUERIES[e.target.value];
});
document.getElementById("form").addEventListener("submit", async e => {
  e.preventDefault();
  status.textContent = "running...";
  const started = performance.now();
  const response = await fetch("query", {method: "POST",
    headers: {"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
    body: area.value});
  const out = document.getElementById("results");
  out.replaceChildren();
  if (!response.ok) { status.textContent = await response.text(); return; }
  const data = await response.json();
  if ("boolean" in data) { status.textContent = "answer: " + data.boolean; return; }
  const table = document.createElement("table"), head = table.insertRow();
  for (const v of data.head.vars) { const th = document.createElement("th"); th.textContent = v; head.appendChild(th); }
  for (const b of data.results.bindings) {
    const row = table.insertRow();
    for (const v of data.head.vars) row.insertCell().textContent = b[v] ? b[v].value : "";
  }
  out.appendChild(table);
  status.textContent = data.results.bindings.length + " rows, " + Math.round(performance.now() - started) + " ms";
});
</script></body></html>
"""


def serve(store: ox.Store, host: str = "127.0.0.1", port: int = 7878, writable: bool = False,
          ready=None) -> None:
    """Serve ``store`` until interrupted; ``ready(server)`` is called once it listens."""
    with SparqlServer(store, host, port, writable) as server:
        if ready is not None:
            ready(server)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
