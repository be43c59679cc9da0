"""Search behaviour (cables/search/): matching, filters, ranking, counts, snippets, facets."""

import re
from datetime import UTC, date, datetime

import pytest
from django.http import QueryDict

from cables import search
from cables.models import Cable, CableSample, Entity, Mention, Paragraph
from cables.search import counts
from cables.search.form import CableFilter
from cables.search.query import parse_query
from tests.factories import make_cable
from tests.matching import find

pytestmark = pytest.mark.django_db

STOP_WORD_COUNTRY_TAGS = ["IN", "IS", "IT", "NO", "AS", "TO", "SO", "BY", "AM", "BE", "AT", "ON"]


def found(q: str = "", **params) -> list[str]:
    """The reference ids a search finds, in order, through the form's FilterSet."""
    data = QueryDict(mutable=True)
    data["q"] = q
    for name, value in params.items():
        data.setlist(name, value if isinstance(value, list) else [value])
    cable_filter = CableFilter(data)
    assert cable_filter.is_valid(), cable_filter.errors
    return list(cable_filter.qs.values_list("reference_id", flat=True))


def shown(client, **params) -> list[str]:
    """The reference ids listed on the search page, top to bottom."""
    response = client.get("/search/", params)
    assert response.status_code == 200, response.content.decode()[:2000]
    return re.findall(r'<span class="ref">([^<]+)</span>', response.content.decode())


def when(year: int, month: int = 3, day: int = 1, hour: int = 12) -> datetime:
    return datetime(year, month, day, hour, tzinfo=UTC)


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


# Tags, including the country tags that are English stop words


def test_tag_in_the_query_is_not_lost_to_the_stop_word_list():
    make_cable("08MOSCOW0", tags=["PREL"], paragraphs=["It is in on at by so as to be, no?"])
    for serial, code in enumerate(STOP_WORD_COUNTRY_TAGS, start=1):
        make_cable(f"08MOSCOW{serial}", tags=[code, "PREL"])
    expected = {code: [f"08MOSCOW{n}"] for n, code in enumerate(STOP_WORD_COUNTRY_TAGS, start=1)}
    assert {code: found(f"tag:{code}") for code in STOP_WORD_COUNTRY_TAGS} == expected
    assert {code: found(f"tag:{code.lower()}") for code in STOP_WORD_COUNTRY_TAGS} == expected
    assert {code: found(tag=code) for code in STOP_WORD_COUNTRY_TAGS} == expected


def test_a_bare_country_tag_word_matches_the_tag_not_the_stop_word():
    make_cable("08MOSCOW0", tags=["PREL"], paragraphs=["It is in on at by so as to be, no?"])
    for serial, code in enumerate(STOP_WORD_COUNTRY_TAGS, start=1):
        make_cable(f"08MOSCOW{serial}", tags=["PREL", code])
    expected = {code: [f"08MOSCOW{n}"] for n, code in enumerate(STOP_WORD_COUNTRY_TAGS, start=1)}
    assert {code: found(code) for code in STOP_WORD_COUNTRY_TAGS} == expected
    assert found("IN OR IS") == ["08MOSCOW1", "08MOSCOW2"]
    # With other words, a stop word is left out of the matching, as search engines
    # do, but a cable with it as a tag comes first (08MOSCOW0 says nothing of gas).
    assert found("gas IN")[0] == "08MOSCOW1" and len(found("gas IN")) == 12


def test_any_tag_by_default_or_all_tags_when_asked():
    make_cable("08MOSCOW1", tags=["PREL", "ETRD"])
    make_cable("08MOSCOW2", tags=["PREL"])
    make_cable("08MOSCOW3", tags=["ETRD"])
    make_cable("08MOSCOW4", tags=["PGOV"])
    assert sorted(found(tag=["PREL", "ETRD"])) == ["08MOSCOW1", "08MOSCOW2", "08MOSCOW3"]
    assert found(tag=["PREL", "ETRD"], tag_mode="all") == ["08MOSCOW1"]
    assert sorted(found(tag=["prel", "etrd"], tag_mode="any")) == [
        "08MOSCOW1",
        "08MOSCOW2",
        "08MOSCOW3",
    ]


