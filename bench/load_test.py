"""Load test: the portal under gunicorn, 50 concurrent clients for 60 s, on loopback only.

    .venv/bin/python bench/load_test.py --database cables_bench   # after bench_ingest.py
    .venv/bin/python bench/load_test.py --seconds 20 --connections 20
    DATABASE_URL=postgres://postgres@127.0.0.1:55432/cables_bench \
    DATABASE_REPLICA_URLS=postgres://postgres@127.0.0.1:55433/cables_bench \
        .venv/bin/python bench/load_test.py          # a primary and its streaming replica

Starts gunicorn on 127.0.0.1 against the benchmark database, drives it with wrk
(Debian's package) over a mix of searches, cable pages, facets, exports and API
calls, and prints throughput, latency percentiles, errors and the workers'
memory before and after. Rate limiting is off for the run: it measures the
portal, not the limiter. wrk stops by itself after --seconds. With
DATABASE_REPLICA_URLS (portal/replicas.py) the workers read from the replicas, and
the rows each server returned during the run show which did the reading.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote
from urllib.request import urlopen

import psutil

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

# Paths wrk requests in turn; the cable ids are filled in from the database.
MIX = [
    "/search/?q=minister",
    "/search/?q=%22prime+minister%22&sort=newest",
    "/search/?q=desalination",
    "/search/?tag=PREL&year=2008",
    "/search/?q=election&tag=PGOV&page=3",
    "/search/?q=sanctions+-iran",
    "/search/?date_from=2009-01-01&date_to=2009-03-31",
    "/api/search?q=pipeline&page_size=20",
    "/api/tags",
    "/search/export.csv?q=desalination",
    "/search/export.json?tag=KNNP&year=2009",
    "/search/feed.atom?q=visit",
    "/tags/",
    "/origins/",
    "/api/entities",
    "/",
]
LUA = """
paths = {%s}
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1])
end
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def setup_django(env: dict[str, str]) -> None:
    """Django in this process too, on the server's database and key, for the models."""
    os.environ.update(DATABASE_URL=env["DATABASE_URL"], SECRET_KEY=env["SECRET_KEY"])
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    import django

    django.setup()


def cable_paths(count: int = 10) -> list[str]:
    from django.db import connection

    from cables.models import Cable

    table = connection.ops.quote_name(Cable._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT reference_id FROM {table} WHERE published ORDER BY id LIMIT %s", [count]
        )
        ids = [row[0] for row in cursor.fetchall()]
    connection.close()  # the run's connections are the workers'
    return [f"/cable/{i}/" for i in ids] + [f"/api/cables/{i}" for i in ids[:3]]


def rows_returned() -> dict[str, int]:
    """Rows each database (the primary, each replica) has returned, by Django alias."""
    from django.db import connections

    counts = {}
    for alias in connections:
        with connections[alias].cursor() as cursor:
            cursor.execute(
                "SELECT tup_returned + tup_fetched FROM pg_stat_database "
                "WHERE datname = current_database()"
            )
            counts[alias] = cursor.fetchone()[0]
        connections[alias].close()
    return counts


def workers_memory(master: psutil.Process) -> int:
    return sum(child.memory_info().rss for child in master.children())


def wait_until_up(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"gunicorn did not answer {url}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default="cables_bench")
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is needed: apt-get install wrk")

    database_url = os.environ.get("DATABASE_URL")
    if not database_url:  # the embedded server, started only when it is the one used
        from portal import embedded_db

        host = embedded_db.ensure_running()["HOST"]
        database_url = f"postgres://postgres@{quote(host, safe='')}/{args.database}"
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "SECRET_KEY": os.environ.get("SECRET_KEY", "load-test"),
        "PORT": str(port),
        "WEB_CONCURRENCY": str(args.workers),
        "RATELIMIT_ENABLE": "false",
    }
    setup_django(env)
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=REPO, env=env
    )
    gunicorn = Path(sys.executable).parent / "gunicorn"
    server = subprocess.Popen(
        [str(gunicorn), "--config", "gunicorn.conf.py", "--access-logfile", "/dev/null"],
        cwd=REPO,
        env=env,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_up(base + "/healthz")
        paths = MIX + cable_paths()
        for path in paths:  # warm each worker's connection and caches once
            urlopen(base + path, timeout=60).read()
        master = psutil.Process(server.pid)
        before = workers_memory(master)
        rows_before = rows_returned()
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
            script.write(LUA % ", ".join(f'"{p}"' for p in paths))
        result = subprocess.run(
            [
                "wrk",
                "-t2",
                f"-c{args.connections}",
                f"-d{args.seconds}s",
                "--timeout",
                "30s",
                "--latency",
                "-s",
                script.name,
                base,
            ],
            capture_output=True,
            text=True,
            timeout=args.seconds + 120,
        )
        after = workers_memory(master)
        print(result.stdout)
        non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", result.stdout)
        print(f"non-2xx/3xx responses: {non_2xx[1] if non_2xx else 0}")
        print(
            f"workers' memory: {before / 2**20:.0f} MiB before, {after / 2**20:.0f} MiB after "
            f"({(after - before) / before:+.0%})"
        )
    finally:
        server.terminate()
        server.wait(timeout=30)
    # Read once the workers' connections closed: each server counts them by then.
    rows = {alias: count - rows_before[alias] for alias, count in rows_returned().items()}
    print("rows returned during the run: " + ", ".join(f"{a} {n:,}" for a, n in rows.items()))


if __name__ == "__main__":
    main()
