"""Wrong passwords from one address cannot lock the account for everyone else
(security issue, finding 7)."""

import pytest

from accounts.adapter import ACCOUNT_FAILURE_CEILING
from tests.factories import PASSWORD

# (the failure counts live in the cache)
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_cache")]


def login_from(client, address: str, email: str, password: str):
    return client.post(
        "/accounts/login/", {"login": email, "password": password}, REMOTE_ADDR=address
    )


def test_a_strangers_wrong_passwords_do_not_lock_out_the_owner(client, user):
    for _ in range(6):
        login_from(client, "203.0.113.9", user.email, "not the password")
    blocked = login_from(client, "203.0.113.9", user.email, PASSWORD)
    assert b"Too many failed login attempts" in blocked.content

    response = login_from(client, "198.51.100.4", user.email, PASSWORD)

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_a_flood_from_many_addresses_still_hits_a_ceiling(client, user):
    for n in range(ACCOUNT_FAILURE_CEILING):
        login_from(client, f"10.0.{n // 250}.{n % 250}", user.email, "not the password")

    response = login_from(client, "198.51.100.4", user.email, PASSWORD)

    assert b"Too many failed login attempts" in response.content
    assert "_auth_user_id" not in client.session
