"""Every practice page runs a constant number of SQL queries, however long the user's history.

Each test requests a page at a small history (10 reviews), grows the history to 5,000
reviews over a year (with more cards, topics and set items), and requires no more queries
than before, and no more than the page's budget.
"""

import datetime as dt
import functools

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from prep.practice.kept import VERSION_OF_USER, forget_progress
from prep.practice.models import Card, Preferences, Review
from prep.practice.scopes import Scope
from prep.practice.sessions import KEPT_KINDS
from questions.models import Question, Topic
from tests.factories import BookmarkFactory, QuestionSetFactory, SetItemFactory
from tests.practice.helpers import REVEAL_URL, SESSION_URL, add_history, grade_url

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2025, 6, 11, 12, 0, tzinfo=dt.UTC)
SCOPES = [
    "due",
    "new",
    "bookmarks",
    "topic",
    "topics",
    "level",
    "set",
    "question",
    "search",
    "ahead",
]


@pytest.fixture
def heavy(client, clock, user):
    """A user with 10 reviews of 5 cards, bookmarks, a set, an interview date and targets."""
    clock.now = NOW
    add_history(user, cards=5, reviews=10, topics=2, seed=1, now=NOW)
    preferences = Preferences.objects.create(user=user, interview_date=dt.date(2025, 7, 1))
    preferences.target_topics.set(Topic.objects.all()[:1])
    question_set = QuestionSetFactory(owner=user)
    for question in Question.objects.all()[:3]:
        BookmarkFactory(user=user, question=question)
        SetItemFactory(question_set=question_set, question=question)
    client.force_login(user)
    return user


def grow(user) -> None:
    add_history(user, cards=495, reviews=4_990, topics=6, seed=2, now=NOW)
    question_set = user.question_sets.get()
    for question in Question.objects.order_by("-pk")[:40]:
        SetItemFactory(question_set=question_set, question=question)
        BookmarkFactory(user=user, question=question)
    assert Review.objects.filter(user=user).count() >= 5_000


def scope_of(user, kind: str) -> str:
    question = Question.objects.filter(cards__user=user).order_by("pk").first()
    bookmarked = Question.objects.filter(bookmarks__user=user).order_by("pk")
    if kind == "question":
        return str(Scope.for_question(bookmarked.first()))
    if kind == "search":  # the first bookmarks, as "Practise these" freezes them
        return str(
            Scope.for_search("Search: feature", list(bookmarked.values_list("pk", flat=True)))
        )
    slugs = Topic.objects.order_by("pk").values_list("slug", flat=True)
    return {
        "topic": f"topic:{question.topic.slug}",
        "topics": f"topics:{','.join(slugs[:2])}",
        "ahead": f"ahead:topic:{question.topic.slug}",
        "level": f"level:{question.level}",
        "set": f"set:{user.question_sets.get().public_id}",
    }.get(kind, kind)


def as_after_a_grade(user) -> None:
    """Drop the user's token as a grade does when it commits (a test's transaction never
    does; `forget_progress` drops it once a transaction)."""
    cache.delete(VERSION_OF_USER.format(user.pk))


def assert_constant(
    django_assert_max_num_queries, user, request, *, at_most: int, before=lambda: None
) -> None:
    """`request()` at the small history, then at the large one, with no more queries (and
    `before()` ahead of each, not counted)."""
    before()
    with CaptureQueriesContext(connection) as small:
        request()
    grow(user)
    before()
    with django_assert_max_num_queries(len(small)):
        request()
    assert len(small) <= at_most


@pytest.mark.parametrize("kind", SCOPES)
def test_it_shows_a_card_in_constant_queries(client, django_assert_max_num_queries, heavy, kind):
    scope = scope_of(heavy, kind)

    def card_page():
        response = client.get(SESSION_URL, {"scope": scope})
        assert response.status_code == 200
        return response

    # 10, and where the next card is kept: the cache read, new tokens for the user, the bank
    # and the sets (the test changed all three) and the card kept
    kept = kind in KEPT_KINDS
    after_a_grade = functools.partial(as_after_a_grade, heavy)
    assert_constant(
        django_assert_max_num_queries,
        heavy,
        card_page,
        at_most=10 + 5 * kept,
        before=after_a_grade,
    )
    shown = b'action="/practice/reveal/"' in card_page().content
    assert shown or kind in ("new", "ahead")  # (the heavy user met today's new questions)
    if kept and shown:  # seen again (a reload): the session, the user and one read of the
        with CaptureQueriesContext(connection) as again:  # cache (settings, sitting and all)
            response = client.get(SESSION_URL, {"scope": scope})
        assert response.status_code == 200
        assert len(again) <= 3 + (kind in ("topic", "topics", "set"))  # the scope's own row


