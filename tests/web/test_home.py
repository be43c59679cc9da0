"""The home page: the corpus in numbers, its most used tags and origins, the newest
cables, all from counts kept until the corpus changes."""

import re

import pytest

from tests.factories import make_cable
from tests.matching import find
from tests.web.pages import get, links, many_cables, result_ids, text_of, when

pytestmark = pytest.mark.django_db

VISIT_TAG = "OVIP (WHITCOMBE, PAUL H.)"


@pytest.fixture
def corpus():
    make_cable("07MOSCOW1", sent_at=when(2007, 1, 15), tags=["PREL", "RS"], subject="GAS TALKS")
    make_cable("08MOSCOW2", sent_at=when(2008, 6, 5), tags=["PREL", VISIT_TAG], subject="A VISIT")
    make_cable(
        "09PARIS3",
        sent_at=when(2009, 9, 30),
        origin="Embassy Paris",
        tags=["PREL", "FR"],
        subject="FRENCH VIEWS",
    )
    # Hidden: not counted, dated, listed or linked anywhere.
    for reference_id, year in (("05ROME4", 2005), ("10ROME5", 2010)):
        make_cable(
            reference_id,
            sent_at=when(year),
            origin="Embassy Rome",
            tags=["PREL", "ZZSECRET"],
            subject="HIDDEN ROME CABLE",
            published=False,
        )


def section(page: str, heading_id: str) -> str:
    found = re.search(rf'<section aria-labelledby="{heading_id}">.*?</section>', page, re.S)
    assert found, f"no section {heading_id}"
    return found[0]


def test_home_page_gives_the_corpus_in_numbers(client, corpus):
    page = get(client, "/")
    numbers = find(r'<dl class="corpus-numbers">.*?</dl>', page, re.S)[0]
    assert text_of(numbers) == "Cables 3 Sent 15 Jan 2007 to 30 Sep 2009 Posts 2"
    assert links(numbers) == {"3": "/search/", "2": "/origins/"}
    assert re.findall(r'aria-label="(\d{4}: \d+ cables?)"', page) == [
        "2007: 1 cable",
        "2008: 1 cable",
        "2009: 1 cable",
    ]


def test_home_page_links_the_most_used_tags_to_their_searches(client, corpus):
    page = get(client, "/")
    tags = section(page, "top-tags-heading")
    assert re.findall(r'<li><a href="([^"]*)"><code>([^<]*)</code></a>', tags) == [
        ("/search/?tag=PREL", "PREL"),
        ("/search/?tag=FR", "FR"),
        ("/search/?tag=OVIP%20%28WHITCOMBE%2C%20PAUL%20H.%29", "OVIP (WHITCOMBE, PAUL H.)"),
        ("/search/?tag=RS", "RS"),
    ]
    assert "PREL External Political Relations 3" in text_of(tags)
    assert links(tags)["All tags"] == "/tags/"
    # A tag with spaces is one tag, and its link finds its cable.
    visit = get(client, "/search/", {"tag": VISIT_TAG})
    assert result_ids(visit) == ["08MOSCOW2"]


def test_home_page_links_the_most_active_posts_to_their_searches(client, corpus):
    origins = section(get(client, "/"), "top-origins-heading")
    assert re.findall(r'<li><a href="([^"]*)">([^<]*)</a> <span class="count">(\d+)', origins) == [
        ("/search/?origin=Embassy%20Moscow", "Embassy Moscow", "2"),
        ("/search/?origin=Embassy%20Paris", "Embassy Paris", "1"),
    ]
    assert links(origins)["All origins"] == "/origins/"


def test_home_page_lists_the_newest_cables_with_links_to_them(client, corpus):
    newest = section(get(client, "/"), "newest-heading")
    assert re.findall(r'<li><a class="ref" href="([^"]*)">(\w+)</a>', newest) == [
        ("/cable/09PARIS3/", "09PARIS3"),
        ("/cable/08MOSCOW2/", "08MOSCOW2"),
        ("/cable/07MOSCOW1/", "07MOSCOW1"),
    ]
    assert "09PARIS3 30 Sep 2009 Embassy Paris FRENCH VIEWS" in text_of(newest)
    assert links(newest)["All cables, newest first"] == "/search/?sort=newest"


def test_hidden_cables_leave_no_trace_on_the_home_page(client, corpus):
    page = get(client, "/")
    for trace in ("05ROME4", "10ROME5", "HIDDEN ROME CABLE", "Embassy Rome", "ZZSECRET"):
        assert trace not in page
    assert "2005" not in page and "2010:" not in page


def test_home_page_lists_ten_of_each_the_most_used_first(client):
    for serial in range(12):
        make_cable(
            f"08POST{serial}",
            sent_at=when(2008, 1, 1 + serial),
            origin=f"Embassy {serial:02d}",
            tags=[f"T{serial:02d}"] + (["PREL"] if serial % 2 else []),
        )
    page = get(client, "/")
    tags = re.findall(r"<code>([^<]*)</code>", section(page, "top-tags-heading"))
    assert tags == ["PREL"] + [f"T{serial:02d}" for serial in range(9)]
    origins = re.findall(r"<li><a [^>]*>([^<]*)</a>", section(page, "top-origins-heading"))
    assert origins == [f"Embassy {serial:02d}" for serial in range(10)]
    newest = re.findall(r'<a class="ref" [^>]*>(\w+)</a>', section(page, "newest-heading"))
    assert newest == [f"08POST{serial}" for serial in range(11, 1, -1)]


def test_an_empty_corpus_shows_the_search_box_alone(client):
    page = get(client, "/")
    assert "0 US diplomatic cables" in text_of(page)
    assert "corpus-numbers" not in page and "Newest cables" not in page


def test_the_home_page_costs_two_queries_until_the_corpus_changes(
    client, django_assert_max_num_queries
):
    many_cables()
    # the corpus version, the cache look-up; dates, origins, years, tags and the
    # newest cables; the cache write (about 5 queries)
    with django_assert_max_num_queries(12):
        client.get("/")
    with django_assert_max_num_queries(2):  # the corpus version and the cache look-up
        page = client.get("/").content.decode()
    assert "Cables 5" in text_of(page)
    make_cable("09MOSCOW1", sent_at=when(2009))
    page = get(client, "/")
    assert "Cables 6" in text_of(page)
    assert re.findall(r'<a class="ref" [^>]*>(\w+)</a>', page)[0] == "09MOSCOW1"
