"""The citation map in a real browser: its nodes are links with hover titles, the keyboard
reaches them, and the same links are there as a list."""

from datetime import UTC, datetime

import pytest
from playwright.sync_api import expect

from tests.factories import make_cable
from tests.web import test_browser

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("no_browser_errors"),
]


# The browser test module's fixtures (it skips where there is no Chromium).
browser = test_browser.browser
browser_errors = test_browser.browser_errors
page = test_browser.page
plain_static_files = test_browser.plain_static_files
no_browser_errors = test_browser.no_browser_errors


def on(year: int, month: int = 6) -> datetime:
    return datetime(year, month, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def thread():
    make_cable("07MOSCOW1", subject="PIPELINE ROUTE", sent_at=on(2007), references=["06ROME9"])
    make_cable("08MOSCOW2", subject="GAS TALKS", sent_at=on(2008), references=["07MOSCOW1"])
    make_cable("09MOSCOW3", subject="TALKS RESUME", sent_at=on(2009), references=["08MOSCOW2"])
    make_cable(
        "09STATE5",
        subject="GUIDANCE ON THE TALKS",
        origin="Secretary of State",
        sent_at=on(2009, 2),
        references=["08MOSCOW2"],
    )


NODES = {
    "07MOSCOW1": "07MOSCOW1, 1 Jun 2007, Embassy Moscow: PIPELINE ROUTE",
    "08MOSCOW2": "08MOSCOW2, 1 Jun 2008, Embassy Moscow: GAS TALKS",
    "09STATE5": "09STATE5, 1 Feb 2009, Secretary of State: GUIDANCE ON THE TALKS",
    "09MOSCOW3": "09MOSCOW3, 1 Jun 2009, Embassy Moscow: TALKS RESUME",
}


def test_the_map_nodes_are_links_with_hover_titles(page, thread):
    page.goto("/cable/08MOSCOW2/")
    drawing = page.locator(".citation-map svg")
    expect(drawing).to_be_visible()

    # Each node's name is its title, which the browser shows on hover.
    for reference_id, title in NODES.items():
        link = drawing.get_by_role("link", name=title, exact=True)
        expect(link).to_have_attribute("href", f"/cable/{reference_id}/")
        expect(link.locator("title")).to_have_text(title)
    absent = drawing.locator(".node.absent")
    expect(absent.locator("title")).to_have_text(
        "06ROME9, 2006 (from its id), Embassy Rome: not in the corpus"
    )
    assert drawing.locator("a").count() == 4

    drawing.get_by_role("link", name=NODES["09STATE5"]).hover()
    drawing.get_by_role("link", name=NODES["09STATE5"]).click()
    expect(page.locator("h1")).to_have_text("GUIDANCE ON THE TALKS")


def test_the_keyboard_reaches_every_node_and_opens_one(page, thread):
    page.goto("/cable/08MOSCOW2/")
    # Tab from the map's heading onwards: every node of the drawing takes the focus in turn.
    page.locator("#citation-map-heading").click()
    reached = []
    for _ in range(10):
        page.keyboard.press("Tab")
        name = page.evaluate(
            "() => document.activeElement.closest('.citation-map svg')"
            " ? document.activeElement.querySelector('title').textContent : null"
        )
        if name is None:
            break
        reached.append(name)
    assert sorted(reached) == sorted(NODES.values())

    page.locator("#citation-map-heading").click()
    page.keyboard.press("Tab")
    first = page.evaluate("() => document.activeElement.getAttribute('href')")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{first}")


def test_the_same_links_are_there_as_a_list(page, thread):
    page.goto("/cable/08MOSCOW2/")
    listing = page.locator(".citation-map details.map-list")
    expect(listing.get_by_role("link")).to_have_count(0)  # closed

    listing.get_by_text("The map as a list").click()
    expect(listing.get_by_role("link")).to_have_text(["07MOSCOW1", "09STATE5", "09MOSCOW3"])
    expect(listing.locator("li").first).to_contain_text("08MOSCOW2 (this cable)")
    expect(listing).to_contain_text("06ROME9 2006 (from its id), Embassy Rome not in the corpus")
    listing.get_by_role("link", name="09MOSCOW3").click()
    expect(page.locator("h1")).to_have_text("TALKS RESUME")
