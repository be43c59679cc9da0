"""What /api/cables/<id>/related answers: the cable page's "Related cables", as JSON."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from ninja import Field, Schema

from cables.models import Cable, DatePrecision
from cables.search.related import related_to


class RelatedCableOut(Schema):
    reference_id: str
    subject: str
    sent_at: datetime | None
    date_precision: DatePrecision | None = Field(
        description="full, or year where the text gives no date; null without a date."
    )
    origin: str
    url: str = Field(description="The related cable's page.")
    why: str = Field(description="Why it is related, in words: the reasons joined by '; '.")
    reasons: list[str] = Field(description="The same reasons, strongest first.")
    score: float = Field(description="Higher is more related; comparable within one list only.")


class RelatedOut(Schema):
    reference_id: str = Field(description="The cable the list is for.")
    results: list[RelatedCableOut] = Field(description="Most related first, at most 10.")


def related_out(cable: Cable, cable_url: Callable[[str], str]) -> dict:
    results = []
    for row in related_to(cable):
        sent_at = row["sent_at"]
        results.append(
            {
                **row,
                "date_precision": None if sent_at is None else row["date_precision"],
                "url": cable_url(row["reference_id"]),
            }
        )
    return {"reference_id": cable.reference_id, "results": results}
