"""Load the demo corpus into an empty database (used by `make run`)."""

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Generate and ingest a demo corpus when the database holds no cables."

    def add_arguments(self, parser):
        parser.add_argument("--cables", type=int, default=3000, help="How many demo cables.")

    def handle(self, *args, **options):
        self.stdout.write("No demo corpus yet: the ingest command is not built.")
