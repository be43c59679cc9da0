"""The batch search page, its CSV and POST /api/batch, over HTTP through the URLconf."""

import csv
import io
import json
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django_ratelimit import core as ratelimit_core

from tests.factories import make_cable
from tests.web.pages import get, text_of
from tests.web.test_rate_limits import STOPPED_CLOCK

pytestmark = pytest.mark.django_db


@pytest.fixture
def gas_cables():
    make_cable("08MOSCOW1", paragraphs=["Alexei Miller of Gazprom met us."], tags=["ENRG"])
    make_cable("09KYIV2", paragraphs=["Gazprom cut the gas."], origin="Embassy Kyiv")


def submit(client, **data):
    return client.post("/batch/", data)


def batch_page(client, lines: str) -> tuple[str, str]:
    """(the batch's address, its page counted in full, as without JavaScript)."""
    response = submit(client, lines=lines)
    assert response.status_code == 302, response.content.decode()[:2000]
    address = response["Location"]
    assert re.fullmatch(r"/batch/[0-9a-f]{24}/", address)
    page = client.get(address + "?count=all", follow=True)
    assert page.status_code == 200
    return address, page.content.decode()


def test_the_form_explains_how_lines_are_searched(client):
    text = text_of(get(client, "/batch/"))
    assert "up to 1,000 names, companies or queries" in text
    assert 'Alexei Miller is searched as "Alexei Miller"' in text
    assert "Each address may count 5,000 lines an hour" in text


def test_each_line_gets_its_count_dates_origins_and_search_link(client, gas_cables):
    _, html = batch_page(client, "Gazprom\nAlexei Miller\nRosneft\nfrom:2009 to:2008\n")
    text = text_of(html)
    assert "4 lines, 2 found in the corpus" in text
    assert '1 "Gazprom" 2 2008-03-01 2008-03-01 Embassy Kyiv (1), Embassy Moscow (1)' in text
    assert '2 "Alexei Miller" 1' in text
    assert '3 "Rosneft" 0' in text
    assert "4 from:2009 to:2008 The from: date is after the to: date." in text
    assert 'href="/search/?q=%22Alexei+Miller%22"' in html


def test_a_batch_not_counted_yet_shows_its_lines_waiting_and_asks_without_javascript(
    client, gas_cables
):
    address = submit(client, lines="Gazprom\nRosneft").url
    html = get(client, address)
    assert "Counting: 0 of 2 lines" in text_of(html)
    assert '<noscript><meta http-equiv="refresh" content="0; url=?count=all"></noscript>' in html
    assert "data-pending" in html and "waiting…" in html


def test_the_page_counts_part_by_part_for_its_script(client, gas_cables):
    address = submit(client, lines="Gazprom\nRosneft").url
    part = client.get(address + "part/0/").json()
    assert (part["part"], part["rows"], part["found"]) == (0, 2, 1)
    assert "&quot;Gazprom&quot;" in part["html"] and "<tr" in part["html"]
    assert "2 lines, 1 found in the corpus" in text_of(get(client, address))
    assert client.get(address + "part/1/").status_code == 404


def test_the_address_shows_the_same_table_without_counting_again(
    client, gas_cables, django_assert_max_num_queries
):
    address, _ = batch_page(client, "Gazprom\nRosneft")
    with django_assert_max_num_queries(3):  # the lines, the corpus version, the results
        html = get(client, address)
    assert "2 lines, 1 found in the corpus" in text_of(html)


def test_after_the_corpus_changes_the_batch_is_counted_again(client, gas_cables):
    address, _ = batch_page(client, "Gazprom")
    make_cable("10ROME3", paragraphs=["Gazprom in Rome."], origin="Embassy Rome")
    assert "Counting: 0 of 1 lines" in text_of(get(client, address))
    html = client.get(address + "?count=all", follow=True).content.decode()
    assert '"Gazprom" 3' in text_of(html)


def test_an_unknown_batch_is_a_404_saying_what_to_do(client):
    response = client.get("/batch/0123456789abcdef01234567/")
    assert response.status_code == 404
    assert "paste or upload its lines again" in response.content.decode()
    assert client.get("/batch/not-a-key/").status_code == 404


