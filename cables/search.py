"""The one place that builds search querysets: pages, filters, the API, exports and feeds.

Querysets stay lazy and are ordered stably. Expensive work (snippets with
`ts_headline`) runs only for the rows of the page shown. Only published
cables are ever returned.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import reduce
from operator import or_
from typing import TypeVar

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVectorExact,
)
from django.core.cache import caches
from django.db import connection, transaction
from django.db.models import BooleanField, Case, Count, F, Func, Max, Min, Q, QuerySet, Value, When
from django.db.models.functions import ExtractYear, Replace
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from cables.models import (
    FACET_SAMPLE,
    LITERAL_CONFIG,
    TEXT_CONFIG,
    Cable,
    CableSample,
    CableTag,
    Entity,
    Mention,
    Paragraph,
    Tag,
    TitleVector,
)
from cables.query import ParsedQuery, Term, parse_query

search_cache = caches["search"]
T = TypeVar("T")

# Counting every match of a very broad query is slow; above this we say "more than".
COUNT_LIMIT = 10_000
SNIPPETS_PER_CABLE = 3
# Characters ts_headline cannot produce from cable text, so escaping cannot touch them.
MARK_START, MARK_END = "\x02", "\x03"
# ts_headline drops whatever looks like an HTML tag from its fragments; cable text is
# plain text, so "<" is hidden from its parser and put back before escaping.
TAG_OPEN = "\x04"
SORTS = ("relevance", "newest", "oldest")


@dataclass
class Search:
    """What the user asked for, validated: from the query box and the form's filters."""

    query: ParsedQuery = field(default_factory=ParsedQuery)
    tags: list[str] = field(default_factory=list)
    all_tags: bool = False
    origins: list[str] = field(default_factory=list)
    classifications: list[str] = field(default_factory=list)
    handling: list[str] = field(default_factory=list)
    date_from: date | None = None
    date_to: date | None = None
    year: int | None = None
    entity_ids: list[int] = field(default_factory=list)
    sort: str = "relevance"

    # Tag code -> id where the caller already looked them up (the form validates codes).
    tag_ids: dict[str, int] = field(default_factory=dict, repr=False, compare=False)

    @property
    def zoom_year(self) -> int | None:
        """The year the timeline shows month by month: a chosen year, or a date range
        inside one."""
        if self.year:
            return self.year
        start = self.date_from or self.query.date_from
        end = self.date_to or self.query.date_to
        return start.year if start and end and start.year == end.year else None


def published_cables() -> QuerySet[Cable]:
    return Cable.objects.filter(published=True)


def text_query(query: ParsedQuery) -> SearchQuery | None:
    """The tsquery for the query's words; None when there are no words."""
    combined = None
    for group in query.groups:
        alternatives = None
        for term in group:
            part = _term_query(term)
            if part is None:
                continue
            alternatives = part if alternatives is None else alternatives | part
        if alternatives is None:
            continue
        combined = alternatives if combined is None else combined & alternatives
    return combined


def _term_query(term: Term) -> SearchQuery | None:
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


@contextmanager
def index_plans(search: Search) -> Iterator[None]:
    """Run a text search's queries through the GIN indexes.

    PostgreSQL prices `@@` as cheap, so for a word found in most cables it scans the
    whole table and decompresses every cable's large vector: seconds at full size.
    Through the index the same match takes a tenth of that. Scoped to the search's
    own queries (SET LOCAL inside a transaction); searches without words are left
    to the planner.
    """
    if text_query(search.query) is None:
        yield
        return
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
        yield


def search_cables(search: Search) -> QuerySet[Cable]:
    """Published cables matching `search`, ranked or sorted, stably ordered."""
    cables = matching(published_cables(), search)
    tsquery = text_query(search.query)
    if search.sort == "newest":
        return cables.order_by(F("sent_at").desc(nulls_last=True), "pk")
    if search.sort == "oldest":
        return cables.order_by(F("sent_at").asc(nulls_last=True), "pk")
    if tsquery is None or not search.query.has_text:
        return cables.order_by(F("sent_at").desc(nulls_last=True), "pk")
    return _ranked(cables, tsquery)


