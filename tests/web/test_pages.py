"""The portal's pages as a reader sees them: search, cable, tags, origins, entities, help."""

import re
from datetime import UTC, datetime, timedelta
from html import unescape

import pytest

from cables.entities import key_of
from cables.models import Entity
from cables.search.tsquery import lexemes_of
from tests.factories import make_cable
from tests.matching import find

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert('x')</script>"


def when(year: int, month: int = 3, day: int = 1) -> datetime:
    return datetime(year, month, day, 12, 0, tzinfo=UTC)


def text_of(html: str) -> str:
    """The page's visible text: tags removed, entities decoded, whitespace collapsed."""
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def get(client, url: str, params: dict | None = None, status: int = 200) -> str:
    response = client.get(url, params or {})
    assert response.status_code == status, response.content.decode()[:3000]
    return response.content.decode()


def result_ids(html: str) -> list[str]:
    return re.findall(r'<span class="ref">([^<]+)</span>', html)


def element(html: str, tag: str, css_class: str) -> str:
    """The first <tag class="css_class"> element of the page (not nested in its own kind)."""
    found = re.search(rf'<{tag} class="{css_class}".*?</{tag}>', html, re.S)
    assert found, f"no <{tag} class={css_class}>"
    return found[0]


def links(html: str) -> dict[str, str]:
    """{visible text: href} of the links in a piece of the page."""
    return {
        text_of(label): unescape(href)
        for href, label in re.findall(r'<a [^>]*href="([^"]*)"[^>]*>(.*?)</a>', html, re.S)
    }


def facet(html: str, title: str) -> dict[str, tuple[int, str]]:
    """{label: (count, href)} of one facet box."""
    box = re.search(rf"<h2>{title}</h2>\s*<ul>(.*?)</ul>", html, re.S)
    assert box, f"no facet {title}"
    entries = re.findall(
        r'<a href="([^"]*)"[^>]*><span class="label">([^<]*)</span> <span class="count">(\d+)',
        box[1],
    )
    return {unescape(label): (int(count), unescape(href)) for href, label, count in entries}


# The home page and the syntax page


def test_home_page_counts_published_cables_and_offers_the_search_box(client):
    make_cable("07MOSCOW1", sent_at=when(2007))
    make_cable("08MOSCOW1", sent_at=when(2008))
    make_cable("08MOSCOW2", published=False)
    page = get(client, "/")
    assert "2 US diplomatic cables, searchable by their words" in text_of(page)
    assert '<form class="search-box" role="search" action="/search/" method="get">' in page
    assert 'aria-label="2007: 1 cable"' in page
    assert 'href="/search/?date_from=2008-01-01&amp;date_to=2008-12-31"' in page


def test_syntax_page_explains_every_field(client):
    page = text_of(get(client, "/help/syntax/"))
    for example in ['"peace mission"', "iran OR india", "sanctions -iran", "embass*"]:
        assert example in page
    for example in ["tag:PREL", "tag:IN", "origin:moscow", "classification:secret"]:
        assert example in page
    assert "from:2007-01-01 to:2008-12-31" in page
    assert "id:07MOSCOW2150 goes straight to that cable" in page


# The search page: results


def test_each_result_shows_id_date_origin_classification_subject_tags_and_snippets(client):
    make_cable(
        "07PARIS12",
        subject="GAS PIPELINE TALKS",
        origin="Embassy Paris",
        classification="SECRET//NOFORN",
        sent_at=when(2007, 5, 9),
        tags=["PREL", "IN"],
        paragraphs=["Weather.", "The pipeline talks stalled."],
    )
    page = get(client, "/search/", {"q": "pipeline"})
    result = find(r'<li class="result">.*?</li>\s*</ul>.*?</li>', page, re.S)[0]
    assert text_of(result) == (
        "GAS PIPELINE TALKS 07PARIS12 9 May 2007 Embassy Paris SECRET//NOFORN "
        "¶2 pipeline talks stalled PREL IN"
    )
    assert links(result) == {
        "GAS PIPELINE TALKS": "/cable/07PARIS12/?q=pipeline",
        "¶2": "/cable/07PARIS12/?q=pipeline#p2",
        "PREL": "/search/?tag=PREL",
        "IN": "/search/?tag=IN",
    }
    assert "<mark>pipeline</mark>" in result


