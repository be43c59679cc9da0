"""Snippets of the best-matching paragraphs, and the cable page's highlighting."""

from __future__ import annotations

from functools import reduce
from operator import or_

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
)
from django.db.models import BooleanField, Case, F, Func, Value, When
from django.db.models.functions import Replace
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from cables.models import (
    TEXT_CONFIG,
    Cable,
    Paragraph,
)
from cables.search.query import ParsedQuery, Term, parse_query
from cables.search.tsquery import term_query, text_query

SNIPPETS_PER_CABLE = 3


# Characters ts_headline cannot produce from cable text, so escaping cannot touch them.
MARK_START, MARK_END = "\x02", "\x03"


# ts_headline drops whatever looks like an HTML tag from its fragments; cable text is
# plain text, so "<" is hidden from its parser and put back before escaping.
TAG_OPEN = "\x04"


def snippets(
    cable_ids: list[int], query: ParsedQuery, per_cable: int = SNIPPETS_PER_CABLE
) -> dict[int, list[dict]]:
    """The best-matching paragraphs of each cable shown, highlighted, as safe HTML.

    The paragraphs that match the whole query, best first; in a cable where none
    does (its words are spread over several paragraphs), the fewest paragraphs that
    together hold the most of its words. Every text match so shows why it matched.
    """
    tsquery = text_query(query)
    wanted = [part for part in map(_wanted_query, query.groups) if part is not None]
    if tsquery is None or not wanted or not cable_ids:
        return {}
    any_word = reduce(or_, wanted)
    holds = {f"holds_{i}": _matches(part) for i, part in enumerate(wanted)}
    candidates = (
        Paragraph.objects.filter(_matches(any_word), cable_id__in=cable_ids)
        .annotate(
            whole=_matches(tsquery),
            rank=SearchRank(F("search_vector"), tsquery),
            rank_any=SearchRank(F("search_vector"), any_word),
            **holds,
        )
        .values("id", "cable_id", "position", "whole", "rank", "rank_any", *holds)
    )
    by_cable: dict[int, list[dict]] = {}
    for row in candidates:
        row["holds"] = {i for i, name in enumerate(holds) if row[name]}
        by_cable.setdefault(row["cable_id"], []).append(row)
    chosen = [row for rows in by_cable.values() for row in _best_paragraphs(rows, per_cable)]
    whole_ids = [row["id"] for row in chosen if row["whole"]]
    rows = (
        Paragraph.objects.filter(id__in=[row["id"] for row in chosen])
        .annotate(
            headline=Case(
                When(id__in=whole_ids, then=_headline(tsquery)), default=_headline(any_word)
            )
        )
        .values("cable_id", "position", "number", "headline")
    )
    found: dict[int, list[dict]] = {}
    for row in sorted(rows, key=lambda r: (r["cable_id"], r["position"])):
        found.setdefault(row["cable_id"], []).append(
            {
                "position": row["position"],
                "number": row["number"],
                "anchor": paragraph_anchor(row["number"], row["position"]),
                "html": highlight(row["headline"]),
            }
        )
    return found


def _wanted_query(group: list[Term]) -> SearchQuery | None:
    """The words of one AND group a snippet should show (its negated ones are not)."""
    parts = [part for term in group if not term.negated if (part := term_query(term))]
    return reduce(or_, parts) if parts else None


def _matches(tsquery: SearchQuery) -> Func:
    # `ts_match_vq` is the function behind `@@`: called by name, it is no use to the
    # GIN index, so the few paragraphs of these cables are tested one by one instead
    # of ANDed with the index's matches across the corpus (28 ms for a common phrase).
    return Func(F("search_vector"), tsquery, function="ts_match_vq", output_field=BooleanField())


def _best_paragraphs(rows: list[dict], limit: int) -> list[dict]:
    """Of one cable's paragraphs holding any wanted word: those matching the whole
    query, best first; else, greedily, the one adding most words not yet shown."""
    whole = sorted((r for r in rows if r["whole"]), key=lambda r: (-r["rank"], r["position"]))
    if whole:
        return whole[:limit]
    chosen: list[dict] = []
    shown: set[int] = set()
    while len(chosen) < limit:
        best = max(
            (r for r in rows if r not in chosen and r["holds"] - shown),
            key=lambda r: (len(r["holds"] - shown), r["rank_any"], -r["position"]),
            default=None,
        )
        if best is None:
            break
        chosen.append(best)
        shown |= best["holds"]
    return chosen


def _headline(tsquery: SearchQuery) -> SearchHeadline:
    return SearchHeadline(
        Replace(F("text"), Value("<"), Value(TAG_OPEN)),
        tsquery,
        config=TEXT_CONFIG,
        start_sel=MARK_START,
        stop_sel=MARK_END,
        max_words=35,
        min_words=15,
        max_fragments=2,
        fragment_delimiter=" … ",
    )


def highlight(text_with_marks: str) -> SafeString:
    """Escape untrusted cable text, then turn the sentinel marks into <mark>."""
    # escape() leaves the control-character marks alone.
    escaped = escape(text_with_marks.replace(TAG_OPEN, "<"))
    return mark_safe(escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))


def paragraphs_for_reading(cable: Cable, raw_query: str = "") -> list[dict]:
    """A cable's paragraphs as safe HTML, the query's words highlighted when given."""
    query = parse_query(raw_query) if raw_query else None
    tsquery = text_query(query) if query and query.has_text else None
    paragraphs = cable.paragraphs.order_by("position")
    if tsquery is None:
        rows = paragraphs.values("position", "number", "marking", "text")
        return [
            dict(
                row,
                html=escape(row["text"]),
                anchor=paragraph_anchor(row["number"], row["position"]),
            )
            for row in rows
        ]
    marked_rows = paragraphs.annotate(
        marked=SearchHeadline(
            "text",
            tsquery,
            config=TEXT_CONFIG,
            start_sel=MARK_START,
            stop_sel=MARK_END,
            highlight_all=True,
        )
    ).values("position", "number", "marking", "text", "marked")
    return [
        dict(
            row,
            html=highlight(row["marked"]),
            anchor=paragraph_anchor(row["number"], row["position"]),
        )
        for row in marked_rows
    ]


def paragraph_anchor(number: int | None, position: int) -> str:
    """The fragment id of a paragraph on the cable page: #p3 for paragraph 3."""
    return f"p{number}" if number is not None else f"u{position}"
