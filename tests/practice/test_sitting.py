"""Where I am in a session ("Card 2 of 3") and the summary it ends on."""

import datetime as dt
import importlib
import re

import pytest
from django.db import connection
from django.utils import timezone

from prep.practice import sitting
from prep.practice.models import Card, Origin, SittingTally
from prep.practice.sessions import grade_question
from tests.factories import CardFactory, QuestionFactory, ReviewFactory
from tests.practice.helpers import SESSION_URL, grade_url, html

pytestmark = pytest.mark.django_db

MOMENT = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
HTMX = {"HX-Request": "true"}
UNDO_URL = "/practice/undo/"


@pytest.fixture
def owner(client, clock, user):
    clock.now = MOMENT
    client.force_login(user)
    return client


def position(response) -> str:
    found = re.search(r'<span class="position">(Card \d+ of \d+)</span>', html(response))
    return found.group(1) if found else ""


def grade(client, clock, question, rating: int, seconds: int = 20):
    shown_at = clock.now.isoformat()
    clock.advance(seconds=seconds)
    data = {"scope": "due", "rating": str(rating), "reps": "0", "shown_at": shown_at}
    return client.post(grade_url(question), data, headers=HTMX)


def test_it_says_where_i_am_and_ends_on_a_summary(owner, clock):
    questions = [QuestionFactory(prompt=f"Question {n}") for n in range(3)]
    assert position(owner.get(f"{SESSION_URL}?scope=due")) == "Card 1 of 3"

    after_first = grade(owner, clock, questions[0], 4)
    grade(owner, clock, questions[1], 4, seconds=100)
    done = grade(owner, clock, questions[2], 4)

    assert position(after_first) == "Card 2 of 3"
    page = html(done)
    assert "This session" in page
    assert "3 cards in 2 minutes." in page
    counts = re.findall(r"<strong>(\d+)</strong> (\w+)", page)
    assert counts == [("0", "Again"), ("0", "Hard"), ("0", "Good"), ("3", "Easy")]
    assert "Stop: see my progress" in page


def test_a_long_pause_starts_a_new_session(owner, clock, user):
    old = CardFactory(user=user)
    ReviewFactory(card=old, reviewed_at=MOMENT - dt.timedelta(minutes=45), rating=1)
    QuestionFactory(prompt="Fresh")

    assert position(owner.get(f"{SESSION_URL}?scope=due")) == "Card 1 of 1"


def test_caught_up_here_with_reviews_due_elsewhere_says_so(owner, user):
    CardFactory(user=user, due=MOMENT - dt.timedelta(hours=1))

    page = html(owner.get(f"{SESSION_URL}?scope=new"))

    assert "Other questions of yours are due now." in page
    assert "Review what is due" in page
    assert "Next review due in 0" not in page


def summary(response) -> tuple[str, list]:
    page = html(response)
    [line] = re.findall(r"<p>(\d+ cards? in [^<]*)</p>", page)
    return line, re.findall(r"<strong>(\d+)</strong> (\w+)", page)


def test_grades_after_a_long_pause_are_a_new_session(owner, clock):
    first, second = QuestionFactory(prompt="First"), QuestionFactory(prompt="Second")
    grade(owner, clock, first, 1)  # Again: back in a learning step, due in minutes
    clock.advance(minutes=45)
    Card.objects.filter(question=first).update(due=clock.now + dt.timedelta(days=3))

    done = grade(owner, clock, second, 4)

    line, counts = summary(done)
    assert line == "1 card in under a minute."
    assert counts == [("0", "Again"), ("0", "Hard"), ("0", "Good"), ("1", "Easy")]


def test_an_undone_grade_leaves_the_session_summary(owner, clock):
    first, second = QuestionFactory(prompt="First"), QuestionFactory(prompt="Second")
    grade(owner, clock, first, 4)
    grade(owner, clock, second, 1)
    owner.post(UNDO_URL, {"scope": "due", "question": second.slug, "sequence": "0"}, headers=HTMX)

    done = grade(owner, clock, second, 4)

    line, counts = summary(done)
    assert line == "2 cards in under a minute."
    assert counts == [("0", "Again"), ("0", "Hard"), ("0", "Good"), ("2", "Easy")]


def test_a_mock_interview_grade_is_not_practice(owner, clock, user):
    interviewed, practised = QuestionFactory(prompt="Asked"), QuestionFactory(prompt="Practised")
    grade_question(
        user=user,
        question=interviewed,
        rating=1,
        expected_reps=None,
        now=clock.now,
        origin=Origin.MOCK,
    )
    Card.objects.filter(question=interviewed).update(due=clock.now + dt.timedelta(days=3))

    done = grade(owner, clock, practised, 4)

    line, counts = summary(done)
    assert line == "1 card in under a minute."
    assert counts == [("0", "Again"), ("0", "Hard"), ("0", "Good"), ("1", "Easy")]


def test_the_migration_counts_the_sittings_under_way_from_the_log(user, outsider):
    """The sittings under way when the tally came: their grades since the last long pause."""
    migration = importlib.import_module("prep.practice.migrations.0009_sitting_tally")
    now = timezone.now()
    card, other = CardFactory(user=user), CardFactory(user=outsider)
    ReviewFactory(card=card, reviewed_at=now - dt.timedelta(hours=2), rating=1)  # before a pause
    for minutes, rating, origin in ((25, 3, Origin.PRACTICE), (15, 4, Origin.MOCK), (5, 2, "")):
        ReviewFactory(
            card=card,
            reviewed_at=now - dt.timedelta(minutes=minutes),
            rating=rating,
            duration_ms=90_000,
            origin=origin or Origin.PRACTICE,
        )
    ReviewFactory(card=other, reviewed_at=now - dt.timedelta(minutes=40))  # over

    with connection.cursor() as cursor:
        cursor.execute(migration.COUNT_SITTINGS_UNDER_WAY)

    mine = sitting.current(user, now)
    assert (mine.reviews, mine.seconds, mine.ratings) == (2, 180, {3: 1, 2: 1})
    assert sitting.current(outsider, now).reviews == 0
    assert SittingTally.objects.filter(user=outsider).count() == 0


def test_undoing_the_grade_that_joined_two_sittings_splits_them_again(owner, clock):
    first, second, third = (QuestionFactory(prompt=f"Question {n}") for n in range(3))
    grade(owner, clock, first, 4)
    clock.advance(minutes=20)
    grade(owner, clock, second, 4)  # 20 minutes after the first: the same sitting
    clock.advance(minutes=20)
    grade(owner, clock, third, 4)  # 40 minutes after the first, 20 after the second
    clock.advance(minutes=1)

    undone = owner.post(
        UNDO_URL, {"scope": "due", "question": second.slug, "sequence": "0"}, headers=HTMX
    )

    assert position(undone) == "Card 2 of 2"  # the third alone, then the second again
