"""Ingest stores a cable whose text has no date with its id's year, marked "year only"."""

import importlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from django.db import connection

from cables.models import Cable, CableSample, DatePrecision
from tests.factories import ingest, make_cable, write_cable

pytestmark = pytest.mark.django_db


def write_extract(path: Path, *, post: str = "LIMA", serial: int = 77, decl: str = "2014") -> Path:
    """A partial extract in our own words: a classification line, no date anywhere."""
    path.write_text(
        "This record is a partial extract of the original cable.\n\n"
        f"S E C R E T {post} {serial:06d}\n\nE.O. 12958: DECL: 05/06/{decl}\n"
        "TAGS: PREL PE\nSUBJECT: A MEETING CALLED OFF\n\n¶1. (S) The meeting will not happen.\n"
    )
    return path


def test_a_cable_without_a_date_is_stored_at_the_start_of_its_year(tmp_path):
    ingest(write_extract(tmp_path / "extract.txt"))
    cable = Cable.objects.get()
    assert cable.reference_id == "04LIMA77"
    assert cable.sent_at == datetime(2004, 1, 1, tzinfo=UTC)
    assert cable.date_precision == DatePrecision.YEAR
    assert "no date found" in cable.parse_warnings


def test_the_year_is_the_one_of_the_id_the_source_gives(tmp_path):
    # The text alone would guess 2009 from its declassification date; the file's name says 2004.
    ingest(write_extract(tmp_path / "04LIMA77.txt", decl="2019"))
    cable = Cable.objects.get()
    assert cable.reference_id == "04LIMA77"
    assert cable.sent_at == datetime(2004, 1, 1, tzinfo=UTC)
    assert cable.date_precision == DatePrecision.YEAR


def test_a_dated_cable_has_a_full_date(tmp_path):
    ingest(write_cable(tmp_path / "08ROME5.txt", "08ROME5"))
    cable = Cable.objects.get()
    assert cable.sent_at == datetime(2008, 3, 1, 12, 0, tzinfo=UTC)
    assert cable.date_precision == DatePrecision.FULL


def test_the_facet_sample_copies_the_precision():
    make_cable("04LIMA16", id=16, sent_at=datetime(2004, 1, 1, tzinfo=UTC), date_precision="year")
    assert CableSample.objects.get(pk=16).date_precision == DatePrecision.YEAR
    Cable.objects.filter(pk=16).update(date_precision=DatePrecision.FULL)
    assert CableSample.objects.get(pk=16).date_precision == DatePrecision.FULL


def test_the_migration_dates_stored_cables_by_their_ids_year():
    migration = importlib.import_module("cables.migrations.0024_year_only_dates")
    make_cable("05MADRID109", sent_at=None)
    make_cable("UNIDENTIFIED-0123456789ABCDEF", sent_at=None)
    make_cable("06MADRID5", sent_at=None, curated_fields=["sent_at"])  # a curator emptied it
    make_cable("07MADRID1")
    with connection.cursor() as cursor:
        cursor.execute(migration.DATE_BY_YEAR)
    dates = dict(Cable.objects.values_list("reference_id", "sent_at"))
    precisions = dict(Cable.objects.values_list("reference_id", "date_precision"))
    assert dates["05MADRID109"] == datetime(2005, 1, 1, tzinfo=UTC)
    assert precisions["05MADRID109"] == DatePrecision.YEAR
    assert dates["UNIDENTIFIED-0123456789ABCDEF"] is None
    assert dates["06MADRID5"] is None
    assert dates["07MADRID1"] == datetime(2008, 3, 1, 12, 0, tzinfo=UTC)
    assert precisions["07MADRID1"] == DatePrecision.FULL
