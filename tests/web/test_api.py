"""The JSON API under /api/, through the real URLconf."""

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from cables.models import Cable, Entity
from cables.search.tsquery import lexemes_of
from tests.factories import make_cable

pytestmark = pytest.mark.django_db


def day(n: int) -> datetime:
    return datetime(2008, 1, 1, 12, 0, tzinfo=UTC) + timedelta(days=n)


def get_ok(client, url: str) -> Any:
    """The JSON body of a 200 answer: an object or an array, as the endpoint gives."""
    response = client.get(url)
    assert response.status_code == 200, response.content
    return response.json()


def ids(results: list[dict]) -> list[str]:
    return [result["reference_id"] for result in results]


# Search


def test_search_gives_count_pages_results_in_order_and_facets(client):
    for n in range(5):
        make_cable(f"08MOSCOW{n}", sent_at=day(n), tags=["PREL", "ENRG"] if n % 2 else ["PREL"])
    make_cable("08PARIS1", sent_at=day(9), origin="Embassy Paris", classification="SECRET")

    body = get_ok(client, "/api/search?origin=Moscow&sort=newest&page_size=2&page=2")

    assert (body["count"], body["count_exact"], body["pages"]) == (5, True, 3)
    assert (body["page"], body["page_size"]) == (2, 2)
    assert ids(body["results"]) == ["08MOSCOW2", "08MOSCOW1"]
    first = body["results"][0]
    assert first == {
        "reference_id": "08MOSCOW2",
        "sent_at": "2008-01-03T12:00:00Z",
        "date_precision": "full",
        "origin": "Embassy Moscow",
        "classification": "CONFIDENTIAL",
        "subject": "A TEST SUBJECT",
        "summary": "",
        "tags": ["PREL"],
        "url": "http://testserver/cable/08MOSCOW2/",
        "snippets": [],
    }
    facets = body["facets"]
    assert [(t["code"], t["count"]) for t in facets["tags"]] == [("PREL", 5), ("ENRG", 2)]
    assert facets["origins"] == [{"origin": "Embassy Moscow", "count": 5}]
    assert facets["classifications"] == [{"classification": "CONFIDENTIAL", "count": 5}]
    assert facets["years"] == [{"year": 2008, "count": 5}]


def test_search_takes_repeated_tags_and_all_tags_mode(client):
    make_cable("08MOSCOW1", tags=["PREL"], sent_at=day(1))
    make_cable("08MOSCOW2", tags=["PREL", "ENRG"], sent_at=day(2))
    make_cable("08MOSCOW3", tags=["ENRG"], sent_at=day(3))

    any_tag = get_ok(client, "/api/search?tag=PREL&tag=ENRG&sort=oldest")
    all_tags = get_ok(client, "/api/search?tag=PREL&tag=ENRG&tag_mode=all")

    assert ids(any_tag["results"]) == ["08MOSCOW1", "08MOSCOW2", "08MOSCOW3"]
    assert ids(all_tags["results"]) == ["08MOSCOW2"]


def test_search_snippets_come_as_escaped_html_and_as_plain_text(client):
    make_cable("08MOSCOW1", paragraphs=["Intro.", "A <b>gas</b> deal & more."])

    result = get_ok(client, "/api/search?q=gas")["results"][0]

    (snippet,) = result["snippets"]
    assert (snippet["number"], snippet["position"]) == (2, 1)
    html, text = snippet["snippet_html"], snippet["snippet"]
    assert "<mark>gas</mark>" in html and "deal &amp;" in html and "<b>" not in html
    assert "gas" in text and "deal &" in text and "<mark>" not in text and "&amp;" not in text


def test_search_ranks_by_relevance_when_there_are_words(client):
    make_cable("08MOSCOW1", sent_at=day(5), paragraphs=["Nothing of note here, and gas once."])
    make_cable("08MOSCOW2", sent_at=day(1), subject="GAS", paragraphs=["Gas, gas and gas."])

    assert ids(get_ok(client, "/api/search?q=gas")["results"]) == ["08MOSCOW2", "08MOSCOW1"]


