"""docs/database.md describes every object the migrations make inside PostgreSQL
that the models do not: a trigger, function, aggregate or view added without it
is found here."""

import re

import pytest
from django.db import connection

from tests.factories import REPO

pytestmark = pytest.mark.django_db

DOCS = REPO / "docs" / "database.md"


def database_objects() -> set[str]:
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT tgname FROM pg_trigger WHERE NOT tgisinternal
            UNION SELECT proname FROM pg_proc
              WHERE pronamespace = 'public'::regnamespace AND proname LIKE 'cables\\_%%'
            UNION SELECT matviewname FROM pg_matviews WHERE schemaname = 'public'
            """
        )
        return {name for (name,) in cursor.fetchall()}


def test_every_trigger_function_and_view_is_described():
    described = set(re.findall(r"\bcables_\w+", DOCS.read_text()))
    objects = database_objects()
    assert {"cables_cable_vectors", "cables_lexicon", "cables_tsvector_agg"} <= objects
    assert sorted(objects - described) == []
