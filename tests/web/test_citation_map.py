"""The cable page's citation map and /api/cables/<id>/graph, over HTTP through the URLconf."""

import re
from datetime import UTC, datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cables.curation import operations
from cables.models import Cable, Redaction
from tests.factories import make_cable

pytestmark = pytest.mark.django_db


def on(year: int, month: int = 6, day: int = 1) -> datetime:
    return datetime(year, month, day, 12, 0, tzinfo=UTC)


@pytest.fixture
def thread():
    """A Moscow thread: 08MOSCOW2 cites 07MOSCOW1 (which cites 06ROME9, not in the corpus),
    09MOSCOW3 and a State cable cite 08MOSCOW2, and 10MOSCOW4 cites 09MOSCOW3."""
    make_cable("07MOSCOW1", subject="PIPELINE ROUTE", sent_at=on(2007), references=["06ROME9"])
    make_cable("08MOSCOW2", subject="GAS TALKS", sent_at=on(2008), references=["07MOSCOW1"])
    make_cable("09MOSCOW3", subject="TALKS RESUME", sent_at=on(2009), references=["08MOSCOW2"])
    make_cable(
        "09STATE5",
        subject="GUIDANCE ON THE TALKS",
        origin="Secretary of State",
        sent_at=on(2009, 2),
        references=["08MOSCOW2"],
    )
    make_cable("10MOSCOW4", subject="TALKS END", sent_at=on(2010), references=["09MOSCOW3"])


def map_of(client, reference_id: str) -> str:
    """The page's citation map section, as HTML."""
    response = client.get(f"/cable/{reference_id}/")
    assert response.status_code == 200
    page = response.content.decode()
    found = re.search(r'<section class="citation-map".*?</section>', page, flags=re.S)
    assert found, "no citation map on the page"
    return found[0]


def node_links(section: str) -> list[str]:
    """The ids the drawing links to, in the order drawn."""
    svg = section[section.index("<svg") : section.index("</svg>")]
    return re.findall(r'<a class="node[^"]*" href="/cable/([^/]+)/"', svg)


def listed_links(section: str) -> list[str]:
    listing = section[section.index('<details class="map-list">') :]
    return re.findall(r'<a href="/cable/([^/]+)/">', listing)


def test_the_map_links_the_cables_two_steps_out_and_their_subjects(client, thread):
    section = map_of(client, "08MOSCOW2")

    assert sorted(node_links(section)) == [
        "07MOSCOW1", "08MOSCOW2", "09MOSCOW3", "09STATE5", "10MOSCOW4"
    ]  # fmt: skip
    assert (
        "<title>09STATE5, 1 Feb 2009, Secretary of State: GUIDANCE ON THE TALKS</title>" in section
    )
    assert "<title>08MOSCOW2, 1 Jun 2008, Embassy Moscow: GAS TALKS</title>" in section
    assert 'class="node center" href="/cable/08MOSCOW2/" aria-current="page"' in section
    # Not in the corpus: drawn hollow, not a link.
    assert (
        '<g class="node absent"><title>06ROME9, 2006 (from its id), Embassy Rome: not in the corpus'
        in section
    )
    # The list holds the same links (the cable itself aside) and says who cites whom.
    assert sorted(listed_links(section)) == ["07MOSCOW1", "09MOSCOW3", "09STATE5", "10MOSCOW4"]
    assert "Cites 07MOSCOW1" in section and "Cited by 09MOSCOW3, 09STATE5" in section


def test_the_map_runs_left_to_right_by_year_with_a_lane_for_each_post(client, thread):
    section = map_of(client, "08MOSCOW2")

    years = re.findall(r'<text class="year"[^>]*>(\d{4})</text>', section)
    assert years == ["2006", "2007", "2008", "2009", "2010"]
    lanes = re.findall(r'<text class="lane-label"[^>]*><title>([^<]*)</title>', section)
    assert lanes == ["Embassy Moscow", "Embassy Rome", "Secretary of State"]
    x = {
        ref: float(cx)
        for ref, cx in re.findall(r'href="/cable/([^/]+)/".*?<circle cx="([\d.]+)"', section)
    }
    assert x["07MOSCOW1"] < x["08MOSCOW2"] < x["09MOSCOW3"] < x["10MOSCOW4"]


