"""A cable's original text is stored out of line without compression.

PostgreSQL's own compression (pglz) was a tenth of the database's work at ingest, to
save about 1.4 KB of a 4 KB text; the cable page reads the text back without undoing
it. Rows stored before keep their compressed values until rewritten.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("cables", "0019_drop_cable_body")]

    operations = [
        migrations.RunSQL(
            "ALTER TABLE cables_cable ALTER COLUMN original_text SET STORAGE EXTERNAL",
            "ALTER TABLE cables_cable ALTER COLUMN original_text SET STORAGE EXTENDED",
        )
    ]
