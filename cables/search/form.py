"""The search form's filters, validated by django-filter; the querying is the search package's."""

from __future__ import annotations

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import QuerySet

from cables import search
from cables.models import Cable, Classification, Entity, Tag
from cables.search.query import MAX_QUERY_LENGTH, parse_query
from cables.search.tsquery import searchable, unsearchable

HANDLING_CAVEATS = ["NOFORN", "SIPDIS", "NODIS", "EXDIS", "LIMDIS", "STADIS", "SENSITIVE"]
SORT_CHOICES = [("relevance", "Relevance"), ("newest", "Newest first"), ("oldest", "Oldest first")]


class MultipleCodesField(forms.MultipleChoiceField):
    """Any number of codes (tags, origins) given as repeated parameters; checked later."""

    def valid_value(self, value: str) -> bool:
        return 0 < len(value) <= 200


class CodesFilter(django_filters.MultipleChoiceFilter):
    field_class = MultipleCodesField


class CableFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label="Search",
        method="filter_nothing",
        max_length=MAX_QUERY_LENGTH,
        widget=forms.TextInput(attrs={"type": "search", "placeholder": 'e.g. "peace mission" sco'}),
    )
    tag = CodesFilter(label="Tags", method="filter_nothing")
    tag_mode = django_filters.ChoiceFilter(
        label="Match",
        choices=[("any", "any tag"), ("all", "all tags")],
        empty_label=None,
        method="filter_nothing",
    )
    origin = CodesFilter(label="Origin", method="filter_nothing")
    classification = django_filters.MultipleChoiceFilter(
        label="Classification", choices=Classification.choices, method="filter_nothing"
    )
    handling = django_filters.MultipleChoiceFilter(
        label="Handling caveat",
        choices=[(c, c) for c in HANDLING_CAVEATS],
        method="filter_nothing",
    )
    date_from = django_filters.DateFilter(
        label="From", method="filter_nothing", widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = django_filters.DateFilter(
        label="To", method="filter_nothing", widget=forms.DateInput(attrs={"type": "date"})
    )
    year = django_filters.NumberFilter(
        label="Year", method="filter_nothing", min_value=1900, max_value=2100
    )
    entity = django_filters.ModelMultipleChoiceFilter(
        label="Entity", queryset=Entity.objects.filter(hidden=False), method="filter_nothing"
    )
    sort = django_filters.ChoiceFilter(
        label="Sort", choices=SORT_CHOICES, empty_label=None, method="filter_nothing"
    )

    class Meta:
        model = Cable
        fields: list[str] = []

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data, *args, queryset=search.published_cables(), **kwargs)
        self._tag_ids: dict[str, int] = {}  # filled by is_valid(), which looks the codes up

    def filter_nothing(self, queryset, name, value):
        """Each filter only validates; filter_queryset hands them all to the search package."""
        return queryset

    def filter_queryset(self, queryset: QuerySet[Cable]) -> QuerySet[Cable]:
        return search.search_cables(self.search)

    @property
    def search(self) -> search.Search:
        """The validated request as a Search (call only after is_valid())."""
        data = self.form.cleaned_data
        return search.Search(
            query=searchable(parse_query(data.get("q") or "")),
            tags=[code.upper() for code in data.get("tag") or []],
            all_tags=data.get("tag_mode") == "all",
            origins=data.get("origin") or [],
            classifications=data.get("classification") or [],
            handling=data.get("handling") or [],
            date_from=data.get("date_from"),
            date_to=data.get("date_to"),
            year=int(data["year"]) if data.get("year") else None,
            entity_ids=[entity.pk for entity in data.get("entity") or []],
            sort=data.get("sort") or "relevance",
            tag_ids=self._tag_ids,
        )

    def is_valid(self) -> bool:
        if not super().is_valid():
            return False
        self._check_query_and_tags()
        return not self.form.errors

    def _check_query_and_tags(self) -> None:
        data = self.form.cleaned_data
        query = parse_query(data.get("q") or "")
        for message in query.errors:
            self.form.add_error("q", ValidationError(message))
        for term in (t for group in query.groups for t in group):
            if term.quoted and unsearchable(term):
                self.form.add_error(
                    "q",
                    ValidationError(
                        f'"{term.text}" is made only of words too common or too short '
                        "to be indexed: add a rarer word from the same sentence to the quotes."
                    ),
                )
        codes = {code.upper() for code in data.get("tag") or []} | set(query.tags)
        self._tag_ids = dict(Tag.objects.filter(code__in=codes).values_list("code", "id"))
        for code in sorted(codes - self._tag_ids.keys()):
            field = "tag" if code in {c.upper() for c in data.get("tag") or []} else "q"
            self.form.add_error(field, ValidationError(f"There is no tag {code}."))
        for value in query.classifications:
            if not any(c == value or c.startswith(f"{value}//") for c in Classification.values):
                self.form.add_error("q", ValidationError(f"There is no classification {value}."))
        date_from, date_to = data.get("date_from"), data.get("date_to")
        if date_from and date_to and date_from > date_to:
            self.form.add_error("date_to", ValidationError("The end date is before the start."))
