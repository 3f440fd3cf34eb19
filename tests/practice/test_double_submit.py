"""A grade submitted twice (double click, retry, second tab) is recorded once."""

import datetime as dt
import threading

import pytest
from django.db import connection

from prep.practice.models import Card, Preferences, Rating, Review
from prep.practice.sessions import AlreadyGraded, grade_question
from tests.factories import BookmarkFactory, CardFactory, QuestionFactory, UserFactory
from tests.practice.helpers import SESSION_URL, grade_url, is_card_fragment

MOMENT = dt.datetime(2025, 6, 11, 12, 0, tzinfo=dt.UTC)
RACES = 5  # each race is a fresh pair of threads; more runs, more interleavings tried


@pytest.mark.django_db
@pytest.mark.parametrize("headers", [{}, {"HTTP_HX_REQUEST": "true"}], ids=["plain", "htmx"])
def test_it_records_a_grade_posted_twice_once(client, clock, user, question, headers):
    clock.now = MOMENT
    client.force_login(user)
    data = {"scope": "due", "rating": "3", "reps": "0"}

    first = client.post(grade_url(question), data, **headers)
    clock.advance(seconds=1)
    second = client.post(grade_url(question), {**data, "rating": "1"}, **headers)

    assert first.status_code == second.status_code == (200 if headers else 302)
    if headers:
        assert is_card_fragment(second)
    else:
        assert second.url == f"{SESSION_URL}?scope=due"  # no undo: nothing was counted
    review = Review.objects.get()
    assert (review.rating, review.reviewed_at) == (Rating.GOOD, MOMENT)
    card = Card.objects.get(user=user, question=question)
    assert card.reps == 1


@pytest.mark.django_db
@pytest.mark.parametrize("headers", [{}, {"HTTP_HX_REQUEST": "true"}], ids=["plain", "htmx"])
def test_it_tells_the_user_a_grade_from_a_stale_tab_was_not_counted(
    client, clock, user, question, headers
):
    clock.now = MOMENT
    client.force_login(user)
    data = {"scope": "due", "rating": "3", "reps": "0"}
    client.post(grade_url(question), data)

    stale = client.post(grade_url(question), {**data, "rating": "1"}, follow=not headers, **headers)

    assert stale.status_code == 200
    assert "That grade was not counted" in stale.content.decode()
    assert Review.objects.get().rating == Rating.GOOD


@pytest.mark.django_db
def test_it_says_nothing_about_stale_grades_after_a_normal_grade(client, clock, user, question):
    clock.now = MOMENT
    client.force_login(user)

    response = client.post(
        grade_url(question), {"scope": "due", "rating": "3", "reps": "0"}, follow=True
    )

    assert response.status_code == 200
    assert "not counted" not in response.content.decode()


@pytest.mark.django_db
def test_it_refuses_a_grade_for_a_rep_already_graded(user, question):
    grade = {"user": user, "question": question, "now": MOMENT}
    grade_question(rating=Rating.GOOD, expected_reps=0, **grade)

    with pytest.raises(AlreadyGraded):
        grade_question(rating=Rating.GOOD, expected_reps=0, **grade)
    grade_question(rating=Rating.GOOD, expected_reps=1, **grade)

    assert list(Review.objects.order_by("sequence").values_list("sequence", flat=True)) == [0, 1]
    assert Card.objects.get().reps == 2


def race(*graders) -> list:
    """Start every grader at the same moment in its own thread and connection."""
    barrier = threading.Barrier(len(graders))
    outcomes: list = [None] * len(graders)

    def run(index, grader):
        try:
            barrier.wait(timeout=10)
            outcomes[index] = grader()
        except Exception as error:
            outcomes[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=pair) for pair in enumerate(graders)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not any(thread.is_alive() for thread in threads), "a grade is stuck (deadlock?)"
    return outcomes


def grader(user, question, *, rating, expected_reps):
    return lambda: grade_question(
        user=user,
        question=question,
        rating=rating,
        expected_reps=expected_reps,
        now=MOMENT,
    )


def assert_one_winner(outcomes) -> Review:
    reviews = [outcome for outcome in outcomes if isinstance(outcome, Review)]
    others = [outcome for outcome in outcomes if not isinstance(outcome, Review)]
    assert len(reviews) == 1, outcomes
    assert [type(outcome) for outcome in others] == [AlreadyGraded], outcomes
    return reviews[0]


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("attempt", range(RACES))
def test_it_records_one_review_when_the_first_grade_arrives_twice_at_once(attempt):
    user = UserFactory()
    Preferences.objects.create(user=user)
    question = QuestionFactory()

    outcomes = race(
        grader(user, question, rating=Rating.GOOD, expected_reps=0),
        grader(user, question, rating=Rating.AGAIN, expected_reps=0),
    )

    winner = assert_one_winner(outcomes)
    assert Review.objects.count() == 1
    assert Review.objects.get().pk == winner.pk
    card = Card.objects.get(user=user, question=question)
    assert (card.reps, card.due) == (1, winner.due_after)


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("attempt", range(RACES))
def test_it_records_one_review_when_a_later_grade_arrives_twice_at_once(attempt):
    user = UserFactory()
    Preferences.objects.create(user=user)
    card = CardFactory(user=user, reps=4, last_review=MOMENT - dt.timedelta(days=10), due=MOMENT)

    outcomes = race(
        grader(user, card.question, rating=Rating.GOOD, expected_reps=4),
        grader(user, card.question, rating=Rating.HARD, expected_reps=4),
    )

    winner = assert_one_winner(outcomes)
    assert list(Review.objects.values_list("pk", "sequence")) == [(winner.pk, 4)]
    card.refresh_from_db()
    assert (card.reps, card.last_review) == (5, MOMENT)


@pytest.mark.django_db(transaction=True)
def test_it_lets_two_users_grade_the_same_question_at_once():
    alice, bob = UserFactory(), UserFactory()
    for user in (alice, bob):
        Preferences.objects.create(user=user)
    question = QuestionFactory()

    outcomes = race(
        grader(alice, question, rating=Rating.GOOD, expected_reps=0),
        grader(bob, question, rating=Rating.EASY, expected_reps=0),
    )

    assert all(isinstance(outcome, Review) for outcome in outcomes), outcomes
    assert sorted(Review.objects.values_list("user__email", "rating")) == sorted(
        [(alice.email, Rating.GOOD), (bob.email, Rating.EASY)]
    )
    assert Card.objects.filter(question=question, reps=1).count() == 2


@pytest.mark.parametrize("headers", [{}, {"HTTP_HX_REQUEST": "true"}], ids=["plain", "htmx"])
def test_a_card_unbookmarked_while_shown_still_gets_its_grade(client, clock, user, headers):
    """Found by the soak benchmark: the grade of a card un-bookmarked from itself in a
    "Your bookmarks" session was a 404, and lost."""
    clock.now = MOMENT
    question = QuestionFactory()
    BookmarkFactory(user=user, question=question)
    client.force_login(user)
    client.post(f"/practice/q/{question.slug}/bookmark/", **headers)  # un-bookmarked

    response = client.post(
        grade_url(question), {"scope": "bookmarks", "rating": "3", "reps": "0"}, **headers
    )

    assert response.status_code == (200 if headers else 302)
    assert Review.objects.get().question == question
