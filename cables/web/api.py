"""The read-only JSON API under /api/: search, cables, tags and entities.

Validation reuses the search page's CableFilter and querying is the search package's, so
the API answers exactly what the pages show. Bad parameters give a 400 with
{"detail": "...", "errors": {parameter: [messages]}}; OpenAPI is at
/api/openapi.json and interactive docs at /api/docs.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime
from math import ceil
from typing import TYPE_CHECKING, Literal

from django.http import HttpRequest, HttpResponse
from ninja import Field, NinjaAPI, Query, Schema
from ninja.errors import HttpError, ValidationError
from ninja.renderers import JSONRenderer

from cables import search
from cables.citations import MAX_DEPTH
from cables.models import (
    Cable,
    DatePrecision,
    Entity,
    EntityKind,
    Reference,
    TagKind,
    split_tag_codes,
)
from cables.search.form import CableFilter
from cables.search.query import ParsedQuery
from cables.web.citation_api import GraphOut, graph_out
from cables.web.related_api import RelatedOut, related_out
from cables.web.responses import (
    HTML_SAFE_JSON,
    MAX_PAGE,
    cable_url_builder,
    errors_as_text,
    filter_errors,
)

if TYPE_CHECKING:
    from cables.search.browse import CountedTag

MAX_PAGE_SIZE = 100
ENTITY_PAGE_SIZE = 50
SUMMARY_FIELDS: tuple[str, ...] = ("pk", "reference_id", "sent_at", "date_precision")
SUMMARY_FIELDS += ("origin", "classification", "subject", "summary", "tag_codes")
CABLE_FIELDS = SUMMARY_FIELDS[1:-1] + ("handling", "precedence", "signer")


class HTMLSafeJSONRenderer(JSONRenderer):
    """JSON with <, > and & escaped as \\u003c...: the same data, no markup in the bytes."""

    def render(self, request: HttpRequest, data, *, response_status: int) -> str:
        text = super().render(request, data, response_status=response_status)
        return text.translate(HTML_SAFE_JSON)


api = NinjaAPI(
    title="Cable portal API",
    version="1",
    urls_namespace="api",
    description=(
        "Read-only search of the published cables: the search page's parameters, the same "
        "answers. Bad parameters get a 400 with "
        '`{"detail": "...", "errors": {parameter: [messages]}}`; an unknown or unpublished '
        "cable is a 404."
    ),
    renderer=HTMLSafeJSONRenderer(),
)


class InvalidParameters(Exception):
    def __init__(self, errors: dict[str, list[str]]) -> None:
        super().__init__(errors_as_text(errors))
        self.errors = errors


def bad_request(request: HttpRequest, errors: dict[str, list[str]]) -> HttpResponse:
    body = {"detail": errors_as_text(errors), "errors": errors}
    return api.create_response(request, body, status=400)


@api.exception_handler(ValidationError)
def invalid_input(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    """Ninja's own checks (types, ranges) answer 400 like the rest, not 422."""
    errors: dict[str, list[str]] = {}
    for error in exc.errors:
        location = [str(part) for part in error.get("loc", ()) if part not in ("query", "path")]
        errors.setdefault(location[0] if location else "request", []).append(error["msg"])
    return bad_request(request, errors)


@api.exception_handler(InvalidParameters)
def invalid_parameters(request: HttpRequest, exc: InvalidParameters) -> HttpResponse:
    return bad_request(request, exc.errors)


# Schemas: what goes in and out, and what /api/openapi.json documents.


class ErrorOut(Schema):
    detail: str
    errors: dict[str, list[str]] = {}


