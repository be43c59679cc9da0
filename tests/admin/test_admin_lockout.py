"""The admin sign-in locks out after repeated failures (django-axes)."""

import pytest

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/?next=/admin/"
PASSWORD = "a-long-enough-password-1"
LOCKED = "Too many failed sign-ins for this account from your address"


@pytest.fixture
def admin_user(django_user_model):
    return django_user_model.objects.create_superuser("archivist", password=PASSWORD)


def sign_in(client, password, username="archivist", **extra):
    return client.post(LOGIN, {"username": username, "password": password}, **extra)


def test_the_right_password_signs_in_after_a_few_failures(client, admin_user):
    for _ in range(4):
        response = sign_in(client, "wrong")
        assert response.status_code == 200
        assert "Please enter the correct username and password" in response.text
    response = sign_in(client, PASSWORD)
    assert response.status_code == 302 and response["Location"] == "/admin/"


def test_five_failures_lock_the_sign_in_even_with_the_right_password(client, admin_user):
    for _ in range(4):
        sign_in(client, "wrong")
    fifth = sign_in(client, "wrong")
    assert fifth.status_code == 429 and LOCKED in fifth.text
    response = sign_in(client, PASSWORD)
    assert response.status_code == 429
    assert LOCKED in response.text
    assert client.get("/admin/").status_code == 302  # still signed out


def test_the_lockout_is_for_that_username_from_that_address(client, admin_user, django_user_model):
    django_user_model.objects.create_superuser("other", password=PASSWORD)
    for _ in range(5):
        sign_in(client, "wrong")
    assert sign_in(client, PASSWORD, username="other").status_code == 302
    client.logout()
    elsewhere = sign_in(client, PASSWORD, REMOTE_ADDR="192.0.2.9")
    assert elsewhere.status_code == 302
