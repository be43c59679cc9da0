"""Words joined by a slash, or a word and a number by a full stop, are searched as the
words they are: `Iran/Magreb`, `POL/ECON`, `coordinated/cleared`, `harmful.8`.

PostgreSQL's parser takes letters around a slash for a file path and indexes them as
one lexeme (`iran/magreb`), and a word with a number after a full stop (a footnote, or
a quotation mark the release turned into `8`) as a host name, so a search for `Iran` or
`harmful` missed them. `cables_search_text` puts U+2215 (DIVISION SLASH) and U+2024 (ONE
DOT LEADER), which the parser reads as blanks, in their place before the text is
analysed: the same number of characters, so `ts_headline` can be given the same text
and its fragments shown with the slash and the full stop put back. The paragraphs'
generated column is made again with it (their GIN index with it), the cable vector
function uses it for the subject and summary, and every cable's vectors are computed
again.
"""

import django.contrib.postgres.search
import django.db.models.expressions
from django.db import migrations

import cables.models

# 'english' is models.TEXT_CONFIG, written out: see 0011 and docs/database.md.
FUNCTION = r"""
CREATE FUNCTION cables_search_text(text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT regexp_replace(
    CASE WHEN strpos($1, '/') > 0  -- most texts have no slash: skip that regexp
        THEN regexp_replace($1, '([[:alpha:]])/(?=[[:alpha:]])', '\1' || U&'\2215', 'g')
        ELSE $1
    END,
    '([[:alpha:]]{2})\.(?=[[:digit:]])', '\1' || U&'\2024', 'g'
) $$;
"""

PARAGRAPH_VECTOR = """
ALTER TABLE cables_paragraph DROP COLUMN search_vector;
ALTER TABLE cables_paragraph ADD COLUMN search_vector tsvector GENERATED ALWAYS AS
    (to_tsvector('english'::regconfig, COALESCE(cables_search_text(text), ''::text))) STORED;
CREATE INDEX paragraph_search_vector_gin ON cables_paragraph USING gin (search_vector);
"""

CABLE_VECTORS = """
CREATE OR REPLACE FUNCTION cables_cable_vectors() RETURNS trigger LANGUAGE plpgsql AS $$
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
        || setweight(to_tsvector('english', coalesce(cables_search_text(NEW.subject), '')), 'A')
        || setweight(to_tsvector('english', coalesce(cables_search_text(NEW.summary), '')), 'B');
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

UPDATE cables_cable SET search_vector = NULL;
"""

# As 0011 defined it, for going back.
OLD_CABLE_VECTORS = CABLE_VECTORS.replace("cables_search_text(NEW.subject)", "NEW.subject").replace(
    "cables_search_text(NEW.summary)", "NEW.summary"
)
OLD_PARAGRAPH_VECTOR = PARAGRAPH_VECTOR.replace("cables_search_text(text)", "text")


class Migration(migrations.Migration):
    dependencies = [("cables", "0025_parser_version")]

    operations = [
        migrations.RunSQL(FUNCTION, "DROP FUNCTION cables_search_text(text);"),
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.RunSQL(PARAGRAPH_VECTOR, OLD_PARAGRAPH_VECTOR)],
            state_operations=[
                migrations.AlterField(
                    model_name="paragraph",
                    name="search_vector",
                    field=django.db.models.GeneratedField(
                        db_persist=True,
                        expression=django.contrib.postgres.search.SearchVector(
                            cables.models.SearchText("text"), config="english"
                        ),
                        output_field=django.contrib.postgres.search.SearchVectorField(),
                    ),
                ),
            ],
        ),
        migrations.RunSQL(CABLE_VECTORS, OLD_CABLE_VECTORS),
    ]