def test_the_csv_has_a_row_per_line_with_formulas_neutralised(client, gas_cables):
    address, _ = batch_page(client, "Gazprom\n-gas Gazprom\nfrom:2009 to:2008")
    response = client.get(address + "batch.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert [row["line"] for row in rows] == ["1", "2", "3"]
    assert rows[0]["query"] == '"Gazprom"' and rows[0]["cables"] == "2"
    assert rows[0]["top_origins"] == "Embassy Kyiv (1); Embassy Moscow (1)"
    assert rows[0]["search_url"] == "http://testserver/search/?q=%22Gazprom%22"
    assert rows[1]["text"] == "'-gas Gazprom"  # a spreadsheet would run it as a formula
    assert rows[2]["cables"] == "" and rows[2]["error"] == "The from: date is after the to: date."


def test_a_text_file_and_a_one_column_csv_are_read(client, gas_cables):
    upload = SimpleUploadedFile("names.txt", b"Gazprom\r\nRosneft\r\n")
    assert submit(client, file=upload).status_code == 302
    spreadsheet = SimpleUploadedFile("names.csv", '\ufeffGazprom,\n"Miller, Alexei",\n'.encode())
    response = submit(client, file=spreadsheet)
    html = client.get(response["Location"] + "?count=all", follow=True).content.decode()
    assert '"Miller, Alexei"' in text_of(html)


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("names.txt", b""), "“names.txt” is empty."),
        (SimpleUploadedFile("names.txt", b"\n \n"), "“names.txt” is empty."),
        (
            SimpleUploadedFile("names.xlsx", b"PK\x03\x04"),
            "“names.xlsx” is not a .txt or .csv file",
        ),
        (
            SimpleUploadedFile("names.csv", b"PK\x03\x04\x00\x00binary"),
            "“names.csv” is not a text file",
        ),
        (
            SimpleUploadedFile("names.csv", b"Gazprom,Moscow\n"),
            "Line 1 of “names.csv” has 2 columns; the file must have one column",
        ),
        (
            SimpleUploadedFile("names.txt", "\n".join(["Gazprom"] * 1001).encode()),
            "The list has 1,001 lines; a batch takes at most 1,000.",
        ),
        (
            SimpleUploadedFile("names.txt", b"x" * (600 * 1024)),
            "“names.txt” is 600 KB; at most 512 KB",
        ),
    ],
    ids=["empty", "blank", "spreadsheet", "binary", "two columns", "too many lines", "too big"],
)
def test_a_bad_upload_gets_a_clear_message(client, upload, message):
    response = submit(client, file=upload)
    assert response.status_code == 400
    assert message in text_of(response.content.decode())


def test_nothing_pasted_and_both_at_once_are_refused_clearly(client):
    response = submit(client, lines="  \n ")
    assert response.status_code == 400
    assert "Paste at least one name or query" in text_of(response.content.decode())
    upload = SimpleUploadedFile("names.txt", b"Gazprom")
    response = submit(client, lines="Rosneft", file=upload)
    assert "Paste the lines or upload a file, not both." in text_of(response.content.decode())


def test_the_api_answers_one_object_per_line(client, gas_cables):
    response = client.post(
        "/api/batch",
        json.dumps(["Gazprom", "tag:ENRG", "from:2009 to:2008"]),
        content_type="application/json",
    )
    assert response.status_code == 200
    gazprom, tagged, invalid = response.json()
    assert gazprom["query"] == '"Gazprom"'
    assert (gazprom["count"], gazprom["count_exact"], gazprom["error"]) == (2, True, None)
    assert gazprom["origins"] == [
        {"origin": "Embassy Kyiv", "count": 1},
        {"origin": "Embassy Moscow", "count": 1},
    ]
    assert gazprom["search_url"] == "http://testserver/search/?q=%22Gazprom%22"
    assert tagged["count"] == 1
    assert invalid["count"] is None and invalid["error"] == "The from: date is after the to: date."
    page = re.fullmatch(
        r"<(http://testserver/batch/[0-9a-f]{24}/)>; rel=\"alternate\"", response["Link"]
    )
    assert page and "3 lines, 2 found" in text_of(get(client, page[1]))


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('{"lines": ["Gazprom"]}', "Input should be a valid list"),
        ("[]", "Send a JSON list of at least one query string."),
        ('["Gazprom", " "]', "Empty queries in the list (item 2)."),
        (json.dumps(["Gazprom"] * 1001), "1,001 queries; a batch takes at most 1,000."),
    ],
)
def test_the_api_refuses_bad_bodies_with_a_400(client, body, message):
    response = client.post("/api/batch", body, content_type="application/json")
    assert response.status_code == 400
    assert message in response.json()["detail"]


@pytest.fixture
def batch_limit(settings, monkeypatch):
    monkeypatch.setattr(ratelimit_core, "time", STOPPED_CLOCK)
    settings.RATELIMIT_ENABLE = True
    settings.RATELIMIT_BATCH = "3/h"
    make_cable("08MOSCOW1", paragraphs=["Gazprom"])


def test_a_batch_counts_as_its_lines_against_the_budget(client, batch_limit):
    lines = json.dumps(["Gazprom", "Rosneft"])
    assert client.post("/api/batch", lines, content_type="application/json").status_code == 200
    # Kept: shown again, it costs nothing.
    assert client.post("/api/batch", lines, content_type="application/json").status_code == 200
    more = json.dumps(["Lukoil", "Novatek"])
    response = client.post("/api/batch", more, content_type="application/json")
    assert response.status_code == 429
    assert response.json()["detail"].startswith("Too many batch search lines from your address")
    assert int(response["Retry-After"]) >= 1
    # Refused lines are not counted: one more line still fits.
    assert (
        client.post("/api/batch", '["Lukoil"]', content_type="application/json").status_code == 200
    )


def test_a_page_batch_over_the_budget_gets_a_429_page(client, batch_limit):
    address = submit(client, lines="a1\na2\na3\na4").url
    response = client.get(address + "?count=all")
    assert response.status_code == 429
    assert "more than the 3 lines an address may count per hour: split it" in text_of(
        response.content.decode()
    )