def test_results_are_paginated_twenty_a_page_with_a_permalink(client):
    for day in range(1, 46):
        make_cable(f"08MOSCOW{day}", sent_at=when(2008, 1, 1) + timedelta(days=day))
    first = get(client, "/search/", {"q": "gas", "sort": "oldest"})
    assert "45 cables" in text_of(first)
    assert result_ids(first) == [f"08MOSCOW{day}" for day in range(1, 21)]
    pages = find(r'<nav class="pagination".*?</nav>', first, re.S)[0]
    assert text_of(pages) == "1 2 3"
    assert links(pages) == {
        "2": "/search/?page=2&q=gas&sort=oldest",
        "3": "/search/?page=3&q=gas&sort=oldest",
    }
    assert '<a href="/search/?q=gas&amp;sort=oldest" rel="bookmark">Permalink</a>' in first
    third = get(client, "/search/", {"q": "gas", "sort": "oldest", "page": "3"})
    assert result_ids(third) == [f"08MOSCOW{day}" for day in range(41, 46)]
    assert '<ol class="result-list" start="41">' in third
    assert links(find(r'<nav class="pagination".*?</nav>', third, re.S)[0]) == {
        "1": "/search/?q=gas&sort=oldest",
        "2": "/search/?page=2&q=gas&sort=oldest",
    }


def test_a_page_past_the_last_is_a_404_that_says_so(client):
    make_cable("08MOSCOW1")
    page = get(client, "/search/", {"q": "gas", "page": "4"}, status=404)
    assert "There is no page 4: the last is 1." in text_of(page)


def test_an_exact_id_goes_straight_to_the_cable(client):
    make_cable("07MOSCOW4185")
    response = client.get("/search/", {"q": "id:07moscow4185"})
    assert response.status_code == 302
    assert response["Location"] == "/cable/07MOSCOW4185/"


def test_an_unknown_or_hidden_id_says_there_is_no_such_cable(client):
    make_cable("07MOSCOW4185", published=False)
    page = get(client, "/search/", {"q": "id:07MOSCOW4185"}, status=404)
    assert "There is no cable 07MOSCOW4185 in the corpus." in text_of(page)
    page = get(client, "/search/", {"q": "id:09NOWHERE1"}, status=404)
    assert "There is no cable 09NOWHERE1 in the corpus." in text_of(page)


def test_no_results_says_so_and_suggests_what_to_change(client):
    make_cable("08MOSCOW1", subject="PIPELINE POLITICS", tags=["PREL"])
    from cables.search import refresh_lexicon

    refresh_lexicon()
    page = get(client, "/search/", {"q": "pipelnie", "tag": "PREL", "year": "2008"})
    text = text_of(page)
    assert "No cables found" in text
    assert "Nothing matches this search." in text
    assert "Did you mean pipeline ?" in text
    assert links(element(page, "div", "no-results")) == {
        "pipeline": "/search/?q=pipeline",
        "tag: PREL ✕": "/search/?q=pipelnie&year=2008&",
        "year: 2008 ✕": "/search/?q=pipelnie&tag=PREL&",
        "search syntax": "/help/syntax/",
    }


def test_the_search_box_and_filters_keep_the_current_search(client):
    make_cable("08MOSCOW1", tags=["PREL"])
    page = get(client, "/search/", {"q": '"gas" prices', "tag": "PREL", "sort": "newest"})
    box = find(r'<form class="search-box".*?</form>', page, re.S)[0]
    assert 'value="&quot;gas&quot; prices"' in box
    assert '<input type="hidden" name="tag" value="PREL">' in box
    assert '<input type="hidden" name="sort" value="newest">' in box
    assert '<option value="newest" selected>Newest first</option>' in page


# Facets and the timeline


