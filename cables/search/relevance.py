"""BM25: how well a cable matches the query's words, computed in PostgreSQL.

    score = sum over the query's lexemes of
            idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / average length))

`tf` counts a lexeme's positions in the cable's search vector, each at its field's
weight (FIELD_WEIGHTS); `length` is the vector's number of lexemes; `idf` comes from
how many published cables hold the lexeme. The counts are read from the stored
vectors of the candidates only (search.ranking chooses them), and the corpus
statistics are kept until the corpus changes.
"""

from __future__ import annotations

import math
from typing import Any

from django.db import connection

from cables.models import FACET_SAMPLE, Cable, CableSample
from cables.search.cache import kept_until_the_corpus_changes
from cables.search.query import ParsedQuery
from cables.search.tsquery import lexemes_of, quoted_lexeme

# BM25's constants, as Lucene and tantivy set them.
K1 = 1.2
B = 0.75
# A position's weight by field, as the vectors mark them (docs/database.md): A is the
# ids, tags and subject, B the summary; the origin (C) and the body (D) count once.
FIELD_WEIGHTS = {"A": 2.0, "B": 1.5, "rest": 1.0}
# A lexeme in at least this many sampled cables has its document frequency taken
# from the sample (one cable in FACET_SAMPLE); rarer ones are counted exactly, which
# their few matches make quick. 50 sampled cables are within a seventh of the truth.
SAMPLED_FREQUENCY = 50
# The average vector length is taken from the sample once it holds this many cables.
SAMPLED_LENGTH = 1000


def by_bm25(ids: list[int], query: ParsedQuery) -> list[int]:
    """`ids` best first by BM25 for the query's words; ties keep their given order."""
    lexemes = scored_lexemes(query)
    if len(ids) < 2 or not lexemes:
        return ids
    documents, average_length = corpus_statistics()
    idfs = [inverse_document_frequency(df, documents) for df in document_frequencies(lexemes)]
    params: dict[str, Any] = {
        "ids": ids,
        "lexemes": lexemes,
        "idfs": idfs,
        "average_length": average_length,
        "k1": K1,
        "b": B,
        "a_weight": FIELD_WEIGHTS["A"] - FIELD_WEIGHTS["rest"],
        "b_weight": FIELD_WEIGHTS["B"] - FIELD_WEIGHTS["rest"],
        "rest_weight": FIELD_WEIGHTS["rest"],
    }
    with connection.cursor() as cursor:
        cursor.execute(_scores_sql(), params)
        return [row[0] for row in cursor.fetchall()]


def _scores_sql() -> str:
    """The candidates' ids, best first.

    Only the query's lexemes' positions are unnested: `setweight` marks them in a
    copy of the vector and `ts_filter` keeps them, both in C, where unnesting a long
    cable's whole vector row by row costs several times more. The whole vector begins
    with the heading, so the heading's A and B positions are counted again, at their
    weight less the rest's.
    """
    table = connection.ops.quote_name(Cable._meta.db_table)

    def only_the_lexemes(vector: str) -> str:
        return f"ts_filter(setweight(setweight({vector}, 'D'), 'A', %(lexemes)s), '{{a}}')"

    return f"""
        WITH candidate AS MATERIALIZED (
            SELECT id, length(search_vector) AS length,
                {only_the_lexemes("ts_filter(head_vector, '{a}')")} AS in_a,
                {only_the_lexemes("ts_filter(head_vector, '{b}')")} AS in_b,
                {only_the_lexemes("search_vector")} AS in_whole
            FROM {table} WHERE id = ANY(%(ids)s)
        ), term AS (
            SELECT candidate.id, candidate.length, entry.lexeme,
                sum(part.weight * cardinality(entry.positions)) AS frequency
            FROM candidate
            CROSS JOIN LATERAL (VALUES
                (%(a_weight)s, candidate.in_a), (%(b_weight)s, candidate.in_b),
                (%(rest_weight)s, candidate.in_whole)
            ) AS part(weight, vector)
            CROSS JOIN LATERAL unnest(part.vector) AS entry
            GROUP BY candidate.id, candidate.length, entry.lexeme
        ), score AS (
            SELECT term.id, sum(
                idf.value * term.frequency * (%(k1)s + 1) / (term.frequency + %(k1)s
                    * (1 - %(b)s + %(b)s * term.length / %(average_length)s))
            ) AS value
            FROM term
            JOIN unnest(%(lexemes)s::text[], %(idfs)s::float8[]) AS idf(lexeme, value)
                USING (lexeme)
            GROUP BY term.id
        )
        SELECT given.id FROM unnest(%(ids)s::bigint[]) WITH ORDINALITY AS given(id, place)
        LEFT JOIN score USING (id)
        ORDER BY coalesce(score.value, 0) DESC, given.place
    """


