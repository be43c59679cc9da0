"""CSV and JSON exports and the Atom feed of a search, through the real URLs."""

import csv
import io
import json
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta

import pytest

from cables.models import Cable, Classification
from tests.factories import make_cable

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def day(n: int) -> datetime:
    return datetime(2008, 1, 1, 12, 0, tzinfo=UTC) + timedelta(days=n)


def body_of(response) -> str:
    assert response.streaming, "exports must be streamed"
    return b"".join(response.streaming_content).decode()


def csv_rows(client, query: str = "") -> list[list[str]]:
    response = client.get(f"/search/export.csv?{query}")
    assert response.status_code == 200
    return list(csv.reader(io.StringIO(body_of(response))))


def json_rows(client, query: str = "") -> list[dict]:
    response = client.get(f"/search/export.json?{query}")
    assert response.status_code == 200
    return json.loads(body_of(response))


def child(element: ET.Element, path: str) -> ET.Element:
    """The first element at `path` under `element`, which must be there."""
    found = element.find(path)
    assert found is not None, f"no {path}"
    return found


def feed_entries(client, query: str = "") -> list[ET.Element]:
    response = client.get(f"/search/feed.atom?{query}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(response.content).findall(f"{ATOM}entry")


# CSV


def test_csv_export_lists_every_matching_cable_in_the_search_order(client):
    make_cable("08MOSCOW1", sent_at=day(1), subject="GAS PRICES", tags=["PREL", "ENRG"])
    make_cable("08MOSCOW2", sent_at=day(3), subject="MORE GAS")
    make_cable("08MOSCOW3", sent_at=day(2), paragraphs=["Nothing about fuel."])

    response = client.get("/search/export.csv?q=gas&sort=newest")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="cables-search.csv"'
    rows = list(csv.reader(io.StringIO(body_of(response))))
    assert rows[0] == [
        "reference_id",
        "sent_at",
        "origin",
        "classification",
        "subject",
        "tags",
        "url",
        "date_precision",
    ]
    assert rows[1:] == [
        [
            "08MOSCOW2",
            "2008-01-04T12:00:00+00:00",
            "Embassy Moscow",
            "CONFIDENTIAL",
            "MORE GAS",
            "PREL",
            "http://testserver/cable/08MOSCOW2/",
            "full",
        ],
        [
            "08MOSCOW1",
            "2008-01-02T12:00:00+00:00",
            "Embassy Moscow",
            "CONFIDENTIAL",
            "GAS PRICES",
            "PREL; ENRG",
            "http://testserver/cable/08MOSCOW1/",
            "full",
        ],
    ]


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(client):
    make_cable("08MOSCOW1", sent_at=day(4), subject='=HYPERLINK("http://evil.example","x")')
    make_cable("08MOSCOW2", sent_at=day(3), subject="+1 555 0100", origin="@SUM(A1:A9)")
    make_cable("08MOSCOW3", sent_at=day(2), subject="-2+3", origin="Embassy Paris")
    make_cable("08MOSCOW4", sent_at=day(1), subject="A - B = C")

    rows = csv_rows(client, "sort=newest")[1:]

    assert [row[4] for row in rows] == [
        '\'=HYPERLINK("http://evil.example","x")',
        "'+1 555 0100",
        "'-2+3",
        "A - B = C",
    ]
    assert [row[2] for row in rows] == [
        "Embassy Moscow",
        "'@SUM(A1:A9)",
        "Embassy Paris",
        "Embassy Moscow",
    ]


def test_csv_export_of_3000_cables_streams_every_row_in_few_queries(
    client, django_assert_max_num_queries
):
    Cable.objects.bulk_create(
        Cable(
            reference_id=f"09BULK{n}",
            sent_at=day(n % 700),
            origin="Embassy Bulk",
            classification=Classification.UNCLASSIFIED,
            subject=f"BULK CABLE {n}",
            tag_codes="PREL",
            original_text="",
            content_hash=str(n),
        )
        for n in range(3000)
    )

    # One query: the rows come from a server-side cursor, 2,000 at a time.
    with django_assert_max_num_queries(1):
        rows = csv_rows(client, "sort=oldest")

    assert len(rows) == 3001
    assert {row[0] for row in rows[1:]} == {f"09BULK{n}" for n in range(3000)}
    dates = [row[1] for row in rows[1:]]
    assert dates == sorted(dates)
    assert len(json_rows(client)) == 3000


# JSON


def test_json_export_is_an_array_with_dates_tag_lists_and_cable_text_as_text(client):
    make_cable(
        "08MOSCOW1",
        sent_at=day(1),
        subject="<script>alert('x')</script> <b>BOLD</b>",
        tags=["PREL", "PGOV"],
    )

    response = client.get("/search/export.json")

    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"] == 'attachment; filename="cables-search.json"'
    assert json.loads(body_of(response)) == [
        {
            "reference_id": "08MOSCOW1",
            "sent_at": "2008-01-02T12:00:00Z",
            "origin": "Embassy Moscow",
            "classification": "CONFIDENTIAL",
            "subject": "<script>alert('x')</script> <b>BOLD</b>",
            "tags": ["PREL", "PGOV"],
            "url": "http://testserver/cable/08MOSCOW1/",
            "date_precision": "full",
        }
    ]


def test_json_export_of_no_results_is_an_empty_array(client):
    make_cable("08MOSCOW1")

    assert json_rows(client, "q=zanzibar") == []


def test_exports_filter_like_the_search_page(client):
    make_cable("08MOSCOW1", tags=["PREL"], classification="SECRET", sent_at=day(1))
    make_cable("08MOSCOW2", tags=["ENRG"], classification="SECRET", sent_at=day(2))
    make_cable("08MOSCOW3", tags=["ENRG"], classification="CONFIDENTIAL", sent_at=day(3))

    ids = [row["reference_id"] for row in json_rows(client, "tag=ENRG&classification=SECRET")]
    assert ids == ["08MOSCOW2"]
    assert [row[0] for row in csv_rows(client, "tag=enrg&sort=oldest")[1:]] == [
        "08MOSCOW2",
        "08MOSCOW3",
    ]


def test_hidden_cable_is_absent_from_exports_and_the_feed(client):
    make_cable("08MOSCOW1", subject="GAS DEAL", sent_at=day(1))
    make_cable("08MOSCOW2", subject="GAS SECRET", sent_at=day(2), published=False)

    assert [row[0] for row in csv_rows(client, "q=gas")[1:]] == ["08MOSCOW1"]
    assert [row["reference_id"] for row in json_rows(client, "q=gas")] == ["08MOSCOW1"]
    entries = feed_entries(client, "q=gas")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == ["08MOSCOW1: GAS DEAL"]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("date_from=2007-13-45", "date_from: Enter a valid date."),
        ("tag=NOSUCHTAG", "tag: There is no tag NOSUCHTAG."),
        ("q=" + "x" * 10_000, "q: Ensure this value has at most 1000 characters (it has 10000)."),
        ("sort=sideways", "sort: Select a valid choice. sideways is not one of"),
        ("year=abc", "year: Enter a number."),
    ],
)
def test_exports_and_feed_answer_bad_parameters_with_400_and_the_reason(client, query, message):
    make_cable("08MOSCOW1")

    as_csv = client.get(f"/search/export.csv?{query}")
    as_json = client.get(f"/search/export.json?{query}")
    as_feed = client.get(f"/search/feed.atom?{query}")

    assert as_csv.status_code == as_json.status_code == as_feed.status_code == 400
    assert as_csv.content.decode().startswith(message)
    assert as_feed.content.decode().startswith(message)
    assert as_json.json()["detail"].startswith(message)
    field = message.split(":")[0]
    assert as_json.json()["errors"][field]