def matching(cables: QuerySet, search: Search) -> QuerySet:
    """`cables` (of Cable or CableSample) narrowed to the search's filters and words."""
    cables = filter_cables(cables, search)
    tsquery = text_query(search.query)
    return cables if tsquery is None else cables.filter(search_vector=tsquery)


def _ranked(cables: QuerySet[Cable], tsquery: SearchQuery) -> QuerySet[Cable]:
    """Relevance: the cables whose ids, tags or subject match come first, then those
    whose summary matches, then those matching in the body alone; inside each, by
    `ts_rank` on the small head vector (reading every match's whole-text vector
    would take seconds on a broad query), then newest first."""
    return _by_heading_rank(
        cables.alias(in_title=_title_match(tsquery)), tsquery, F("in_title").desc()
    )


def _by_heading_rank(cables: QuerySet[Cable], tsquery: SearchQuery, *first) -> QuerySet[Cable]:
    rank = SearchRank(F("head_vector"), tsquery)
    return cables.alias(rank=rank).order_by(
        *first, F("rank").desc(), F("sent_at").desc(nulls_last=True), "pk"
    )


def _title_match(tsquery: SearchQuery) -> SearchVectorExact:
    return SearchVectorExact(TitleVector("head_vector"), tsquery)


def page_ids(
    cables: QuerySet[Cable], search: Search, start: int, size: int, *, exact: bool
) -> list[int]:
    """The ids of one page of `search_cables(search)`, in order.

    Ranking every match of a very broad search (more than COUNT_LIMIT) would read
    them all. Its order is made of tiers (see `_ranked`), each with an index of its
    own: the page is taken from the first tiers it reaches, and a tier it passes
    over is only counted. Page 1 of a common word ranks the few thousand cables with
    the word in their subject, not the hundred thousand with it in their summary.
    """
    tsquery = text_query(search.query)
    if exact or search.sort != "relevance" or tsquery is None or not search.query.has_text:
        return list(cables.values_list("pk", flat=True)[start : start + size])
    if any(term.negated for group in search.query.groups for term in group):
        # An excluded word may be in the body: the whole text must be tested too.
        candidates = cables.order_by()
    else:
        # The whole-text vector begins with the heading's, so a heading match is a
        # match: skip testing tens of thousands of large, compressed vectors again.
        candidates = filter_cables(published_cables(), search)
    tiers = [
        _by_heading_rank(candidates.filter(_title_match(tsquery)), tsquery),
        _by_heading_rank(
            candidates.filter(head_vector=tsquery).exclude(_title_match(tsquery)), tsquery
        ),
        cables.exclude(head_vector=tsquery).order_by(F("sent_at").desc(nulls_last=True), "pk"),
    ]
    ids: list[int] = []
    skip = start  # how many of the matches still lie before the page
    for tier in tiers:
        found = list(tier.values_list("pk", flat=True)[skip : skip + size - len(ids)])
        ids += found
        if len(ids) == size:
            break
        # Short of the page: this tier is used up, and the next one starts at its top.
        skip = max(0, skip - tier.count()) if skip and not found else 0
    return ids


def in_order(ids: list[int], *fields: str) -> list[Cable]:
    """The cables with these ids, in this order, with only `fields` loaded."""
    found = Cable.objects.only(*fields).in_bulk(ids)
    return [found[pk] for pk in ids if pk in found]


