"""Extraction on a dask cluster: the inputs split into partitions (:mod:`kg.partitions`),
a dask bag of them extracted on the workers (:mod:`kg.partition_extract`), each
partition's facts in its own file of an output folder that ``kg add`` then loads.

dask and distributed are an optional dependency (``pip install "coop-kg[dask]"``),
imported only here and only when asked for. ``"local"`` starts a cluster of one worker
process a core for the run; any other address is that of a running scheduler, whose
workers must see the inputs and the output folder at the same absolute paths.

The output folder is written whole or not at all (:func:`kg.atomic.atomic_folder`): the
parts go to a temporary folder beside it, put in its place once every partition has
succeeded, so a failed run leaves the folder as it was. Errors are those one process
gives, the first in input order; warnings the extractor gives on the workers are given
again here, in input order.
"""
from __future__ import annotations

import contextlib
import logging
import os
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

from kg.atomic import atomic_folder
from kg.errors import ClusterError, ExtractionError, FactsError, KGError
from kg.extraction.registry import get_extractor
from kg.inputs import claim_id
from kg.partition_extract import PartitionResult, extract_partition
from kg.partitions import Partition, is_part_name, list_inputs, plan_partitions
from kg.progress import Progress, silent

if TYPE_CHECKING:
    from distributed import Client

__all__ = ["LOCAL", "PARTITIONS_PER_THREAD", "DaskExtraction", "extract_with_dask"]

LOCAL = "local"
"""The address that asks for a cluster on this machine, started for the run."""

PARTITIONS_PER_THREAD = 4
"""Partitions a worker thread by default: several each, so that a worker that finishes
early takes another while a slow partition is still running."""

INSTALL_HINT = 'pip install "coop-kg[dask]"'


@dataclass(frozen=True)
class DaskExtraction:
    """What a distributed extraction wrote: the folder, its part files in order, and the
    counts the one-process ``kg extract`` gives."""

    folder: Path
    parts: tuple[str, ...]
    workers: int
    articles: int
    events: int
    documents: int
    states: int


def extract_with_dask(paths: Iterable[str | Path], folder: str | Path, address: str = LOCAL,
                      extractor: str = "rules", partitions: int | None = None,
                      progress: Progress | None = None) -> DaskExtraction:
    """Extract the articles of ``paths`` on a dask cluster into ``folder``, one facts file
    a partition (``part-00000.jsonl``...): read in order, the parts give what
    :func:`kg.collect.collect_facts` with ``always_extract`` gives, line for line.

    Parameters
    ----------
    paths : files and folders of articles (and facts), as :mod:`kg.inputs` reads them.
    folder : the output folder: made, or replaced whole if it holds only part files.
    address : a scheduler's address (``tcp://host:8786``), or ``"local"``.
    extractor : the extractor's name; the workers must have it too.
    partitions : how many partitions at most; default :data:`PARTITIONS_PER_THREAD` for
        every worker thread of the cluster.
    progress : told ``("extracting", partitions done, partitions)``.

    Raises
    ------
    ClusterError : dask is not installed, the scheduler cannot be reached, or a worker died.
    FactsError, ExtractionError : as one process raises them, for the first bad input.
    KGError : an output folder that holds other files than parts.
    """
    _check_installed()
    get_extractor(extractor)  # an unknown name fails here, before any work
    folder = Path(folder)
    _check_output_folder(folder)
    files = list_inputs(paths)
    progress = progress or silent
    with _quiet_logs(), _client(address) as client:
        workers = client.nthreads()
        plan = plan_partitions(files, partitions or PARTITIONS_PER_THREAD * max(1, sum(workers.values())))
        with atomic_folder(folder) as staging:
            results = _run(client, plan, staging, extractor, progress)
            _give_warnings(results)
            _raise_first_error(results)
    return DaskExtraction(folder, tuple(p.file_name for p in plan), len(workers),
                          sum(r.articles for r in results), sum(r.events for r in results),
                          sum(r.documents for r in results), len(set[str]().union(*(r.states for r in results))))


def _check_installed() -> None:
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as err:
        raise ClusterError(f"extracting on a dask cluster needs dask and distributed ({err}); "
                           f"install them with: {INSTALL_HINT}") from err


def _check_output_folder(folder: Path) -> None:
    """Refuse an output that is a file, or a folder holding more than the parts of an
    earlier run: it is replaced whole. All told before a cluster is started."""
    parent = folder.parent if str(folder.parent) else Path(".")
    if not parent.is_dir():
        raise KGError(f"{parent}: no such folder to write in; create it first")
    if folder.exists() and not folder.is_dir():
        raise KGError(f"{folder}: is a file; give a folder for the parts of a distributed extraction")
    if folder.is_dir():
        others = sorted(p.name for p in folder.iterdir() if not (p.is_file() and is_part_name(p.name)))
        if others:
            raise KGError(f"{folder}: holds {others[0]!r}, not only the parts of an earlier run, and would be "
                          "replaced whole; give a new or empty folder")