def test_facets_count_the_matches_and_one_click_refines_another_removes(client):
    make_cable("08MOSCOW1", tags=["PREL", "PGOV"], classification="SECRET")
    make_cable("07MOSCOW1", tags=["PREL"], sent_at=when(2007))
    make_cable("07PARIS1", tags=["PGOV"], origin="Embassy Paris", sent_at=when(2007))
    make_cable("07PARIS2", tags=["ETRD"], origin="Embassy Paris", paragraphs=["Oil."])
    make_cable("09PARIS1", tags=["ETRD"], paragraphs=["Gas."], published=False)
    page = get(client, "/search/", {"q": "gas", "page": "1"})
    assert facet(page, "Tags") == {
        "PGOV": (2, "/search/?q=gas&tag=PGOV"),
        "PREL": (2, "/search/?q=gas&tag=PREL"),
    }
    assert facet(page, "Origin") == {
        "Embassy Moscow": (2, "/search/?origin=Embassy+Moscow&q=gas"),
        "Embassy Paris": (1, "/search/?origin=Embassy+Paris&q=gas"),
    }
    assert facet(page, "Classification") == {
        "CONFIDENTIAL": (2, "/search/?classification=CONFIDENTIAL&q=gas"),
        "SECRET": (1, "/search/?classification=SECRET&q=gas"),
    }
    assert facet(page, "Year") == {
        "2008": (1, "/search/?q=gas&year=2008"),
        "2007": (2, "/search/?q=gas&year=2007"),
    }

    refined = get(client, "/search/?q=gas&tag=PGOV")
    assert sorted(result_ids(refined)) == ["07PARIS1", "08MOSCOW1"]
    assert facet(refined, "Tags") == {
        "PGOV ✕": (2, "/search/?q=gas"),
        "PREL": (1, "/search/?q=gas&tag=PGOV&tag=PREL"),
    }
    assert re.search(
        r'<li class="active"><a href="/search/\?q=gas" [^>]*aria-current="true">', refined
    )
    assert facet(get(client, "/search/?q=gas&year=2007"), "Year") == {
        "2007 ✕": (2, "/search/?q=gas")
    }


def test_tag_facet_shows_the_definition_on_hover(client):
    make_cable("08MOSCOW1", tags=["PREL", "IN"])
    page = get(client, "/search/", {"q": "gas"})
    assert '<a href="/search/?q=gas&amp;tag=IN" title="India">' in page
    assert 'title="External Political Relations"' in page


def test_timeline_has_a_bar_per_year_that_sets_the_date_range(client):
    make_cable("06MOSCOW1", sent_at=when(2006))
    make_cable("08MOSCOW1", sent_at=when(2008))
    make_cable("08MOSCOW2", sent_at=when(2008))
    page = get(client, "/search/", {"q": "gas", "page": "1", "year": ""})
    bars = re.findall(
        r'<a href="([^"]*)" aria-label="([^"]*)"><rect class="hit"[^>]*/>'
        r'<rect class="bar" x="([\d.]+%)" y="(\d+)" width="([\d.]+%)" height="(\d+)"/>',
        page,
    )
    assert [(unescape(url), label) for url, label, *_ in bars] == [
        ("/search/?date_from=2006-01-01&date_to=2006-12-31&q=gas", "2006: 1 cable"),
        ("/search/?date_from=2007-01-01&date_to=2007-12-31&q=gas", "2007: 0 cables"),
        ("/search/?date_from=2008-01-01&date_to=2008-12-31&q=gas", "2008: 2 cables"),
    ]
    # x and width in percent of the chart; below a 20 px band for the count shown
    # on hover or focus, 80 px of bars.
    assert [(x, int(y), width, int(h)) for _, _, x, y, width, h in bars] == [
        ("2.083%", 60, "29.167%", 40),
        ("35.417%", 100, "29.167%", 0),
        ("68.75%", 20, "29.167%", 80),
    ]
    assert '<title id="timeline-title">Matching cables by year</title>' in page


def ticks(page: str) -> dict[str, str]:
    """{axis label: the chart widths it shows at} of the page's timeline."""
    return dict(
        (label, tiers)
        for tiers, label in re.findall(r'<text class="tick ([^"]*)"[^>]*>([^<]*)</text>', page)
    )


def test_timeline_axis_labels_every_year_when_they_fit_else_every_few(client):
    make_cable("06MOSCOW1", sent_at=when(2006))
    make_cable("08MOSCOW1", sent_at=when(2008))
    assert ticks(get(client, "/search/", {"q": "gas"})) == {
        "2006": "narrow medium wide",
        "2007": "narrow medium wide",
        "2008": "narrow medium wide",
    }
    make_cable("66STATE1", sent_at=when(1966))
    labels = ticks(get(client, "/search/", {"q": "gas"}))
    # 43 years: every 10th on a phone, every 5th on a tablet, every 2nd on a desktop.
    assert [year for year, tiers in labels.items() if "narrow" in tiers] == [
        "1970", "1980", "1990", "2000",
    ]  # fmt: skip
    assert [year for year, tiers in labels.items() if "medium" in tiers] == [
        "1970", "1975", "1980", "1985", "1990", "1995", "2000", "2005",
    ]  # fmt: skip
    assert [year for year, tiers in labels.items() if "wide" in tiers] == [
        str(year) for year in range(1966, 2009, 2)
    ]


