"""`Cable.tag_codes` holds one code a line: a tag such as `OVIP (WHITCOMBE, PAUL H.)`
holds spaces, and splitting the old space-separated text cut it into four.

The codes are written anew from the cables' tags, in order. The vectors' trigger is
off meanwhile: `to_tsvector` reads the same words whatever separates them, so
recomputing every cable's vectors would change nothing and take minutes at full size.
"""

from django.db import migrations

REWRITE = """
ALTER TABLE cables_cable DISABLE TRIGGER cables_cable_vectors;
UPDATE cables_cable AS cable SET tag_codes = coded.codes
FROM (
    SELECT link.cable_id, string_agg(tag.code, {separator} ORDER BY link.position, link.id) AS codes
    FROM cables_cabletag AS link JOIN cables_tag AS tag ON tag.id = link.tag_id
    GROUP BY link.cable_id
) AS coded
WHERE coded.cable_id = cable.id AND cable.tag_codes IS DISTINCT FROM coded.codes;
ALTER TABLE cables_cable ENABLE TRIGGER cables_cable_vectors;
"""


class Migration(migrations.Migration):
    dependencies = [("cables", "0021_lexicon_in_parallel")]

    operations = [
        # E'\n' is models.TAG_SEPARATOR and ' ' the one before it, written out rather than
        # imported: this rewrite is to one code a line, whatever the separator becomes.
        migrations.RunSQL(
            REWRITE.format(separator="E'\\n'"), REWRITE.format(separator="' '")
        ),
    ]
