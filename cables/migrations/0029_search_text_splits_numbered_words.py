"""A number and a word joined by a full stop are searched as the two they are:
`7.Anne Kohnen`, `2.The Minister`, as a numbered list or paragraph reads once the
release has lost the blank after the number's full stop.

PostgreSQL's parser takes `7.Anne` for a host name and indexes it as one lexeme
(`7.anne`), so a search for `Anne` missed it; 0026 split a word and a number in the
other order (`harmful.8`). `cables_search_text` now puts U+2024 (ONE DOT LEADER),
which the parser reads as a blank, after a digit followed by two letters as well.
Only the paragraphs, subjects and summaries holding such a full stop are analysed
again (the paragraphs' generated column is computed again by updating them, and
their cables' vectors by their trigger).
"""

from django.db import migrations

# As 0026 defined it, with a second alternative: a digit, a full stop, two letters.
FUNCTION = r"""
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

OLD_FUNCTION = r"""
CREATE OR REPLACE FUNCTION cables_search_text(text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT regexp_replace(
    CASE WHEN strpos($1, '/') > 0  -- most texts have no slash: skip that regexp
        THEN regexp_replace($1, '([[:alpha:]])/(?=[[:alpha:]])', '\1' || U&'\2215', 'g')
        ELSE $1
    END,
    '([[:alpha:]]{2})\.(?=[[:digit:]])', '\1' || U&'\2024', 'g'
) $$;
"""

# The texts the change reaches, analysed again: a paragraph's update computes its
# generated vector, and its trigger (cables_paragraphs_changed) its cable's vectors.
ANALYSED_AGAIN = r"""
UPDATE cables_paragraph SET text = text WHERE text ~ '[[:digit:]]\.[[:alpha:]]{2}';
UPDATE cables_cable SET search_vector = NULL
WHERE subject ~ '[[:digit:]]\.[[:alpha:]]{2}' OR summary ~ '[[:digit:]]\.[[:alpha:]]{2}';
"""


class Migration(migrations.Migration):
    dependencies = [("cables", "0028_curators_make_versions_current")]

    operations = [
        migrations.RunSQL(FUNCTION + ANALYSED_AGAIN, OLD_FUNCTION + ANALYSED_AGAIN),
    ]
