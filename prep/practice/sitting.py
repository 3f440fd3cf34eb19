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

from prep.practice.models import Origin, Rating, Review, SittingTally
from prep.practice.sql import positional

# A pause this long ends a sitting: what came before is another session.
SITTING_GAP = dt.timedelta(minutes=30)
# The tally's column for each rating.
_COLUMNS = {Rating.AGAIN: "again", Rating.HARD: "hard", Rating.GOOD: "good", Rating.EASY: "easy"}
_ADDED = ("reviews", "seconds", *_COLUMNS.values())
MOST = 2000  # grades an undo counts again, newest first: a sitting longer than that is cut


@dataclass
class Sitting:
    """This sitting's practice so far: the grades since the last long pause."""

    reviews: int = 0
    seconds: int = 0
    ratings: dict = field(default_factory=dict)  # Rating -> count
    ends_at: dt.datetime | None = None  # unless a grade comes first (None: none under way)

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
        ends_at=tally.last_at + SITTING_GAP,
    )


def with_grade(so_far: Sitting, review: Review) -> Sitting:
    """`so_far` with a practice grade added, as `grade_counted()` adds it to the tally: the
    sitting goes on, or a new one starts after a long pause."""
    at = review.reviewed_at
    going_on = (
        so_far.ends_at is not None and abs(at - (so_far.ends_at - SITTING_GAP)) <= SITTING_GAP
    )
    base = so_far if going_on else Sitting(ends_at=at + SITTING_GAP)
    rating = Rating(review.rating)
    return Sitting(
        reviews=base.reviews + 1,
        seconds=base.seconds + _seconds(review.duration_ms),
        ratings={**base.ratings, rating: base.ratings.get(rating, 0) + 1},
        ends_at=max(base.ends_at, at + SITTING_GAP),
    )


def grade_counted(review: Review) -> tuple[str, list] | None:
    """The statement that adds a practice grade to its user's sitting, or starts a new one
    after a long pause, with its values (None for a grade that is not practice). Run it in
    the grade's transaction, with the grade's own writes.

    Each column's new value is computed from the row as it was, so "fresh" (a new sitting)
    means the same for all of them.
    """
    if review.origin != Origin.PRACTICE:
        return None
    table = SittingTally._meta.db_table
    # (a grade long before the last one, as a clock set back gives, is another sitting too)
    fresh = (
        f"(EXCLUDED.last_at - {table}.last_at > %(gap)s"
        f" OR {table}.last_at - EXCLUDED.last_at > %(gap)s)"
    )
    added = ", ".join(
        f"{column} = EXCLUDED.{column} + CASE WHEN {fresh} THEN 0 ELSE {table}.{column} END"
        for column in _ADDED
    )
    values = {column: 0 for column in _COLUMNS.values()}
    values[_COLUMNS[Rating(review.rating)]] = 1
    return positional(
        f"INSERT INTO {table} (user_id, started_at, last_at, {', '.join(_ADDED)})"  # noqa: S608 - our table and columns; values are parameters
        " VALUES (%(user)s, %(at)s, %(at)s, 1, %(seconds)s, %(again)s, %(hard)s, %(good)s,"
        " %(easy)s) ON CONFLICT (user_id) DO UPDATE SET"
        f" started_at = CASE WHEN {fresh} THEN EXCLUDED.started_at"
        f" ELSE {table}.started_at END,"
        f" last_at = CASE WHEN {fresh} THEN EXCLUDED.last_at"
        f" ELSE GREATEST({table}.last_at, EXCLUDED.last_at) END, {added}",
        {
            "user": review.user_id,
            "at": review.reviewed_at,
            "gap": SITTING_GAP,
            "seconds": _seconds(review.duration_ms),
            **values,
        },
    )


def take_back(review: Review) -> None:
    """An undone practice grade leaves its sitting: the user's tally is counted again from
    the log (the grade may have been what joined two sittings, or the last one of it)."""
    if review.origin != Origin.PRACTICE:
        return
    table = Review._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            # Each grade, newest first, with whether a pause follows it (before the next
            # grade); the latest sitting is the grades with no pause after them.
            f"""SELECT rating, COUNT(*), COALESCE(SUM(COALESCE(duration_ms, 0) / 1000), 0),
                MIN(reviewed_at), MAX(reviewed_at)
            FROM (
                SELECT rating, duration_ms, reviewed_at, COUNT(*) FILTER (WHERE paused) OVER (
                    ORDER BY reviewed_at DESC, id DESC ROWS UNBOUNDED PRECEDING) AS pauses
                FROM (
                    SELECT id, rating, duration_ms, reviewed_at,
                        LAG(reviewed_at, 1, reviewed_at) OVER (ORDER BY reviewed_at DESC, id DESC)
                        - reviewed_at > %(gap)s AS paused
                    FROM {table}
                    WHERE user_id = %(user)s AND origin = %(origin)s
                    ORDER BY reviewed_at DESC, id DESC LIMIT %(most)s
                ) AS graded
            ) AS counted
            WHERE pauses = 0 GROUP BY rating""",  # noqa: S608 - our table; values are parameters
            {"gap": SITTING_GAP, "user": review.user_id, "origin": Origin.PRACTICE, "most": MOST},
        )
        rows = cursor.fetchall()
    SittingTally.objects.filter(user_id=review.user_id).delete()
    if rows:
        counts = {column: 0 for column in _COLUMNS.values()}
        counts.update({_COLUMNS[rating]: count for rating, count, *_ in rows})
        SittingTally.objects.create(
            user_id=review.user_id,
            started_at=min(first for *_, first, _ in rows),
            last_at=max(last for *_, last in rows),
            reviews=sum(count for _, count, *_ in rows),
            seconds=sum(seconds for _, _, seconds, *_ in rows),
            **counts,
        )


def _seconds(duration_ms: int | None) -> int:
    return (duration_ms or 0) // 1000
