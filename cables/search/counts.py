"""How many cables a search matches, and its facets: by tag, origin, classification, year."""

from __future__ import annotations

from django.db.models import QuerySet

from cables.models import (
    FACET_SAMPLE,
    Cable,
    CableSample,
    DatePrecision,
    Tag,
)
from cables.search.cache import kept_until_the_corpus_changes
from cables.search.filtering import Search, matching
from portal.replicas import read_connection

# Counting every match of a very broad query is slow; above this we say "more than".
COUNT_LIMIT = 10_000


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

    return kept_until_the_corpus_changes(f"summary:{search.digest()}", compute)


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
    and by month inside `zoom_year` for the timeline's zoomed view. A cable known only
    by its year counts in its year and in no month: `year_only` is how many of those
    the zoomed year has.

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
        .values("id", "origin", "classification", "sent_at", "date_precision", "tag_codes")
        .query.sql_with_params()
    )
    months = (
        """
        UNION ALL
        SELECT 'month', CASE WHEN date_precision = %s THEN '0'
            ELSE EXTRACT(MONTH FROM sent_at AT TIME ZONE 'UTC')::int::text END, count(*)
        FROM matches WHERE EXTRACT(YEAR FROM sent_at AT TIME ZONE 'UTC') = %s GROUP BY 2
        """
        if zoom_year
        else ""
    )
    with read_connection().cursor() as cursor:
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
            [*params, DatePrecision.YEAR.value, zoom_year] if zoom_year else params,
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
    year_only = counts["month"].pop("0", 0)  # the zoomed year's cables known by year alone
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
        "year_only": year_only,
        "approximate": sampled,
        "matches": matches * scale,
    }
