"""A date's precision.

A cable whose text has no date (the release's partial extracts) is dated by the year of
its id: `sent_at` is 1 January of it, 00:00 UTC, and `date_precision` is "year". The
cables stored before get that date here, unless a curator set their date. The facet
sample copies the precision too (search filters by it), so its trigger is redefined
(docs/database.md).
"""

from django.db import migrations, models

COLUMNS = "id, published, sent_at, date_precision, origin, classification, handling, tag_codes, search_vector"
OLD_COLUMNS = "id, published, sent_at, origin, classification, handling, tag_codes, search_vector"


def sample_trigger(columns: str, precision: bool) -> str:
    """The cables_cable_sampled function and its update trigger, with or without the
    precision (0016 made them without)."""
    new_precision = "NEW.date_precision, " if precision else ""
    set_precision = "date_precision = EXCLUDED.date_precision, " if precision else ""
    old_watched = "OLD.date_precision, " if precision else ""
    new_watched = "NEW.date_precision, " if precision else ""
    return f"""
CREATE OR REPLACE FUNCTION cables_cable_sampled() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM cables_cablesample WHERE id = OLD.id;
        RETURN NULL;
    END IF;
    INSERT INTO cables_cablesample ({columns})
    VALUES (NEW.id, NEW.published, NEW.sent_at, {new_precision}NEW.origin, NEW.classification,
            NEW.handling, NEW.tag_codes, NEW.search_vector)
    ON CONFLICT (id) DO UPDATE SET
        published = EXCLUDED.published, sent_at = EXCLUDED.sent_at,
        {set_precision}origin = EXCLUDED.origin, classification = EXCLUDED.classification,
        handling = EXCLUDED.handling, tag_codes = EXCLUDED.tag_codes,
        search_vector = EXCLUDED.search_vector;
    RETURN NULL;
END;
$$;

DROP TRIGGER cables_cable_sampled_updated ON cables_cable;
CREATE TRIGGER cables_cable_sampled_updated
AFTER UPDATE ON cables_cable
FOR EACH ROW WHEN (
    NEW.id % 16 = 0
    AND (OLD.published, OLD.sent_at, {old_watched}OLD.origin, OLD.classification, OLD.handling,
         OLD.tag_codes, OLD.search_vector)
        IS DISTINCT FROM
        (NEW.published, NEW.sent_at, {new_watched}NEW.origin, NEW.classification, NEW.handling,
         NEW.tag_codes, NEW.search_vector)
) EXECUTE FUNCTION cables_cable_sampled();
"""


# The id's two-digit year, as cables.parsing.dates.two_digit_year reads it (1966 to 2010).
YEAR_OF_ID = (
    "CASE WHEN left(reference_id, 2)::int < 50 THEN 2000 ELSE 1900 END + left(reference_id, 2)::int"
)

DATE_BY_YEAR = f"""
UPDATE cables_cable
SET sent_at = make_timestamptz({YEAR_OF_ID}, 1, 1, 0, 0, 0, 'UTC'), date_precision = 'year'
WHERE sent_at IS NULL
  AND reference_id ~ '^[0-9]{{2}}[A-Z]'
  AND NOT ('sent_at' = ANY(curated_fields));
"""

UNDATE = """
UPDATE cables_cable SET sent_at = NULL, date_precision = 'full'
WHERE date_precision = 'year' AND NOT ('sent_at' = ANY(curated_fields));
"""


class Migration(migrations.Migration):

    dependencies = [
        ('cables', '0023_classification_labels_as_written'),
    ]

    operations = [
        migrations.AddField(
            model_name='cable',
            name='date_precision',
            field=models.CharField(choices=[('full', 'full date'), ('year', 'year only')], default='full', help_text='Year only: the text gives no date, and the date is 1 January of the year in its id. Entering a date makes it a full date.', max_length=4),
        ),
        migrations.AddField(
            model_name='historicalcable',
            name='date_precision',
            field=models.CharField(choices=[('full', 'full date'), ('year', 'year only')], default='full', help_text='Year only: the text gives no date, and the date is 1 January of the year in its id. Entering a date makes it a full date.', max_length=4),
        ),
        migrations.AddField(
            model_name='cablesample',
            name='date_precision',
            field=models.CharField(default='full', max_length=4),
            preserve_default=False,
        ),
        migrations.RunSQL(sample_trigger(COLUMNS, True), sample_trigger(OLD_COLUMNS, False)),
        # After the trigger, so the sampled cables' copies get the new dates too.
        migrations.RunSQL(DATE_BY_YEAR, UNDATE),
    ]
