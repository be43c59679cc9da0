"""A cable's search vectors kept by triggers, its body part joined from its paragraphs.

Until now both were generated columns, and the whole-cable vector analysed the body
with `to_tsvector` although every paragraph already had its own vector of the same
text: at ingest that second analysis was the largest single cost. Now one function
computes both vectors from the cable's heading fields and its paragraphs' vectors,
on every insert or update of the cable that changes what they are made of, and
statement-level triggers on the paragraphs ask for it again when those change.

`DROP EXPRESSION` keeps the values and the indexes: existing rows stay searchable.
"""

import django.contrib.postgres.search
from django.db import migrations

# 'simple' and 'english' are models.LITERAL_CONFIG and TEXT_CONFIG, and the weights
# A to D those that models.TitleVector and search.relevance read, written out rather
# than imported: the function is what this migration made when it ran, and a change
# to those takes a new migration that redefines it (docs/database.md).
CREATE = """
CREATE AGGREGATE cables_tsvector_agg(tsvector) (
    SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = ''
);

ALTER TABLE cables_cable ALTER COLUMN search_vector DROP EXPRESSION;
ALTER TABLE cables_cable ALTER COLUMN head_vector DROP EXPRESSION;

-- Ids and tags matched literally (country tags such as IN or IS are English stop
-- words), subject and summary stemmed; then the origin; then the paragraphs.
CREATE FUNCTION cables_cable_vectors() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE'
       AND NEW.search_vector IS NOT NULL
       AND NEW.search_vector IS NOT DISTINCT FROM OLD.search_vector
       AND (NEW.reference_id, NEW.tag_codes, NEW.subject, NEW.summary, NEW.origin)
           IS NOT DISTINCT FROM
           (OLD.reference_id, OLD.tag_codes, OLD.subject, OLD.summary, OLD.origin)
    THEN
        RETURN NEW;  -- nothing the vectors are made of changed (say, `published`)
    END IF;
    NEW.head_vector :=
        setweight(to_tsvector('simple', coalesce(NEW.reference_id, '')), 'A')
        || setweight(to_tsvector('simple', coalesce(NEW.tag_codes, '')), 'A')
        || setweight(to_tsvector('english', coalesce(NEW.subject, '')), 'A')
        || setweight(to_tsvector('english', coalesce(NEW.summary, '')), 'B');
    NEW.search_vector :=
        NEW.head_vector
        || setweight(to_tsvector('simple', coalesce(NEW.origin, '')), 'C')
        || setweight(coalesce((
            SELECT cables_tsvector_agg(paragraph.search_vector ORDER BY paragraph.position)
            FROM cables_paragraph AS paragraph
            WHERE paragraph.cable_id = NEW.id
        ), ''), 'D');
    RETURN NEW;
END;
$$;

CREATE TRIGGER cables_cable_vectors
BEFORE INSERT OR UPDATE ON cables_cable
FOR EACH ROW EXECUTE FUNCTION cables_cable_vectors();

-- Setting the vector to NULL asks the row trigger above to compute it again. The
-- loader stores paragraphs before their cable, so during an ingest this finds no row.
CREATE FUNCTION cables_paragraphs_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE cables_cable SET search_vector = NULL
    WHERE id IN (SELECT cable_id FROM changed_paragraphs);
    RETURN NULL;
END;
$$;

CREATE TRIGGER cables_paragraph_inserted
AFTER INSERT ON cables_paragraph REFERENCING NEW TABLE AS changed_paragraphs
FOR EACH STATEMENT EXECUTE FUNCTION cables_paragraphs_changed();
CREATE TRIGGER cables_paragraph_updated
AFTER UPDATE ON cables_paragraph REFERENCING NEW TABLE AS changed_paragraphs
FOR EACH STATEMENT EXECUTE FUNCTION cables_paragraphs_changed();
CREATE TRIGGER cables_paragraph_deleted
AFTER DELETE ON cables_paragraph REFERENCING OLD TABLE AS changed_paragraphs
FOR EACH STATEMENT EXECUTE FUNCTION cables_paragraphs_changed();
"""

DROP = """
DROP TRIGGER cables_paragraph_inserted ON cables_paragraph;
DROP TRIGGER cables_paragraph_updated ON cables_paragraph;
DROP TRIGGER cables_paragraph_deleted ON cables_paragraph;
DROP FUNCTION cables_paragraphs_changed();
DROP TRIGGER cables_cable_vectors ON cables_cable;
DROP FUNCTION cables_cable_vectors();
DROP AGGREGATE cables_tsvector_agg(tsvector);
"""


class Migration(migrations.Migration):
    dependencies = [("cables", "0010_corpus_version")]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                # Going back drops the triggers; the columns stay, no longer kept.
                migrations.RunSQL(CREATE, DROP),
            ],
            state_operations=[
                migrations.AlterField(
                    model_name="cable",
                    name=name,
                    field=django.contrib.postgres.search.SearchVectorField(
                        editable=False, null=True
                    ),
                )
                for name in ("head_vector", "search_vector")
            ],
        ),
    ]
