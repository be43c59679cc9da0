"""Snippets of search results: the best paragraphs for the words, marked and escaped;
and a cable read from a search, its words highlighted."""

import pytest

from cables import search
from cables.search.query import parse_query
from tests.factories import make_cable

pytestmark = pytest.mark.django_db


def test_snippets_are_the_three_best_paragraphs_in_text_order():
    cable = make_cable(
        "08MOSCOW1",
        paragraphs=[
            "Gas once.",
            "Nothing here.",
            "Gas, gas and gas again: gas prices and gas supplies.",
            "Gas twice, gas.",
            "Gas, gas, gas and more gas.",
        ],
    )
    found_snippets = search.snippets([cable.pk], parse_query("gas"))[cable.pk]
    assert [snippet["anchor"] for snippet in found_snippets] == ["p3", "p4", "p5"]


def test_words_spread_over_paragraphs_get_the_paragraphs_that_hold_them():
    cable = make_cable(
        "08MOSCOW1",
        paragraphs=[
            "The minister spoke about the weather.",
            "Gas deliveries were cut in January.",
            "Gas prices and gas debts were discussed.",
            "Nothing of note.",
            "Ukraine asked for more time.",
        ],
    )
    found_snippets = search.snippets([cable.pk], parse_query("gas ukraine"))[cable.pk]

    assert [snippet["anchor"] for snippet in found_snippets] == ["p3", "p5"]
    assert "<mark>Gas</mark> prices and <mark>gas</mark> debts" in found_snippets[0]["html"]
    assert "<mark>Ukraine</mark> asked" in found_snippets[1]["html"]


def test_spread_snippets_cover_every_word_with_the_fewest_paragraphs():
    cable = make_cable(
        "08MOSCOW1",
        paragraphs=[
            "Oil was mentioned.",
            "Gas and pipeline, but not the country.",
            "Gas only.",
            "Ukraine at last, and oil again.",
        ],
    )
    found_snippets = search.snippets([cable.pk], parse_query("gas pipeline ukraine oil"))

    assert [snippet["anchor"] for snippet in found_snippets[cable.pk]] == ["p2", "p4"]


def test_a_paragraph_holding_every_word_wins_over_spread_ones():
    cable = make_cable(
        "08MOSCOW1", paragraphs=["Gas here.", "Ukraine there.", "Gas for Ukraine, at last."]
    )
    found_snippets = search.snippets([cable.pk], parse_query("gas ukraine"))[cable.pk]

    assert [snippet["anchor"] for snippet in found_snippets] == ["p3"]


def test_spread_snippets_never_mark_an_excluded_word():
    cable = make_cable(
        "08MOSCOW1", paragraphs=["Gas deliveries resumed in May.", "Ukraine talked with Poland."]
    )
    found_snippets = search.snippets([cable.pk], parse_query("gas ukraine -russia -poland"))

    html = [s["html"] for s in found_snippets[cable.pk]]
    assert html[0].startswith("<mark>Gas</mark> deliveries") and html[0].count("<mark>") == 1
    assert html[1] == "<mark>Ukraine</mark> talked with Poland"


def test_snippets_mark_the_words_and_escape_the_cable_text():
    cable = make_cable(
        "08MOSCOW1", paragraphs=["<script>alert('x')</script> The <b>gas</b> price & supply."]
    )
    html = search.snippets([cable.pk], parse_query("gas"))[cable.pk][0]["html"]
    # A fragment starts at a word, so the first "<" may fall outside it.
    assert html == (
        "script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; "
        "The &lt;b&gt;<mark>gas</mark>&lt;/b&gt; price &amp; supply"
    )


def test_snippets_on_the_page_link_to_their_paragraph(client):
    make_cable("08MOSCOW1", paragraphs=["Nothing.", "The gas price rose."])
    page = client.get("/search/", {"q": "gas"}).content.decode()
    assert '<a href="/cable/08MOSCOW1/?q=gas#p2" class="para-no">¶2</a>' in page
    assert "<mark>gas</mark> price rose</li>" in page


def test_no_snippets_without_words():
    cable = make_cable("08MOSCOW1", paragraphs=["Gas."])
    assert search.snippets([cable.pk], parse_query("tag:PREL -gas")) == {}


def test_reading_a_cable_highlights_every_occurrence_and_escapes():
    cable = make_cable("08MOSCOW1", paragraphs=["<b>Gas</b> and gas.", "Oil."])
    paragraphs = search.paragraphs_for_reading(cable, "gas")
    assert paragraphs[0]["html"] == "&lt;b&gt;<mark>Gas</mark>&lt;/b&gt; and <mark>gas</mark>."
    assert paragraphs[1]["html"] == "Oil."
    assert search.paragraphs_for_reading(cable)[0]["html"] == "&lt;b&gt;Gas&lt;/b&gt; and gas."
