"""Undo the grade just given: the card's FSRS state is exactly as before, the review gone."""

import datetime as dt

import pytest

from prep.practice.models import Card, Review
from tests.factories import CardFactory, QuestionFactory, ReviewFactory
from tests.practice.helpers import MOMENT, SESSION_URL, grade_url, html, progress_line, shown_prompt

pytestmark = pytest.mark.django_db

UNDO_URL = "/practice/undo/"
HTMX = {"HX-Request": "true"}
FSRS_FIELDS = ("state", "step", "stability", "difficulty", "due", "last_review", "reps", "lapses")


def fsrs_state(card: Card) -> tuple:
    card.refresh_from_db()
    return tuple(getattr(card, name) for name in FSRS_FIELDS)


@pytest.fixture
def due_card(user):
    """A card in review, last seen 12 days ago, due two days ago, with one lapse."""
    return CardFactory(
        user=user,
        question=QuestionFactory(prompt="What does the GIL protect?"),
        stability=11.37,
        difficulty=6.12,
        last_review=MOMENT - dt.timedelta(days=12),
        due=MOMENT - dt.timedelta(days=2),
        reps=4,
        lapses=1,
    )


def grade(client, question, rating: int, reps: int, **headers):
    return client.post(
        grade_url(question), {"scope": "due", "rating": str(rating), "reps": str(reps)}, **headers
    )


def undo(client, question, sequence: int, **headers):
    return client.post(
        UNDO_URL,
        {"scope": "due", "question": question.slug, "sequence": str(sequence)},
        **headers,
    )


@pytest.mark.parametrize("rating", [1, 2, 3, 4])
def test_it_restores_the_fsrs_state_exactly(owner, due_card, rating):
    before = fsrs_state(due_card)
    grade(owner, due_card.question, rating, reps=4)
    assert fsrs_state(due_card) != before

    response = undo(owner, due_card.question, 4, headers=HTMX)

    assert response.status_code == 200
    assert fsrs_state(due_card) == before
    assert not Review.objects.exists()


def test_undoing_the_first_grade_makes_the_question_new_again(owner, user):
    question = QuestionFactory(prompt="What is a coroutine?")
    grade(owner, question, 3, reps=0)

    response = undo(owner, question, 0, headers=HTMX)

    assert not Card.objects.filter(user=user).exists()
    assert shown_prompt(response) == "What is a coroutine?"
    assert progress_line(response) == "0 due · 1 new left"  # today's new count is back
    assert "Grade “Good” taken back. Grade this card again." in html(response)


def test_after_a_grade_the_next_card_offers_to_undo_it(owner, due_card):
    htmx = grade(owner, due_card.question, 3, reps=4, headers=HTMX)

    assert 'data-action="undo"' in html(htmx)
    assert f'name="question" value="{due_card.question.slug}"' in html(htmx)


def test_without_javascript_undo_redirects_to_the_card_again(owner, due_card):
    CardFactory(user=due_card.user, due=MOMENT - dt.timedelta(days=5))  # due before it
    plain = grade(owner, due_card.question, 1, reps=4)
    assert plain.url == f"{SESSION_URL}?scope=due&undo={due_card.question.slug}:4"
    assert 'data-action="undo"' in html(owner.get(plain.url))

    response = undo(owner, due_card.question, 4, follow=True)

    assert response.redirect_chain == [
        (f"{SESSION_URL}?scope=due&show={due_card.question.slug}", 302)
    ]
    assert shown_prompt(response) == "What does the GIL protect?"  # not the other card
    assert "taken back" in html(response)


def test_a_second_click_undoes_nothing_more(owner, due_card, user):
    second = CardFactory(user=user, due=MOMENT - dt.timedelta(days=1))
    grade(owner, second.question, 3, reps=3)
    grade(owner, due_card.question, 3, reps=4)
    kept = fsrs_state(second)

    undo(owner, due_card.question, 4, headers=HTMX)
    again = undo(owner, due_card.question, 4, headers=HTMX)

    assert "Nothing to undo" in html(again)
    assert fsrs_state(second) == kept
    assert Review.objects.get().question == second.question


def test_a_grade_over_an_hour_old_stays(owner, clock, due_card):
    grade(owner, due_card.question, 3, reps=4)
    clock.advance(hours=1, seconds=1)

    response = undo(owner, due_card.question, 4, headers=HTMX)

    assert "Nothing to undo" in html(response)
    assert Review.objects.count() == 1


def test_a_card_graded_again_since_is_not_rolled_back(owner, clock, due_card, user):
    grade(owner, due_card.question, 1, reps=4)
    ReviewFactory(card=due_card, sequence=5, origin="mock")  # a mock interview graded it
    Card.objects.filter(pk=due_card.pk).update(reps=6)

    response = undo(owner, due_card.question, 4, headers=HTMX)

    assert "Nothing to undo" in html(response)
    assert Review.objects.count() == 2


def test_nobody_else_can_undo_my_grade(owner, client, due_card, outsider):
    grade(owner, due_card.question, 3, reps=4)
    after = fsrs_state(due_card)
    client.force_login(outsider)

    response = undo(client, due_card.question, 4, headers=HTMX)

    assert "Nothing to undo" in html(response)
    assert fsrs_state(due_card) == after


@pytest.mark.parametrize("sequence", ["", "x", "-1", "99999999999999999999"])
def test_garbage_undo_input_changes_nothing(owner, due_card, sequence):
    grade(owner, due_card.question, 3, reps=4)

    response = owner.post(
        UNDO_URL, {"scope": "due", "question": due_card.question.slug, "sequence": sequence}
    )

    assert response.status_code == 302
    assert Review.objects.count() == 1


def test_anonymous_visitors_are_sent_to_log_in(client):
    response = client.post(UNDO_URL, {"scope": "due"})

    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")
