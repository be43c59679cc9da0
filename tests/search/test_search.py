"""Search behaviour (cables/search/): which cables the words of a query find, in what
order, and what is suggested when none is found."""

import pytest

from cables import search
from cables.models import Paragraph
from tests.factories import make_cable
from tests.search.searching import found, shown, when

pytestmark = pytest.mark.django_db


# Words, phrases, OR, exclusion, prefixes


def test_words_are_matched_in_their_english_forms():
    make_cable("08MOSCOW1", paragraphs=["The negotiations on gas resumed."])
    make_cable("08MOSCOW2", paragraphs=["Nothing to report."])
    assert found("negotiate") == ["08MOSCOW1"]


def test_every_word_must_appear():
    make_cable("08MOSCOW1", paragraphs=["Gas prices rose."])
    make_cable("08MOSCOW2", paragraphs=["Gas pipeline talks."])
    assert found("gas pipeline") == ["08MOSCOW2"]


def test_a_phrase_needs_its_words_in_order():
    make_cable("08MOSCOW1", paragraphs=["The peace mission arrived."])
    make_cable("08MOSCOW2", paragraphs=["A mission of peace arrived."])
    assert found('"peace mission"') == ["08MOSCOW1"]
    assert sorted(found("peace mission")) == ["08MOSCOW1", "08MOSCOW2"]


def test_or_finds_either_word():
    make_cable("08MOSCOW1", paragraphs=["Talks with Iran."])
    make_cable("08MOSCOW2", paragraphs=["Talks with India."])
    make_cable("08MOSCOW3", paragraphs=["Talks with Brazil."])
    assert sorted(found("iran OR india")) == ["08MOSCOW1", "08MOSCOW2"]


def test_a_minus_excludes_cables_with_the_word():
    make_cable("08MOSCOW1", paragraphs=["Sanctions on Iran."])
    make_cable("08MOSCOW2", paragraphs=["Sanctions on steel."])
    assert found("sanctions -iran") == ["08MOSCOW2"]
    assert found("-iran") == ["08MOSCOW2"]


def test_a_minus_excludes_a_phrase_but_not_its_words_apart():
    make_cable("08MOSCOW1", paragraphs=["Gas and the nuclear program."])
    make_cable("08MOSCOW2", paragraphs=["Gas and a program that is nuclear."])
    assert found('gas -"nuclear program"') == ["08MOSCOW2"]


def test_a_star_matches_words_starting_with_the_prefix():
    make_cable("08MOSCOW1", origin="Moscow", paragraphs=["The embassy replied."])
    make_cable("08MOSCOW2", origin="Moscow", paragraphs=["Embassies replied."])
    make_cable("08MOSCOW3", origin="Moscow", paragraphs=["The embargo held."])
    assert sorted(found("embass*")) == ["08MOSCOW1", "08MOSCOW2"]


def test_odd_queries_run_or_say_what_is_wrong(client):
    make_cable("08MOSCOW1", paragraphs=["Gas prices."])
    outcomes = {}
    for raw in ["*", '"', '-"', "!!!", "&|!():*", "'", "\\", "-", "😀*", "gas OR -oil", "-IN"]:
        outcomes[raw] = shown(client, q=raw)
    assert outcomes == dict.fromkeys(outcomes, ["08MOSCOW1"])
    for raw in ["_*", "a*", "²*", "IN"]:
        assert shown(client, q=raw) == [], raw
    for raw, message in [
        ('tag:"', "tag: needs a value, e.g. tag:PREL."),
        ("from:", "from: needs a value, e.g. from:2007-01-01."),
        ("-tag:PREL", "-tag:PREL cannot be excluded: only words and phrases can (e.g. -nato)."),
        ("classification:topsecret", "There is no classification TOPSECRET."),
    ]:
        response = client.get("/search/", {"q": raw})
        assert response.status_code == 400, raw
        assert f"<li>{message}</li>" in response.content.decode().replace("&quot;", '"')
    response = client.get("/search/", {"q": "gas\x00"})  # refused before any view
    assert response.status_code == 400
    assert "The address contains a NUL character (%00)." in response.content.decode()


def test_a_bare_cable_id_finds_that_cable():
    make_cable("07MOSCOW4185")
    make_cable("07MOSCOW4186")
    assert found("07MOSCOW4185") == ["07MOSCOW4185"]
    assert found("07moscow4185") == ["07MOSCOW4185"]


