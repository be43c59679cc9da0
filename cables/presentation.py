"""Turning search results into links a reader clicks: facets, pages, timeline bars.

Every link keeps the current search's parameters and drops `page`, so refining
starts again at the first page.
"""

from __future__ import annotations

import calendar
from urllib.parse import urlencode

from django.http import HttpRequest, QueryDict

from cables.search import Search

TIMELINE_HEIGHT = 80
BAR_WIDTH = 14
BAR_GAP = 2
MONTHS = [calendar.month_abbr[m] for m in range(1, 13)]


def _url(params: QueryDict) -> str:
    return "/search/?" + urlencode(sorted(params.lists()), doseq=True)


def with_param(request: HttpRequest, name: str, value: str, *, replace: bool = False) -> str:
    params = request.GET.copy()
    params.pop("page", None)
    if replace:
        params.setlist(name, [value])
    else:
        values = params.getlist(name)
        params.setlist(name, values + [value] if value not in values else values)
    return _url(params)


def without_param(request: HttpRequest, name: str, value: str | None = None) -> str:
    params = request.GET.copy()
    params.pop("page", None)
    if value is None:
        params.pop(name, None)
    else:
        params.setlist(name, [v for v in params.getlist(name) if v != value])
    return _url(params)


def facet_links(request: HttpRequest, counts: dict, wanted: Search) -> dict:
    """Each facet value with its count and a link that adds it or, if active, removes it."""
    selected = {
        "tag": {code.upper() for code in request.GET.getlist("tag")},
        "origin": set(request.GET.getlist("origin")),
        "classification": set(request.GET.getlist("classification")),
        "year": set(request.GET.getlist("year")),
    }

    def entry(param: str, value: str, label: str, count: int, title: str = "") -> dict:
        active = value in selected[param]
        url = without_param(request, param, value) if active else with_param(request, param, value)
        return {"label": label, "count": count, "url": url, "active": active, "title": title}

    return {
        "tags": [
            entry("tag", row["tag__code"], row["tag__code"], row["count"], row["tag__definition"])
            for row in counts["tags"]
        ],
        "origins": [
            entry("origin", row["origin"], row["origin"] or "Unknown", row["count"])
            for row in counts["origins"]
            if row["origin"]
        ],
        "classifications": [
            entry("classification", row["classification"], row["classification"], row["count"])
            for row in counts["classifications"]
            if row["classification"]
        ],
        "years": [
            entry("year", str(row["year"]), str(row["year"]), row["count"])
            for row in reversed(counts["years"])
        ],
        "approximate": counts.get("approximate", False),
    }


def page_links(request: HttpRequest, current: int, last: int, window: int = 3) -> list[dict]:
    numbers = sorted(
        {1, last} | set(range(max(1, current - window), min(last, current + window) + 1))
    )
    links, previous = [], 0
    for number in numbers:
        if number - previous > 1:
            links.append({"gap": True})
        links.append(
            {
                "number": number,
                "current": number == current,
                "url": with_param(request, "page", str(number), replace=True)
                if number != 1
                else without_param(request, "page"),
            }
        )
        previous = number
    return links


def timeline(
    rows: list[dict], request: HttpRequest, *, year: int | None, base_url: str | None = None
) -> dict | None:
    """SVG bar geometry for counts by year (or by month inside `year`).

    Clicking a bar sets the search's date range to that year or month.
    """
    if not rows:
        return None
    if year is None:
        first, last = rows[0]["year"], rows[-1]["year"]
        by_key = {row["year"]: row["count"] for row in rows}
        keys = list(range(first, last + 1))
    else:
        by_key = {row["month"]: row["count"] for row in rows}
        keys = list(range(1, 13))
    peak = max(by_key.values()) or 1
    bars = []
    for index, key in enumerate(keys):
        count = by_key.get(key, 0)
        height = round(TIMELINE_HEIGHT * count / peak) if count else 0
        if year is None:
            label, start, end = str(key), f"{key}-01-01", f"{key}-12-31"
        else:
            days = calendar.monthrange(year, key)[1]
            label, start, end = (
                f"{MONTHS[key - 1]} {year}",
                f"{year}-{key:02d}-01",
                f"{year}-{key:02d}-{days}",
            )
        bars.append(
            {
                "x": index * (BAR_WIDTH + BAR_GAP),
                "y": TIMELINE_HEIGHT - height,
                "width": BAR_WIDTH,
                "height": height,
                "label": label,
                "count": count,
                "url": _date_range_url(request, start, end, base_url),
            }
        )
    return {"bars": bars, "width": len(bars) * (BAR_WIDTH + BAR_GAP), "by_month": bool(year)}


def _date_range_url(request: HttpRequest, start: str, end: str, base_url: str | None) -> str:
    if base_url:
        return f"{base_url}&date_from={start}&date_to={end}"
    params = request.GET.copy()
    for name in ("page", "year", "date_from", "date_to"):
        params.pop(name, None)
    params.setlist("date_from", [start])
    params.setlist("date_to", [end])
    return _url(params)
