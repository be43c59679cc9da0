"""Running a search in tests: the ids it finds through the form, or that the search
page lists."""

import re
from datetime import UTC, datetime

from django.http import QueryDict

from cables.search.form import CableFilter


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
