"""Per-client rate limits on search, exports and the API (django-ratelimit).

Each request to a limited view counts against its client's budget for that
group (settings RATELIMIT_SEARCH, RATELIMIT_EXPORT, RATELIMIT_API, e.g.
"120/m"); a batch search counts its lines at once against RATELIMIT_BATCH
(`spend`). Counts live in the database cache, which every gunicorn worker
shares. Over the budget the client gets a 429 with Retry-After: an HTML page,
or JSON {"detail": ...} from the API.
"""

from __future__ import annotations

import ipaddress
import logging

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError, transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django_ratelimit import core as ratelimit_core
from django_ratelimit.core import get_usage

from portal import replicas

logger = logging.getLogger(__name__)

# Which budget a view's requests count against, by URL name (and namespace for the API).
GROUPS = {
    "search": "search",
    "search_feed": "search",
    "export_csv": "export",
    "export_json": "export",
}
RATE_SETTINGS = {
    "search": "RATELIMIT_SEARCH",
    "export": "RATELIMIT_EXPORT",
    "api": "RATELIMIT_API",
    "batch": "RATELIMIT_BATCH",
}


def client_ip(request: HttpRequest) -> str:
    """The client's address: the proxy's view of it when settings.BEHIND_PROXY is on.

    Behind our reverse proxy, the last X-Forwarded-For entry is the address the
    proxy itself saw connect; entries before it were sent by the client and
    could be anything, so they are never trusted.
    """
    candidates = []
    if settings.BEHIND_PROXY:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        candidates.append(forwarded[-1].strip())
    candidates.append(request.META.get("REMOTE_ADDR", ""))
    for candidate in candidates:
        try:
            return str(ipaddress.ip_address(candidate))
        except ValueError:
            continue
    return "0.0.0.0"  # e.g. a Unix socket with no proxy header: one shared budget


def limit_group(request: HttpRequest) -> str | None:
    match = request.resolver_match
    if match is None:
        return None
    if match.namespace == "api":
        return "api"
    return GROUPS.get(match.url_name) if match.url_name else None


class RateLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs):
        group = limit_group(request)
        # Answered again after its replica failed (portal.replicas), it counted already.
        if group is None or not settings.RATELIMIT_ENABLE or replicas.answering_again():
            return None
        rate = getattr(settings, RATE_SETTINGS[group])
        try:
            # In a transaction of its own: a failure here must not spoil the view's queries.
            with transaction.atomic():
                usage = get_usage(request, group=group, key="ip", rate=rate, increment=True)
        except DatabaseError:
            # Never refuse readers because the counter failed; the view answers 503
            # itself if the database is really away.
            logger.exception("Rate limit not checked: the cache failed")
            return None
        if usage is None or not usage["should_limit"]:
            return None
        logger.warning("Rate limit %s (%s) reached by %s", group, rate, client_ip(request))
        return too_many_requests(request, group, max(1, usage["time_left"]))


def spend(request: HttpRequest, group: str, amount: int) -> int | None:
    """Count `amount` requests at once against the client's budget for `group`, in the
    windows django-ratelimit counts in (a batch search counts as its lines). The seconds
    to wait when they would pass the budget, else None. Refused, they are not counted:
    the client may send a smaller batch at once."""
    if not settings.RATELIMIT_ENABLE or amount <= 0:
        return None
    rate = getattr(settings, RATE_SETTINGS[group])
    limit, period = ratelimit_core._split_rate(rate)
    client = client_ip(request)
    window = ratelimit_core._get_window(client, period)
    key = ratelimit_core._make_cache_key(group, window, rate, client, None)
    counters = caches[getattr(settings, "RATELIMIT_USE_CACHE", "default")]
    try:
        with transaction.atomic():
            counters.add(key, 0, period + ratelimit_core.EXPIRATION_FUDGE)
            count = counters.incr(key, amount)
            if count > limit:
                counters.decr(key, amount)
    except DatabaseError:
        logger.exception("Rate limit not checked: the cache failed")
        return None
    if count <= limit:
        return None
    logger.warning("Rate limit %s (%s) reached by %s", group, rate, client)
    return max(1, window - int(ratelimit_core.time.time()))


def budget(group: str) -> tuple[int, int]:
    """(requests, seconds) a client may make of `group`: (5000, 3600) for 5000/h."""
    return ratelimit_core._split_rate(getattr(settings, RATE_SETTINGS[group]))


def too_many_requests(
    request: HttpRequest, group: str, retry_after: int, *, as_json: bool = False
) -> HttpResponse:
    what = {
        "search": "searches",
        "export": "exports",
        "api": "API requests",
        "batch": "batch search lines",
    }[group]
    message = (
        f"Too many {what} from your address in a short time. "
        f"Please wait {retry_after} seconds and try again."
    )
    response: HttpResponse
    if group == "api" or as_json:
        response = JsonResponse({"detail": message}, status=429)
    else:
        html = render_to_string("429.html", {"message": message}, request=request)
        response = HttpResponse(html, status=429)
    response["Retry-After"] = str(retry_after)
    return response
