"""The admin's list filters: typed tag and origin, and year."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import parse_qsl

from django.contrib import admin
from django.db.models import Max, Min, QuerySet

from cables.models import Cable, CableTag


class InputFilter(admin.SimpleListFilter):
    """A list filter with a text box: tags and origins are far too many to list as links."""

    template = "admin/cables/input_filter.html"

    def lookups(self, request, model_admin) -> list:
        return []

    def has_output(self) -> bool:
        return True

    def choices(self, changelist):
        # The box's form must carry the other filters along.
        others = changelist.get_query_string(remove=[self.parameter_name, "p"])
        yield {
            "selected": self.value() is not None,
            "query_parts": parse_qsl(others.lstrip("?")),
            "value": self.value() or "",
        }


class TagFilter(InputFilter):
    title = "tag"
    parameter_name = "tag"

    def queryset(self, request, queryset: QuerySet[Cable]) -> QuerySet[Cable]:
        code = (self.value() or "").strip().upper()
        if not code:
            return queryset
        return queryset.filter(pk__in=CableTag.objects.filter(tag__code=code).values("cable_id"))


class OriginFilter(InputFilter):
    title = "origin"
    parameter_name = "origin"

    def queryset(self, request, queryset: QuerySet[Cable]) -> QuerySet[Cable]:
        origin = (self.value() or "").strip()
        return queryset.filter(origin__icontains=origin) if origin else queryset


class YearFilter(admin.SimpleListFilter):
    """Years as links, from the first and last dates (two index look-ups, no scan)."""

    title = "year"
    parameter_name = "year"

    def lookups(self, request, model_admin) -> list[tuple[str, str]]:
        span = Cable.objects.aggregate(first=Min("sent_at"), last=Max("sent_at"))
        if span["first"] is None:
            return []
        years = range(span["last"].year, span["first"].year - 1, -1)
        return [(str(year), str(year)) for year in years]

    def queryset(self, request, queryset: QuerySet[Cable]) -> QuerySet[Cable]:
        value = self.value()
        if not value or not value.isdigit():
            return queryset
        year = int(value)
        start = datetime(year, 1, 1, tzinfo=UTC)
        return queryset.filter(sent_at__gte=start, sent_at__lt=start.replace(year=year + 1))
