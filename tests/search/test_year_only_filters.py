"""The facet sample narrows a date range as the cables table does, year-only cables included."""

from datetime import UTC, date, datetime

import pytest

from cables.models import Cable, CableSample, DatePrecision
from cables.search import Search, matching
from tests.factories import make_cable

pytestmark = pytest.mark.django_db


def test_the_sample_treats_a_year_only_cable_as_the_cables_do():
    # Ids that are multiples of 16 are the ones sampled.
    make_cable("09LIMA1", id=16, sent_at=datetime(2009, 1, 1, tzinfo=UTC), date_precision="year")
    make_cable("09LIMA2", id=32, sent_at=datetime(2009, 6, 15, tzinfo=UTC))
    assert CableSample.objects.get(pk=16).date_precision == DatePrecision.YEAR
    for search, expected in [
        (Search(date_from=date(2009, 1, 1), date_to=date(2009, 12, 31)), {16, 32}),
        (Search(date_from=date(2009, 1, 1), date_to=date(2009, 6, 30)), {32}),
        (Search(year=2009), {16, 32}),
    ]:
        in_cables = set(matching(Cable.objects.all(), search).values_list("pk", flat=True))
        in_sample = set(matching(CableSample.objects.all(), search).values_list("pk", flat=True))
        assert in_cables == in_sample == expected, search