class SearchParams(Schema):
    q: str = Field("", description="Query in the search box's syntax (at most 1,000 characters).")
    tag: list[str] = Field([], description="TAGS code; repeat for several.")
    tag_mode: Literal["any", "all"] = Field("any", description="Cables with any or all the tags.")
    origin: list[str] = Field([], description="Sending post, e.g. Moscow; repeatable.")
    classification: list[str] = Field([], description="e.g. SECRET; repeatable.")
    handling: list[str] = Field([], description="Handling caveat, e.g. NOFORN; repeatable.")
    date_from: str = Field("", description="YYYY-MM-DD, inclusive.")
    date_to: str = Field("", description="YYYY-MM-DD, inclusive.")
    year: str = Field("", description="Sent in this year, e.g. 2008.")
    entity: list[str] = Field([], description="Entity id (see /api/entities); repeatable.")
    sort: Literal["relevance", "newest", "oldest"] = "relevance"
    page: int = Field(1, ge=1, description=f"Page number, at most {MAX_PAGE}.")
    page_size: int = Field(20, ge=1, le=MAX_PAGE_SIZE)


class SnippetOut(Schema):
    number: int | None = Field(description="The paragraph's number in the cable, if it has one.")
    position: int
    snippet_html: str = Field(
        description="Escaped HTML: the cable's text with the matches in <mark>. Safe as HTML."
    )
    snippet: str = Field(description="The same snippet as plain text.")


DATE_PRECISION = Field(
    description="How much of sent_at is known: full, or year where the text gives no date "
    "(sent_at is then 1 January of the year its id begins with, 00:00 UTC); null without a date."
)


class CableSummaryOut(Schema):
    reference_id: str
    sent_at: datetime | None
    date_precision: DatePrecision | None = DATE_PRECISION
    origin: str
    classification: str
    subject: str
    summary: str
    tags: list[str]
    url: str = Field(description="The cable's page.")
    snippets: list[SnippetOut] = Field(description="Best-matching paragraphs (text queries).")


class TagCountOut(Schema):
    code: str
    definition: str
    count: int


class OriginCountOut(Schema):
    origin: str
    count: int


class ClassificationCountOut(Schema):
    classification: str
    count: int


class YearCountOut(Schema):
    year: int
    count: int


class FacetsOut(Schema):
    tags: list[TagCountOut]
    origins: list[OriginCountOut]
    classifications: list[ClassificationCountOut]
    years: list[YearCountOut]
    approximate: bool = Field(
        False, description="Counted on a sample of the matches (more than 10,000) and scaled."
    )


class SearchOut(Schema):
    count: int = Field(description="Matching cables; a lower bound when count_exact is false.")
    count_exact: bool
    count_estimate: int | None = Field(
        None, description="When count_exact is false: the matches estimated from a sample."
    )
    page: int
    pages: int
    page_size: int
    results: list[CableSummaryOut]
    facets: FacetsOut


class ParagraphOut(Schema):
    number: int | None
    marking: str
    text: str


class CableTagOut(Schema):
    code: str
    definition: str


class EntityRefOut(Schema):
    id: int
    name: str
    kind: str


class ReferenceOut(Schema):
    cited_reference_id: str
    in_corpus: bool = Field(description="The cited cable is in the portal.")
    url: str | None = Field(description="The cited cable's page when it is in the portal.")


class CableOut(Schema):
    reference_id: str
    sent_at: datetime | None
    date_precision: DatePrecision | None = DATE_PRECISION
    origin: str
    classification: str
    handling: list[str]
    precedence: str
    subject: str
    summary: str
    signer: str
    url: str
    tags: list[CableTagOut]
    paragraphs: list[ParagraphOut]
    entities: list[EntityRefOut]
    references: list[ReferenceOut]
    cited_by: list[str] = Field(description="Ids of the portal's cables citing this one.")


class TagOut(Schema):
    code: str
    kind: str
    definition: str
    count: int = Field(description="Published cables carrying the tag.")


class EntityOut(Schema):
    id: int
    name: str
    kind: str
    count: int = Field(description="Published cables mentioning the entity.")


class EntityListOut(Schema):
    count: int
    page: int
    pages: int
    results: list[EntityOut]


class EntityDetailOut(EntityOut):
    aliases: list[str]
    page: int
    pages: int
    cables: list[CableSummaryOut] = Field(description="Cables mentioning it, newest first.")


# Helpers shared by the endpoints.


