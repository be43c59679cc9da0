"""Counts for browsing the corpus: the home page, tags, origins, entities, citations.

Counts only ever include published cables, so a hidden cable leaves no trace."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from django.db.models import Count, F, Max, Min, QuerySet
from django.db.models.functions import ExtractYear

from cables.models import (
    Cable,
    CableTag,
    DatePrecision,
    Entity,
    Mention,
    Tag,
)
from cables.search.cache import kept_until_the_corpus_changes
from cables.search.filtering import published_cables
from portal.replicas import read_connection

if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations

    class _Count(TypedDict):
        count: int  # the published cables carrying the tag or mentioning the entity

    class _Shared(TypedDict):
        shared: int  # the published cables mentioning both entities

    CountedTag = WithAnnotations[Tag, _Count]
    CountedEntity = WithAnnotations[Entity, _Count]


def corpus_at_a_glance(top: int = 10) -> dict:
    """What the home page says about the published corpus, kept until it changes:
    the number of cables, their first and last dates, the number of posts, the
    counts per year, the `top` most used tags and origins, and the newest cables."""

    def compute() -> dict:
        cables = published_cables().order_by()
        # Dates, not years: the first and last cables whose text gives a full date.
        dated = cables.filter(date_precision=DatePrecision.FULL)
        dates = dated.aggregate(first=Min("sent_at"), last=Max("sent_at"))
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
            .values("reference_id", "sent_at", "date_precision", "subject", "origin")[:top]
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


def co_occurring_entities(
    entity: Entity, limit: int = 20
) -> QuerySet[WithAnnotations[Entity, _Shared]]:
    """Entities mentioned most often in the same published cables as `entity`."""
    cables = Mention.objects.filter(entity=entity, cable__published=True).values("cable_id")
    return (
        Entity.objects.filter(hidden=False, mentions__cable_id__in=cables)
        .exclude(pk=entity.pk)
        .annotate(shared=Count("mentions__cable", distinct=True))
        .order_by("-shared", "name")[:limit]
    )


def tags_with_counts(kind: str = "") -> list[CountedTag]:
    """Every tag, by code, with `count`, the number of published cables carrying it."""

    def compute() -> dict[int, int]:
        links = CableTag.objects.filter(cable__published=True).order_by()
        return dict(
            links.values("tag_id").annotate(count=Count("*")).values_list("tag_id", "count")
        )

    counts = kept_until_the_corpus_changes("tag-counts", compute)
    tags = Tag.objects.filter(kind=kind) if kind else Tag.objects.all()
    counted = cast("list[CountedTag]", list(tags))  # given their count just below
    for tag in counted:
        tag.count = counts.get(tag.pk, 0)
    return counted


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
        mentions = read_connection().ops.quote_name(Mention._meta.db_table)
        cables = read_connection().ops.quote_name(Cable._meta.db_table)
        with read_connection().cursor() as cursor:
            cursor.execute(
                f"""
                SELECT entity_id, count(DISTINCT cable_id) FROM {mentions}
                WHERE NOT (cable_id = ANY(ARRAY(
                    SELECT id FROM {cables} WHERE NOT published
                )))
                GROUP BY entity_id
                """
            )
            return dict(cursor.fetchall())

    return kept_until_the_corpus_changes("entity-counts", compute)


def entities_with_counts(name: str = "", kind: str = "") -> list[CountedEntity]:
    """Visible entities mentioned in at least one published cable, most mentioned
    first, each with `count`; only their ids and names are read here."""
    counts = entity_cable_counts()
    entities = Entity.objects.filter(hidden=False).only("id", "name", "kind")
    if name:
        entities = entities.filter(name__icontains=name)
    if kind:
        entities = entities.filter(kind=kind)
    found: list[CountedEntity] = []
    for entity in cast("QuerySet[CountedEntity]", entities):  # given their count just below
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
