"""Expensive requests are bounded: a statement timeout with a clear answer, and a
maximum page depth."""

import os
import subprocess
import sys

import pytest
from django.db import connection

from cables.search import counts
from cables.web import views
from tests.factories import REPO, make_cable

pytestmark = pytest.mark.django_db


@pytest.fixture
def slow_search(monkeypatch):
    """Counting the matches runs into a short statement timeout, as a runaway search would."""

    def count_slowly(cables, **options):
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL statement_timeout = '50ms'")
            cursor.execute("SELECT pg_sleep(5)")

    monkeypatch.setattr(counts, "facets", count_slowly)
    make_cable("08MOSCOW1")


def test_a_search_stopped_by_the_statement_timeout_says_to_narrow_it(client, slow_search):
    response = client.get("/search/?q=gas")
    assert response.status_code == 503
    assert "This request took too long and was stopped. Narrow the search" in response.text
    assert response["Retry-After"] == "30"


def test_an_api_search_stopped_by_the_statement_timeout_answers_json(client, slow_search):
    response = client.get("/api/search?q=gas")
    assert response.status_code == 503
    assert response.json()["detail"].startswith("This request took too long and was stopped.")


def test_web_workers_run_with_a_statement_timeout():
    code = (
        "import runpy; runpy.run_path('gunicorn.conf.py'); import portal.settings as s; "
        "print(s.DATABASES['default']['OPTIONS']['options'])"
    )
    env = {k: v for k, v in os.environ.items() if k != "STATEMENT_TIMEOUT_MS"}
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        env={**env, "SECRET_KEY": "k", "DATABASE_URL": "postgres://nobody@localhost/none"},
        capture_output=True,
        text=True,
    )
    assert result.stdout.strip() == "-c statement_timeout=10000", result.stderr


def test_search_pages_stop_at_the_maximum_depth(client, monkeypatch):
    monkeypatch.setattr(views, "PAGE_SIZE", 1)
    monkeypatch.setattr(views, "MAX_PAGE", 2)
    for number in range(4):
        make_cable(f"08MOSCOW{number}")
    assert client.get("/search/?page=2").status_code == 200
    response = client.get("/search/?page=3")
    assert response.status_code == 404
    assert "There is no page 3: the last is 2." in response.text


def test_api_pages_stop_at_page_500(client):
    make_cable("08MOSCOW1")
    response = client.get("/api/search?page=501")
    assert response.status_code == 400
    assert response.json()["errors"]["page"][0].startswith("At most page 500.")
