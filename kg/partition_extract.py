"""The work of one partition, on whichever process runs it: read its inputs, extract the
articles, write the facts to the partition's own file, and tell what happened.

Nothing here knows of dask: a worker of a cluster calls :func:`extract_partition` as any
process could. Errors are told, not raised, so that the caller can report the one that
comes first in input order, as extracting everything in one process would: reading
errors (and ids used twice) before extraction errors, since one process reads every
input before it extracts any.
"""
from __future__ import annotations

import errno
import threading
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from kg.atomic import atomic_write
from kg.errors import FactsError, KGError
from kg.extraction import extract_article
from kg.facts import Article, NewsFacts, facts_line
from kg.inputs import Input
from kg.partitions import Partition, iter_partition

__all__ = ["PartitionResult", "extract_partition"]

# The warning filters are one per process, and a worker may run partitions on several
# threads: one partition at a time records its warnings. The rule extractor is pure
# Python, so threads of one process would share one core anyway.
_WARNINGS_LOCK = threading.Lock()


@dataclass
class PartitionResult:
    """What extracting one partition gave: its counts, the ids it read (with where each
    is), the warnings extraction gave, and its first reading or extraction error."""

    index: int
    articles: int = 0
    events: int = 0
    documents: int = 0
    states: set[str] = field(default_factory=set)
    ids: list[tuple[str, str]] = field(default_factory=list)  # (where, article id), in order
    warnings: list[tuple[type[Warning], str]] = field(default_factory=list)
    read_error: str | None = None
    extraction_error: str | None = None

    @property
    def failed(self) -> bool:
        return self.read_error is not None or self.extraction_error is not None


class _Abandoned(Exception):
    """Raised inside the write of a partition's file to leave no file: it failed."""


def extract_partition(partition: Partition, folder: str, extractor: str) -> PartitionResult:
    """Extract a partition's articles (facts given with their text afresh, as ``kg
    extract`` does) and write their facts, in order, to ``folder/partition.file_name``,
    atomically: a partition that fails leaves no file.

    After an extraction error the partition is still read to its end, since a reading
    error after it would come first in one process.
    """
    result = PartitionResult(partition.index)
    with _WARNINGS_LOCK, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")  # each article's warning, not the first of a kind
        try:
            with atomic_write(Path(folder) / partition.file_name) as out:
                for where, item in iter_partition(partition):
                    facts = _extracted(item, where, extractor, result)
                    if facts is not None:
                        out.write(facts_line(facts))
                        _count(result, facts)
                if result.failed:
                    raise _Abandoned
        except FactsError as err:
            result.read_error = str(err)
        except _Abandoned:
            pass
        except OSError as err:  # the folder is not there for this worker, or not writable, or full
            hint = "; every worker must see the output folder's parent at the same path" \
                if err.errno == errno.ENOENT else ""
            result.read_error = f"{Path(folder) / partition.file_name}: cannot write ({err.strerror}){hint}"
        result.warnings = [(_portable(w.category), str(w.message)) for w in caught]
    return result


def _extracted(item: Input, where: str, extractor: str, result: PartitionResult) -> NewsFacts | None:
    """The facts of one input (None once extraction has failed), its id noted in ``result``."""
    result.ids.append((where, item.id if isinstance(item, Article) else item.article.id))
    if isinstance(item, NewsFacts) and item.article.text:
        item = item.article  # facts given with their article's text are extracted afresh
    if result.extraction_error is not None:
        return None
    if isinstance(item, NewsFacts):
        return item
    try:
        return extract_article(item, extractor)
    except KGError as err:
        result.extraction_error = str(err)
        return None


def _portable(category: type[Warning]) -> type[Warning]:
    """A warning's class as the client can unpickle it: Python's own and the project's
    as they are, any other (a package only the workers have) as a UserWarning."""
    return category if category.__module__ in ("builtins", "kg.errors") else UserWarning


def _count(result: PartitionResult, facts: NewsFacts) -> None:
    result.articles += 1
    result.events += len(facts.events)
    result.documents += len(facts.documents)
    result.states.update(s.iso3 for s in facts.states)
