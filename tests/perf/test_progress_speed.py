"""Server time of /progress/ for a heavy user: 2,000 cards and 100,000 reviews over a year.

    uv run pytest tests/perf/test_progress_speed.py -o addopts="" -s

Target: under 150 ms median (about 361 ms when the heatmap was drawn by template loops).
"""

import datetime as dt
import statistics
import time

import pytest
from django.test import Client
from django.utils import timezone

from prep.practice.models import Preferences
from questions.models import Topic
from tests.factories import UserFactory
from tests.practice.helpers import add_history

pytestmark = pytest.mark.django_db
CARDS, REVIEWS, RUNS = 2_000, 100_000, 20


@pytest.fixture
def heavy_client():
    user = UserFactory(timezone="Europe/Berlin")
    now = timezone.now()
    add_history(user, cards=CARDS, reviews=REVIEWS, topics=10, seed=3, now=now)
    # With an interview date and target topics, so the plan is rendered too.
    preferences = Preferences.objects.create(
        user=user, interview_date=now.date() + dt.timedelta(days=30)
    )
    preferences.target_topics.set(Topic.objects.all()[:3])
    client = Client()
    client.force_login(user)
    return client


def test_bench_progress_page_for_a_heavy_user(heavy_client):
    response = heavy_client.get("/progress/")
    assert response.status_code == 200
    assert b"Mastery by topic" in response.content

    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        heavy_client.get("/progress/")
        timings.append((time.perf_counter() - started) * 1000)
    print(
        f"\n/progress/ at {CARDS} cards, {REVIEWS} reviews: median "
        f"{statistics.median(timings):.0f} ms, min {min(timings):.0f} ms over {RUNS} "
        f"requests (test client; target < 150 ms)"
    )
