"""The next card of a session is kept between views of it (a reload, its reveal), and never
shown once it is out of date: the clock brings another card due, a question is published,
the user's day ends, a card is graded, suspended or its settings change."""

import base64
import datetime as dt

import pytest
from django.db import connection
from django.test import Client

from prep.practice.models import Card, Preferences, State
from questions.models import Status
from tests.factories import CardFactory, QuestionFactory
from tests.practice.helpers import (
    REVEAL_URL,
    SESSION_URL,
    grade_url,
    hidden_fields,
    html,
    progress_line,
    shown_prompt,
)

# Committed as on the site: a test's one transaction drops a user's token once.
pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("empty_cache")]

MOMENT = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def owner(client, clock, user):
    clock.now = MOMENT
    Preferences.objects.create(user=user, new_per_day=1)
    client.force_login(user)
    return client


def card_page(client, scope: str = "due"):
    return client.get(SESSION_URL, {"scope": scope})


def grade_shown(client, page, question, rating: int) -> None:
    """Reveal the card on `page`, then grade it as its buttons do."""
    revealed = client.post(REVEAL_URL, hidden_fields(page, REVEAL_URL))
    fields = hidden_fields(revealed, grade_url(question))
    assert client.post(grade_url(question), {**fields, "rating": str(rating)}).status_code == 302


def due_card(user, prompt: str, due: dt.datetime, **fields) -> Card:
    question = QuestionFactory(prompt=prompt)
    return CardFactory(user=user, question=question, due=due, reps=3, **fields)


def test_a_card_falling_due_is_counted_at_once(owner, clock, user):
    due_card(user, "Due now", MOMENT - dt.timedelta(hours=1), state=State.REVIEW)
    due_card(user, "Due soon", MOMENT + dt.timedelta(minutes=10), state=State.REVIEW)
    assert progress_line(card_page(owner)) == "1 due · 0 new left"

    clock.advance(minutes=9, seconds=50)
    assert progress_line(card_page(owner)) == "1 due · 0 new left"
    clock.advance(seconds=20)
    assert progress_line(card_page(owner)) == "2 due · 0 new left"


def test_a_question_published_meanwhile_is_new_at_once(owner, user):
    due_card(user, "Due now", MOMENT - dt.timedelta(hours=1), state=State.REVIEW)
    assert progress_line(card_page(owner)) == "1 due · 0 new left"

    QuestionFactory(prompt="Just published", status=Status.PUBLISHED)
    assert progress_line(card_page(owner)) == "1 due · 1 new left"


def test_a_new_day_brings_new_questions_again(owner, clock, user):
    due_card(user, "Due", MOMENT - dt.timedelta(days=1), state=State.REVIEW)
    question = QuestionFactory(prompt="Today's new one")
    QuestionFactory(prompt="Tomorrow's new one")
    grade_shown(owner, card_page(owner, "new"), question, 4)  # easy: due in days
    assert progress_line(card_page(owner)) == "1 due · 0 new left"

    clock.now = MOMENT.replace(hour=23, minute=59, second=50)
    assert progress_line(card_page(owner)) == "1 due · 0 new left"
    clock.advance(seconds=20)  # midnight where the user lives (UTC)
    assert progress_line(card_page(owner)) == "1 due · 1 new left"


def test_a_grade_a_suspended_card_or_new_settings_show_what_is_next(owner, user):
    first = due_card(user, "First", MOMENT - dt.timedelta(hours=2), state=State.REVIEW)
    second = due_card(user, "Second", MOMENT - dt.timedelta(hours=1), state=State.REVIEW)
    due_card(user, "Third", MOMENT - dt.timedelta(minutes=30), state=State.REVIEW)
    QuestionFactory(prompt="Never seen")
    page = card_page(owner)
    assert (shown_prompt(page), progress_line(page)) == ("First", "3 due · 1 new left")

    grade_shown(owner, page, first.question, 3)
    page = card_page(owner)
    assert (shown_prompt(page), progress_line(page)) == ("Second", "2 due · 1 new left")

    owner.post(f"/practice/q/{second.question.slug}/suspend/", {"scope": "due"})
    page = card_page(owner)
    assert (shown_prompt(page), progress_line(page)) == ("Third", "1 due · 1 new left")

    preferences = Preferences.objects.get(user=user)
    preferences.new_per_day = 0
    preferences.save()
    assert progress_line(card_page(owner)) == "1 due · 0 new left"


def test_a_long_pause_ends_the_sitting_on_a_kept_card(owner, clock, user):
    first = due_card(user, "First", MOMENT - dt.timedelta(hours=2), state=State.REVIEW)
    due_card(user, "Second", MOMENT - dt.timedelta(hours=1), state=State.REVIEW)
    grade_shown(owner, card_page(owner), first.question, 3)
    assert "Card 2 of 2" in html(card_page(owner))

    clock.advance(minutes=29, seconds=50)
    assert "Card 2 of 2" in html(card_page(owner))
    clock.advance(seconds=20)  # a pause of more than 30 minutes: another sitting
    assert "Card 1 of 1" in html(card_page(owner))


def test_a_card_deleted_in_the_admin_is_not_shown_from_what_was_kept(owner, user, staff):
    first = due_card(user, "First", MOMENT - dt.timedelta(hours=2), state=State.REVIEW)
    due_card(user, "Second", MOMENT - dt.timedelta(hours=1), state=State.REVIEW)
    assert shown_prompt(card_page(owner)) == "First"

    staff_client = Client()
    staff_client.force_login(staff)
    deleted = staff_client.post(f"/admin/practice/card/{first.pk}/delete/", {"post": "yes"})

    assert deleted.status_code == 302
    assert shown_prompt(card_page(owner)) == "Second"


def test_what_is_kept_holds_no_password_hash(owner, user):
    due_card(user, "Kept", MOMENT - dt.timedelta(hours=1), state=State.REVIEW)
    assert shown_prompt(card_page(owner)) == "Kept"

    with connection.cursor() as cursor:
        cursor.execute("SELECT value FROM django_cache")
        kept = [base64.b64decode(value) for (value,) in cursor.fetchall()]
    assert kept
    assert not any(user.password.encode() in value for value in kept)


def test_revealing_the_kept_card_shows_its_answer_with_the_same_counts(owner, user):
    due_card(user, "Kept", MOMENT - dt.timedelta(hours=1), state=State.REVIEW)
    QuestionFactory(prompt="Never seen")
    page = card_page(owner)

    revealed = owner.post(REVEAL_URL, hidden_fields(page, REVEAL_URL))

    assert shown_prompt(revealed) == "Kept"
    assert '<div class="answer">' in html(revealed)
    assert progress_line(revealed) == progress_line(page) == "1 due · 1 new left"
    grade = hidden_fields(revealed, grade_url(Card.objects.get(user=user).question))
    assert grade["reps"] == "3"  # the card as it is: a grade from here counts
