"""POST /api/batch: the batch search page's table as JSON, one object per line.

The same counting, limits and kept results as /batch/ (cables.web.batch): the lines
are kept under their key, so the page /batch/<key>/ (the `Link` header) shows them too.
"""

from __future__ import annotations

from typing import Annotated

from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from ninja import Body, Field, Router, Schema
from ninja.errors import HttpError

from cables.search import batch
from cables.web.batch import refusal, with_links

router = Router(tags=["batch"])

LINES_DESCRIPTION = (
    f"Up to {batch.MAX_LINES:,} queries, as the lines of the batch page: a name is searched "
    'as a "phrase" unless it is written in the query syntax.'
)
EXAMPLE = ["Kestrel Energy", "Mirwais Khattak", 'entity:"Vladimir Putin" tag:ENRG']


class BatchOriginOut(Schema):
    origin: str
    count: int


class BatchLineOut(Schema):
    line: int = Field(description="The line's number among the lines sent (from 1).")
    text: str = Field(description="The line as sent, spaces collapsed.")
    query: str = Field(description='What was searched: the line, or a name as a "phrase".')
    count: int | None = Field(description="Matching cables; null when the line is invalid.")
    count_exact: bool = Field(
        description="False for a line counted on the sample of one cable in 16 (very many "
        "matches): count and origins are then estimates."
    )
    first_date: str | None = Field(
        description="The first cable's date, YYYY-MM-DD, or YYYY where it is known only by "
        "its year; null when nothing matched."
    )
    last_date: str | None
    origins: list[BatchOriginOut] = Field(description="The three origins with most matches.")
    search_url: str = Field(description="The line's search page.")
    error: str | None = Field(description="Why the line is not a valid query, else null.")


class BatchErrorOut(Schema):
    detail: str


@router.post(
    "",
    response={200: list[BatchLineOut], 400: BatchErrorOut, 429: BatchErrorOut},
    summary="Batch search",
)
def batch_api(
    request: HttpRequest,
    response: HttpResponse,
    lines: Annotated[list[str], Body(description=LINES_DESCRIPTION, examples=[EXAMPLE])],
):
    """How many cables match each query, their first and last dates and top origins.

    Each line counts against the client's batch budget (RATELIMIT_BATCH), as on /batch/.
    """
    cleaned = [batch.clean_line(line) for line in lines]
    if not cleaned:
        raise HttpError(400, "Send a JSON list of at least one query string.")
    empty = [str(number) for number, line in enumerate(cleaned, start=1) if not line]
    if empty:
        raise HttpError(400, f"Empty queries in the list (item {', '.join(empty[:10])}).")
    if len(cleaned) > batch.MAX_LINES:
        raise HttpError(
            400, f"{len(cleaned):,} queries; a batch takes at most {batch.MAX_LINES:,}."
        )
    key = batch.keep_lines(cleaned)
    refused = refusal(request, batch.lines_to_count(key, cleaned), as_json=True)
    if refused is not None:
        return refused
    page = request.build_absolute_uri(reverse("batch_results", kwargs={"key": key}))
    response["Link"] = f'<{page}>; rel="alternate"'
    rows = with_links(batch.batch_results(key, cleaned), request)
    return [dict(row, count_exact=row["exact"], error=row["error"] or None) for row in rows]
