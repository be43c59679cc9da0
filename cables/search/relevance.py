"""BM25: how well a cable matches the query's words, computed in PostgreSQL.

    score = sum over the query's lexemes of idf * sum over the fields of
            weight * tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / average length))

Each field (ids, tags and subject; summary; body) is scored on its own, with its own
length, as Lucene and tantivy score several fields: a word in a short subject counts
for much more than the same word once in a long body. `tf` counts a lexeme's
positions in the field; `length` is the field's number of lexemes; `idf` comes from
how many published cables hold the lexeme. The body is the paragraphs: the origin
line is matched but not scored. The counts are
read from the stored vectors of the candidates only (search.ranking chooses them),
and the corpus statistics are kept until the corpus changes.
"""

from __future__ import annotations

import math
from typing import Any, NamedTuple

from cables.models import FACET_SAMPLE, Cable, CableSample
from cables.search.cache import kept_until_the_corpus_changes
from cables.search.query import ParsedQuery
from cables.search.tsquery import (
    exact_phrase_pattern,
    lexemes_of,
    quoted_lexeme,
    written_lexemes,
)
from portal.replicas import read_connection

# BM25's constants, as Lucene and tantivy set them.
K1 = 1.2
B = 0.75
# Each field's weight, by the vectors' marks (docs/database.md): A is the ids, tags
# and subject, B the summary, D the body.
FIELD_WEIGHTS = {"A": 2.0, "B": 1.5, "D": 1.0}
# A lexeme in at least this many sampled cables has its document frequency taken
# from the sample (one cable in FACET_SAMPLE); rarer ones are counted exactly, which
# their few matches make quick. 50 sampled cables are within a seventh of the truth.
SAMPLED_FREQUENCY = 50
# The average field lengths are taken from the sample once it holds this many cables.
SAMPLED_LENGTH = 1000


class CorpusStatistics(NamedTuple):
    documents: int
    # Each field's average number of lexemes, by its mark (FIELD_WEIGHTS).
    average_lengths: dict[str, float]


def by_bm25(ids: list[int], query: ParsedQuery) -> list[int]:
    """`ids` best first by BM25 for the query's words; ties keep their given order."""
    lexemes = scored_lexemes(query)
    if len(ids) < 2 or not lexemes:
        return ids
    statistics = corpus_statistics()
    documents = statistics.documents
    idfs = [inverse_document_frequency(df, documents) for df in document_frequencies(lexemes)]
    params: dict[str, Any] = {"ids": ids, "lexemes": lexemes, "idfs": idfs, "k1": K1, "b": B}
    # The words as typed are scored as one more term, found at most once in the subject
    # and the summary, as rare as its words together (Lucene's phrase idf).
    params["as_typed"] = exact_phrase_pattern(query.as_typed) if query.as_typed else None
    params["as_typed_idf"] = sum(idfs)
    for mark, weight in FIELD_WEIGHTS.items():
        params[f"weight_{mark}"] = weight
        params[f"average_{mark}"] = statistics.average_lengths[mark]
    with read_connection().cursor() as cursor:
        cursor.execute(_scores_sql(), params)
        return [row[0] for row in cursor.fetchall()]


