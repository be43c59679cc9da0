"""A hyphenated word is searched as the words it is made of, side by side:
`Pre-Qualifies` is `pre` then `qualifies`, so the phrase `"company pre qualifies"`
finds `Company Pre-Qualifies`, as a quoted phrase must whatever punctuation lies
between its words.

PostgreSQL's parser indexes a hyphenated word whole and then each of its parts, and
the whole takes a position of its own (`company`:1, `pre-qualifi`:2, `pre`:3,
`qualifi`:4), so the index saw a gap between `company` and `pre` and the phrase was
not found. `cables_search_text` now puts U+2010 (HYPHEN), which the parser reads as a
blank, in place of a hyphen with a letter on one side and a letter or digit on the
other (`al-Maliki`, `F-16`, `10-OTTAWA-57`); a hyphen between digits stays
(`11-09-2009`, `202-647-7680`). The paragraphs, subjects and summaries holding such a
hyphen are analysed again, and the spelling word list made again.
"""

from django.db import migrations

FUNCTION = r"""
CREATE OR REPLACE FUNCTION cables_search_text(text) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT
AS $$
DECLARE
    written text := $1;
BEGIN
    IF strpos(written, '/') > 0 THEN
        written := regexp_replace(
            written, '([[:alpha:]])/(?=[[:alpha:]])', '\1' || U&'\2215', 'g');
    END IF;
    IF strpos(written, '@') > 0 THEN
        written := regexp_replace(
            written, '([[:alnum:]])@(?=[[:alnum:]])', '\1' || U&'\FF20', 'g');
    END IF;
    IF strpos(written, '-') > 0 THEN
        written := regexp_replace(
            written,
            '([[:alpha:]])-(?=[[:alnum:]])|([[:digit:]])-(?=[[:alpha:]])',
            '\1\2' || U&'\2010',
            'g');
    END IF;
    RETURN regexp_replace(
        written,
        '([[:alpha:]]{2})\.(?=[[:alnum:]])|([[:alnum:]])\.(?=[[:alpha:]]{2})',
        '\1\2' || U&'\2024',
        'g');
END;
$$;
"""

# As 0030 defined it.
OLD_FUNCTION = FUNCTION.replace(
    r"""    IF strpos(written, '-') > 0 THEN
        written := regexp_replace(
            written,
            '([[:alpha:]])-(?=[[:alnum:]])|([[:digit:]])-(?=[[:alpha:]])',
            '\1\2' || U&'\2010',
            'g');
    END IF;
""",
    "",
)

REACHED = r"'[[:alpha:]]-[[:alnum:]]|[[:digit:]]-[[:alpha:]]'"

# A paragraph's update computes its generated vector, and its trigger
# (cables_paragraphs_changed) its cable's vectors; the lexicon is read from them.
ANALYSED_AGAIN = f"""
UPDATE cables_paragraph SET text = text WHERE text ~ {REACHED};
UPDATE cables_cable SET search_vector = NULL WHERE subject ~ {REACHED} OR summary ~ {REACHED};
REFRESH MATERIALIZED VIEW cables_lexicon;
"""


class Migration(migrations.Migration):
    dependencies = [("cables", "0030_search_text_splits_addresses")]

    operations = [
        migrations.RunSQL(FUNCTION + ANALYSED_AGAIN, OLD_FUNCTION + ANALYSED_AGAIN),
    ]
