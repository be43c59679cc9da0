"""`id:` in the query: the search page opens the cable; the API, exports and the feed
answer with that one cable (or none), never the whole corpus."""

import json
import re

import pytest

from tests.factories import make_cable

pytestmark = pytest.mark.django_db


@pytest.fixture
def three_cables():
    for serial in (1, 2, 3):
        make_cable(f"08MOSCOW{serial}")


def test_the_api_finds_only_the_cable_named_by_id(client, three_cables):
    found = client.get("/api/search", {"q": "id:08moscow2"}).json()
    missing = client.get("/api/search", {"q": "id:09NOPE1"}).json()

    assert [r["reference_id"] for r in found["results"]] == ["08MOSCOW2"]
    assert (found["count"], missing["count"], missing["results"]) == (1, 0, [])


def test_exports_and_the_feed_hold_only_the_cable_named_by_id(client, three_cables):
    csv_rows = b"".join(client.get("/search/export.csv?q=id:08MOSCOW2").streaming_content)
    as_json = json.loads(
        b"".join(client.get("/search/export.json?q=id:08MOSCOW2").streaming_content)
    )
    feed = client.get("/search/feed.atom?q=id:08MOSCOW2").content.decode()

    assert csv_rows.decode().splitlines()[1].startswith("08MOSCOW2,")
    assert len(csv_rows.decode().splitlines()) == 2
    assert [row["reference_id"] for row in as_json] == ["08MOSCOW2"]
    assert re.findall(r"<entry>", feed) == ["<entry>"]


def test_the_search_page_still_opens_the_cable(client, three_cables):
    response = client.get("/search/", {"q": "id:08MOSCOW2"})

    assert (response.status_code, response["Location"]) == (302, "/cable/08MOSCOW2/")
