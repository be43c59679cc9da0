"""Related cables as a reader meets them: the cable page's list and /api/cables/<id>/related."""

import re

import pytest

from cables.models import Cable
from tests.factories import make_cable
from tests.web.pages import get, links, text_of, when

pytestmark = pytest.mark.django_db

FILLER = "The delegation met officials and discussed the weather."


def gas_cables() -> None:
    """A cable, two related to it in different ways, and others sharing nothing with it."""
    for serial in range(1, 4):
        make_cable(f"01FILLER{serial}", paragraphs=[FILLER], tags=["ZZZZ"])
    make_cable(
        "08KYIV1",
        subject="NAFTOGAZ ARREARS",
        paragraphs=["Naftogaz owes arrears for transit."],
        tags=["ENRG", "UP"],
        entities=[("Gazprom", "organization")],
        sent_at=when(2008, 1, 10),
    )
    make_cable(
        "08KYIV2",
        subject="GAS DEBT TALKS",
        paragraphs=["Talks on the debt went on."],
        tags=["ENRG", "UP"],
        references=["08KYIV1"],
        sent_at=when(2008, 2, 3),
    )
    make_cable(
        "08MOSCOW3",
        subject="GAZPROM ON UKRAINE",
        paragraphs=["Gazprom said Naftogaz owes arrears."],
        tags=["ENRG"],
        entities=[("Gazprom", "organization")],
        sent_at=when(2008, 3, 4),
    )


def related_section(page: str) -> str:
    found = re.search(r'<section class="related".*?</section>', page, re.S)
    assert found, "no Related cables section"
    return found[0]


# The cable page


def test_the_cable_page_lists_related_cables_with_why(client):
    gas_cables()

    section = related_section(get(client, "/cable/08KYIV1/"))

    assert text_of(section) == (
        "Related cables "
        "08KYIV2 GAS DEBT TALKS 3 Feb 2008 Cites this cable; tagged UP, ENRG "
        "08MOSCOW3 GAZPROM ON UKRAINE 4 Mar 2008 "
        "Mentions Gazprom; shares the words arrears, Naftogaz, owes; tagged ENRG"
    )
    assert links(section) == {"08KYIV2": "/cable/08KYIV2/", "08MOSCOW3": "/cable/08MOSCOW3/"}


def test_a_cable_sharing_nothing_says_so(client):
    gas_cables()
    make_cable("09LONELY1", subject="NOTHING ALIKE", paragraphs=["Quite unlike."], tags=["QQQQ"])

    section = related_section(get(client, "/cable/09LONELY1/"))

    assert "No other cable shares its references, entities, tags or distinctive words." in (
        text_of(section)
    )


def test_a_hidden_cable_leaves_the_list_at_once(client):
    gas_cables()
    get(client, "/cable/08KYIV1/")  # the list is kept until the corpus changes

    Cable.objects.filter(reference_id="08KYIV2").update(published=False)

    assert "08KYIV2" not in related_section(get(client, "/cable/08KYIV1/"))


def test_the_page_of_an_unknown_or_hidden_cable_is_404(client):
    make_cable("08KYIV9", published=False)

    for reference_id in ("08KYIV9", "08NOWHERE1"):
        assert client.get(f"/cable/{reference_id}/").status_code == 404


def test_the_cable_page_makes_its_list_in_a_fixed_number_of_queries(
    client, django_assert_max_num_queries
):
    gas_cables()
    for serial in range(10, 30):
        make_cable(f"08KYIV{serial}", paragraphs=["Naftogaz owes."], references=["08KYIV1"])
    get(client, "/cable/08KYIV2/")  # the corpus counts, kept until the corpus changes

    # The page's own (11, the citation map's included); the list's: looking for it
    # kept and keeping it (7), the corpus counts kept (6: the corpus version and a
    # look-up, for the lexemes, entities and tags), the cable's text, its entities and
    # tags, its references, the cables sharing its words, entities and tags, the best
    # checked for all, their fields (8).
    with django_assert_max_num_queries(11 + 21):
        page = get(client, "/cable/08KYIV1/")
    assert len(re.findall(r"<li><a ", related_section(page))) == 10
    # Once made, the list costs two: the corpus version and the kept list.
    with django_assert_max_num_queries(11 + 2):
        get(client, "/cable/08KYIV1/")


# The API


def test_the_api_gives_the_same_list_with_why(client):
    gas_cables()

    response = client.get("/api/cables/08KYIV1/related")

    assert response.status_code == 200
    body = response.json()
    assert body["reference_id"] == "08KYIV1"
    assert [
        (row["reference_id"], row["subject"], row["why"], row["url"]) for row in body["results"]
    ] == [
        (
            "08KYIV2",
            "GAS DEBT TALKS",
            "cites this cable; tagged UP, ENRG",
            "http://testserver/cable/08KYIV2/",
        ),
        (
            "08MOSCOW3",
            "GAZPROM ON UKRAINE",
            "mentions Gazprom; shares the words arrears, Naftogaz, owes; tagged ENRG",
            "http://testserver/cable/08MOSCOW3/",
        ),
    ]
    first = body["results"][0]
    assert first["reasons"] == ["cites this cable", "tagged UP, ENRG"]
    assert first["sent_at"] == "2008-02-03T12:00:00Z"
    assert first["date_precision"] == "full"
    assert first["score"] > body["results"][1]["score"]


def test_the_api_takes_the_id_in_any_case(client):
    gas_cables()

    assert client.get("/api/cables/08kyiv1/related").json()["reference_id"] == "08KYIV1"


def test_the_api_answers_404_for_an_unknown_or_hidden_cable(client):
    make_cable("08KYIV9", published=False)

    for reference_id in ("08KYIV9", "08NOWHERE1"):
        response = client.get(f"/api/cables/{reference_id}/related")
        assert response.status_code == 404
        assert response.json() == {"detail": f"There is no cable {reference_id}."}


def test_the_api_documents_the_endpoint(client):
    schema = client.get("/api/openapi.json").json()

    operation = schema["paths"]["/api/cables/{reference_id}/related"]["get"]
    assert operation["summary"] == "Cables related to a cable"
    assert set(operation["responses"]) == {"200", "404"}
