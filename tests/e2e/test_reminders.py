"""Daily reminders in a real browser: turned on from the progress page's offer, and off
again from the email's link while signed out."""

import datetime as dt

from django.core import mail
from playwright.sync_api import Page, expect

from prep.practice.models import Preferences
from prep.practice.tasks import queue_reminders
from tests.e2e.a11y import accessibility_problems
from tests.e2e.test_account import sign_in
from tests.factories import CardFactory, UserFactory


def test_a_user_turns_reminders_on_gets_one_and_unsubscribes_signed_out(
    live_server, page: Page, worker
):
    user = UserFactory(email="ada@example.com", timezone="Europe/London")
    sign_in(page, live_server.url, user.email)

    page.goto(f"{live_server.url}/progress/")
    offer = page.get_by_role("region", name="Get a nudge when reviews are due?")
    expect(offer).to_be_visible()
    assert accessibility_problems(page) == []
    offer.get_by_label("Email me at").fill("07:15")
    offer.get_by_role("button", name="Email me").click()

    notice = page.get_by_text("Reminders are on: an email at 07:15 your time")
    expect(notice).to_be_visible()
    expect(notice).to_be_focused()  # read out where the form was
    assert Preferences.objects.get(user=user).reminder_time == dt.time(7, 15)

    # The next morning at 07:15 in London, with a card due.
    morning = dt.datetime(2026, 12, 5, 7, 15, tzinfo=dt.UTC)
    CardFactory(user=user, due=morning - dt.timedelta(hours=2))
    queue_reminders.defer(timestamp=int(morning.timestamp()))
    worker()
    (message,) = mail.outbox
    link = message.extra_headers["List-Unsubscribe"].strip("<>")

    page.context.clear_cookies()
    page.goto(link.replace("http://127.0.0.1:8000", live_server.url))
    expect(page.get_by_text("Stop the daily reminder emails to ada@example.com?")).to_be_visible()
    assert accessibility_problems(page) == []
    page.get_by_role("button", name="Stop reminders").click()

    expect(page.get_by_text("Reminders to ada@example.com are off.")).to_be_visible()
    assert not Preferences.objects.get(user=user).reminder_enabled
