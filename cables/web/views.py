"""The portal's pages: search, cable, tags, origins, entities, query syntax help."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, TypedDict, cast

from django.db import DatabaseError, connection
from django.db.models import Count, F, Q
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.templatetags.static import static

from cables import search
from cables.curation.audit import tags_outside_the_glossary
from cables.models import Cable, CableTag, Entity
from cables.search.form import CableFilter
from cables.web.citation_map import map_of
from cables.web.presentation import facet_links, page_links, timeline
from cables.web.responses import MAX_PAGE

if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations

    class _Snippets(TypedDict):
        snippets: list[dict]


PAGE_SIZE = 20


def home(request: HttpRequest) -> HttpResponse:
    glance = search.corpus_at_a_glance()
    return render(
        request,
        "cables/home.html",
        {
            "filter": CableFilter(),
            "glance": glance,
            "cable_count": glance["cable_count"],
            "timeline": timeline(glance["years"], request, year=None),
        },
    )


def search_results(request: HttpRequest) -> HttpResponse:
    cable_filter = CableFilter(request.GET)
    page_number, page_error = _page_number(request)
    if not cable_filter.is_valid() or page_error:
        context: dict = {"filter": cable_filter, "page_error": page_error, "results": []}
        return render(request, "cables/search.html", context, status=400)
    wanted = cable_filter.search
    if wanted.query.reference_id:
        return _go_to_cable(request, wanted.query.reference_id)

    with search.index_plans(wanted):
        context, status = _results(request, cable_filter, wanted, page_number)
        return render(request, "cables/search.html", context, status=status)


def _results(request, cable_filter, wanted, page_number: int) -> tuple[dict, int]:
    """The results page's context: the page of cables, snippets, counts, facets."""
    cables = cable_filter.qs
    total, exact, facet_counts = search.summarize(wanted, cables)
    last_page = min(max(1, math.ceil(total / PAGE_SIZE)), MAX_PAGE)
    if page_number > last_page:
        error = f"There is no page {page_number}: the last is {last_page}."
        return {"filter": cable_filter, "results": [], "page_error": error}, 404
    start = (page_number - 1) * PAGE_SIZE
    fields: tuple[str, ...] = ("reference_id", "sent_at", "date_precision", "origin")
    fields += ("classification", "subject", "tag_codes")
    ids = search.page_ids(cables, wanted, start, PAGE_SIZE, exact=exact)
    # Each given its snippets just below.
    results = cast("list[WithAnnotations[Cable, _Snippets]]", search.in_order(ids, *fields))
    found_snippets = search.snippets([cable.pk for cable in results], wanted.query)
    for cable in results:
        cable.snippets = found_snippets.get(cable.pk, [])
    return {
        "filter": cable_filter,
        "results": results,
        "total": total,
        "exact": exact,
        "estimate": search.estimated_matches(total, exact, facet_counts),
        "page_number": page_number,
        "first_position": start + 1,
        "pages": last_page,
        "page_links": page_links(request, page_number, last_page),
        "facets": facet_links(request, facet_counts, wanted) if facet_counts else None,
        "timeline": _timeline(request, facet_counts, wanted.zoom_year),
        "query_words": " ".join(wanted.query.words),
        "suggestion": None if total else _suggestion(wanted),
    }, 200


def _timeline(request, facet_counts, year):
    if not facet_counts:
        return None
    if year:
        months = facet_counts.get("months", [])
        return timeline(months, request, year=year, year_only=facet_counts.get("year_only", 0))
    return timeline(facet_counts["years"], request, year=None)


def _page_number(request: HttpRequest) -> tuple[int, str | None]:
    raw = request.GET.get("page", "1")
    # ASCII digits only ("²" is a digit int() refuses) and short (int() refuses 5,000 digits).
    if not (raw.isascii() and raw.isdigit() and len(raw) <= 7) or not 1 <= int(raw) <= 10**6:
        return 1, f"“{raw[:20]}” is not a page number."
    return int(raw), None


def _go_to_cable(request: HttpRequest, reference_id: str) -> HttpResponse:
    if search.published_cables().filter(reference_id=reference_id).exists():
        return redirect("cable", reference_id=reference_id)
    context = {
        "filter": CableFilter(request.GET),
        "results": [],
        "page_error": f"There is no cable {reference_id} in the corpus.",
    }
    return render(request, "cables/search.html", context, status=404)


def _suggestion(wanted: search.Search) -> str | None:
    """A similar subject word for a query that found nothing (trigram similarity)."""
    words = [w for w in wanted.query.words if " " not in w and len(w) > 3]
    if not words:
        return None
    return search.spelling_suggestion(words)


