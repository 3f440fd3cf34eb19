"""Real allauth journeys: sign-up, verification, login, logout, reset, rate limits."""

import re

import pytest
from django.core.cache import cache

from accounts.models import User
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _production_like_accounts(settings):
    settings.ACCOUNT_EMAIL_VERIFICATION = "mandatory"
    cache.clear()  # rate-limit counters live in the database cache
    yield
    cache.clear()


def login(client, email, password, **extra):
    return client.post("/accounts/login/", {"login": email, "password": password, **extra})


def link_in(message) -> str:
    return re.search(r"http://testserver(/\S+)", message.body).group(1)


def test_it_signs_up_verifies_by_email_and_logs_in(client, sent_mail):
    response = client.post(
        "/accounts/signup/",
        {"email": "New.User@Example.com", "password1": PASSWORD, "password2": PASSWORD},
    )

    assert response.status_code == 302
    assert response["Location"] == "/accounts/confirm-email/"
    user = User.objects.get(email="new.user@example.com")
    assert len(sent_mail()) == 1
    assert sent_mail()[0].to == ["new.user@example.com"]

    # Not verified yet: logging in sends the user back to the verification notice.
    client.logout()
    response = login(client, "new.user@example.com", PASSWORD)
    assert response["Location"] == "/accounts/confirm-email/"

    confirm_url = link_in(sent_mail()[-1])
    assert client.get(confirm_url).status_code == 200
    response = client.post(confirm_url)
    assert response.status_code == 302
    assert user.emailaddress_set.get().verified

    client.logout()
    response = login(client, "NEW.USER@example.com", PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == "/"
    assert client.get("/").context["user"] == user


def test_it_refuses_a_weak_password_with_a_clear_message(client):
    response = client.post(
        "/accounts/signup/",
        {"email": "weak@example.com", "password1": "password", "password2": "password"},
    )

    assert response.status_code == 200
    assert b"This password is too common." in response.content
    assert not User.objects.filter(email="weak@example.com").exists()


def test_it_does_not_reveal_a_taken_email_but_creates_no_second_account(client, sent_mail):
    UserFactory(email="taken@example.com")

    response = client.post(
        "/accounts/signup/",
        {"email": "TAKEN@example.com", "password1": PASSWORD, "password2": PASSWORD},
    )

    # Same answer as a real sign-up, so the form cannot be used to probe for members;
    # the owner of the address is told by email instead.
    assert response["Location"] == "/accounts/confirm-email/"
    assert User.objects.filter(email__iexact="taken@example.com").count() == 1
    assert len(sent_mail()) == 1
    assert "already" in sent_mail()[0].body.lower()


def test_it_says_wrong_password_without_logging_in(client, user):
    response = login(client, user.email, "not the password")

    assert response.status_code == 200
    assert b"The email address and/or password you specified are not correct." in response.content
    assert "_auth_user_id" not in client.session


def test_it_rate_limits_repeated_bad_logins_even_with_the_right_password(client, user):
    for _ in range(5):
        login(client, user.email, "not the password")

    response = login(client, user.email, PASSWORD)

    assert response.status_code == 200
    assert b"Too many failed login attempts" in response.content
    assert "_auth_user_id" not in client.session


def test_it_counts_bad_logins_per_client_behind_the_proxy(client, settings, user):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1  # what DJANGO_BEHIND_PROXY=true sets

    def login_via_proxy(email, password, client_ip):
        data = {"login": email, "password": password}
        # The proxy appends the address it saw; the TCP peer is always the proxy.
        return client.post("/accounts/login/", data, HTTP_X_FORWARDED_FOR=client_ip)

    for n in range(12):  # other accounts each time: only the per-address limit is hit
        login_via_proxy(f"victim{n}@example.com", "guess", "203.0.113.7")
    blocked = login_via_proxy("victim99@example.com", "guess", "203.0.113.7")

    response = login_via_proxy(user.email, PASSWORD, "198.51.100.4")

    assert b"Too many failed login attempts" in blocked.content
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


@pytest.mark.parametrize(
    "next_url",
    ["https://evil.example/steal", "//evil.example/", "/\\evil.example", "javascript:alert(1)"],
)
def test_it_never_redirects_off_site_after_login(client, user, next_url):
    response = login(client, user.email, PASSWORD, next=next_url)

    assert response.status_code == 302
    assert response["Location"] == "/"


def test_it_follows_a_local_next_after_login(client, user):
    response = login(client, user.email, PASSWORD, next="/questions/?q=gil")

    assert response["Location"] == "/questions/?q=gil"


def test_it_logs_out_only_by_post(client, user):
    client.force_login(user)

    assert client.get("/accounts/logout/").status_code == 200
    assert "_auth_user_id" in client.session

    response = client.post("/accounts/logout/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_it_resets_a_forgotten_password_by_email(client, user, sent_mail):
    response = client.post("/accounts/password/reset/", {"email": user.email.upper()})
    assert response.status_code == 302
    assert len(sent_mail()) == 1

    key_url = client.get(link_in(sent_mail()[0]), follow=True).redirect_chain[-1][0]
    new_password = "a brand new passphrase"
    response = client.post(key_url, {"password1": new_password, "password2": new_password})
    assert response.status_code == 302

    assert login(client, user.email, new_password)["Location"] == "/"


def test_it_sends_no_reset_email_for_an_unknown_address_but_says_the_same(client, sent_mail):
    response = client.post("/accounts/password/reset/", {"email": "nobody@example.com"})

    assert response.status_code == 302
    assert response["Location"] == "/accounts/password/reset/done/"
    # No "unknown account" mail either: anyone could flood a stranger's inbox with them.
    assert sent_mail() == []


def test_it_changes_the_password_of_a_signed_in_user(client, user):
    client.force_login(user)
    new_password = "another good passphrase"

    response = client.post(
        "/accounts/password/change/",
        {"oldpassword": PASSWORD, "password1": new_password, "password2": new_password},
    )

    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(new_password)


def test_it_sends_the_admin_login_through_allauth(client):
    response = client.get("/admin/login/?next=/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_it_keeps_non_staff_out_of_the_admin(client, user):
    client.force_login(user)

    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert b"Site administration" not in response.content


def test_it_lets_staff_into_the_admin(client, staff):
    client.force_login(staff)

    assert client.get("/admin/").status_code == 200
