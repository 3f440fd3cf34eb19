"""FSRS, the scheduler Anki uses, behind a small interface in our own terms."""

import datetime as dt
from functools import lru_cache

import fsrs

from prep.practice.models import Card, Rating, State

DEFAULT_PARAMETERS = fsrs.Scheduler().parameters
# FSRS-6 forgetting curve: R(t, S) = (1 + FACTOR * t / S) ** DECAY, t and S in days.
DECAY = -DEFAULT_PARAMETERS[20]
FACTOR = 0.9 ** (1 / DECAY) - 1


@lru_cache(maxsize=32)
def scheduler(desired_retention: float, *, fuzz: bool = True) -> fsrs.Scheduler:
    return fsrs.Scheduler(desired_retention=desired_retention, enable_fuzzing=fuzz)


def _to_fsrs(card: Card | None, now: dt.datetime) -> fsrs.Card:
    # An id of our own: without one, fsrs makes one from the clock and sleeps a millisecond
    # so that the next is different, in the middle of every card page and grade.
    card_id = (card.pk or 0) if card is not None else 0
    if card is None or card.reps == 0:
        return fsrs.Card(card_id=card_id, due=now)
    return fsrs.Card(
        card_id=card_id,
        state=fsrs.State(card.state),
        step=card.step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=card.due,
        last_review=card.last_review,
    )


def grade(card: Card, rating: int, now: dt.datetime, desired_retention: float) -> State:
    """Schedule the card after this rating; returns the state it was in before."""
    before = State.NEW if card.reps == 0 else State(card.state)
    graded, _ = scheduler(desired_retention).review_card(
        _to_fsrs(card, now), fsrs.Rating(rating), review_datetime=now
    )
    card.state = graded.state.value
    card.step = graded.step
    card.stability = graded.stability
    card.difficulty = graded.difficulty
    card.due = graded.due
    card.last_review = now
    card.reps += 1
    if before == State.REVIEW and rating == Rating.AGAIN:
        card.lapses += 1
    return before


def next_intervals(card: Card | None, now: dt.datetime, desired_retention: float) -> dict:
    """What each rating would do, without fuzz: {Rating: timedelta until due}."""
    exact = scheduler(desired_retention, fuzz=False)
    current = _to_fsrs(card, now)
    return {
        rating: exact.review_card(current, fsrs.Rating(rating), review_datetime=now)[0].due - now
        for rating in Rating
    }


def retrievability(card: Card, now: dt.datetime) -> float:
    """The chance of recalling the answer now."""
    if not card.stability or not card.last_review:
        return 0.0
    elapsed = max((now - card.last_review).total_seconds() / 86400, 0)
    return (1 + FACTOR * elapsed / card.stability) ** DECAY


def humanize_interval(delta: dt.timedelta) -> str:
    """ "<1m", "10m", "3h", "4d", "2mo", "1.5y" as on Anki's buttons."""
    seconds = delta.total_seconds()
    if seconds < 60:
        return "<1m"
    if seconds < 3600:
        return f"{round(seconds / 60)}m"
    if seconds < 86400:
        return f"{round(seconds / 3600)}h"
    days = seconds / 86400
    if days < 30:
        return f"{round(days)}d"
    if days < 365:
        return f"{days / 30:.1f}mo".replace(".0mo", "mo")
    return f"{days / 365:.1f}y".replace(".0y", "y")
