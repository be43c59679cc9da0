"""BM25 weighs the body's words, not the origin line, which names the embassy of
every cable it sent."""

import pytest

from tests.factories import make_cable
from tests.search.searching import found, when

pytestmark = pytest.mark.django_db

FILLER = "Officials reviewed budgets, ports, schools, roads, courts and elections there"


def test_the_embassy_sending_a_cable_does_not_rank_it_above_a_shorter_one(client):
    # Both bodies name Rabat once; the one sent from Rabat is the longer.
    make_cable(
        "08RABAT1",
        origin="Embassy Rabat",
        paragraphs=[f"Talks in Rabat continued. {FILLER} again this week."],
        sent_at=when(2009),
    )
    make_cable(
        "08PARIS1",
        origin="Embassy Paris",
        paragraphs=[f"Talks in Rabat continued. {FILLER}."],
        sent_at=when(2005),
    )

    assert found("rabat") == ["08PARIS1", "08RABAT1"]
