"""Reviews per local day, kept as a tally (DailyReviews) beside the review log.

The heatmap and the streaks need a count per day over the whole history; counting the
log on every visit of the progress page read all of a user's reviews (100,000 after a
year of heavy use: ~30 ms). The tally changes in the same transaction as the review it
counts (a grade, an undo), so it is exact; it is derived data, so when it cannot be
trusted it is rebuilt from the log:

- a user with reviews and no tally (reviews written in bulk, outside grade_question);
- a day counted in another time zone than the user's (they moved): days are local.
"""

import datetime as dt

from django.db import connection, transaction
from django.db.models import Max, Min

from accounts.timezones import local_midnight
from prep.practice.models import DailyReviews, Review
from prep.practice.sql import positional

# Serialises a user's tally updates with its rebuild (pg_advisory_xact_lock's first key;
# the second is the user id), so a grade during a rebuild is counted once.
_LOCK_KEY = 0x7461_6C79  # "taly"


def count_review(user, reviewed_at: dt.datetime, delta: int) -> None:
    """Add `delta` (1: a grade, -1: an undo) to the day of `reviewed_at` in the user's zone."""
    with connection.cursor() as cursor:
        cursor.execute(*review_counted(user, reviewed_at, delta))


def review_counted(user, reviewed_at: dt.datetime, delta: int) -> tuple[str, list]:
    """The statement that counts `delta` reviews on the day of `reviewed_at`, with its
    values, for count_review() or to run with a grade's own writes.

    A row that would go below zero, or that another zone counted, is marked with no zone
    (""), and the next read rebuilds the user's tally.
    """
    table = DailyReviews._meta.db_table
    return positional(
        f"INSERT INTO {table} (user_id, day, zone, reviews)"  # noqa: S608 - our table; values are parameters
        " SELECT %(user)s, %(day)s, CASE WHEN %(delta)s > 0 THEN %(zone)s ELSE '' END,"
        " GREATEST(%(delta)s, 0) FROM (SELECT pg_advisory_xact_lock(%(key)s, %(user)s)) AS held"
        " ON CONFLICT (user_id, day) DO UPDATE SET"
        f" reviews = GREATEST({table}.reviews + %(delta)s, 0),"
        f" zone = CASE WHEN {table}.zone = %(zone)s AND {table}.reviews + %(delta)s >= 0"
        f" THEN {table}.zone ELSE '' END",
        {
            "user": user.pk,
            "day": reviewed_at.astimezone(user.zone).date(),
            "zone": user.timezone,
            "delta": delta,
            "key": _LOCK_KEY,
        },
    )


def reviews_per_day(user) -> dict[dt.date, int]:
    """Reviews per local day over the whole history, from the tally (one query)."""
    rows = list(DailyReviews.objects.filter(user=user).values_list("day", "zone", "reviews"))
    stale = any(zone != user.timezone for _, zone, _ in rows)
    if stale or (not rows and Review.objects.filter(user=user).exists()):
        return rebuild(user)
    return {day: reviews for day, _, reviews in rows if reviews}


@transaction.atomic
def rebuild(user) -> dict[dt.date, int]:
    """Count the user's reviews per day again from the log, in their zone; return them."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s, %s)", [_LOCK_KEY, user.pk])
    daily = count_from_log(user)
    DailyReviews.objects.filter(user=user).delete()
    DailyReviews.objects.bulk_create(
        DailyReviews(user=user, day=day, zone=user.timezone, reviews=reviews)
        for day, reviews in daily.items()
    )
    return daily


def count_from_log(user) -> dict[dt.date, int]:
    """Reviews per local day, counted from the review log itself.

    Each review is placed between its day's local midnights (computed here, DST included)
    by width_bucket's binary search, which is about a third cheaper than converting every
    review's time to the user's zone in SQL.
    """
    reviews = Review.objects.filter(user=user)
    span = reviews.aggregate(first=Min("reviewed_at"), last=Max("reviewed_at"))
    if span["first"] is None:
        return {}
    zone = user.zone
    first, last = (span[end].astimezone(zone).date() for end in ("first", "last"))
    days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    midnights = [dt.datetime.combine(day, dt.time(), tzinfo=zone) for day in days]
    midnights.append(local_midnight(span["last"], zone, 1))
    table = Review._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT width_bucket(reviewed_at, %s::timestamptz[]), COUNT(*) FROM {table}"  # noqa: S608 - our table; values are parameters
            " WHERE user_id = %s GROUP BY 1",
            [midnights, user.pk],
        )
        # Bucket n (1-based) holds the reviews from midnights[n - 1] to midnights[n].
        return {days[bucket - 1]: count for bucket, count in cursor.fetchall()}
