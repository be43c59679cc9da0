"""Spelling suggestions from the corpus's own words."""

from __future__ import annotations

from django.db import connection

from portal.replicas import read_connection

# No model: a materialized view the migrations made, refreshed here
# (cables_lexicon, docs/database.md).
LEXICON_VIEW = "cables_lexicon"


def spelling_suggestion(words: list[str]) -> str | None:
    """The query with each unknown word replaced by the most similar known word."""
    suggested = []
    changed = False
    connection = read_connection()
    view = connection.ops.quote_name(LEXICON_VIEW)
    with connection.cursor() as cursor:
        for word in words[:5]:
            cursor.execute(
                f"SELECT word FROM {view} WHERE word %% %s "
                "ORDER BY similarity(word, %s) DESC, ndoc DESC LIMIT 1",
                [word.lower(), word.lower()],
            )
            row = cursor.fetchone()
            if row and row[0] != word.lower():
                suggested.append(row[0])
                changed = True
            else:
                suggested.append(word)
    return " ".join(suggested) if changed else None


def refresh_lexicon() -> None:
    """Rebuild the spelling-suggestion word list after the corpus changed (on the
    primary: replicas receive it as they receive every write)."""
    with connection.cursor() as cursor:
        cursor.execute(f"REFRESH MATERIALIZED VIEW {connection.ops.quote_name(LEXICON_VIEW)}")
