"""A cable's versions in the admin: listed on the cable's page, and an action that makes
another version the current one (cables.curation.versions), recorded in its history."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html

from cables.curation.versions import NotMadeCurrent, make_current
from cables.models import CableVersion


def _is_current(version: CableVersion) -> bool:
    return version.content_hash == version.cable.content_hash


class CableVersionInline(admin.TabularInline):
    """The cable's texts as ingest met them, newest first; changed from the versions list."""

    model = CableVersion
    fields = readonly_fields = ("number", "current", "first_loaded_at", "source", "content_hash")
    ordering = ["-number"]
    can_delete = False
    extra = 0
    verbose_name_plural = "versions (the texts the release gave of this cable)"

    def get_queryset(self, request: HttpRequest) -> QuerySet[CableVersion]:
        return super().get_queryset(request).defer("original_text").select_related("cable")

    def has_add_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    @admin.display(boolean=True)
    def current(self, version: CableVersion) -> bool:
        return _is_current(version)

    @admin.display(description="source")
    def source(self, version: CableVersion) -> str:
        listed = reverse("admin:cables_cableversion_changelist")
        return format_html(
            '{}{} · <a href="{}?cable__id__exact={}">make another version current</a>',
            version.source_name,
            "" if version.source_row is None else f", row {version.source_row}",
            listed,
            version.cable_id,
        )


@admin.register(CableVersion)
class CableVersionAdmin(admin.ModelAdmin):
    list_display = ["cable", "number", "is_current", "first_loaded_at", "source_name"]
    list_display += ["source_row"]
    list_select_related = ["cable"]
    search_fields = ["=cable__reference_id"]
    list_filter = ["first_loaded_at"]
    actions = ["make_current"]
    # Tuples, read as any sequence of field names: the same list for both.
    readonly_fields = (
        "cable",
        "number",
        "content_hash",
        "first_loaded_at",
        "source_name",
        "source_row",
        "source_metadata",
        "original_text",
    )
    fields = readonly_fields
    ordering = ["cable", "-number"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[CableVersion]:
        return super().get_queryset(request).defer("cable__original_text")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # versions come from ingest

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False  # ingest would bring it back

    @admin.display(boolean=True, description="current")
    def is_current(self, version: CableVersion) -> bool:
        return _is_current(version)

    @admin.action(description="Make the selected version its cable's current one")
    def make_current(self, request: HttpRequest, queryset: QuerySet[CableVersion]) -> None:
        versions = list(queryset.select_related("cable"))
        if len({version.cable_id for version in versions}) != len(versions):
            self.message_user(request, "Choose one version of each cable.", messages.ERROR)
            return
        for version in versions:
            try:
                make_current(version, request.user)  # type: ignore[arg-type]
            except NotMadeCurrent as problem:
                self.message_user(request, f"{version.cable}: {problem}", messages.WARNING)
            else:
                made = f"{version.cable}: version {version.number} is the current one now."
                self.message_user(request, made, messages.SUCCESS)
