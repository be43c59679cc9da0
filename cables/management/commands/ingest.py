"""`manage.py ingest PATH [PATH ...]`: load cables from files, folders, web pages and cables.csv.

The command reads its arguments, shows progress and failures, and sets the exit
status; `cables.ingest.run` does the work. Rerunning it is safe: unchanged cables
are skipped.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO, cast

from django.core.management.base import BaseCommand, CommandError
from django.template.defaultfilters import pluralize

from cables import ingest
from cables.ingest.sources import count_documents_hint

PROGRESS_EVERY_SECONDS = 10


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
        with self._progress(count_documents_hint(paths), no_progress) as tick:
            outcome = ingest.run(
                paths,
                workers=workers,
                batch_size=batch_size,
                stdin=sys.stdin.buffer if "-" in paths else None,
                observer=ingest.Observer(
                    failed=lambda f: self.stderr.write(
                        self.style.ERROR(f"FAILED {f.name}: {f.reason}")
                    ),
                    read=tick,
                    notice=self._notice,
                ),
            )
        if outcome.merged_people and self.verbosity >= 2:
            self.stdout.write(
                f"{outcome.merged_people} surname-only people merged into their full names"
            )
        run = outcome.run
        summary = (
            f"{run.new} new, {run.updated} updated, {run.unchanged} unchanged, "
            f"{run.failed} failed ({outcome.documents} document{pluralize(outcome.documents)} "
            f"in {outcome.seconds:.1f} s, {outcome.rate:.0f} cables/s)"
        )
        if run.failed:
            self.stderr.write(self.style.WARNING(summary))
            raise CommandError(
                f"{run.failed} document{pluralize(run.failed)} failed (listed above).",
                returncode=1,
            )
        self.stdout.write(self.style.SUCCESS(summary))

    def _notice(self, message: str) -> None:
        if self.verbosity >= 1:
            self.stdout.write(message)

    @contextmanager
    def _progress(self, total: int | None, plain: bool) -> Iterator[Callable[[int], None]]:
        if self.verbosity < 1:
            yield lambda seen: None
            return
        if self.stderr.isatty() and not plain:
            from tqdm import tqdm

            # The wrapped stream itself: OutputWrapper would end each redraw with a newline.
            stream = cast(TextIO, self.stderr._out)
            with tqdm(total=total, unit="cable", file=stream) as bar:

                def advance(seen: int) -> None:
                    bar.update(1)

                yield advance
            return
        last = [time.monotonic()]

        def tick(seen: int) -> None:
            if time.monotonic() - last[0] >= PROGRESS_EVERY_SECONDS:
                last[0] = time.monotonic()
                self.stdout.write(f"{seen} documents read…")

        yield tick
