"""A cable known only by its year: in the year facet, the timeline and date filters that
hold its whole year, and marked "year only" on its page, in results, the API and exports."""

import csv
import io
import json
import re
from datetime import UTC, datetime

import pytest

from cables.models import Cable, DatePrecision
from tests.factories import ingest, make_cable, write_cable
from tests.web.pages import element, facet, get, result_ids, text_of

pytestmark = pytest.mark.django_db

JANUARY_FIRST = datetime(2009, 1, 1, tzinfo=UTC)


@pytest.fixture
def cables():
    make_cable(
        "09LIMA1",
        sent_at=JANUARY_FIRST,
        date_precision=DatePrecision.YEAR,
        subject="KNOWN BY ITS YEAR",
    )
    make_cable("09LIMA2", sent_at=datetime(2009, 6, 15, 9, 30, tzinfo=UTC), subject="IN JUNE")
    make_cable("09LIMA3", sent_at=datetime(2009, 1, 1, 8, 0, tzinfo=UTC), subject="NEW YEAR")
    make_cable("08LIMA4", sent_at=datetime(2008, 11, 2, 10, 0, tzinfo=UTC), subject="EARLIER")


def found(client, **params) -> list[str]:
    return sorted(result_ids(get(client, "/search/", params)))


def test_the_year_facet_counts_it_and_the_year_finds_it(client, cables):
    page = get(client, "/search/", {"q": "tag:PREL"})
    assert facet(page, "Year")["2009"][0] == 3
    assert found(client, year="2009") == ["09LIMA1", "09LIMA2", "09LIMA3"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        # Ranges that hold the whole of 2009 find it.
        ({"date_from": "2009-01-01", "date_to": "2009-12-31"}, ["09LIMA1", "09LIMA2", "09LIMA3"]),
        ({"date_from": "2008-06-01"}, ["08LIMA4", "09LIMA1", "09LIMA2", "09LIMA3"]),
        ({"date_to": "2010-02-01"}, ["08LIMA4", "09LIMA1", "09LIMA2", "09LIMA3"]),
        ({"q": "from:2009 to:2009"}, ["09LIMA1", "09LIMA2", "09LIMA3"]),
        ({"date_to": "9999-12-31"}, ["08LIMA4", "09LIMA1", "09LIMA2", "09LIMA3"]),
        # Ranges that hold only part of it do not: the cable may lie outside them.
        ({"date_from": "2009-01-01", "date_to": "2009-06-30"}, ["09LIMA2", "09LIMA3"]),
        ({"date_from": "2009-03-01"}, ["09LIMA2"]),
        ({"date_to": "2009-01-01"}, ["08LIMA4", "09LIMA3"]),
        ({"q": "to:2009-11"}, ["08LIMA4", "09LIMA2", "09LIMA3"]),
    ],
)
def test_a_date_range_finds_it_only_when_it_holds_its_whole_year(client, cables, params, expected):
    assert found(client, **params) == expected


def test_the_timeline_of_its_year_counts_it_in_no_month_and_says_so(client, cables):
    page = get(client, "/search/", {"year": "2009"})
    timeline = element(page, "figure", "timeline")
    rows = dict(
        re.findall(r'<th scope="row"><a [^>]*>([^<]+)</a></th><td class="num">(\d+)', timeline)
    )
    assert (rows["Jan 2009"], rows["Jun 2009"]) == ("1", "1")
    assert "1 cable of 2009 is dated by the year alone" in text_of(timeline)


def test_its_page_says_year_only_instead_of_a_day_and_hour(client, cables):
    page = get(client, "/cable/09LIMA1/")
    header = text_of(element(page, "table", "header-fields"))
    assert "Date 2009 (year only) Origin" in header
    assert "1 January 2009" not in page
    assert '<time datetime="2009"' in page
    dated = text_of(element(get(client, "/cable/09LIMA2/"), "table", "header-fields"))
    assert "Date 15 June 2009, 09:30 UTC Origin" in dated


