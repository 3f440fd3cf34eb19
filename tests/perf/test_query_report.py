"""Queries per practice page, as a table.

    uv run pytest tests/perf/test_query_report.py -o addopts="" -s -p no:randomly


The budgets are asserted in tests/practice/test_query_counts.py; this prints the
counts themselves, one request each for a user with a short history, for every scope.
"""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from prep.practice.models import Card, Preferences
from questions.models import Question, Topic
from tests.factories import BookmarkFactory, QuestionSetFactory, SetItemFactory
from tests.practice.helpers import REVEAL_URL, SESSION_URL, add_history, grade_url

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2025, 6, 11, 12, 0, tzinfo=dt.UTC)
SCOPE_KINDS = ["due", "new", "bookmarks", "topic", "level", "set"]
RESULTS = []


@pytest.fixture
def heavy(client, clock, user):
    clock.now = NOW
    add_history(user, cards=5, reviews=10, topics=2, seed=1, now=NOW)
    preferences = Preferences.objects.create(user=user, interview_date=dt.date(2025, 7, 1))
    preferences.target_topics.set(Topic.objects.all()[:1])
    for question in Question.objects.all()[:2]:
        BookmarkFactory(user=user, question=question)
    question_set = QuestionSetFactory(owner=user)
    for question in Question.objects.order_by("pk")[:3]:
        SetItemFactory(question_set=question_set, question=question)
    client.force_login(user)
    return user


def first_due(user, questions=None):
    due = user.cards.due(NOW).select_related("question")
    if questions is not None:
        due = due.filter(question__in=questions)
    return due.order_by("due", "pk").first()


def topic_with_questions(user):
    card = first_due(user)
    return card.question.topic if card else Question.objects.bank().first().topic


def scope_of(user, kind):
    if kind == "topic":
        return f"topic:{topic_with_questions(user).slug}"
    if kind == "level":
        levels = set(Question.objects.bank().values_list("level", flat=True))
        return "level:mid" if "mid" in levels else f"level:{sorted(levels)[0]}"
    if kind == "set":
        return f"set:{user.question_sets.get().public_id}"
    return kind


def questions_in(user, kind):
    bank = Question.objects.bank().order_by("pk")
    if kind == "topic":
        return bank.filter(topic=topic_with_questions(user))
    if kind == "level":
        return bank.filter(level=scope_of(user, "level").partition(":")[2])
    if kind == "set":
        return user.question_sets.get().questions.order_by("pk")
    if kind == "bookmarks":
        return bank.filter(bookmarks__user=user)
    return bank


def question_for(user, kind):
    questions = questions_in(user, kind)
    card = first_due(user, questions.values("pk"))
    if card is not None and kind != "new":
        return card.question
    unseen = questions.exclude(cards__user=user).first()
    return unseen or questions.first()


def measure(page, scope, request):
    with CaptureQueriesContext(connection) as queries:
        request()
    RESULTS.append((page, scope.split(":")[0], len(queries)))


def test_chooser(client, heavy):
    measure("GET /practice/", "-", lambda: client.get("/practice/"))


@pytest.mark.parametrize("kind", SCOPE_KINDS)
def test_session(client, heavy, kind):
    scope = scope_of(heavy, kind)
    measure("GET /practice/session/", scope, lambda: client.get(SESSION_URL, {"scope": scope}))


@pytest.mark.parametrize("kind", SCOPE_KINDS)
def test_reveal(client, heavy, kind):
    scope = scope_of(heavy, kind)
    slug = question_for(heavy, kind).slug

    def post():
        response = client.post(REVEAL_URL, {"scope": scope, "question": slug})
        assert b'<div class="answer">' in response.content

    measure("POST /practice/reveal/", scope, post)


@pytest.mark.parametrize("kind", ["due", "topic"])
@pytest.mark.parametrize("headers", [{}, {"HTTP_HX_REQUEST": "true"}], ids=["plain", "htmx"])
def test_grade(client, heavy, kind, headers):
    scope = scope_of(heavy, kind)
    question = question_for(heavy, kind)
    card = Card.objects.filter(user=heavy, question=question).first()
    reps = card.reps if card else 0
    data = {"scope": scope, "rating": "3", "reps": str(reps)}
    page = "POST grade (htmx)" if headers else "POST grade (plain)"
    measure(page, scope, lambda: client.post(grade_url(question), data, **headers))
    assert Card.objects.get(user=heavy, question=question).reps == reps + 1


def test_progress(client, heavy):
    measure("GET /progress/", "-", lambda: client.get("/progress/"))


def test_question_page(client, heavy):
    slug = Question.objects.bank().order_by("pk").first().slug
    measure("GET /questions/<slug>/", "-", lambda: client.get(f"/questions/{slug}/"))


def test_landing(client, heavy):
    measure("GET /", "-", lambda: client.get("/"))


def test_zz_print_table():
    """Runs last (file order): print what the tests above counted."""
    print()
    for page, scope, n in RESULTS:
        print(f"{page:<24} | {scope:<10} | {n}")