def test_repeated_tag_terms_in_the_query_must_all_match():
    make_cable("08MOSCOW1", tags=["PREL", "ETRD"])
    make_cable("08MOSCOW2", tags=["PREL"])
    make_cable("08MOSCOW3", tags=["ETRD"])
    assert found("tag:PREL tag:ETRD") == ["08MOSCOW1"]
    assert found("tag:ETRD", tag=["PREL", "PGOV"]) == ["08MOSCOW1"]


# Origin, classification, handling


def test_origin_filter_and_origin_term():
    make_cable("08MOSCOW1", origin="Embassy Moscow")
    make_cable("08PARIS1", origin="Embassy Paris")
    make_cable("08STPETERSBURG1", origin="Consulate St Petersburg")
    assert found(origin="Embassy Moscow") == ["08MOSCOW1"]
    assert found("origin:moscow") == ["08MOSCOW1"]
    assert found('origin:"embassy paris"') == ["08PARIS1"]
    assert sorted(found(origin=["Embassy Moscow", "Embassy Paris"])) == ["08MOSCOW1", "08PARIS1"]


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        ("classification:secret", ["08MOSCOW3", "08MOSCOW4"]),
        ("classification:SECRET//NOFORN", ["08MOSCOW4"]),
        ("classification:confidential", ["08MOSCOW2", "08MOSCOW5"]),
        ("classification:unclassified", ["08MOSCOW1"]),
    ],
)
def test_classification_term_includes_its_caveated_forms(asked, expected):
    make_cable("08MOSCOW1", classification="UNCLASSIFIED")
    make_cable("08MOSCOW2", classification="CONFIDENTIAL")
    make_cable("08MOSCOW3", classification="SECRET")
    make_cable("08MOSCOW4", classification="SECRET//NOFORN")
    make_cable("08MOSCOW5", classification="CONFIDENTIAL//NOFORN")
    assert sorted(found(asked)) == expected


def test_classification_filter_is_exact_so_it_agrees_with_the_facet_counts():
    make_cable("08MOSCOW1", classification="CONFIDENTIAL")
    make_cable("08MOSCOW2", classification="SECRET")
    make_cable("08MOSCOW3", classification="SECRET//NOFORN")
    assert found(classification="SECRET") == ["08MOSCOW2"]
    assert found(classification="SECRET//NOFORN") == ["08MOSCOW3"]
    assert sorted(found(classification=["SECRET", "SECRET//NOFORN"])) == ["08MOSCOW2", "08MOSCOW3"]


def test_classification_in_the_query_box_includes_the_noforn_variant():
    make_cable("08MOSCOW1", classification="CONFIDENTIAL")
    make_cable("08MOSCOW2", classification="SECRET")
    make_cable("08MOSCOW3", classification="SECRET//NOFORN")
    assert sorted(found(q="classification:secret")) == ["08MOSCOW2", "08MOSCOW3"]


def test_handling_filter_needs_every_chosen_caveat():
    make_cable("08MOSCOW1", handling=["NOFORN", "SIPDIS"])
    make_cable("08MOSCOW2", handling=["SIPDIS"])
    make_cable("08MOSCOW3", handling=[])
    assert sorted(found(handling="SIPDIS")) == ["08MOSCOW1", "08MOSCOW2"]
    assert found(handling=["NOFORN", "SIPDIS"]) == ["08MOSCOW1"]


# Dates and years


def test_date_range_includes_both_end_days_whole():
    make_cable("06MOSCOW1", sent_at=datetime(2006, 12, 31, 23, 59, tzinfo=UTC))
    make_cable("07MOSCOW1", sent_at=datetime(2007, 1, 1, 0, 0, tzinfo=UTC))
    make_cable("07MOSCOW2", sent_at=datetime(2007, 12, 31, 23, 59, tzinfo=UTC))
    make_cable("08MOSCOW1", sent_at=datetime(2008, 1, 1, 0, 0, tzinfo=UTC))
    make_cable("99MOSCOW1", sent_at=None)
    expected = ["07MOSCOW2", "07MOSCOW1"]
    assert found(date_from="2007-01-01", date_to="2007-12-31") == expected
    assert found("from:2007-01-01 to:2007-12-31") == expected
    assert found("from:2007 to:2007") == expected
    assert found(year="2007") == expected


