"""A real Oxigraph server (the `oxigraph` package's binary) on a free port of 127.0.0.1,
in memory, its default graph the union of its named graphs, for the tests that push
to a triple store and query it over HTTP."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest


def oxigraph_binary() -> str:
    """The server binary pip installed beside this Python, or one on the PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if found is None:
        pytest.fail("the oxigraph server is not installed: pip install '.[test]' installs it")
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def oxigraph_server() -> Iterator[str]:
    """The base URL of a running server (``/store``, ``/query``...), stopped afterwards."""
    port = _free_port()
    process = subprocess.Popen([oxigraph_binary(), "serve", "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=5).read()
                break
            except (urllib.error.URLError, ConnectionError):
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"oxigraph did not start: {process.stderr.read().decode() if process.stderr else ''}")
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


def server_quads(url: str) -> set[str]:
    """Every quad the server holds, as N-Quads lines."""
    request = urllib.request.Request(url + "/store", headers={"Accept": "application/n-quads"})
    text = urllib.request.urlopen(request, timeout=60).read().decode("utf-8")
    return {line.strip() for line in text.splitlines() if line.strip()}
