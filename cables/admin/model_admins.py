"""Curation in the Django admin: cables, redactions, tags, entities and ingest runs.

Every change a curator makes is recorded by django-simple-history (who, when,
old and new values: each object's History page). Work that touches more than
one row lives in `cables.curation`, so the public portal always follows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib import admin, messages
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin

from cables import curation
from cables.admin.filters import OriginFilter, TagFilter, YearFilter
from cables.admin.forms import CableActionForm, MergeForm, RedactionForm
from cables.admin.pagination import EstimatedCountPaginator
from cables.admin.versions import CableVersionInline
from cables.models import Cable, CableTag, Entity, IngestRun, Paragraph, Redaction, Tag
from cables.templatetags.cable_dates import date_text

if TYPE_CHECKING:
    from django.contrib.auth.models import User

    class CuratorRequest(HttpRequest):
        """A request the admin serves: it lets in only signed-in staff."""

        user: User


admin.site.site_header = "Cable portal curation"
admin.site.site_title = "Cable portal curation"
admin.site.index_title = "Curate the corpus"


class BaselineHistoryMixin(admin.ModelAdmin):
    """Records how an ingested object was before a curator's first change to it."""

    def save_model(self, request, obj, form, change) -> None:
        if change:
            curation.record_baseline(type(obj), [obj.pk])
        super().save_model(request, obj, form, change)


class CableTagInline(admin.TabularInline):
    model = CableTag
    fields = ["tag", "position"]
    autocomplete_fields = ["tag"]
    extra = 1
    verbose_name = "tag"
    verbose_name_plural = "tags (edited tags are kept by the next ingest)"


class RedactionInline(admin.TabularInline):
    model = Redaction
    form = RedactionForm
    fields = ["paragraph_position", "text", "reason"]
    extra = 0
    verbose_name_plural = "redactions (hidden from every public page, export, feed and the API)"


class ParagraphInline(admin.TabularInline):
    """The paragraphs as the public sees them; the text changes only by redaction."""

    model = Paragraph
    # Tuples, read as any sequence of field names: the same list for both.
    readonly_fields = ("position", "number", "marking", "text")
    fields = readonly_fields
    can_delete = False
    extra = 0
    ordering = ["position"]

    def has_add_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False


