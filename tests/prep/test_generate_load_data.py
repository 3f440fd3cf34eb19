"""`manage.py generate_load_data`: the benchmark's data, here at a tiny scale."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from accounts.models import User
from prep.loaddata import HEAVY_EMAIL, Plan, practising_emails
from prep.practice.models import Card, DailyReviews, Review
from questions.models import Question, Source
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
TINY = [
    "--questions=60",
    "--users=4",
    "--reviews=300",
    "--heavy-cards=20",
    "--heavy-reviews=120",
    "--practising=1",
    "--practising-cards=10",
]


def generate(*extra):
    call_command("generate_load_data", *TINY, *extra, stdout=io.StringIO())


def test_it_builds_the_bank_the_users_and_their_practice():
    generate()

    assert Question.objects.bank().count() == 60
    assert User.objects.count() == 4
    heavy = User.objects.get(email=HEAVY_EMAIL)
    assert Card.objects.filter(user=heavy).count() == 20
    assert Review.objects.filter(user=heavy).count() == 120
    # The practising user: every card due, four reviews a card; the others share the rest.
    practising = User.objects.get(email=practising_emails(Plan(users=4, practising=1))[0])
    assert Card.objects.filter(user=practising).count() == 10
    assert Card.objects.filter(user=practising, due__lte=timezone.now()).count() == 10
    assert Review.objects.count() == 120 + 10 * 4 + 2 * (140 // 2)
    # Every card's reviews are numbered from 0, and its last one is its last review.
    card = Card.objects.filter(user=heavy).first()
    assert list(card.reviews.order_by("sequence").values_list("sequence", flat=True)) == list(
        range(card.reps)
    )
    # The daily tally matches the log (the progress page reads it).
    assert sum(DailyReviews.objects.filter(user=heavy).values_list("reviews", flat=True)) == 120


def test_the_same_seed_gives_the_same_data():
    generate("--seed=7")
    first = list(Question.objects.order_by("pk").values_list("prompt", "topic__slug", "level"))
    ratings = list(Review.objects.order_by("pk").values_list("rating", flat=True))
    Review.objects.all().delete()
    Card.objects.all().delete()
    DailyReviews.objects.all().delete()
    Question.objects.all().delete()
    Source.objects.all().delete()
    User.objects.all().delete()

    generate("--seed=7")

    assert list(Question.objects.order_by("pk").values_list("prompt", "topic__slug", "level")) == (
        first
    )
    assert list(Review.objects.order_by("pk").values_list("rating", flat=True)) == ratings


def test_a_generated_user_logs_in_through_the_real_form(client):
    generate("--password=benchmark-pass-1")

    response = client.post(
        "/accounts/login/", {"login": HEAVY_EMAIL, "password": "benchmark-pass-1"}
    )

    assert response.status_code == 302
    assert client.get("/progress/").status_code == 200


def test_it_refuses_more_practising_reviews_than_the_total():
    with pytest.raises(CommandError, match="part of --reviews"):
        generate("--practising=2", "--practising-cards=30")  # 120 + 240 > 300

    assert not Question.objects.exists()


def test_it_refuses_a_database_with_other_users_unless_forced():
    UserFactory(email="someone@real.example.org")

    with pytest.raises(CommandError, match="users the generator did not make"):
        generate()
    assert not Question.objects.exists()

    generate("--force")
    assert Question.objects.bank().count() == 60


def test_it_refuses_to_run_twice_on_the_same_database():
    generate()

    with pytest.raises(CommandError, match="already has load data"):
        generate("--force")
    assert Question.objects.count() == 60
