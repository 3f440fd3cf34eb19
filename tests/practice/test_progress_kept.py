"""The progress page keeps its statistics between visits, and never shows them stale: a
grade, an undo, a card falling due, the day ending, an archived question or a set no
longer shared each show on the next visit."""

import datetime as dt
import re

import pytest
from django.test import Client

from prep.practice.kept import VERSION_OF_USER
from prep.practice.models import Card
from questions.models import Status, Visibility
from tests.factories import (
    CardFactory,
    QuestionFactory,
    QuestionSetFactory,
    SetItemFactory,
    UserFactory,
)
from tests.practice.helpers import MOMENT, grade_url, html

pytestmark = pytest.mark.django_db


def stat(response, label: str) -> str:
    """The number shown over a label of the summary ("due now", "reviewed today")."""
    found = re.search(
        rf'<span class="stat-value">([^<]*)</span><span class="stat-label">{label}', html(response)
    )
    assert found, label
    return found.group(1)


@pytest.fixture
def cards(user):
    """Two cards due now and one due in ten minutes."""
    return [
        CardFactory(
            user=user,
            question=QuestionFactory(prompt=f"Question {n}?"),
            last_review=MOMENT - dt.timedelta(days=5),
            due=MOMENT + due,
            reps=3,
        )
        for n, due in enumerate(
            (-dt.timedelta(hours=1), -dt.timedelta(hours=2), dt.timedelta(minutes=10))
        )
    ]


def grade(client, card: Card, rating: int = 3):
    return client.post(
        grade_url(card.question), {"scope": "due", "rating": str(rating), "reps": str(card.reps)}
    )


def test_a_grade_shows_on_the_next_visit(owner, cards):
    assert stat(owner.get("/progress/"), "due now") == "2"
    assert stat(owner.get("/progress/"), "reviewed today") == "0"  # kept: the same numbers

    assert grade(owner, cards[0]).status_code == 302
    page = owner.get("/progress/")

    assert stat(page, "due now") == "1"
    assert stat(page, "reviewed today") == "1"


def test_an_undone_grade_shows_on_the_next_visit(owner, cards):
    grade(owner, cards[0])
    assert stat(owner.get("/progress/"), "reviewed today") == "1"

    owner.post(
        "/practice/undo/", {"scope": "due", "question": cards[0].question.slug, "sequence": "3"}
    )

    assert stat(owner.get("/progress/"), "reviewed today") == "0"


def test_a_card_falling_due_shows_without_any_change(owner, cards, clock):
    clock.now = MOMENT + dt.timedelta(minutes=9, seconds=50)
    assert stat(owner.get("/progress/"), "due now") == "2"

    clock.now = MOMENT + dt.timedelta(minutes=10, seconds=1)  # well within a minute

    assert stat(owner.get("/progress/"), "due now") == "3"


def test_an_archived_question_leaves_the_counts(owner, cards):
    assert stat(owner.get("/progress/"), "due now") == "2"

    cards[0].question.status = Status.ARCHIVED
    cards[0].question.save()

    assert stat(owner.get("/progress/"), "due now") == "1"


def test_a_set_no_longer_shared_takes_its_cards_out(owner, user, cards):
    author = UserFactory()
    private = QuestionFactory(owner=author, prompt="How would you shard orders?")
    shared = QuestionSetFactory(owner=author, visibility=Visibility.LINK)
    SetItemFactory(question_set=shared, question=private)
    shared.open_for(user)
    CardFactory(user=user, question=private, last_review=MOMENT - dt.timedelta(days=9), reps=2,
                due=MOMENT - dt.timedelta(days=1))  # fmt: skip
    assert stat(owner.get("/progress/"), "due now") == "3"

    shared.visibility = Visibility.PRIVATE
    shared.save()

    assert stat(owner.get("/progress/"), "due now") == "2"


def test_what_is_kept_for_one_user_is_never_shown_to_another(owner, cards):
    owner.get("/progress/")
    other = Client()
    other.force_login(UserFactory())

    page = html(other.get("/progress/"))
    assert "Set up your practice" in page
    assert "due now" not in page and "Question 0?" not in page


def test_a_grade_drops_what_is_kept_once_more_when_it_commits(
    owner, user, cards, django_capture_on_commit_callbacks
):
    owner.get("/progress/")
    with django_capture_on_commit_callbacks() as after_commit:
        grade(owner, cards[0])  # saves a card and a review
    # A visit between the grade's writes and its commit would have kept the old rows: one
    # drop after commit is enough, however many rows the grade saved.
    assert [then.forgets for then in after_commit if hasattr(then, "forgets")] == [
        VERSION_OF_USER.format(user.pk)
    ]
    assert stat(owner.get("/progress/"), "reviewed today") == "1"
