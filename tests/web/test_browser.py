"""The portal in a real browser: Playwright driving Debian's Chromium against a live server.

Few and fast: one browser for the module, one page per test, and every test
checks that the browser saw no console error and no uncaught page error.
"""

import csv
import re
import shutil
from datetime import UTC, datetime

import pytest

from tests.factories import make_cable

CHROMIUM = "/usr/bin/chromium"

if shutil.which("chromium") != CHROMIUM:
    pytest.skip(
        f"no Chromium at {CHROMIUM} (Debian's chromium package; .ci/run installs it)",
        allow_module_level=True,
    )
from playwright.sync_api import expect, sync_playwright  # noqa: E402

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture(scope="module")
def browser():
    # Playwright's sync API runs an event loop in the test thread; the ORM calls made
    # there (creating the test data) are still synchronous and safe. Only for this
    # module: a subprocess inheriting the variable fails `check --deploy`.
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield chromium
        chromium.close()


@pytest.fixture
def browser_errors() -> list[str]:
    return []


@pytest.fixture
def no_browser_errors(browser_errors):
    """Used by the modules that import it (`usefixtures`): each of their tests ends with
    the browser having seen no console error, failed response or uncaught page error."""
    yield
    assert browser_errors == []


@pytest.fixture
def plain_static_files(settings):
    """The live server serves static files from the apps' sources, by their plain names.

    Its handler looks files up by name, so the manifest's hashed names would 404.
    """
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def page(browser, browser_errors, live_server, plain_static_files):
    context = browser.new_context(base_url=live_server.url, accept_downloads=True)
    context.set_default_timeout(5_000)
    tab = context.new_page()

    def on_console(message):
        if message.type == "error":
            browser_errors.append(f"console: {message.text} at {message.location['url']}")

    def on_response(response):
        if response.status >= 400:
            browser_errors.append(f"HTTP {response.status}: {response.url}")

    tab.on("console", on_console)
    tab.on("response", on_response)
    tab.on("pageerror", lambda error: browser_errors.append(f"page error: {error}"))
    yield tab
    context.close()


@pytest.fixture
def pipeline_cables():
    """Two Moscow cables about a pipeline, the later citing the earlier."""
    make_cable(
        "07MOSCOW1",
        subject="PIPELINE ROUTE PROPOSED",
        sent_at=datetime(2007, 4, 2, 9, 0, tzinfo=UTC),
        tags=["ENRG"],
        paragraphs=["A new pipeline route was proposed.", "Comment: unlikely."],
    )
    make_cable(
        "08MOSCOW2",
        subject="GAS TALKS",
        sent_at=datetime(2008, 6, 5, 9, 0, tzinfo=UTC),
        tags=["PREL", "ENRG"],
        paragraphs=[
            "The minister met the delegation.",
            "The pipeline deal <b>was</b> signed.",
            "Nothing more.",
        ],
        references=["07MOSCOW1", "06ROME9"],
    )


def test_search_refine_open_a_paragraph_and_follow_the_references(
    page, browser_errors, pipeline_cables
):
    page.goto("/")
    page.fill("#id_q", "pipeline")
    page.press("#id_q", "Enter")
    expect(page.locator("#results-heading")).to_have_text("2 cables")
    expect(page.locator(".result .ref")).to_have_text(["07MOSCOW1", "08MOSCOW2"])

    page.locator(".facet", has_text="Tags").get_by_role("link", name="PREL").click()
    expect(page.locator("#results-heading")).to_have_text("1 cable")
    assert re.search(r"[?&]tag=PREL", page.url)
    active = page.locator(".facet li.active")
    expect(active).to_contain_text("PREL ✕")

    page.locator(".snippets a", has_text="¶2").click()
    page.wait_for_url("**/cable/08MOSCOW2/?q=pipeline#p2")
    paragraph = page.locator("#p2")
    expect(paragraph).to_be_in_viewport()
    expect(paragraph.locator("mark")).to_have_text("pipeline")
    expect(paragraph).to_contain_text("The pipeline deal <b>was</b> signed.")
    expect(page.locator(".cable-links")).to_contain_text("06ROME9 not in the corpus")

    page.locator("section[aria-labelledby=refs-heading]").get_by_role(
        "link", name="07MOSCOW1", exact=True
    ).click()
    expect(page.locator("h1")).to_have_text("PIPELINE ROUTE PROPOSED")
    page.locator("section[aria-labelledby=citedby-heading]").get_by_role(
        "link", name="08MOSCOW2"
    ).click()
    expect(page.locator("h1")).to_have_text("GAS TALKS")
    assert page.url.endswith("/cable/08MOSCOW2/")
    assert browser_errors == []