def scored_lexemes(query: ParsedQuery) -> list[str]:
    """The lexemes BM25 scores: those of the words and phrases the query asks for (not
    those it excludes, nor prefixes, which stand for many lexemes), and of the stop
    words it left out."""
    found: dict[str, None] = {}
    asked = [term for group in query.groups for term in group]
    for term in [*asked, *query.optional]:
        if term.negated or term.kind == "prefix":
            continue
        for word, lexemes in zip(term.text.split(), lexemes_of(term.text), strict=True):
            # A stop word (a tag code such as IN) is matched by its `simple` lexeme,
            # the word itself, in the ids and tags.
            if not lexemes and term.kind == "word":
                lexemes = (word.lower(),)
            found.update(dict.fromkeys(lexemes))
    return list(found)


def inverse_document_frequency(df: int, documents: int) -> float:
    """BM25's idf, which stays positive for a lexeme in most of the corpus."""
    return math.log(1 + (documents - df + 0.5) / (df + 0.5))


def corpus_statistics() -> tuple[int, float]:
    """(published cables, their vectors' average length), kept until the corpus changes.
    The length is averaged over the sample once it holds enough cables to say it."""

    def compute() -> tuple[int, float]:
        cables = connection.ops.quote_name(Cable._meta.db_table)
        sample = connection.ops.quote_name(CableSample._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(
                f"""
                SELECT (SELECT count(*) FROM {cables} WHERE published),
                    CASE WHEN (SELECT count(*) FROM {sample} WHERE published) >= %s
                    THEN (SELECT avg(length(search_vector)) FROM {sample} WHERE published)
                    ELSE (SELECT avg(length(search_vector)) FROM {cables} WHERE published)
                    END
                """,
                [SAMPLED_LENGTH],
            )
            documents, average_length = cursor.fetchone() or (0, None)
        return documents, float(average_length or 1)

    return kept_until_the_corpus_changes("bm25-corpus", compute)


def document_frequencies(lexemes: list[str]) -> list[int]:
    """How many published cables hold each lexeme: from the sample for a common one
    (SAMPLED_FREQUENCY), counted for the others, whose few matches make it quick."""
    cables = connection.ops.quote_name(Cable._meta.db_table)
    sample = connection.ops.quote_name(CableSample._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            SELECT CASE WHEN sampled >= %(enough)s THEN sampled * %(scale)s ELSE (
                SELECT count(*) FROM {cables} WHERE published AND search_vector @@ lexeme
            ) END
            FROM (
                SELECT lexeme, place, (
                    SELECT count(*) FROM {sample} WHERE published AND search_vector @@ lexeme
                ) AS sampled
                FROM unnest(%(lexemes)s::tsquery[]) WITH ORDINALITY AS given(lexeme, place)
            ) AS counted
            ORDER BY place
            """,
            {
                "enough": SAMPLED_FREQUENCY,
                "scale": FACET_SAMPLE,
                "lexemes": [quoted_lexeme(lexeme) for lexeme in lexemes],
            },
        )
        return [row[0] for row in cursor.fetchall()]
