"""Where I am in a session ("Card 2 of 3") and the summary it ends on."""

import datetime as dt
import re

import pytest

from tests.factories import CardFactory, QuestionFactory, ReviewFactory
from tests.practice.helpers import SESSION_URL, grade_url, html

pytestmark = pytest.mark.django_db

MOMENT = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
HTMX = {"HX-Request": "true"}


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
