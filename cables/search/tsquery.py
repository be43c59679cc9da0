"""The text part of a parsed query as a PostgreSQL tsquery, and what it cannot say.

A tsquery drops stop words: `"of this distancing has been the"` becomes the one
lexeme `distanc`. Such a phrase is matched in two steps: the tsquery narrows the
candidates through the GIN indexes, and `exact_phrase_pattern` confirms each
candidate against its stored text (search.filtering). Proximity (`"a b"~5`) is
said with tsquery's distance operator, which counts positions, stop words included.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache, reduce
from itertools import combinations
from operator import or_

from django.contrib.postgres.search import SearchQuery

from cables.models import (
    LITERAL_CONFIG,
    TEXT_CONFIG,
)
from cables.search.query import ParsedQuery, Term
from portal.replicas import read_connection


class LexemeQuery(SearchQuery):
    """A tsquery written in lexemes already (`'gas' <2> 'pipelin'`), cast, not parsed
    again: to_tsquery would stem the stems a second time."""

    invert: bool  # set by SearchQuery

    def as_sql(
        self, compiler, connection, function=None, template=None, arg_joiner=None, **extra_context
    ):
        sql, params = compiler.compile(self.source_expressions[0])
        return (f"!!({sql})::tsquery" if self.invert else f"({sql})::tsquery"), params


def searchable(query: ParsedQuery) -> ParsedQuery:
    """The query without the words no index holds: stop words typed without quotes
    (`prisoners of conscience` means `prisoners conscience`, as in search engines),
    and words with punctuation inside that neither their parts nor the parser's cut
    of them index (`o'the`); the ranking still counts them in the ids and tags
    (`gas IN` puts India's first). A query of nothing else keeps them, to be matched
    as written in the ids and tags (`IN`, India's tag)."""

    def dropped(term: Term) -> bool:
        if term.kind == "word":
            return not any(lexemes_of(term.text))
        return term.kind == "phrase" and not term.quoted and phrase_words_query(term) is None

    terms = [term for group in query.groups for term in group]
    if all(dropped(term) for term in terms):
        return query
    groups = [[term for term in group if not dropped(term)] for group in query.groups]
    optional = [term for term in terms if dropped(term) and not term.negated]
    return replace(query, groups=[group for group in groups if group], optional=optional)


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
    only) and for an excluded phrase of several words, which its text must test.

    A phrase whose words the index holds side by side is asked for as such. Any other
    phrase of several words (needs_text_check) asks the index for its words, each
    anywhere, and search.filtering keeps the cables holding the phrase
    (`exact_phrase_pattern`): a stop word leaves no position to count, and the parser
    gives `U.S.` one lexeme, `u.s`, and `11-09-2009` three, `11`, `-09`, `-2009`.
    """
    part: SearchQuery | None
    if term.kind == "phrase":
        if needs_text_check(term):
            return None if term.negated else phrase_words_query(term)
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


def adjacency_query(text: str) -> SearchQuery | None:
    """The phrase's words side by side in their English forms, where that says the
    phrase: none is a stop word (whose absence a tsquery cannot check), a single
    letter (`u s`, written `U.S.`, is indexed as one word) or a number (`10 20`,
    written `10-20`, is indexed as `10` and `-20`)."""
    words = text.split()
    lexemes = lexemes_of(text)
    if all(lexemes) and all(len(word) > 1 and not word.isdigit() for word in words):
        return phrase_query(text)
    return None


def lexemes_query(lexemes: list[str]) -> SearchQuery | None:
    """All of these lexemes, anywhere; None for none."""
    if not lexemes:
        return None
    return LexemeQuery(" & ".join(map(quoted_lexeme, lexemes)))


def phrase_words_query(term: Term) -> SearchQuery | None:
    """The phrase's words, each anywhere, as the index may hold them: cut from its
    letters and digits (`boom bust`), or from the text as typed (`11-09-2009` is `11`,
    `-09`, `-2009`; `update/farewell` one word); None when neither has any."""
    from_words = indexed_lexemes(term.text)
    as_typed = list(written_lexemes(term.written)) if term.written else []
    found = [lexemes_query(lexemes) for lexemes in (from_words, as_typed) if lexemes]
    if len(found) == 2 and set(from_words) == set(as_typed):
        found = found[:1]
    return reduce(or_, found) if found else None


@lru_cache(maxsize=4096)
def written_lexemes(written: str) -> tuple[str, ...]:
    """The lexemes PostgreSQL's parser makes of the text as typed, as it made those of
    the cables (`cables_search_text` first): `U.S.` is `u.s`, `harmful.8` one word,
    `Iran/Magreb` two."""
    with read_connection().cursor() as cursor:
        cursor.execute(
            "SELECT array(SELECT lexeme FROM unnest("
            "to_tsvector(%s::regconfig, cables_search_text(%s))))",
            [TEXT_CONFIG, written],
        )
        row = cursor.fetchone()
    return tuple(row[0]) if row else ()


def indexed_lexemes(text: str) -> list[str]:
    """The lexemes of the phrase's words an index can find: not the stop words, not
    single letters, which the text may glue to their neighbours (`U.S.`), and not
    numbers, which it may write with a sign or a slash (`10-20`, `08/14/2018`),
    unless the phrase has nothing else."""
    found: dict[str, None] = {}
    numbers: dict[str, None] = {}
    for word, lexemes in zip(text.split(), lexemes_of(text), strict=True):
        if len(word) > 1:
            (numbers if word.isdigit() else found).update(dict.fromkeys(lexemes))
    return list(found or numbers)


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
    """Whether the term's tsquery says less than the term: a phrase of several words
    that the index cannot hold side by side (`adjacency_query`), or typed with
    punctuation the parser cuts otherwise (`11-09-2009`, `boom-bust`)."""
    if term.kind != "phrase" or " " not in term.text:
        return False
    if adjacency_query(term.text) is None:
        return True
    return bool(term.written) and set(written_lexemes(term.written)) != set(
        indexed_lexemes(term.text)
    )


def unsearchable(term: Term) -> bool:
    """A quoted phrase with no word an index can find: `"to be or not to be"`."""
    if term.kind == "near":
        return not indexed_lexemes(term.text)
    return term.kind == "phrase" and phrase_words_query(term) is None


def exact_phrase_pattern(text: str, *, for_python: bool = False, endings: bool = False) -> str:
    """A regular expression for the phrase's words in order, whatever the case, and
    whatever punctuation, spaces or line breaks lie between them: in PostgreSQL's
    syntax (`~*`), or Python's (`re.IGNORECASE`). With `endings`, a word of three
    letters or more may go on (`minister` in `ministers`): for marking what the
    English forms matched."""
    words = text.split()  # letters, digits and underscores only (query.WORD_CHARS)
    if for_python:
        ending = r"[^\W_]*"
        between, before, after = r"[\W_]+", r"(?<![^\W_])", r"(?![^\W_])"
    else:
        ending = "[[:alnum:]]*"
        between, before, after = "[^[:alnum:]]+", "(?<![[:alnum:]])", "(?![[:alnum:]])"
    if endings:
        words = [word + ending if len(word) > 2 else word for word in words]
    return before + between.join(words) + after


@lru_cache(maxsize=4096)
def lexemes_of(text: str) -> tuple[tuple[str, ...], ...]:
    """Each word's lexemes in the text search configuration; () for a stop word."""
    words = text.split()
    with read_connection().cursor() as cursor:
        cursor.execute(
            "SELECT array(SELECT lexeme FROM unnest(to_tsvector(%s::regconfig, word))) "
            "FROM unnest(%s::text[]) WITH ORDINALITY AS words(word, n) ORDER BY n",
            [TEXT_CONFIG, words],
        )
        return tuple(tuple(row[0]) for row in cursor.fetchall())


def quoted_lexeme(lexeme: str) -> str:
    """The lexeme as a tsquery operand, taken as it is."""
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"