@pytest.mark.parametrize("kind", SCOPES)
def test_it_reveals_a_card_in_constant_queries(client, django_assert_max_num_queries, heavy, kind):
    scope = scope_of(heavy, kind)
    slug = Question.objects.filter(bookmarks__user=heavy).order_by("pk").first().slug

    def reveal():
        response = client.post(REVEAL_URL, {"scope": scope, "question": slug})
        assert response.status_code == 200
        assert b'<div class="answer">' in response.content

    # 12, and where a next card may be kept: the cache read that finds none
    kept = kind in KEPT_KINDS
    after_a_grade = functools.partial(as_after_a_grade, heavy)
    assert_constant(
        django_assert_max_num_queries, heavy, reveal, at_most=12 + kept, before=after_a_grade
    )
    shown = client.get(SESSION_URL, {"scope": scope}).context["next"].question
    assert shown is not None or kind in ("new", "ahead")
    if kept and shown is not None:  # the card just shown: its counts and card are kept
        with CaptureQueriesContext(connection) as again:
            response = client.post(REVEAL_URL, {"scope": scope, "question": shown.slug})
        assert b'<div class="answer">' in response.content
        # the session, the user, the question with what its answer shows, one cache read,
        # the note and the last typed answer (and the scope's own row): 6 fewer than worked out
        assert len(again) <= 6 + (kind in ("topic", "topics", "set"))


@pytest.mark.parametrize("kind", SCOPES)
@pytest.mark.parametrize("headers", [{}, {"HTTP_HX_REQUEST": "true"}], ids=["plain", "htmx"])
def test_it_grades_in_constant_queries(client, django_assert_max_num_queries, heavy, kind, headers):
    scope = scope_of(heavy, kind)

    def grade(counting):
        card = Card.objects.filter(user=heavy, question__bookmarks__user=heavy).first()
        data = {"scope": scope, "rating": "3", "reps": str(card.reps)}
        with counting:
            response = client.post(grade_url(card.question), data, **headers)
        assert response.status_code == (200 if headers else 302)
        card.refresh_from_db()
        assert card.reps == int(data["reps"]) + 1

    small = CaptureQueriesContext(connection)
    grade(small)
    grow(heavy)
    grade(django_assert_max_num_queries(len(small)))
    # The card locked in the query that tells its question may be opened; the grade's
    # card, review and tallies in one statement; it drops the kept progress
    # statistics once (and once more after its commit, which a test's transaction never
    # reaches), not once per row it saves; with HTMX, where the next card is kept: the
    # page kept before the grade and the cache read, new tokens for the user and (the bank
    # grew) the bank, the card kept. (Carried from the page kept before: test_carried_card.)
    kept = bool(headers) and kind in KEPT_KINDS
    assert len(small) <= (16 if headers else 9) + 5 * kept


def test_it_shows_the_progress_dashboard_in_constant_queries(
    client, django_assert_max_num_queries, heavy
):
    def dashboard():
        forget_progress(heavy.pk)  # worked out again, as after a grade
        response = client.get("/progress/")
        assert response.status_code == 200
        assert b"Mastery by topic" in response.content
        assert b"Interview on" in response.content

    # Worked out after a change to the bank: the statistics, and the bank's counts per
    # topic, are kept (the database cache's reads and writes: 11 and 17 more queries, with
    # new tokens for the bank, the sets and the user)...
    assert_constant(django_assert_max_num_queries, heavy, dashboard, at_most=12 + 11 + 17)
    # ...after a grade: 12, the live cards, the suspended ones, the bank's counts (from the
    # cache) and the daily tally read once each, and the statistics kept (12)...
    with CaptureQueriesContext(connection) as again:
        dashboard()
    assert len(again) <= 12 + 12
    # ...and while nothing changes, the session, the user, their settings and the kept
    # statistics: one read of the cache.
    with CaptureQueriesContext(connection) as kept:
        response = client.get("/progress/")
    assert b"Mastery by topic" in response.content
    assert len(kept) <= 4


def test_it_shows_the_practice_chooser_in_constant_queries(
    client, django_assert_max_num_queries, heavy
):
    def chooser():
        response = client.get("/practice/")
        assert response.status_code == 200
        assert b"Leeches" in response.content

    # 12: the due and new counts in one query each, the suspended cards' list, and one
    # more while the user never saved their settings (is it a new account, to lead to
    # onboarding?); the fixture's were not.
    assert_constant(django_assert_max_num_queries, heavy, chooser, at_most=12)


@pytest.mark.parametrize("url", ["/", "question"])
def test_it_shows_the_landing_and_question_pages_in_constant_queries(
    client, django_assert_max_num_queries, heavy, url
):
    if url == "question":
        url = Question.objects.filter(bookmarks__user=heavy).first().get_absolute_url()

    def page():
        assert client.get(url).status_code == 200

    # The landing's bank summary and the question page's question, answer and sources are
    # cached; growing the bank forgets them, so both visits here work them out again and
    # fill the database cache. From the cache each is one query (tests/prep/test_home.py,
    # tests/questions/test_views.py): the question page is then its user's own rows only.
    # The landing keeps its user's due count too, under new tokens for the user, the bank
    # and the sets (the database cache's writes: 21 more queries, once).
    assert_constant(
        django_assert_max_num_queries, heavy, page, at_most=12 + 21 if url == "/" else 6 + 11
    )
    if url != "/":
        with CaptureQueriesContext(connection) as again:
            page()
        # session, user, the question, the cache, bookmark and note
        assert len(again) <= 6