# Atom feed


def test_feed_lists_the_50_newest_matching_cables_newest_first(client):
    for n in range(55):
        make_cable(f"08MOSCOW{n}", sent_at=day(n), subject=f"REPORT {n}")
    make_cable("08PARIS1", sent_at=day(99), subject="REPORT FROM PARIS", origin="Embassy Paris")

    entries = feed_entries(client, "origin=Moscow&sort=oldest")

    assert len(entries) == 50
    titles = [entry.findtext(f"{ATOM}title") for entry in entries]
    assert titles[:2] == ["08MOSCOW54: REPORT 54", "08MOSCOW53: REPORT 53"]
    assert titles[-1] == "08MOSCOW5: REPORT 5"
    first = entries[0]
    assert child(first, f"{ATOM}link").get("href") == "http://testserver/cable/08MOSCOW54/"
    assert first.findtext(f"{ATOM}updated") == "2008-02-24T12:00:00+00:00"


def test_feed_describes_each_cable_by_its_summary_or_first_paragraph(client):
    make_cable("08MOSCOW1", sent_at=day(2), summary="The summary.", paragraphs=["First.", "Two."])
    make_cable("08MOSCOW2", sent_at=day(1), paragraphs=["Opening paragraph.", "Second."])

    entries = feed_entries(client)

    assert [entry.findtext(f"{ATOM}summary") for entry in entries] == [
        "The summary.",
        "Opening paragraph.",
    ]


def test_feed_shows_markup_in_cables_as_text(client):
    make_cable(
        "08MOSCOW1",
        subject="<script>alert(1)</script>",
        paragraphs=["The <b>minister</b> said <script>x()</script> nothing."],
    )

    response = client.get("/search/feed.atom")

    raw = response.content.decode()
    assert "<script>" not in raw and "<b>" not in raw
    entry = child(ET.fromstring(response.content), f"{ATOM}entry")
    # The summary is sent as type="html": its markup must arrive escaped, as text.
    summary = child(entry, f"{ATOM}summary")
    assert summary.get("type") == "html"
    assert (
        summary.text
        == "The &lt;b&gt;minister&lt;/b&gt; said &lt;script&gt;x()&lt;/script&gt; nothing."
    )
    assert entry.findtext(f"{ATOM}title") == "08MOSCOW1: &lt;script&gt;alert(1)&lt;/script&gt;"


def test_feed_title_and_link_follow_the_search(client):
    make_cable("08MOSCOW1")

    response = client.get("/search/feed.atom?q=gas+prices&tag=PREL")

    feed = ET.fromstring(response.content)
    assert feed.findtext(f"{ATOM}title") == "Cables: gas prices"
    alternate = child(feed, f"{ATOM}link[@rel='alternate']").get("href")
    assert alternate == "http://testserver/search/?q=gas+prices&tag=PREL"


def test_feed_runs_in_few_queries(client, django_assert_max_num_queries):
    for n in range(20):
        make_cable(f"08MOSCOW{n}", sent_at=day(n), tags=["PREL"])

    with django_assert_max_num_queries(2):
        entries = feed_entries(client, "tag=PREL")

    assert len(entries) == 20
