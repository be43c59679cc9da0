"""A cable read by another version of the parser is read again by ingest, though its text
is unchanged: the new rules replace what the old ones read; curators' values stay."""

import re

import pytest

from cables import curation
from cables.models import Cable, CableTag, IngestRun, Tag, join_tag_codes
from cables.parsing.version import PARSER_VERSION
from tests.admin.test_admin import change_cable
from tests.factories import ingest, write_cable

pytestmark = pytest.mark.django_db


def as_an_older_parser_read_it(reference_id: str) -> None:
    """Store what an older version might have read: a wrong subject and a junk tag."""
    cable = Cable.objects.get(reference_id=reference_id)
    junk, _ = Tag.objects.get_or_create(code="SUBJECT")
    CableTag.objects.create(cable=cable, tag=junk, position=9)
    Cable.objects.filter(pk=cable.pk).update(
        parser_version=1,
        subject="GAS TALKS TAGS: PREL",
        tag_codes=join_tag_codes([*cable.tag_list, "SUBJECT"]),
    )


def tag_codes(reference_id: str) -> list[str]:
    cable = Cable.objects.get(reference_id=reference_id)
    return list(cable.tags.order_by("cable_tags__position").values_list("code", flat=True))


@pytest.fixture
def files(tmp_path):
    write_cable(tmp_path / "08ROME1.txt", "08ROME1", subject="GAS TALKS", tags="PREL, IT")
    write_cable(tmp_path / "08ROME2.txt", "08ROME2", subject="OIL TALKS", tags="ENRG, IT")
    return tmp_path


def test_new_cables_are_stored_with_the_parsers_version(files):
    ingest(files)
    assert set(Cable.objects.values_list("parser_version", flat=True)) == {PARSER_VERSION}


def test_a_cable_read_by_an_older_parser_is_read_again(files, curator_client):
    ingest(files)
    as_an_older_parser_read_it("08ROME1")
    as_an_older_parser_read_it("08ROME2")
    # A curator corrected 08ROME2's classification and tags after that older read.
    curated = Cable.objects.get(reference_id="08ROME2")
    change_cable(curator_client, curated, classification="SECRET")
    curation.add_tag([curated.pk], Tag.objects.get_or_create(code="EPET")[0])

    output = ingest(files)

    assert "0 new, 2 updated, 0 unchanged" in output
    plain = Cable.objects.get(reference_id="08ROME1")
    assert (plain.subject, plain.parser_version) == ("GAS TALKS", PARSER_VERSION)
    assert tag_codes("08ROME1") == ["PREL", "IT"]
    assert plain.tag_list == ["PREL", "IT"]
    curated.refresh_from_db()
    assert curated.subject == "OIL TALKS"  # not curated: read again
    assert curated.classification == "SECRET"  # curated: kept
    assert tag_codes("08ROME2") == ["ENRG", "IT", "SUBJECT", "EPET"]  # curated tags: kept
    assert curated.parser_version == PARSER_VERSION
    assert IngestRun.objects.order_by("-pk").values_list("updated", flat=True)[0] == 2
    page = curator_client.get(f"/admin/cables/cable/{curated.pk}/change/").content.decode()
    assert re.search(rf"Parser version:</label>\s*<div class=\"readonly\">{PARSER_VERSION}<", page)


def test_once_read_again_a_cable_is_unchanged(files):
    ingest(files)
    as_an_older_parser_read_it("08ROME1")
    ingest(files)
    assert "0 new, 0 updated, 2 unchanged" in ingest(files)
    assert Cable.objects.get(reference_id="08ROME1").subject == "GAS TALKS"
