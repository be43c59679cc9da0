"""CSV and JSON exports of every result of a search, streamed row by row.

A search can match the whole corpus (250,000 cables), so nothing here builds
the full list: rows come from a server-side cursor in chunks and are written
as they arrive."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, JsonResponse, StreamingHttpResponse
from django.views.decorators.http import require_GET

from cables import search
from cables.models import Cable, split_tag_codes
from cables.search.form import CableFilter
from cables.web.responses import HTML_SAFE_JSON, cable_url_builder, errors_as_text, filter_errors

CHUNK_SIZE = 2000


# date_precision last, after the columns exports had before it: a reader that takes the
# columns by position still finds them.
COLUMNS: tuple[str, ...] = ("reference_id", "sent_at", "origin", "classification", "subject")
COLUMNS += ("tags", "url", "date_precision")


# Between the tags in the CSV's one cell: a tag may hold spaces and commas (a person).
TAGS_IN_A_CELL = "; "


# Spreadsheets run a cell starting with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def rows(cables: QuerySet[Cable], cable_url: Callable[[str], str]) -> Iterator[dict]:
    """One plain dict per cable, in the search's order, read in chunks."""
    values = cables.values(*COLUMNS[:5], "tag_codes", "date_precision")
    for row in values.iterator(chunk_size=CHUNK_SIZE):
        record: dict[str, Any] = dict(row)
        record["tags"] = split_tag_codes(record.pop("tag_codes"))
        record["url"] = cable_url(record["reference_id"])
        # "year": the text gives no date, and sent_at is 1 January of its id's year.
        precision = record.pop("date_precision")
        record["date_precision"] = precision if record["sent_at"] else None
        yield record


def neutralise(value: str) -> str:
    """Make a cell that a spreadsheet would run as a formula plain text."""
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


class _Echo:
    """A file-like object whose write() hands the line back, so csv.writer can stream."""

    def write(self, value: str) -> str:
        return value


def csv_lines(records: Iterable[dict]) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield writer.writerow(COLUMNS)
    for row in records:
        sent_at = row["sent_at"].isoformat() if row["sent_at"] else ""
        cells = [row["reference_id"], sent_at, row["origin"], row["classification"]]
        cells += [row["subject"], TAGS_IN_A_CELL.join(row["tags"]), row["url"]]
        cells += [row["date_precision"] or ""]
        yield writer.writerow([neutralise(cell) for cell in cells])


def json_chunks(records: Iterable[dict]) -> Iterator[str]:
    """A JSON array written piece by piece: `[`, the rows joined by `,\\n`, `]`."""
    yield "["
    separator = "\n"
    for row in records:
        text = json.dumps(row, cls=DjangoJSONEncoder, ensure_ascii=False)
        yield separator + text.translate(HTML_SAFE_JSON)
        separator = ",\n"
    yield "\n]\n"


def _validated(request: HttpRequest) -> CableFilter:
    filterset = CableFilter(request.GET)
    filterset.is_valid()
    return filterset


@require_GET
def export_csv(request: HttpRequest) -> HttpResponse | StreamingHttpResponse:
    filterset = _validated(request)
    if filterset.errors:
        text = errors_as_text(filter_errors(filterset))
        return HttpResponse(text, status=400, content_type="text/plain; charset=utf-8")
    records = rows(search.search_cables(filterset.search), cable_url_builder(request))
    response = StreamingHttpResponse(csv_lines(records), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="cables-search.csv"'
    return response


@require_GET
def export_json(request: HttpRequest) -> HttpResponse | StreamingHttpResponse:
    filterset = _validated(request)
    if filterset.errors:
        errors = filter_errors(filterset)
        return JsonResponse({"detail": errors_as_text(errors), "errors": errors}, status=400)
    records = rows(search.search_cables(filterset.search), cable_url_builder(request))
    response = StreamingHttpResponse(json_chunks(records), content_type="application/json")
    response["Content-Disposition"] = 'attachment; filename="cables-search.json"'
    return response
