"""/api/cables/<id>/versions: a published cable's versions, and each one's text, as JSON.

The texts are redacted as the cable's public text is (cables.curation.versions).
"""

from __future__ import annotations

from datetime import datetime

from django.http import Http404, HttpRequest
from django.urls import reverse
from ninja import Field, Router, Schema
from ninja.errors import HttpError

from cables.curation.versions import public_version
from cables.models import Cable, CableVersion
from cables.web.api import ErrorOut
from cables.web.versions import LIST_DEFER, published_cable, source_of

router = Router(tags=["cables"])


class VersionOut(Schema):
    number: int = Field(description="1 for the first text ingest met, then 2, ...")
    current: bool = Field(description="The version the cable page, search and the API read.")
    content_hash: str = Field(description="SHA-256 of the document as ingested.")
    first_loaded_at: datetime
    source: str = Field(description="The file ingest read it from, and the row of a CSV.")
    url: str = Field(description="This version's text in the API.")


class VersionsOut(Schema):
    reference_id: str
    versions: list[VersionOut] = Field(description="Newest first.")


class VersionTextOut(VersionOut):
    original_text: str = Field(description="The text, redacted as the cable's public text is.")


def _found(reference_id: str) -> Cable:
    try:
        return published_cable(reference_id)
    except Http404:
        raise HttpError(404, f"There is no cable {reference_id}.") from None


def _version_out(request: HttpRequest, cable: Cable, version: CableVersion) -> dict:
    path = reverse("api:cable_version_api", args=[cable.reference_id, version.number])
    return {
        "number": version.number,
        "current": version.content_hash == cable.content_hash,
        "content_hash": version.content_hash,
        "first_loaded_at": version.first_loaded_at,
        "source": source_of(version),
        "url": request.build_absolute_uri(path),
    }


@router.get(
    "/{reference_id}/versions",
    response={200: VersionsOut, 404: ErrorOut},
    url_name="cable_versions_api",
    summary="A cable's versions",
)
def cable_versions_api(request: HttpRequest, reference_id: str) -> dict:
    """Every distinct text the release gave of a published cable, newest first."""
    cable = _found(reference_id)
    versions = cable.versions.defer(*LIST_DEFER).order_by("-number")
    return {
        "reference_id": cable.reference_id,
        "versions": [_version_out(request, cable, version) for version in versions],
    }


@router.get(
    "/{reference_id}/versions/{number}",
    response={200: VersionTextOut, 400: ErrorOut, 404: ErrorOut},
    url_name="cable_version_api",
    summary="One version of a cable, with its text",
)
def cable_version_api(request: HttpRequest, reference_id: str, number: int) -> dict:
    """One version's original text, every redaction of the cable applied."""
    cable = _found(reference_id)
    version = cable.versions.filter(number=number).first()
    if version is None:
        raise HttpError(404, f"Cable {cable.reference_id} has no version {number}.")
    public = public_version(version, list(cable.redactions.all()))
    return dict(_version_out(request, cable, version), original_text=public.text)
