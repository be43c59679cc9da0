"""What the pages, exports, feed and API share: cable links, the deepest page, and bad
input said plainly."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse

from cables.search.form import CableFilter

# Deep pages of a broad query cost a long scan and are useless to a reader: refine
# instead, or take every result from the exports.
MAX_PAGE = 500

# JSON with these as \u escapes parses to the same data, yet no cable's markup appears
# in the response: nothing for a browser sniffing the type, or a page embedding it, to run.
HTML_SAFE_JSON = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


# Stands for the id while the cable page's URL is reversed once per response.
_ID_PLACEHOLDER = "00PLACEHOLDER0"


def cable_url_builder(request: HttpRequest | None = None) -> Callable[[str], str]:
    """A function giving a cable page's URL (absolute when `request` is given).

    The URL is reversed once, not once per row: an export may have 250,000 rows.
    """
    try:
        pattern = reverse("cable", kwargs={"reference_id": _ID_PLACEHOLDER})
    except NoReverseMatch:  # the pages' URLconf not loaded (e.g. an API-only deployment)
        pattern = f"/cable/{_ID_PLACEHOLDER}/"
    if request is not None:
        pattern = request.build_absolute_uri(pattern)
    before, _, after = pattern.partition(_ID_PLACEHOLDER)
    return lambda reference_id: f"{before}{reference_id}{after}"


def filter_errors(filterset: CableFilter) -> dict[str, list[str]]:
    """The form's errors as {parameter: [messages]}, for JSON and plain-text answers."""
    return {name: [str(message) for message in errors] for name, errors in filterset.errors.items()}


def errors_as_text(errors: dict[str, list[str]]) -> str:
    return "\n".join(
        f"{name}: {message}" for name, messages in errors.items() for message in messages
    )
