"""What the admin needs to stay quick on 251,287 cables: a paginator that does not count
the whole table, list filters that run no scan, and the forms of the admin's actions."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import parse_qsl

from django import forms
from django.contrib import admin
from django.contrib.admin.helpers import ActionForm
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Max, Min, QuerySet
from django.utils.functional import cached_property

from cables import curation
from cables.models import Cable, CableTag, Entity, Redaction

# Below this many rows an exact count is cheap, and the estimate may be stale.
ESTIMATE_ABOVE = 50_000


def estimated_rows(table: str) -> int:
    """PostgreSQL's estimate of a table's rows (from the last VACUUM or ANALYZE)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT reltuples::bigint FROM pg_class WHERE oid = %s::regclass", [table])
        row = cursor.fetchone()
    return row[0] if row else -1


class EstimatedCountPaginator(Paginator):
    """Counts exactly when a filter or search narrows the list; estimates the whole table."""

    @cached_property
    def count(self) -> int:
        query = getattr(self.object_list, "query", None)
        if query is not None and not query.where:
            estimate = estimated_rows(self.object_list.model._meta.db_table)
            if estimate > ESTIMATE_ABOVE:
                return estimate
        return super().count


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


class CableActionForm(ActionForm):
    tag = forms.CharField(
        required=False,
        label="Tag code",
        help_text="For adding or removing a tag.",
        widget=forms.TextInput(attrs={"size": 10}),
    )


class RedactionForm(forms.ModelForm):
    """Checks that the words occur in the cable and remembers a hidden paragraph's words."""

    class Meta:
        model = Redaction
        fields = ["cable", "paragraph_position", "text", "reason"]

    def clean(self) -> dict:
        data = super().clean()
        cable = data.get("cable") or Cable.objects.filter(pk=self.instance.cable_id).first()
        if cable is None:
            return data
        position, words = data.get("paragraph_position"), data.get("text", "")
        problem = curation.redaction_problem(cable, words, position)
        if problem:
            raise forms.ValidationError(problem)
        source = curation.unredacted_text(cable)
        if not words.strip() and position is not None:
            self.instance.paragraph_text = source.paragraphs[position]
        return data


class MergeForm(forms.Form):
    """The intermediate page of "merge into…": which entity the others become."""

    def __init__(self, *args, admin_site: admin.AdminSite, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["target"] = forms.ModelChoiceField(
            queryset=Entity.objects.filter(hidden=False, merged_into=None),
            label="Merge into",
            help_text="The entity to keep. The others become its aliases and redirect to it.",
            # Autocomplete through the admin: there may be 100,000 entities.
            widget=AutocompleteSelect(Entity._meta.get_field("merged_into"), admin_site),
        )