@admin.register(Cable)
class CableAdmin(SimpleHistoryAdmin):
    list_display = ["reference_id", "sent", "origin", "classification", "subject_start"]
    list_display += ["published"]
    list_filter = ["published", "classification", YearFilter, "date_precision"]
    list_filter += [OriginFilter, TagFilter]
    search_fields = ["=reference_id", "subject"]
    # 251,287 rows: no second count of the whole table, an estimate when unfiltered.
    show_full_result_count = False
    paginator = EstimatedCountPaginator
    list_per_page = 50
    action_form = CableActionForm
    actions = ["publish", "hide", "add_tag", "remove_tag"]
    inlines = [CableTagInline, RedactionInline, CableVersionInline, ParagraphInline]
    readonly_fields = ["reference_id", "tag_codes", "tags_curated", "reference_text"]
    readonly_fields += ["recipients", "info_recipients", "source_name", "source_row"]
    readonly_fields += ["content_hash", "parser_version", "parse_warnings"]
    readonly_fields += ["created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["reference_id", "published", "tag_codes", "tags_curated"]}),
        (
            "Header",
            {
                "fields": [
                    "sent_at",
                    "date_precision",
                    "origin",
                    "classification",
                    "handling",
                    "precedence",
                    "subject",
                    "summary",
                    "declassify_on",
                    "classified_by",
                    "classified_by_title",
                    "reasons",
                    "signer",
                    "recipients",
                    "info_recipients",
                    "reference_text",
                ]
            },
        ),
        (
            "Source",
            {
                "classes": ["collapse"],
                "fields": ["source_name", "source_row", "content_hash", "parser_version"]
                + ["parse_warnings"]
                + ["created_at", "updated_at"],
            },
        ),
    ]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Cable]:
        return super().get_queryset(request).defer(*curation.BIG_FIELDS)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # cables come from ingest

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False  # ingest would bring it back: hide it instead

    def get_search_results(self, request, queryset, search_term):
        """Each word is a cable id or part of the subject. Written out rather than
        `=reference_id`, which compares UPPER(reference_id) and so scans the table;
        `icontains` on the subject uses the trigram index on UPPER(subject)."""
        matches = Q()
        for word in search_term.split():
            matches &= Q(reference_id=word.upper()) | Q(subject__icontains=word)
        return queryset.filter(matches), False

    @admin.display(description="sent at", ordering="sent_at", empty_value="-")
    def sent(self, cable: Cable) -> str | None:
        if cable.sent_at is None:
            return None
        return date_text(cable.sent_at, cable.date_precision, "j M Y, H:i")

    @admin.display(description="subject", ordering="subject")
    def subject_start(self, cable: Cable) -> str:
        return cable.subject if len(cable.subject) <= 80 else cable.subject[:78] + " …"

    def save_model(self, request, obj, form, change) -> None:
        curation.record_baseline(Cable, [obj.pk])
        # The history record is written once the tags are saved too (save_related).
        obj.skip_history_when_saving = True
        try:
            super().save_model(request, obj, form, change)
        finally:
            del obj.skip_history_when_saving

    def save_related(self, request, form, formsets, change) -> None:
        super().save_related(request, form, formsets, change)
        edited = {formset.model for formset in formsets if formset.has_changed()}
        curation.cable_edited(
            form.instance,
            changed_fields=form.changed_data,
            tags_edited=CableTag in edited,
            redactions_edited=Redaction in edited,
        )

    @admin.action(description="Publish the selected cables", permissions=["change"])
    def publish(self, request: CuratorRequest, queryset: QuerySet[Cable]) -> None:
        count = curation.set_published(queryset.values_list("pk", flat=True), True, request.user)
        self.message_user(request, f"{count} cables published.", messages.SUCCESS)

    @admin.action(description="Hide the selected cables from the portal", permissions=["change"])
    def hide(self, request: CuratorRequest, queryset: QuerySet[Cable]) -> None:
        count = curation.set_published(queryset.values_list("pk", flat=True), False, request.user)
        self.message_user(request, f"{count} cables hidden.", messages.SUCCESS)

    @admin.action(description="Add the tag to the selected cables", permissions=["change"])
    def add_tag(self, request: CuratorRequest, queryset: QuerySet[Cable]) -> None:
        tag = self._action_tag(request)
        if tag:
            count = curation.add_tag(queryset.values_list("pk", flat=True), tag, request.user)
            self.message_user(request, f"{tag.code} added to {count} cables.", messages.SUCCESS)

    @admin.action(description="Remove the tag from the selected cables", permissions=["change"])
    def remove_tag(self, request: CuratorRequest, queryset: QuerySet[Cable]) -> None:
        tag = self._action_tag(request)
        if tag:
            count = curation.remove_tag(queryset.values_list("pk", flat=True), tag, request.user)
            self.message_user(request, f"{tag.code} removed from {count} cables.", messages.SUCCESS)

    def _action_tag(self, request: HttpRequest) -> Tag | None:
        code = request.POST.get("tag", "").strip().upper()
        tag = Tag.objects.filter(code=code).first() if code else None
        if tag is None:
            wanted = f"There is no tag {code}." if code else "Type the tag's code first."
            self.message_user(request, wanted, messages.ERROR)
        return tag


