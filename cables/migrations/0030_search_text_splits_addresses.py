"""The words of an e-mail address, a web address or two sentences run together are
searched as the words they are: `NephewRM@state.sgov.gov`, `paris/index.cfm`,
`residence.Restrepo`.

PostgreSQL's parser takes letters around a full stop for a host or file name and an
address for an e-mail, and indexes each as one lexeme (`residence.restrepo`,
`nephewrm@state.sgov.gov`), so a search for `Restrepo`, `Nephew` or `index` missed
them. `cables_search_text` now puts U+2024 (ONE DOT LEADER) in place of a full stop
between letters when two letters stand on either side (`U.S.` and `e.g.` stay one
word), and U+FF20 (FULLWIDTH COMMERCIAL AT), which the parser reads as a blank too,
in place of an `@` between letters or digits. Only the paragraphs, subjects and
summaries holding such a character are analysed again, and the spelling word list
is made again from the new lexemes.
"""

from django.db import migrations

# A function of statements rather than one expression: three rewrites, each skipped
# when its character is absent (most texts have no slash and no `@`).
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
    RETURN regexp_replace(
        written,
        '([[:alpha:]]{2})\.(?=[[:alnum:]])|([[:alnum:]])\.(?=[[:alpha:]]{2})',
        '\1\2' || U&'\2024',
        'g');
END;
$$;
"""

# As 0029 defined it.
OLD_FUNCTION = r"""
CREATE OR REPLACE FUNCTION cables_search_text(text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT regexp_replace(
    CASE WHEN strpos($1, '/') > 0  -- most texts have no slash: skip that regexp
        THEN regexp_replace($1, '([[:alpha:]])/(?=[[:alpha:]])', '\1' || U&'\2215', 'g')
        ELSE $1
    END,
    '([[:alpha:]]{2})\.(?=[[:digit:]])|([[:digit:]])\.(?=[[:alpha:]]{2})',
    '\1\2' || U&'\2024',
    'g'
) $$;
"""

# What the new alternatives reach: letters around a full stop, and an `@`.
REACHED = r"'[[:alnum:]]@[[:alnum:]]|[[:alpha:]]{2}\.[[:alpha:]]|[[:alpha:]]\.[[:alpha:]]{2}'"

# A paragraph's update computes its generated vector, and its trigger
# (cables_paragraphs_changed) its cable's vectors; the lexicon is read from them.
ANALYSED_AGAIN = f"""
UPDATE cables_paragraph SET text = text WHERE text ~ {REACHED};
UPDATE cables_cable SET search_vector = NULL WHERE subject ~ {REACHED} OR summary ~ {REACHED};
REFRESH MATERIALIZED VIEW cables_lexicon;
"""


class Migration(migrations.Migration):
    dependencies = [("cables", "0029_search_text_splits_numbered_words")]

    operations = [
        migrations.RunSQL(FUNCTION + ANALYSED_AGAIN, OLD_FUNCTION + ANALYSED_AGAIN),
    ]
