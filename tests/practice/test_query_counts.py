"""The practice pages run a constant number of SQL queries, however long the user's history.

Each test measures a page at a small history (10 reviews), grows the history to 5,000
reviews over a year (and more cards and topics), and requires no more queries than before.
"""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from prep.practice.models import Card, Preferences, Review
from questions.models import Question, Topic
from tests.factories import BookmarkFactory
from tests.practice.helpers import REVEAL_URL, SESSION_URL, add_history, grade_url

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2025, 6, 11, 12, 0, tzinfo=dt.UTC)


def grow(user) -> None:
    add_history(user, cards=495, reviews=4_990, topics=6, seed=2, now=NOW)
    assert Review.objects.filter(user=user).count() >= 5_000


@pytest.fixture
def heavy(client, clock, user):
    """A user with 10 reviews of 5 cards, some bookmarks, an interview date and target topics."""
    clock.now = NOW
    add_history(user, cards=5, reviews=10, topics=2, seed=1, now=NOW)
    preferences = Preferences.objects.create(user=user, interview_date=dt.date(2025, 7, 1))
    preferences.target_topics.set(Topic.objects.all()[:1])
    for question in Question.objects.all()[:2]:
        BookmarkFactory(user=user, question=question)
    client.force_login(user)
    return user


def due_card(user) -> Card:
    return user.cards.due(NOW).select_related("question").order_by("due").first()


def assert_constant(django_assert_max_num_queries, user, request, *, at_most: int) -> None:
    """`request()` at the small history, then at the large one, with no more queries."""
    with CaptureQueriesContext(connection) as small:
        request()
    grow(user)
    with django_assert_max_num_queries(len(small)):
        request()
    assert len(small) <= at_most


@pytest.mark.parametrize("scope", ["due", "new", "bookmarks"])
def test_it_shows_a_card_in_constant_queries(client, django_assert_max_num_queries, heavy, scope):
    def card_page():
        response = client.get(SESSION_URL, {"scope": scope})
        assert response.status_code == 200

    assert_constant(django_assert_max_num_queries, heavy, card_page, at_most=8)


def test_it_reveals_a_card_in_constant_queries(client, django_assert_max_num_queries, heavy):
    slug = Question.objects.bank().order_by("pk").values_list("slug", flat=True).first()

    def reveal():
        response = client.post(REVEAL_URL, {"scope": "due", "question": slug})
        assert response.status_code == 200
        assert b'<div class="answer">' in response.content

    assert_constant(django_assert_max_num_queries, heavy, reveal, at_most=14)


@pytest.mark.parametrize("headers", [{}, {"HTTP_HX_REQUEST": "true"}], ids=["plain", "htmx"])
def test_it_grades_in_constant_queries(client, django_assert_max_num_queries, heavy, headers):
    def grade(counting):
        card = due_card(heavy)
        data = {"scope": "due", "rating": "3", "reps": str(card.reps)}
        with counting:
            response = client.post(grade_url(card.question), data, **headers)
        assert response.status_code == (200 if headers else 302)
        card.refresh_from_db()
        assert card.reps == int(data["reps"]) + 1

    small = CaptureQueriesContext(connection)
    grade(small)
    grow(heavy)
    grade(django_assert_max_num_queries(len(small)))
    assert len(small) <= (15 if headers else 10)
    assert Review.objects.filter(user=heavy, reviewed_at=NOW).count() == 2


def test_it_shows_the_progress_dashboard_in_constant_queries(
    client, django_assert_max_num_queries, heavy
):
    def dashboard():
        response = client.get("/progress/")
        assert response.status_code == 200
        assert b"Mastery by topic" in response.content
        assert b"Interview on" in response.content

    assert_constant(django_assert_max_num_queries, heavy, dashboard, at_most=16)


def test_it_shows_the_practice_chooser_in_constant_queries(
    client, django_assert_max_num_queries, heavy
):
    def chooser():
        response = client.get("/practice/")
        assert response.status_code == 200
        assert b"Leeches" in response.content

    assert_constant(django_assert_max_num_queries, heavy, chooser, at_most=14)