def test_search_results_and_the_home_page_say_year_only(client, cables):
    results = text_of(get(client, "/search/", {"q": "known"}))
    assert "09LIMA1 2009 (year only) Embassy Moscow" in results
    assert "2009 (year only)" in text_of(get(client, "/"))


def test_sorting_by_date_puts_it_at_the_start_of_its_year(client, cables):
    oldest = result_ids(get(client, "/search/", {"sort": "oldest"}))
    assert oldest == ["08LIMA4", "09LIMA1", "09LIMA3", "09LIMA2"]


def test_the_api_gives_the_precision(client, cables):
    cable = client.get("/api/cables/09LIMA1").json()
    assert (cable["sent_at"], cable["date_precision"]) == ("2009-01-01T00:00:00Z", "year")
    assert client.get("/api/cables/09LIMA2").json()["date_precision"] == "full"
    make_cable("UNIDENTIFIED-0123456789ABCDEF", sent_at=None, subject="UNDATED")
    undated = client.get("/api/cables/UNIDENTIFIED-0123456789ABCDEF").json()
    assert (undated["sent_at"], undated["date_precision"]) == (None, None)
    results = client.get("/api/search", {"year": "2009", "sort": "oldest"}).json()["results"]
    assert [(r["reference_id"], r["date_precision"]) for r in results] == [
        ("09LIMA1", "year"),
        ("09LIMA3", "full"),
        ("09LIMA2", "full"),
    ]


def test_the_exports_give_the_precision(client, cables):
    response = client.get("/search/export.csv", {"year": "2009", "sort": "oldest"})
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [(r["reference_id"], r["sent_at"], r["date_precision"]) for r in rows] == [
        ("09LIMA1", "2009-01-01T00:00:00+00:00", "year"),
        ("09LIMA3", "2009-01-01T08:00:00+00:00", "full"),
        ("09LIMA2", "2009-06-15T09:30:00+00:00", "full"),
    ]
    response = client.get("/search/export.json", {"q": "known"})
    (row,) = json.loads(b"".join(response.streaming_content))
    assert row["date_precision"] == "year"


def test_the_feed_says_the_year_only(client, cables):
    feed = client.get("/search/feed.atom", {"q": "known"}).content.decode()
    assert "Sent in 2009 (year only)." in feed


def test_a_curator_who_enters_a_date_makes_it_a_full_one(curator_client, tmp_path):
    from tests.admin.test_admin import change_cable

    path = tmp_path / "04LIMA77.txt"
    path.write_text(
        "S E C R E T LIMA 000077\n\nE.O. 12958: DECL: 05/06/2014\nTAGS: PREL PE\n"
        "SUBJECT: A MEETING CALLED OFF\n\n¶1. (S) The meeting will not happen.\n"
    )
    ingest(path)
    cable = Cable.objects.get()
    assert cable.date_precision == DatePrecision.YEAR

    change_cable(curator_client, cable, sent_at_0="2004-05-06", sent_at_1="10:30:00")
    cable.refresh_from_db()
    assert cable.sent_at == datetime(2004, 5, 6, 10, 30, tzinfo=UTC)
    assert cable.date_precision == DatePrecision.FULL

    path.write_text(path.read_text() + "\n¶2. (S) A new paragraph.\n")  # a changed text
    ingest(path)
    cable.refresh_from_db()
    assert (cable.sent_at, cable.date_precision) == (
        datetime(2004, 5, 6, 10, 30, tzinfo=UTC),
        "full",
    )
    assert "A new paragraph." in cable.paragraphs.get(position=1).text


def test_the_admin_lists_it_as_year_only(curator_client, cables):
    page = text_of(get(curator_client, "/admin/cables/cable/", {"date_precision__exact": "year"}))
    assert "09LIMA1" in page
    assert "2009 (year only)" in page
    assert "09LIMA2" not in page


def test_a_dated_cable_file_is_still_a_full_date(client, tmp_path):
    ingest(write_cable(tmp_path / "08ROME5.txt", "08ROME5"))
    assert "1 March 2008, 12:00 UTC" in text_of(get(client, "/cable/08ROME5/"))