def filter_cables(cables: QuerySet, search: Search) -> QuerySet:
    query = search.query
    # By tag id, not by a join on the code: then the planner knows from its statistics
    # how common the tag is (PREL is on nearly half the cables) and plans for that.
    tag_ids = search.tag_ids
    if set(search.tags + query.tags) - tag_ids.keys():
        tag_ids = dict(
            Tag.objects.filter(code__in=search.tags + query.tags).values_list("code", "id")
        )
    if search.tags and search.all_tags:
        for code in search.tags:
            cables = cables.filter(pk__in=_cables_tagged([tag_ids.get(code)]))
    elif search.tags:
        cables = cables.filter(pk__in=_cables_tagged([tag_ids.get(c) for c in search.tags]))
    # Tags typed in the query box must all match, as its words do.
    for code in query.tags:
        cables = cables.filter(pk__in=_cables_tagged([tag_ids.get(code)]))
    origins = search.origins + query.origins
    if origins:
        matches = Q()
        for origin in origins:
            matches |= Q(origin__iexact=origin) | Q(origin__icontains=origin)
        cables = cables.filter(matches)
    if search.classifications:  # the form and facets name exact values
        cables = cables.filter(classification__in=search.classifications)
    if query.classifications:  # classification:secret in the box is the broad level
        cables = cables.filter(_classification_q(query.classifications))
    for caveat in search.handling:
        cables = cables.filter(handling__contains=[caveat])
    date_from = max(filter(None, [search.date_from, query.date_from]), default=None)
    date_to = min(filter(None, [search.date_to, query.date_to]), default=None)
    if date_from:
        cables = cables.filter(sent_at__gte=_start_of(date_from))
    if date_to:
        cables = cables.filter(sent_at__lt=_start_of(date_to) + timedelta(days=1))
    if search.year:
        cables = cables.filter(sent_at__gte=_start_of(date(search.year, 1, 1))).filter(
            sent_at__lt=_start_of(date(search.year + 1, 1, 1))
        )
    for entity_id in search.entity_ids:
        cables = cables.filter(pk__in=Mention.objects.filter(entity_id=entity_id).values("cable"))
    for name in query.entities:
        cables = cables.filter(
            pk__in=Mention.objects.filter(entity__name__iexact=name).values("cable")
        )
    return cables


def _cables_tagged(tag_ids: list[int | None]) -> QuerySet[CableTag]:
    """Ids of the cables carrying any of these tags (None: a code nobody uses)."""
    return CableTag.objects.filter(tag_id__in=[pk for pk in tag_ids if pk]).values("cable_id")


