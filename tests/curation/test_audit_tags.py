"""`manage.py audit_tags` shows curators the stored codes the glossary lacks."""

from io import StringIO

import pytest
from django.core.management import call_command

from cables.models import Tag, TagKind
from tests.factories import make_cable

pytestmark = pytest.mark.django_db


def audit() -> list[str]:
    out = StringIO()
    call_command("audit_tags", stdout=out)
    return out.getvalue().splitlines()


def test_lists_codes_outside_the_glossary_with_their_cables_and_an_example():
    make_cable("08ROME1", tags=["PREL", "MOPPS"])
    make_cable("08ROME2", tags=["PREL", "MOPPS", "ENGR"])
    Tag.objects.create(code="CLINTON, HILLARY", kind=TagKind.PERSON)  # as ingest makes it
    make_cable("08ROME3", tags=["PGOV", "OVIP", "CLINTON, HILLARY"])
    lines = audit()
    assert lines[0].split() == ["code", "cables", "example"]
    assert lines[1].split() == ["MOPPS", "2", "08ROME1"]
    assert lines[2].split()[:3] == ["ENGR", "1", "08ROME2"]
    assert "typo" in lines[2]  # the glossary's own note on it
    assert lines[-1] == "2 codes not in the glossary."
    assert not any(line.split()[0] in {"PREL", "PGOV", "OVIP", "CLINTON,"} for line in lines)


def test_says_so_when_every_code_is_defined():
    make_cable("08ROME1", tags=["PREL", "PGOV"])
    assert audit() == ["Every stored tag code is in the glossary."]