def test_a_cable_without_citations_has_no_map(client):
    make_cable("08MOSCOW1")

    page = client.get("/cable/08MOSCOW1/").content.decode()

    assert "citation-map" not in page


def test_hidden_cables_never_appear_and_are_not_followed(client, thread):
    hidden = Cable.objects.filter(reference_id__in=["09MOSCOW3", "07MOSCOW1"])
    operations.set_published(hidden.values_list("pk", flat=True), False)

    section = map_of(client, "08MOSCOW2")

    assert sorted(node_links(section)) == ["08MOSCOW2", "09STATE5"]
    # A hidden cable it cites is known only by the id its text gives, as in its references.
    assert "07MOSCOW1, 2007 (from its id), Embassy Moscow: not in the corpus" in section
    for unseen in ("PIPELINE ROUTE", "TALKS RESUME", "09MOSCOW3", "10MOSCOW4", "06ROME9"):
        assert unseen not in section


def test_a_redacted_subject_shows_redacted(client, thread):
    cable = Cable.objects.get(reference_id="09STATE5")
    Redaction.objects.create(cable=cable, text="GUIDANCE")
    operations.redactions_changed([cable])

    section = map_of(client, "08MOSCOW2")

    assert "[REDACTED] ON THE TALKS" in section
    assert "GUIDANCE" not in section


def test_cable_text_in_the_map_is_escaped(client):
    make_cable("07MOSCOW1", subject='<script>alert("x")</script> & CO', sent_at=on(2007))
    make_cable("08MOSCOW2", sent_at=on(2008), references=["07MOSCOW1"])

    section = map_of(client, "08MOSCOW2")

    assert "<script>" not in section
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; CO" in section


def test_year_only_cables_are_placed_by_their_year_and_say_so(client):
    make_cable("07MOSCOW1", sent_at=datetime(2007, 1, 1, tzinfo=UTC), date_precision="year")
    make_cable("08MOSCOW2", sent_at=on(2008), references=["07MOSCOW1"])

    section = map_of(client, "08MOSCOW2")

    assert 'class="node year-only"' in section
    assert "<title>07MOSCOW1, 2007 (year only), Embassy Moscow" in section


def citers_of_one_cable(count: int) -> None:
    make_cable("05STATE1", origin="Secretary of State", sent_at=on(2005))
    for n in range(count):
        make_cable(f"08POST{n}", origin=f"Embassy Post {n % 20}", sent_at=on(2008, 1 + n % 12),
                   references=["05STATE1"])  # fmt: skip


def test_beyond_sixty_cables_the_map_says_how_many_more(client):
    citers_of_one_cable(75)

    section = map_of(client, "05STATE1")

    assert len(node_links(section)) == 60
    # Those left out were not followed: there may be more behind them.
    assert "And at least 16 more cables within two steps, not shown" in section
    assert len(listed_links(section)) == 59  # the cable itself is not a link in the list
    # Of 21 posts, the cable's own and the ten fullest have lanes; the rest share one.
    lanes = re.findall(r'<text class="lane-label"[^>]*><title>([^<]*)</title>([^<]*)', section)
    assert len(lanes) == 12 and lanes[-1][1] == "10 other posts"


def test_the_page_reads_the_neighbourhood_in_the_same_queries_however_large(client):
    citers_of_one_cable(3)
    make_cable("09POST1", sent_at=on(2009), references=["08POST1"])
    with CaptureQueriesContext(connection) as small:
        assert client.get("/cable/05STATE1/").status_code == 200
    for n in range(40):
        make_cable(f"09POSTB{n}", sent_at=on(2009), references=[f"08POST{n % 3}", "05STATE1"])
    with CaptureQueriesContext(connection) as large:
        assert client.get("/cable/05STATE1/").status_code == 200

    assert len(large) == len(small)
    map_queries = [q for q in large.captured_queries if '"cables_reference"' in q["sql"]]
    # Two steps of the map, the page's references and cited-by, the related cables' links.
    assert len(map_queries) <= 5