def test_hidden_cable_is_absent_from_search_results_counts_and_facets(client):
    make_cable("08MOSCOW1", subject="GAS", tags=["PREL"])
    make_cable("08MOSCOW2", subject="GAS", tags=["ENRG"], published=False)

    body = get_ok(client, "/api/search?q=gas")

    assert body["count"] == 1
    assert ids(body["results"]) == ["08MOSCOW1"]
    assert [t["code"] for t in body["facets"]["tags"]] == ["PREL"]


def test_search_past_the_last_page_is_empty(client):
    make_cable("08MOSCOW1")

    body = get_ok(client, "/api/search?page=3")

    assert (body["count"], body["pages"], body["results"]) == (1, 1, [])


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        ("tag=NOSUCHTAG", "tag", "There is no tag NOSUCHTAG."),
        ("date_from=2007-13-45", "date_from", "Enter a valid date."),
        (
            "page=abc",
            "page",
            "Input should be a valid integer, unable to parse string as an integer",
        ),
        ("q=" + "x" * 10_000, "q", "Ensure this value has at most 1000 characters (it has 10000)."),
        ("page=501", "page", "At most page 500. Narrow the search, or get every result from"),
        ("page_size=101", "page_size", "Input should be less than or equal to 100"),
        ("page=0", "page", "Input should be greater than or equal to 1"),
        ("sort=sideways", "sort", "Input should be 'relevance', 'newest' or 'oldest'"),
        ("entity=abc", "entity", "“abc” is not a valid value."),
        ("date_from=2008-02-01&date_to=2008-01-01", "date_to", "The end date is before the start."),
        (
            "q=from:2007-13-45",
            "q",
            "from:2007-13-45 is not a date (use YYYY, YYYY-MM or YYYY-MM-DD).",
        ),
    ],
)
def test_search_answers_bad_parameters_with_400_and_the_reason(client, query, field, message):
    make_cable("08MOSCOW1")

    response = client.get(f"/api/search?{query}")

    assert response.status_code == 400
    body = response.json()
    assert body["errors"][field][0].startswith(message)
    assert body["detail"].startswith(f"{field}: {message}")


def test_search_runs_in_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    for n in range(30):
        make_cable(f"08MOSCOW{n}", sent_at=day(n), tags=["PREL", "ENRG"])

    # Validation (tag check), the sampled facets and their tags' definitions, count, the
    # page's ids and rows, snippets, the facets and the tags' definitions, inside a
    # savepoint with SET LOCAL (search.index_plans), and the corpus version, cache
    # look-up and cache write of the count and facets; the best matches by BM25 and
    # the corpus statistics, with their own look-ups and writes (search.ranking).
    lexemes_of.cache_clear()  # each word's lexemes are looked up once per process
    with django_assert_max_num_queries(40):
        body = get_ok(client, "/api/search?q=gas&tag=PREL&page_size=25")

    assert len(body["results"]) == 25
    assert all(result["snippets"] for result in body["results"])


# One cable


