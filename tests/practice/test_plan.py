"""The interview plan on /progress/: what it targets, and "set my limit to N" (POST
/progress/plan/follow/, with htmx and without)."""

import datetime as dt

import pytest

from prep.practice.models import Preferences
from tests.factories import QuestionFactory, QuestionSetFactory, ReviewFactory, TopicFactory
from tests.practice.helpers import LOGIN_URL, html

pytestmark = pytest.mark.django_db

URL = "/progress/plan/follow/"
HTMX = {"HTTP_HX_REQUEST": "true"}
NOW = dt.datetime(2025, 6, 11, 12, tzinfo=dt.UTC)


@pytest.fixture
def planner(client, clock, user):
    """Nine target questions in two chosen topics, three days to go, a limit of 1 a day."""
    clock.now = NOW
    async_ = TopicFactory(name="Async", order=1)
    databases = TopicFactory(name="Databases", order=2)
    QuestionFactory.create_batch(5, topic=async_)
    QuestionFactory.create_batch(4, topic=databases)
    QuestionFactory.create_batch(20, topic=TopicFactory(name="Security"))  # not a target
    preferences = Preferences.objects.create(
        user=user, new_per_day=1, interview_date=dt.date(2025, 6, 14), onboarded=True
    )
    preferences.target_topics.set([databases, async_])
    ReviewFactory(card__user=user, reviewed_at=NOW - dt.timedelta(hours=1))  # some history
    client.force_login(user)
    return client


def plan_section(response) -> str:
    page = html(response)
    return page[page.index('<section class="card plan"') :].split("</section>")[0]


def test_the_plan_targets_the_chosen_topics_and_offers_the_limit_it_takes(planner):
    plan = plan_section(planner.get("/progress/"))

    assert "0 of 9 target questions introduced (Async, Databases;" in plan
    assert "It takes 3 new questions a day (your limit is 1)" in plan
    assert f'<form method="post" action="{URL}" hx-post="{URL}"' in plan
    assert "Set my limit to 3 new a day" in plan


def test_the_plan_targets_the_whole_bank_without_topics_or_a_set(planner, user):
    Preferences.objects.get(user=user).target_topics.clear()

    plan = plan_section(planner.get("/progress/"))

    assert "of 30 target questions introduced (the whole bank;" in plan


def test_the_plan_targets_a_chosen_set_first(planner, user):
    question_set = QuestionSetFactory(owner=user, title="Onsite at Acme")
    Preferences.objects.filter(user=user).update(target_set=question_set)

    plan = plan_section(planner.get("/progress/"))

    assert "0 of 0 target questions introduced (the set “Onsite at Acme”;" in plan


def test_it_offers_nothing_when_the_limit_is_enough(planner, user):
    Preferences.objects.filter(user=user).update(new_per_day=3)

    plan = plan_section(planner.get("/progress/"))

    assert "You are on track." in plan
    assert URL not in plan


def test_it_sets_the_limit_and_comes_back_to_the_progress_page_without_javascript(planner, user):
    response = planner.post(URL)

    assert response.status_code == 302
    assert response.url == "/progress/"
    assert Preferences.objects.get(user=user).new_per_day == 3
    page = planner.get(response.url)
    assert "Your limit is now 3 new questions a day." in html(page)
    assert "You are on track." in plan_section(page)


def test_it_sets_the_limit_and_swaps_the_plan_with_htmx(planner, user):
    response = planner.post(URL, **HTMX)

    assert response.status_code == 200
    fragment = html(response).strip()
    assert fragment.startswith('<section class="card plan" id="plan"')
    assert "<html" not in fragment
    assert "Your limit is now 3 new questions a day." in fragment
    assert "You are on track." in fragment
    assert URL not in fragment  # nothing more to offer
    assert Preferences.objects.get(user=user).new_per_day == 3


def test_it_never_sets_more_than_the_limit_allows(planner, user):
    target_topic = Preferences.objects.get(user=user).target_topics.first()
    QuestionFactory.create_batch(600, topic=target_topic)

    offered = plan_section(planner.get("/progress/"))
    planner.post(URL)

    assert "Set my limit to 200 new a day" in offered
    assert "it will not introduce every target in time" in offered
    assert Preferences.objects.get(user=user).new_per_day == 200


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["plain", "htmx"])
@pytest.mark.parametrize("date", [None, dt.date(2025, 6, 1)], ids=["no-date", "passed"])
def test_it_changes_nothing_without_a_plan_to_follow(planner, user, headers, date):
    Preferences.objects.filter(user=user).update(interview_date=date)

    response = planner.post(URL, follow=not headers, **headers)

    assert "Nothing to change" in html(response)
    assert Preferences.objects.get(user=user).new_per_day == 1


def test_an_outsider_changes_only_their_own_limit(planner, client, user, outsider):
    client.force_login(outsider)

    response = client.post(URL)

    assert response.status_code == 302
    assert Preferences.objects.get(user=user).new_per_day == 1
    assert Preferences.objects.get(user=outsider).new_per_day == 10


def test_it_sends_anonymous_visitors_to_log_in_and_takes_only_post(client, user):
    anonymous = client.post(URL)
    client.force_login(user)

    assert (anonymous.status_code, anonymous.url) == (302, f"{LOGIN_URL}?next={URL}")
    assert client.get(URL).status_code == 405
    assert not Preferences.objects.exists()
