"""Settings come from the environment and refuse unclear values."""

import os
import subprocess
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured

from portal.settings import env_bool, env_int, env_list
from tests.factories import REPO


@pytest.mark.parametrize("raw", ["1", "true", "TRUE", "yes", "on"])
def test_env_bool_reads_clear_true_values(monkeypatch, raw):
    monkeypatch.setenv("SOME_FLAG", raw)
    assert env_bool("SOME_FLAG") is True


@pytest.mark.parametrize("raw", ["0", "false", "No", "off"])
def test_env_bool_reads_clear_false_values(monkeypatch, raw):
    monkeypatch.setenv("SOME_FLAG", raw)
    assert env_bool("SOME_FLAG", default=True) is False


def test_env_bool_refuses_anything_unclear(monkeypatch):
    monkeypatch.setenv("SOME_FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="SOME_FLAG must be true or false"):
        env_bool("SOME_FLAG")


def test_env_list_and_int(monkeypatch):
    monkeypatch.setenv("HOSTS", " a.example, b.example ,,")
    monkeypatch.setenv("NUMBER", "x")
    assert env_list("HOSTS") == ["a.example", "b.example"]
    with pytest.raises(ImproperlyConfigured, match="NUMBER must be a whole number"):
        env_int("NUMBER", 3)


PRINT_SETTINGS = "import portal.settings as s; print(s.DEBUG, s.SESSION_COOKIE_SECURE)"


def _import_settings(
    code: str = PRINT_SETTINGS, *, key_file: str = "/nonexistent/.secret_key", **env: str
) -> subprocess.CompletedProcess:
    unset = {"SECRET_KEY", "SECRET_KEY_FILE", "DEBUG", "HTTPS"}
    clean = {k: v for k, v in os.environ.items() if k not in unset}
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        env={
            **clean,
            "DATABASE_URL": "postgres://nobody@localhost/none",
            "SECRET_KEY_FILE": key_file,
            **env,
        },
        capture_output=True,
        text=True,
    )


def test_secret_key_is_required_when_debug_is_off():
    result = _import_settings()
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_secret_key_is_read_from_the_generated_file_when_the_environment_sets_none(tmp_path):
    key_file = tmp_path / ".secret_key"
    key_file.write_text("generated-key-" + "k" * 40 + "\n")
    result = _import_settings(
        "import portal.settings as s; print(s.SECRET_KEY)", key_file=str(key_file)
    )
    assert result.stdout.strip() == "generated-key-" + "k" * 40


def test_secret_key_from_the_environment_wins_over_the_file(tmp_path):
    key_file = tmp_path / ".secret_key"
    key_file.write_text("from-the-file")
    code = "import portal.settings as s; print(s.SECRET_KEY)"
    result = _import_settings(code, key_file=str(key_file), SECRET_KEY="from-the-environment")
    assert result.stdout.strip() == "from-the-environment"


def test_debug_is_off_by_default_and_https_turns_on_secure_cookies():
    assert _import_settings(SECRET_KEY="k").stdout.split() == ["False", "False"]
    assert _import_settings(SECRET_KEY="k", HTTPS="true").stdout.split() == ["False", "True"]
