"""The tags stored from the real cables: codes, persons and typed words, never header debris."""

import re

import pytest

from cables.models import Tag
from cables.parsing import CLASSIFICATIONS
from tests.factories import ingest

pytestmark = pytest.mark.django_db

CLASSIFICATION_WORDS = {word for level in CLASSIFICATIONS for word in re.findall(r"[A-Z]+", level)}
PAGE_BREAK_WORDS = {"PAGE", "OF", "SECTION", "PART", "END", "TEXT"}


def test_no_stored_tag_of_the_dev_corpus_is_a_number_a_date_time_group_or_a_header_word(
    corpus_dir,
):
    ingest(corpus_dir / "dev", workers=2)
    codes = set(Tag.objects.filter(cables__isnull=False).values_list("code", flat=True))
    assert {"PREL", "PGOV", "OVIP"} <= codes
    assert {code for code in codes if code.isdigit()} == set()
    assert {code for code in codes if re.fullmatch(r"\d{6}Z", code)} == set()
    assert codes & (CLASSIFICATION_WORDS | PAGE_BREAK_WORDS | {"AND", "REF", "TAGS"}) == set()
    # A person is one tag beside OVIP, never glued to it.
    assert {code for code in codes if code.startswith("OVIP ")} == set()
    assert "BIDEN, JOSEPH" in codes
