"""The tags page marks the codes the glossary lacks and lists them, with their cables,
as `manage.py audit_tags` does, counting only the published cables."""

import re

import pytest

from cables.models import Tag, TagKind
from tests.factories import make_cable
from tests.web.pages import get, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def cables():
    make_cable("08ROME1", tags=["PREL", "MOPPS"])
    make_cable("08ROME2", tags=["PREL", "MOPPS", "ENGR"])
    Tag.objects.create(code="CLINTON, HILLARY", kind=TagKind.PERSON)  # as ingest makes it
    make_cable("08ROME3", tags=["PGOV", "OVIP", "CLINTON, HILLARY"])
    make_cable("08ROME4", tags=["PREL", "XXHIDDEN"], published=False)


def outside_rows(page: str) -> list[tuple[str, ...]]:
    section = re.search(r'<section[^>]*id="not-in-the-glossary".*?</section>', page, re.S)
    assert section, "no section of the codes outside the glossary"
    return [
        tuple(text_of(cell) for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S))
        for row in re.findall(r"<tr><td>.*?</tr>", section[0], re.S)
    ]


def test_the_codes_outside_the_glossary_are_listed_with_their_cables(client, cables):
    page = get(client, "/tags/")
    assert outside_rows(page) == [
        ("MOPPS", "—", "2", "08ROME1"),
        ("ENGR", "typo, most likely for ENRG", "1", "08ROME2"),
    ]
    assert "2 codes on these cables are not in the glossary" in text_of(page)
    assert '<a class="ref" href="/cable/08ROME1/">08ROME1</a>' in page


def test_each_is_marked_where_its_kind_lists_it(client, cables):
    page = get(client, "/tags/")
    marked = re.findall(r'>([^<>]+)</a> <span class="badge">not in the glossary</span>', page)
    assert sorted(marked) == ["ENGR", "MOPPS"]


def test_a_hidden_cables_codes_and_peoples_tags_are_left_out(client, cables):
    page = get(client, "/tags/")
    assert "XXHIDDEN" not in page
    assert "CLINTON, HILLARY" not in {row[0] for row in outside_rows(page)}


def test_without_such_codes_there_is_no_section(client):
    make_cable("08ROME1", tags=["PREL", "PGOV"])
    page = get(client, "/tags/")
    assert "not-in-the-glossary" not in page
    assert "not in the glossary" not in page
