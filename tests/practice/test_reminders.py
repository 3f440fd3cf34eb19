"""The daily reminder: at the user's local time, once a day, only when something is due."""

import datetime as dt

import pytest
from django.core import mail
from procrastinate.contrib.django.models import ProcrastinateJob

from accounts.models import BouncedAddress
from prep.practice import reminders
from prep.practice.models import Preferences
from prep.practice.tasks import queue_reminders
from questions.models import Status
from tests.factories import CardFactory, QuestionFactory, ReviewFactory, UserFactory

# 07:00 UTC is 08:00 in Paris in December (UTC+1) and 02:00 in New York.
MORNING_UTC = dt.datetime(2026, 12, 4, 7, 0, tzinfo=dt.UTC)


def reminded_user(
    *, zone="Europe/Paris", at=dt.time(8), due=MORNING_UTC - dt.timedelta(hours=1), **fields
):
    user = UserFactory(timezone=zone)
    Preferences.objects.create(user=user, reminder_enabled=True, reminder_time=at, **fields)
    CardFactory(user=user, due=due, last_review=due - dt.timedelta(days=10))
    return user


@pytest.mark.django_db
class TestWhoIsDue:
    def test_it_claims_a_user_once_their_local_time_has_come(self):
        user = reminded_user()

        assert reminders.claim_due(MORNING_UTC - dt.timedelta(minutes=1)) == []
        assert reminders.claim_due(MORNING_UTC) == [user.pk]
        assert Preferences.objects.get(user=user).reminder_sent_on == dt.date(2026, 12, 4)

    def test_it_sends_at_most_one_a_day_and_again_the_next_day(self):
        user = reminded_user()

        assert reminders.claim_due(MORNING_UTC) == [user.pk]
        assert reminders.claim_due(MORNING_UTC + dt.timedelta(minutes=5)) == []
        assert reminders.claim_due(MORNING_UTC + dt.timedelta(days=1)) == [user.pk]

    def test_it_follows_each_users_time_zone(self):
        paris = reminded_user(zone="Europe/Paris")
        new_york = reminded_user(zone="America/New_York")

        assert reminders.claim_due(MORNING_UTC) == [paris.pk]
        # 08:00 in New York is 13:00 UTC.
        assert reminders.claim_due(MORNING_UTC + dt.timedelta(hours=6)) == [new_york.pk]

    def test_a_late_run_catches_up_within_three_hours_but_not_at_night(self):
        user = reminded_user()

        assert reminders.claim_due(MORNING_UTC + dt.timedelta(hours=4)) == []
        assert reminders.claim_due(MORNING_UTC + dt.timedelta(hours=2, minutes=55)) == [user.pk]

    def test_it_skips_users_with_nothing_due_reminders_off_bounced_or_inactive(self):
        reminded_user(due=MORNING_UTC + dt.timedelta(hours=1))  # due later today
        off = reminded_user()
        Preferences.objects.filter(user=off).update(reminder_enabled=False)
        bounced = reminded_user()
        BouncedAddress.record(bounced.email.upper(), "550 no such user")
        inactive = reminded_user()
        inactive.is_active = False
        inactive.save()

        assert reminders.claim_due(MORNING_UTC) == []

    def test_a_users_chosen_minute_is_respected(self):
        user = reminded_user(at=dt.time(8, 30))

        assert reminders.claim_due(MORNING_UTC + dt.timedelta(minutes=25)) == []
        assert reminders.claim_due(MORNING_UTC + dt.timedelta(minutes=30)) == [user.pk]


def run_reminders(worker, at: dt.datetime) -> None:
    queue_reminders.defer(timestamp=int(at.timestamp()))
    worker()


@pytest.mark.django_db(transaction=True)
def test_the_worker_sends_exactly_one_email_with_the_due_count_and_an_unsubscribe_link(
    worker, client
):
    user = reminded_user()
    CardFactory(user=user, due=MORNING_UTC - dt.timedelta(days=2))
    CardFactory(user=user, due=MORNING_UTC + dt.timedelta(days=2))  # not due yet
    # An archived question's card is not due anywhere, so it is not counted here either.
    CardFactory(user=user, question=QuestionFactory(status=Status.ARCHIVED), due=MORNING_UTC)

    run_reminders(worker, MORNING_UTC)
    run_reminders(worker, MORNING_UTC + dt.timedelta(minutes=5))

    (message,) = mail.outbox
    assert message.to == [user.email]
    assert message.subject == "2 questions are due for review"
    assert "/practice/session/?scope=due" in message.body
    unsubscribe = message.extra_headers["List-Unsubscribe"].strip("<>")
    assert unsubscribe in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    client.logout()
    response = client.post(unsubscribe.removeprefix("http://127.0.0.1:8000"))
    assert response.status_code == 200
    assert not Preferences.objects.get(user=user).reminder_enabled
    run_reminders(worker, MORNING_UTC + dt.timedelta(days=1))
    assert len(mail.outbox) == 1


@pytest.mark.django_db(transaction=True)
def test_the_email_warns_of_a_streak_that_ends_tonight(worker):
    user = reminded_user()
    yesterday = MORNING_UTC - dt.timedelta(days=1)
    ReviewFactory(card=CardFactory(user=user, due=MORNING_UTC), reviewed_at=yesterday)

    run_reminders(worker, MORNING_UTC)

    (message,) = mail.outbox
    assert "Review one today to keep your 1-day streak." in message.body


@pytest.mark.django_db(transaction=True)
def test_a_user_who_caught_up_before_the_email_was_written_gets_none(worker):
    user = reminded_user()
    queue_reminders.defer(timestamp=int(MORNING_UTC.timestamp()))
    worker(queues=["default"])  # the claim, not the email
    user.cards.update(due=MORNING_UTC + dt.timedelta(days=3))  # practised meanwhile

    worker()

    assert ProcrastinateJob.objects.filter(task_name="practice.send_reminder").count() == 1
    assert mail.outbox == []
