"""Every distinct text of a cable is kept as a version (CableVersion).

Each cable already loaded gets its first version: its text as ingested (a redacted
cable's from its unredacted copy, as redactions are applied when a version is shown),
its source, and the time it was first loaded. One INSERT ... SELECT.
"""

import django.core.serializers.json
import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models

FIRST_VERSIONS = """
INSERT INTO cables_cableversion (cable_id, number, content_hash, original_text, source_name,
                                 source_row, source_metadata, first_loaded_at)
SELECT c.id, 1, c.content_hash, COALESCE(u.fields ->> 'original_text', c.original_text),
       c.source_name, c.source_row, '{}'::jsonb, c.created_at
FROM cables_cable AS c
LEFT JOIN cables_unredactedcable AS u ON u.cable_id = c.id
"""


class Migration(migrations.Migration):
    dependencies = [
        ("cables", "0026_search_text_splits_glued_words"),
    ]

    operations = [
        migrations.CreateModel(
            name="CableVersion",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("number", models.PositiveIntegerField()),
                ("content_hash", models.CharField(max_length=64)),
                ("original_text", models.TextField()),
                ("source_name", models.CharField(blank=True, max_length=500)),
                ("source_row", models.PositiveIntegerField(blank=True, null=True)),
                (
                    "source_metadata",
                    models.JSONField(
                        blank=True,
                        default=dict,
                        encoder=django.core.serializers.json.DjangoJSONEncoder,
                    ),
                ),
                ("first_loaded_at", models.DateTimeField(default=django.utils.timezone.now)),
                (
                    "cable",
                    models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="versions",
                        to="cables.cable",
                    ),
                ),
            ],
            options={
                "ordering": ["cable", "-number"],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("cable", "content_hash"), name="version_text_unique"
                    ),
                    models.UniqueConstraint(
                        fields=("cable", "number"), name="version_number_unique"
                    ),
                ],
            },
        ),
        migrations.RunSQL(FIRST_VERSIONS, migrations.RunSQL.noop),
    ]
