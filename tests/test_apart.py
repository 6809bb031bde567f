"""A step run in a forked child: the parent gets its result or its exception, as if it
had run the step itself."""
from __future__ import annotations

import os
import threading

import pytest

from kg.apart import call_apart
from kg.errors import FactsError

forks = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")


@forks
def test_runs_in_a_child_process_and_returns_its_result():
    if threading.active_count() > 1:
        pytest.skip("other threads run in this test process: the step stays in it")
    assert call_apart(os.getpid) != os.getpid()
    assert call_apart(sorted, {"b": 1, "a": 2}) == ["a", "b"]


@forks
def test_the_childs_exception_is_raised_with_its_traceback_as_the_cause():
    def bad(x):
        raise FactsError(f"x.json: article {x}: states[0].iso3: missing")

    with pytest.raises(FactsError, match="states") as caught:
        call_apart(bad, "a1")
    if threading.active_count() == 1:
        cause = str(caught.value.__cause__)
        assert "in the child process" in cause and 'raise FactsError(f"x.json' in cause


@forks
def test_a_result_that_does_not_pickle_is_an_error_not_a_hang():
    if threading.active_count() > 1:
        pytest.skip("other threads run in this test process: the step stays in it")
    with pytest.raises(RuntimeError, match="pickle"):
        call_apart(lambda: (lambda: None))


@forks
def test_a_child_that_dies_is_an_error():
    if threading.active_count() > 1:
        pytest.skip("other threads run in this test process: the step stays in it")
    with pytest.raises(RuntimeError, match="ended without a result"):
        call_apart(os._exit, 7)


def test_with_other_threads_running_the_step_stays_in_this_process():
    started, stop = threading.Event(), threading.Event()
    other = threading.Thread(target=lambda: (started.set(), stop.wait(10)))
    other.start()
    started.wait(10)
    try:
        assert call_apart(os.getpid) == os.getpid()
    finally:
        stop.set()
        other.join()


@forks
def test_the_child_runs_without_the_cycle_collector_and_the_parent_keeps_it():
    if threading.active_count() > 1:
        pytest.skip("other threads run in this test process: the step stays in it")
    import gc

    assert gc.isenabled()
    assert call_apart(gc.isenabled) is False
    assert gc.isenabled()
