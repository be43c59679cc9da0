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


def tags_outside_the_glossary() -> list[UnknownTag]:
    """Every stored tag code the glossary does not define, with its number of cables
    and one of them, the most used first. A person's tag (`CLINTON, HILLARY`) is a
    name, not a code, and is left out."""
    glossary = load_glossary()
    rows = (
        CableTag.objects.exclude(tag__kind=TagKind.PERSON)
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
        if row["tag__code"] not in glossary
    ]
