"""Reads from a real streaming replica: a primary, its replica and the portal under gunicorn.

Everything runs on this machine, on loopback: a PostgreSQL primary and a streaming replica
of it (the package's initdb, pg_basebackup -R and pg_ctl, each server in a temporary
directory of its own; the shared embedded server is never touched) and gunicorn on free
ports. Both servers log every statement with the application name of its connection, and
the portal's connections are `portal-web` (PGAPPNAME), so the logs show which server
answered what. Every wait is bounded, and every process started here is stopped in a
`finally`.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.factories import REPO, write_cable
from tests.postgres import ThrowawayPostgres, free_loopback_port
from tests.processes import start_gunicorn, stop_process_group

WEB = "portal-web"
# One worker: a replica's state is kept, and logged, by each worker process, and with
# one, what it logs is all there is to count (which worker takes a request is chance).
WEB_WORKERS = 1
MAX_LAG_S = 5
RETRY_S = 1
# Both servers log each statement with its connection's application name; the replica
# copies the primary's settings with its base backup.
LOGGED = {
    "log_statement": "all",
    "log_line_prefix": "%m [%p] %a: ",
    "wal_retrieve_retry_interval": "1s",  # a restarted replica streams again at once
}
ENTRY_START = re.compile(r"^(?=\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)", re.M)
CORPUS_READ = re.compile(r'\b(FROM|JOIN)\s+"?cables_', re.I)
# A batch of lines kept on the primary (the search cache), counted by the public.
BATCH_LINES = ["Gas prices", "tag:PREL", "nowhere"]
BATCH_KEY = hashlib.sha256("\n".join(BATCH_LINES).encode()).hexdigest()[:24]  # batch_key
PAGES = [
    "/",
    "/search/?q=gas",
    "/cable/08PARIS100/",  # its citation map and related cables with it
    "/cable/08PARIS100/versions/",
    "/tags/",
    "/origins/",
    "/api/search?q=gas",
    "/api/cables/08PARIS100",
    "/api/cables/08PARIS100/related",
    "/search/export.csv?q=gas",
    f"/batch/{BATCH_KEY}/part/0/",
    f"/batch/{BATCH_KEY}/batch.csv",
]


def statements(log: str, application: str = WEB) -> list[str]:
    """The statements a server's log shows for `application`, each whole."""
    marker = f" {application}: LOG:  statement: "
    return [entry.split(marker, 1)[1] for entry in ENTRY_START.split(log) if marker in entry]


def fetch(url: str, cookie: str | None = None) -> tuple[int, str]:
    """Status and body of a GET, whatever the status."""
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        with error:
            return error.code, error.read().decode()


