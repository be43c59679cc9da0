"""The order of a search's results, and the ids of one page of them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    SearchVectorExact,
)
from django.db import connections, transaction
from django.db.models import BigIntegerField, F, Func, IntegerField, QuerySet, Value

from cables.models import (
    Cable,
    TitleVector,
)
from cables.search.cache import kept_until_the_corpus_changes
from cables.search.filtering import (
    Search,
    exact_phrases,
    filter_cables,
    matching,
    published_cables,
)
from cables.search.relevance import by_bm25
from cables.search.tsquery import text_query
from portal.replicas import read_alias


@contextmanager
def index_plans(search: Search) -> Iterator[None]:
    """Run a text search's queries through the GIN indexes.

    PostgreSQL prices `@@` as cheap, so for a word found in most cables it scans the
    whole table and decompresses every cable's large vector: seconds at full size.
    Through the index the same match takes a tenth of that. Scoped to the search's
    own queries (SET LOCAL inside a transaction, on the database the request reads
    from); searches without words are left to the planner.
    """
    if text_query(search.query) is None:
        yield
        return
    alias = read_alias()
    with transaction.atomic(using=alias):
        with connections[alias].cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
        yield


# How many matches BM25 orders: all of them when they are fewer, else the first by
# the tiers (see `_tiers`). Reading a candidate's whole vector costs a few hundredths
# of a millisecond; a broad search's 100,000 matches would take seconds.
RERANK = 500


def search_cables(search: Search) -> QuerySet[Cable]:
    """Published cables matching `search`, ranked or sorted, stably ordered."""
    cables = matching(published_cables(), search)
    if search.sort == "newest":
        return cables.order_by(F("sent_at").desc(nulls_last=True), "pk")
    if search.sort == "oldest":
        return cables.order_by(F("sent_at").asc(nulls_last=True), "pk")
    tsquery = text_query(search.query)
    if tsquery is None or not search.query.has_text:
        return cables.order_by(F("sent_at").desc(nulls_last=True), "pk")
    # The best by BM25 first, then the rest in the tiers' order.
    best = best_matches(cables, search, tsquery)
    place = Func(
        Value(best, output_field=ArrayField(BigIntegerField())),
        F("pk"),
        function="array_position",
        output_field=IntegerField(),
    )
    return _ranked(cables.alias(place=place), tsquery, F("place").asc(nulls_last=True))


def best_matches(cables: QuerySet[Cable], search: Search, tsquery: SearchQuery) -> list[int]:
    """The ids of the first RERANK matches by the tiers, ordered by BM25; kept until
    the corpus changes, for the next page and the same search again."""

    def compute() -> list[int]:
        return by_bm25(_tier_page(cables, search, tsquery, 0, RERANK), search.query)

    return kept_until_the_corpus_changes(f"best:{search.digest()}", compute)


def _ranked(cables: QuerySet[Cable], tsquery: SearchQuery, *first) -> QuerySet[Cable]:
    """The tiers: the cables whose ids, tags or subject match come first, then those
    whose summary matches, then those matching in the body alone; inside each, by
    `ts_rank` on the small head vector (reading every match's whole-text vector
    would take seconds on a broad query), then newest first."""
    return _by_heading_rank(
        cables.alias(in_title=_title_match(tsquery)), tsquery, *first, F("in_title").desc()
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

    Ordering every match of a very broad search (more than COUNT_LIMIT) would read
    them all. Its first RERANK are the best by BM25 (`best_matches`); after them
    come the tiers, each with an index of its own (`_tier_page`).
    """
    tsquery = text_query(search.query)
    if exact or search.sort != "relevance" or tsquery is None or not search.query.has_text:
        return list(cables.values_list("pk", flat=True)[start : start + size])
    best = best_matches(cables, search, tsquery)
    ids = best[start : start + size]
    if len(ids) == size or len(best) < RERANK:  # fewer: they were all the matches
        return ids
    after = cables.exclude(pk__in=best)
    rest = _tier_page(after, search, tsquery, max(0, start - len(best)), size - len(ids), best)
    return ids + rest


def _tier_page(
    cables: QuerySet[Cable],
    search: Search,
    tsquery: SearchQuery,
    start: int,
    size: int,
    without: list[int] | None = None,
) -> list[int]:
    """The ids of one page of the matches in the tiers' order (`_ranked`).

    The page is taken from the first tiers it reaches, and a tier it passes over is
    only counted: page 1 of a common word ranks the few thousand cables with the word
    in their subject, not the hundred thousand with it in their summary. `without`:
    ids left out (those already shown by BM25).
    """
    if any(term.negated for group in search.query.groups for term in group):
        # An excluded word may be in the body: the whole text must be tested too.
        candidates = cables.order_by()
    else:
        # The whole-text vector begins with the heading's, so a heading match is a
        # match: skip testing tens of thousands of large, compressed vectors again.
        # Only the exact phrases still need their text read.
        candidates = exact_phrases(filter_cables(published_cables(), search), search.query)
    if without:
        candidates = candidates.exclude(pk__in=without)
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
