"""Counts and facets of a search: exact up to a limit, estimated from a sample above
it, remembered until the corpus changes; hidden cables never counted or found."""

from datetime import date

import pytest

from cables import search
from cables.models import Cable, CableSample, Paragraph
from cables.search import counts
from cables.search.query import parse_query
from tests.factories import make_cable
from tests.matching import find
from tests.search.searching import found, when

pytestmark = pytest.mark.django_db


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
