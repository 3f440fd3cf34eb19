"""Turning reminders on (the progress page's offer, settings) and off (the email's link)."""

import datetime as dt

import pytest
import time_machine
from django.test import Client

from accounts.models import BouncedAddress
from prep.practice import reminders
from prep.practice.models import Preferences
from tests.factories import UserFactory
from tests.practice.helpers import html

pytestmark = pytest.mark.django_db

OFFER_URL = "/progress/reminders/"
SETTINGS_URL = "/progress/settings/"


def preferences(user) -> Preferences:
    return Preferences.objects.get(user=user)


def unsubscribe_url(user) -> str:
    return f"/progress/reminders/unsubscribe/{reminders.unsubscribe_token(user)}/"


@pytest.fixture
def owner(client, user):
    client.force_login(user)
    return client


class TestOffer:
    def test_it_is_offered_on_the_first_visit_to_progress(self, owner):
        page = html(owner.get("/progress/"))

        assert "Get a nudge when reviews are due?" in page
        assert 'value="09:00"' in page

    def test_turning_it_on_with_htmx_answers_in_place(self, owner, user):
        response = owner.post(
            OFFER_URL, {"reminder_time": "07:30", "enable": ""}, headers={"HX-Request": "true"}
        )

        assert response.status_code == 200
        assert "Reminders are on: an email at 07:30 your time" in html(response)
        assert "<h1>" not in html(response)  # the fragment, not the page
        saved = preferences(user)
        assert (saved.reminder_enabled, saved.reminder_time) == (True, dt.time(7, 30))
        assert "Get a nudge" not in html(owner.get("/progress/"))

    def test_without_javascript_it_redirects_with_a_message(self, owner, user):
        response = owner.post(OFFER_URL, {"reminder_time": "18:00", "enable": ""}, follow=True)

        assert response.redirect_chain == [("/progress/", 302)]
        assert "Reminders are on: an email at 18:00 your time" in html(response)
        assert preferences(user).reminder_enabled

    def test_no_thanks_stops_the_offer_and_leaves_reminders_off(self, owner, user):
        owner.post(OFFER_URL, {"reminder_time": "09:00", "dismiss": ""})

        assert not preferences(user).reminder_enabled
        assert "Get a nudge" not in html(owner.get("/progress/"))

    @pytest.mark.parametrize("time", ["25:99", "soon", ""])
    def test_an_impossible_time_says_so_and_changes_nothing(self, owner, user, time):
        htmx = owner.post(
            OFFER_URL, {"reminder_time": time, "enable": ""}, headers={"HX-Request": "true"}
        )
        plain = owner.post(OFFER_URL, {"reminder_time": time, "enable": ""}, follow=True)

        assert htmx.status_code == 200
        assert 'class="errors" role="alert"' in html(htmx)
        assert "Reminders are still off:" in html(plain)
        assert not preferences(user).reminder_enabled

    def test_anonymous_visitors_are_sent_to_log_in(self, client):
        response = client.post(OFFER_URL, {"reminder_time": "09:00"})

        assert response.status_code == 302
        assert response.url.startswith("/accounts/login/")


class TestSettings:
    def test_reminders_are_set_in_practice_settings(self, owner, user):
        response = owner.post(
            SETTINGS_URL,
            {
                "new_per_day": "10",
                "desired_retention": "90",
                "reminder_enabled": "on",
                "reminder_time": "06:45",
            },
        )

        assert response.status_code == 302
        saved = preferences(user)
        assert (saved.reminder_enabled, saved.reminder_time) == (True, dt.time(6, 45))

    def test_a_bounced_address_is_shown_and_saving_with_reminders_on_tries_it_again(
        self, owner, user
    ):
        Preferences.objects.create(user=user, reminder_enabled=True)
        BouncedAddress.record(user.email, "550 5.1.1 mailbox unavailable")

        page = html(owner.get(SETTINGS_URL))
        owner.post(
            SETTINGS_URL,
            {"new_per_day": "10", "desired_retention": "90", "reminder_enabled": "on"},
        )

        assert "Reminders are paused: mail to" in page
        assert "550 5.1.1 mailbox unavailable" in page
        assert not BouncedAddress.objects.exists()


class TestUnsubscribe:
    def test_opening_the_link_asks_and_changes_nothing(self, client, user):
        Preferences.objects.create(user=user, reminder_enabled=True)

        response = client.get(unsubscribe_url(user))

        assert response.status_code == 200
        assert f"Stop the daily reminder emails to <strong>{user.email}</strong>?" in html(response)
        assert preferences(user).reminder_enabled

    def test_one_click_from_a_mail_client_works_signed_out_without_a_csrf_token(self, user):
        Preferences.objects.create(user=user, reminder_enabled=True)
        mail_client = Client(enforce_csrf_checks=True)

        response = mail_client.post(
            unsubscribe_url(user),
            "List-Unsubscribe=One-Click",
            content_type="application/x-www-form-urlencoded",
        )

        assert response.status_code == 200
        assert "are off. You will get no more of them." in html(response)
        assert not preferences(user).reminder_enabled

    def test_a_tampered_link_says_so_and_changes_nothing(self, client, user):
        Preferences.objects.create(user=user, reminder_enabled=True)
        url = unsubscribe_url(user)
        tampered = url[:-6] + ("A" if url[-6] != "A" else "B") + url[-5:]

        response = client.post(tampered)

        assert response.status_code == 400
        assert "This unsubscribe link is not valid" in html(response)
        assert preferences(user).reminder_enabled

    def test_an_expired_link_says_so_and_changes_nothing(self, client, user):
        Preferences.objects.create(user=user, reminder_enabled=True)
        url = unsubscribe_url(user)

        with time_machine.travel(dt.datetime.now(dt.UTC) + dt.timedelta(days=181)):
            response = client.post(url)

        assert response.status_code == 400
        assert "This unsubscribe link is too old to use." in html(response)
        assert preferences(user).reminder_enabled

    def test_the_link_of_a_deleted_account_says_so(self, client):
        gone = UserFactory()
        url = unsubscribe_url(gone)
        gone.delete()

        response = client.get(url)

        assert response.status_code == 400
        assert "no longer exists" in html(response)

    def test_it_only_touches_the_links_own_account(self, client, user, outsider):
        Preferences.objects.create(user=user, reminder_enabled=True)
        Preferences.objects.create(user=outsider, reminder_enabled=True)

        client.post(unsubscribe_url(user))

        assert not preferences(user).reminder_enabled
        assert preferences(outsider).reminder_enabled
