"""A cable's versions as a reader sees them: the count on the cable page, the list, the
word-level diff, the API; redactions in every version, hidden cables nowhere."""

import pytest

from cables import curation
from cables.models import Cable, Redaction
from tests.factories import ingest, write_cable

pytestmark = pytest.mark.django_db

OLD = (
    "The minister met Ivan Petrov to discuss the pipeline route through the northern "
    "provinces, the costs of the project, the timetable agreed last year and the "
    "financing still sought from foreign banks. The talks were cordial."
)
NEW = (
    "The minister met Ivan Petrov to discuss the pipeline route through the northern "
    "provinces, the costs of the project, the timetable agreed last year and the "
    "financing still sought from domestic lenders. The talks were tense."
)


@pytest.fixture
def two_versions(tmp_path):
    """08ROME7 ingested twice: its financing and its mood changed in between."""
    path = tmp_path / "08ROME7.txt"
    ingest(write_cable(path, "08ROME7", subject="PIPELINE TALKS", body=OLD))
    ingest(write_cable(path, "08ROME7", subject="PIPELINE TALKS", body=NEW))
    return Cable.objects.get(reference_id="08ROME7")


def page(client, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, response.content[:500]
    return response.content.decode()


def test_the_cable_page_says_how_many_versions_and_links_them(client, two_versions):
    html = page(client, "/cable/08ROME7/")

    assert '<a href="/cable/08ROME7/versions/">2 versions</a>' in html


def test_a_cable_with_one_text_does_not_speak_of_versions(client, tmp_path):
    ingest(write_cable(tmp_path / "08ROME8.txt", "08ROME8"))

    assert "versions" not in page(client, "/cable/08ROME8/")


def test_the_list_gives_the_versions_newest_first_and_links_each_to_the_diff(
    client, two_versions, django_assert_max_num_queries
):
    with django_assert_max_num_queries(3):
        html = page(client, "/cable/08ROME7/versions/")

    assert html.index(">2 <strong>current</strong>") < html.index('<td class="num">1</td>')
    assert "08ROME7.txt" in html
    assert str(two_versions.versions.get(number=1).source_name) not in html  # no server folders
    assert 'href="/cable/08ROME7/versions/1/2/">What changed from version 1' in html


def test_the_diff_marks_the_removed_and_added_words_and_folds_the_rest(
    client, two_versions, django_assert_max_num_queries
):
    with django_assert_max_num_queries(4):
        html = page(client, "/cable/08ROME7/versions/1/2/")

    assert "<del>foreign banks.</del> <ins>domestic lenders.</ins> " in html
    assert "<del>cordial.</del> <ins>tense.</ins>\n" in html
    assert "3 words removed, 3 words added." in html
    assert "words …" in html  # the unchanged header and opening sentence are folded
    assert "northern" not in html  # folded away: far from any change


def test_the_diff_the_other_way_round_swaps_removed_and_added(client, two_versions):
    html = page(client, "/cable/08ROME7/versions/2/1/")

    assert "<del>domestic lenders.</del> <ins>foreign banks.</ins>" in html


def test_the_compare_form_leads_to_the_diff(client, two_versions):
    response = client.get("/cable/08ROME7/versions/?a=1&b=2")

    assert response.status_code == 302
    assert response["Location"] == "/cable/08ROME7/versions/1/2/"


@pytest.mark.parametrize(
    ("url", "status", "message"),
    [
        ("/cable/08ROME7/versions/1/3/", 404, "cable 08ROME7 has no version 3"),
        ("/cable/08ROME7/versions/0/2/", 404, "cable 08ROME7 has no version 0"),
        ("/cable/08ROME7/versions/2/2/", 400, "Choose two different versions to compare."),
        ("/cable/08ROME7/versions/x/2/", 404, "nothing at this address"),
        ("/cable/08ROME7/versions/?a=1&b=9", 400, "This cable has no version 9."),
        ("/cable/08ROME7/versions/?a=one&b=2", 400, "Choose two versions by their numbers."),
        ("/cable/08ROME7/versions/?a=2&b=2", 400, "Choose two different versions."),
        ("/cable/99NOWHERE1/versions/", 404, "nothing at this address"),
        ("/api/cables/08ROME7/versions/3", 404, "Cable 08ROME7 has no version 3."),
        ("/api/cables/99NOWHERE1/versions", 404, "There is no cable 99NOWHERE1."),
    ],
)
def test_bad_version_numbers_get_a_clear_answer(client, two_versions, url, status, message):
    assert message in page(client, url, status)


def test_the_api_lists_the_versions_newest_first_with_their_texts(client, two_versions):
    body = client.get("/api/cables/08ROME7/versions").json()

    assert [(v["number"], v["current"]) for v in body["versions"]] == [(2, True), (1, False)]
    assert body["versions"][1]["source"] == "08ROME7.txt"
    assert body["versions"][1]["url"] == "http://testserver/api/cables/08ROME7/versions/1"
    old = client.get(body["versions"][1]["url"]).json()
    assert "foreign banks" in old["original_text"] and "domestic" not in old["original_text"]


@pytest.fixture
def redacted(two_versions):
    """A curator hid the name Ivan Petrov."""
    Redaction.objects.create(cable=two_versions, text="Ivan Petrov")
    curation.redactions_changed([two_versions])
    return two_versions


def test_a_redaction_never_shows_in_an_old_version_nor_in_a_diff(client, redacted):
    texts = [
        page(client, "/cable/08ROME7/versions/1/2/"),
        page(client, "/cable/08ROME7/versions/2/1/"),
        client.get("/api/cables/08ROME7/versions/1").json()["original_text"],
        client.get("/api/cables/08ROME7/versions/2").json()["original_text"],
    ]

    for text in texts:
        assert "petrov" not in text.lower()
    assert "[REDACTED]" in texts[2] and "foreign banks" in texts[2]


def test_a_whole_redacted_paragraph_is_hidden_in_every_version(client, redacted):
    Redaction.objects.create(cable=redacted, paragraph_position=0, paragraph_text=NEW, text="")
    curation.redactions_changed([redacted])

    old = client.get("/api/cables/08ROME7/versions/1").json()["original_text"]
    diff = page(client, "/cable/08ROME7/versions/1/2/")
    assert "pipeline route" not in old and "[REDACTED]" in old
    assert "pipeline route" not in diff and "financing" not in diff


def test_a_hidden_cable_has_no_versions_to_show(client, two_versions):
    curation.set_published([two_versions.pk], False)

    for url in (
        "/cable/08ROME7/versions/",
        "/cable/08ROME7/versions/1/2/",
        "/api/cables/08ROME7/versions",
        "/api/cables/08ROME7/versions/1",
    ):
        assert client.get(url).status_code == 404, url