def wait_for(condition: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"{what}: not within {seconds} s"
        time.sleep(0.1)


@dataclass
class Cluster:
    primary: ThrowawayPostgres
    replica: ThrowawayPostgres
    base: str
    gunicorn_log: Path
    commands_env: dict[str, str]  # manage.py on the primary, as an operator runs it
    curator_cookie: str

    def log(self) -> str:
        return self.gunicorn_log.read_text(errors="replace")

    def api_count(self, words: str, *, curator: bool = False) -> int:
        status, body = fetch(
            f"{self.base}/api/search?q={words}", self.curator_cookie if curator else None
        )
        assert status == 200, body[:2000]
        return json.loads(body)["count"]

    def wait_until_the_replica_serves(self, seconds: float = 30) -> None:
        """Until a search for a word found nowhere is answered by the replica."""
        deadline = time.monotonic() + seconds
        for number in itertools.count():
            marker = f"nowhere{number}word"
            status, body = fetch(f"{self.base}/search/?q={marker}")
            assert status == 200, body[:2000]
            if any(marker in statement for statement in statements(self.replica.log())):
                return
            assert time.monotonic() < deadline, f"the replica did not serve within {seconds} s"
            time.sleep(0.2)


def _setup_primary(env: dict[str, str], cable: Path) -> str:
    """Migrate, load one cable, keep a batch's lines and sign a curator in; the
    curator's session cookie."""
    code = (
        "from django.core.management import call_command as run; "
        "run('migrate', verbosity=0); run('createcachetable'); "
        f"run('ingest', {str(cable)!r}, verbosity=0); "
        "from cables.search.batch import keep_lines; "
        f"assert keep_lines({BATCH_LINES!r}) == {BATCH_KEY!r}; "
        "from django.contrib.auth.models import User; from django.test import Client; "
        "client = Client(); "
        "client.force_login(User.objects.create_superuser('curator', password='curator-pw-1')); "
        "print('SESSION=' + client.cookies['sessionid'].value)"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=REPO,
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=180,
    )
    session = re.search(r"^SESSION=(\w+)$", result.stdout, flags=re.M)
    assert session, result.stdout + result.stderr
    return f"sessionid={session[1]}"


@pytest.fixture(scope="module")
def cluster(tmp_path_factory) -> Iterator[Cluster]:
    tmp = tmp_path_factory.mktemp("replicas")
    primary = ThrowawayPostgres(free_loopback_port(), prefix="replica-test-primary-")
    replica = ThrowawayPostgres(free_loopback_port(), prefix="replica-test-replica-")
    server: subprocess.Popen | None = None
    try:
        primary.init(**LOGGED)
        primary.start()
        commands_env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("DATABASE_")},
            "DATABASE_URL": primary.url,
            "SECRET_KEY": "replica-test-secret-key-not-used-anywhere-else-0123456789",
            "DEBUG": "false",
            "PGAPPNAME": "portal-commands",
        }
        cable = write_cable(tmp / "a.txt", "08PARIS100", subject="GAS PRICES", body="Gas.")
        curator_cookie = _setup_primary(commands_env, cable)
        replica.copy_of(primary)
        replica.start()

        port = free_loopback_port()
        env = {
            **commands_env,
            "DATABASE_REPLICA_URLS": replica.url,
            "REPLICA_MAX_LAG_S": str(MAX_LAG_S),
            "REPLICA_RETRY_S": str(RETRY_S),
            "PGAPPNAME": WEB,
            "HOST": "127.0.0.1",
            "PORT": str(port),
            "WEB_CONCURRENCY": str(WEB_WORKERS),
            # The counters are kept (on the primary), whatever the test run's own
            # setting, but never reached.
            "RATELIMIT_ENABLE": "true",
            "RATELIMIT_SEARCH": "100000/m",
            "RATELIMIT_API": "100000/m",
            "RATELIMIT_EXPORT": "100000/m",
        }
        log = tmp / "gunicorn.log"
        server = start_gunicorn(env, log)
        base = f"http://127.0.0.1:{port}"

        def serving() -> bool:
            assert server is not None and server.poll() is None, log.read_text()
            try:
                return fetch(f"{base}/healthz")[0] == 200
            except OSError:
                return False

        wait_for(serving, 30, "gunicorn serving")
        yield Cluster(primary, replica, base, log, commands_env, curator_cookie)
    finally:
        if server is not None:
            stop_process_group(server)
        replica.remove()
        primary.remove()


def _no_server_errors(log: str) -> None:
    assert "Internal Server Error" not in log, log
    assert not re.search(r'HTTP/1\.[01]" 5\d\d ', log), log


def test_public_pages_and_the_api_read_from_the_replica_the_caches_are_on_the_primary(cluster):
    primary_seen, replica_seen = len(cluster.primary.log()), len(cluster.replica.log())
    log_seen = len(cluster.log())
    for path in PAGES:
        status, body = fetch(cluster.base + path)
        assert status == 200, f"{path}: {status}\n{body[:2000]}"
    assert "GAS PRICES" in fetch(f"{cluster.base}/cable/08PARIS100/")[1]

    ((kept,),) = cluster.replica.query(
        "SELECT count(*) FROM pg_stat_activity WHERE application_name = %s", [WEB]
    )
    assert kept == WEB_WORKERS  # each worker keeps its connection to the replica
    on_replica = statements(cluster.replica.log()[replica_seen:])
    on_primary = statements(cluster.primary.log()[primary_seen:])
    assert any("08PARIS100" in s and CORPUS_READ.search(s) for s in on_replica), on_replica
    # The primary read no cable, tag or entity for them: it kept the counters and caches.
    assert [s for s in on_primary if CORPUS_READ.search(s)] == []
    assert any('"portal_cache"' in s for s in on_primary), on_primary  # rate-limit counters
    assert any('INSERT INTO "search_cache"' in s for s in on_primary), on_primary
    _no_server_errors(cluster.log()[log_seen:])


