"""A tag code holding spaces (a person's visit tag) stays one tag everywhere the
public sees tags: facets, result lists, counts, filters, exports, the feed and the API."""

import csv
import io
import json
import re
from html import unescape
from urllib.parse import quote

import pytest

from tests.factories import make_cable

pytestmark = pytest.mark.django_db

VISIT = "OVIP (WHITCOMBE, PAUL H.)"


@pytest.fixture
def visit_cables():
    for serial in (1, 2):
        make_cable(
            f"08MOSCOW{serial}",
            tags=[VISIT, "PREL"],
            paragraphs=["The visit of the delegation went well."],
        )
    make_cable("08MOSCOW3", tags=["PREL"], paragraphs=["No trip this time, only a delegation."])


def test_the_tags_facet_counts_a_person_tag_as_one_tag(client, visit_cables):
    response = client.get("/search/", {"q": "delegation"})
    counts = {row["label"]: row["count"] for row in response.context["facets"]["tags"]}

    assert counts == {VISIT: 2, "PREL": 3}
    assert "(WHITCOMBE," not in response.content.decode().replace(VISIT, "")


def test_a_result_links_a_person_tag_whole(client, visit_cables):
    html = client.get("/search/", {"q": "visit"}).content.decode()

    links = re.findall(r'<p class="tags">(.*?)</p>', html, re.S)
    assert links, html[:2000]
    codes = [unescape(code) for code in re.findall(r">([^<]+)</a>", links[0])]
    assert codes == [VISIT, "PREL"]
    assert f"?tag={quote(VISIT)}" in unescape(links[0])


def test_filtering_by_a_person_tag_finds_its_cables(client, visit_cables):
    by_form = client.get("/search/", {"tag": VISIT}).context["total"]
    by_box = client.get("/search/", {"q": f'tag:"{VISIT}"'}).context["total"]

    assert (by_form, by_box) == (2, 2)


def test_exports_keep_a_person_tag_whole(client, visit_cables):
    exported = b"".join(client.get("/search/export.csv?q=visit").streaming_content)
    rows = list(csv.reader(io.StringIO(exported.decode())))
    as_json = json.loads(b"".join(client.get("/search/export.json?q=visit").streaming_content))

    header, first = rows[0], rows[1]
    assert first[header.index("tags")] == f"{VISIT}; PREL"
    assert as_json[0]["tags"] == [VISIT, "PREL"]


def test_the_api_keeps_a_person_tag_whole(client, visit_cables):
    body = client.get("/api/search", {"q": "delegation"}).json()

    assert {tuple(result["tags"]) for result in body["results"]} == {(VISIT, "PREL"), ("PREL",)}
    assert {row["code"] for row in body["facets"]["tags"]} == {VISIT, "PREL"}
    tags = {row["code"]: row["count"] for row in client.get("/api/tags").json()}
    assert tags[VISIT] == 2


def test_the_feed_finds_the_cables_of_a_person_tag(client, visit_cables):
    feed = client.get("/search/feed.atom", {"tag": VISIT}).content

    assert sorted(re.findall(rb"<title>[^<]*(08MOSCOW\d)", feed)) == [b"08MOSCOW1", b"08MOSCOW2"]