def _classification_q(values: list[str]) -> Q:
    """`secret` means SECRET and SECRET//NOFORN; the full value means only itself."""
    matches = Q()
    for value in values:
        value = value.upper()
        matches |= Q(classification=value) | Q(classification__startswith=f"{value}//")
    return matches


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def corpus_version() -> int:
    """Raised by a trigger on every write to the corpus (migration 0010)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT version FROM cables_corpus_version WHERE id = 1")
        row = cursor.fetchone()
    return row[0] if row else 0


def kept_until_the_corpus_changes(name: str, compute: Callable[[], T]) -> T:
    """`compute()`, remembered under `name` until the next write to the corpus.

    For counts over the whole corpus or over a search's matches, which take from a
    tenth of a second to a second at full size. The key carries the corpus version,
    which every write raises (migration 0010), so nothing stale is ever served.
    """
    key = f"{name}:{corpus_version()}"
    value = search_cache.get(key)
    if value is None:
        value = compute()
        search_cache.set(key, value)
    return value


def summarize(search: Search, cables: QuerySet[Cable]) -> tuple[int, bool, dict | None]:
    """(count, exact, facets) of a search, kept until the corpus changes: the same
    searches come back (links, facet clicks, feeds, the next page). The facets of a
    search with well over COUNT_LIMIT matches are counted on a sample of them."""

    def compute() -> tuple[int, bool, dict | None]:
        # The sample first: when it alone shows a fifth more than COUNT_LIMIT matches,
        # counting them (a fifth of a second for a phrase, which reads each candidate's
        # vector) would only confirm it. 12,000 is 750 sampled cables where 10,000
        # matches would give 625 on average: five standard deviations off. Otherwise
        # the matches are few enough to read them all: the exact facets count them too.
        sample = matching(CableSample.objects.filter(published=True), search)
        sampled = facets(sample, sampled=True, zoom_year=search.zoom_year)
        if sampled["matches"] >= COUNT_LIMIT * 6 // 5:
            return COUNT_LIMIT, False, sampled
        counted = facets(cables, zoom_year=search.zoom_year)
        matches = counted["matches"]
        if matches > COUNT_LIMIT:
            return COUNT_LIMIT, False, counted
        return matches, True, counted if matches else None

    digest = hashlib.sha256(repr(search).encode()).hexdigest()
    return kept_until_the_corpus_changes(f"summary:{digest}", compute)


def estimated_matches(total: int, exact: bool, facet_counts: dict | None) -> int | None:
    """For a count that stopped at COUNT_LIMIT, the matches its sampled facets saw."""
    if exact or not facet_counts:
        return None
    estimate = two_figures(facet_counts.get("matches", 0))
    return estimate if estimate > total else None


def two_figures(count: int) -> int:
    """An estimate said as precisely as a sample allows: 124,416 -> 120,000."""
    return round(count, 2 - len(str(count)))


def facets(
    cables: QuerySet,
    *,
    sampled: bool = False,
    zoom_year: int | None = None,
    tag_limit: int = 25,
    origin_limit: int = 20,
) -> dict:
    """Counts by tag, origin, classification and year among the matching cables,
    and by month inside `zoom_year` for the timeline's zoomed view.

    One statement: the matches are found once (a materialized CTE) and counted
    each way, instead of running the text match once per facet. Tags are read from
    the row's `tag_codes` (kept in step with its tags), not joined one by one.

    `sampled`: `cables` are the matches among the CableSample (one cable in
    FACET_SAMPLE), and the counts are scaled up to two significant figures, marked
    approximate: reading every one of 100,000 matches takes a second, and their
    shares are what a reader looks at.
    """
    scale = FACET_SAMPLE if sampled else 1
    matches = 0
    matches_sql, params = (
        cables.order_by()
        .values("id", "origin", "classification", "sent_at", "tag_codes")
        .query.sql_with_params()
    )
    months = (
        """
        UNION ALL
        SELECT 'month', EXTRACT(MONTH FROM sent_at AT TIME ZONE 'UTC')::int::text, count(*)
        FROM matches WHERE EXTRACT(YEAR FROM sent_at AT TIME ZONE 'UTC') = %s GROUP BY 2
        """
        if zoom_year
        else ""
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            WITH matches AS MATERIALIZED ({matches_sql})
            SELECT 'origin', origin, count(*) FROM matches GROUP BY origin
            UNION ALL
            SELECT 'classification', classification, count(*) FROM matches GROUP BY classification
            UNION ALL
            SELECT 'year', EXTRACT(YEAR FROM sent_at AT TIME ZONE 'UTC')::int::text, count(*)
            FROM matches WHERE sent_at IS NOT NULL GROUP BY 2
            UNION ALL
            SELECT 'tag', code, count(*)
            FROM matches, unnest(string_to_array(tag_codes, E'\\n')) AS code
            WHERE code <> '' GROUP BY code
            {months}
            """,
            [*params, zoom_year] if zoom_year else params,
        )
        rows = cursor.fetchall()
    counts: dict[str, dict[str, int]] = {
        "origin": {},
        "classification": {},
        "year": {},
        "tag": {},
        "month": {},
    }
    for facet, value, count in rows:
        if facet == "classification":  # every cable has one (maybe blank)
            matches += count
        counts[facet][value] = two_figures(count * scale) if sampled else count
    top_tags = sorted(counts["tag"].items(), key=lambda item: (-item[1], item[0]))[:tag_limit]
    definitions = dict(
        Tag.objects.filter(code__in=[code for code, _ in top_tags]).values_list(
            "code", "definition"
        )
    )
    return {
        "tags": [
            {"tag__code": code, "tag__definition": definitions.get(code, ""), "count": count}
            for code, count in top_tags
        ],
        "origins": [
            {"origin": origin, "count": count}
            for origin, count in sorted(counts["origin"].items(), key=lambda i: (-i[1], i[0]))
        ][:origin_limit],
        "classifications": [
            {"classification": value, "count": count}
            for value, count in sorted(
                counts["classification"].items(), key=lambda i: (-i[1], i[0])
            )
        ],
        "years": [
            {"year": int(year), "count": count}
            for year, count in sorted(counts["year"].items(), key=lambda i: int(i[0]))
        ],
        "months": [
            {"month": int(month), "count": count}
            for month, count in sorted(counts["month"].items(), key=lambda i: int(i[0]))
        ],
        "approximate": sampled,
        "matches": matches * scale,
    }


