"""Ingest keeps every distinct text of a cable as a version; the newest loaded is current."""

import pytest
from django.db import connection

from cables.models import Cable, CableVersion
from tests.factories import ingest, write_cable

pytestmark = pytest.mark.django_db

FIRST = "The minister described the old plan to the delegation in some detail."
SECOND = "The minister described the new plan to the delegation in great detail."


def versions_of(reference_id: str) -> list[tuple[int, str]]:
    """(number, content hash) of each version, oldest first."""
    rows = CableVersion.objects.filter(cable__reference_id=reference_id).order_by("number")
    return [(v.number, v.content_hash) for v in rows]


def test_the_first_ingest_makes_the_first_version(tmp_path):
    path = write_cable(tmp_path / "08ROME7.txt", "08ROME7", body=FIRST)
    ingest(path)

    cable = Cable.objects.get(reference_id="08ROME7")
    version = cable.versions.get()
    assert (version.number, version.content_hash) == (1, cable.content_hash)
    assert version.original_text == cable.original_text
    assert version.source_name == str(path) and version.source_row is None


def test_a_changed_text_is_a_second_version_and_the_current_one(tmp_path, client):
    ingest(write_cable(tmp_path / "08ROME7.txt", "08ROME7", body=FIRST))
    first_hash = Cable.objects.get().content_hash
    assert "1 updated" in ingest(write_cable(tmp_path / "08ROME7.txt", "08ROME7", body=SECOND))

    cable = Cable.objects.get()
    assert [n for n, _ in versions_of("08ROME7")] == [1, 2]
    assert versions_of("08ROME7") == [(1, first_hash), (2, cable.content_hash)]
    assert "old plan" in cable.versions.get(number=1).original_text
    assert "new plan" in client.get("/cable/08ROME7/").content.decode()


def test_the_same_text_again_adds_no_version(tmp_path):
    path = write_cable(tmp_path / "08ROME7.txt", "08ROME7", body=FIRST)
    ingest(path)
    ingest(path)

    assert len(versions_of("08ROME7")) == 1


def test_a_cable_read_again_by_a_newer_parser_is_the_same_version(tmp_path):
    ingest(write_cable(tmp_path / "08ROME7.txt", "08ROME7", body=FIRST))
    Cable.objects.update(parser_version=0)

    assert "1 updated" in ingest(tmp_path / "08ROME7.txt")
    assert len(versions_of("08ROME7")) == 1


def test_an_old_text_loaded_again_is_current_again_and_keeps_its_number(tmp_path, client):
    ingest(write_cable(tmp_path / "08ROME7.txt", "08ROME7", body=FIRST))
    ingest(write_cable(tmp_path / "08ROME7.txt", "08ROME7", body=SECOND))
    ingest(write_cable(tmp_path / "08ROME7.txt", "08ROME7", body=FIRST))

    cable = Cable.objects.get()
    assert [n for n, _ in versions_of("08ROME7")] == [1, 2]
    assert cable.content_hash == cable.versions.get(number=1).content_hash
    assert "old plan" in client.get("/cable/08ROME7/").content.decode()


def test_search_reads_only_the_current_version(tmp_path, client):
    ingest(write_cable(tmp_path / "08ROME7.txt", "08ROME7", body=FIRST))
    ingest(write_cable(tmp_path / "08ROME7.txt", "08ROME7", body=SECOND))

    assert client.get("/api/search?q=great").json()["count"] == 1
    assert client.get("/api/search?q=old").json()["count"] == 0


def test_the_migration_gives_every_cable_loaded_before_it_its_first_version(tmp_path):
    """The data migration's INSERT ... SELECT, run again on cables without versions."""
    from importlib import import_module

    ingest(write_cable(tmp_path / "08ROME7.txt", "08ROME7", body=FIRST))
    ingest(write_cable(tmp_path / "08ROME8.txt", "08ROME8", body=SECOND))
    CableVersion.objects.all().delete()
    migration = import_module("cables.migrations.0027_cable_versions")
    with connection.cursor() as cursor:
        cursor.execute(migration.FIRST_VERSIONS)

    for cable in Cable.objects.all():
        version = cable.versions.get()
        assert (version.number, version.content_hash) == (1, cable.content_hash)
        assert version.original_text == cable.original_text
        assert version.first_loaded_at == cable.created_at


def test_the_migration_keeps_a_redacted_cables_text_as_ingested(tmp_path, client):
    """Its version holds the words (the admin's copy); the public still never sees them."""
    from importlib import import_module

    from cables import curation
    from cables.models import Redaction

    ingest(write_cable(tmp_path / "08ROME7.txt", "08ROME7", body=FIRST))
    cable = Cable.objects.get()
    Redaction.objects.create(cable=cable, text="old plan")
    curation.redactions_changed([cable])
    CableVersion.objects.all().delete()
    with connection.cursor() as cursor:
        cursor.execute(import_module("cables.migrations.0027_cable_versions").FIRST_VERSIONS)

    assert "old plan" in cable.versions.get().original_text
    assert "old plan" not in Cable.objects.get().original_text
