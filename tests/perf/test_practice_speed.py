"""Server time of the practice card page, a grade, and the dashboard for a heavy user:
2,000 cards and 100,000 reviews over a year."""

import datetime as dt
import random
import statistics
import time

import pytest
from django.test import Client
from django.utils import timezone

from prep.models import Card, Review, State
from questions.fingerprint import prompt_fingerprint
from questions.models import Question, Status, Topic
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
CARDS, REVIEWS = 2_000, 100_000


@pytest.fixture
def heavy_user():
    rng = random.Random(3)
    Topic.objects.ensure_base_topics()
    topics = list(Topic.objects.all())
    prompts = [f"Benchmark question {n}: how does part {n} behave?" for n in range(CARDS)]
    questions = Question.objects.bulk_create(
        Question(
            slug=f"bench-{n}",
            prompt=prompt,
            answer="An answer.",
            status=Status.PUBLISHED,
            topic=topics[n % len(topics)],
            fingerprint=prompt_fingerprint(prompt),
        )
        for n, prompt in enumerate(prompts)
    )
    user = UserFactory(timezone="Europe/Berlin")
    now = timezone.now()
    cards = Card.objects.bulk_create(
        Card(
            user=user,
            question=question,
            state=State.REVIEW,
            stability=rng.uniform(1, 200),
            difficulty=rng.uniform(1, 10),
            due=now + dt.timedelta(days=rng.uniform(-5, 60)),
            last_review=now - dt.timedelta(days=rng.uniform(0, 30)),
            reps=50,
            lapses=rng.randint(0, 9),
        )
        for question in questions
    )
    per_card = REVIEWS // CARDS
    Review.objects.bulk_create(
        (
            Review(
                user=user,
                card=card,
                question_id=card.question_id,
                sequence=n,
                rating=rng.randint(1, 4),
                reviewed_at=now - dt.timedelta(days=rng.uniform(0, 365)),
                state_before=State.REVIEW,
                due_after=now,
            )
            for card in cards
            for n in range(per_card)
        ),
        batch_size=5_000,
    )
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