def test_a_person_tag_is_one_facet_entry_and_one_result_link(page, browser_errors):
    visit = "OVIP (WHITCOMBE, PAUL H.)"
    for serial in (1, 2):
        make_cable(
            f"08ROME{serial}",
            tags=[visit, "PREL"],
            paragraphs=["The visit went well: a fine visit."],
        )
    make_cable("08ROME3", tags=["PREL"], paragraphs=["No visit this week."])

    page.goto("/search/?q=visit")
    tags_facet = page.locator(".facet", has_text="Tags")
    expect(tags_facet.get_by_role("link")).to_have_text([re.compile(r"PREL\s+3"), f"{visit} 2"])
    first_result_tags = page.locator(".result").first.locator(".tags a")
    expect(first_result_tags).to_have_text([visit, "PREL"])

    first_result_tags.first.click()
    expect(page.locator("#results-heading")).to_have_text("2 cables")
    expect(page.locator(".facet li.active")).to_contain_text(visit)
    assert browser_errors == []


def test_words_in_different_paragraphs_each_get_a_highlighted_snippet(page, browser_errors):
    make_cable(
        "08KYIV1",
        subject="WINTER SUPPLIES",
        paragraphs=[
            "Gas deliveries were cut in January.",
            "The weather was cold.",
            "Ukraine asked for more time to pay.",
        ],
    )

    page.goto("/search/?q=gas+ukraine")
    expect(page.locator("#results-heading")).to_have_text("1 cable")
    snippets = page.locator(".result .snippets li")
    expect(snippets).to_have_count(2)
    expect(snippets.nth(0).locator("mark")).to_have_text("Gas")
    expect(snippets.nth(1).locator("mark")).to_have_text("Ukraine")

    snippets.nth(1).get_by_role("link", name="¶3").click()
    expect(page.locator("#p3 mark")).to_have_text("Ukraine")
    expect(page.locator("#p1 mark")).to_have_text("Gas")
    assert browser_errors == []


def test_on_a_phone_a_link_above_the_results_leads_to_the_filters(
    page, browser_errors, pipeline_cables
):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto("/search/?q=pipeline")
    expect(page.get_by_role("link", name="Refine: filters and facets")).to_be_hidden()

    page.set_viewport_size({"width": 375, "height": 700})
    page.get_by_role("link", name="Refine: filters and facets").click()
    expect(page.locator(".facet", has_text="Tags")).to_be_in_viewport()
    assert browser_errors == []


def test_timeline_bar_narrows_the_dates_and_removing_a_facet_widens_again(
    page, browser_errors, pipeline_cables
):
    page.goto("/search/?q=pipeline&tag=ENRG")
    expect(page.locator("#results-heading")).to_have_text("2 cables")
    page.locator('svg a[aria-label="2007: 1 cable"]').click()
    expect(page.locator("#results-heading")).to_have_text("1 cable")
    assert "date_from=2007-01-01" in page.url and "date_to=2007-12-31" in page.url
    expect(page.locator("#id_date_from")).to_have_value("2007-01-01")
    expect(page.locator("figure.timeline title#timeline-title")).to_have_text(
        "Matching cables by month"
    )

    page.locator(".facet li.active", has_text="ENRG").get_by_role("link").click()
    assert "tag=" not in page.url
    expect(page.locator("#results-heading")).to_have_text("1 cable")
    assert browser_errors == []


def test_export_downloads_the_results_as_csv(page, browser_errors, pipeline_cables):
    page.goto("/search/?q=pipeline&sort=oldest")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Export CSV").click()
    download = download_info.value
    assert download.suggested_filename == "cables-search.csv"
    with open(download.path(), encoding="utf-8", newline="") as exported:
        rows = list(csv.DictReader(exported))
    assert [row["reference_id"] for row in rows] == ["07MOSCOW1", "08MOSCOW2"]
    assert browser_errors == []


