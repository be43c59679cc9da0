"""Faults the portal survives: cable files that change, vanish or cannot be read
between or during ingests."""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.core.management import CommandError

from cables.ingest import runner
from cables.ingest.loader import Loader
from cables.ingest.prepare import Failure, PreparedCable, prepare
from cables.ingest.sources import SourceError, iter_documents
from cables.models import Cable, IngestRun
from tests.factories import (
    REPO,
    database_url_for_subprocess,
    ingest,
    snapshot_database,
    write_cable,
)


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
