"""The text part of a parsed query as a PostgreSQL tsquery."""

from __future__ import annotations

import re

from django.contrib.postgres.search import (
    SearchQuery,
)

from cables.models import (
    LITERAL_CONFIG,
    TEXT_CONFIG,
)
from cables.search.query import ParsedQuery, Term


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
    if term.kind == "phrase":
        part = SearchQuery(term.text, config=TEXT_CONFIG, search_type="phrase")
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
