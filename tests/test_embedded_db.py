"""The embedded PostgreSQL: started at the first connection, never by importing the
settings; restarts over a stale pid file, is sized for a full corpus, and makes
databases with the builtin Unicode locale."""

import os
import subprocess
import sys

from portal import embedded_db
from tests.factories import REPO

# Django set up from the settings, with the embedded server's start made to fail.
NO_SERVER_STARTS = """
import os, django
from portal import embedded_db
def started():
    raise SystemExit("the embedded server was started")
embedded_db.ensure_running = started
os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings"
django.setup()
from django.core.management import ManagementUtility, call_command
"""


def run_without_a_server(code: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    return subprocess.run(
        [sys.executable, "-c", NO_SERVER_STARTS + code],
        cwd=REPO,
        env={**env, "SECRET_KEY": "k"},
        capture_output=True,
        text=True,
    )


def test_the_settings_and_commands_that_need_no_database_start_no_server():
    code = 'call_command("check"); ManagementUtility(["manage.py", "help", "ingest"]).execute()'
    result = run_without_a_server(code)
    assert result.returncode == 0, result.stderr
    assert "Load cables from text files" in result.stdout


def test_the_first_connection_starts_the_server():
    code = "from django.db import connection\nconnection.ensure_connection()"
    result = run_without_a_server(code)
    assert result.returncode == 1
    assert "the embedded server was started" in result.stderr


def test_a_pid_file_naming_no_postgres_process_is_removed(tmp_path, monkeypatch):
    monkeypatch.setattr(embedded_db, "PGDATA", tmp_path)
    pid_file = tmp_path / "postmaster.pid"
    pid_file.write_text(f"1\n{tmp_path}\n1700000000\n5432\n{tmp_path}\n\n0 0\nready\n")
    embedded_db.remove_stale_pid_file()
    assert not pid_file.exists()


def test_the_running_servers_pid_file_is_kept():
    pid_file = embedded_db.PGDATA / "postmaster.pid"
    before = pid_file.read_text()
    embedded_db.remove_stale_pid_file()
    assert pid_file.read_text() == before


def test_the_server_has_shared_buffers_for_a_full_corpus_once_started():
    settings = embedded_db.ensure_running()
    connection = {"host": settings["HOST"], "port": settings["PORT"], "user": settings["USER"]}
    with embedded_db.server_cursor(connection) as cursor:
        cursor.execute(
            "SELECT pg_size_bytes(current_setting('shared_buffers')), pg_postmaster_start_time()"
        )
        row = cursor.fetchone()
        assert row is not None and row[0] >= 2**30
    embedded_db.ensure_running()  # the next start: nothing to raise, so no restart
    with embedded_db.server_cursor(connection) as cursor:
        cursor.execute("SELECT pg_postmaster_start_time()")
        assert cursor.fetchone() == (row[1],)


def test_new_databases_change_case_by_the_servers_own_unicode_tables():
    settings = embedded_db.ensure_running()
    connection = {"host": settings["HOST"], "port": settings["PORT"], "user": settings["USER"]}
    with embedded_db.server_cursor(connection) as cursor:
        cursor.execute("CREATE DATABASE locale_check")
        try:
            cursor.execute(
                "SELECT datlocprovider, datlocale FROM pg_database WHERE datname = 'locale_check'"
            )
            assert cursor.fetchone() == ("b", "C.UTF-8")
            cursor.execute("SELECT lower('ÉTAT ΣΟΦΊΑ'), 'Zebra' < 'apple'")
            assert cursor.fetchone() == ("état σοφία", True)
        finally:
            cursor.execute("DROP DATABASE locale_check")


def test_a_start_killed_after_dropping_template1_is_mended_by_the_next():
    settings = embedded_db.ensure_running()
    connection = {"host": settings["HOST"], "port": settings["PORT"], "user": settings["USER"]}
    with embedded_db.server_cursor(connection) as cursor:
        cursor.execute("ALTER DATABASE template1 IS_TEMPLATE false")
        cursor.execute("DROP DATABASE template1")
        embedded_db.ensure_running()
        cursor.execute(
            "SELECT datlocprovider, datistemplate FROM pg_database WHERE datname = 'template1'"
        )
        assert cursor.fetchone() == ("b", True)