def page_bounds(page: int, page_size: int, count: int) -> tuple[int, int, int]:
    """(offset, limit, pages) for a page, refusing pages deeper than MAX_PAGE."""
    if page > MAX_PAGE:
        raise InvalidParameters(
            {
                "page": [
                    f"At most page {MAX_PAGE}. Narrow the search, or get every result from "
                    "/search/export.csv or /search/export.json."
                ]
            }
        )
    pages = min(ceil(count / page_size), MAX_PAGE)
    return (page - 1) * page_size, page_size, pages


def precision(sent_at: datetime | None, date_precision: str) -> str | None:
    """A date's precision, or None for a cable without a date."""
    return None if sent_at is None else date_precision


def plain(snippet_html: str) -> str:
    return html.unescape(snippet_html.replace("<mark>", "").replace("</mark>", ""))


def summaries(
    ids: list[int], query: ParsedQuery | None, cable_url: Callable[[str], str]
) -> list[dict]:
    """One page of cables (by id, in order) as summaries; snippets only for these rows."""
    by_id = {row["pk"]: row for row in Cable.objects.filter(pk__in=ids).values(*SUMMARY_FIELDS)}
    rows = [by_id[pk] for pk in ids if pk in by_id]
    found = search.snippets([row["pk"] for row in rows], query) if query else {}
    for row in rows:
        row["date_precision"] = precision(row["sent_at"], row["date_precision"])
        row["tags"] = split_tag_codes(row.pop("tag_codes"))
        row["url"] = cable_url(row["reference_id"])
        row["snippets"] = [
            {
                "number": s["number"],
                "position": s["position"],
                "snippet_html": str(s["html"]),
                "snippet": plain(s["html"]),
            }
            for s in found.get(row.pop("pk"), [])
        ]
    return rows


def facets_out(counts: dict) -> dict:
    tags = [
        {"code": t["tag__code"], "definition": t["tag__definition"], "count": t["count"]}
        for t in counts["tags"]
    ]
    return dict(counts, tags=tags)


# Endpoints.


@api.get(
    "/search", response={200: SearchOut, 400: ErrorOut}, tags=["search"], summary="Search cables"
)
def search_api(request: HttpRequest, params: Query[SearchParams]) -> dict:
    """Search published cables with the search page's parameters."""
    filterset = CableFilter(request.GET)
    if not filterset.is_valid():
        raise InvalidParameters(filter_errors(filterset))
    wanted = filterset.search
    with search.index_plans(wanted):
        cables = search.search_cables(wanted)
        count, exact, facet_counts = search.summarize(wanted, cables)
        offset, limit, pages = page_bounds(params.page, params.page_size, count)
        page = search.page_ids(cables, wanted, offset, limit, exact=exact)
        return {
            "count": count,
            "count_exact": exact,
            "count_estimate": search.estimated_matches(count, exact, facet_counts),
            "page": params.page,
            "pages": pages,
            "page_size": params.page_size,
            "results": summaries(page, wanted.query, cable_url_builder(request)),
            "facets": facets_out(facet_counts or search.facets(cables)),
        }


@api.get(
    "/cables/{reference_id}",
    response={200: CableOut, 404: ErrorOut},
    tags=["cables"],
    summary="A cable",
)
def cable_api(request: HttpRequest, reference_id: str) -> dict:
    """A published cable with its paragraphs, tags, entities and references."""
    cables = search.published_cables().defer("original_text")
    cable = cables.filter(reference_id=reference_id.upper()).first()
    if cable is None:
        raise HttpError(404, f"There is no cable {reference_id}.")
    cable_url = cable_url_builder(request)
    references = Reference.objects.filter(citing=cable).select_related("cited")
    entities = Entity.objects.filter(hidden=False, mentions__cable=cable).distinct()
    return {
        **{field: getattr(cable, field) for field in CABLE_FIELDS},
        "date_precision": precision(cable.sent_at, cable.date_precision),
        "url": cable_url(cable.reference_id),
        "tags": list(cable.tags.order_by("cable_tags__position").values("code", "definition")),
        "paragraphs": list(
            cable.paragraphs.order_by("position").values("number", "marking", "text")
        ),
        "entities": list(entities.order_by("name").values("id", "name", "kind")),
        "references": [_reference(ref, cable_url) for ref in references],
        "cited_by": list(search.cited_by(cable).values_list("reference_id", flat=True)),
    }