def test_a_cable_is_found_by_the_new_words_of_an_edited_paragraph():
    make_cable("08MOSCOW1", paragraphs=["The minister spoke about gas prices."])
    Paragraph.objects.filter(cable__reference_id="08MOSCOW1").update(
        text="The minister spoke about wheat harvests."
    )
    assert found("wheat") == ["08MOSCOW1"]
    assert found("gas") == []


def test_a_cable_is_found_by_its_heading_and_paragraphs_whatever_was_saved_first():
    cable = make_cable("08MOSCOW1", subject="GAS TALKS", paragraphs=["Wheat harvests."])
    assert found("wheat") == found("gas") == ["08MOSCOW1"]
    cable.subject = "OIL TALKS"
    cable.save()
    assert found("oil") == found("wheat") == ["08MOSCOW1"]
    assert found("gas") == []
    Paragraph.objects.filter(cable=cable).delete()
    assert found("wheat") == []
    assert found("oil") == ["08MOSCOW1"]


# Ranking and sorting


def test_a_match_in_the_subject_ranks_above_the_summary_above_the_body(client):
    make_cable("08MOSCOW1", subject="WEATHER", paragraphs=["A pipeline was mentioned once."])
    make_cable("08MOSCOW2", subject="WEATHER", summary="The pipeline deal.", paragraphs=["No."])
    make_cable("08MOSCOW3", subject="PIPELINE DEAL SIGNED", paragraphs=["Nothing else."])
    assert shown(client, q="pipeline") == ["08MOSCOW3", "08MOSCOW2", "08MOSCOW1"]


def test_sort_by_newest_or_oldest_ignores_relevance(client):
    make_cable("08MOSCOW1", subject="PIPELINE", sent_at=when(2008))
    make_cable("06MOSCOW1", subject="WEATHER", paragraphs=["pipeline"], sent_at=when(2006))
    make_cable("07MOSCOW1", subject="WEATHER", paragraphs=["pipeline"], sent_at=when(2007))
    make_cable("99MOSCOW1", subject="PIPELINE", sent_at=None)
    assert shown(client, q="pipeline", sort="newest") == [
        "08MOSCOW1",
        "07MOSCOW1",
        "06MOSCOW1",
        "99MOSCOW1",
    ]
    assert shown(client, q="pipeline", sort="oldest") == [
        "06MOSCOW1",
        "07MOSCOW1",
        "08MOSCOW1",
        "99MOSCOW1",
    ]


def test_without_words_the_newest_cables_come_first(client):
    make_cable("06MOSCOW1", sent_at=when(2006))
    make_cable("08MOSCOW1", sent_at=when(2008))
    make_cable("07MOSCOW1", sent_at=when(2007))
    assert shown(client, q="") == ["08MOSCOW1", "07MOSCOW1", "06MOSCOW1"]
    assert shown(client, q="-nothing") == ["08MOSCOW1", "07MOSCOW1", "06MOSCOW1"]


def test_equal_ranks_are_ordered_stably_by_creation():
    for serial in (3, 1, 2):
        make_cable(f"08MOSCOW{serial}", paragraphs=["Gas prices."])
    assert found("gas") == ["08MOSCOW3", "08MOSCOW1", "08MOSCOW2"]


# Spelling suggestions


def test_a_misspelled_word_gets_the_nearest_word_of_the_corpus(client):
    make_cable("08MOSCOW1", subject="GAS PIPELINE TALKS")
    search.refresh_lexicon()
    assert search.spelling_suggestion(["pipelnie"]) == "pipeline"
    assert search.spelling_suggestion(["pipeline"]) is None
    page = client.get("/search/", {"q": "pipelnie"}).content.decode()
    assert 'Did you mean <a href="/search/?q=pipeline">pipeline</a>?' in page


def test_no_results_with_a_filter_offers_to_drop_it(client):
    make_cable("08MOSCOW1", tags=["PREL"], paragraphs=["Gas."])
    make_cable("08MOSCOW2", tags=["ETRD"], paragraphs=["Oil."])
    page = client.get("/search/", {"q": "gas", "tag": "ETRD"}).content.decode()
    assert "No cables found" in page
    assert 'href="/search/?q=gas&amp;">tag: ETRD ✕</a>' in page
    assert shown(client, q="gas") == ["08MOSCOW1"]
