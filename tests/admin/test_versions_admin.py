"""A curator sees a cable's versions and makes an older one current again."""

import pytest

from cables import curation
from cables.models import Cable, Redaction
from tests.factories import ingest, write_cable

pytestmark = pytest.mark.django_db

VERSIONS = "/admin/cables/cableversion/"
OLD = "The minister met Ivan Petrov and agreed the old route for the pipeline."
NEW = "The minister met Ivan Petrov and agreed the new route for the pipeline."


@pytest.fixture
def two_versions(tmp_path):
    path = tmp_path / "08ROME7.txt"
    ingest(write_cable(path, "08ROME7", subject="OLD ROUTE", body=OLD, tags="PREL"))
    ingest(write_cable(path, "08ROME7", subject="NEW ROUTE", body=NEW, tags="ENRG"))
    return Cable.objects.get(reference_id="08ROME7")


def make_current(curator_client, cable: Cable, number: int):
    version = cable.versions.get(number=number)
    return curator_client.post(
        VERSIONS,
        {"action": "make_current", "_selected_action": [version.pk]},
        follow=True,
    )


def test_the_cable_page_in_the_admin_lists_its_versions(curator_client, two_versions):
    html = curator_client.get(f"/admin/cables/cable/{two_versions.pk}/change/").content.decode()

    assert "Versions (the texts the release gave of this cable)" in html
    assert f"{VERSIONS}?cable__id__exact={two_versions.pk}" in html


def test_making_the_old_version_current_brings_its_text_back_everywhere(
    client, curator_client, two_versions
):
    response = make_current(curator_client, two_versions, 1)

    assert "08ROME7: version 1 is the current one now." in response.content.decode()
    cable = Cable.objects.get()
    assert cable.content_hash == cable.versions.get(number=1).content_hash
    assert cable.subject == "OLD ROUTE" and cable.tag_codes == "PREL"
    assert "old route" in client.get("/cable/08ROME7/").content.decode()
    assert client.get("/api/search?q=old").json()["count"] == 1
    assert client.get("/api/search?q=new").json()["count"] == 0
    assert cable.versions.count() == 2


def test_making_a_version_current_is_recorded_in_the_history(curator, curator_client, two_versions):
    make_current(curator_client, two_versions, 1)

    record = Cable.history.filter(id=two_versions.pk).latest("history_date")
    assert record.history_change_reason == "Version 1 made current"
    assert record.history_user == curator
    assert record.diff_against(record.prev_record).changed_fields
    history = curator_client.get(f"/admin/cables/cable/{two_versions.pk}/history/")
    assert "Version 1 made current" in history.content.decode()


def test_a_curated_field_and_a_redaction_stay_through_a_change_of_version(
    client, curator_client, two_versions
):
    Cable.objects.filter(pk=two_versions.pk).update(origin="Rome", curated_fields=["origin"])
    Redaction.objects.create(cable=two_versions, text="Ivan Petrov")
    curation.redactions_changed([two_versions])

    make_current(curator_client, two_versions, 1)

    cable = Cable.objects.get()
    assert cable.origin == "Rome"
    page = client.get("/cable/08ROME7/").content.decode()
    assert "old route" in page and "Petrov" not in page and "[REDACTED]" in page


def test_the_current_version_made_current_again_says_so(curator_client, two_versions):
    response = make_current(curator_client, two_versions, 2)

    assert "08ROME7: Version 2 is the current one already." in response.content.decode()
