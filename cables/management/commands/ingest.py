"""`manage.py ingest PATH [PATH ...]`: load cables from files, folders, web pages and cables.csv.

The command coordinates: `cables.ingest.sources` finds the documents, `cables.ingest`
parses and stores them. Rerunning it is safe: unchanged cables are skipped.
"""

from __future__ import annotations

import gc
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from multiprocessing import get_context
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.template.defaultfilters import pluralize
from django.utils import timezone

from cables import search
from cables.curation import merge_people_known_by_surname
from cables.ingest import first_load
from cables.ingest.loader import Loader
from cables.ingest.prepare import Failure, PreparedCable, prepare
from cables.ingest.sources import Document, SourceError, count_documents_hint, iter_documents
from cables.models import IngestRun

# An IngestRun keeps this many failures in full; the count is always exact.
STORED_FAILURES = 10_000
PROGRESS_EVERY_SECONDS = 10
# Documents handed to the parsing workers and not yet stored.
MAX_IN_FLIGHT = 1000


class Command(BaseCommand):
    help = (
        "Load cables from text files (any extension), folders (recursively), the release's "
        ".html cable pages, its cables.csv, gzip-compressed versions of these, or - for "
        "standard input. Unchanged cables are skipped; changed ones are replaced; bad "
        "documents are reported by name and reason, and the exit status is 1 if any failed."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="File, folder or -.")
        parser.add_argument(
            "--workers",
            type=int,
            default=1,
            help="Processes that parse in parallel (default 1: parse in this process).",
        )
        parser.add_argument(
            "--batch-size", type=int, default=500, help="Cables stored per transaction."
        )
        parser.add_argument(
            "--no-progress", action="store_true", help="Plain progress lines even on a terminal."
        )

    def handle(self, *args, paths, workers, batch_size, no_progress, **options):
        if workers < 1:
            raise CommandError("--workers must be at least 1.")
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1.")
        missing = [path for path in paths if path != "-" and not Path(path).exists()]
        if missing:
            raise CommandError(f"No such file or folder: {', '.join(missing)}")

        self.verbosity = options["verbosity"]
        run = IngestRun.objects.create(arguments=" ".join(paths))
        loader = Loader(batch_size=batch_size)
        started = time.monotonic()
        seen = 0
        documents = iter_documents(paths, stdin=sys.stdin.buffer if "-" in paths else None)
        with _fewer_garbage_collections(), first_load.without_slow_indexes() as first:
            if first and self.verbosity >= 1:
                self.stdout.write(
                    "The corpus is empty: its full-text indexes and foreign keys are made "
                    "once, at the end."
                )
            with self._progress(count_documents_hint(paths), no_progress) as tick:
                for result in self._prepared(documents, workers):
                    seen += 1
                    if isinstance(result, PreparedCable):
                        loader.add(result)
                    else:
                        loader.counts.failures.append(result)
                        self._report_failure(result)
                    tick(seen)
                loader.flush()
            loaded = time.monotonic()
        if first and self.verbosity >= 1:
            self.stdout.write(
                f"Indexes and foreign keys made in {time.monotonic() - loaded:.1f} s."
            )
        for failure in loader.counts.failures:
            if failure.reason.startswith("database refused"):
                self._report_failure(failure)
        self._finish(run, loader, seen, started)

    def _prepared(self, documents: Iterable, workers: int) -> Iterator[PreparedCable | Failure]:
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

    def _report_failure(self, failure: Failure) -> None:
        self.stderr.write(self.style.ERROR(f"FAILED {failure.name}: {failure.reason}"))

    @contextmanager
    def _progress(self, total: int | None, plain: bool):
        if self.verbosity < 1:
            yield lambda seen: None
            return
        if self.stderr.isatty() and not plain:
            from tqdm import tqdm

            with tqdm(total=total, unit="cable", file=self.stderr._out) as bar:
                yield lambda seen: bar.update(1)
            return
        last = [time.monotonic()]

        def tick(seen: int) -> None:
            if time.monotonic() - last[0] >= PROGRESS_EVERY_SECONDS:
                last[0] = time.monotonic()
                self.stdout.write(f"{seen} documents read…")

        yield tick

    def _finish(self, run: IngestRun, loader: Loader, seen: int, started: float) -> None:
        counts = loader.counts
        if counts.new or counts.updated:
            # Statistics for the corpus as it is now, before anything queries it: the
            # surname merge's updates and the planner's choices for search (how common
            # a tag or a word is) depend on them, and autovacuum may be late.
            with connection.cursor() as cursor:
                cursor.execute(
                    "ANALYZE cables_cable, cables_paragraph, cables_cabletag, "
                    "cables_reference, cables_entity, cables_mention"
                )
            merged = merge_people_known_by_surname()
            if merged and self.verbosity >= 2:
                self.stdout.write(f"{merged} surname-only people merged into their full names")
            search.refresh_lexicon()
        run.new, run.updated, run.unchanged = counts.new, counts.updated, counts.unchanged
        run.failed = len(counts.failures)
        run.failures = [
            {"document": f.name, "reason": f.reason} for f in counts.failures[:STORED_FAILURES]
        ]
        run.finished_at = timezone.now()
        run.save()
        seconds = time.monotonic() - started  # all of it: the rate a user gets
        rate = seen / seconds if seconds > 0 else 0.0
        summary = (
            f"{counts.new} new, {counts.updated} updated, {counts.unchanged} unchanged, "
            f"{run.failed} failed ({seen} document{pluralize(seen)} in {seconds:.1f} s, "
            f"{rate:.0f} cables/s)"
        )
        if run.failed:
            self.stderr.write(self.style.WARNING(summary))
            raise CommandError(
                f"{run.failed} document{pluralize(run.failed)} failed (listed above).",
                returncode=1,
            )
        self.stdout.write(self.style.SUCCESS(summary))


@contextmanager
def _fewer_garbage_collections():
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