def _scores_sql() -> str:
    """The candidates' ids, best first.

    Only the query's lexemes' positions are unnested: `setweight` marks them in a
    copy of each field's vector and `ts_filter` keeps them, both in C, where
    unnesting a long cable's whole vector row by row costs several times more. The
    subject and summary are read from the small heading vector, the body from the
    whole vector's D part: not its heading, nor the origin (C), which is no field
    the score weighs.
    """
    table = read_connection().ops.quote_name(Cable._meta.db_table)

    def only_the_lexemes(vector: str) -> str:
        return f"ts_filter(setweight(setweight({vector}, 'D'), 'A', %(lexemes)s), '{{a}}')"

    def saturated(frequency: str, mark: str) -> str:
        return (
            f"%(weight_{mark})s * {frequency} * (%(k1)s + 1) / ({frequency} + %(k1)s"
            f" * (1 - %(b)s + %(b)s * length_{mark} / %(average_{mark})s))"
        )

    return f"""
        WITH candidate AS MATERIALIZED (
            SELECT id,
                {field_length("field.a")} AS length_a,
                {field_length("field.b")} AS length_b,
                {field_length("field.d")} AS length_d,
                {only_the_lexemes("field.a")} AS in_a,
                {only_the_lexemes("field.b")} AS in_b,
                {only_the_lexemes("field.d")} AS in_d,
                coalesce(subject ~* %(as_typed)s, false)::int AS as_typed_in_a,
                coalesce(summary ~* %(as_typed)s, false)::int AS as_typed_in_b
            FROM {table}
            CROSS JOIN LATERAL (
                SELECT ts_filter(head_vector, '{{a}}') AS a,
                    ts_filter(head_vector, '{{b}}') AS b,
                    ts_filter(search_vector, '{{d}}') AS d
                OFFSET 0  -- each field filtered once, not once for each use
            ) AS field
            WHERE id = ANY(%(ids)s)
        ), term AS (
            SELECT candidate.id, entry.lexeme,
                coalesce(sum(cardinality(entry.positions)) FILTER (WHERE part.field = 'a'), 0)
                    AS in_a,
                coalesce(sum(cardinality(entry.positions)) FILTER (WHERE part.field = 'b'), 0)
                    AS in_b,
                coalesce(sum(cardinality(entry.positions)) FILTER (WHERE part.field = 'd'), 0)
                    AS in_d
            FROM candidate
            CROSS JOIN LATERAL (VALUES
                ('a', candidate.in_a), ('b', candidate.in_b), ('d', candidate.in_d)
            ) AS part(field, vector)
            CROSS JOIN LATERAL unnest(part.vector) AS entry
            GROUP BY candidate.id, entry.lexeme
        ), score AS (
            SELECT term.id, sum(idf.value * (
                {saturated("term.in_a", "A")}
                + {saturated("term.in_b", "B")}
                + {saturated("term.in_d", "D")}
            )) AS value
            FROM term
            JOIN candidate USING (id)
            JOIN unnest(%(lexemes)s::text[], %(idfs)s::float8[]) AS idf(lexeme, value)
                USING (lexeme)
            GROUP BY term.id
        )
        SELECT given.id FROM unnest(%(ids)s::bigint[]) WITH ORDINALITY AS given(id, place)
        LEFT JOIN score USING (id)
        LEFT JOIN candidate USING (id)
        ORDER BY coalesce(score.value, 0) + %(as_typed_idf)s * (
            {saturated("as_typed_in_a", "A")} + {saturated("as_typed_in_b", "B")}
        ) DESC, given.place
    """


def field_length(vector: str) -> str:
    """SQL for a field's length: its number of distinct lexemes. Lucene counts a
    field's words (every position), which spares a long cable less; counting them
    here means unnesting each candidate's whole body, three to four times the cost
    of the score."""
    return f"length({vector})"


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
        if term.kind == "phrase" and term.written:  # as the index cut it (`-09`, `u.s`)
            found.update(dict.fromkeys(written_lexemes(term.written)))
    return list(found)


def inverse_document_frequency(df: int, documents: int) -> float:
    """BM25's idf, which stays positive for a lexeme in most of the corpus."""
    return math.log(1 + (documents - df + 0.5) / (df + 0.5))


def corpus_statistics() -> CorpusStatistics:
    """The published cables and their fields' average lengths, kept until the corpus
    changes. The lengths are averaged over the sample once it holds enough cables."""

    def compute() -> CorpusStatistics:
        cables = read_connection().ops.quote_name(Cable._meta.db_table)
        sample = read_connection().ops.quote_name(CableSample._meta.db_table)
        fields = [f"ts_filter(search_vector, '{{{mark.lower()}}}')" for mark in FIELD_WEIGHTS]
        lengths = ", ".join(f"avg({field_length(field)})" for field in fields)
        # One statement: the branch not taken is skipped by its one-time filter.
        with read_connection().cursor() as cursor:
            cursor.execute(
                f"""
                WITH enough AS (
                    SELECT count(*) >= %s AS sampled FROM {sample} WHERE published
                ), vectors AS (
                    SELECT search_vector FROM {sample}
                    WHERE published AND (SELECT sampled FROM enough)
                    UNION ALL
                    SELECT search_vector FROM {cables}
                    WHERE published AND NOT (SELECT sampled FROM enough)
                )
                SELECT (SELECT count(*) FROM {cables} WHERE published), {lengths}
                FROM vectors
                """,
                [SAMPLED_LENGTH],
            )
            documents, *averages = cursor.fetchone()
        return CorpusStatistics(
            documents,
            # At least 1: a corpus with no summaries still divides by something.
            {
                mark: max(float(average or 0), 1.0)
                for mark, average in zip(FIELD_WEIGHTS, averages, strict=True)
            },
        )

    return kept_until_the_corpus_changes("bm25-fields", compute)


def document_frequencies(lexemes: list[str]) -> list[int]:
    """How many published cables hold each lexeme: from the sample for a common one
    (SAMPLED_FREQUENCY), counted for the others, whose few matches make it quick."""
    cables = read_connection().ops.quote_name(Cable._meta.db_table)
    sample = read_connection().ops.quote_name(CableSample._meta.db_table)
    with read_connection().cursor() as cursor:
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
