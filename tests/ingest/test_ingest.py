"""`manage.py ingest` over the real URLconf's database: fields, reruns, changes, failures."""

import gzip
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from cables.entities import key_of
from cables.ingest import first_load
from cables.models import (
    Cable,
    Entity,
    IngestRun,
    Mention,
    Paragraph,
    Reference,
    SetAside,
    Tag,
)
from tests.factories import (
    REPO,
    SHARED,
    database_url_for_subprocess,
    ingest,
    snapshot_database,
    write_cable,
)

pytestmark = pytest.mark.django_db

SEED = SHARED / "seed" / "000_853b12655aaecf5f.txt"


@pytest.fixture
def seed_cable():
    if not SEED.exists():
        pytest.skip("../shared/seed is absent: the seed cable checks need it beside the repo")
    return SEED


def test_the_seed_cable_is_stored_with_its_fields_tags_references_and_paragraphs(seed_cable):
    ingest(seed_cable)
    cable = Cable.objects.get()
    assert cable.reference_id == "07MOSCOW4185"
    assert cable.sent_at == datetime(2007, 8, 27, 14, 1, tzinfo=UTC)
    assert cable.origin == "Embassy Moscow"
    assert cable.classification == "CONFIDENTIAL"
    assert cable.subject == "SCO: NO PLANS TO EXPAND, BUT GETTING INVOLVED IN REGION"
    assert cable.classified_by == ["Alice G. Wells"]
    assert list(cable.tags.order_by("cable_tags__position").values_list("code", flat=True)) == [
        "EAID",
        "ENRG",
        "EPET",
        "PINR",
        "PREL",
    ]
    assert list(cable.references_out.values_list("cited_reference_id", flat=True)) == [
        "07MOSCOW3996",
        "07MOSCOW4141",
    ]
    paragraphs = list(cable.paragraphs.values_list("number", "marking"))
    assert paragraphs[:3] == [(1, "C"), (2, "SBU"), (3, "C")]
    assert [number for number, _ in paragraphs if number] == list(range(1, 9))
    first = cable.paragraphs.get(number=1).text
    assert first.startswith("SUMMARY: Leonid Moisev") or "Leonid Moisev" in first
    assert Tag.objects.get(code="PREL").definition == "External Political Relations"


def test_entities_from_the_seed_cable_are_linked_to_their_paragraphs(seed_cable):
    ingest(seed_cable)
    names = set(Entity.objects.values_list("name", flat=True))
    assert {"Moscow", "Afghanistan"} & names
    mention = Mention.objects.select_related("paragraph").first()
    assert mention is not None and mention.paragraph.cable_id == mention.cable_id


def test_a_second_run_changes_nothing(tmp_path):
    write_cable(tmp_path / "a.txt", "08PARIS100", subject="FIRST")
    write_cable(tmp_path / "b.txt", "08PARIS101", subject="SECOND", refs=["PARIS 100"])
    ingest(tmp_path)
    before = snapshot_database()
    output = ingest(tmp_path)
    assert "0 new, 0 updated, 2 unchanged, 0 failed" in output
    assert snapshot_database() == before


def test_only_a_first_load_builds_its_indexes_at_the_end(tmp_path, client):
    write_cable(tmp_path / "a.txt", "08PARIS100", subject="FIRST", body="Wheat harvests.")
    output = ingest(tmp_path)
    assert "The corpus is empty: its full-text indexes and foreign keys are made" in output
    assert "Indexes and foreign keys made in" in output
    assert not SetAside.objects.exists()
    write_cable(tmp_path / "b.txt", "08PARIS101", subject="SECOND", body="Wheat prices.")
    output = ingest(tmp_path)
    assert "1 new, 0 updated, 1 unchanged, 0 failed" in output
    assert "The corpus is empty" not in output
    assert client.get("/api/search", {"q": "wheat"}).json()["count"] == 2


def test_migrate_makes_again_what_a_killed_first_load_set_aside():
    assert first_load.set_aside_if_empty()  # as a first load does, then killed
    assert "cable_search_vector_gin" in set(SetAside.objects.values_list("name", flat=True))
    call_command("migrate", verbosity=0)
    assert not SetAside.objects.exists()
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_indexes WHERE indexname = 'cable_search_vector_gin'")
        assert cursor.fetchone()


