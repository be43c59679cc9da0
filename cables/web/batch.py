"""The batch search's pages: paste or upload a list, watch it counted, share it, download it.

    /batch/                  the form; its POST keeps the lines and goes to their page
    /batch/<key>/            the table; lines not counted yet fill in part by part
                             (static/js/batch.js), or all at once without JavaScript
                             (?count=all, which the page's <noscript> asks for)
    /batch/<key>/part/<n>/   one part's rows, counted if need be, for batch.js
    /batch/<key>/batch.csv   the table as CSV

Counting is the work (cables.search.batch), each line a search: a client's lines
count against RATELIMIT_BATCH when they are counted, not when kept results are shown.
"""

from __future__ import annotations

import csv
from urllib.parse import urlencode

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods

from cables.search import batch
from cables.search.cache import corpus_version
from cables.web.batch_input import MAX_UPLOAD_BYTES, BatchForm
from cables.web.exports import neutralise
from portal.ratelimit import budget, spend, too_many_requests

CSV_COLUMNS: tuple[str, ...] = ("line", "text", "query", "cables", "exact", "first_date")
CSV_COLUMNS += ("last_date", "top_origins", "search_url", "error")
PERIODS = {1: "second", 60: "minute", 3600: "hour", 86400: "day"}


@require_http_methods(["GET", "POST"])
def batch_form(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        form = BatchForm(request.POST, request.FILES)
        if form.is_valid():
            return redirect("batch_results", key=batch.keep_lines(form.cleaned_data["batch"]))
        return render(request, "cables/batch.html", _form_context(form), status=400)
    return render(request, "cables/batch.html", _form_context(BatchForm()))


def _form_context(form: BatchForm) -> dict:
    return {"form": form, **limits()}


def limits() -> dict:
    """What the page says of the limits, from the settings."""
    lines, seconds = budget("batch")
    return {
        "max_lines": batch.MAX_LINES,
        "sampled_above": batch.SAMPLED_ABOVE,
        "max_kilobytes": MAX_UPLOAD_BYTES // 1024,
        "budget_lines": lines,
        "budget_period": PERIODS.get(seconds, f"{seconds:,} seconds"),
    }


@require_GET
def batch_results(request: HttpRequest, key: str) -> HttpResponse:
    lines = _kept_lines(key)
    kept = batch.kept_parts(key, lines, corpus_version())
    if len(kept) < batch.part_count(lines) and request.GET.get("count") == "all":
        refused = refusal(request, batch.lines_to_count(key, lines))
        if refused is not None:
            return refused
        batch.batch_results(key, lines)
        return redirect("batch_results", key=key)
    return render(request, "cables/batch.html", _table_context(key, lines, kept))


def _table_context(key: str, lines: list[str], kept: dict[int, list[dict]]) -> dict:
    parts = []
    for number in range(batch.part_count(lines)):
        rows = kept.get(number)
        first = number * batch.PART_SIZE + 1
        waiting = enumerate(batch.part_lines(lines, number), start=first)
        parts.append(
            {
                "number": number,
                "rows": None if rows is None else with_links(rows),
                "waiting": list(waiting) if rows is None else [],
            }
        )
    counted = [row for rows in kept.values() for row in rows]
    return {
        "key": key,
        "parts": parts,
        "total": len(lines),
        "done": len(counted),
        "found": sum(1 for row in counted if row["count"]),
        "pending": len(counted) < len(lines),
        **limits(),
    }


@require_GET
def batch_part(request: HttpRequest, key: str, part: int) -> HttpResponse:
    lines = _kept_lines(key)
    if part >= batch.part_count(lines):
        return JsonResponse({"detail": f"This batch has no part {part}."}, status=404)
    version = corpus_version()
    rows = batch.kept_parts(key, lines, version).get(part)
    if rows is None:
        refused = refusal(request, len(batch.part_lines(lines, part)), as_json=True)
        if refused is not None:
            return refused
        rows = batch.count_part(key, lines, part, version)
    html = render_to_string("cables/includes/batch_rows.html", {"rows": with_links(rows)})
    found = sum(1 for row in rows if row["count"])
    return JsonResponse({"part": part, "rows": len(rows), "found": found, "html": html})


@require_GET
def batch_csv(request: HttpRequest, key: str) -> HttpResponse:
    lines = _kept_lines(key)
    refused = refusal(request, batch.lines_to_count(key, lines))
    if refused is not None:
        return refused
    rows = with_links(batch.batch_results(key, lines), request)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="batch-{key}.csv"'
    writer = csv.writer(response)
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow([neutralise(str(cell)) for cell in csv_cells(row)])
    return response


def csv_cells(row: dict) -> list:
    counted = not row["error"]
    origins = "; ".join(f"{o['origin']} ({o['count']})" for o in row["origins"])
    return [
        row["line"],
        row["text"],
        row["query"],
        row["count"] if counted else "",
        ("yes" if row["exact"] else "no") if counted else "",
        row["first_date"] or "",
        row["last_date"] or "",
        origins,
        row["search_url"],
        row["error"],
    ]


def with_links(rows: list[dict], request: HttpRequest | None = None) -> list[dict]:
    """The rows with the address of each line's search (absolute when `request` is given)."""
    base = reverse("search")
    if request is not None:
        base = request.build_absolute_uri(base)
    return [dict(row, search_url=f"{base}?{urlencode({'q': row['query']})}") for row in rows]


def refusal(request: HttpRequest, lines: int, *, as_json: bool = False) -> HttpResponse | None:
    """A 429 when counting `lines` more would pass the client's budget, else None (and
    the lines are counted against it)."""
    allowed, seconds = budget("batch")
    retry_after = spend(request, "batch", lines)
    if retry_after is None:
        return None
    response = too_many_requests(request, "batch", retry_after, as_json=as_json)
    if lines > allowed:  # waiting would not help
        period = PERIODS.get(seconds, f"{seconds:,} seconds")
        message = (
            f"This batch has {lines:,} lines to count, more than the {allowed:,} lines an "
            f"address may count per {period}: split it."
        )
        if as_json:
            return JsonResponse({"detail": message}, status=429)
        return render(request, "429.html", {"message": message}, status=429)
    return response


def _kept_lines(key: str) -> list[str]:
    lines = batch.kept_lines(key) if batch.KEY.fullmatch(key) else None
    if lines is None:
        raise Http404(
            "no batch is kept under this key (a batch is kept for 30 days at most); "
            "paste or upload its lines again"
        )
    return lines