def test_timeline_shows_each_count_on_hover_or_focus_and_as_a_table(client):
    make_cable("06MOSCOW1", sent_at=when(2006))
    make_cable("08MOSCOW1", sent_at=when(2008))
    make_cable("08MOSCOW2", sent_at=when(2008))
    page = get(client, "/search/", {"q": "gas"})
    tips = re.findall(r'<text class="tip" [^>]*text-anchor="(\w+)"[^>]*>([^<]*)</text>', page)
    # Anchored so that the first and last bars' counts stay inside the chart.
    assert tips == [
        ("start", "2006: 1 cable"),
        ("middle", "2007: 0 cables"),
        ("end", "2008: 2 cables"),
    ]
    table = element(page, "details", "timeline-data")
    assert "Cables by year as a table" in text_of(table)
    rows = re.findall(
        r'<th scope="row"><a href="([^"]*)">(\d+)</a></th><td class="num">(\d+)', table
    )
    assert [(unescape(url), year, count) for url, year, count in rows] == [
        ("/search/?date_from=2006-01-01&date_to=2006-12-31&q=gas", "2006", "1"),
        ("/search/?date_from=2007-01-01&date_to=2007-12-31&q=gas", "2007", "0"),
        ("/search/?date_from=2008-01-01&date_to=2008-12-31&q=gas", "2008", "2"),
    ]


def test_timeline_inside_one_year_shows_months(client):
    make_cable("08MOSCOW1", sent_at=when(2008, 2))
    make_cable("08MOSCOW2", sent_at=when(2008, 11))
    page = get(client, "/search/", {"q": "gas", "date_from": "2008-01-01", "date_to": "2008-12-31"})
    labels = re.findall(r'aria-label="(\w\w\w 2008: \d+ cables?)"', page)
    assert labels[1] == "Feb 2008: 1 cable"
    assert labels[10] == "Nov 2008: 1 cable"
    assert len(labels) == 12
    assert 'href="/search/?date_from=2008-02-01&amp;date_to=2008-02-29&amp;q=gas"' in page
    assert "Matching cables by month" in page
    # Every month where they fit, else every other one from January.
    assert ticks(page) == {
        month: "narrow medium wide" if index % 2 == 0 else "medium wide"
        for index, month in enumerate(
            ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        )
    }
    assert "Cables by month as a table" in page
    november = "/search/?date_from=2008-11-01&amp;date_to=2008-11-30&amp;q=gas"
    assert f'<th scope="row"><a href="{november}">Nov 2008</a></th><td class="num">1</td>' in page


# Bad parameters: a 400 with the reason, never a 500


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"tag": "NOPE"}, "There is no tag NOPE."),
        ({"q": "tag:nope"}, "There is no tag NOPE."),
        ({"date_from": "2007-13-45"}, "Enter a valid date."),
        (
            {"q": "from:2007-13-45"},
            "from:2007-13-45 is not a date (use YYYY, YYYY-MM or YYYY-MM-DD).",
        ),
        ({"page": "abc"}, "“abc” is not a page number."),
        ({"page": "0"}, "“0” is not a page number."),
        ({"page": "-1"}, "“-1” is not a page number."),
        ({"q": "a" * 10_000}, "Ensure this value has at most 1000 characters (it has 10000)."),
        ({"year": "abc"}, "Enter a number."),
        ({"year": "20071"}, "Ensure this value is less than or equal to 2100."),
        (
            {"classification": "TOP SECRET"},
            "Select a valid choice. TOP SECRET is not one of the available choices.",
        ),
        ({"sort": "random"}, "Select a valid choice. random is not one of the available choices."),
        (
            {"entity": "999999"},
            "Select a valid choice. 999999 is not one of the available choices.",
        ),
        ({"entity": "abc"}, "“abc” is not a valid value."),
        ({"date_from": "2008-01-01", "date_to": "2007-01-01"}, "The end date is before the start."),
        ({"q": "from:2009 to:2008"}, "The from: date is after the to: date."),
    ],
)
def test_bad_parameters_give_a_400_that_says_what_is_wrong(client, params, message):
    make_cable("08MOSCOW1")
    page = get(client, "/search/", params, status=400)
    errors = find(r'<div class="errors" role="alert">.*?</div>', page, re.S)[0]
    assert "This search cannot be run" in errors
    assert message in text_of(errors)
    assert "08MOSCOW1" not in page


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