def test_a_changed_file_updates_its_cable_and_keeps_curated_state(tmp_path):
    path = write_cable(tmp_path / "a.txt", "08PARIS100", subject="OLD SUBJECT", body="Old words.")
    ingest(tmp_path)
    Cable.objects.filter(reference_id="08PARIS100").update(published=False)
    write_cable(path, "08PARIS100", subject="NEW SUBJECT", body="New words entirely.")
    output = ingest(tmp_path)
    assert "0 new, 1 updated, 0 unchanged" in output
    cable = Cable.objects.get(reference_id="08PARIS100")
    assert cable.subject == "NEW SUBJECT"
    assert not cable.published
    assert "New words entirely." in cable.paragraphs.get(number=1).text
    assert not Paragraph.objects.filter(text__contains="Old words").exists()


def test_a_cited_cable_loaded_later_resolves_the_reference(tmp_path):
    write_cable(tmp_path / "late.txt", "08PARIS101", subject="CITING", refs=["PARIS 100"])
    ingest(tmp_path / "late.txt")
    reference = Reference.objects.get()
    assert (reference.cited_reference_id, reference.cited) == ("08PARIS100", None)
    write_cable(tmp_path / "early.txt", "08PARIS100", subject="CITED")
    ingest(tmp_path / "early.txt")
    reference.refresh_from_db()
    assert reference.cited is not None and reference.cited.reference_id == "08PARIS100"


def test_a_bad_file_is_reported_by_name_and_reason_and_the_good_ones_load(tmp_path, capsys):
    write_cable(tmp_path / "1.txt", "08PARIS100", subject="GOOD ONE")
    (tmp_path / "2.txt").write_bytes(b"")
    (tmp_path / "3.txt.gz").write_bytes(b"not gzip at all")
    (tmp_path / "4.txt").write_text("Just a shopping list: eggs, milk.")
    write_cable(tmp_path / "5.txt", "08PARIS102", subject="GOOD TWO")
    with pytest.raises(CommandError, match="3 documents failed"):
        ingest(tmp_path)
    errors = capsys.readouterr().err
    assert "2.txt: empty" in errors
    assert "3.txt.gz:" in errors
    assert "4.txt: no recognisable cable" in errors
    assert set(Cable.objects.values_list("reference_id", flat=True)) == {
        "08PARIS100",
        "08PARIS102",
    }
    run = IngestRun.objects.get()
    assert (run.new, run.failed) == (2, 3)
    assert {failure["document"].rsplit("/", 1)[-1] for failure in run.failures} == {
        "2.txt",
        "3.txt.gz",
        "4.txt",
    }


def test_gzip_files_and_standard_input_are_read(tmp_path, monkeypatch):
    text = write_cable(tmp_path / "plain.txt", "08ROME7", subject="GZIPPED").read_bytes()
    (tmp_path / "plain.txt").unlink()
    (tmp_path / "c.txt.gz").write_bytes(gzip.compress(text))
    ingest(tmp_path)
    assert Cable.objects.get().subject == "GZIPPED"


def test_the_whole_dev_corpus_gives_one_cable_per_manifest_id(corpus_dir):
    manifest_ids = set()
    for manifest in (corpus_dir / "dev").glob("*/manifest.jsonl"):
        for line in manifest.read_text().splitlines():
            manifest_ids.add(json.loads(line)["id"])
    ingest(corpus_dir / "dev", workers=2)
    assert set(Cable.objects.values_list("reference_id", flat=True)) == manifest_ids
    before = snapshot_database()
    ingest(corpus_dir / "dev")
    assert snapshot_database() == before


def test_the_release_web_pages_give_one_cable_per_page(corpus_dir):
    pages = sorted((corpus_dir / "dev-html").glob("*.html"))
    ingest(corpus_dir / "dev-html")
    assert sorted(Cable.objects.values_list("reference_id", flat=True)) == sorted(
        page.stem for page in pages
    )
    assert not Cable.objects.filter(paragraphs__isnull=True).exists()