def test_the_page_runs_in_a_fixed_number_of_queries(client, thread, django_assert_max_num_queries):
    # 16, and the related cables made for the first time (tests/web/test_pages.py).
    with django_assert_max_num_queries(16 + 49):
        assert client.get("/cable/08MOSCOW2/").status_code == 200


# The API


def test_the_graph_api_gives_nodes_and_edges(client, thread):
    response = client.get("/api/cables/08MOSCOW2/graph?depth=2")

    assert response.status_code == 200
    body = response.json()
    # The cable, then a step out, then two, each by date (06ROME9 by its id's year).
    assert [node["id"] for node in body["nodes"]] == [
        "08MOSCOW2", "07MOSCOW1", "09STATE5", "09MOSCOW3", "06ROME9", "10MOSCOW4"
    ]  # fmt: skip
    by_id = {node["id"]: node for node in body["nodes"]}
    assert body["nodes"][0]["distance"] == 0
    assert by_id["10MOSCOW4"]["distance"] == 2 and by_id["06ROME9"]["distance"] == 2
    assert by_id["06ROME9"] == {
        "id": "06ROME9", "in_corpus": False, "distance": 2, "sent_at": None,
        "date_precision": None, "origin": "", "subject": "", "url": None,
    }  # fmt: skip
    assert by_id["09STATE5"]["url"] == "http://testserver/cable/09STATE5/"
    assert by_id["09STATE5"]["subject"] == "GUIDANCE ON THE TALKS"
    assert sorted((e["citing"], e["cited"]) for e in body["edges"]) == [
        ("07MOSCOW1", "06ROME9"),
        ("08MOSCOW2", "07MOSCOW1"),
        ("09MOSCOW3", "08MOSCOW2"),
        ("09STATE5", "08MOSCOW2"),
        ("10MOSCOW4", "09MOSCOW3"),
    ]
    assert body["more"] == 0


def test_the_graph_api_one_step_out(client, thread):
    body = client.get("/api/cables/08MOSCOW2/graph?depth=1").json()

    assert {node["id"] for node in body["nodes"]} == {
        "08MOSCOW2",
        "07MOSCOW1",
        "09MOSCOW3",
        "09STATE5",
    }
    assert len(body["edges"]) == 3


@pytest.mark.parametrize(
    ("depth", "message"),
    [
        ("abc", "depth: Input should be a valid integer, unable to parse string as an integer"),
        ("99", "depth: Input should be less than or equal to 2"),
        ("0", "depth: Input should be greater than or equal to 1"),
    ],
)
def test_a_bad_depth_is_a_400_saying_why(client, thread, depth, message):
    response = client.get(f"/api/cables/08MOSCOW2/graph?depth={depth}")

    assert response.status_code == 400
    assert response.json()["detail"] == message


def test_an_unknown_or_hidden_cable_has_no_graph(client, thread):
    operations.set_published([Cable.objects.get(reference_id="09MOSCOW3").pk], False)

    for reference_id in ("99NOWHERE1", "09MOSCOW3"):
        response = client.get(f"/api/cables/{reference_id}/graph")
        assert response.status_code == 404
        assert response.json() == {"detail": f"There is no cable {reference_id}."}


def test_the_graph_api_runs_in_a_fixed_number_of_queries(
    client, thread, django_assert_max_num_queries
):
    with django_assert_max_num_queries(3):  # the cable, then a query a step
        assert client.get("/api/cables/08MOSCOW2/graph?depth=2").status_code == 200


def test_the_graph_api_is_in_the_openapi_schema(client):
    paths = client.get("/api/openapi.json").json()["paths"]

    graph = paths["/api/cables/{reference_id}/graph"]["get"]
    assert [p["name"] for p in graph["parameters"]] == ["reference_id", "depth"]
