"""What is left for curators to check in the stored tags: codes the glossary lacks."""

from __future__ import annotations

from typing import NamedTuple

from django.db.models import Count, Min

from cables.ingest.glossary import UNDEFINED_CODES, load_glossary
from cables.models import CableTag, TagKind


class UnknownTag(NamedTuple):
    code: str
    cables: int
    example: str  # the reference id of one cable holding it
    known_as: str  # why the glossary leaves it out, where that is known


def tags_outside_the_glossary(*, published_only: bool = False) -> list[UnknownTag]:
    """Every stored tag code the glossary does not define, with its number of cables
    and one of them, the most used first. A person's tag (`CLINTON, HILLARY`) is a
    name, not a code, and is left out. `published_only`: among the published cables
    alone, as the public pages count (`manage.py audit_tags` counts every cable)."""
    links = CableTag.objects.exclude(tag__kind=TagKind.PERSON)
    if published_only:
        links = links.filter(cable__published=True)
    # The few codes outside the glossary are picked first, so their links are all
    # that is counted.
    rows = (
        links.exclude(tag__code__in=list(load_glossary()))
        .values("tag__code")
        .annotate(cables=Count("cable_id", distinct=True), example=Min("cable__reference_id"))
        .order_by("-cables", "tag__code")
    )
    return [
        UnknownTag(
            row["tag__code"],
            row["cables"],
            row["example"],
            UNDEFINED_CODES.get(row["tag__code"], ""),
        )
        for row in rows
    ]
