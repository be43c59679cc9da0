"""Fixtures shared by every test. Tests run against the real PostgreSQL (`make test`
starts it); the helpers that build data are in tests/factories.py."""

from pathlib import Path

import pytest

from tests.factories import CORPUS


@pytest.fixture(autouse=True)
def no_rate_limits(settings):
    """Tests make many requests from one address; tests of the limits turn them back on."""
    settings.RATELIMIT_ENABLE = False


@pytest.fixture
def corpus_dir() -> Path:
    """The real cable sample beside the repository; tests using it skip where it is absent."""
    if not (CORPUS / "dev").is_dir():
        pytest.skip(
            "../shared/corpus is absent: the real-cable checks need it beside the repository"
        )
    return CORPUS


@pytest.fixture
def curator(django_user_model):
    """A staff user in the `curator` group (created by a migration), as the README says."""
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("curator", password="not-a-real-password-1")
    user.is_staff = True
    user.save()
    user.groups.add(Group.objects.get(name="curator"))
    return user


@pytest.fixture
def curator_client(client, curator):
    """A test client signed in to the admin as the curator."""
    client.force_login(curator)
    return client
