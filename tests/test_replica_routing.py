"""Where reads and writes go with streaming replicas (portal.replicas), without servers.

tests/test_replicas.py runs the same against a real primary and replica.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import cast

import pytest
from django.contrib.auth.models import AnonymousUser
from django.contrib.sessions.models import Session
from django.core.cache import caches
from django.core.cache.backends.db import DatabaseCache
from django.db import OperationalError, transaction
from django.http import HttpRequest, HttpResponse
from django.test import RequestFactory

from cables.models import Cable
from portal import replicas
from portal.middleware import DatabaseUnavailableMiddleware
from portal.replicas import PrimaryReplicaRouter, ReplicaMiddleware, ReplicaPool
from tests.factories import REPO


@contextmanager
def reading_from(alias: str) -> Iterator[None]:
    """As inside a request that ReplicaMiddleware sent to `alias`."""
    token = replicas._read_alias.set(alias)
    try:
        yield
    finally:
        replicas._read_alias.reset(token)


def _settings_with(**env: str) -> subprocess.CompletedProcess:
    code = (
        "import json, portal.settings as s; "
        "print(json.dumps([s.DATABASE_REPLICAS, s.DATABASES, s.REPLICA_MAX_LAG_S, "
        "s.REPLICA_RETRY_S], default=str))"
    )
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_", "REPLICA_"))}
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        env={**clean, "SECRET_KEY": "k", "DATABASE_URL": "postgres://p@primary/cables", **env},
        capture_output=True,
        text=True,
    )


def test_without_replicas_there_is_the_primary_alone():
    import json

    result = _settings_with()
    aliases, databases, max_lag, retry = json.loads(result.stdout)
    assert (aliases, list(databases), max_lag, retry) == ([], ["default"], 30, 10)


def test_each_replica_url_is_a_database_read_like_the_primary():
    import json

    result = _settings_with(
        DATABASE_REPLICA_URLS="postgres://r@replica-a/cables, postgres://r@replica-b:6432/cables",
        STATEMENT_TIMEOUT_MS="10000",
        REPLICA_MAX_LAG_S="5",
    )
    aliases, databases, max_lag, _ = json.loads(result.stdout)
    assert aliases == ["replica1", "replica2"]
    assert (databases["replica1"]["HOST"], databases["replica2"]["PORT"]) == ("replica-a", 6432)
    replica = databases["replica2"]
    assert replica["NAME"] == "cables"
    assert replica["OPTIONS"] == {"connect_timeout": 3, "options": "-c statement_timeout=10000"}
    assert (replica["CONN_MAX_AGE"], replica["CONN_HEALTH_CHECKS"]) == (60, True)
    assert replica["TEST"] == {"MIRROR": "default"}
    assert max_lag == 5


@pytest.mark.parametrize(
    ("env", "message"),
    [
        (
            {"DATABASE_REPLICA_URLS": "postgres://r@a/c,mysql://secret@b/c"},
            "DATABASE_REPLICA_URLS: URL 2 is not a postgres:// URL",
        ),
        (
            {"DATABASE_REPLICA_URLS": "postgres://r@a/c", "DATABASE_URL": ""},
            "DATABASE_REPLICA_URLS needs DATABASE_URL",
        ),
        ({"REPLICA_MAX_LAG_S": "-1"}, "REPLICA_MAX_LAG_S must be 0 or more, not -1"),
        ({"REPLICA_RETRY_S": "soon"}, "REPLICA_RETRY_S must be a whole number"),
    ],
)
def test_unclear_replica_settings_are_refused(env, message):
    result = _settings_with(**env)
    assert result.returncode != 0
    assert message in result.stderr
    assert "secret" not in result.stderr  # a URL may hold a password


def test_reads_go_where_the_request_reads_and_everything_else_to_the_primary():
    router = PrimaryReplicaRouter()
    with reading_from("replica1"):
        assert router.db_for_read(Cable) == "replica1"
        assert router.db_for_write(Cable) == "default"
        # Sessions, users and both cache tables (counters, search cache): the primary.
        assert router.db_for_read(Session) == "default"
        for name in ("default", "search"):
            cache = cast(DatabaseCache, caches[name])
            assert router.db_for_read(cache.cache_model_class) == "default"
        assert replicas.read_alias() == "replica1"
    assert router.db_for_read(Cable) == "default"  # outside requests
    assert router.allow_migrate("replica1", "cables") is False
    assert router.allow_migrate("default", "cables") is True


@pytest.mark.django_db
def test_a_read_inside_a_transaction_on_the_primary_is_on_the_primary():
    with reading_from("replica1"), transaction.atomic():
        assert PrimaryReplicaRouter().db_for_read(Cable) == "default"
        assert replicas.read_connection().alias == "default"


class FakeReplicas:
    """Replicas' answers to the pool's questions, and a clock the test moves."""

    def __init__(self, *aliases: str) -> None:
        self.now = 1000.0
        self.down: set[str] = set()
        self.lag = dict.fromkeys(aliases, 0.0)
        self.measured: list[str] = []

    def measure(self, alias: str, measure: bool) -> float:
        if alias in self.down:
            raise OperationalError(f"connection to {alias} refused\nmore detail")
        if measure:
            self.measured.append(alias)
        return self.lag[alias] if measure else 0.0

    def pool(self, max_lag: float = 30, retry_after: float = 10) -> ReplicaPool:
        return ReplicaPool(
            list(self.lag),
            max_lag,
            retry_after,
            lag=self.measure,
            answers=lambda alias: alias not in self.down,
            clock=lambda: self.now,
        )


def test_requests_take_the_replicas_in_turn():
    fake = FakeReplicas("replica1", "replica2")
    pool = fake.pool()
    assert [pool.choose() for _ in range(4)] == ["replica1", "replica2"] * 2


def test_a_replica_that_is_down_is_skipped_logged_once_and_tried_again_after_a_pause(caplog):
    fake = FakeReplicas("replica1", "replica2")
    pool = fake.pool(retry_after=10)
    fake.down = {"replica1"}
    with caplog.at_level(logging.WARNING, logger="portal.replicas"):
        assert [pool.choose() for _ in range(4)] == ["replica2"] * 4
        fake.down = {"replica1", "replica2"}
        fake.now += 10
        assert pool.choose() == "default"  # the primary when no replica serves
        fake.now += 9
        assert pool.choose() == "default"
        fake.down = set()
        fake.now += 1  # both tried again after their pause
        assert {pool.choose(), pool.choose()} == {"replica1", "replica2"}
    said = [record.getMessage() for record in caplog.records]
    assert len(said) == 4, said  # replica1 down, replica2 down, both back
    assert said[0].startswith("Replica replica1 skipped in process ")
    assert "it cannot be reached (connection to replica1 refused)" in said[0]
    assert sum("serves reads again" in message for message in said) == 2


def test_a_replica_too_far_behind_is_skipped_and_its_lag_asked_once_a_second():
    fake = FakeReplicas("replica1")
    pool = fake.pool(max_lag=30, retry_after=10)
    assert pool.choose() == "replica1"
    fake.lag["replica1"] = 31.0
    assert pool.choose() == "replica1"  # measured a moment ago: not asked again yet
    fake.now += replicas.LAG_CHECK_S
    assert pool.choose() == "default"
    assert fake.measured == ["replica1", "replica1"]
    fake.lag["replica1"] = 0.0
    fake.now += 10
    assert pool.choose() == "replica1"


def test_a_failure_during_a_request_skips_the_replica_only_when_it_does_not_answer():
    fake = FakeReplicas("replica1", "replica2")
    pool = fake.pool()
    assert pool.confirm_failure("replica1", OperationalError("conflict with recovery")) is False
    fake.down = {"replica1"}
    assert pool.confirm_failure("replica1", OperationalError("terminated")) is True
    fake.down = set()
    assert [pool.choose() for _ in range(3)] == ["replica2"] * 3  # for its pause


class RaisingUser:
    @property
    def is_authenticated(self) -> bool:
        raise OperationalError("the primary is down")


@pytest.mark.parametrize(
    ("method", "path", "cookie", "user", "primary"),
    [
        ("get", "/search/", False, AnonymousUser(), False),
        ("head", "/api/search", False, AnonymousUser(), False),
        ("post", "/search/", False, AnonymousUser(), True),
        ("get", "/admin/", False, AnonymousUser(), True),
        ("get", "/search/", True, AnonymousUser(), False),  # a cookie, nobody signed in
        ("get", "/search/", True, type("Curator", (), {"is_authenticated": True})(), True),
        ("get", "/search/", True, RaisingUser(), True),
    ],
)
def test_which_requests_read_from_the_primary(method, path, cookie, user, primary):
    factory = RequestFactory()
    if cookie:
        factory.cookies["sessionid"] = "0123456789abcdefghijklmnopqrstuv"
    request = getattr(factory, method)(path)
    request.user = user
    assert replicas.reads_from_primary(request) is primary


class OnePool:
    def __init__(self, answers: bool) -> None:
        self.answers = answers
        self.chosen = 0

    def choose(self) -> str:
        self.chosen += 1
        return "replica1" if self.chosen == 1 else "default"

    def confirm_failure(self, alias: str, error: Exception) -> bool:
        return not self.answers


def _serve(settings, monkeypatch, answers: bool, fail_on: set[str]):
    settings.DATABASE_REPLICAS = ["replica1"]
    monkeypatch.setattr(replicas, "_pool", OnePool(answers))
    attempts: list[tuple[str, bool]] = []

    def view(request: HttpRequest) -> HttpResponse:
        attempts.append((replicas.read_alias(), replicas.answering_again()))
        if replicas.read_alias() in fail_on:
            error = OperationalError("server closed the connection unexpectedly")
            unavailable = DatabaseUnavailableMiddleware(view).process_exception(request, error)
            assert unavailable is not None
            return unavailable
        return HttpResponse("the page")

    request = RequestFactory().get("/search/?q=gas")
    request.user = AnonymousUser()
    return ReplicaMiddleware(view)(request), attempts


def test_a_request_whose_replica_fails_is_answered_again_from_the_primary(
    settings, monkeypatch, caplog
):
    with caplog.at_level(logging.WARNING):
        response, attempts = _serve(settings, monkeypatch, answers=False, fail_on={"replica1"})
    assert (response.status_code, response.content) == (200, b"the page")
    assert attempts == [("replica1", False), ("default", True)]  # not counted twice
    assert "Database unavailable" not in caplog.text


def test_a_replica_that_still_answers_hands_the_request_to_the_primary_saying_so(
    settings, monkeypatch, caplog
):
    with caplog.at_level(logging.WARNING):
        response, attempts = _serve(settings, monkeypatch, answers=True, fail_on={"replica1"})
    assert response.status_code == 200
    assert [alias for alias, _ in attempts] == ["replica1", "default"]
    assert "A request reading from replica replica1 failed (server closed the connection" in (
        caplog.text
    )


def test_when_the_primary_fails_too_the_reader_gets_the_503_and_it_is_logged(
    settings, monkeypatch, caplog
):
    with caplog.at_level(logging.ERROR):
        response, _ = _serve(settings, monkeypatch, answers=False, fail_on={"replica1", "default"})
    assert response.status_code == 503
    assert caplog.text.count("Database unavailable") == 1


def test_without_replicas_every_request_reads_from_the_primary(settings):
    settings.DATABASE_REPLICAS = []
    seen = []

    def view(request: HttpRequest) -> HttpResponse:
        seen.append(replicas.read_alias())
        return HttpResponse()

    ReplicaMiddleware(view)(RequestFactory().get("/"))
    assert seen == ["default"]
