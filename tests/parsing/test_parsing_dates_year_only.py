"""A cable whose text has no date is dated by its id's year, with the precision "year"."""

from datetime import UTC, datetime

import pytest

from cables.parsing import parse_cable
from cables.parsing.dates import start_of_year, year_of_reference_id

# Our own fragments in the layout of the release's partial extracts: no routing header,
# no date-time group, no dated line.
EXTRACT = (
    "This record is a partial extract of the original cable.\n\n"
    "S E C R E T LIMA 000321\n\nE.O. 12958: DECL: 04/02/2017\n"
    "TAGS: PREL PE\nSUBJECT: A VISIT POSTPONED\n\n¶1. (S) The visit will wait.\n"
)
DATED = (
    "P 021530Z APR 07\nFM AMEMBASSY LIMA\nTO SECSTATE WASHDC PRIORITY 0001\n\n"
    "S E C R E T LIMA 000321\n\nTAGS: PREL PE\nSUBJECT: A VISIT POSTPONED\n\n"
    "¶1. (S) The visit will wait.\n"
)


def test_an_extract_without_a_date_is_dated_by_the_year_of_its_id():
    parsed = parse_cable(EXTRACT)
    assert parsed.reference_id == "07LIMA321"
    assert parsed.sent_at == datetime(2007, 1, 1, tzinfo=UTC)
    assert parsed.sent_at_precision == "year"


def test_the_extract_still_warns_that_its_text_has_no_date():
    assert "no date found" in parse_cable(EXTRACT).warnings


def test_a_date_the_text_gives_is_a_full_date():
    parsed = parse_cable(DATED)
    assert parsed.sent_at == datetime(2007, 4, 2, 15, 30, tzinfo=UTC)
    assert parsed.sent_at_precision == "full"
    assert "no date found" not in parsed.warnings


def test_without_a_date_or_an_id_there_is_no_date_at_all():
    parsed = parse_cable("SUBJECT: A NOTE WITHOUT A HEADER\n\n1. Nothing else.\n")
    assert parsed.reference_id is None
    assert (parsed.sent_at, parsed.sent_at_precision) == (None, None)


@pytest.mark.parametrize(
    ("reference_id", "year"),
    [
        ("09MADRID109", 2009),
        ("66BUENOSAIRES1024", 1966),
        ("00HARARE6677", 2000),
        ("UNIDENTIFIED-0123456789ABCDEF", None),
        ("", None),
        (None, None),
    ],
)
def test_the_year_an_id_begins_with(reference_id, year):
    assert year_of_reference_id(reference_id) == year


def test_a_year_is_stored_as_its_first_moment_in_utc():
    assert start_of_year(1999) == datetime(1999, 1, 1, 0, 0, tzinfo=UTC)
