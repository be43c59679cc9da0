"""The cable page as a reader sees it: header fields, paragraphs, highlighting,
references, entities, neighbours; and untrusted cable text shown as text everywhere."""

import re
from datetime import UTC, datetime

import pytest

from cables.entities import key_of
from cables.models import Entity
from tests.factories import make_cable
from tests.matching import find
from tests.web.pages import element, get, links, text_of, when

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert('x')</script>"


# The cable page


def test_cable_page_shows_the_header_fields_in_a_table(client):
    make_cable(
        "07MOSCOW4185",
        subject="GAS PIPELINE TALKS",
        sent_at=datetime(2007, 9, 14, 8, 30, tzinfo=UTC),
        classification="SECRET//NOFORN",
        handling=["NOFORN", "SIPDIS"],
        precedence="PRIORITY",
        signer="BURNS",
        tags=["PREL", "IN"],
    )
    page = get(client, "/cable/07MOSCOW4185/")
    assert "<title>07MOSCOW4185: GAS PIPELINE TALKS – Cable portal</title>" in page
    banner = find(r'<p class="classification-banner[^"]*">(.*?)</p>', page)[1]
    assert banner == "SECRET//NOFORN · NOFORN · SIPDIS"
    table = find(r'<table class="header-fields">.*?</table>', page, re.S)[0]
    rows = {
        text_of(th): text_of(td)
        for th, td in re.findall(r"<th[^>]*>(.*?)</th><td[^>]*>(.*?)</td>", table, re.S)
    }
    assert rows == {
        "Reference": "07MOSCOW4185",
        "Date": "14 September 2007, 08:30 UTC",
        "Origin": "Embassy Moscow",
        "Classification": "SECRET//NOFORN",
        "Handling": "NOFORN, SIPDIS",
        "Precedence": "PRIORITY",
        "Signed": "BURNS",
        "Tags": "PREL External Political Relations IN India",
    }
    assert links(table) == {
        "Embassy Moscow": "/search/?origin=Embassy%20Moscow",
        "PREL": "/search/?tag=PREL",
        "IN": "/search/?tag=IN",
    }
    assert '<a href="/search/?tag=IN" title="India">IN</a>' in table


def test_cable_page_numbers_marks_and_anchors_each_paragraph(client):
    make_cable("08MOSCOW1", paragraphs=["First.", "Second.", "Third."])
    page = get(client, "/cable/08MOSCOW1/")
    paragraphs = re.findall(
        r'<div class="paragraph" id="(p\d)">\s*<a class="para-no" href="#(p\d)"[^>]*>(\d)\.</a>'
        r'\s*<span class="marking">\((\w+)\)</span>\s*<p>(.*?)</p>',
        page,
    )
    assert paragraphs == [
        ("p1", "p1", "1", "C", "First."),
        ("p2", "p2", "2", "C", "Second."),
        ("p3", "p3", "3", "C", "Third."),
    ]


def test_cable_page_highlights_the_search_words_when_arriving_from_a_search(client):
    make_cable("08MOSCOW1", paragraphs=["Gas talks: negotiations.", "Oil held; they negotiated."])
    page = get(client, "/cable/08MOSCOW1/", {"q": "gas negotiate"})
    assert "<p><mark>Gas</mark> talks: <mark>negotiations</mark>.</p>" in page
    assert "<p>Oil held; they <mark>negotiated</mark>.</p>" in page
    assert "Words of your search gas negotiate are highlighted. Show without highlighting" in (
        text_of(page)
    )
    plain = get(client, "/cable/08MOSCOW1/")
    assert "<mark>" not in plain
    assert "<p>Gas talks: negotiations.</p>" in plain


def test_cable_page_links_references_in_the_corpus_and_marks_the_others(client):
    make_cable("07MOSCOW1", subject="EARLIER TALKS")
    make_cable("07MOSCOW2", subject="HIDDEN TALKS", published=False)
    make_cable("08MOSCOW1", references=["07MOSCOW1", "07MOSCOW2", "06ROME99"])
    page = get(client, "/cable/08MOSCOW1/")
    section = find(r'<h2 id="refs-heading">.*?</ul>', page, re.S)[0]
    assert re.findall(r"<li>(.*?)</li>", section) == [
        '<a href="/cable/07MOSCOW1/">07MOSCOW1</a> EARLIER TALKS',
        '07MOSCOW2 <span class="muted">not in the corpus</span>',
        '06ROME99 <span class="muted">not in the corpus</span>',
    ]
    assert "HIDDEN TALKS" not in page