def corpus_at_a_glance(top: int = 10) -> dict:
    """What the home page says about the published corpus, kept until it changes:
    the number of cables, their first and last dates, the number of posts, the
    counts per year, the `top` most used tags and origins, and the newest cables."""

    def compute() -> dict:
        cables = published_cables().order_by()
        dates = cables.aggregate(first=Min("sent_at"), last=Max("sent_at"))
        # Every post's count: their sum is the number of cables, and they are few.
        by_origin = list(cables.values("origin").annotate(count=Count("*")))
        posts = sorted(
            (row for row in by_origin if row["origin"]), key=lambda r: (-r["count"], r["origin"])
        )
        # Through the join, not by splitting tag_codes: a person's tag has spaces.
        top_tags = (
            CableTag.objects.filter(cable__published=True)
            .values(code=F("tag__code"), definition=F("tag__definition"))
            .annotate(count=Count("*"))
            .order_by("-count", "code")[:top]
        )
        newest = (
            cables.exclude(sent_at=None)  # by cable_newest_idx
            .order_by(F("sent_at").desc(nulls_last=True), "pk")
            .values("reference_id", "sent_at", "subject", "origin")[:top]
        )
        return {
            "cable_count": sum(row["count"] for row in by_origin),
            "first_sent": dates["first"],
            "last_sent": dates["last"],
            "post_count": len(posts),
            "years": year_counts(cables),
            "top_tags": list(top_tags),
            "top_origins": posts[:top],
            "newest": list(newest),
        }

    return kept_until_the_corpus_changes("at-a-glance", compute)


def year_counts(cables: QuerySet[Cable]) -> list[dict]:
    """Counts per year, for the timelines of the home and entity pages."""
    return list(
        cables.order_by()
        .exclude(sent_at=None)
        .annotate(year=ExtractYear("sent_at"))
        .values("year")
        .annotate(count=Count("*"))
        .order_by("year")
    )


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
    parts = [part for term in group if not term.negated if (part := _term_query(term))]
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
    rows = paragraphs.annotate(
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
        for row in rows
    ]


def paragraph_anchor(number: int | None, position: int) -> str:
    """The fragment id of a paragraph on the cable page: #p3 for paragraph 3."""
    return f"p{number}" if number is not None else f"u{position}"


