"""Words joined by a slash (`Iran/Magreb`, `POL/ECON`), a word and a number or two words
by a full stop (`harmful.8`, `7.Anne`, `residence.Restrepo`), by a hyphen (`Pre-Qualifies`,
`F-16`), and the parts of e-mail and web addresses are found as the words they are, and
shown as written."""

import pytest

from cables import search
from cables.search.query import parse_query
from tests.factories import make_cable
from tests.search.searching import found

pytestmark = pytest.mark.django_db


@pytest.fixture
def cables():
    make_cable(
        "08RABAT1",
        subject="POL/ECON NOTES",
        paragraphs=[
            "Talks on Iran/Magreb ties were coordinated/cleared with Paris.",
            "The report was &quite harmful.8 Under 1.4(b) and per U.S. law, on 12/31/2009.",
            "Present: 6.Brent Bredehoft ) DHS\n\n7.Anne Kohnen ) Department of Energy",
            "Write to QuillRM@state.sgov.gov or see http://www.state.sgov.gov/p/eur/rabat/index.cfm"
            " after the talks at the residence.Orfila said so.",
            "The Turkish Company Pre-Qualifies Ten Firms to service the F-16 fleet (11-09-2009).",
        ],
    )
    make_cable("08RABAT2", subject="OTHER", paragraphs=["Iran and the Magreb, apart."])


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("Magreb", ["08RABAT1", "08RABAT2"]),
        ("cleared", ["08RABAT1"]),
        ("econ", ["08RABAT1"]),
        ('"Iran Magreb"', ["08RABAT1"]),
        ("Iran/Magreb", ["08RABAT1"]),
        ('"coordinated/cleared"', ["08RABAT1"]),
        ("harmful", ["08RABAT1"]),
        ('"harmful.8"', ["08RABAT1"]),
        ('"U.S. law"', ["08RABAT1"]),
        ('"12/31/2009"', ["08RABAT1"]),
        ("anne kohnen", ["08RABAT1"]),
        ("brent", ["08RABAT1"]),
        ('"7.Anne Kohnen"', ["08RABAT1"]),
        ('"1.4(b)"', ["08RABAT1"]),
        ("quillrm", ["08RABAT1"]),
        ("QuillRM@state.sgov.gov", ["08RABAT1"]),
        ('"quillrm state sgov"', ["08RABAT1"]),
        ("sgov index", ["08RABAT1"]),
        ("orfila residence", ["08RABAT1"]),
        ('"residence orfila"', ["08RABAT1"]),
        ('"turkish company pre qualifies ten"', ["08RABAT1"]),
        ('"company pre-qualifies"', ["08RABAT1"]),
        ("pre-qualifies", ["08RABAT1"]),
        ('"the f 16 fleet"', ["08RABAT1"]),
        ('"11-09-2009"', ["08RABAT1"]),
        ('"company qualifies"', []),
    ],
)
def test_each_joined_word_is_found(cables, q, expected):
    assert sorted(found(q)) == expected


def test_snippets_and_the_cable_page_show_the_words_as_written(cables, client):
    cable_id = search.published_cables().get(reference_id="08RABAT1").pk
    snippet = search.snippets([cable_id], parse_query("magreb"))[cable_id][0]["html"]
    assert "Iran/<mark>Magreb</mark> ties" in snippet
    page = client.get("/cable/08RABAT1/", {"q": "cleared"}).content.decode()
    assert "coordinated/<mark>cleared</mark> with Paris" in page
    page = client.get("/cable/08RABAT1/", {"q": "harmful"}).content.decode()
    assert "&amp;quite <mark>harmful</mark>.8 Under 1.4(b)" in page
    page = client.get("/cable/08RABAT1/", {"q": "anne"}).content.decode()
    assert "7.<mark>Anne</mark> Kohnen" in page
    page = client.get("/cable/08RABAT1/", {"q": "quillrm index orfila"}).content.decode()
    assert "<mark>QuillRM</mark>@state.sgov.gov" in page
    assert "rabat/<mark>index</mark>.cfm" in page
    assert "residence.<mark>Orfila</mark> said" in page
    page = client.get("/cable/08RABAT1/", {"q": "qualifies"}).content.decode()
    assert "Company Pre-<mark>Qualifies</mark> Ten" in page


def test_abbreviations_with_full_stops_stay_one_word(cables):
    # `U.S.` is one word to the search, so `s` (a stop word) cannot lose it.
    assert found('"U.S. law"') == ["08RABAT1"]
    assert found("u.s") == ["08RABAT1"]
