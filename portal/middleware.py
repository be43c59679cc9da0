"""Response headers every page gets, and a clear answer when the database is away."""

from __future__ import annotations

import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string

from portal import replicas

logger = logging.getLogger(__name__)

# No inline scripts or styles anywhere, so the policy needs no 'unsafe-inline'.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
# PostgreSQL's code for a statement cancelled by statement_timeout.
QUERY_CANCELED = "57014"


class SecurityHeadersMiddleware:
    """Content-Security-Policy and related headers Django does not set itself."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        response.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        return response


class RefuseNulMiddleware:
    """A 400 for a NUL character anywhere in the address.

    No cable id, tag or word contains one, and PostgreSQL refuses any string
    holding one, so every lookup given one would fail with a 500.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if "\x00" in request.path or any(
            "\x00" in name or any("\x00" in value for value in values)
            for name, values in request.GET.lists()
        ):
            message = "The address contains a NUL character (%00). Remove it and try again."
            if request.path.startswith("/api/"):
                return JsonResponse({"detail": message}, status=400)
            html = render_to_string("400.html", {"message": message}, request=request)
            return HttpResponse(html, status=400)
        return self.get_response(request)


class DatabaseUnavailableMiddleware:
    """A 503 page, not a 500, while PostgreSQL is down or a query ran too long.

    Django's connection health checks reconnect on the next request, so the
    portal recovers by itself once the database is back. A replica's failure is
    handed to portal.replicas, which answers the request again from another database.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        too_slow = getattr(getattr(exception, "__cause__", None), "pgcode", None) == QUERY_CANCELED
        if too_slow:
            logger.warning("Query cancelled after the statement timeout: %s", request.path)
            message = (
                "This request took too long and was stopped. Narrow the search "
                "(add a word, a tag or a date range) and try again."
            )
        else:
            # Read from a replica, the request is answered again elsewhere (portal.replicas).
            if not replicas.take_failure(exception):
                logger.error("Database unavailable: %s", exception)
            message = "The cable database is unavailable for a moment. Please try again shortly."
        return unavailable_response(request, message)


def unavailable_response(request: HttpRequest, message: str) -> HttpResponse:
    response: HttpResponse
    if request.path.startswith("/api/"):
        response = JsonResponse({"detail": message}, status=503)
    else:
        html = render_to_string("503.html", {"message": message})
        response = HttpResponse(html, status=503)
    response["Retry-After"] = "30"
    return response
