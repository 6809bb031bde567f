"""A step run in a child process of its own, for the sake of the memory it leaves.

Resolving the events and documents of 10,000 articles makes some 100 MB of Python
objects that live only as long as the step. Python's allocator gives memory back to the
system only in whole arenas, and the few objects that outlive the step (cached names,
the clusters) keep most arenas from emptying, so the process would carry that memory
on into the store and its validation, where a build's peak is. A forked child does the
step on the parent's memory (shared until written) and hands back only its result; the
memory it made goes when it exits.

The child does without Python's cyclic garbage collector: it would go through the
parent's objects (the facts, some millions of them) again and again as the step
allocates its own, which took more than half of resolution's time, and it has nothing
to collect that the child's exit does not take back.

Where there is no fork (Windows), or other threads run (a fork copies the calling
thread alone, and a lock held by another would never be released in the child), the step
runs in the process itself: the same result, with more memory.
"""
from __future__ import annotations

import gc
import os
import pickle
import signal
import threading
import traceback
from typing import Callable, NoReturn, TypeVar

__all__ = ["call_apart"]

T = TypeVar("T")


def call_apart(fn: Callable[..., T], *args: object) -> T:
    """``fn(*args)``, computed in a forked child process where that is safe; its result
    (and any exception it raises) must pickle.

    >>> call_apart(sorted, [3, 1, 2])
    [1, 2, 3]
    """
    if not hasattr(os, "fork") or threading.active_count() > 1:
        return fn(*args)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        _child(write, fn, args)
    os.close(write)
    try:
        with os.fdopen(read, "rb") as pipe:
            payload = pipe.read()
    except BaseException:
        os.kill(pid, signal.SIGKILL)  # interrupted: the child's result is not wanted
        raise
    finally:
        _, status = os.waitpid(pid, 0)
    if not payload:
        raise RuntimeError(f"the child process computing {getattr(fn, '__name__', fn)} ended without a result "
                           f"({_ending(status)})")
    ok, value, where = pickle.loads(payload)
    if not ok:
        raise value from RuntimeError(f"in the child process:\n{where}")
    return value


def _ending(status: int) -> str:
    """How a child process ended, in words: a signal is named (SIGKILL is most often the
    kernel's out-of-memory killer).

    >>> _ending(9), _ending(7 << 8)
    ('killed by SIGKILL', 'exit status 7')
    """
    code = os.waitstatus_to_exitcode(status)
    return f"killed by {signal.Signals(-code).name}" if code < 0 else f"exit status {code}"


def _child(fd: int, fn: Callable, args: tuple) -> NoReturn:
    """Compute ``fn(*args)``, write (ok, result or exception, traceback) to ``fd`` and
    leave at once: no exit handlers, no flushing of the parent's buffered output."""
    code = 0
    gc.disable()
    try:
        try:
            outcome = (True, fn(*args), "")
        except BaseException as err:  # handed to the parent, which raises it
            outcome = (False, err, traceback.format_exc())
        try:
            payload = pickle.dumps(outcome, pickle.HIGHEST_PROTOCOL)
        except Exception as err:  # noqa: BLE001 - a result or an exception that does not pickle
            payload = pickle.dumps((False, RuntimeError(f"{type(err).__name__}: {err}"), traceback.format_exc()))
        with os.fdopen(fd, "wb") as pipe:
            pipe.write(payload)
    except BaseException:  # noqa: BLE001 - nothing may escape a forked child
        code = 1
    finally:
        os._exit(code)