@admin.register(Redaction)
class RedactionAdmin(SimpleHistoryAdmin):
    form = RedactionForm
    list_display = ["cable", "paragraph_position", "text", "reason", "created_at"]
    list_select_related = ["cable"]
    search_fields = ["=cable__reference_id", "text"]
    autocomplete_fields = ["cable"]
    show_full_result_count = False

    def get_readonly_fields(self, request: HttpRequest, obj=None) -> list[str]:
        return ["cable"] if obj else []

    def save_model(self, request, obj, form, change) -> None:
        super().save_model(request, obj, form, change)
        curation.redactions_changed([obj.cable])

    def delete_model(self, request, obj) -> None:
        cable = obj.cable
        super().delete_model(request, obj)
        curation.redactions_changed([cable])

    def delete_queryset(self, request, queryset) -> None:
        cables = list(Cable.objects.filter(redactions__in=queryset).distinct())
        for redaction in queryset:
            redaction.delete()  # one by one, so each deletion is in the history
        curation.redactions_changed(cables)


@admin.register(Tag)
class TagAdmin(BaselineHistoryMixin, SimpleHistoryAdmin):
    list_display = ["code", "kind", "definition"]
    list_editable = ["kind", "definition"]
    list_filter = ["kind"]
    search_fields = ["^code", "definition"]
    list_per_page = 100

    def get_readonly_fields(self, request: HttpRequest, obj=None) -> list[str]:
        # Cables' tag_codes (and so their search vectors) spell the code.
        return ["code"] if obj else []


@admin.register(Entity)
class EntityAdmin(BaselineHistoryMixin, SimpleHistoryAdmin):
    list_display = ["name", "kind", "hidden", "merged_into"]
    list_filter = ["kind", "hidden", ("merged_into", admin.EmptyFieldListFilter)]
    list_select_related = ["merged_into"]
    search_fields = ["name", "key"]
    show_full_result_count = False
    paginator = EstimatedCountPaginator
    fields = ["name", "kind", "aliases", "key", "hidden", "merged_into"]
    readonly_fields = ["key", "merged_into"]
    actions = ["merge_entities", "mark_not_an_entity"]

    def get_search_results(self, request, queryset, search_term):
        queryset, duplicates = super().get_search_results(request, queryset, search_term)
        if request.GET.get("field_name") == "merged_into":  # the merge page's autocomplete
            queryset = queryset.filter(hidden=False, merged_into=None)
        return queryset, duplicates

    @admin.action(description="Merge the selected entities into another…", permissions=["change"])
    def merge_entities(self, request: CuratorRequest, queryset: QuerySet[Entity]):
        data = request.POST if "apply" in request.POST else None
        form = MergeForm(data, admin_site=self.admin_site)
        if form.is_valid():
            target = form.cleaned_data["target"]
            count = curation.merge_entities(queryset, target, request.user)
            self.message_user(request, f"{count} entities merged into {target}.", messages.SUCCESS)
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": "Merge entities",
            "opts": self.model._meta,
            "entities": queryset,
            "form": form,
            "media": self.media + form.media,
        }
        return TemplateResponse(request, "admin/cables/entity/merge.html", context)

    @admin.action(description="Mark as not an entity (hide)", permissions=["change"])
    def mark_not_an_entity(self, request: CuratorRequest, queryset: QuerySet[Entity]) -> None:
        count = curation.hide_entities(queryset, request.user)
        self.message_user(request, f"{count} entities hidden.", messages.SUCCESS)


@admin.register(IngestRun)
class IngestRunAdmin(admin.ModelAdmin):
    list_display = ["started_at", "finished_at", "arguments", "new", "updated", "unchanged"]
    list_display += ["failed"]
    readonly_fields = ("started_at", "finished_at", "arguments", "new", "updated", "unchanged",
                       "failed", "failure_list")  # fmt: skip
    fields = readonly_fields

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    @admin.display(description="failures")
    def failure_list(self, run: IngestRun) -> str:
        if not run.failures:
            return "None"
        items = format_html_join(
            "",
            "<li><strong>{}</strong>: {}</li>",
            ((f.get("document", ""), f.get("reason", "")) for f in run.failures),
        )
        more = run.failed - len(run.failures)
        tail = format_html("<p>…and {} more.</p>", more) if more > 0 else ""
        return format_html("<ul>{}</ul>{}", items, tail)
