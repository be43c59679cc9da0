"""Turning search results into links a reader clicks: facets, pages, timeline bars.

Every link keeps the current search's parameters and drops `page`, so refining
starts again at the first page.
"""

from __future__ import annotations

import calendar
from urllib.parse import urlencode

from django.http import HttpRequest, QueryDict

from cables.search import Search

# The chart in px: a band for the count shown on hover or focus, the bars, the axis.
TIP_BAND = 20
TIMELINE_HEIGHT = 80
AXIS_BAND = 20
BAR_MARGIN = 1 / 16  # of each bar's slot, on either side
# The chart's narrowest width in each tier of portal.css's container queries (a
# 360 px phone gives about 280 px), and what an axis label needs with its gap.
AXIS_TIERS = (("narrow", 260), ("medium", 530), ("wide", 900))
YEAR_LABEL_SPACE, YEAR_STEPS = 40, (1, 2, 5, 10, 20, 50)
MONTH_LABEL_SPACE, MONTH_STEPS = 32, (1, 2, 3, 6)
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
    links: list[dict] = []
    previous = 0
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
    rows: list[dict],
    request: HttpRequest,
    *,
    year: int | None,
    base_url: str | None = None,
    year_only: int = 0,
) -> dict | None:
    """Bars for counts by year (or by month inside `year`), with a labelled axis.

    Clicking a bar sets the search's date range to that year or month. The bars'
    x positions are percentages of the chart's width, so its text (the axis, the
    count shown on hover or focus) is never stretched. `year_only`: the cables of
    `year` known only by their year, which no month's bar counts.
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
    ticks = _tick_tiers(keys, by_month=year is not None)
    bars = []
    for index, key in enumerate(keys):
        label, tick, start, end = _period(key, year)
        count = by_key.get(key, 0)
        bars.append(
            {
                **_bar_geometry(index, len(keys), count, peak),
                "label": label,
                "tick": tick,
                "tick_tiers": ticks[index],
                "count": count,
                "url": _date_range_url(request, start, end, base_url),
            }
        )
    return {
        "bars": bars,
        "by_month": bool(year),
        "year": year,
        "year_only": year_only if year else 0,
        "height": TIP_BAND + TIMELINE_HEIGHT + AXIS_BAND,
        "baseline": TIP_BAND + TIMELINE_HEIGHT,
        "tick_y": TIP_BAND + TIMELINE_HEIGHT + AXIS_BAND - 5,
    }


def _period(key: int, year: int | None) -> tuple[str, str, str, str]:
    """(label, axis label, first day, last day) of a bar: year `key`, or month `key`
    of `year`."""
    if year is None:
        return str(key), str(key), f"{key}-01-01", f"{key}-12-31"
    days = calendar.monthrange(year, key)[1]
    month = MONTHS[key - 1]
    return f"{month} {year}", month, f"{year}-{key:02d}-01", f"{year}-{key:02d}-{days}"


def _bar_geometry(index: int, bars: int, count: int, peak: int) -> dict:
    """Where a bar, its slot (which takes the click) and its count's tip go: x in
    percent of the chart's width, y in px."""
    slot = 100 / bars
    middle = (index + 0.5) * slot
    # A year with a few cables beside thousands still shows a sliver.
    height = max(1, round(TIMELINE_HEIGHT * count / peak)) if count else 0
    # The tip stays inside the chart at either end.
    if middle < 20:
        tip_anchor, tip_x = "start", index * slot
    elif middle > 80:
        tip_anchor, tip_x = "end", (index + 1) * slot
    else:
        tip_anchor, tip_x = "middle", middle
    return {
        "slot_x": _percent(index * slot),
        "slot_width": _percent(slot),
        "x": _percent((index + BAR_MARGIN) * slot),
        "y": TIP_BAND + TIMELINE_HEIGHT - height,
        "width": _percent((1 - 2 * BAR_MARGIN) * slot),
        "height": height,
        "center": _percent(middle),
        "tip_anchor": tip_anchor,
        "tip_x": _percent(tip_x),
    }


def _tick_tiers(keys: list[int], *, by_month: bool) -> list[str]:
    """For each bar, the chart widths ("narrow medium wide") at which its axis label
    shows: every year or month where the labels fit, else every 2nd, 5th, ...
    Years are labelled at multiples of the step (2000, 2005), months from January."""
    space, steps = (MONTH_LABEL_SPACE, MONTH_STEPS) if by_month else (YEAR_LABEL_SPACE, YEAR_STEPS)
    tiers: list[list[str]] = [[] for _ in keys]
    for tier, plot_width in AXIS_TIERS:
        room = plot_width / len(keys)
        step = next((step for step in steps if room * step >= space), steps[-1])
        for index, key in enumerate(keys):
            if (key - 1 if by_month else key) % step == 0:
                tiers[index].append(tier)
    return [" ".join(names) for names in tiers]


def _percent(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".") + "%"


def _date_range_url(request: HttpRequest, start: str, end: str, base_url: str | None) -> str:
    if base_url:
        return f"{base_url}&date_from={start}&date_to={end}"
    params = request.GET.copy()
    for name in ("page", "year", "date_from", "date_to"):
        params.pop(name, None)
    params.setlist("date_from", [start])
    params.setlist("date_to", [end])
    return _url(params)
