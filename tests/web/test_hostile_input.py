"""Every public URL, given hostile parameters, answers a 4xx or a page: never a 5xx.

The test client re-raises any exception a view lets escape, so an unhandled
error fails here loudly; a handled one must still not be a 5xx, nor show a
stack trace.
"""

from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cables import search
from cables.models import Cable, Entity
from cables.search.form import CableFilter
from tests.factories import make_cable

pytestmark = pytest.mark.django_db

# Values for text parameters: sizes, unicode, control characters, SQL, tsquery syntax.
TEXT = [
    "x" * 10_000,
    "\u202egas\u202c",  # right-to-left override
    "مرحبا بالعالم",  # Arabic, right to left
    "🇺🇸💣 gas 👩‍👩‍👧",  # emoji, flags, zero-width joiners
    "e\u0301\u0301\u0301\u0301 z\u0336a\u0336",  # stacked combining marks
    "gas\x00oil",  # NUL
    "\x01\x07\x08\x1b[31m\x7f\x9b",  # C0, escape sequence, DEL, C1
    "\ufeff\ufffe\uffff\u200b",  # BOM, non-characters, zero-width space
    "'; DROP TABLE cables_cable; --",
    "1 OR 1=1",
    '" OR ""="',
    "%' OR '%'='",
    "& | ! <-> :* ( ) '",
    "gas & !oil | (a <-> b):* 'x'",
    "!!! && <-> :* (((( ' \\ % _",
    "gas:* & tag:PREL OR OR -",
    '*  -  --  """  "',
    "tag: origin: classification: from: to: id: entity:",
    "from:2008-13-45 to:0000-00-00 from:99999",
    "id:../../etc/passwd",
    '-tag:PREL -"" -gas -oil',
    "<script>alert(1)</script>",
    " ",
]
# Values for numbers (page, page_size, year, entity).
NUMBERS = ["-1", "0", "1.5", "1e3", "abc", "", " 2", "99999999999999999999", "NaN"]
NUMBERS += ["9223372036854775808", "１", "٣", "²", "0x10", "\x00", "1" * 5000]
DATES = ["2008-13-45", "2008-02-30", "0000-00-00", "99999-01-01", "yesterday", "-2008-01-01"]
DATES += ["2008-1-1T00:00", "\x00", "1" * 5000]
# Short samples for the parameters checked against a closed list (tags, sort, kind...).
SAMPLE = [TEXT[0], *TEXT[2:10], TEXT[12], TEXT[21], "PREL" * 100, "SECRET//NOFORN"]

