"""Security headers on every page; settings fit for production."""

import os
import subprocess
import sys

import pytest

from tests.factories import REPO, make_cable

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", ["/", "/search/?q=gas", "/cable/08MOSCOW100/", "/tags/"])
def test_pages_forbid_inline_scripts_framing_and_sniffing(client, url):
    make_cable("08MOSCOW100")
    response = client.get(url)
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


def test_check_deploy_is_clean_with_production_settings():
    env = {
        **os.environ,
        "SECRET_KEY": "a-long-random-production-key-" + "x" * 40,
        "DEBUG": "false",
        "HTTPS": "true",
        "BEHIND_PROXY": "true",
        "ALLOWED_HOSTS": "cables.example.org",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