def test_cable_has_paragraphs_tags_entities_references_and_cited_by(client):
    make_cable("07PARIS1", sent_at=day(-300))
    make_cable("07PARIS2", sent_at=day(-200), published=False)
    cable = make_cable(
        "08MOSCOW1",
        paragraphs=["Putin met Gazprom.", "Second <b>point</b>."],
        tags=["PREL", "ENRG"],
        references=["07PARIS1", "07PARIS2", "06NOWHERE9"],
        entities=[("Vladimir Putin", "person"), ("Gazprom", "organization")],
        handling=["NOFORN"],
    )
    make_cable("08MOSCOW2", references=["08MOSCOW1"], sent_at=day(10))
    make_cable("08MOSCOW3", references=["08MOSCOW1"], sent_at=day(11), published=False)
    putin = Entity.objects.get(name="Vladimir Putin")
    gazprom = Entity.objects.get(name="Gazprom")

    body = get_ok(client, "/api/cables/08MOSCOW1")

    assert body["reference_id"] == cable.reference_id
    assert body["handling"] == ["NOFORN"]
    assert body["url"] == "http://testserver/cable/08MOSCOW1/"
    assert body["paragraphs"] == [
        {"number": 1, "marking": "C", "text": "Putin met Gazprom."},
        {"number": 2, "marking": "C", "text": "Second <b>point</b>."},
    ]
    assert [tag["code"] for tag in body["tags"]] == ["PREL", "ENRG"]
    assert body["tags"][1]["definition"]
    assert body["entities"] == [
        {"id": gazprom.pk, "name": "Gazprom", "kind": "organization"},
        {"id": putin.pk, "name": "Vladimir Putin", "kind": "person"},
    ]
    assert body["references"] == [
        {
            "cited_reference_id": "07PARIS1",
            "in_corpus": True,
            "url": "http://testserver/cable/07PARIS1/",
        },
        # Hidden: reported as outside the portal, like a cable it never had.
        {"cited_reference_id": "07PARIS2", "in_corpus": False, "url": None},
        {"cited_reference_id": "06NOWHERE9", "in_corpus": False, "url": None},
    ]
    assert body["cited_by"] == ["08MOSCOW2"]


def test_hidden_or_unknown_cable_is_404_with_a_message(client):
    make_cable("08MOSCOW1", published=False)

    for reference_id in ("08MOSCOW1", "08MOSCOW404"):
        response = client.get(f"/api/cables/{reference_id}")
        assert response.status_code == 404
        assert response.json() == {"detail": f"There is no cable {reference_id}."}


def test_cable_runs_in_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    make_cable(
        "08MOSCOW1",
        paragraphs=["One.", "Two.", "Three."],
        tags=["PREL", "ENRG", "PGOV"],
        entities=[("Vladimir Putin", "person"), ("Gazprom", "organization")],
    )
    for n in range(5):
        make_cable(f"08MOSCOW{n + 2}", references=["08MOSCOW1"])

    with django_assert_max_num_queries(6):
        body = get_ok(client, "/api/cables/08MOSCOW1")

    assert len(body["cited_by"]) == 5


# Tags and entities


def test_tags_list_every_tag_with_its_count_of_published_cables(
    client, django_assert_max_num_queries
):
    make_cable("08MOSCOW1", tags=["PREL", "ENRG"])
    make_cable("08MOSCOW2", tags=["PREL"])
    make_cable("08MOSCOW3", tags=["PREL", "KNNP"], published=False)

    get_ok(client, "/api/tags")  # counts the tags, then keeps the counts
    with django_assert_max_num_queries(3):  # corpus version, cache look-up, tags
        tags = get_ok(client, "/api/tags")

    counts = {tag["code"]: tag["count"] for tag in tags}
    assert (counts["PREL"], counts["ENRG"], counts["KNNP"]) == (2, 1, 0)
    assert [tag["code"] for tag in tags] == sorted(counts)
    prel = next(tag for tag in tags if tag["code"] == "PREL")
    assert prel["definition"] and prel["kind"]

    Cable.objects.filter(reference_id="08MOSCOW2").update(published=False)
    counts = {tag["code"]: tag["count"] for tag in get_ok(client, "/api/tags")}
    assert (counts["PREL"], counts["ENRG"]) == (1, 1)


def test_tags_filter_by_kind(client):
    tags = get_ok(client, "/api/tags?kind=country")

    assert tags and {tag["kind"] for tag in tags} == {"country"}
    assert client.get("/api/tags?kind=planet").status_code == 400


