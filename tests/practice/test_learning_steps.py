"""What was just forgotten comes back in the same session, as in Anki: a card in a learning
step is shown once its step is due, or early (within 20 minutes) when nothing else is left."""

import datetime as dt

import pytest

from prep.practice.models import Card, State
from tests.factories import CardFactory, QuestionFactory
from tests.practice.helpers import SESSION_URL, grade_url, html, progress_line, shown_prompt

pytestmark = pytest.mark.django_db

MOMENT = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
HTMX = {"HX-Request": "true"}


@pytest.fixture
def owner(client, clock, user):
    clock.now = MOMENT
    client.force_login(user)
    return client


def grade(client, question, rating: int, reps: int):
    return client.post(
        grade_url(question),
        {"scope": "due", "rating": str(rating), "reps": str(reps)},
        headers=HTMX,
    )


def test_a_new_question_graded_again_comes_back_before_the_session_ends(owner, user):
    question = QuestionFactory(prompt="What is the event loop?")

    response = grade(owner, question, 1, reps=0)

    card = Card.objects.get(user=user)
    assert card.state == State.LEARNING and card.due > MOMENT
    assert shown_prompt(response) == "What is the event loop?"
    assert "shown early: its learning step ends at 09:01" in html(response)


def test_a_forgotten_review_card_comes_back_after_the_others(owner, user):
    forgotten = CardFactory(
        user=user, question=QuestionFactory(prompt="Forgotten"), due=MOMENT - dt.timedelta(days=1)
    )
    other = CardFactory(
        user=user, question=QuestionFactory(prompt="Other"), due=MOMENT - dt.timedelta(hours=1)
    )

    first = grade(owner, forgotten.question, 1, reps=forgotten.reps)
    second = grade(owner, other.question, 3, reps=other.reps)

    assert shown_prompt(first) == "Other"  # what is due now comes first
    assert shown_prompt(second) == "Forgotten"  # then the relearning step, early
    assert Card.objects.get(pk=forgotten.pk).state == State.RELEARNING


def test_once_its_step_is_due_it_counts_as_learning(owner, clock, user):
    question = QuestionFactory(prompt="Learning")
    grade(owner, question, 1, reps=0)
    clock.advance(minutes=15)

    response = owner.get(f"{SESSION_URL}?scope=due")
    page = html(response)

    assert progress_line(response) == "1 due (1 learning) · 0 new left"
    assert "shown early" not in page


def test_a_step_more_than_twenty_minutes_away_waits(owner, user):
    card = CardFactory(
        user=user,
        state=State.RELEARNING,
        step=0,
        question=QuestionFactory(prompt="Later"),
        due=MOMENT + dt.timedelta(minutes=25),
    )

    response = owner.get(f"{SESSION_URL}?scope=due")

    assert shown_prompt(response) is None
    assert "All caught up" in html(response)
    assert card.question.prompt not in html(response)