def test_dates_from_the_query_and_the_form_narrow_each_other():
    make_cable("07MOSCOW1", sent_at=when(2007, 3))
    make_cable("07MOSCOW2", sent_at=when(2007, 9))
    make_cable("08MOSCOW1", sent_at=when(2008, 3))
    assert found("from:2007-06", date_to="2008-01-31") == ["07MOSCOW2"]
    assert found("from:2007", year="2008") == ["08MOSCOW1"]


def test_only_a_start_or_only_an_end_date():
    make_cable("07MOSCOW1", sent_at=when(2007))
    make_cable("08MOSCOW1", sent_at=when(2008))
    assert found(date_from="2008-01-01") == ["08MOSCOW1"]
    assert found("to:2007-12") == ["07MOSCOW1"]


# Entities


def test_entity_filter_and_entity_term_find_cables_mentioning_it():
    make_cable("08MOSCOW1", entities=[("Vladimir Putin", "person")])
    make_cable("08MOSCOW2", entities=[("Gazprom", "organization")])
    make_cable("08MOSCOW3")
    putin = Entity.objects.get(name="Vladimir Putin")
    assert found(entity=str(putin.pk)) == ["08MOSCOW1"]
    assert found('entity:"vladimir putin"') == ["08MOSCOW1"]


def test_a_cable_mentioning_an_entity_twice_is_listed_once():
    cable = make_cable(
        "08MOSCOW1",
        paragraphs=["Putin spoke.", "Putin spoke again."],
        entities=[("Putin", "person")],
    )
    putin = Entity.objects.get(name="Putin")
    second = Paragraph.objects.get(cable=cable, position=1)
    Mention.objects.create(entity=putin, paragraph=second, cable=cable)
    assert found(entity=str(putin.pk)) == ["08MOSCOW1"]
    assert found("entity:Putin") == ["08MOSCOW1"]
    wanted = search.Search(entity_ids=[putin.pk])
    assert search.summarize(wanted, search.search_cables(wanted))[:2] == (1, True)


def test_two_entities_must_both_be_mentioned():
    make_cable("08MOSCOW1", entities=[("Putin", "person"), ("Gazprom", "organization")])
    make_cable("08MOSCOW2", entities=[("Putin", "person")])
    ids = [str(pk) for pk in Entity.objects.order_by("name").values_list("pk", flat=True)]
    assert found(entity=ids) == ["08MOSCOW1"]


# Counts


def test_count_is_exact_up_to_the_limit(client, monkeypatch):
    monkeypatch.setattr(counts, "COUNT_LIMIT", 3)
    # Ids outside the facet sample (multiples of 16): one sampled cable would stand
    # for 16 and, against a limit of 3, make the search look broad.
    for serial in range(3):
        make_cable(f"08MOSCOW{serial}", id=serial + 1, paragraphs=["Gas."])
    response = client.get("/search/", {"q": "gas"})
    assert "3 cables" in response.content.decode()
    assert "More than" not in response.content.decode()


def test_count_above_the_limit_says_more_than(client, monkeypatch):
    monkeypatch.setattr(counts, "COUNT_LIMIT", 3)
    for serial in range(5):  # none in the facet sample: counted, not estimated
        make_cable(f"08MOSCOW{serial}", id=serial + 1, paragraphs=["Gas."])
    assert search.summarize(search.Search(), search.search_cables(search.Search()))[:2] == (
        3,
        False,
    )
    response = client.get("/search/", {"q": "gas"})
    heading = find(r'<h1 id="results-heading"[^>]*>\s*(.*?)\s*</h1>', response.content.decode())
    # with the number its facets counted
    assert heading[1] == "More than 3 cables, about 5"


def test_the_limit_of_exact_counts_is_ten_thousand():
    assert search.COUNT_LIMIT == 10_000


# Snippets


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


# Facets


