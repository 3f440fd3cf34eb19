"""Server time of the practice card page, a grade, and the dashboard for a heavy user:
2,000 cards and 100,000 reviews over a year."""

import datetime as dt
import statistics
import time

import pytest
from django.test import Client
from django.utils import timezone

from prep.practice.models import Card
from questions.models import Topic
from tests.factories import QuestionFactory, UserFactory
from tests.practice.helpers import add_history

pytestmark = pytest.mark.django_db
CARDS, REVIEWS = 2_000, 100_000


@pytest.fixture
def heavy_user():
    user = UserFactory(timezone="Europe/Berlin")
    add_history(user, cards=CARDS, reviews=REVIEWS, topics=10, seed=3, now=timezone.now())
    return user


def median_ms(work, runs: int = 15) -> float:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def test_bench_practice_pages_for_a_heavy_user(heavy_user):
    client = Client()
    client.force_login(heavy_user)
    assert client.get("/practice/session/?scope=due").status_code == 200

    card_page = median_ms(lambda: client.get("/practice/session/?scope=due"))
    dashboard = median_ms(lambda: client.get("/progress/"), runs=9)

    def grade_next():
        card = heavy_user.cards.order_by("due").first()
        response = client.post(
            f"/practice/q/{card.question.slug}/grade/",
            {"scope": "due", "rating": "3", "reps": str(card.reps)},
        )
        assert response.status_code == 302

    grade = median_ms(grade_next)
    print(
        f"\n{CARDS} cards, {REVIEWS} reviews: card page {card_page:.0f} ms, "
        f"grade {grade:.0f} ms, dashboard {dashboard:.0f} ms (medians, test client)"
    )


def test_bench_a_new_question_over_several_topics(heavy_user):
    """Picking the next new question in a "topics:" scope of 5 topics, with 2,000 cards and
    2,000 questions still new: as quick as one topic (a count per row took 1–1.5 s)."""
    topics = list(Topic.objects.filter(questions__cards__user=heavy_user).distinct()[:5])
    for n in range(2_000):
        QuestionFactory(topic=topics[n % 5], prompt=f"New question {n}: why?")
    Card.objects.filter(user=heavy_user).update(due=timezone.now() + dt.timedelta(days=30))
    client = Client()
    client.force_login(heavy_user)
    several = f"/practice/session/?scope=topics:{','.join(t.slug for t in topics)}"
    one = f"/practice/session/?scope=topic:{topics[0].slug}"
    assert "New question" in client.get(several).content.decode()

    several_ms, one_ms = median_ms(lambda: client.get(several)), median_ms(lambda: client.get(one))
    print(f"\nnew question card page: 5 topics {several_ms:.0f} ms, 1 topic {one_ms:.0f} ms")
