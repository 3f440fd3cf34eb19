"""The daily tally of reviews (heatmap and streaks) is the review log counted per local day:
after grades, undos, a move to another time zone, bulk-written reviews and account deletion."""

import datetime as dt
import importlib

import pytest
from django.apps import apps as django_apps
from django.db import connection

from prep.account_data import delete_account
from prep.practice import daily, progress
from prep.practice.models import DailyReviews, Review
from tests.factories import CardFactory, QuestionFactory, ReviewFactory
from tests.practice.helpers import add_history, grade_url, html

pytestmark = pytest.mark.django_db

# 23:30 in Berlin: one hour later it is another local day there, not yet in UTC.
MOMENT = dt.datetime(2026, 3, 2, 22, 30, tzinfo=dt.UTC)


@pytest.fixture
def owner(client, clock, user):
    clock.now = MOMENT
    user.timezone = "Europe/Berlin"
    user.save(update_fields=["timezone"])
    client.force_login(user)
    return client


def tally(user) -> dict[dt.date, int]:
    return {
        row.day: row.reviews
        for row in DailyReviews.objects.filter(user=user, zone=user.timezone)
        if row.reviews
    }


def grade(client, question, reps: int = 0):
    return client.post(grade_url(question), {"scope": "due", "rating": "1", "reps": str(reps)})


def test_it_counts_each_grade_on_the_users_local_day(owner, clock, user):
    first, second = QuestionFactory(), QuestionFactory()
    grade(owner, first)
    clock.now = MOMENT + dt.timedelta(hours=1)  # past midnight in Berlin
    grade(owner, second)
    grade(owner, first, reps=1)

    assert tally(user) == {dt.date(2026, 3, 2): 1, dt.date(2026, 3, 3): 2}
    assert tally(user) == daily.count_from_log(user) == progress.daily_reviews(user)


def test_it_takes_an_undone_grade_off_its_day(owner, user):
    question = QuestionFactory()
    grade(owner, question)
    grade(owner, question, reps=1)
    response = owner.post(
        "/practice/undo/", {"scope": "due", "question": question.slug, "sequence": "1"}
    )

    assert response.status_code == 302
    assert Review.objects.filter(user=user).count() == 1
    assert tally(user) == daily.count_from_log(user) == {dt.date(2026, 3, 2): 1}


def test_it_counts_again_in_the_zone_the_user_moved_to(owner, user):
    grade(owner, QuestionFactory())
    user.timezone = "UTC"
    user.save(update_fields=["timezone"])
    grade(owner, QuestionFactory())  # counted in UTC beside a day counted in Berlin

    assert progress.daily_reviews(user) == {dt.date(2026, 3, 2): 2}
    assert tally(user) == {dt.date(2026, 3, 2): 2}
    user.timezone = "Asia/Tokyo"
    user.save(update_fields=["timezone"])
    assert progress.daily_reviews(user) == {dt.date(2026, 3, 3): 2}


def test_it_counts_reviews_written_without_a_grade(user, clock):
    """Reviews written in bulk (a data import, a load generator) have no tally yet."""
    clock.now = MOMENT
    card = CardFactory(user=user)
    for days in (0, 0, 3):
        ReviewFactory(card=card, reviewed_at=MOMENT - dt.timedelta(days=days))

    assert progress.daily_reviews(user) == {dt.date(2026, 3, 2): 2, dt.date(2026, 2, 27): 1}
    assert tally(user) == progress.daily_reviews(user)


def test_the_progress_page_shows_the_counts_of_the_review_log(owner, user):
    add_history(user, cards=40, reviews=600, topics=2, seed=5, now=MOMENT)
    grade(owner, QuestionFactory())
    counts = daily.count_from_log(user)
    first = MOMENT.astimezone(user.zone).date() - dt.timedelta(days=364)
    year = {day: count for day, count in counts.items() if day >= first}

    page = html(owner.get("/progress/"))

    assert f"{sum(year.values())} reviews on {len(year)} days in the last year" in page
    assert progress.daily_reviews(user) == counts


def test_deleting_the_account_deletes_its_tally(owner, user):
    grade(owner, QuestionFactory())
    assert DailyReviews.objects.filter(user=user).exists()

    delete_account(user=user)

    assert not DailyReviews.objects.exists()


def test_the_migration_counts_every_users_reviews_as_the_app_does(user, outsider):
    """The data migration that fills the tally for the reviews written before it."""
    migration = importlib.import_module("prep.practice.migrations.0007_daily_reviews")
    user.timezone, outsider.timezone = "America/Los_Angeles", "Asia/Kolkata"
    user.save(update_fields=["timezone"])
    outsider.save(update_fields=["timezone"])
    for person, hours in ((user, (1, 7, 8, 30, 24 * 200)), (outsider, (0, 18, 19))):
        card = CardFactory(user=person)
        for hour in hours:
            ReviewFactory(card=card, reviewed_at=MOMENT - dt.timedelta(hours=hour))
    DailyReviews.objects.all().delete()

    with connection.schema_editor() as editor:
        migration.count_every_users_reviews(django_apps, editor)

    assert tally(user) == daily.count_from_log(user)
    assert tally(outsider) == daily.count_from_log(outsider)
    assert sum(tally(user).values()) == 5