def test_facets_count_tags_origins_classifications_and_years_of_the_matches():
    make_cable("08MOSCOW1", tags=["PREL", "PGOV"], classification="SECRET", sent_at=when(2008))
    make_cable("07MOSCOW1", tags=["PREL"], sent_at=when(2007))
    make_cable(
        "07PARIS1",
        tags=["PGOV"],
        origin="Embassy Paris",
        classification="SECRET//NOFORN",
        sent_at=when(2007),
    )
    make_cable("07PARIS2", tags=["ETRD"], origin="Embassy Paris", paragraphs=["Oil."])
    counts = search.facets(search.search_cables(search.Search(query=parse_query("gas"))))
    assert [(row["tag__code"], row["count"]) for row in counts["tags"]] == [
        ("PGOV", 2),
        ("PREL", 2),
    ]
    assert counts["tags"][0]["tag__definition"] == "Internal Governmental Affairs"
    assert [(row["origin"], row["count"]) for row in counts["origins"]] == [
        ("Embassy Moscow", 2),
        ("Embassy Paris", 1),
    ]
    assert [(row["classification"], row["count"]) for row in counts["classifications"]] == [
        ("CONFIDENTIAL", 1),
        ("SECRET", 1),
        ("SECRET//NOFORN", 1),
    ]
    assert counts["years"] == [{"year": 2007, "count": 2}, {"year": 2008, "count": 1}]


def test_facets_follow_the_filters():
    make_cable("08MOSCOW1", tags=["PREL", "PGOV"])
    make_cable("08MOSCOW2", tags=["PGOV"])
    counts = search.facets(search.search_cables(search.Search(tags=["PREL"])))
    assert [(row["tag__code"], row["count"]) for row in counts["tags"]] == [
        ("PGOV", 1),
        ("PREL", 1),
    ]


def test_months_of_a_year_for_the_zoomed_timeline():
    make_cable("07MOSCOW1", sent_at=when(2007, 3))
    make_cable("07MOSCOW2", sent_at=when(2007, 3))
    make_cable("07MOSCOW3", sent_at=when(2007, 11))
    make_cable("08MOSCOW1", sent_at=when(2008, 3))
    months = search.facets(search.search_cables(search.Search()), zoom_year=2007)["months"]
    assert months == [{"month": 3, "count": 2}, {"month": 11, "count": 1}]
    assert search.Search(year=2007).zoom_year == 2007
    assert search.Search(date_from=date(2007, 2, 1), date_to=date(2007, 5, 1)).zoom_year == 2007
    assert search.Search(date_from=date(2007, 2, 1), date_to=date(2008, 5, 1)).zoom_year is None


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


# Hidden cables


def test_hidden_cables_are_not_found_counted_or_faceted(client):
    make_cable("08MOSCOW1", tags=["PREL"], paragraphs=["Gas."])
    make_cable("09MOSCOW1", tags=["IN"], paragraphs=["Gas."], published=False, sent_at=when(2009))
    assert found("gas") == ["08MOSCOW1"]
    assert found("tag:IN") == []
    response = client.get("/search/", {"q": "gas"})
    page = response.content.decode()
    assert "1 cable" in page
    assert "09MOSCOW1" not in page
    facets = response.context["facets"]
    assert [entry["label"] for entry in facets["tags"]] == ["PREL"]
    assert [entry["label"] for entry in facets["years"]] == ["2008"]


def test_hidden_cables_leave_no_trace_in_the_lexicon_or_cited_by():
    make_cable("08MOSCOW1", subject="PIPELINE")
    make_cable("09MOSCOW1", subject="ZEPPELINS", published=False, references=["08MOSCOW1"])
    make_cable("09MOSCOW2", subject="WEATHER", references=["08MOSCOW1"])
    search.refresh_lexicon()
    assert search.spelling_suggestion(["zepelins"]) is None
    assert [
        cable.reference_id for cable in search.cited_by(Cable.objects.get(reference_id="08MOSCOW1"))
    ] == ["09MOSCOW2"]