def _reference(reference: Reference, cable_url: Callable[[str], str]) -> dict:
    # A hidden cited cable is reported as outside the portal, like an absent one.
    cited = reference.cited if reference.cited is not None and reference.cited.published else None
    return {
        "cited_reference_id": reference.cited_reference_id,
        "in_corpus": cited is not None,
        "url": cable_url(cited.reference_id) if cited is not None else None,
    }


@api.get(
    "/cables/{reference_id}/graph",
    response={200: GraphOut, 400: ErrorOut, 404: ErrorOut},
    tags=["cables"],
    summary="A cable's citation map",
)
def cable_graph_api(
    request: HttpRequest,
    reference_id: str,
    depth: int = Query(MAX_DEPTH, ge=1, le=MAX_DEPTH, description="Steps out from the cable."),
) -> dict:
    """The cables a published cable cites and those citing it, `depth` steps out, as the
    cable page's map draws them: nodes (the cable first) and edges from citing to cited."""
    cable = search.published_cables().filter(reference_id=reference_id.upper()).first()
    if cable is None:
        raise HttpError(404, f"There is no cable {reference_id}.")
    return graph_out(cable, depth, cable_url_builder(request))


@api.get(
    "/cables/{reference_id}/related",
    response={200: RelatedOut, 404: ErrorOut},
    tags=["cables"],
    summary="Cables related to a cable",
)
def cable_related_api(request: HttpRequest, reference_id: str) -> dict:
    """The published cables most related to a published cable, as its page lists them:
    by shared references, entities, tags and distinctive words, each saying why."""
    cable = search.published_cables().filter(reference_id=reference_id.upper()).first()
    if cable is None:
        raise HttpError(404, f"There is no cable {reference_id}.")
    return related_out(cable, cable_url_builder(request))


@api.get("/tags", response={200: list[TagOut], 400: ErrorOut}, tags=["tags"], summary="Tags")
def tags_api(request: HttpRequest, kind: TagKind | None = None) -> list[CountedTag]:
    """Every tag (a few thousand at most), by code, with its count of published cables."""
    return search.tags_with_counts(kind or "")


@api.get(
    "/entities", response={200: EntityListOut, 400: ErrorOut}, tags=["entities"], summary="Entities"
)
def entities_api(
    request: HttpRequest,
    q: str = Query("", max_length=200, description="Part of the name."),
    kind: EntityKind | None = None,
    page: int = Query(1, ge=1),
) -> dict:
    """People, organizations and places in published cables, most mentioned first."""
    entities = search.entities_with_counts(q.strip(), kind or "")
    offset, limit, pages = page_bounds(page, ENTITY_PAGE_SIZE, len(entities))
    return {
        "count": len(entities),
        "page": page,
        "pages": pages,
        "results": entities[offset : offset + limit],
    }


@api.get(
    "/entities/{entity_id}",
    response={200: EntityDetailOut, 400: ErrorOut, 404: ErrorOut},
    tags=["entities"],
    summary="An entity and its cables",
)
def entity_api(request: HttpRequest, entity_id: int, page: int = Query(1, ge=1)) -> dict:
    """An entity and the published cables mentioning it, newest first, 50 a page."""
    entity = Entity.objects.filter(pk=entity_id, hidden=False).first()
    entity_count = search.entity_cable_counts().get(entity_id, 0)
    if entity is None or not entity_count:
        raise HttpError(404, f"There is no entity {entity_id}.")
    offset, limit, pages = page_bounds(page, ENTITY_PAGE_SIZE, entity_count)
    cables = search.search_cables(search.Search(entity_ids=[entity.pk], sort="newest"))
    return {
        "id": entity.pk,
        "name": entity.name,
        "kind": entity.kind,
        "aliases": entity.aliases,
        "count": entity_count,
        "page": page,
        "pages": pages,
        "cables": summaries(
            list(cables.values_list("pk", flat=True)[offset : offset + limit]),
            None,
            cable_url_builder(request),
        ),
    }