SEARCH_ROUTES = [
    "/search/",
    "/search/export.csv",
    "/search/export.json",
    "/search/feed.atom",
    "/api/search",
]
SEARCH_PARAMS = {
    **dict.fromkeys(["tag", "origin", "classification", "handling", "tag_mode", "sort"], SAMPLE),
    **dict.fromkeys(["page", "page_size", "year", "entity"], NUMBERS),
    **dict.fromkeys(["date_from", "date_to"], DATES),
}
# The other routes and the parameters each of them reads.
OTHER_PARAMS = [
    ("/cable/08MOSCOW100/", "q", TEXT),
    ("/entity/{entity}/", "page", NUMBERS),
    ("/api/entities", "q", TEXT),
    ("/api/entities", "kind", SAMPLE),
    ("/api/entities", "page", NUMBERS),
    ("/api/entities/{entity}", "page", NUMBERS),
    ("/api/tags", "kind", SAMPLE),
]
ALL_ROUTES = SEARCH_ROUTES + [
    "/",
    "/cable/08MOSCOW100/",
    "/tags/",
    "/origins/",
    "/entity/{entity}/",
    "/help/syntax/",
    "/api/cables/08MOSCOW100",
    "/api/tags",
    "/api/entities",
    "/api/entities/{entity}",
    "/healthz",
]
# Paths whose own segments are hostile (ids with slashes, dots, NUL, SQL, huge).
HOSTILE_PATHS = [
    "/cable/../../etc/passwd/",
    "/cable/08MOSCOW100%2F..%2F..%2F/",
    "/cable/./",
    "/cable/..%2F/",
    "/cable/%00/",
    "/cable/08MOSCOW100%00/",
    "/cable/%27%3B%20DROP%20TABLE%20cables_cable%3B%20--/",
    "/cable/" + "A" * 10_000 + "/",
    "/cable/%F0%9F%92%A3/",
    "/cable/%ED%A0%80/",  # a lone surrogate, percent-encoded
    "/cable/%FF%FE/",  # not UTF-8 at all
    "/entity/-1/",
    "/entity/99999999999999999999/",
    "/entity/1.5/",
    "/api/cables/..%2F..%2Fetc%2Fpasswd",
    "/api/cables/%00",
    "/api/cables/%ED%A0%80",
    "/api/cables/" + "A" * 10_000,
    "/api/entities/-1",
    "/api/entities/0",
    "/api/entities/99999999999999999999",
    "/api/entities/abc",
    "/api/entities/%00",
    "/search/?q=%ED%A0%80",
    "/search/?q=%FF%FE%FD",
    "/api/search?q=%ED%A0%80",
    "/search/?%00=%00",
    "/search/?q",
    "/search/?&&&=&",
    "/search/?q=gas&q=oil&q=" + "x" * 2000,
    "/search/?page=1&page=2&page=-3",
    "/api/search?page=1&page=2&page_size=3&page_size=-1",
    "/api/search?tag_mode=any&tag_mode=all&sort=newest&sort=bogus",
    "/search/?unknown=1&__proto__=x&constructor[prototype]=y",
    "/api/search?unknown=1&format=xml",
    "/search/export.csv?q=%00&tag=%00&origin=%00",
    "/search/feed.atom?q=%1b%08%0c",
]
TRACEBACK_SIGNS = ["Traceback (most recent call last)", 'File "/', "Exception Value"]


@pytest.fixture
def corpus(db):
    make_cable(
        "08MOSCOW100",
        paragraphs=["The minister spoke about gas prices.", "Oil & gas <b>again</b>."],
        tags=["PREL", "ENRG"],
        entities=[("Vladimir Putin", "person")],
    )
    make_cable("08PARIS5", origin="Embassy Paris", subject="OIL AND GAS", tags=["ENRG"])
    return Entity.objects.get().pk


def problems(client, urls: list[str]) -> list[str]:
    """Each URL answering 5xx or showing a traceback, with what it answered."""
    found = []
    for url in urls:
        response = client.get(url)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        text = body.decode("utf-8", "replace")
        if response.status_code >= 500 or any(sign in text for sign in TRACEBACK_SIGNS):
            found.append(f"{url[:120]!r} -> {response.status_code}: {text[:200]!r}")
    return found


def with_param(route: str, name: str, value: str) -> str:
    return f"{route}?{urlencode({name: value})}"


@pytest.mark.parametrize("route", SEARCH_ROUTES)
def test_search_routes_take_hostile_queries(client, corpus, route):
    # The exports differ from the page only in how they write the rows they find.
    values = SAMPLE if "export" in route else TEXT
    assert problems(client, [with_param(route, "q", value) for value in values]) == []
    assert Cable.objects.count() == 2  # "'; DROP TABLE cables_cable; --" was only words


# The pages, exports, feed and API validate filters with the same CableFilter; the API
# reads its own page and page_size.
@pytest.mark.parametrize(
    "route, param",
    [("/search/", param) for param in SEARCH_PARAMS if param != "page_size"]
    + [("/api/search", "page"), ("/api/search", "page_size")],
)
def test_search_filters_take_hostile_values(client, corpus, route, param):
    urls = [with_param(route, param, value) for value in SEARCH_PARAMS[param]]
    assert problems(client, urls) == []