def test_hidden_cables_do_not_count_for_tags_or_entities():
    make_cable("08MOSCOW1", tags=["PREL"], entities=[("Putin", "person")])
    make_cable("08MOSCOW2", tags=["PREL"], entities=[("Putin", "person")], published=False)
    make_cable("08MOSCOW3", tags=["ETRD"], entities=[("Medvedev", "person")], published=False)
    counts = {tag.code: tag.count for tag in search.tags_with_counts() if tag.count}
    assert counts == {"PREL": 1}
    assert [(entity.name, entity.count) for entity in search.entities_with_counts()] == [
        ("Putin", 1)
    ]


def test_counts_and_facets_are_remembered_until_the_corpus_changes(
    client, django_assert_max_num_queries
):
    make_cable("08MOSCOW1", paragraphs=["Gas talks."], tags=["ENRG"])
    make_cable("08MOSCOW2", paragraphs=["Gas deal."], tags=["ENRG"])
    assert client.get("/search/?q=gas").context["total"] == 2
    # No count, no facets and no scores this time: their look-ups and the page.
    with django_assert_max_num_queries(11):
        assert client.get("/search/?q=gas").context["total"] == 2

    # A bulk UPDATE sends no Django signal; the database's own trigger still sees it.
    Cable.objects.filter(reference_id="08MOSCOW2").update(published=False)
    response = client.get("/search/?q=gas")
    assert response.context["total"] == 1
    assert [f["count"] for f in response.context["facets"]["tags"]] == [1]


def test_facets_of_a_very_broad_search_are_estimated_from_a_sample_and_say_so(client, monkeypatch):
    monkeypatch.setattr(counts, "COUNT_LIMIT", 3)
    for serial in range(40):
        make_cable(f"08MOSCOW{serial}", paragraphs=["Gas."], tags=["ENRG"])
    # One cable in 16 by id is counted, then the count is scaled up.
    in_sample = sum(1 for pk in Cable.objects.values_list("id", flat=True) if pk % 16 == 0)

    response = client.get("/search/", {"q": "gas"})
    tags = response.context["facets"]["tags"]
    assert [(entry["label"], entry["count"]) for entry in tags] == [("ENRG", in_sample * 16)]
    page = response.content.decode()
    assert 'title="estimated from a sample of the matches">≈' in page
    assert f"More than 3 cables, about {in_sample * 16}" in page

    api = client.get("/api/search", {"q": "gas"}).json()
    assert api["facets"]["approximate"] is True
    assert api["facets"]["tags"][0]["count"] == in_sample * 16
    assert (api["count"], api["count_exact"], api["count_estimate"]) == (3, False, in_sample * 16)


def test_the_facet_sample_follows_its_cables():
    def sampled(pk, *fields):
        return CableSample.objects.filter(id=pk).values_list(*fields).first()

    make_cable("08MOSCOW32", id=32, paragraphs=["Gas talks."], tags=["ENRG"])
    make_cable("08MOSCOW33", id=33, paragraphs=["Gas talks."])
    assert sampled(33, "id") is None  # one cable in 16, by id
    assert sampled(32, "published", "origin", "tag_codes") == (True, "Embassy Moscow", "ENRG")
    assert "'gas'" in sampled(32, "search_vector")[0]

    Cable.objects.filter(id=32).update(published=False, origin="Embassy Paris", tag_codes="ECON")
    assert sampled(32, "published", "origin", "tag_codes") == (False, "Embassy Paris", "ECON")
    Paragraph.objects.filter(cable_id=32).update(text="Wheat harvests.")
    vector = sampled(32, "search_vector")[0]
    assert "'wheat'" in vector
    assert "'gas'" not in vector

    Cable.objects.filter(id=32).delete()
    assert not CableSample.objects.exists()


def test_facets_of_a_search_counted_exactly_are_exact(client):
    for serial in range(3):
        make_cable(f"08MOSCOW{serial}", paragraphs=["Gas."], tags=["ENRG"])
    response = client.get("/search/", {"q": "gas"})
    assert [entry["count"] for entry in response.context["facets"]["tags"]] == [3]
    assert "≈" not in response.content.decode()
    assert client.get("/api/search", {"q": "gas"}).json()["facets"]["approximate"] is False


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
