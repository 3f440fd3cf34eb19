"""/progress/welcome/: a new account chooses topics, a date, a pace and a reminder, then
goes straight into a first session."""

import datetime as dt

import pytest

from accounts.models import BouncedAddress
from prep.practice.models import Preferences
from tests.factories import ReviewFactory, TopicFactory
from tests.practice.helpers import LOGIN_URL, html
from tests.practice.test_progress_settings import errors

pytestmark = pytest.mark.django_db

URL = "/progress/welcome/"


@pytest.fixture
def newcomer(client, clock, user):
    client.force_login(user)
    return client


@pytest.fixture
def topics():
    return [
        TopicFactory(name="Async", slug="async", order=1),
        TopicFactory(name="Databases", slug="databases", order=2),
        TopicFactory(name="Security", slug="security", order=3),
    ]


@pytest.mark.parametrize("method", ["get", "post"])
def test_it_sends_anonymous_visitors_to_log_in(client, method):
    response = getattr(client, method)(URL)

    assert response.status_code == 302
    assert response.url == f"{LOGIN_URL}?next={URL}"
    assert not Preferences.objects.exists()


def test_it_asks_for_topics_a_date_a_daily_limit_and_a_reminder(newcomer, topics):
    response = newcomer.get(URL)

    assert response.status_code == 200
    page = html(response)
    for name in ("target_topics", "interview_date", "new_per_day", "reminder_enabled"):
        assert f'name="{name}"' in page
    assert 'name="new_per_day" value="10"' in page
    assert all(topic.name in page for topic in topics)
    assert "desired_retention" not in page  # the settings page has the rest


def test_it_saves_the_choices_and_starts_a_session_over_every_chosen_topic(newcomer, user, topics):
    async_, databases, _ = topics

    response = newcomer.post(
        URL,
        {
            "target_topics": [str(databases.pk), str(async_.pk)],
            "interview_date": "2025-07-01",
            "new_per_day": "15",
            "reminder_enabled": "on",
            "reminder_time": "07:30",
        },
    )

    assert response.status_code == 302
    assert response.url == "/practice/session/?scope=topics:async,databases"
    preferences = Preferences.objects.get(user=user)
    assert set(preferences.target_topics.all()) == {async_, databases}
    assert (preferences.interview_date, preferences.new_per_day) == (dt.date(2025, 7, 1), 15)
    assert (preferences.reminder_enabled, preferences.reminder_time) == (True, dt.time(7, 30))
    assert (preferences.onboarded, preferences.reminder_offered) == (True, True)


def test_without_topics_or_a_reminder_it_starts_with_due_then_new_questions(newcomer, user, topics):
    BouncedAddress.objects.create(email=user.email.lower(), reason="550 no such user")

    response = newcomer.post(URL, {"new_per_day": "5", "reminder_time": ""})

    assert response.url == "/practice/session/?scope=due"
    preferences = Preferences.objects.get(user=user)
    assert (preferences.new_per_day, preferences.interview_date) == (5, None)
    assert not preferences.target_topics.exists()
    # Asked once here: the progress page does not offer reminders again.
    assert (preferences.reminder_enabled, preferences.reminder_offered) == (False, True)
    assert preferences.reminder_time == dt.time(9)
    assert BouncedAddress.objects.exists()  # only turning reminders on forgets a bounce


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("interview_date", "2025-06-10", "That date has passed"),  # the clock: 11 June
        ("interview_date", "someday", "Enter a valid date."),
        ("new_per_day", "201", "less than or equal to 200"),
        ("new_per_day", "", "This field is required."),
        ("target_topics", "999999", "Select a valid choice."),
    ],
)
def test_it_shows_what_is_wrong_and_saves_nothing(newcomer, user, topics, field, value, message):
    response = newcomer.post(URL, {"new_per_day": "10", field: value})

    assert response.status_code == 200
    assert message in errors(response)[field]
    assert not Preferences.objects.get(user=user).onboarded


def test_the_practice_page_leads_only_a_new_account_to_onboarding(newcomer, user):
    assert 'href="/progress/welcome/"' in html(newcomer.get("/practice/"))

    ReviewFactory(card__user=user)

    assert 'href="/progress/welcome/"' not in html(newcomer.get("/practice/"))


def test_the_practice_page_stops_offering_onboarding_once_it_is_done(newcomer, user):
    newcomer.post(URL, {"new_per_day": "10"})

    assert 'href="/progress/welcome/"' not in html(newcomer.get("/practice/"))
    assert "Set up your practice" not in html(newcomer.get("/progress/"))