def test_cables_csv_rows_keep_the_rows_own_metadata(corpus_dir, tmp_path):
    shutil.copy(corpus_dir / "dev" / "cables_sample.csv", tmp_path / "cables.csv")
    ingest(tmp_path / "cables.csv")
    cable = Cable.objects.get(reference_id="66BUENOSAIRES2481")
    assert cable.origin == "Embassy Buenos Aires"
    assert cable.classification == "UNCLASSIFIED"
    assert cable.sent_at == datetime(1966, 12, 28, 18, 48, tzinfo=UTC)
    assert cable.source_row == 1
    assert Cable.objects.count() == 2


@pytest.mark.django_db(transaction=True)
def test_a_run_killed_half_way_and_rerun_gives_the_same_database(tmp_path):
    for serial in range(1, 401):
        refs = [f"PARIS {serial - 1}"] if serial > 1 else []
        write_cable(
            tmp_path / f"{serial}.txt",
            f"08PARIS{serial}",
            subject=f"NUMBER {serial}",
            body=f"Minister Jean Dupont met Ambassador Smith in Lyon, item {serial}.",
            refs=refs,
        )
    ingest(tmp_path)
    uninterrupted = snapshot_database(timestamps=False)
    Cable.objects.all().delete()

    env = {**os.environ, "DATABASE_URL": database_url_for_subprocess()}
    child = subprocess.Popen(
        [sys.executable, "manage.py", "ingest", str(tmp_path), "--batch-size", "20", "-v", "0"],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while Cable.objects.count() < 60 and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    child.send_signal(signal.SIGKILL)
    child.wait()
    partly = Cable.objects.count()
    assert 0 < partly < 400, "the run was to be killed half-way"

    ingest(tmp_path)
    assert snapshot_database(timestamps=False) == uninterrupted


def test_a_person_named_by_surname_alone_joins_the_one_full_name_elsewhere(tmp_path):
    write_cable(tmp_path / "1.txt", "08PARIS1", body="Foreign Minister Pavel Druzhinin met us.")
    write_cable(tmp_path / "2.txt", "08PARIS2", body="Later, Minister Druzhinin said no.")
    write_cable(
        tmp_path / "3.txt", "08PARIS3", body="Ambassador Ana Kovac and Ambassador Ivo Kovac came."
    )
    write_cable(tmp_path / "4.txt", "08PARIS4", body="Ambassador Kovac was absent.")
    ingest(tmp_path)
    druzhinin = Entity.objects.get(name="Pavel Druzhinin")
    assert set(druzhinin.mentions.values_list("cable__reference_id", flat=True)) == {
        "08PARIS1",
        "08PARIS2",
    }
    assert "Druzhinin" in druzhinin.aliases
    # Two full names share the surname: which one is meant is unknown, so it stays apart.
    assert Entity.objects.get(key=key_of("person", "kovac")).merged_into is None


def test_cables_written_with_copy_read_back_exactly_whatever_their_characters():
    from cables.ingest.copy import allocate_ids, copy_new_rows

    awkward = 'tab\there, new\nline, back\\slash, "quotes", {braces}, comma, NULL, \\N, ¶ é'
    short = 'a\tb "c" {d},e\\f \\N'  # handling caveats are at most 40 characters
    (pk,) = allocate_ids(Cable, 1)
    copy_new_rows(
        Cable,
        [
            {
                "id": pk,
                "reference_id": "08MOSCOW1",
                "subject": awkward,
                "handling": ["NOFORN", short, "NULL"],
                "classified_by": [awkward],
                "recipients": [{"code": "SECSTATE", "name": awkward, "precedence": None}],
                "declassify_on": datetime(2018, 3, 1, tzinfo=UTC).date(),
                "sent_at": datetime(2008, 3, 1, 12, 30, tzinfo=UTC),
                "original_text": awkward,
                "content_hash": "0" * 64,
            }
        ],
    )
    cable = Cable.objects.get(pk=pk)
    assert cable.subject == cable.original_text == awkward
    assert cable.handling == ["NOFORN", short, "NULL"]
    assert cable.classified_by == [awkward]
    assert cable.recipients == [{"code": "SECSTATE", "name": awkward, "precedence": None}]
    assert cable.sent_at == datetime(2008, 3, 1, 12, 30, tzinfo=UTC)
    assert cable.declassify_on is not None and cable.declassify_on.isoformat() == "2018-03-01"
    assert cable.published is True and cable.created_at is not None
    assert Cable.objects.filter(search_vector="braces").get() == cable