def test_a_cable_ingested_on_the_primary_is_on_the_pages_within_the_lag_limit(cluster, tmp_path):
    primary_seen, replica_seen = len(cluster.primary.log()), len(cluster.replica.log())
    assert cluster.api_count("wind") == 0  # kept in the search cache for this corpus version
    cable = write_cable(tmp_path / "b.txt", "08PARIS101", subject="WIND FARMS", body="Wind.")
    subprocess.run(
        [sys.executable, "manage.py", "ingest", str(cable)],
        cwd=REPO,
        env=cluster.commands_env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    wait_for(
        lambda: fetch(f"{cluster.base}/cable/08PARIS101/")[0] == 200,
        MAX_LAG_S,
        "the new cable on its page",
    )
    assert "WIND FARMS" in fetch(f"{cluster.base}/cable/08PARIS101/")[1]
    assert cluster.api_count("wind") == 1  # the replica's newer version, not the kept 0

    on_replica = statements(cluster.replica.log()[replica_seen:])
    assert any("08PARIS101" in s and CORPUS_READ.search(s) for s in on_replica)
    assert not any("08PARIS101" in s for s in statements(cluster.primary.log()[primary_seen:]))


def test_a_replica_behind_keeps_its_answers_to_its_own_version_and_past_the_limit_is_skipped(
    cluster,
):
    log_seen = len(cluster.log())
    count = cluster.api_count("gas", curator=True)  # the primary's
    wait_for(lambda: cluster.api_count("gas") == count, MAX_LAG_S, "the replica caught up")
    hide = "UPDATE cables_cable SET published = %s WHERE reference_id = '08PARIS100'"
    # Replay applies no record after this, though it says "paused" only at the next one.
    cluster.replica.query("SELECT pg_wal_replay_pause()")
    try:
        cluster.primary.query(hide, [False])  # a curator hides the cable; the version rises
        # Behind but within the limit, the replica answers from its own copy of the
        # corpus, and keeps that answer under its own corpus version...
        assert cluster.api_count("gas") == count
        # ...not under the primary's: a curator, who reads the primary, sees the change.
        assert cluster.api_count("gas", curator=True) == count - 1
        # Once it is further behind than the limit, the public reads from the primary.
        wait_for(
            lambda: cluster.api_count("gas") == count - 1,
            MAX_LAG_S + 15,
            "the replica skipped once behind the limit",
        )
        log = cluster.log()[log_seen:]
        # Skipped at every request since, and said once.
        assert len(re.findall(r"Replica replica1 skipped .*: it is \d+ s behind", log)) == 1, log
    finally:
        cluster.replica.query("SELECT pg_wal_replay_resume()")
        cluster.primary.query(hide, [True])

    cluster.wait_until_the_replica_serves()
    wait_for(lambda: cluster.api_count("gas") == count, MAX_LAG_S, "the cable shown again")
    log = cluster.log()[log_seen:]
    assert log.count("Replica replica1 serves reads again") == 1, log
    _no_server_errors(log)


def test_a_replica_stopped_mid_request_costs_no_5xx_and_serves_again_once_back(cluster):
    log_seen = len(cluster.log())
    answer: dict[str, tuple[int, str]] = {}
    waiting = threading.Thread(
        target=lambda: answer.update(page=fetch(f"{cluster.base}/cable/08PARIS100/"))
    )
    # A lock the primary holds is replayed by its replica: a page reading the cables there
    # waits for it, mid-request, while the replica is stopped under it.
    locker = cluster.primary.connect()
    locker.autocommit = False
    try:
        with locker.cursor() as cursor:
            cursor.execute("LOCK TABLE cables_cable IN ACCESS EXCLUSIVE MODE")
        # Another transaction's commit flushes the WAL, the lock's record with it.
        cluster.primary.query("SELECT pg_current_xact_id()")
        wait_for(
            lambda: (
                cluster.replica.query(
                    "SELECT count(*) FROM pg_locks WHERE mode = 'AccessExclusiveLock' "
                    "AND relation = 'cables_cable'::regclass"
                )
                == [(1,)]
            ),
            10,
            "the lock replayed on the replica",
        )
        waiting.start()
        wait_for(
            lambda: (
                cluster.replica.query(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE application_name = %s AND wait_event_type = 'Lock'",
                    [WEB],
                )
                == [(1,)]
            ),
            10,
            "a page waiting on the replica",
        )
        cluster.replica.stop("fast")
        # The page is asked again of the primary, where it waits for the lock's end.
        locker.rollback()
    finally:
        locker.close()
        if waiting.ident is not None:
            waiting.join(timeout=40)
    status, body = answer["page"]
    assert status == 200, body[:2000]
    assert "GAS PRICES" in body

    for path in PAGES:  # with the replica away, from the primary
        status, body = fetch(cluster.base + path)
        assert status == 200, f"{path}: {status}\n{body[:2000]}"

    cluster.replica.start()
    cluster.wait_until_the_replica_serves()
    log = cluster.log()[log_seen:]
    # Said once, when the request failed: not again at each request while it was away.
    assert log.count("Replica replica1 skipped") == 1, log
    assert re.search(r"Replica replica1 skipped .*: it failed during a request", log), log
    assert log.count("Replica replica1 serves reads again") == 1, log
    assert "Database unavailable" not in log, log
    _no_server_errors(log)
