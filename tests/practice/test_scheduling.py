"""FSRS through time: every grade is given at an explicit moment, usually when the card is due."""

import copy
import datetime as dt

import fsrs
import pytest

from prep.practice import scheduling
from prep.practice.models import LEECH_LAPSES, Card, Rating, State
from tests.factories import CardFactory

START = dt.datetime(2025, 3, 3, 8, 0, tzinfo=dt.UTC)


def new_card() -> Card:
    return Card(due=START)


def graded(card: Card, rating: int, now: dt.datetime, retention: float = 0.9) -> Card:
    scheduling.grade(card, rating, now, retention)
    return card


def review_card(stability: float, *, last_review: dt.datetime, elapsed_days: int) -> Card:
    """A card that graduated `elapsed_days` ago and is due now (at last_review + elapsed)."""
    return Card(
        state=State.REVIEW,
        stability=stability,
        difficulty=5.0,
        last_review=last_review,
        due=last_review + dt.timedelta(days=elapsed_days),
        reps=4,
    )


def graduate(card: Card) -> Card:
    """Grade a learning card Good whenever it is due until it is in review."""
    while card.state != State.REVIEW:
        graded(card, Rating.GOOD, card.due)
    return card


def test_it_brings_a_new_card_graded_good_back_later_than_one_graded_again():
    again = graded(new_card(), Rating.AGAIN, START)
    good = graded(new_card(), Rating.GOOD, START)

    assert again.due - START == dt.timedelta(minutes=1)
    assert good.due - START == dt.timedelta(minutes=10)
    assert again.state == good.state == State.LEARNING
    assert again.reps == good.reps == 1


def test_it_reports_the_state_before_the_grade():
    card = new_card()

    assert scheduling.grade(card, Rating.GOOD, START, 0.9) == State.NEW
    assert scheduling.grade(card, Rating.GOOD, card.due, 0.9) == State.LEARNING
    assert scheduling.grade(card, Rating.GOOD, card.due, 0.9) == State.REVIEW


def test_it_grows_the_interval_with_each_good_review_done_when_due():
    card, now, intervals = new_card(), START, []
    for _ in range(7):
        graded(card, Rating.GOOD, now)
        intervals.append(card.due - now)
        now = card.due

    assert intervals[0] == dt.timedelta(minutes=10)
    assert intervals[1] >= dt.timedelta(days=1)
    assert intervals == sorted(set(intervals)), intervals
    assert intervals[-1] > dt.timedelta(days=365)
    assert card.reps == 7
    assert card.lapses == 0


def test_it_counts_a_lapse_and_shortens_the_next_interval():
    card = graduate(graded(new_card(), Rating.GOOD, START))
    for _ in range(2):
        graded(card, Rating.GOOD, card.due)
    interval_before = card.due - card.last_review
    stability_before = card.stability

    lapsed_at = card.due
    graded(card, Rating.AGAIN, lapsed_at)

    assert card.lapses == 1
    assert card.state == State.RELEARNING
    assert card.due - lapsed_at == dt.timedelta(minutes=10)
    assert card.stability < stability_before

    relearned_at = card.due
    graded(card, Rating.GOOD, relearned_at)

    assert card.state == State.REVIEW
    assert card.lapses == 1
    assert card.due - relearned_at < interval_before / 2


def test_it_does_not_count_again_while_learning_as_a_lapse():
    card = graded(graded(new_card(), Rating.AGAIN, START), Rating.AGAIN, START)

    assert card.lapses == 0
    assert card.state == State.LEARNING


def test_it_marks_a_card_forgotten_eight_times_as_a_leech():
    card, now, leech_after = new_card(), START, []
    while card.lapses < LEECH_LAPSES:
        graded(card, Rating.AGAIN if card.state == State.REVIEW else Rating.GOOD, now)
        leech_after.append((card.lapses, card.is_leech))
        now = card.due

    assert LEECH_LAPSES == 8
    assert (7, False) in leech_after
    assert leech_after[-1] == (8, True)


@pytest.mark.django_db
def test_it_lists_leeches_from_eight_lapses(user):
    leech = CardFactory(user=user, lapses=8)
    CardFactory(user=user, lapses=7)

    assert list(Card.objects.filter(user=user).leeches()) == [leech]


def test_it_offers_longer_intervals_from_again_to_easy_for_a_review_card():
    card = review_card(10.0, last_review=START, elapsed_days=10)
    now = card.due
    untouched = copy.copy(card.__dict__)

    intervals = scheduling.next_intervals(card, now, 0.9)
    labels = [scheduling.humanize_interval(intervals[rating]) for rating in Rating]

    assert list(intervals) == [Rating.AGAIN, Rating.HARD, Rating.GOOD, Rating.EASY]
    assert (
        intervals[Rating.AGAIN] < intervals[Rating.HARD] < intervals[Rating.GOOD]
    ) and intervals[Rating.GOOD] < intervals[Rating.EASY]
    assert labels[0] == "10m"
    assert all(label.endswith(("d", "mo")) for label in labels[1:]), labels
    assert card.__dict__ == untouched  # a preview: the card is not graded


