"""A fault the portal survives: `manage.py ingest` killed with SIGKILL at random points.

The ingest runs in child processes on this machine; every wait is bounded and every
process started here is stopped in a `finally`.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection
from django.db.models import Count

from cables.models import Cable, CableTag, Entity, Mention, Paragraph, Reference, SetAside
from tests.factories import (
    REPO,
    database_url_for_subprocess,
    ingest,
    snapshot_database,
    write_cable,
)
from tests.processes import stop_process_group

POSTS = ["PARIS", "MADRID", "ROME", "BERLIN", "VIENNA"]


PEOPLE = ["Jean Dupont", "Maria Lopez", "Paolo Rossi", "Anna Weber", "Karl Huber", "Ines Costa"]


PLACES = ["Lyon", "Seville", "Naples", "Hamburg", "Salzburg", "Porto"]


# Large enough that the kill, at most 35 cables and 0.1 s after the count is seen,
# lands before the last batch even on a busy machine.
CORPUS_SIZE = 600


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
    # Niced, it and its pool workers yield the CPU to this watcher, whose kill would
    # otherwise come late on a busy machine (after the last batch was stored).
    child = subprocess.Popen(
        ["nice", "-n", "10", sys.executable, "manage.py", "ingest", str(corpus)]
        + ["--batch-size", "7"]
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
        stop_process_group(child)
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
