"""BM25: how well a cable matches the query's words, computed in PostgreSQL.

    score = sum over the query's lexemes of idf * sum over the fields of
            weight * tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / average length))

Each field (ids, tags and subject; summary; body) is scored on its own, with its own
length, as Lucene and tantivy score several fields: a word in a short subject counts
for much more than the same word once in a long body. `tf` counts a lexeme's
positions in the field; `length` is the field's number of lexemes; `idf` comes from
how many published cables hold the lexeme. A phrase is one term, as Lucene scores
it: its `tf` is how often its words stand in the field in its order, at its
distances (stop words keep their places), and its `idf` is the sum of its words'.
The body is the paragraphs: the origin line is matched but not scored. The counts
are read from the stored vectors of the candidates only (search.ranking chooses
them), and the corpus statistics are kept until the corpus changes.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any, NamedTuple

from cables.models import FACET_SAMPLE, TEXT_CONFIG, Cable, CableSample
from cables.search.cache import kept_until_the_corpus_changes
from cables.search.query import ParsedQuery, Term
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


class Phrase(NamedTuple):
    """A phrase's lexemes and their places in it, as its text analysed gives them
    (`"this is an action request"`: `action` 4, `request` 5)."""

    lexemes: list[str]
    places: list[int]


class CorpusStatistics(NamedTuple):
    documents: int
    # Each field's average number of lexemes, by its mark (FIELD_WEIGHTS).
    average_lengths: dict[str, float]


def by_bm25(ids: list[int], query: ParsedQuery) -> list[int]:
    """`ids` best first by BM25 for the query's words; ties keep their given order."""
    lexemes = scored_lexemes(query)
    phrases = scored_phrases(query)
    if len(ids) < 2 or not (lexemes or phrases):
        return ids
    statistics = corpus_statistics()
    documents = statistics.documents
    wanted = list(dict.fromkeys([*lexemes, *(lexeme for p in phrases for lexeme in p.lexemes)]))
    idf_of = dict(
        zip(
            wanted,
            [inverse_document_frequency(df, documents) for df in document_frequencies(wanted)],
            strict=True,
        )
    )
    idfs = [idf_of[lexeme] for lexeme in lexemes]
    params: dict[str, Any] = {"ids": ids, "wanted": wanted, "lexemes": lexemes, "idfs": idfs}
    params |= {"k1": K1, "b": B}
    # Each phrase's words, one row each: its number, the lexeme, its place in it.
    params["phrase_numbers"] = [n for n, p in enumerate(phrases) for _ in p.lexemes]
    params["phrase_lexemes"] = [lexeme for p in phrases for lexeme in p.lexemes]
    params["phrase_places"] = [place for p in phrases for place in p.places]
    params["phrase_sizes"] = [len(set(p.places)) for p in phrases]
    params["phrase_idfs"] = [sum(idf_of[lexeme] for lexeme in p.lexemes) for p in phrases]
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
        return f"ts_filter(setweight(setweight({vector}, 'D'), 'A', %(wanted)s), '{{a}}')"

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
        ), part AS (
            SELECT candidate.id, part.field, entry.lexeme, entry.positions
            FROM candidate
            CROSS JOIN LATERAL (VALUES
                ('a', candidate.in_a), ('b', candidate.in_b), ('d', candidate.in_d)
            ) AS part(field, vector)
            CROSS JOIN LATERAL unnest(part.vector) AS entry
        ), term AS (
            SELECT id, lexeme,
                coalesce(sum(cardinality(positions)) FILTER (WHERE field = 'a'), 0) AS in_a,
                coalesce(sum(cardinality(positions)) FILTER (WHERE field = 'b'), 0) AS in_b,
                coalesce(sum(cardinality(positions)) FILTER (WHERE field = 'd'), 0) AS in_d
            FROM part
            GROUP BY id, lexeme
        ), phrase_start AS (
            -- Where each phrase would begin if each of its words' positions were in one:
            -- it is there when all of its places are.
            SELECT part.id, part.field, word.phrase, position - word.place AS start
            FROM part
            JOIN unnest(%(phrase_numbers)s::int[], %(phrase_lexemes)s::text[],
                %(phrase_places)s::int[]) AS word(phrase, lexeme, place) USING (lexeme)
            CROSS JOIN LATERAL unnest(part.positions) AS position
            GROUP BY part.id, part.field, word.phrase, start
            HAVING count(DISTINCT word.place) = (%(phrase_sizes)s::int[])[word.phrase + 1]
        ), phrase_term AS (
            SELECT id, phrase,
                count(*) FILTER (WHERE field = 'a') AS in_a,
                count(*) FILTER (WHERE field = 'b') AS in_b,
                count(*) FILTER (WHERE field = 'd') AS in_d
            FROM phrase_start
            GROUP BY id, phrase
        ), scored AS (
            SELECT id, idf.value, in_a, in_b, in_d
            FROM term
            JOIN unnest(%(lexemes)s::text[], %(idfs)s::float8[]) AS idf(lexeme, value)
                USING (lexeme)
            UNION ALL
            SELECT id, (%(phrase_idfs)s::float8[])[phrase + 1], in_a, in_b, in_d
            FROM phrase_term
        ), score AS (
            SELECT scored.id, sum(scored.value * (
                {saturated("scored.in_a", "A")}
                + {saturated("scored.in_b", "B")}
                + {saturated("scored.in_d", "D")}
            )) AS value
            FROM scored
            JOIN candidate USING (id)
            GROUP BY scored.id
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


def scored_terms(query: ParsedQuery) -> list[Term]:
    """The terms BM25 scores: those the query asks for (not those it excludes, nor
    prefixes, which stand for many lexemes), and the stop words it left out."""
    asked = [term for group in query.groups for term in group]
    return [t for t in [*asked, *query.optional] if not t.negated and t.kind != "prefix"]


def is_phrase(term: Term) -> bool:
    return term.kind == "phrase" and " " in term.text


def scored_phrases(query: ParsedQuery) -> list[Phrase]:
    """The query's phrases of several words, each to be scored as one term: their
    words as the cables' texts were analysed, the text as typed first (`U.S.` is one
    word there); those with no word an index holds are left out."""
    phrases = []
    for term in filter(is_phrase, scored_terms(query)):
        places = phrase_places(term.written or term.text)
        if places:
            phrases.append(Phrase([lexeme for lexeme, _ in places], [p for _, p in places]))
    return phrases


@lru_cache(maxsize=4096)
def phrase_places(text: str) -> tuple[tuple[str, int], ...]:
    """Each lexeme of the text with each of its places, counted from 0, stop words
    included, as the cables' vectors count them."""
    with read_connection().cursor() as cursor:
        cursor.execute(
            "SELECT entry.lexeme, place - 1 FROM unnest(to_tsvector(%s::regconfig, "
            "cables_search_text(%s))) AS entry, unnest(entry.positions) AS place "
            "ORDER BY place",
            [TEXT_CONFIG, text],
        )
        return tuple(cursor.fetchall())


def scored_lexemes(query: ParsedQuery) -> list[str]:
    """The lexemes BM25 scores one by one: those of the words, and of the stop words
    the query left out. A phrase is scored as one term (`scored_phrases`)."""
    found: dict[str, None] = {}
    for term in scored_terms(query):
        if is_phrase(term):
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
