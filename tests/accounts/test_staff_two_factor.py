"""Staff reach the admin only with two-factor authentication (security issue: staff MFA)."""

import pytest
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
    yield_hotp_counters_from_time,
)

from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _required(settings):
    settings.STAFF_REQUIRE_MFA = True


def current_code(secret: str) -> str:
    counter = next(yield_hotp_counters_from_time())
    return format_hotp_value(hotp_value(secret, counter))


def test_staff_without_two_factor_are_sent_to_set_it_up(client, staff):
    client.force_login(staff)

    response = client.get("/admin/", follow=True)

    # Setting it up asks for the password again first (allauth's reauthentication).
    assert response.redirect_chain[0][0] == "/accounts/2fa/totp/activate/"
    assert "needs two-factor authentication" in response.content.decode()


def test_staff_with_two_factor_reach_the_admin(client, staff):
    TOTP.activate(staff, generate_totp_secret())
    client.force_login(staff)

    assert client.get("/admin/").status_code == 200


def test_staff_pages_outside_the_admin_do_not_ask_for_it(client, staff):
    client.force_login(staff)

    response = client.get("/practice/")

    assert response.status_code == 200
    assert "needs two-factor authentication" not in response.content.decode()


def test_signing_in_asks_for_the_code_and_accepts_a_right_one(client, staff):
    secret = generate_totp_secret()
    TOTP.activate(staff, secret)

    response = client.post("/accounts/login/", {"login": staff.email, "password": PASSWORD})
    assert response["Location"] == "/accounts/2fa/authenticate/"
    assert "_auth_user_id" not in client.session
    wrong = client.post("/accounts/2fa/authenticate/", {"code": "000000"})
    assert "_auth_user_id" not in client.session
    assert wrong.status_code == 200
    client.post("/accounts/2fa/authenticate/", {"code": current_code(secret)})

    assert client.session["_auth_user_id"] == str(staff.pk)
    assert client.get("/admin/").status_code == 200
