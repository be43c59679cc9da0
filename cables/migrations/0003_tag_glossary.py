"""Load the TAGS glossary (cables/data/tags.tsv): definitions and kinds of the codes.

Curators may edit definitions later; rerunning this only fills in what is empty.
"""

import csv
from pathlib import Path

from django.db import migrations

GLOSSARY = Path(__file__).resolve().parent.parent / "data" / "tags.tsv"


def load_glossary(apps, schema_editor):
    Tag = apps.get_model("cables", "Tag")
    with open(GLOSSARY, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    existing = {tag.code: tag for tag in Tag.objects.filter(code__in=[r["code"] for r in rows])}
    for row in rows:
        tag = existing.get(row["code"])
        if tag is None:
            Tag.objects.create(code=row["code"], kind=row["kind"], definition=row["definition"])
        elif not tag.definition:
            tag.kind, tag.definition = row["kind"], row["definition"]
            tag.save(update_fields=["kind", "definition"])


class Migration(migrations.Migration):
    dependencies = [("cables", "0002_corpus")]
    operations = [migrations.RunPython(load_glossary, migrations.RunPython.noop)]
