"""/progress/settings/: how the user practises, and what they prepare for."""

import datetime as dt
import re

import pytest

from prep.practice.models import Preferences
from questions.models import Visibility
from tests.factories import QuestionSetFactory, TopicFactory
from tests.practice.helpers import LOGIN_URL, html

pytestmark = pytest.mark.django_db

SETTINGS_URL = "/progress/settings/"
VALID = {"new_per_day": "15", "desired_retention": "85"}  # a percentage


def errors(response) -> dict[str, str]:
    """Field name -> its error text, as shown next to the field."""
    found = re.findall(
        r'<div class="field has-errors">.*?name="(\w+)".*?<div class="errors">(.*?)</div>',
        html(response),
        re.S,
    )
    return {name: " ".join(re.sub(r"<[^>]+>", " ", text).split()) for name, text in found}


@pytest.fixture
def owner(client, user):
    client.force_login(user)
    return client


@pytest.mark.parametrize("method", ["get", "post"])
def test_it_sends_anonymous_visitors_to_log_in(client, method):
    response = getattr(client, method)(SETTINGS_URL, VALID if method == "post" else None)

    assert response.status_code == 302
    assert response.url == f"{LOGIN_URL}?next={SETTINGS_URL}"
    assert not Preferences.objects.exists()


def test_it_shows_the_defaults_to_a_new_user(owner, user):
    response = owner.get(SETTINGS_URL)

    assert response.status_code == 200
    assert 'name="new_per_day" value="10"' in html(response)
    assert 'name="desired_retention" value="90"' in html(response)  # 0.9, as a percentage
    assert Preferences.objects.get(user=user).desired_retention == 0.9


def test_it_saves_the_settings(owner, user, clock):  # 11 June 2025: July is ahead
    own_set = QuestionSetFactory(owner=user)
    topic = TopicFactory()

    response = owner.post(
        SETTINGS_URL,
        {
            **VALID,
            "fresh_mode": "on",
            "interview_date": "2025-07-01",
            "target_set": str(own_set.pk),
            "target_topics": [str(topic.pk)],
        },
    )

    assert response.status_code == 302
    assert response.url == "/progress/"
    preferences = Preferences.objects.get(user=user)
    assert (preferences.new_per_day, preferences.desired_retention) == (15, 0.85)
    assert (preferences.fresh_mode, preferences.interview_date) == (True, dt.date(2025, 7, 1))
    assert preferences.target_set == own_set
    assert list(preferences.target_topics.all()) == [topic]


@pytest.mark.parametrize(("percent", "fraction"), [("75", 0.75), ("97", 0.97)])
def test_it_accepts_the_bounds_of_desired_retention_as_percentages(owner, user, percent, fraction):
    response = owner.post(SETTINGS_URL, {**VALID, "desired_retention": percent})

    assert response.status_code == 302
    assert Preferences.objects.get(user=user).desired_retention == fraction


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("desired_retention", "74", "greater than or equal to 75"),
        ("desired_retention", "98", "less than or equal to 97"),
        ("desired_retention", "0.9", "Enter a whole number."),  # a fraction, not a percent
        ("desired_retention", "high", "Enter a whole number."),
        ("desired_retention", "", "This field is required."),
        ("new_per_day", "-1", "greater than or equal to 0"),
        ("new_per_day", "201", "less than or equal to 200"),
        ("new_per_day", "ten", "Enter a whole number."),
        ("new_per_day", "", "This field is required."),
    ],
)
def test_it_rejects_values_out_of_range(owner, user, field, value, message):
    Preferences.objects.create(user=user, new_per_day=10, desired_retention=0.9)

    response = owner.post(SETTINGS_URL, {**VALID, field: value})

    assert response.status_code == 200
    assert message in errors(response)[field]
    preferences = Preferences.objects.get(user=user)
    assert (preferences.new_per_day, preferences.desired_retention) == (10, 0.9)


@pytest.mark.parametrize("visibility", [Visibility.PRIVATE, Visibility.LINK])
def test_it_never_targets_a_set_the_user_cannot_reach(owner, user, outsider, visibility):
    theirs = QuestionSetFactory(owner=outsider, visibility=visibility, title="Their set")

    form = owner.get(SETTINGS_URL)
    response = owner.post(SETTINGS_URL, {**VALID, "target_set": str(theirs.pk)})

    assert "Their set" not in html(form)
    assert response.status_code == 200
    assert "Select a valid choice" in errors(response)["target_set"]
    preferences = Preferences.objects.get(user=user)
    assert preferences.target_set is None
    assert preferences.new_per_day == 10


def test_it_targets_a_public_set_or_a_link_set_the_user_opened(owner, user, outsider):
    QuestionSetFactory(owner=outsider, visibility=Visibility.PUBLIC, title="Public set")
    shared = QuestionSetFactory(owner=outsider, visibility=Visibility.LINK, title="Shared set")
    shared.open_for(user)

    form = owner.get(SETTINGS_URL)
    response = owner.post(SETTINGS_URL, {**VALID, "target_set": str(shared.pk)})

    assert "Public set" in html(form) and "Shared set" in html(form)
    assert response.status_code == 302
    assert Preferences.objects.get(user=user).target_set == shared


def test_it_shows_the_users_own_retention_as_a_percentage(owner, user):
    Preferences.objects.create(user=user, desired_retention=0.85)

    response = owner.get(SETTINGS_URL)

    assert 'name="desired_retention" value="85"' in html(response)
    assert "Desired retention (%)" in html(response)


# --- the interview date, by the user's calendar -------------------------------------------


@pytest.fixture
def in_tokyo(owner, user, clock):
    """21:00 UTC on 11 June: already 12 June in Tokyo."""
    clock.now = dt.datetime(2025, 6, 11, 21, tzinfo=dt.UTC)
    user.timezone = "Asia/Tokyo"
    user.save()
    return owner


def test_it_refuses_an_interview_date_in_the_past(in_tokyo, user):
    Preferences.objects.create(user=user, new_per_day=10)

    response = in_tokyo.post(SETTINGS_URL, {**VALID, "interview_date": "2025-06-11"})

    assert response.status_code == 200
    assert "That date has passed" in errors(response)["interview_date"]
    preferences = Preferences.objects.get(user=user)
    assert (preferences.interview_date, preferences.new_per_day) == (None, 10)


@pytest.mark.parametrize("day", ["2025-06-12", "2025-07-01", ""])
def test_it_accepts_today_a_later_day_or_no_interview_date(in_tokyo, user, day):
    response = in_tokyo.post(SETTINGS_URL, {**VALID, "interview_date": day})

    assert response.status_code == 302
    expected = dt.date.fromisoformat(day) if day else None
    preferences = Preferences.objects.get(user=user)
    assert (preferences.interview_date, preferences.onboarded) == (expected, True)