def spelling_suggestion(words: list[str]) -> str | None:
    """The query with each unknown word replaced by the most similar known word."""
    suggested = []
    changed = False
    with connection.cursor() as cursor:
        for word in words[:5]:
            cursor.execute(
                "SELECT word FROM cables_lexicon WHERE word %% %s "
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


def entity_overview(entity: Entity, cables: QuerySet[Cable]) -> dict:
    """An entity page's counts (`cables`: the published cables mentioning it): its
    cables, mentions, years and the entities it shares cables with. Seconds for an
    entity in a tenth of the corpus, so kept until the corpus changes."""

    def compute() -> dict:
        return {
            "cable_count": cables.count(),
            "mention_count": Mention.objects.filter(entity=entity, cable__published=True).count(),
            "years": year_counts(cables),
            "co_occurring": [
                {"pk": other.pk, "name": other.name, "shared": other.shared}
                for other in co_occurring_entities(entity)
            ],
        }

    return kept_until_the_corpus_changes(f"entity:{entity.pk}", compute)


def co_occurring_entities(entity: Entity, limit: int = 20) -> QuerySet[Entity]:
    """Entities mentioned most often in the same published cables as `entity`."""
    cables = Mention.objects.filter(entity=entity, cable__published=True).values("cable_id")
    return (
        Entity.objects.filter(hidden=False, mentions__cable_id__in=cables)
        .exclude(pk=entity.pk)
        .annotate(shared=Count("mentions__cable", distinct=True))
        .order_by("-shared", "name")[:limit]
    )


def refresh_lexicon() -> None:
    """Rebuild the spelling-suggestion word list after the corpus changed."""
    with connection.cursor() as cursor:
        cursor.execute("REFRESH MATERIALIZED VIEW cables_lexicon")


# Browsing the corpus (the API, and pages listing tags or entities): counts only
# ever include published cables, so a hidden cable leaves no trace.


def tags_with_counts(kind: str = "") -> list[Tag]:
    """Every tag, by code, with `count`, the number of published cables carrying it."""

    def compute() -> dict[int, int]:
        links = CableTag.objects.filter(cable__published=True).order_by()
        return dict(
            links.values("tag_id").annotate(count=Count("*")).values_list("tag_id", "count")
        )

    counts = kept_until_the_corpus_changes("tag-counts", compute)
    tags = list(Tag.objects.filter(kind=kind) if kind else Tag.objects.all())
    for tag in tags:
        tag.count = counts.get(tag.pk, 0)
    return tags


def origins_with_counts() -> list[dict]:
    """Each origin of published cables with its number of cables, by name."""

    def compute() -> list[dict]:
        cables = published_cables().order_by().values("origin")
        return list(cables.annotate(count=Count("*")).order_by("origin"))

    return kept_until_the_corpus_changes("origin-counts", compute)


def entity_cable_counts() -> dict[int, int]:
    """Entity id -> the number of published cables mentioning it, for every entity.

    Counted over the mentions alone (a join to every mentioned cable to test it is
    published took 14 s at full size; this 1.2 s), leaving out the few unpublished
    cables by a list of their ids; kept until the corpus changes.
    """

    def compute() -> dict[int, int]:
        with connection.cursor() as cursor:
            cursor.execute(
                """
                SELECT entity_id, count(DISTINCT cable_id) FROM cables_mention
                WHERE NOT (cable_id = ANY(ARRAY(
                    SELECT id FROM cables_cable WHERE NOT published
                )))
                GROUP BY entity_id
                """
            )
            return dict(cursor.fetchall())

    return kept_until_the_corpus_changes("entity-counts", compute)


def entities_with_counts(name: str = "", kind: str = "") -> list[Entity]:
    """Visible entities mentioned in at least one published cable, most mentioned
    first, each with `count`; only their ids and names are read here."""
    counts = entity_cable_counts()
    entities = Entity.objects.filter(hidden=False).only("id", "name", "kind")
    if name:
        entities = entities.filter(name__icontains=name)
    if kind:
        entities = entities.filter(kind=kind)
    found = []
    for entity in entities:
        entity.count = counts.get(entity.pk, 0)
        if entity.count:
            found.append(entity)
    return sorted(found, key=lambda entity: (-entity.count, entity.name, entity.pk))


def cited_by(cable: Cable) -> QuerySet[Cable]:
    """Published cables whose references resolve to `cable`, oldest first."""
    return (
        published_cables()
        .filter(references_out__cited=cable)
        .distinct()
        .order_by(F("sent_at").asc(nulls_last=True), "pk")
    )