# Tag index, origin index, entity pages


def test_tag_index_groups_tags_with_definitions_and_published_counts(client):
    make_cable("08MOSCOW1", tags=["PREL", "IN"])
    make_cable("08MOSCOW2", tags=["PREL"])
    make_cable("08MOSCOW3", tags=["PREL", "ETRD"], published=False)
    page = get(client, "/tags/")
    groups = re.findall(r"<h2>(.*?)</h2>.*?<tbody>(.*?)</tbody>", page, re.S)
    assert [
        (heading, re.findall(r"<tr><td>(.*?)</td><td>(.*?)</td><td[^>]*>(\d+)</td></tr>", rows))
        for heading, rows in groups
    ] == [
        ("Country or area", [('<a href="/search/?tag=IN">IN</a>', "India", "1")]),
        (
            "Subject",
            [('<a href="/search/?tag=PREL">PREL</a>', "External Political Relations", "2")],
        ),
    ]


def test_origin_index_lists_posts_with_their_published_cables(client):
    make_cable("08MOSCOW1")
    make_cable("08MOSCOW2")
    make_cable("08PARIS1", origin="Embassy Paris")
    make_cable("08ROME1", origin="Embassy Rome", published=False)
    page = get(client, "/origins/")
    rows = re.findall(r'<tr><td><a href="([^"]*)">([^<]*)</a></td><td class="num">(\d+)', page)
    assert rows == [
        ("/search/?origin=Embassy%20Moscow", "Embassy Moscow", "2"),
        ("/search/?origin=Embassy%20Paris", "Embassy Paris", "1"),
    ]


def test_origin_index_shows_cables_without_an_origin_as_unknown_without_a_dead_link(client):
    make_cable("08MOSCOW1", origin="")
    page = get(client, "/origins/")
    assert '<tr><td>Unknown</td><td class="num">1</td></tr>' in page
    assert 'href="/search/?origin="' not in page


def test_entity_page_lists_its_cables_co_occurring_entities_and_a_timeline(client):
    make_cable(
        "07MOSCOW1", sent_at=when(2007), entities=[("Putin", "person"), ("Gazprom", "organization")]
    )
    make_cable(
        "08MOSCOW1", sent_at=when(2008), entities=[("Putin", "person"), ("Gazprom", "organization")]
    )
    make_cable(
        "08MOSCOW2", sent_at=when(2008, 6), entities=[("Putin", "person"), ("Kremlin", "place")]
    )
    make_cable(
        "09MOSCOW1",
        sent_at=when(2009),
        entities=[("Putin", "person"), ("Secret", "place")],
        published=False,
    )
    putin = Entity.objects.get(name="Putin")
    page = get(client, f"/entity/{putin.pk}/")
    text = text_of(page)
    assert "<h1>Putin</h1>" in page
    assert "Person · mentioned 3 times in 3 cables" in text
    assert re.findall(r'<li><a href="/cable/(\w+)/">', page) == [
        "08MOSCOW2",
        "08MOSCOW1",
        "07MOSCOW1",
    ]
    gazprom, kremlin = (Entity.objects.get(name=n).pk for n in ("Gazprom", "Kremlin"))
    assert "Gazprom 2 cables Kremlin 1 cable" in text
    assert "Secret" not in text
    assert f'<a href="/entity/{gazprom}/">Gazprom</a>' in page
    assert f'<a href="/entity/{kremlin}/">Kremlin</a>' in page
    assert (
        f'href="/search/?entity={putin.pk}&amp;date_from=2008-01-01&amp;date_to=2008-12-31"' in page
    )
    assert 'aria-label="2008: 2 cables"' in page
    assert "2009" not in text


def test_entity_page_pages_its_cables(client):
    for day in range(1, 23):
        make_cable(f"08MOSCOW{day}", sent_at=when(2008, 1, day), entities=[("Putin", "person")])
    putin = Entity.objects.get()
    first = get(client, f"/entity/{putin.pk}/")
    assert len(re.findall(r'<li><a href="/cable/', first)) == 20
    assert '<a href="?page=2">More cables</a>' in first
    second = get(client, f"/entity/{putin.pk}/", {"page": "2"})
    assert re.findall(r'<li><a href="/cable/(\w+)/">', second) == ["08MOSCOW2", "08MOSCOW1"]
    assert '<ol start="21" class="plain">' in second
    assert "More cables" not in second
    get(client, f"/entity/{putin.pk}/", {"page": "abc"}, status=404)


