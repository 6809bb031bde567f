"""Reading event-data files line by line, plain, gzipped or zipped, without holding them.

GDELT publishes its daily and 15-minute files as ``.zip`` archives of one CSV (which is
tab-separated); ICEWS as ``.tab`` or ``.tsv`` files, sometimes gzipped. Lines come out
as bytes, so that a line that is not UTF-8 is one bad row, not a failed file.
"""
from __future__ import annotations

import gzip
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from kg.errors import EventDataError

__all__ = ["SourceLine", "iter_source_lines"]


@dataclass(frozen=True)
class SourceLine:
    """One line of an event-data file: the file's name (``archive.zip!member`` for a
    member of a zip archive), its number counted from 1, and its bytes without the end
    of line."""

    source: str
    number: int
    data: bytes


def _lines(handle: Iterable[bytes], source: str) -> Iterator[SourceLine]:
    for number, raw in enumerate(handle, start=1):
        yield SourceLine(source, number, raw.rstrip(b"\r\n"))


def iter_source_lines(path: str | Path) -> Iterator[SourceLine]:
    """Every line of an event-data file, in order; a zip archive's members one after
    another, in the order of their names.

    Raises
    ------
    EventDataError : the file is missing, unreadable, or a broken archive.
    """
    path = Path(path)
    if not path.is_file():
        raise EventDataError(f"{path}: no such file; check the path")
    suffix = path.suffix.lower()
    try:
        if suffix == ".zip":
            with zipfile.ZipFile(path) as archive:
                members = sorted(m for m in archive.namelist() if not m.endswith("/"))
                if not members:
                    raise EventDataError(f"{path}: the zip archive holds no file; give the GDELT or ICEWS file itself")
                for member in members:
                    with archive.open(member) as handle:
                        yield from _lines(handle, f"{path.name}!{member}")
        elif suffix == ".gz":
            with gzip.open(path, "rb") as handle:
                yield from _lines(handle, path.name)
        else:
            with open(path, "rb") as handle:
                yield from _lines(handle, path.name)
    except (zipfile.BadZipFile, gzip.BadGzipFile, zlib.error, EOFError) as err:
        raise EventDataError(f"{path}: a broken archive ({' '.join(str(err).split())}); "
                             "download the file again or give it unpacked") from err
    except OSError as err:
        raise EventDataError(f"{path}: cannot read: {err.strerror or err}") from err
