"""The search page as a reader sees it: results, pagination, facets, the timeline, and a
400 that says what is wrong with bad parameters."""

import re
from datetime import timedelta
from html import unescape

import pytest

from tests.factories import make_cable
from tests.matching import find
from tests.web.pages import element, facet, get, links, result_ids, text_of, when

pytestmark = pytest.mark.django_db


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
