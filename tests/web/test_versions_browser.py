"""The versions of a cable in a real browser: from the cable page to the word-level diff,
whose removed and added words are marked and whose redactions stay hidden."""

import os
import shutil

import pytest

from cables import curation
from cables.models import Cable, Redaction
from tests.factories import ingest, write_cable

CHROMIUM = "/usr/bin/chromium"

if shutil.which("chromium") != CHROMIUM:
    pytest.skip(
        f"no Chromium at {CHROMIUM} (Debian's chromium package; .ci/run installs it)",
        allow_module_level=True,
    )
from playwright.sync_api import expect, sync_playwright  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

OLD = (
    "The minister met Ivan Petrov to discuss the pipeline route through the northern "
    "provinces, the costs of the project and the financing still sought from foreign banks."
)
NEW = (
    "The minister met Ivan Petrov to discuss the pipeline route through the northern "
    "provinces, the costs of the project and the financing still sought from domestic lenders."
)


@pytest.fixture(scope="module")
def browser():
    # As in test_browser.py: the ORM calls made in Playwright's event loop are synchronous.
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, live_server, settings):
    # The live server looks static files up by their plain names, not the manifest's.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    context = browser.new_context(base_url=live_server.url)
    context.set_default_timeout(5_000)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    tab.on("response", lambda r: errors.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    tab.on("pageerror", lambda error: errors.append(str(error)))
    yield tab
    context.close()
    assert errors == []


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
