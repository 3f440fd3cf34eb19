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
VALID = {"new_per_day": "15", "desired_retention": "0.85"}


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
    assert 'name="desired_retention" value="0.9"' in html(response)
    assert Preferences.objects.get(user=user).desired_retention == 0.9


def test_it_saves_the_settings(owner, user):
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


@pytest.mark.parametrize("retention", ["0.75", "0.97"])
def test_it_accepts_the_bounds_of_desired_retention(owner, user, retention):
    response = owner.post(SETTINGS_URL, {**VALID, "desired_retention": retention})

    assert response.status_code == 302
    assert Preferences.objects.get(user=user).desired_retention == float(retention)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("desired_retention", "0.74", "greater than or equal to 0.75"),
        ("desired_retention", "0.98", "less than or equal to 0.97"),
        ("desired_retention", "90", "less than or equal to 0.97"),
        ("desired_retention", "high", "Enter a number."),
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
