"""The portal's pages as a reader sees them: home, syntax help, tag and origin indexes,
entity pages, robots.txt, and the query counts of the list pages. The search page and
the cable page have test modules of their own."""

import re

import pytest

from cables.entities import key_of
from cables.models import Entity
from cables.search.tsquery import lexemes_of
from tests.factories import make_cable
from tests.web.pages import get, many_cables, text_of, when

pytestmark = pytest.mark.django_db


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
        # the corpus version, the cache look-up, the counts, the cache write (and tags);
        # the codes outside the glossary
        ("/tags/", 10),
        ("/origins/", 8),
        # cable, paragraphs, tags, references, cited by, entities, previous, next; the
        # lexemes of the query's words, to leave out the stop words; the citation map;
        # the related cables, the first time after a change: the corpus counts they
        # need (lexemes, entities, tags, and the tags' as a mapping) computed and kept
        # (about 39), then the list (8) and keeping it (7)
        ("/cable/07MOSCOW2/?q=gas", 66),
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