def test_entities_search_by_name_and_kind_most_mentioned_first(
    client, django_assert_max_num_queries
):
    make_cable("08MOSCOW1", entities=[("Vladimir Putin", "person"), ("Gazprom", "organization")])
    make_cable("08MOSCOW2", entities=[("Gazprom", "organization"), ("Dmitry Putin", "person")])
    make_cable("08MOSCOW3", entities=[("Gazprom", "organization")])
    make_cable("08MOSCOW4", entities=[("Secret Person", "person")], published=False)
    make_cable("08MOSCOW5", entities=[("Not A Person", "person")])
    Entity.objects.filter(name="Not A Person").update(hidden=True)

    get_ok(client, "/api/entities")  # counts every entity's cables, then keeps the counts
    with django_assert_max_num_queries(3):  # corpus version, cache look-up, entities
        everyone = get_ok(client, "/api/entities")
    putins = get_ok(client, "/api/entities?q=putin&kind=person")

    assert [(e["name"], e["count"]) for e in everyone["results"]] == [
        ("Gazprom", 3),
        ("Dmitry Putin", 1),
        ("Vladimir Putin", 1),
    ]
    assert (everyone["count"], everyone["page"], everyone["pages"]) == (3, 1, 1)
    assert [e["name"] for e in putins["results"]] == ["Dmitry Putin", "Vladimir Putin"]


def test_entities_bad_parameters_are_400(client):
    response = client.get("/api/entities?kind=planet")

    assert response.status_code == 400
    assert response.json()["detail"].startswith("kind: Input should be")
    assert client.get("/api/entities?page=501").status_code == 400
    assert client.get("/api/entities?q=" + "x" * 300).status_code == 400


def test_entity_lists_its_published_cables_newest_first(client, django_assert_max_num_queries):
    make_cable("08MOSCOW1", sent_at=day(1), entities=[("Gazprom", "organization")])
    make_cable("08MOSCOW2", sent_at=day(3), entities=[("Gazprom", "organization")])
    make_cable("08MOSCOW3", sent_at=day(2), entities=[("Gazprom", "organization")])
    make_cable("08MOSCOW4", sent_at=day(4), entities=[("Gazprom", "organization")], published=False)
    gazprom = Entity.objects.get(name="Gazprom")

    get_ok(client, f"/api/entities/{gazprom.pk}")  # counts, then keeps the counts
    # The corpus version and the kept counts, the entity, the page of ids, their rows.
    with django_assert_max_num_queries(5):
        body = get_ok(client, f"/api/entities/{gazprom.pk}")

    assert (body["name"], body["kind"], body["count"], body["pages"]) == (
        "Gazprom",
        "organization",
        3,
        1,
    )
    assert ids(body["cables"]) == ["08MOSCOW2", "08MOSCOW3", "08MOSCOW1"]


def test_hidden_entity_or_one_only_in_hidden_cables_is_404(client):
    make_cable("08MOSCOW1", entities=[("Not A Person", "person")])
    make_cable("08MOSCOW2", entities=[("Secret Person", "person")], published=False)
    Entity.objects.filter(name="Not A Person").update(hidden=True)

    for entity in Entity.objects.all():
        response = client.get(f"/api/entities/{entity.pk}")
        assert response.status_code == 404
        assert response.json() == {"detail": f"There is no entity {entity.pk}."}


# Schema


def test_openapi_schema_lists_every_endpoint(client):
    schema = get_ok(client, "/api/openapi.json")

    assert schema["info"]["title"] == "Cable portal API"
    assert set(schema["paths"]) == {
        "/api/batch",
        "/api/search",
        "/api/cables/{reference_id}",
        "/api/cables/{reference_id}/graph",
        "/api/cables/{reference_id}/versions",
        "/api/cables/{reference_id}/versions/{number}",
        "/api/cables/{reference_id}/related",
        "/api/tags",
        "/api/entities",
        "/api/entities/{entity_id}",
    }
    search_parameters = {p["name"] for p in schema["paths"]["/api/search"]["get"]["parameters"]}
    assert {"q", "tag", "tag_mode", "origin", "date_from", "page", "page_size"} <= search_parameters


def test_api_docs_page_is_served(client):
    response = client.get("/api/docs")

    assert response.status_code == 200
    assert b"/api/openapi.json" in response.content
