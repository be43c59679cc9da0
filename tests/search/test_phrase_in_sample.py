"""A quoted phrase with a stop word finds the same cables in the cables table and in
the facet sample, whether it is in a cable's subject, summary or a paragraph."""

import pytest

from cables.models import Cable, CableSample
from cables.search import matching
from cables.search.form import CableFilter
from tests.factories import make_cable

pytestmark = pytest.mark.django_db


@pytest.fixture
def defense_cables():
    # Ids that are multiples of 16 are the ones sampled: every cable here is in both.
    make_cable("08ROME1", id=16, subject="MINISTRY OF DEFENSE BUDGET", paragraphs=["Talks."])
    make_cable("08ROME2", id=32, paragraphs=["The Ministry of\nDefense said no."])
    make_cable("08ROME3", id=48, summary="The Ministry of Defense spoke.", paragraphs=["Talks."])
    make_cable("08ROME4", id=64, paragraphs=["The Defense of the Ministry was weak."])
    make_cable("08ROME5", id=80, paragraphs=["Defense spending rose; ministry silent."])


def found(query: str) -> tuple[set[int], set[int]]:
    filterset = CableFilter({"q": query})
    assert filterset.is_valid(), filterset.errors
    search = filterset.search
    in_cables = set(matching(Cable.objects.all(), search).values_list("pk", flat=True))
    in_sample = set(matching(CableSample.objects.all(), search).values_list("pk", flat=True))
    return in_cables, in_sample


def test_the_phrase_is_found_in_subject_summary_and_paragraphs_alike(defense_cables):
    assert found('"Ministry of Defense"') == ({16, 32, 48}, {16, 32, 48})


def test_a_cable_with_the_words_apart_or_in_another_order_is_not_found(defense_cables):
    assert found('defense -"Ministry of Defense"') == ({64, 80}, {64, 80})


def test_either_of_two_phrases(defense_cables):
    expected = {16, 32, 48, 64}
    assert found('"Ministry of Defense" OR "Defense of the Ministry"') == (expected, expected)
