"""Shared by the benchmarks: a separate database on the embedded PostgreSQL, timing helpers."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import psutil

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "bench" / "out"
sys.path.insert(0, str(REPO))


def bench_database_url(name: str) -> str:
    """DATABASE_URL as it is when set, else a fresh database `name` on the embedded server."""
    if os.environ.get("DATABASE_URL"):
        return os.environ["DATABASE_URL"]
    return fresh_database(name)


def use_database(name: str) -> None:
    """Point Django at DATABASE_URL as it is when set, else at the database `name` on the
    embedded server as it stands (it holds the corpus measured), with a key of its own."""
    if not os.environ.get("DATABASE_URL"):
        from portal import embedded_db

        host = embedded_db.ensure_running()["HOST"]
        os.environ["DATABASE_URL"] = f"postgres://postgres@{quote(host, safe='')}/{name}"
    os.environ.setdefault("SECRET_KEY", "bench")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")


def fresh_database(name: str) -> str:
    """The database `name` on the embedded server, dropped if it exists and made anew."""
    from portal import embedded_db

    settings = embedded_db.ensure_running()
    import psycopg2

    conn = psycopg2.connect(dbname="postgres", user="postgres", host=settings["HOST"])
    conn.autocommit = True
    with conn.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{name}"')
    conn.close()
    return f"postgres://postgres@{quote(settings['HOST'], safe='')}/{name}"


def manage(*args: str, database_url: str, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "DATABASE_URL": database_url}
    env.setdefault("SECRET_KEY", "bench")
    return subprocess.run(
        [sys.executable, str(REPO / "manage.py"), *args], env=env, check=True, **kwargs
    )


def run_measured(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Run a command; return (seconds, peak resident memory of it and its children, bytes)."""
    started = time.monotonic()
    process = psutil.Popen(command, env=env)
    peak = 0
    while process.poll() is None:
        try:
            tree = [process, *process.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.2)
    if process.returncode not in (0, 1):
        raise SystemExit(f"{command[:3]} failed with exit status {process.returncode}")
    return time.monotonic() - started, peak


def median(values: list[float]) -> float:
    return statistics.median(values)
