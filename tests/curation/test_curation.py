"""What the public portal shows after a curator hides, publishes or redacts in the admin.

Every change goes through the admin over HTTP, signed in as a curator; every
check reads a public route: pages, search, facets, exports, the feed and the API.
"""

import json

import pytest
from django.db import connection

from cables.curation.redaction import MARKER, WITHHELD, CableText, find_paragraph, redact
from cables.models import Cable, Paragraph, Redaction
from tests.factories import ingest, make_cable, write_cable

pytestmark = pytest.mark.django_db

CABLES = "/admin/cables/cable/"
REDACTIONS = "/admin/cables/redaction/"


def content(response) -> str:
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return body.decode()


def public_text(client, reference_id: str, query: str) -> str:
    """Everything public about a search and a cable, as one text to look for words in."""
    urls = [
        f"/search/?q={query}",
        f"/search/export.csv?q={query}",
        f"/search/export.json?q={query}",
        f"/search/feed.atom?q={query}",
        f"/api/search?q={query}",
        f"/api/cables/{reference_id}",
        f"/cable/{reference_id}/",
        f"/cable/{reference_id}/?q={query}",
    ]
    texts = []
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        texts.append(content(response))
    return "\n".join(texts)


def hide(client, *cables: Cable, action: str = "hide") -> None:
    selected = [cable.pk for cable in cables]
    response = client.post(CABLES, {"action": action, "_selected_action": selected})
    assert response.status_code == 302


# Publish and hide


@pytest.fixture
def hidden(client, curator_client):
    """Two cables about a pipeline; the second, which cites the first, hidden by a curator."""
    make_cable("08MOSCOW1", subject="PIPELINE TALKS", paragraphs=["Pipeline talks resumed."])
    cable = make_cable(
        "08MOSCOW2",
        subject="PIPELINE DEAL",
        paragraphs=["A pipeline deal was signed."],
        tags=["PREL", "ZZHID"],
        references=["08MOSCOW1"],
    )
    assert client.get("/cable/08MOSCOW2/").status_code == 200
    assert "08MOSCOW2" in client.get("/cable/08MOSCOW1/").content.decode()
    hide(curator_client, cable)
    return cable


def test_a_hidden_cable_leaves_search_results_facets_and_counts(client, hidden):
    response = client.get("/search/?q=pipeline")

    assert [cable.reference_id for cable in response.context["results"]] == ["08MOSCOW1"]
    assert response.context["total"] == 1
    assert "ZZHID" not in response.content.decode()
    home = client.get("/")
    assert home.context["cable_count"] == 1
    assert "ZZHID" not in client.get("/tags/").content.decode()


def test_a_hidden_cable_page_is_not_found(client, hidden):
    assert client.get("/cable/08MOSCOW2/").status_code == 404


def test_a_hidden_cable_is_not_in_cited_by(client, hidden):
    page = client.get("/cable/08MOSCOW1/").content.decode()

    assert "08MOSCOW2" not in page
    assert "No cable in the corpus cites this one." in page


def test_a_hidden_cable_is_in_no_export_or_feed(client, hidden):
    text = "\n".join(
        content(client.get(url))
        for url in (
            "/search/export.csv?q=pipeline",
            "/search/export.json?q=pipeline",
            "/search/feed.atom?q=pipeline",
        )
    )

    assert "08MOSCOW1" in text
    assert "08MOSCOW2" not in text


def test_a_hidden_cable_is_not_in_the_api(client, hidden):
    found = client.get("/api/search?q=pipeline").json()

    assert [row["reference_id"] for row in found["results"]] == ["08MOSCOW1"]
    assert found["count"] == 1
    assert client.get("/api/cables/08MOSCOW2").status_code == 404
    cited_by = client.get("/api/cables/08MOSCOW1").json()["cited_by"]
    assert "08MOSCOW2" not in json.dumps(cited_by)


def test_publishing_again_brings_the_cable_back_everywhere(client, curator_client, hidden):
    hide(curator_client, hidden, action="publish")

    assert client.get("/cable/08MOSCOW2/").status_code == 200
    assert client.get("/search/?q=pipeline").context["total"] == 2
    assert client.get("/api/cables/08MOSCOW2").status_code == 200


# Redaction


@pytest.fixture
def cable_file(tmp_path):
    return write_cable(
        tmp_path / "08MOSCOW5.txt",
        "08MOSCOW5",
        subject="MEETING WITH IVAN PETROV ON THE PIPELINE",
        body="The minister met Ivan Petrov to discuss the pipeline. Petrov asked for money.",
    )


