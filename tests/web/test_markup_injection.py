"""No cable text can inject markup or script: every public route, the feed, the
exports, the API and the admin show it as text."""

import csv
import io
import json

import pytest

from cables.models import Cable, Entity, Tag
from tests.factories import make_cable

pytestmark = pytest.mark.django_db

HOSTILE = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '"><b>']
TEXT = " ".join(HOSTILE)
# How a page shows TEXT when it escapes it (Django's escape()).
ESCAPED = (
    "&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; &quot;&gt;&lt;b&gt;"
)


def body(response) -> str:
    raw = b"".join(response.streaming_content) if response.streaming else response.content
    return raw.decode()


def strings(data) -> list[str]:
    """Every string inside parsed JSON."""
    if isinstance(data, str):
        return [data]
    values = data.values() if isinstance(data, dict) else data if isinstance(data, list) else []
    return [text for value in values for text in strings(value)]


@pytest.fixture
def hostile_cable():
    """A cable with markup in every field a page, feed, export or the API shows."""
    make_cable("07MOSCOW1", subject="CITING", references=["08MOSCOW1"])
    cable = make_cable(
        "08MOSCOW1",
        subject=f"ALERT {TEXT}",
        summary=f"Summary alert {TEXT}",
        paragraphs=[f"The alert was raised: {TEXT} end.", f"Second alert {TEXT}"],
        origin=f"Moscow {TEXT}",
        signer=TEXT,
        tags=["PREL", "<b>"],
        entities=[(f"Putin {TEXT}", "person")],
        references=["07MOSCOW1"],
    )
    Tag.objects.filter(code="PREL").update(definition=f"Relations {TEXT}")
    return cable


def assert_shown_as_text(name: str, text: str, *, escaped_expected: bool = True) -> None:
    for markup in HOSTILE:
        assert markup not in text, f"{name} shows {markup} unescaped"
    if escaped_expected:
        assert ESCAPED in text, f"{name} does not show the text escaped"


def test_pages_show_cable_markup_as_text(client, hostile_cable):
    entity = Entity.objects.get()
    pages = {
        "search": "/search/?q=alert",
        "search by origin": "/search/?origin=Moscow",
        "search by entity": f"/search/?entity={entity.pk}",
        "cable": "/cable/08MOSCOW1/",
        "highlighted cable": "/cable/08MOSCOW1/?q=alert",
        "origins": "/origins/",
        "entity": f"/entity/{entity.pk}/",
        "tags": "/tags/",
    }
    for name, url in pages.items():
        response = client.get(url)
        assert response.status_code == 200, name
        assert_shown_as_text(name, body(response))
    for name, url in {"home": "/", "citing cable": "/cable/07MOSCOW1/"}.items():
        assert_shown_as_text(name, body(client.get(url)), escaped_expected=False)


def test_search_snippets_escape_the_text_around_the_marks(client, hostile_cable):
    page = body(client.get("/search/?q=alert"))
    assert "<mark>alert</mark>" in page
    assert "&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt;" in page


def test_the_search_box_echoes_a_hostile_query_as_text(client, hostile_cable):
    for url in ["/search/?q=" + TEXT, "/search/?origin=" + TEXT, "/search/?tag=" + TEXT]:
        response = client.get(url)
        assert response.status_code in (200, 400)
        assert_shown_as_text(url, body(response), escaped_expected=False)


def test_the_feed_sends_cable_markup_as_escaped_text(client, hostile_cable):
    xml = body(client.get("/search/feed.atom?q=alert"))
    assert_shown_as_text("feed", xml, escaped_expected=False)
    # Titles are escaped twice (readers render them as HTML), summaries once (type="html").
    assert "&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;" in xml


def test_the_api_and_json_export_carry_the_text_without_markup_in_the_bytes(client, hostile_cable):
    urls = [
        "/api/search?q=alert",
        "/api/cables/08MOSCOW1",
        "/api/tags",
        "/api/entities",
        f"/api/entities/{Entity.objects.get().pk}",
        "/search/export.json?q=alert",
    ]
    for url in urls:
        response = client.get(url)
        assert response["Content-Type"].startswith("application/json")
        assert response["X-Content-Type-Options"] == "nosniff"
        text = body(response)
        assert_shown_as_text(url, text, escaped_expected=False)
        assert any(TEXT in value for value in strings(json.loads(text))), url  # the same data
    cable = client.get("/api/cables/08MOSCOW1").json()
    assert cable["subject"] == f"ALERT {TEXT}" and cable["signer"] == TEXT
    snippet = client.get("/api/search?q=alert").json()["results"][0]["snippets"][0]
    assert "&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt;" in snippet["snippet_html"]
    assert HOSTILE[0] in snippet["snippet"]  # plain text, as the cable has it


def test_the_csv_export_is_a_download_with_formulas_neutralised(client, hostile_cable):
    make_cable("08MOSCOW2", subject='=HYPERLINK("http://x") alert', origin="+1 alert")
    make_cable("08MOSCOW3", subject="@SUM(A1) alert", origin="-2+3 alert")
    response = client.get("/search/export.csv?q=alert&sort=oldest")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    rows = {row["reference_id"]: row for row in csv.DictReader(io.StringIO(body(response)))}
    assert rows["08MOSCOW1"]["subject"] == f"ALERT {TEXT}"  # data, as it is
    assert rows["08MOSCOW2"]["subject"] == '\'=HYPERLINK("http://x") alert'
    assert rows["08MOSCOW2"]["origin"] == "'+1 alert"
    assert rows["08MOSCOW3"]["subject"] == "'@SUM(A1) alert"
    assert rows["08MOSCOW3"]["origin"] == "'-2+3 alert"


def test_the_admin_shows_cable_markup_as_text(client, django_user_model, hostile_cable):
    client.force_login(django_user_model.objects.create_superuser("admin", password="x"))
    cable = Cable.objects.get(reference_id="08MOSCOW1")
    entity = Entity.objects.get()
    pages = [
        "/admin/cables/cable/",
        "/admin/cables/cable/?q=alert",
        f"/admin/cables/cable/{cable.pk}/change/",
        "/admin/cables/tag/",
        "/admin/cables/entity/",
        f"/admin/cables/entity/{entity.pk}/change/",
    ]
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_shown_as_text(url, body(response), escaped_expected=False)
    change = body(client.get(f"/admin/cables/cable/{cable.pk}/change/"))
    assert ESCAPED in change
