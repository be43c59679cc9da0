"""Snippets of the best-matching paragraphs, and the cable page's highlighting."""

from __future__ import annotations

import re
from functools import reduce
from operator import or_

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
)
from django.db.models import BooleanField, Case, F, Func, TextField, Value, When
from django.db.models.functions import Replace
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from cables.models import (
    SEARCH_BLANKS,
    TEXT_CONFIG,
    Cable,
    Paragraph,
    SearchText,
)
from cables.search.query import ParsedQuery, Term, parse_query
from cables.search.tsquery import (
    adjacency_query,
    exact_phrase_pattern,
    searchable,
    term_query,
    text_query,
)
from portal.replicas import read_connection

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
    A phrase counts, and is marked, only where its words stand in order as written.
    """
    tsquery = text_query(query)
    wanted = _wanted_terms(query)
    if tsquery is None or not wanted or not cable_ids:
        return {}
    any_word = reduce(or_, (part for _, _, part in wanted))
    holds = {f"holds_{i}": _matches(part) for i, (_, _, part) in enumerate(wanted)}
    # A phrase's words side by side in their English forms hold it too.
    adjacent = {
        f"adjacent_{i}": _matches(side_by_side)
        for i, (_, term, _) in enumerate(wanted)
        if term.kind == "phrase" and (side_by_side := adjacency_query(term.text)) is not None
    }
    candidates = (
        Paragraph.objects.filter(_matches(any_word), cable_id__in=cable_ids)
        .annotate(
            whole=_matches(tsquery),
            rank=SearchRank(F("search_vector"), tsquery),
            rank_any=SearchRank(F("search_vector"), any_word),
            **holds,
            **adjacent,
        )
        .values(
            "id", "cable_id", "position", "text", "whole", "rank", "rank_any", *holds, *adjacent
        )
    )
    groups = {group for group, _, _ in wanted}
    by_cable: dict[int, list[dict]] = {}
    for row in candidates:
        # The groups of the query this paragraph answers; a phrase's words only where
        # they stand in order.
        row["holds"] = {
            group
            for i, (group, term, _) in enumerate(wanted)
            if row[f"holds_{i}"] and (row.get(f"adjacent_{i}") or _stands_in(term, row["text"]))
        }
        row["whole"] = row["whole"] and row["holds"] == groups
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
    shown = list(rows)
    marked = _marked_as_written([row["headline"] for row in shown], query)
    found: dict[int, list[dict]] = {}
    for row, headline in sorted(
        zip(shown, marked, strict=True), key=lambda pair: (pair[0]["cable_id"], pair[0]["position"])
    ):
        found.setdefault(row["cable_id"], []).append(
            {
                "position": row["position"],
                "number": row["number"],
                "anchor": paragraph_anchor(row["number"], row["position"]),
                "html": highlight(headline),
            }
        )
    return found


def _wanted_terms(query: ParsedQuery) -> list[tuple[int, Term, SearchQuery]]:
    """(group, term, its tsquery) for the words a snippet should show: every term the
    query asks for (not those it excludes) that a tsquery can say."""
    return [
        (index, term, part)
        for index, group in enumerate(query.groups)
        for term in group
        if not term.negated and (part := term_query(term)) is not None
    ]


def _stands_in(term: Term, text: str) -> bool:
    """Whether the paragraph holds the term as the search means it: a phrase as
    written (its tsquery asked for its words anywhere); anything else, as matched."""
    if term.kind != "phrase":
        return True
    return re.search(exact_phrase_pattern(term.text, for_python=True), text, re.I) is not None


def _marked_as_written(headlines: list[str], query: ParsedQuery) -> list[str]:
    """The headlines with the query's phrases marked where they stand as written, and
    its other words as ts_headline marked them.

    ts_headline marks a phrase's words wherever each stands, and its stop words never.
    So the phrases' words are unmarked, the other words marked again in the text that
    is left, and the phrases marked in Python.
    """
    phrases = [
        term.text
        for group in query.groups
        for term in group
        if term.kind == "phrase" and not term.negated
    ]
    if not phrases or not headlines:
        return headlines
    plain = [h.replace(MARK_START, "").replace(MARK_END, "") for h in headlines]
    others = [
        part
        for group in query.groups
        for term in group
        if term.kind != "phrase" and not term.negated and (part := term_query(term)) is not None
    ]
    marked = _highlight_all(plain, reduce(or_, others)) if others else plain
    return [mark_phrases(text, phrases) for text in marked]


def _highlight_all(texts: list[str], tsquery: SearchQuery) -> list[str]:
    """Each text with every word of the tsquery marked, in one statement."""
    # On the database the request reads from: ts_headline is work a replica can take.
    connection = read_connection()
    query = Paragraph.objects.none().query
    compiler = query.get_compiler(connection=connection)
    query_sql, query_params = compiler.compile(tsquery.resolve_expression(query))
    options = f"HighlightAll=true, StartSel={MARK_START}, StopSel={MARK_END}"
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT translate(ts_headline(%s::regconfig, cables_search_text(text), "
            f"{query_sql}, %s), %s, %s) "
            "FROM unnest(%s::text[]) WITH ORDINALITY AS given(text, place) ORDER BY place",
            [TEXT_CONFIG, *query_params, options, *_BLANKS_BACK, texts],
        )
        return [row[0] for row in cursor.fetchall()]


def mark_phrases(text: str, phrases: list[str]) -> str:
    """`text` with each occurrence of the phrases between the marks, their words as
    written or with an ending (`prime ministers`, matched in its English forms); a
    mark inside such an occurrence is merged into it."""
    for phrase in phrases:
        pattern = exact_phrase_pattern(phrase, for_python=True, endings=True)

        def marked(match: re.Match[str]) -> str:
            inner = match.group().replace(MARK_START, "").replace(MARK_END, "")
            return f"{MARK_START}{inner}{MARK_END}"

        text = re.sub(pattern, marked, text, flags=re.IGNORECASE)
    return text


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


# translate()'s arguments that give back what cables_search_text took out.
_BLANKS_BACK = ("".join(SEARCH_BLANKS), "".join(SEARCH_BLANKS.values()))


def _headline_of(text, tsquery: SearchQuery, **options) -> Func:
    """ts_headline of the text as the search read it (docs/database.md,
    `cables_search_text`), its slashes and full stops given back."""
    headline = SearchHeadline(
        SearchText(text),
        tsquery,
        config=TEXT_CONFIG,
        start_sel=MARK_START,
        stop_sel=MARK_END,
        **options,
    )
    back = [Value(characters) for characters in _BLANKS_BACK]
    return Func(headline, *back, function="translate", output_field=TextField())


def _headline(tsquery: SearchQuery) -> Func:
    return _headline_of(
        Replace(F("text"), Value("<"), Value(TAG_OPEN)),
        tsquery,
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
    query = searchable(parse_query(raw_query)) if raw_query else None
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
    marked_rows = list(
        paragraphs.annotate(marked=_headline_of(F("text"), tsquery, highlight_all=True)).values(
            "position", "number", "marking", "text", "marked"
        )
    )
    marked = [row["marked"] for row in marked_rows]
    if query:
        marked = _marked_as_written(marked, query)
    return [
        dict(
            row,
            html=highlight(text),
            anchor=paragraph_anchor(row["number"], row["position"]),
        )
        for row, text in zip(marked_rows, marked, strict=True)
    ]


def paragraph_anchor(number: int | None, position: int) -> str:
    """The fragment id of a paragraph on the cable page: #p3 for paragraph 3."""
    return f"p{number}" if number is not None else f"u{position}"