@pytest.fixture
def redacted(cable_file, curator_client):
    """The cable ingested, then a curator hides the name "Petrov" in it."""
    ingest(cable_file)
    cable = Cable.objects.get(reference_id="08MOSCOW5")
    response = curator_client.post(
        f"{REDACTIONS}add/", {"cable": cable.pk, "text": "Petrov", "reason": "A private person."}
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    return cable


def lexicon_has(word: str) -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM cables_lexicon WHERE word = %s", [word])
        return cursor.fetchone() is not None


def test_redacted_words_leave_every_public_route(client, redacted):
    text = public_text(client, "08MOSCOW5", "pipeline")

    assert "petrov" not in text.lower()
    assert "[REDACTED]" in text
    assert "pipeline" in text


def test_redacted_words_are_not_searchable_nor_suggested(client, redacted):
    assert client.get("/search/?q=petrov").context["total"] == 0
    assert client.get("/api/search?q=petrov").json()["count"] == 0
    assert not lexicon_has("petrov")
    assert client.get("/search/?q=petrow").context["suggestion"] != "petrov"


def test_a_redacted_name_is_no_longer_a_mention_of_the_cable(client, redacted):
    entities = client.get("/api/cables/08MOSCOW5").json()["entities"]

    assert "petrov" not in json.dumps(entities).lower()


def test_a_redaction_survives_ingesting_the_same_file_again(client, redacted, cable_file):
    ingest(cable_file)

    assert "petrov" not in public_text(client, "08MOSCOW5", "pipeline").lower()


def test_a_redaction_survives_ingesting_a_changed_version(client, redacted, tmp_path):
    changed = write_cable(
        tmp_path / "08MOSCOW5.txt",
        "08MOSCOW5",
        subject="MEETING WITH IVAN PETROV ON THE PIPELINE",
        body="The minister met Ivan Petrov again. Petrov wants a bigger pipeline.",
    )
    assert "1 updated" in ingest(changed)

    text = public_text(client, "08MOSCOW5", "pipeline")
    assert "petrov" not in text.lower()
    assert "bigger pipeline" in text
    assert client.get("/search/?q=petrov").context["total"] == 0


def test_removing_a_redaction_restores_the_text(client, curator_client, redacted):
    redaction = Redaction.objects.get(cable=redacted)

    response = curator_client.post(f"{REDACTIONS}{redaction.pk}/delete/", {"post": "yes"})

    assert response.status_code == 302
    page = client.get("/cable/08MOSCOW5/").content.decode()
    assert "Ivan Petrov to discuss" in page
    assert "[REDACTED]" not in page
    assert client.get("/search/?q=petrov").context["total"] == 1
    assert lexicon_has("petrov")


@pytest.fixture
def paragraph_redacted(cable_file, curator_client):
    """The cable ingested, then a curator hides its comment paragraph whole."""
    ingest(cable_file)
    cable = Cable.objects.get(reference_id="08MOSCOW5")
    comment = Paragraph.objects.get(cable=cable, text__contains="second paragraph")
    response = curator_client.post(
        f"{REDACTIONS}add/", {"cable": cable.pk, "paragraph_position": comment.position}
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    return cable


def test_a_redacted_paragraph_leaves_every_public_route(client, paragraph_redacted):
    text = public_text(client, "08MOSCOW5", "pipeline")

    assert "second paragraph" not in text
    assert "[REDACTED]" in text
    assert "Ivan Petrov to discuss" in text
    assert client.get("/search/?q=%22second+paragraph%22").context["total"] == 0


def test_a_redacted_paragraph_stays_hidden_after_a_changed_version(
    client, paragraph_redacted, tmp_path
):
    changed = write_cable(
        tmp_path / "08MOSCOW5.txt",
        "08MOSCOW5",
        subject="MEETING WITH IVAN PETROV ON THE PIPELINE",
        body="A new first paragraph.\n\n2. (C) The minister met Ivan Petrov again.",
    )
    ingest(changed)

    text = public_text(client, "08MOSCOW5", "minister")
    assert "second paragraph" not in text
    assert "Ivan Petrov again" in text


def test_a_redaction_of_words_the_cable_lacks_is_refused(curator_client, cable_file):
    ingest(cable_file)
    cable = Cable.objects.get(reference_id="08MOSCOW5")

    response = curator_client.post(f"{REDACTIONS}add/", {"cable": cable.pk, "text": "Gorbachev"})

    assert response.status_code == 200
    assert "“Gorbachev” does not occur in this cable." in response.content.decode()
    assert not Redaction.objects.exists()


# The redaction of text itself (no database)


def test_words_broken_across_lines_of_the_original_text_are_redacted():
    source = CableText(
        paragraphs=["The minister met Ivan Petrov today."],
        original_text="1. (C) The minister met Ivan\nPetrov today.\n",
    )

    public = redact(source, ["ivan petrov"], [])

    assert public.paragraphs == ["The minister met [REDACTED] today."]
    assert public.original_text == "1. (C) The minister met [REDACTED] today.\n"


def test_an_original_text_that_writes_the_words_differently_is_withheld_whole():
    source = CableText(
        paragraphs=["The minister met Ivan Petrov today."],
        original_text="1. (C) The minister met Ivan Pet-\nrov today.\n",
    )

    assert redact(source, ["Petrov"], []).original_text == WITHHELD


def test_a_hidden_paragraph_hides_the_summary_taken_from_it_and_its_lines_in_the_raw_text():
    source = CableText(
        subject="TALKS",
        summary="The talks failed because the minister walked out of the room early.",
        paragraphs=[
            "Lead.",
            "SUMMARY: The talks failed because the\nminister walked out early.",
            "End.",
        ],
        original_text=(
            "Lead.\n\n2. (C) SUMMARY: The talks failed because the\nSECRET PAGE 02\n"
            "minister walked out early.\n\n3. (C) End.\n"
        ),
    )

    public = redact(source, [], [1])

    assert public.paragraphs == ["Lead.", MARKER, "End."]
    assert public.summary == MARKER
    assert public.subject == "TALKS"
    assert public.original_text == "Lead.\n\n2. (C) [REDACTED]\n\n3. (C) End.\n"


def test_a_hidden_paragraph_is_found_again_when_a_new_version_moves_it():
    paragraphs = ["A new paragraph.", "Lead.", "The secret plan, slightly reworded."]

    assert find_paragraph(paragraphs, "Lead.", 0) == 1
    assert find_paragraph(paragraphs, "The secret plan, reworded.", 1) == 2
    assert find_paragraph(paragraphs, "", 0) == 0
