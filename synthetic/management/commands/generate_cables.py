"""`manage.py generate_cables N --out DIR`: write N synthetic cables for demos and benchmarks.

The cables are our own text in the release's layout, one file per cable at
DIR/<year>/<reference id>.txt, ready for `manage.py ingest DIR`. The same N
and --seed always give byte-identical files. The work is done by
`synthetic.generate`; this command checks the arguments and reports.
"""

import os
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from synthetic.generate import write_cables


class Command(BaseCommand):
    help = (
        "Write N synthetic cables (routing header, classification, TAGS, SUBJECT, REF, "
        "numbered paragraphs) as DIR/<year>/<reference id>.txt. Same N and seed, same files."
    )

    def add_arguments(self, parser):
        parser.add_argument("count", type=int, metavar="N", help="How many cables to write.")
        parser.add_argument(
            "--out", required=True, help="Directory to write into (created if missing)."
        )
        parser.add_argument(
            "--seed", type=int, default=1, help="Random seed; the same seed gives the same files."
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=min(2, os.cpu_count() or 1),
            help="Processes that write cables (does not change the output). Default: up to 2.",
        )

    def handle(self, *args, count, out, seed, workers, **options):
        if count < 1:
            raise CommandError("N must be at least 1.")
        if workers < 1:
            raise CommandError("--workers must be at least 1.")
        out_dir = Path(out)
        if out_dir.exists() and not out_dir.is_dir():
            raise CommandError(f"--out {out} exists and is not a directory.")
        verbosity = options["verbosity"]
        started = time.monotonic()

        def progress(done: int, total: int) -> None:
            if verbosity >= 2:
                self.stdout.write(f"  {done:,} of {total:,} cables written")

        try:
            result = write_cables(count, out_dir, seed=seed, workers=workers, progress=progress)
        except OSError as error:
            raise CommandError(f"Cannot write to {out}: {error}") from error
        if verbosity >= 1:
            seconds = time.monotonic() - started
            megabytes = result.total_bytes / 1_000_000
            self.stdout.write(
                self.style.SUCCESS(
                    f"Wrote {result.count:,} cables ({megabytes:,.1f} MB) to {out_dir} "
                    f"in {seconds:.1f} s (seed {seed})."
                )
            )
