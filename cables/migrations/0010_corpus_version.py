"""A version number of the corpus that every write to it raises.

Search caches counts and facets under the version, so any change (ingest, curation,
even a bulk UPDATE or COPY that no Django signal sees) makes them recomputed. The
triggers fire once per statement, not per row, so bulk loads stay cheap.
"""

from django.db import migrations

TABLES = ["cables_cable", "cables_cabletag", "cables_paragraph", "cables_mention", "cables_entity", "cables_tag"]

CREATE = """
CREATE TABLE cables_corpus_version (id integer PRIMARY KEY, version bigint NOT NULL);
INSERT INTO cables_corpus_version VALUES (1, 1);
CREATE FUNCTION cables_raise_corpus_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO cables_corpus_version VALUES (1, 1)
    ON CONFLICT (id) DO UPDATE SET version = cables_corpus_version.version + 1;
    RETURN NULL;
END;
$$;
""" + "".join(
    f"""
CREATE TRIGGER {table}_raises_corpus_version
AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table}
FOR EACH STATEMENT EXECUTE FUNCTION cables_raise_corpus_version();
"""
    for table in TABLES
)

DROP = (
    "".join(f"DROP TRIGGER {t}_raises_corpus_version ON {t};" for t in TABLES)
    + """
DROP FUNCTION cables_raise_corpus_version();
DROP TABLE cables_corpus_version;
"""
)


class Migration(migrations.Migration):
    dependencies = [("cables", "0009_head_vector")]
    operations = [migrations.RunSQL(CREATE, DROP)]