@pytest.mark.parametrize("route", SEARCH_ROUTES[1:4])
def test_exports_and_feed_take_hostile_filters(client, corpus, route):
    urls = [with_param(route, "origin", value) for value in SAMPLE]  # valid: runs the search
    urls += [
        f"{route}?{urlencode({name: value for name in SEARCH_PARAMS})}" for value in SAMPLE + DATES
    ]
    assert problems(client, urls) == []


@pytest.mark.parametrize("route, param, values", OTHER_PARAMS)
def test_other_routes_take_hostile_values(client, corpus, route, param, values):
    route = route.format(entity=corpus)
    assert problems(client, [with_param(route, param, value) for value in values]) == []


@pytest.mark.parametrize("route", ALL_ROUTES)
def test_every_route_takes_hostile_values_in_every_parameter_at_once(client, corpus, route):
    route = route.format(entity=corpus)
    names = [*SEARCH_PARAMS, "q", "kind", "unknown", "", "q[]", "page]"]
    values = [TEXT[0], TEXT[2], TEXT[6], TEXT[8], TEXT[13], NUMBERS[7], NUMBERS[-1], DATES[0]]
    urls = [f"{route}?{urlencode({name: value for name in names})}" for value in values]
    urls.append(f"{route}?{urlencode([(name, str(n)) for name in names for n in range(5)])}")
    assert problems(client, urls) == []


def test_a_megabyte_query_is_refused_with_a_message(client, corpus):
    huge = "gas " * 250_000
    urls = [with_param(route, "q", huge) for route in SEARCH_ROUTES + ["/cable/08MOSCOW100/"]]
    assert problems(client, urls) == []
    response = client.get(with_param("/search/", "q", huge))
    assert response.status_code == 400
    assert "at most 1000 characters" in response.text


def test_hostile_paths_are_refused_without_a_server_error(client, corpus):
    assert problems(client, HOSTILE_PATHS) == []


# Pieces of the query syntax and of tsquery's, glued in any order.
QUERY_PIECES = ["gas", "oil", "é", "²", "_", " ", "-", "*", '"', "'", ":", "&", "|", "!", "<->"]
QUERY_PIECES += ["(", ")", "\\", "%", "\u0301", "\u202e", "OR", "tag:", "id:", "from:", ":*"]
QUERY_TEXT = st.one_of(
    st.text(max_size=60),
    st.lists(st.sampled_from(QUERY_PIECES), max_size=20).map("".join),
)


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(raw=QUERY_TEXT)
def test_any_query_text_is_refused_or_runs_as_valid_sql(corpus, raw):
    """The SQL a query builds (tsquery, ranking, snippets, highlighting) never fails."""
    filterset = CableFilter({"q": raw})
    if filterset.is_valid():
        cables = filterset.qs
        search.facets(cables)
        # The tiered ranking of a search too broad to count (its own statements).
        search.page_ids(cables, filterset.search, 0, 5, exact=False)
        shown = list(cables.values_list("pk", flat=True)[:5])
        search.snippets(shown, filterset.search.query)
    else:
        assert filterset.errors["q"]  # refused with a message
    search.paragraphs_for_reading(Cable.objects.get(reference_id="08MOSCOW100"), raw[:500])


@pytest.mark.parametrize(
    "url, status, message",
    [
        ("/search/?page=-1", 400, "“-1” is not a page number."),
        ("/search/?page=99999999999999999999", 400, "is not a page number."),
        ("/search/?page=501&q=gas", 404, "There is no page 501"),
        ("/search/?date_from=2008-13-45", 400, "Enter a valid date."),
        ("/search/?q=gas%00oil", 400, "The address contains a NUL character"),
        ("/api/cables/08MOSCOW100%00", 400, "The address contains a NUL character"),
        ("/api/search?page=0", 400, "page"),
        ("/api/search?page=501", 400, "At most page 500"),
        ("/api/search?page_size=1000", 400, "page_size"),
        ("/api/entities/abc", 400, "entity_id"),
    ],
)
def test_bad_values_get_a_message_that_says_what_is_wrong(client, corpus, url, status, message):
    response = client.get(url)
    assert response.status_code == status
    assert message in response.content.decode()
