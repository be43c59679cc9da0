"""The versions of a cable in a real browser: from the cable page to the word-level diff,
whose removed and added words are marked and whose redactions stay hidden."""

import os

import pytest
from playwright.sync_api import expect

from cables import curation
from cables.models import Cable, Redaction
from tests.factories import ingest, write_cable
from tests.web import test_browser

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("no_browser_errors"),
]

OLD = (
    "The minister met Ivan Petrov to discuss the pipeline route through the northern "
    "provinces, the costs of the project and the financing still sought from foreign banks."
)
NEW = (
    "The minister met Ivan Petrov to discuss the pipeline route through the northern "
    "provinces, the costs of the project and the financing still sought from domestic lenders."
)


# The browser test module's fixtures (it skips where there is no Chromium).
browser = test_browser.browser
browser_errors = test_browser.browser_errors
page = test_browser.page
plain_static_files = test_browser.plain_static_files
no_browser_errors = test_browser.no_browser_errors


@pytest.fixture
def redacted_versions(tmp_path):
    path = tmp_path / "08ROME7.txt"
    ingest(write_cable(path, "08ROME7", subject="PIPELINE TALKS", body=OLD))
    ingest(write_cable(path, "08ROME7", subject="PIPELINE TALKS", body=NEW))
    cable = Cable.objects.get()
    Redaction.objects.create(cable=cable, text="Ivan Petrov")
    curation.redactions_changed([cable])


def test_from_the_cable_page_to_the_diff_of_its_two_versions(page, redacted_versions):
    page.goto("/cable/08ROME7/")
    page.get_by_role("link", name="2 versions").click()
    page.wait_for_url("**/cable/08ROME7/versions/")
    expect(page.locator("table.versions tbody tr")).to_have_count(2)

    page.get_by_role("button", name="Compare").click()
    page.wait_for_url("**/cable/08ROME7/versions/1/2/")
    diff = page.locator(".word-diff")
    expect(diff.locator("del")).to_have_text(["foreign banks."])
    expect(diff.locator("ins")).to_have_text(["domestic lenders."])
    expect(page.locator(".diff-summary")).to_have_text("2 words removed, 2 words added.")
    expect(diff).to_contain_text("words …")
    expect(diff).not_to_contain_text("Petrov")
    # Marked as a reader sees them: struck through, and coloured apart from the rest.
    assert diff.locator("del").evaluate("e => getComputedStyle(e).textDecorationLine") == (
        "line-through"
    )
    screenshots = os.environ.get("SCREENSHOT_DIR")
    if screenshots:
        page.screenshot(path=f"{screenshots}/version_diff.png", full_page=True)
