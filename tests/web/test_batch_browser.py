"""The batch search in a real browser: the table fills part by part under its progress,
and without JavaScript the server counts it all at once."""

import pytest
from playwright.sync_api import expect

from tests.factories import make_cable
from tests.web import test_browser

# The browser test module's fixtures (it skips where there is no Chromium).
browser = test_browser.browser
browser_errors = test_browser.browser_errors
page = test_browser.page
plain_static_files = test_browser.plain_static_files

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Two parts of the page's progress: lines 1-25, then 26-30.
NAMES = ["Gazprom", "Alexei Miller"] + [f"Nobody Number{n}" for n in range(3, 31)]


@pytest.fixture
def gas_cables():
    make_cable("08MOSCOW1", paragraphs=["Alexei Miller of Gazprom met us."])
    make_cable("09KYIV2", paragraphs=["Gazprom cut the gas."], origin="Embassy Kyiv")


def test_the_table_fills_part_by_part_showing_the_lines_counted(
    page, browser_errors, gas_cables, tmp_path
):
    held = []
    page.route("**/part/1/", lambda route: held.append(route))  # waits until let go
    page.goto("/batch/")
    page.fill("textarea", "\n".join(NAMES))
    page.get_by_role("button", name="Search every line").click()

    status = page.locator("#batch-status")
    expect(status).to_have_text("Counting: 25 of 30 lines")
    expect(page.locator("#batch-progress")).to_have_attribute("value", "25")
    first = page.locator("tbody[data-part='0'] tr").first
    expect(first).to_contain_text('"Gazprom"')
    expect(first).to_contain_text("Embassy Kyiv (1)")
    expect(page.locator("tbody[data-part='1']")).to_contain_text("waiting…")
    page.screenshot(path=tmp_path / "batch-progress.png", full_page=True)

    held[0].continue_()
    expect(status).to_have_text("30 lines, 2 found in the corpus")
    expect(page.locator("#batch-progress")).to_be_hidden()
    expect(page.locator("tbody[data-part='1'] tr").last).to_contain_text('"Nobody Number30" 0')
    page.get_by_role("link", name="Alexei Miller").or_(
        page.locator("a[href='/search/?q=%22Alexei+Miller%22']")
    ).first.click()
    expect(page.locator("#results-heading")).to_have_text("1 cable")
    assert browser_errors == []


def test_without_javascript_the_server_counts_every_line(browser, live_server, gas_cables):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    tab = context.new_page()
    tab.goto("/batch/")
    tab.fill("textarea", "Gazprom\nRosneft")
    tab.get_by_role("button", name="Search every line").click()
    expect(tab.locator("#batch-status")).to_have_text("2 lines, 1 found in the corpus")
    assert "?count=all" not in tab.url
    context.close()
