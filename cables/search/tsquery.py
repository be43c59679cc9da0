"""The text part of a parsed query as a PostgreSQL tsquery, and what it cannot say.

A tsquery drops stop words: `"of this distancing has been the"` becomes the one
lexeme `distanc`. Such a phrase is matched in two steps: the tsquery narrows the
candidates through the GIN indexes, and `exact_phrase_pattern` confirms each
candidate against its stored text (search.filtering). Proximity (`"a b"~5`) is
said with tsquery's distance operator, which counts positions, stop words included.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import combinations

from django.contrib.postgres.search import SearchQuery
from django.db import connection

from cables.models import (
    LITERAL_CONFIG,
    TEXT_CONFIG,
)
from cables.search.query import ParsedQuery, Term


class LexemeQuery(SearchQuery):
    """A tsquery written in lexemes already (`'gas' <2> 'pipelin'`), cast, not parsed
    again: to_tsquery would stem the stems a second time."""

    invert: bool  # set by SearchQuery

    def as_sql(
        self, compiler, connection, function=None, template=None, arg_joiner=None, **extra_context
    ):
        sql, params = compiler.compile(self.source_expressions[0])
        return (f"!!({sql})::tsquery" if self.invert else f"({sql})::tsquery"), params


def text_query(query: ParsedQuery) -> SearchQuery | None:
    """The tsquery for the query's words; None when there are no words."""
    combined = None
    for group in query.groups:
        alternatives = None
        for term in group:
            part = term_query(term)
            if part is None:
                continue
            alternatives = part if alternatives is None else alternatives | part
        if alternatives is None:
            continue
        combined = alternatives if combined is None else combined & alternatives
    return combined


def term_query(term: Term) -> SearchQuery | None:
    """The term's tsquery; None for what a tsquery cannot hold (a phrase of stop words
    only) and for an excluded exact phrase, which its text alone can test."""
    part: SearchQuery | None
    if term.kind == "phrase":
        if needs_text_check(term) and (term.negated or not any(lexemes_of(term.text))):
            return None
        part = phrase_query(term.text)
    elif term.kind == "near":
        part = near_query(term)
        if part is None:
            return None
    elif term.kind == "prefix":
        lexeme = re.sub(r"\W", "", term.text.lower())
        if not lexeme:
            return None
        part = SearchQuery(f"{lexeme}:*", config=TEXT_CONFIG, search_type="raw")
    else:
        # `simple` too, so tag codes and ids that are English stop words (IN, IS, IT,
        # NO, ...) still match the cable's tag_codes and reference_id.
        english = SearchQuery(term.text, config=TEXT_CONFIG)
        literal = SearchQuery(term.text, config=LITERAL_CONFIG)
        # `~` only negates a single SearchQuery, not a combined one: De Morgan.
        return ~english & ~literal if term.negated else english | literal
    return ~part if term.negated else part


def phrase_query(text: str) -> SearchQuery:
    """The phrase's words in order, the stop words' places kept as distances."""
    return SearchQuery(text, config=TEXT_CONFIG, search_type="phrase")


def near_query(term: Term) -> SearchQuery | None:
    """Every two of the words at most `term.distance` positions apart, either way round."""
    words = [lexemes[0] for lexemes in lexemes_of(term.text) if lexemes]
    if len(words) < 2:
        return None
    pairs = []
    for first, second in combinations(dict.fromkeys(words), 2):
        a, b = quoted_lexeme(first), quoted_lexeme(second)
        ways = [f"{x} <{n}> {y}" for n in range(1, term.distance + 1) for x, y in ((a, b), (b, a))]
        pairs.append("(" + " | ".join(ways) + ")")
    if not pairs:  # the same word twice: near itself
        pairs = [quoted_lexeme(words[0])]
    return LexemeQuery(" & ".join(pairs), invert=term.negated)


def needs_text_check(term: Term) -> bool:
    """Whether the term's tsquery says less than the term: a phrase with stop words."""
    return term.kind == "phrase" and not all(lexemes_of(term.text))


def stop_words_only(term: Term) -> bool:
    return term.kind in ("phrase", "near") and not any(lexemes_of(term.text))


def exact_phrase_pattern(text: str, *, for_python: bool = False) -> str:
    """A regular expression for the phrase's words in order, whatever the case, and
    whatever punctuation, spaces or line breaks lie between them: in PostgreSQL's
    syntax (`~*`), or Python's (`re.IGNORECASE`)."""
    words = text.split()  # letters, digits and underscores only (query.WORD_CHARS)
    if for_python:
        return r"(?<![^\W_])" + r"[\W_]+".join(words) + r"(?![^\W_])"
    return r"(?<![[:alnum:]])" + r"[^[:alnum:]]+".join(words) + r"(?![[:alnum:]])"


@lru_cache(maxsize=4096)
def lexemes_of(text: str) -> tuple[tuple[str, ...], ...]:
    """Each word's lexemes in the text search configuration; () for a stop word."""
    words = text.split()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT array(SELECT lexeme FROM unnest(to_tsvector(%s::regconfig, word))) "
            "FROM unnest(%s::text[]) WITH ORDINALITY AS words(word, n) ORDER BY n",
            [TEXT_CONFIG, words],
        )
        return tuple(tuple(row[0]) for row in cursor.fetchall())


def quoted_lexeme(lexeme: str) -> str:
    """The lexeme as a tsquery operand, taken as it is."""
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"
