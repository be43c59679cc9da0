"""The JSON API fuzzed against its own OpenAPI schema (schemathesis): no 5xx, and
every answer matches the schema it documents."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import override_settings
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from cables.models import Entity
from portal.wsgi import application
from tests.factories import make_cable

# Loaded while the module is collected, before any test database: fetching the schema
# touches no table once the rate limits (counted in the database) are off.
with override_settings(RATELIMIT_ENABLE=False, ALLOWED_HOSTS=["localhost"]):
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", application)


@pytest.fixture
def cables(db):
    """A few cables, and requests that keep the test's connection (as Django's test
    client does): schemathesis calls the WSGI application directly."""
    make_cable(
        "08MOSCOW100",
        paragraphs=["The minister spoke about gas prices.", "Oil & gas <b>again</b>."],
        tags=["PREL", "ENRG"],
        entities=[("Vladimir Putin", "person"), ("Gazprom", "organization")],
        references=["07MOSCOW1"],
    )
    make_cable("07MOSCOW1", subject="PIPELINE", tags=["ENRG"])
    make_cable("08PARIS5", origin="Embassy Paris", tags=["PREL"], published=False)
    assert Entity.objects.count() == 2
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@schema.parametrize()
@settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_the_api_never_answers_5xx_and_keeps_to_its_schema(case, cables):
    case.call_and_validate(
        checks=[
            not_a_server_error,
            status_code_conformance,
            content_type_conformance,
            response_schema_conformance,
        ]
    )
