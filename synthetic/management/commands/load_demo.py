"""`manage.py load_demo`: give an empty portal a generated demo corpus (used by `make run`).

Does nothing when the database already holds cables, so `make run` can call it
every time.
"""

from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from cables.models import Cable

DEMO_SEED = 2010


class Command(BaseCommand):
    help = "Generate and ingest a demo corpus of synthetic cables when the database has none."

    def add_arguments(self, parser):
        parser.add_argument("--cables", type=int, default=3000, help="How many demo cables.")
        parser.add_argument(
            "--out",
            default=str(Path(settings.BASE_DIR) / "demo-corpus"),
            help="Where the generated cable files go.",
        )

    def handle(self, *args, cables, out, **options):
        if cables < 1:
            raise CommandError("--cables must be at least 1.")
        existing = Cable.objects.count()
        if existing:
            self.stdout.write(f"The database holds {existing} cables: no demo corpus needed.")
            return
        self.stdout.write(f"Loading a demo corpus of {cables} generated cables…")
        call_command("generate_cables", cables, out=out, seed=DEMO_SEED, verbosity=0)
        call_command("ingest", out, workers=2, no_progress=True, stdout=self.stdout)