@contextlib.contextmanager
def _client(address: str) -> Iterator[Client]:
    """A dask client: of a cluster started for the run (``local``), or of a running scheduler."""
    from distributed import Client, LocalCluster
    if address == LOCAL:
        # One single-threaded worker process a core: extraction is pure Python and the
        # GIL would keep threads of one process to one core. No dashboard, so that no
        # fixed port is taken; logs below errors silenced, as a command's stderr is ours.
        with LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True, host="127.0.0.1",
                          dashboard_address=None, silence_logs=logging.CRITICAL) as cluster, \
                Client(cluster, set_as_default=False) as client:
            yield client
        return
    try:
        client = Client(address, set_as_default=False)
    except (OSError, ValueError) as err:
        raise ClusterError(f"cannot reach the dask scheduler at {address!r} ({_one_line(err)}); start one with "
                           "`dask scheduler` and give the address it prints, or use --dask local") from err
    with client:
        if not client.nthreads():
            _wait_for_a_worker(client, address)
        yield client


def _wait_for_a_worker(client: Client, address: str) -> None:
    """Wait as long as a connection may take for a worker to join a scheduler that has none."""
    import dask.config
    from dask.utils import parse_timedelta
    timeout = parse_timedelta(dask.config.get("distributed.comm.timeouts.connect"), default="s")
    try:
        client.wait_for_workers(1, timeout=timeout)
    except (TimeoutError, OSError) as err:
        raise ClusterError(f"the dask scheduler at {address!r} has no workers (none joined in {timeout:g} s); "
                           f"start some with `dask worker {address}`") from err


@contextlib.contextmanager
def _quiet_logs() -> Iterator[None]:
    """distributed's logs of this process at CRITICAL for the run: a worker that dies is
    told as one line of ours, not as the scheduler's and client's log records."""
    logger = logging.getLogger("distributed")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def _run(client: Client, plan: list[Partition], staging: Path, extractor: str,
         progress: Progress) -> list[PartitionResult]:
    """The results of every partition, in order, once all are done: the first error in
    input order may lie in any of them."""
    import dask.bag as db
    from distributed import as_completed
    from distributed.scheduler import KilledWorker
    if not plan:
        return []  # no input file: an empty folder, as one process writes an empty file
    bag = db.from_sequence(plan, npartitions=len(plan)).map(extract_partition, str(staging), extractor)
    futures = client.compute(bag.to_delayed(optimize_graph=False))
    progress("extracting", 0, len(plan))
    with client.as_current():  # as_completed finds the client as the current one, not the default one
        for done, _ in enumerate(as_completed(futures), 1):
            progress("extracting", done, len(plan))
    results: list[PartitionResult] = []
    for partition, future in zip(plan, futures):
        try:
            (result,) = future.result()
        except KilledWorker as err:
            # The results a dead worker held would be computed again, and written into the
            # folder being removed: cancel them all first.
            client.cancel(futures)
            raise ClusterError(f"a dask worker died while extracting partition {partition.index} "
                               f"({_first_input(partition)}...): {_one_line(err)[:200]}; see the worker's log"
                               ) from err
        results.append(result)
    return results


def _give_warnings(results: list[PartitionResult]) -> None:
    """The workers' warnings, in input order, as one process gives them: none when an
    input cannot be read (it reads all before it extracts), and none after an
    extraction error."""
    if any(r.read_error is not None for r in results):
        return
    for r in results:
        for category, message in r.warnings:
            warnings.warn(message, category, stacklevel=2)
        if r.extraction_error is not None:
            return


def _raise_first_error(results: list[PartitionResult]) -> None:
    """Raise the error one process would: the first reading error or id used twice in
    input order, else the first extraction error."""
    seen: dict[str, str] = {}
    for r in results:
        for where, aid in r.ids:
            claim_id(seen, aid, where)
        if r.read_error is not None:
            raise FactsError(r.read_error)
    for r in results:
        if r.extraction_error is not None:
            raise ExtractionError(r.extraction_error)


def _first_input(partition: Partition) -> str:
    piece = partition.pieces[0]
    return f"{piece.name}:{piece.span.first_line}" if piece.span is not None else piece.name


def _one_line(err: BaseException) -> str:
    return " ".join(str(err).split()) or type(err).__name__
