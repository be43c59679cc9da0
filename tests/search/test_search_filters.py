"""Search filters, in the query box or the form: tags, origin, classification,
handling, dates and entities."""

from datetime import UTC, datetime

import pytest

from cables import search
from cables.models import Entity, Mention, Paragraph
from tests.factories import make_cable
from tests.search.searching import found, when

pytestmark = pytest.mark.django_db

STOP_WORD_COUNTRY_TAGS = ["IN", "IS", "IT", "NO", "AS", "TO", "SO", "BY", "AM", "BE", "AT", "ON"]


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
