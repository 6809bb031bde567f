"""A small HTTP client for SPARQL servers: one keep-alive connection per server, and
every failure turned into one :class:`~kg.errors.EndpointError` line.

Python's ``http.client`` is enough for the two protocols the package speaks (the SPARQL
1.1 Protocol and Graph Store Protocol) and keeps the connection open between requests,
which matters when an article's graph at a time goes to the server.
"""
from __future__ import annotations

import http.client
from dataclasses import dataclass
from typing import IO
from urllib.parse import urlencode, urlsplit

from kg.errors import EndpointError

__all__ = ["Connection", "Response", "check_url", "with_query"]

TIMEOUT = 300.0  # seconds to wait for a connection or an answer: a large graph takes long to load


@dataclass(frozen=True)
class Response:
    status: int
    media_type: str  # the Content-Type without its parameters, lower case
    body: bytes


def check_url(url: str, example: str = "http://127.0.0.1:7878/query") -> None:
    """Refuse a URL the client cannot use, in one line that shows a good one."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise EndpointError(f"{url}: not an http(s) URL; give one such as {example}")
    try:
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError as err:
        raise EndpointError(f"{url}: the port is not a number; give one such as {example}") from err


def with_query(url: str, **fields: str) -> str:
    """``url`` with ``fields`` added to its query string.

    >>> with_query("http://h/store", graph="https://x/a b")
    'http://h/store?graph=https%3A%2F%2Fx%2Fa+b'
    >>> with_query("http://h/ds?x=1", graph="g")
    'http://h/ds?x=1&graph=g'
    """
    return url + ("&" if urlsplit(url).query else "?") + urlencode(fields)


class Connection:
    """Requests to one server over a connection kept open between them (and opened again
    when the server closed it)."""

    def __init__(self, url: str, timeout: float = TIMEOUT) -> None:
        check_url(url)
        parts = urlsplit(url)
        self._https = parts.scheme == "https"
        self._host = parts.hostname or ""
        self._port = parts.port
        self._timeout = timeout
        self._conn: http.client.HTTPConnection | None = None

    def _open(self) -> http.client.HTTPConnection:
        if self._conn is None:
            kind = http.client.HTTPSConnection if self._https else http.client.HTTPConnection
            self._conn = kind(self._host, self._port, timeout=self._timeout)
        return self._conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> Connection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def request(self, method: str, url: str, body: bytes | IO[bytes] | None = None,
                headers: dict[str, str] | None = None, hint: str = "") -> Response:
        """Send a request and read the whole answer; a status of 400 or more raises
        :class:`EndpointError` with what the server said, and ``hint`` (how to fix it)
        when the server does not know the address, the method or the content type
        (404, 405, 415): signs of a URL that is not the right one."""
        parts = urlsplit(url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        start = body.tell() if body is not None and not isinstance(body, bytes) else 0
        for attempt in (1, 2):
            conn = self._open()
            try:
                conn.request(method, target, body=body, headers=headers or {})
                answer = conn.getresponse()
                data = answer.read()
                break
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError) as err:
                # A kept-alive connection the server closed meanwhile: open a new one, once.
                self.close()
                if attempt == 2:
                    raise EndpointError(f"{url}: the server closed the connection ({_one_line(err)}); "
                                        "check that it is a SPARQL server and try again") from err
                if body is not None and not isinstance(body, bytes):
                    body.seek(start)
            except TimeoutError as err:
                self.close()
                raise EndpointError(f"{url}: no answer within {self._timeout:.0f} s; "
                                    "check that the server is up and not overloaded") from err
            except OSError as err:  # refused, unknown host, network down
                self.close()
                raise EndpointError(f"{url}: cannot reach the server ({_one_line(err)}); "
                                    "check that it runs and that the URL is right") from err
            except http.client.HTTPException as err:
                self.close()
                raise EndpointError(f"{url}: not an HTTP answer ({type(err).__name__}); "
                                    "check that the URL is a SPARQL server's") from err
        if answer.will_close:
            self.close()
        media = (answer.getheader("Content-Type") or "").split(";")[0].strip().lower()
        if answer.status >= 400:
            said = " ".join(data.decode("utf-8", errors="replace").split())[:300]
            fix = f"; {hint}" if hint and answer.status in (404, 405, 415) else ""
            raise EndpointError(f"{url}: the server answered {answer.status} {answer.reason}"
                                + (f": {said}" if said else "") + fix, status=answer.status)
        return Response(answer.status, media, data)


def _one_line(err: BaseException) -> str:
    return " ".join((getattr(err, "strerror", None) or str(err) or type(err).__name__).split())
