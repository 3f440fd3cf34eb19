"""Signing up with a taken address does the same expensive work as with a new one
(security issue, finding 8): the password is hashed once either way."""

import pytest
from django.contrib.auth.hashers import MD5PasswordHasher

from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


class CountingHasher(MD5PasswordHasher):
    algorithm = "counting_md5"
    calls = 0

    def encode(self, password, salt):
        CountingHasher.calls += 1
        return super().encode(password, salt)


@pytest.fixture
def hashes(settings):
    settings.PASSWORD_HASHERS = ["tests.accounts.test_signup_timing.CountingHasher"]
    CountingHasher.calls = 0
    return CountingHasher


def sign_up(client, email):
    return client.post(
        "/accounts/signup/", {"email": email, "password1": PASSWORD, "password2": PASSWORD}
    )


def test_a_taken_address_costs_the_same_password_hash_as_a_new_one(
    client, hashes, sent_mail, settings
):
    settings.ACCOUNT_EMAIL_VERIFICATION = "mandatory"  # as in production
    UserFactory(email="taken@example.com")
    hashes.calls = 0

    taken = sign_up(client, "taken@example.com")
    taken_hashes = hashes.calls
    client.logout()
    hashes.calls = 0
    new = sign_up(client, "new@example.com")

    assert taken.status_code == new.status_code == 302
    assert taken["Location"] == new["Location"]
    assert taken_hashes == hashes.calls == 1
    assert len(sent_mail()) == 2
