"""This sitting's practice: the grades since the last long pause, shown on every card.

Kept as a tally (SittingTally, one row a user) beside the review log: reading it back
from the log on every card read each grade of the sitting (2,000 at most: ~2.5 ms of the
database's time a card in a long sitting). The tally changes in the same transaction as
the grade it counts (a grade, an undo), so it is exact. Only grades count: reviews written
otherwise (generated data) are history, not a sitting under way; the migration that made
the tally counted the sittings then under way from the log.

A grade's tally starts a new sitting when it comes more than SITTING_GAP after the last
one. Mock interviews' grades are not practice, and not counted.
"""

import datetime as dt
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import F, Value
from django.db.models.functions import Greatest

from prep.practice.models import Origin, Rating, Review, SittingTally

# A pause this long ends a sitting: what came before is another session.
SITTING_GAP = dt.timedelta(minutes=30)
# The tally's column for each rating.
_COLUMNS = {Rating.AGAIN: "again", Rating.HARD: "hard", Rating.GOOD: "good", Rating.EASY: "easy"}
_ADDED = ("reviews", "seconds", *_COLUMNS.values())


@dataclass
class Sitting:
    """This sitting's practice so far: the grades since the last long pause."""

    reviews: int = 0
    seconds: int = 0
    ratings: dict = field(default_factory=dict)  # Rating -> count

    @property
    def minutes(self) -> int:
        return max(round(self.seconds / 60), 1) if self.reviews else 0


def current(user, now: dt.datetime) -> Sitting:
    """The sitting under way at `now` (one query)."""
    tally = SittingTally.objects.filter(user=user).first()
    if tally is None or tally.reviews == 0 or now - tally.last_at > SITTING_GAP:
        return Sitting()
    ratings = {rating: getattr(tally, column) for rating, column in _COLUMNS.items()}
    return Sitting(
        reviews=tally.reviews,
        seconds=tally.seconds,
        ratings={rating: count for rating, count in ratings.items() if count},
    )


def count_grade(review: Review) -> None:
    """Add a practice grade to its user's sitting, or start a new one after a long pause.

    One statement; call it in the grade's transaction. Each column's new value is computed
    from the row as it was, so "fresh" (a new sitting) means the same for all of them.
    """
    if review.origin != Origin.PRACTICE:
        return
    table = SittingTally._meta.db_table
    fresh = f"EXCLUDED.last_at - {table}.last_at > %(gap)s"
    added = ", ".join(
        f"{column} = EXCLUDED.{column} + CASE WHEN {fresh} THEN 0 ELSE {table}.{column} END"
        for column in _ADDED
    )
    values = {column: 0 for column in _COLUMNS.values()}
    values[_COLUMNS[Rating(review.rating)]] = 1
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (user_id, started_at, last_at, {', '.join(_ADDED)})"  # noqa: S608 - our table and columns; values are parameters
            " VALUES (%(user)s, %(at)s, %(at)s, 1, %(seconds)s, %(again)s, %(hard)s, %(good)s,"
            " %(easy)s) ON CONFLICT (user_id) DO UPDATE SET"
            f" started_at = CASE WHEN {fresh} THEN EXCLUDED.started_at"
            f" ELSE {table}.started_at END,"
            f" last_at = GREATEST({table}.last_at, EXCLUDED.last_at), {added}",
            {
                "user": review.user_id,
                "at": review.reviewed_at,
                "gap": SITTING_GAP,
                "seconds": _seconds(review.duration_ms),
                **values,
            },
        )


def take_back(review: Review) -> None:
    """An undone practice grade leaves its sitting (if it was in the latest one)."""
    if review.origin != Origin.PRACTICE:
        return
    less = {"reviews": 1, "seconds": _seconds(review.duration_ms), _COLUMNS[review.rating]: 1}
    SittingTally.objects.filter(user_id=review.user_id, started_at__lte=review.reviewed_at).update(
        **{column: Greatest(F(column) - n, Value(0)) for column, n in less.items()}
    )


def _seconds(duration_ms: int | None) -> int:
    return (duration_ms or 0) // 1000