def test_api_docs_work_under_the_content_security_policy(page, browser_errors, pipeline_cables):
    response = page.goto("/api/docs")
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    expect(page.locator(".opblock-summary-path", has_text="/api/search")).to_be_visible()
    page.locator('.opblock-summary-path[data-path="/api/cables/{reference_id}"]').click()
    page.get_by_role("button", name="Try it out").click()
    page.locator("input[placeholder='reference_id']").fill("08MOSCOW2")
    page.get_by_role("button", name="Execute").click()
    live = page.locator(".live-responses-table")
    expect(live.locator("td.response-col_status").last).to_have_text("200")
    expect(live).to_contain_text('"subject": "GAS TALKS"')
    # Chromium logs every CSP violation (inline script, style, eval) as a console error.
    assert browser_errors == []


def test_home_page_shows_the_corpus_in_numbers_and_each_year_count_on_focus(
    page, browser_errors, pipeline_cables
):
    page.goto("/")
    expect(page.locator(".corpus-numbers dt")).to_have_text(["Cables", "Sent", "Posts"])
    expect(page.locator(".corpus-numbers dd")).to_have_text(["2", "2 Apr 2007 to 5 Jun 2008", "1"])
    expect(page.locator("figure.timeline text.tick:visible")).to_have_text(["2007", "2008"])

    bar = page.locator('svg a[aria-label="2008: 1 cable"]')
    tip = bar.locator(".tip")
    expect(tip).to_be_hidden()
    bar.focus()
    expect(tip).to_be_visible()
    expect(tip).to_have_text("2008: 1 cable")
    other = page.locator('svg a[aria-label="2007: 1 cable"]')
    other.hover()
    expect(other.locator(".tip")).to_be_visible()
    expect(tip).to_be_hidden()  # only the bar under the pointer speaks

    page.get_by_text("Cables by year as a table").click()
    rows = page.locator(".timeline-data tbody tr")
    expect(rows.locator("th")).to_have_text(["2007", "2008"])
    expect(rows.locator("td")).to_have_text(["1", "1"])

    tags = page.locator("section[aria-labelledby=top-tags-heading]")
    expect(tags.locator("li")).to_have_text([re.compile(r"^ENRG\s+2$"), re.compile(r"^PREL\s+1$")])
    newest = page.locator("section[aria-labelledby=newest-heading] li")
    expect(newest).to_have_text(
        [
            re.compile(r"^08MOSCOW2 5 Jun 2008 Embassy Moscow\s+GAS TALKS$"),
            re.compile(r"^07MOSCOW1 2 Apr 2007 Embassy Moscow\s+PIPELINE ROUTE PROPOSED$"),
        ]
    )
    page.locator("section[aria-labelledby=top-origins-heading]").get_by_role(
        "link", name="Embassy Moscow"
    ).click()
    expect(page.locator("#results-heading")).to_have_text("2 cables")
    page.go_back()
    tags.get_by_role("link", name="PREL").click()
    expect(page.locator("#results-heading")).to_have_text("1 cable")
    page.go_back()
    newest.get_by_role("link", name="07MOSCOW1").click()
    expect(page.locator("h1")).to_have_text("PIPELINE ROUTE PROPOSED")
    assert browser_errors == []


@pytest.mark.parametrize("width", [360, 700, 1280])
def test_timeline_axis_labels_fit_without_overlapping(page, browser_errors, width):
    for reference_id, year in (("66STATE1", 1966), ("08STATE2", 2008), ("10STATE3", 2010)):
        make_cable(reference_id, sent_at=datetime(year, 5, 1, tzinfo=UTC))
    page.set_viewport_size({"width": width, "height": 800})
    for url, fewest in (("/", 4), ("/search/?year=2008", 6)):
        page.goto(url)
        figure = page.locator("figure.timeline").bounding_box()
        labels = [tick.bounding_box() for tick in page.locator("text.tick:visible").all()]
        assert len(labels) >= fewest, url
        for left, right in zip(labels, labels[1:], strict=False):
            assert left["x"] + left["width"] + 4 <= right["x"], (url, left, right)
        assert figure["x"] <= labels[0]["x"]
        assert labels[-1]["x"] + labels[-1]["width"] <= figure["x"] + figure["width"]
    assert browser_errors == []