def test_hidden_entities_are_404_and_merged_ones_redirect(client):
    make_cable("08MOSCOW1", entities=[("Putin", "person")])
    putin = Entity.objects.get()
    hidden = Entity.objects.create(
        name="Monday", kind="person", key=key_of("person", "monday"), hidden=True
    )
    merged = Entity.objects.create(
        name="V. Putin", kind="person", key=key_of("person", "v putin"), merged_into=putin
    )
    get(client, f"/entity/{hidden.pk}/", status=404)
    get(client, "/entity/999999/", status=404)
    response = client.get(f"/entity/{merged.pk}/")
    assert (response.status_code, response["Location"]) == (302, f"/entity/{putin.pk}/")


# Query counts: a list page must not grow with its rows


def many_cables(count: int = 5) -> None:
    for serial in range(count):
        make_cable(
            f"0{7 + serial % 2}MOSCOW{serial}",
            sent_at=when(2007 + serial % 2, 1 + serial % 12),
            tags=["PREL", "IN", f"K{serial}"],
            references=[f"07MOSCOW{serial - 1}", "99ROME1"],
            entities=[("Putin", "person"), (f"Place {serial}", "place")],
            origin="Embassy Moscow" if serial % 3 else f"Embassy {serial}",
            paragraphs=["Gas prices.", "More gas.", "Gas again and again."],
        )


@pytest.mark.parametrize(
    ("url", "queries"),
    [
        # the sampled facets and their tags' definitions, count, the page's ids, their
        # rows, snippets, the facets in one statement, the tags' definitions; savepoint,
        # SET LOCAL and release (search.index_plans); the corpus version, the cache
        # look-up and the cache write (about 5 queries); the best matches by BM25
        # (search.ranking.best_matches: the corpus version and cache look-up, the
        # tiers' first page, the corpus statistics with their own look-up and write,
        # the document frequencies, the scores, the cache write, the look-up again
        # for the page: about 19 queries the first time a search is seen); the lexemes
        # of the query's words, to leave out the stop words
        ("/search/?q=gas", 39),
        # and the tag's existence
        ("/search/?q=gas&tag=PREL&tag=IN&year=2007", 40),
        # the sample, count, the empty page, spelling suggestion, inside the same
        # savepoint, and the cache; the best matches: none, so no scores
        ("/search/?q=nothingatall", 25),
        # the corpus version, the cache look-up; dates, origins, years, tags and the
        # newest cables; the cache write (about 5 queries)
        ("/", 12),
        # the corpus version, the cache look-up, the counts, the cache write (and tags)
        ("/tags/", 9),
        ("/origins/", 8),
        # cable, paragraphs, tags, references, cited by, entities, previous, next; the
        # lexemes of the query's words, to leave out the stop words
        ("/cable/07MOSCOW2/?q=gas", 9),
    ],
)
def test_list_pages_make_a_fixed_number_of_queries(
    client, django_assert_max_num_queries, url, queries
):
    many_cables()
    lexemes_of.cache_clear()  # each word's lexemes are looked up once per process
    with django_assert_max_num_queries(queries):
        response = client.get(url)
    assert response.status_code == 200


def test_entity_page_makes_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    many_cables()
    putin = Entity.objects.get(name="Putin")
    client.get(f"/entity/{putin.pk}/")  # counts, co-occurring and years, then keeps them
    # entity, corpus version, kept counts, the page of cables
    with django_assert_max_num_queries(4):
        response = client.get(f"/entity/{putin.pk}/")
    assert response.status_code == 200
    assert len(re.findall(r'<li><a href="/cable/', response.content.decode())) == 5


def test_the_home_page_remembers_its_counts_until_the_corpus_changes(
    client, django_assert_max_num_queries
):
    many_cables()
    client.get("/")
    with django_assert_max_num_queries(2):  # the corpus version and the cache look-up
        assert client.get("/").context["cable_count"] == 5
    make_cable("09MOSCOW1")
    assert client.get("/").context["cable_count"] == 6


def test_robots_txt_lets_crawlers_read_cables_but_not_the_exports(client):
    response = client.get("/robots.txt")

    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "Disallow: /search/export." in response.content.decode()
    assert "Disallow: /cable/" not in response.content.decode()


def test_the_favicon_is_where_browsers_look_for_it(client):
    response = client.get("/favicon.ico")

    assert response.status_code == 301
    assert re.fullmatch(r"/static/img/favicon\.\w+\.svg", response["Location"])
