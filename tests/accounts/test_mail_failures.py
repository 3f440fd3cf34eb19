"""When the mail server is down: a clear message, and nothing half-made (issue: 500s)."""

import pytest

from accounts.models import User
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def mail_server_down(settings):
    # A real SMTP connection, to a closed port on this machine.
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2


def test_sign_up_without_mail_creates_no_account_and_says_to_try_again(client, mail_server_down):
    response = client.post(
        "/accounts/signup/",
        {"email": "new@example.com", "password1": PASSWORD, "password2": PASSWORD},
        follow=True,
    )

    assert response.status_code == 200
    assert "could not send the email" in response.content.decode()
    assert not User.objects.filter(email="new@example.com").exists()
    assert not response.context["user"].is_authenticated


def test_sign_up_works_again_once_mail_is_back(client, mail_server_down, settings):
    data = {"email": "new@example.com", "password1": PASSWORD, "password2": PASSWORD}
    client.post("/accounts/signup/", data)
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

    response = client.post("/accounts/signup/", data)

    assert response.status_code == 302
    assert User.objects.filter(email="new@example.com").exists()


def test_password_reset_without_mail_says_so(client, mail_server_down):
    UserFactory(email="known@example.com")

    response = client.post("/accounts/password/reset/", {"email": "known@example.com"}, follow=True)

    assert response.status_code == 200
    assert "could not send the email" in response.content.decode()


def test_logging_in_unverified_without_mail_says_so(client, mail_server_down, settings):
    settings.ACCOUNT_EMAIL_VERIFICATION = "mandatory"
    UserFactory(email="unverified@example.com", verified=False)

    response = client.post(
        "/accounts/login/",
        {"login": "unverified@example.com", "password": PASSWORD},
        follow=True,
    )

    assert response.status_code == 200
    assert not response.context["user"].is_authenticated