def test_it_offers_the_learning_steps_for_a_new_question():
    intervals = scheduling.next_intervals(None, START, 0.9)

    assert [scheduling.humanize_interval(intervals[rating]) for rating in Rating][:3] == [
        "1m",
        "6m",
        "10m",
    ]
    assert intervals[Rating.EASY] >= dt.timedelta(days=1)


@pytest.mark.parametrize(
    ("delta", "label"),
    [
        (dt.timedelta(seconds=30), "<1m"),
        (dt.timedelta(minutes=1), "1m"),
        (dt.timedelta(minutes=10), "10m"),
        (dt.timedelta(hours=3), "3h"),
        (dt.timedelta(days=4), "4d"),
        (dt.timedelta(days=45), "1.5mo"),
        (dt.timedelta(days=60), "2mo"),
        (dt.timedelta(days=365), "1y"),
        (dt.timedelta(days=547.5), "1.5y"),
    ],
)
def test_it_labels_intervals_as_on_ankis_buttons(delta, label):
    assert scheduling.humanize_interval(delta) == label


def test_it_lowers_retrievability_as_time_passes():
    card = review_card(10.0, last_review=START, elapsed_days=10)

    recall = [
        scheduling.retrievability(card, START + dt.timedelta(days=days))
        for days in (0, 1, 5, 10, 30, 100)
    ]

    assert recall[0] == pytest.approx(1.0)
    assert recall == sorted(recall, reverse=True)
    assert len(set(recall)) == len(recall)
    assert recall[3] == pytest.approx(0.9)  # after `stability` days, by definition


def test_it_has_no_retrievability_for_a_card_never_graded():
    assert scheduling.retrievability(new_card(), START) == 0.0


@pytest.mark.parametrize("elapsed_days", [1, 3, 10, 40])
def test_it_computes_retrievability_as_fsrs_does(elapsed_days):
    exact = scheduling.scheduler(0.9, fuzz=False)
    card = review_card(7.5, last_review=START, elapsed_days=10)
    theirs = fsrs.Card(
        state=fsrs.State.Review, stability=7.5, difficulty=5.0, due=card.due, last_review=START
    )
    moment = START + dt.timedelta(days=elapsed_days)

    assert scheduling.retrievability(card, moment) == pytest.approx(
        exact.get_card_retrievability(theirs, moment)
    )


def test_it_schedules_a_review_when_recall_has_fallen_to_the_desired_retention():
    exact = scheduling.scheduler(0.9, fuzz=False)
    theirs = fsrs.Card(
        state=fsrs.State.Review,
        stability=12.0,
        difficulty=5.0,
        due=START + dt.timedelta(days=12),
        last_review=START,
    )
    reviewed_at = theirs.due
    after, _ = exact.review_card(theirs, fsrs.Rating.Good, review_datetime=reviewed_at)
    ours = Card(
        state=State.REVIEW,
        stability=after.stability,
        difficulty=after.difficulty,
        last_review=reviewed_at,
        due=after.due,
        reps=5,
    )

    assert after.due - reviewed_at > dt.timedelta(days=12)
    assert scheduling.retrievability(ours, ours.due) == pytest.approx(0.9, abs=0.01)


def test_it_reaches_the_desired_retention_at_each_due_date_through_time():
    card, now = new_card(), START
    for _ in range(6):
        graded(card, Rating.GOOD, now)
        now = card.due
        if card.state == State.REVIEW:
            # Fuzz moves a due date by a few percent: recall then is close to, not exactly, 0.9.
            assert scheduling.retrievability(card, now) == pytest.approx(0.9, abs=0.02)


def test_it_schedules_sooner_for_a_higher_desired_retention():
    demanding = review_card(10.0, last_review=START, elapsed_days=10)
    relaxed = review_card(10.0, last_review=START, elapsed_days=10)
    now = demanding.due

    preview_demanding = scheduling.next_intervals(demanding, now, 0.97)[Rating.GOOD]
    preview_relaxed = scheduling.next_intervals(relaxed, now, 0.80)[Rating.GOOD]
    graded(demanding, Rating.GOOD, now, retention=0.97)
    graded(relaxed, Rating.GOOD, now, retention=0.80)

    assert demanding.due < relaxed.due
    assert demanding.due - now < (relaxed.due - now) / 3
    assert preview_demanding < preview_relaxed


def test_grading_and_showing_intervals_never_wait_on_the_clock(monkeypatch):
    """fsrs sleeps a millisecond when it has to invent a card id: on every card page and
    grade, a sync worker would stand still for it."""

    def no_sleep(seconds):
        raise AssertionError(f"slept {seconds} s while scheduling")

    monkeypatch.setattr("time.sleep", no_sleep)
    card = new_card()
    scheduling.next_intervals(None, START, 0.9)
    scheduling.next_intervals(card, START, 0.9)
    graded(graded(card, Rating.GOOD, START), Rating.GOOD, START + dt.timedelta(minutes=10))
    scheduling.next_intervals(card, START + dt.timedelta(days=1), 0.9)
