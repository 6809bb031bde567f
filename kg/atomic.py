"""Write a file (or a folder of files) so that readers see the old one or the complete new
one, never half."""
from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import IO, BinaryIO, Iterator

__all__ = ["STDOUT", "atomic_write", "atomic_folder", "is_stdout"]

STDOUT = "-"
"""The name that stands for standard output wherever an output file is named."""


def is_stdout(path: str | Path | None) -> bool:
    """Whether ``path`` names standard output (``-``) rather than a file.

    >>> is_stdout("-"), is_stdout(Path("-")), is_stdout("./-"), is_stdout(None)
    (True, True, False, False)
    """
    return path is not None and str(path) == STDOUT


@contextlib.contextmanager
def atomic_write(path: str | Path) -> Iterator[BinaryIO]:
    """Open a temporary file beside ``path``; rename it over ``path`` only on success.

    If the block raises, the temporary file is removed and ``path`` is left as it was.
    The data is flushed to disk before the rename, so that a crash leaves the old file
    or the new one. A temporary file left by a writer that was killed (its name holds
    its process id) is removed by the next write to the same path.

    ``-`` is standard output: the data is gathered in an anonymous temporary file and
    copied to standard output only when complete, so a failure writes nothing there
    either (a reader of a pipe sees all of the output or none).
    """
    if is_stdout(path):
        with tempfile.TemporaryFile() as spool:
            yield spool
            spool.seek(0)
            _copy_to_stdout(spool)
        return
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise FileNotFoundError(errno.ENOENT, "no such folder to write in; create it first", str(folder))
    _remove_stale_temporaries(folder, target.name)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp", dir=folder)
    except OSError as err:
        raise OSError(err.errno, err.strerror, str(target)) from err
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes the file private; give it the mode a plain open() would.
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def atomic_folder(path: str | Path) -> Iterator[Path]:
    """Make a temporary folder beside ``path`` to fill; put it in the place of ``path``
    (a folder replaced whole, or none) only when the block succeeds.

    If the block raises, the temporary folder and all it holds are removed and ``path``
    is left as it was. A folder left by a writer that was killed is removed by the next
    write to the same path, as :func:`atomic_write` does with files. The files are the
    block's to flush (:func:`atomic_write` does).
    """
    target = Path(path)
    parent = target.parent if str(target.parent) else Path(".")
    if not parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, "no such folder to write in; create it first", str(parent))
    _remove_stale_temporaries(parent, target.name)
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp", dir=parent))
    except OSError as err:
        raise OSError(err.errno, err.strerror, str(target)) from err
    try:
        # mkdtemp makes the folder private; give it the mode a plain mkdir would, since
        # other processes (the workers of a cluster) write in it.
        os.chmod(staging, 0o777 & ~_umask())
        yield staging
        _replace_folder(staging, target)
    except BaseException:
        _remove_folder(staging)
        raise


def _remove_folder(folder: Path, attempts: int = 5) -> None:
    """Remove a folder and what it holds, trying again while another process (a worker of a
    cluster finishing its task) still writes a file into it."""
    for attempt in range(attempts):
        shutil.rmtree(folder, ignore_errors=True)
        if not folder.exists():
            return
        time.sleep(0.1 * (attempt + 1))


def _replace_folder(new: Path, target: Path) -> None:
    """Put the folder ``new`` in the place of ``target``: one rename when ``target`` is
    absent or empty, else ``target`` moved aside first and removed after."""
    try:
        os.replace(new, target)
        return
    except OSError as err:
        if err.errno not in (errno.ENOTEMPTY, errno.EEXIST) or not target.is_dir():
            raise OSError(err.errno, err.strerror, str(target)) from err
    old = Path(tempfile.mkdtemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp", dir=new.parent))
    os.replace(target, old / target.name)
    os.replace(new, target)
    shutil.rmtree(old, ignore_errors=True)


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


def _remove_stale_temporaries(folder: Path, name: str) -> None:
    """Remove the temporary files (and folders) of earlier writes to ``name`` whose process is gone."""
    pattern = re.compile(rf"\.{re.escape(name)}\.(\d+)\.\w+\.tmp")
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            m = pattern.fullmatch(entry.name)
            if m and not _alive(int(m.group(1))):
                if entry.is_dir(follow_symlinks=False):
                    shutil.rmtree(entry.path, ignore_errors=True)
                    continue
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def _copy_to_stdout(source: IO[bytes]) -> None:
    sys.stdout.flush()  # what was echoed before comes first
    binary = getattr(sys.stdout, "buffer", None)
    if binary is None:  # a text-only stream (a notebook's): the outputs are all UTF-8 text
        sys.stdout.write(source.read().decode("utf-8"))
        sys.stdout.flush()
        return
    shutil.copyfileobj(source, binary, 1 << 20)
    binary.flush()
