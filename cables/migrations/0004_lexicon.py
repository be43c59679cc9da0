"""The lexicon: words of published cables' subjects and summaries, for "did you mean".

A materialized view with a trigram index; ingest refreshes it after loading.
"""

from django.db import migrations

CREATE = """
CREATE MATERIALIZED VIEW cables_lexicon AS
SELECT word, count(*) AS ndoc
FROM (
    SELECT DISTINCT cable.id, lower(piece) AS word
    FROM cables_cable AS cable,
         regexp_split_to_table(cable.subject || ' ' || cable.summary, '[^[:alpha:]]+') AS piece
    WHERE cable.published
) AS words
WHERE length(word) BETWEEN 4 AND 40
GROUP BY word;
-- Spelling suggestions: the most similar known word to one that found nothing.
CREATE INDEX lexicon_word_trgm ON cables_lexicon USING gin (word gin_trgm_ops);
"""


class Migration(migrations.Migration):
    dependencies = [("cables", "0003_tag_glossary")]
    operations = [
        migrations.RunSQL(CREATE, "DROP MATERIALIZED VIEW IF EXISTS cables_lexicon;"),
    ]