def test_cable_page_lists_the_published_cables_citing_it(client):
    make_cable("07MOSCOW1")
    make_cable("08MOSCOW2", subject="LATER", references=["07MOSCOW1"], sent_at=when(2008, 5))
    make_cable("08MOSCOW1", subject="SOONER", references=["07MOSCOW1"], sent_at=when(2008, 1))
    make_cable("08MOSCOW3", subject="SECRETLY", references=["07MOSCOW1"], published=False)
    page = get(client, "/cable/07MOSCOW1/")
    section = find(r'<h2 id="citedby-heading">.*?</ul>', page, re.S)[0]
    assert re.findall(r"<li>(.*?)</li>", section) == [
        '<a href="/cable/08MOSCOW1/">08MOSCOW1</a> SOONER',
        '<a href="/cable/08MOSCOW2/">08MOSCOW2</a> LATER',
    ]
    lonely = get(client, "/cable/08MOSCOW1/")
    assert "No cable in the corpus cites this one." in lonely


def test_cable_page_links_the_entities_it_mentions(client):
    make_cable("08MOSCOW1", entities=[("Vladimir Putin", "person"), ("Gazprom", "organization")])
    Entity.objects.create(name="Nobody", kind="person", key=key_of("person", "nobody"), hidden=True)
    page = get(client, "/cable/08MOSCOW1/")
    putin, gazprom = (Entity.objects.get(name=n).pk for n in ("Vladimir Putin", "Gazprom"))
    assert links(element(page, "ul", "entities")) == {
        "Gazprom": f"/entity/{gazprom}/",
        "Vladimir Putin": f"/entity/{putin}/",
    }


def test_cable_page_shows_the_raw_text(client):
    make_cable("08MOSCOW1", paragraphs=["First line.", "Second line."])
    page = get(client, "/cable/08MOSCOW1/")
    raw = find(
        r'<details class="raw-text">\s*<summary>Original text</summary>(.*?)</details>', page, re.S
    )
    assert raw[1].strip() == "<pre>First line.\n\nSecond line.</pre>"


def test_previous_and_next_are_the_neighbours_from_the_same_origin(client):
    make_cable("08MOSCOW1", sent_at=when(2008, 1))
    make_cable("08PARIS1", origin="Embassy Paris", sent_at=when(2008, 2))
    make_cable("08MOSCOW2", sent_at=when(2008, 3))
    make_cable("08MOSCOW3", sent_at=when(2008, 4), published=False)
    make_cable("08MOSCOW4", sent_at=when(2008, 5))
    page = get(client, "/cable/08MOSCOW2/")
    assert links(element(page, "nav", "neighbours")) == {
        "← 08MOSCOW1": "/cable/08MOSCOW1/",
        "08MOSCOW4 →": "/cable/08MOSCOW4/",
    }
    assert links(element(get(client, "/cable/08MOSCOW1/"), "nav", "neighbours")) == {
        "08MOSCOW2 →": "/cable/08MOSCOW2/"
    }


def test_a_hidden_or_unknown_cable_is_a_404(client):
    make_cable("08MOSCOW1", published=False)
    get(client, "/cable/08MOSCOW1/", status=404)
    get(client, "/cable/09NOWHERE1/", status=404)


# Untrusted cable text


def test_markup_in_a_cable_shows_as_text_on_every_page(client):
    make_cable("07MOSCOW1", references=["08MOSCOW1"])
    make_cable(
        "08MOSCOW1",
        subject=f"{SCRIPT} <b>GAS</b>",
        summary="<b>summary</b>",
        paragraphs=[f"{SCRIPT} the <b>gas</b> & <i>oil</i> prices."],
        references=["07MOSCOW1"],
        entities=[("<b>Putin</b>", "person")],
        origin="<b>Moscow</b>",
        signer="<img src=x onerror=alert(1)>",
    )
    entity = Entity.objects.get()
    pages = {
        "search": get(client, "/search/", {"q": "gas"}),
        "cable": get(client, "/cable/08MOSCOW1/"),
        "highlighted cable": get(client, "/cable/08MOSCOW1/", {"q": "gas"}),
        "citing cable": get(client, "/cable/07MOSCOW1/"),
        "entity": get(client, f"/entity/{entity.pk}/"),
        "origins": get(client, "/origins/"),
        "query echoed": get(client, "/search/", {"q": f"{SCRIPT} gas"}),
        "filter echoed": get(client, "/search/", {"q": "gas", "origin": "<b>Rome</b>"}),
    }
    for name, page in pages.items():
        body = page.split("<main", 1)[1]
        assert "<script>" not in body, name
        assert "<b>" not in body, name
        assert "<img" not in body, name
    assert (
        "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &lt;b&gt;GAS&lt;/b&gt;" in pages["cable"]
    )
    assert (
        "&lt;b&gt;<mark>gas</mark>&lt;/b&gt; &amp; &lt;i&gt;oil&lt;/i&gt;"
        in pages["highlighted cable"]
    )
    assert "&lt;b&gt;Putin&lt;/b&gt;" in pages["entity"]
    assert "&lt;b&gt;Moscow&lt;/b&gt;" in pages["origins"]
    assert "origin: &lt;b&gt;Rome&lt;/b&gt; ✕" in pages["filter echoed"]
