"""`manage.py audit_tags`: the stored tag codes the glossary does not define."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from cables.curation.audit import tags_outside_the_glossary


class Command(BaseCommand):
    help = (
        "List every stored tag code that is not in the TAGS glossary (person tags aside), "
        "with its number of cables and an example cable, the most used first."
    )

    def handle(self, *args, **options):
        unknown = tags_outside_the_glossary()
        if not unknown:
            self.stdout.write("Every stored tag code is in the glossary.")
            return
        self.stdout.write(f"{'code':<24} {'cables':>7}  example")
        for tag in unknown:
            note = f"  ({tag.known_as})" if tag.known_as else ""
            self.stdout.write(f"{tag.code:<24} {tag.cables:>7}  {tag.example}{note}")
        self.stdout.write(f"{len(unknown)} codes not in the glossary.")
