"""Per-client rate limits on search, feeds, exports and the API: a clear 429."""

from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django_ratelimit import core as ratelimit_core

from portal.settings import env_rate
from tests.factories import make_cable

pytestmark = pytest.mark.django_db

# Any instant will do: django-ratelimit counts in windows that end at a fixed second of
# each hour (set by the address), and a test straddling that second would count afresh.
STOPPED_CLOCK = SimpleNamespace(time=lambda: 1_800_000_000.0)


@pytest.fixture
def limits(settings, monkeypatch):
    """Small budgets per hour, counted on a stopped clock so no window ends mid-test."""
    monkeypatch.setattr(ratelimit_core, "time", STOPPED_CLOCK)
    settings.RATELIMIT_ENABLE = True
    settings.RATELIMIT_SEARCH = "3/h"
    settings.RATELIMIT_EXPORT = "2/h"
    settings.RATELIMIT_API = "3/h"
    make_cable("08MOSCOW100")
    return settings


def test_search_beyond_the_limit_gets_a_429_page_saying_when_to_retry(client, limits):
    for _ in range(3):
        assert client.get("/search/?q=gas").status_code == 200
    response = client.get("/search/?q=gas")
    assert response.status_code == 429
    assert "Too many searches from your address" in response.text
    assert response["Content-Type"].startswith("text/html")
    assert 1 <= int(response["Retry-After"]) <= 3600
    assert f"wait {response['Retry-After']} seconds" in response.text


def test_feeds_count_against_the_search_budget(client, limits):
    for _ in range(3):
        assert client.get("/search/feed.atom?q=gas").status_code == 200
    assert client.get("/search/?q=gas").status_code == 429


def test_another_client_keeps_its_own_budget(client, limits):
    for _ in range(4):
        client.get("/search/?q=gas", REMOTE_ADDR="192.0.2.1")
    assert client.get("/search/?q=gas", REMOTE_ADDR="192.0.2.1").status_code == 429
    assert client.get("/search/?q=gas", REMOTE_ADDR="192.0.2.2").status_code == 200


def test_exports_have_their_own_smaller_budget(client, limits):
    assert client.get("/search/export.csv?q=gas").status_code == 200
    assert client.get("/search/export.json?q=gas").status_code == 200
    response = client.get("/search/export.csv?q=gas")
    assert response.status_code == 429
    assert "Too many exports" in response.text
    assert client.get("/search/?q=gas").status_code == 200


def test_the_api_answers_429_in_json(client, limits):
    for _ in range(3):
        assert client.get("/api/search?q=gas").status_code == 200
    response = client.get("/api/cables/08MOSCOW100")
    assert response.status_code == 429
    assert response.json()["detail"].startswith("Too many API requests from your address")
    assert int(response["Retry-After"]) >= 1


def test_reading_pages_is_not_limited(client, limits):
    for _ in range(5):
        assert client.get("/cable/08MOSCOW100/").status_code == 200
        assert client.get("/tags/").status_code == 200


def test_limits_can_be_turned_off(client, limits):
    limits.RATELIMIT_ENABLE = False
    for _ in range(5):
        assert client.get("/search/?q=gas").status_code == 200


def test_behind_a_proxy_the_address_the_proxy_saw_is_the_client(client, limits):
    limits.BEHIND_PROXY = True
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    for _ in range(3):
        client.get("/search/", HTTP_X_FORWARDED_FOR="198.51.100.7", **proxy)
    # A made-up first entry does not buy a fresh budget: the proxy appended the real one.
    spoofed = client.get("/search/", HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.7", **proxy)
    assert spoofed.status_code == 429
    other = client.get("/search/", HTTP_X_FORWARDED_FOR="198.51.100.8", **proxy)
    assert other.status_code == 200


def test_without_a_proxy_forwarded_for_headers_are_ignored(client, limits):
    for number in range(3):
        client.get("/search/", HTTP_X_FORWARDED_FOR=f"198.51.100.{number}")
    assert client.get("/search/", HTTP_X_FORWARDED_FOR="198.51.100.99").status_code == 429


def test_a_garbage_forwarded_for_header_falls_back_to_the_connection(client, limits):
    limits.BEHIND_PROXY = True
    response = client.get("/search/", HTTP_X_FORWARDED_FOR="not an address, <script>")
    assert response.status_code == 200


def test_readers_get_through_when_the_counters_cannot_be_read(client, limits):
    with connection.cursor() as cursor:
        cursor.execute("DROP TABLE portal_cache")  # undone with the test's transaction
    for _ in range(5):
        assert client.get("/search/?q=gas").status_code == 200


def test_the_shared_cache_counts_in_the_database():
    assert cache.add("hits", 0)
    assert [cache.incr("hits") for _ in range(3)] == [1, 2, 3]
    assert cache.get("hits") == 3
    with pytest.raises(ValueError):
        cache.incr("never-set")


@pytest.mark.parametrize("raw", ["120", "fast", "10/minute", "-1/m"])
def test_a_rate_setting_must_read_like_120_per_m(monkeypatch, raw):
    monkeypatch.setenv("SOME_RATE", raw)
    with pytest.raises(ImproperlyConfigured, match="SOME_RATE must be a rate such as 120/m"):
        env_rate("SOME_RATE", "1/m")
