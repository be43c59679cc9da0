"""A cable's versions: the list, and what changed between any two, word by word.

Only published cables have versions to show (a hidden cable's are 404), and every
text shown is redacted as the cable's public text is (cables.curation.versions).
"""

from __future__ import annotations

from pathlib import PurePath

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from cables import search
from cables.curation.versions import comparable_texts, public_version
from cables.models import Cable, CableVersion
from cables.web.word_diff import word_diff

# Never read for the list: the texts are read only for the two versions compared.
LIST_DEFER = ("original_text", "source_metadata")


def published_cable(reference_id: str) -> Cable:
    """The published cable, without its large text; 404 for any other."""
    cables = search.published_cables().only("reference_id", "subject", "content_hash")
    return get_object_or_404(cables, reference_id=reference_id.upper())


def source_of(version: CableVersion) -> str:
    """Where ingest read the version: the file's name (never the server's folders), and
    the row of a CSV."""
    name = PurePath(version.source_name).name if version.source_name else "unknown source"
    return f"{name}, row {version.source_row}" if version.source_row is not None else name


def version_list(request: HttpRequest, reference_id: str) -> HttpResponse:
    cable = published_cable(reference_id)
    versions = list(cable.versions.defer(*LIST_DEFER).order_by("-number"))
    numbers = [version.number for version in versions]
    if "a" in request.GET or "b" in request.GET:
        chosen = _chosen_pair(request, numbers)
        if isinstance(chosen, str):
            context = {"cable": cable, "versions": versions, "message": chosen}
            return render(request, "cables/versions.html", _listed(context), status=400)
        return redirect("cable_version_diff", cable.reference_id, *chosen)
    return render(request, "cables/versions.html", _listed({"cable": cable, "versions": versions}))


def _listed(context: dict) -> dict:
    cable, versions = context["cable"], context["versions"]
    rows = [
        {
            "version": version,
            "current": version.content_hash == cable.content_hash,
            "source": source_of(version),
            "previous": versions[index + 1].number if index + 1 < len(versions) else None,
        }
        for index, version in enumerate(versions)
    ]
    return dict(context, rows=rows)


def _chosen_pair(request: HttpRequest, numbers: list[int]) -> tuple[int, int] | str:
    """The two versions the form chose, or what is wrong with them, in words."""
    try:
        a, b = int(request.GET.get("a", "")), int(request.GET.get("b", ""))
    except ValueError:
        return "Choose two versions by their numbers."
    if a == b:
        return "Choose two different versions."
    missing = [n for n in (a, b) if n not in numbers]
    if missing:
        return f"This cable has no version {missing[0]}."
    return a, b


def version_diff(request: HttpRequest, reference_id: str, a: int, b: int) -> HttpResponse:
    """What changed from version `a` to version `b` (either may be the newer)."""
    cable = published_cable(reference_id)
    if a == b:
        message = "Choose two different versions to compare."
        return render(request, "400.html", {"message": message}, status=400)
    versions = {v.number: v for v in cable.versions.filter(number__in=[a, b])}
    for number in (a, b):
        if number not in versions:
            raise Http404(f"cable {cable.reference_id} has no version {number}")
    redactions = list(cable.redactions.all())
    old, new = (public_version(versions[n], redactions) for n in (a, b))
    old_text, new_text = comparable_texts(old, new)
    context = {
        "cable": cable,
        "old": old.version,
        "new": new.version,
        "old_source": source_of(old.version),
        "new_source": source_of(new.version),
        "current": cable.content_hash,
        "paragraphs_only": old.withheld or new.withheld,
        "diff": word_diff(old_text, new_text),
    }
    return render(request, "cables/version_diff.html", context)
