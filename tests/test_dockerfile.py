"""No Docker engine runs here, so check that the image's own commands work in the venv."""

import os
import re
import subprocess
import sys
from pathlib import Path

from tests.factories import REPO

DOCKERFILE = (REPO / "Dockerfile").read_text()


def _build_env() -> dict[str, str]:
    """The environment the Dockerfile gives collectstatic at build time."""
    match = re.search(r"RUN (SECRET_KEY=\S+) (DATABASE_URL=\S+)", DOCKERFILE)
    assert match, "the Dockerfile runs collectstatic with a build-only key and URL"
    build = dict(pair.split("=", 1) for pair in match.groups())
    return {**os.environ, **build}


def test_collectstatic_runs_at_build_time_without_a_database():
    result = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "--dry-run"],
        cwd=REPO,
        env=_build_env(),
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


def test_gunicorn_loads_the_wsgi_application_the_image_serves():
    assert 'CMD ["gunicorn", "--config", "gunicorn.conf.py"]' in DOCKERFILE
    gunicorn = Path(sys.executable).parent / "gunicorn"
    result = subprocess.run(
        [str(gunicorn), "--config", "gunicorn.conf.py", "--check-config"],
        cwd=REPO,
        env=_build_env(),
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


def test_the_image_runs_as_a_non_root_user_from_a_slim_base():
    assert DOCKERFILE.startswith("#") and "FROM python:3.11-slim" in DOCKERFILE
    assert re.search(r"^USER (?!root)\w+", DOCKERFILE, re.MULTILINE)
