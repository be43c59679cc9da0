"""A fault the portal survives: PostgreSQL restarted while it serves.

Everything runs on this machine: a PostgreSQL server of its own (the shared one keeps
serving everyone else) and gunicorn on a free loopback port. Every wait is bounded and
every process started here is stopped in a `finally`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.factories import REPO, write_cable
from tests.postgres import ThrowawayPostgres, free_loopback_port
from tests.processes import start_gunicorn, stop_process_group

UNAVAILABLE = "The cable database is unavailable for a moment. Please try again shortly."


@pytest.fixture
def throwaway_postgres() -> Iterator[ThrowawayPostgres]:
    server = ThrowawayPostgres()
    try:
        server.init()
        server.start()
        yield server
    finally:
        server.remove()


def _fetch(url: str, cookie: str | None = None) -> tuple[int, str, str, dict]:
    """Status, content type, body and headers of a GET, whatever the status."""
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    try:
        with urllib.request.urlopen(request, timeout=15) as response:
            return response.status, response.headers["Content-Type"], response.read().decode(), {}
    except urllib.error.HTTPError as error:
        with error:
            body = error.read().decode()
        return error.code, error.headers["Content-Type"], body, dict(error.headers)


WEB_WORKERS = 2


@pytest.fixture
def portal(throwaway_postgres, tmp_path) -> Iterator[tuple[str, subprocess.Popen, Path]]:
    """The real portal under gunicorn over the throwaway server, with one cable in it."""
    env = {
        **os.environ,
        "DATABASE_URL": throwaway_postgres.url,
        "SECRET_KEY": "fault-test-secret-key-not-used-anywhere-else-0123456789",
        "HOST": "127.0.0.1",
        "PORT": str(free_loopback_port()),
        "WEB_CONCURRENCY": str(WEB_WORKERS),
        "DEBUG": "false",
    }
    cable = write_cable(tmp_path / "cable.txt", "08PARIS100", subject="GAS PRICES", body="Gas.")
    # One Python process for the three commands: each start of Django costs seconds here.
    setup = (
        "from django.core.management import call_command as run; "
        "run('migrate', verbosity=0); run('createcachetable'); "
        f"run('ingest', {str(cable)!r}, verbosity=0)"
    )
    subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", setup],
        cwd=REPO,
        env=env,
        check=True,
        timeout=120,
    )
    log = tmp_path / "gunicorn.log"
    base = f"http://127.0.0.1:{env['PORT']}"
    server = start_gunicorn(env, log)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and server.poll() is None:
            try:
                if _fetch(f"{base}/healthz")[0] == 200:
                    break
            except OSError:
                pass
            time.sleep(0.2)
        else:
            pytest.fail(f"gunicorn did not serve within 30 s:\n{log.read_text()}")
        yield base, server, log
    finally:
        stop_process_group(server)


PAGES = ["/", "/search/?q=gas", "/cable/08PARIS100/", "/api/search?q=gas"]


# A signed-in curator's browser: the admin reads the session from the database.
SESSION_COOKIE = "sessionid=0123456789abcdefghijklmnopqrstuv"


def _assert_every_page_serves(base: str) -> None:
    for path in PAGES:
        status, _, body, _ = _fetch(base + path)
        assert status == 200, f"{path}: {status}\n{body[:2000]}"
    assert "GAS PRICES" in _fetch(f"{base}/cable/08PARIS100/")[2]
    assert _fetch(f"{base}/api/search?q=gas")[2].count("08PARIS100") >= 1


def test_a_postgresql_restart_gives_clear_503s_then_the_portal_recovers_by_itself(
    throwaway_postgres, portal
):
    base, gunicorn, log = portal
    _assert_every_page_serves(base)

    throwaway_postgres.stop()
    # Each path several times, so that both workers meet the outage.
    for path in (PAGES + ["/admin/"]) * WEB_WORKERS * 2:
        status, content_type, body, headers = _fetch(base + path, SESSION_COOKIE)
        assert status == 503, f"{path}: {status}\n{body[:2000]}"
        assert headers.get("Retry-After") == "30"
        assert "Traceback" not in body
        if path.startswith("/api/"):
            assert content_type == "application/json"
            assert json.loads(body) == {"detail": UNAVAILABLE}
        else:
            assert content_type.startswith("text/html")
            assert "<h1>Temporarily unavailable</h1>" in body
            assert UNAVAILABLE in body
    status, _, body, _ = _fetch(f"{base}/healthz")
    assert (status, json.loads(body)) == (503, {"status": "database unavailable"})

    throwaway_postgres.start()
    deadline = time.monotonic() + 20
    while _fetch(f"{base}/healthz")[0] != 200:
        assert time.monotonic() < deadline, "the portal did not recover within 20 s"
        time.sleep(0.2)
    for _ in range(WEB_WORKERS * 2):
        _assert_every_page_serves(base)
        assert "Log in" in _fetch(f"{base}/admin/", SESSION_COOKIE)[2]

    # A quick restart between two requests: the workers' kept connections are dead, and
    # the health check must replace them before the first query, not after a 503.
    throwaway_postgres.stop()
    throwaway_postgres.start()
    for _ in range(WEB_WORKERS * 2):
        _assert_every_page_serves(base)

    assert gunicorn.poll() is None, "gunicorn itself must not have stopped"
    output = log.read_text()
    # No worker died and was replaced, and nothing was answered with a 500.
    assert output.count("Booting worker") == WEB_WORKERS, output
    assert "Internal Server Error" not in output, output
    assert '" 500 ' not in output, output
    assert output.count('" 503 ') == (len(PAGES) + 1) * WEB_WORKERS * 2 + 1, output
