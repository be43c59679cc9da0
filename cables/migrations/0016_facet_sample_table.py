"""The facet sample in a table of its own, kept by triggers on the cables table.

Until now the sample was the cables whose id is a multiple of 16, found by partial
indexes on the cables table; each lay on a page of its own, and reading those pages
was most of a broad search's facets. 16 is models.FACET_SAMPLE, frozen here.
"""

import django.contrib.postgres.fields
import django.contrib.postgres.indexes
import django.contrib.postgres.search
from django.db import migrations, models

COLUMNS = "id, published, sent_at, origin, classification, handling, tag_codes, search_vector"

CREATE = f"""
CREATE FUNCTION cables_cable_sampled() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM cables_cablesample WHERE id = OLD.id;
        RETURN NULL;
    END IF;
    INSERT INTO cables_cablesample ({COLUMNS})
    VALUES (NEW.id, NEW.published, NEW.sent_at, NEW.origin, NEW.classification,
            NEW.handling, NEW.tag_codes, NEW.search_vector)
    ON CONFLICT (id) DO UPDATE SET
        published = EXCLUDED.published, sent_at = EXCLUDED.sent_at,
        origin = EXCLUDED.origin, classification = EXCLUDED.classification,
        handling = EXCLUDED.handling, tag_codes = EXCLUDED.tag_codes,
        search_vector = EXCLUDED.search_vector;
    RETURN NULL;
END;
$$;

-- The conditions run without calling the function: the other cables cost nothing.
CREATE TRIGGER cables_cable_sampled_inserted
AFTER INSERT ON cables_cable
FOR EACH ROW WHEN (NEW.id % 16 = 0) EXECUTE FUNCTION cables_cable_sampled();
CREATE TRIGGER cables_cable_sampled_updated
AFTER UPDATE ON cables_cable
FOR EACH ROW WHEN (
    NEW.id % 16 = 0
    AND (OLD.published, OLD.sent_at, OLD.origin, OLD.classification, OLD.handling,
         OLD.tag_codes, OLD.search_vector)
        IS DISTINCT FROM
        (NEW.published, NEW.sent_at, NEW.origin, NEW.classification, NEW.handling,
         NEW.tag_codes, NEW.search_vector)
) EXECUTE FUNCTION cables_cable_sampled();
CREATE TRIGGER cables_cable_sampled_deleted
AFTER DELETE ON cables_cable
FOR EACH ROW WHEN (OLD.id % 16 = 0) EXECUTE FUNCTION cables_cable_sampled();

INSERT INTO cables_cablesample ({COLUMNS})
SELECT {COLUMNS} FROM cables_cable WHERE id % 16 = 0;
"""

DROP = """
DROP TRIGGER cables_cable_sampled_inserted ON cables_cable;
DROP TRIGGER cables_cable_sampled_updated ON cables_cable;
DROP TRIGGER cables_cable_sampled_deleted ON cables_cable;
DROP FUNCTION cables_cable_sampled();
DELETE FROM cables_cablesample;
"""


class Migration(migrations.Migration):

    dependencies = [
        ('cables', '0015_title_vector_index'),
    ]

    operations = [
        migrations.CreateModel(
            name='CableSample',
            fields=[
                ('id', models.BigIntegerField(primary_key=True, serialize=False)),
                ('published', models.BooleanField()),
                ('sent_at', models.DateTimeField(null=True)),
                ('origin', models.CharField(max_length=120)),
                ('classification', models.CharField(max_length=40)),
                ('handling', django.contrib.postgres.fields.ArrayField(base_field=models.CharField(max_length=40), size=None)),
                ('tag_codes', models.TextField()),
                ('search_vector', django.contrib.postgres.search.SearchVectorField(null=True)),
            ],
        ),
        migrations.RemoveIndex(
            model_name='cable',
            name='cable_facet_sample_idx',
        ),
        migrations.RemoveIndex(
            model_name='cable',
            name='cable_sample_search_gin',
        ),
        migrations.AddIndex(
            model_name='cablesample',
            index=django.contrib.postgres.indexes.GinIndex(fields=['search_vector'], name='sample_search_vector_gin'),
        ),
        migrations.RunSQL(CREATE, DROP),
    ]
