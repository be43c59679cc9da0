"""The origin filter's partial names through a trigram index; the heading vector kept
in the row.

Ranking a broad search reads the heading vector of every heading match. Stored the
default way (EXTENDED) it was often moved to the TOAST table with the large texts, so
each match cost three more page reads. MAIN keeps it in the row (compressed if
need be). Rows already stored keep their vectors where they are until rewritten.
"""

import django.contrib.postgres.indexes
import django.db.models.functions.text
from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('cables', '0013_facet_sample_search_index'),
    ]

    operations = [
        migrations.RunSQL(
            "ALTER TABLE cables_cable ALTER COLUMN head_vector SET STORAGE MAIN",
            "ALTER TABLE cables_cable ALTER COLUMN head_vector SET STORAGE EXTENDED",
        ),
        migrations.AddIndex(
            model_name='cable',
            index=django.contrib.postgres.indexes.GinIndex(django.contrib.postgres.indexes.OpClass(django.db.models.functions.text.Upper('origin'), name='gin_trgm_ops'), name='cable_origin_trgm'),
        ),
    ]
