"""One ingest run, start to finish: what `manage.py ingest` does, callable from code.

    documents -> (worker pool) prepare -> Loader -> ANALYZE -> surname merge
              -> spelling lexicon -> IngestRun record

The caller decides how to show progress and failures (the command writes them to a
terminal); this module decides what happens to the corpus.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing import get_context
from typing import BinaryIO

from django.db import connection
from django.utils import timezone

from cables import search
from cables.curation import merge_people_known_by_surname
from cables.ingest import first_load
from cables.ingest.loader import Loader
from cables.ingest.prepare import Failure, PreparedCable, prepare
from cables.ingest.sources import Document, SourceError, iter_documents
from cables.models import (
    Cable,
    CableTag,
    Entity,
    IngestRun,
    Mention,
    Paragraph,
    Reference,
)

# An IngestRun keeps this many failures in full; the count is always exact.
STORED_FAILURES = 10_000
# Documents handed to the parsing workers and not yet stored.
MAX_IN_FLIGHT = 1000


@dataclass
class Observer:
    """What the caller hears about while the run goes on; by default, nothing."""

    failed: Callable[[Failure], None] = lambda failure: None
    read: Callable[[int], None] = lambda documents_so_far: None
    notice: Callable[[str], None] = lambda message: None


@dataclass
class Outcome:
    run: IngestRun
    documents: int
    seconds: float
    merged_people: int = 0
    failures: list[Failure] = field(default_factory=list)

    @property
    def rate(self) -> float:
        """Documents per second over the whole run: the rate a user gets."""
        return self.documents / self.seconds if self.seconds > 0 else 0.0


def run(
    paths: Sequence[str],
    *,
    workers: int = 1,
    batch_size: int = 500,
    stdin: BinaryIO | None = None,
    observer: Observer | None = None,
) -> Outcome:
    """Load the documents under `paths` (`-` reads `stdin`); safe to rerun.

    Every bad document is reported to `observer.failed` and recorded in the run's
    IngestRun; the good ones are stored regardless.
    """
    observer = observer or Observer()
    record = IngestRun.objects.create(arguments=" ".join(paths))
    loader = Loader(batch_size=batch_size)
    started = time.monotonic()
    seen = 0
    documents = iter_documents(paths, stdin=stdin)
    with _fewer_garbage_collections(), first_load.without_slow_indexes() as first:
        if first:
            observer.notice(
                "The corpus is empty: its full-text indexes and foreign keys are made "
                "once, at the end."
            )
        for result in _prepared(documents, workers):
            seen += 1
            if isinstance(result, PreparedCable):
                loader.add(result)
            else:
                loader.counts.failures.append(result)
                observer.failed(result)
            observer.read(seen)
        loader.flush()
        loaded = time.monotonic()
    if first:
        observer.notice(f"Indexes and foreign keys made in {time.monotonic() - loaded:.1f} s.")
    # Refused by the database only when its batch was stored: reported after the others.
    for failure in loader.counts.failures:
        if failure.reason.startswith("database refused"):
            observer.failed(failure)
    counts = loader.counts
    merged = _settle(changed=bool(counts.new or counts.updated))
    record.new, record.updated, record.unchanged = counts.new, counts.updated, counts.unchanged
    record.failed = len(counts.failures)
    record.failures = [
        {"document": f.name, "reason": f.reason} for f in counts.failures[:STORED_FAILURES]
    ]
    record.finished_at = timezone.now()
    record.save()
    return Outcome(
        run=record,
        documents=seen,
        seconds=time.monotonic() - started,
        merged_people=merged,
        failures=counts.failures,
    )


def _settle(*, changed: bool) -> int:
    """Bring what depends on the whole corpus up to date; the number of people merged."""
    if not changed:
        return 0
    # Statistics for the corpus as it is now, before anything queries it: the surname
    # merge's updates and the planner's choices for search (how common a tag or a
    # word is) depend on them, and autovacuum may be late.
    tables = ", ".join(
        connection.ops.quote_name(model._meta.db_table)
        for model in (Cable, Paragraph, CableTag, Reference, Entity, Mention)
    )
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {tables}")
    merged = merge_people_known_by_surname()
    search.refresh_lexicon()
    return merged


def _prepared(documents: Iterable, workers: int) -> Iterator[PreparedCable | Failure]:
    if workers == 1:
        yield from map(_prepare_or_fail, documents)
        return
    # The workers parse faster than one connection stores: without a bound, parsed
    # cables would pile up in memory while the database catches up.
    in_flight = threading.BoundedSemaphore(MAX_IN_FLIGHT)

    def throttled(items: Iterable) -> Iterator:
        for item in items:
            in_flight.acquire()  # in the pool's feeder thread, not this one
            yield item

    with get_context("fork").Pool(workers) as pool:
        for result in pool.imap(_prepare_or_fail, throttled(documents), chunksize=8):
            in_flight.release()
            yield result


@contextmanager
def _fewer_garbage_collections() -> Iterator[None]:
    """Spare the ingest most of Python's garbage collection: a sixth of the main process's
    CPU went to it. What is loaded already (Django, the entity word lists) lives until
    the end: frozen, the collector's passes skip it, and forked workers share its pages.
    Parsing and storing make many short-lived containers: collected in larger rounds."""
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(50_000, 50, 50)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def _prepare_or_fail(item: Document | SourceError) -> PreparedCable | Failure:
    if isinstance(item, SourceError):
        return Failure(item.name, item.reason)
    return prepare(item)