def cable_detail(request: HttpRequest, reference_id: str) -> HttpResponse:
    cable = get_object_or_404(search.published_cables(), reference_id=reference_id)
    query_words = request.GET.get("q", "")[:500]
    paragraphs = search.paragraphs_for_reading(cable, query_words)
    cable_tags = CableTag.objects.filter(cable=cable).select_related("tag").order_by("position")
    references = cable.references_out.select_related("cited").order_by("position")
    cited_by = search.cited_by(cable).only("reference_id", "subject", "sent_at", "origin")
    entities = (
        Entity.objects.filter(mentions__cable=cable, hidden=False)
        .annotate(total=Count("mentions"))
        .order_by("kind", "-total", "name")
    )
    same_origin = search.published_cables().filter(origin=cable.origin).exclude(pk=cable.pk)
    context = {
        "cable": cable,
        "paragraphs": paragraphs,
        "cable_tags": cable_tags,
        "references": references,
        "cited_by": cited_by,
        "entities": entities,
        "previous": _neighbour(same_origin, cable, before=True),
        "next": _neighbour(same_origin, cable, before=False),
        "query_words": query_words,
        "citation_map": map_of(cable),
        "related": search.related_to(cable),
    }
    return render(request, "cables/cable.html", context)


def _neighbour(cables, cable: Cable, *, before: bool) -> Cable | None:
    if cable.sent_at is None:
        return None
    if before:
        earlier = Q(sent_at__lt=cable.sent_at) | Q(sent_at=cable.sent_at, pk__lt=cable.pk)
        return cables.filter(earlier).order_by("-sent_at", "-pk").only("reference_id").first()
    later = Q(sent_at__gt=cable.sent_at) | Q(sent_at=cable.sent_at, pk__gt=cable.pk)
    return cables.filter(later).order_by("sent_at", "pk").only("reference_id").first()


def tag_index(request: HttpRequest) -> HttpResponse:
    tags = sorted(
        (tag for tag in search.tags_with_counts() if tag.count), key=lambda t: (t.kind, t.code)
    )
    # What is left for curators: the codes on published cables the glossary lacks.
    outside = tags_outside_the_glossary(published_only=True)
    context = {"tags": tags, "outside": outside, "outside_codes": {tag.code for tag in outside}}
    return render(request, "cables/tags.html", context)


def origin_index(request: HttpRequest) -> HttpResponse:
    return render(request, "cables/origins.html", {"origins": search.origins_with_counts()})


def entity_detail(request: HttpRequest, pk: int) -> HttpResponse:
    entity = get_object_or_404(Entity, pk=pk)
    if entity.merged_into_id:
        return redirect("entity", pk=entity.merged_into_id)
    if entity.hidden:
        raise Http404("No such entity.")
    cables = search.published_cables().filter(mentions__entity=entity).distinct()
    page_number, page_error = _page_number(request)
    if page_error or page_number > MAX_PAGE:
        raise Http404(page_error or "Page too deep.")
    start = (page_number - 1) * PAGE_SIZE
    overview = search.entity_overview(entity, cables)
    cable_count = overview["cable_count"]
    context = {
        "entity": entity,
        "first_position": start + 1,
        "next_page": page_number + 1 if start + PAGE_SIZE < cable_count else None,
        "cables": cables.order_by(F("sent_at").desc(nulls_last=True), "pk").only(
            "reference_id", "sent_at", "date_precision", "origin", "subject"
        )[start : start + PAGE_SIZE],
        "cable_count": cable_count,
        "co_occurring": overview["co_occurring"],
        "timeline": timeline(
            overview["years"], request, year=None, base_url=f"/search/?entity={entity.pk}"
        ),
        "mention_count": overview["mention_count"],
    }
    return render(request, "cables/entity.html", context)


def syntax_help(request: HttpRequest) -> HttpResponse:
    return render(request, "cables/syntax.html")


# Crawlers may read every cable and search page; the exports and the feed stream whole
# result sets, and the admin is for curators.
ROBOTS = "User-agent: *\nDisallow: /admin/\nDisallow: /search/export.\nDisallow: /search/feed.\n"


def robots_txt(request: HttpRequest) -> HttpResponse:
    return HttpResponse(ROBOTS, content_type="text/plain; charset=utf-8")


def favicon(request: HttpRequest) -> HttpResponse:
    """Pages without our <link rel="icon"> (the admin's) make browsers ask for this."""
    return redirect(static("img/favicon.svg"), permanent=True)


def healthz(request: HttpRequest) -> JsonResponse:
    """Liveness and database check for load balancers and `make run`."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return JsonResponse({"status": "database unavailable"}, status=503)
    return JsonResponse({"status": "ok"})
