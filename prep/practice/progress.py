"""Progress statistics in a constant number of queries, whatever the history: the live cards
are read once and summed here, the reviews per day come from their daily tally."""

import datetime as dt
import math
from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

from django.db.models import (
    BooleanField,
    Case,
    Count,
    Exists,
    F,
    FloatField,
    Func,
    OuterRef,
    Q,
    Value,
    When,
)

from accounts.timezones import local_midnight
from prep.practice import daily
from prep.practice.models import (
    LEECH_LAPSES,
    MAX_NEW_PER_DAY,
    Card,
    Origin,
    Preferences,
    Rating,
    Review,
    State,
)
from prep.practice.scheduling import retrievability
from prep.practice.sessions import LEARNING_STATES
from questions.models import Question, Status, Topic
from questions.summary import published_by_topic

MATURE_DAYS = 21


def forgotten() -> Exists:
    """The card's latest grade was Again (its review of sequence reps - 1, by the unique
    index): it is forgotten until graded again. FSRS measures recall from that grade, so
    right after it, the curve alone would say 100%."""
    # "sequence >= reps - 1" finds the same review (no sequence reaches reps), but is not an
    # equality, so PostgreSQL cannot hash this subquery: it used to hash every user's Again
    # grades (a fifth of all reviews) to look up a few cards, instead of probing the index.
    return Exists(
        Review.objects.filter(
            card=OuterRef("pk"), sequence__gte=OuterRef("reps") - 1, rating=Rating.AGAIN
        )
    )


class LiveCard(NamedTuple):
    pk: int
    question: int
    topic: int | None
    in_bank: bool
    state: int
    due: dt.datetime
    last_review: dt.datetime | None
    stability: float | None
    reps: int
    lapses: int
    just_forgotten: bool


def live_cards(user) -> list[LiveCard]:
    """The user's live cards, with what the statistics below read of them, in one query.

    The progress page used to ask PostgreSQL for each statistic over the live cards in
    turn, and each query read the whole bank again to check access (~15 ms at 2,000
    cards and 20,000 questions). The page now reads the cards once and passes them to
    each function (`cards=`); called alone, a function reads them itself. Their times come
    as seconds since the epoch: reading 4,000 timestamps as text took longer than the query.
    """
    just_forgotten = Q(state__in=LEARNING_STATES) & forgotten()
    rows = (
        Card.objects.live(user)
        .annotate(
            topic=F("question__topic"),
            in_bank=Case(
                When(Q(question__status=Status.PUBLISHED, question__owner__isnull=True), then=True),
                default=False,
                output_field=BooleanField(),
            ),
            just_forgotten=Case(
                When(just_forgotten, then=Value(True)),
                default=Value(False),
                output_field=BooleanField(),
            ),
            due_at=_epoch("due"),
            reviewed_at=_epoch("last_review"),
        )
        .values_list(
            "pk",
            "question",
            "topic",
            "in_bank",
            "state",
            "due_at",
            "reviewed_at",
            "stability",
            "reps",
            "lapses",
            "just_forgotten",
        )
    )
    moment = dt.datetime.fromtimestamp
    return [
        LiveCard(
            *row[:5],
            due=moment(row[5], dt.UTC),
            last_review=None if row[6] is None else moment(row[6], dt.UTC),
            stability=row[7],
            reps=row[8],
            lapses=row[9],
            just_forgotten=row[10],
        )
        for row in rows
    ]


def _epoch(field: str) -> Func:
    return Func(
        F(field), template="EXTRACT(EPOCH FROM %(expressions)s)::float8", output_field=FloatField()
    )


def recall_of(card, moment: dt.datetime) -> float | None:
    """The chance of recalling one of `live_cards` at `moment`: 0 just after an Again grade
    (FSRS measures recall from that grade, so its curve alone would say 100%); None for a
    card never graded."""
    if card.just_forgotten:
        return 0.0
    if not card.stability or card.last_review is None:
        return None
    return retrievability(card, moment)


def due_summary(user, now: dt.datetime, *, cards: list | None = None) -> dict:
    cards = live_cards(user) if cards is None else cards
    tomorrow, day_after, week = (local_midnight(now, user.zone, n) for n in (1, 2, 7))
    return {
        "now": sum(1 for card in cards if card.due <= now),
        "today": sum(1 for card in cards if card.due < tomorrow),
        "tomorrow": sum(1 for card in cards if tomorrow <= card.due < day_after),
        "week": sum(1 for card in cards if card.due < week),
        "cards": len(cards),
        "leeches": sum(1 for card in cards if card.lapses >= LEECH_LAPSES),
        # When true retention gets its first data: a learned card comes back for review.
        "first_review_due": min(
            (card.due for card in cards if card.state == State.REVIEW), default=None
        ),
    }


def forecast(
    user, now: dt.datetime, days: int = 30, *, cards: list | None = None
) -> list[tuple[dt.date, int]]:
    """Reviews due on each of the next `days` local days (overdue ones count today)."""
    cards = live_cards(user) if cards is None else cards
    zone = user.zone
    today = now.astimezone(zone).date()
    end = local_midnight(now, zone, days)
    counts = {}
    for card in cards:
        if card.due < end:
            day = max(card.due.astimezone(zone).date(), today)
            counts[day] = counts.get(day, 0) + 1
    return [
        (today + dt.timedelta(days=n), counts.get(today + dt.timedelta(days=n), 0))
        for n in range(days)
    ]


def daily_reviews(user) -> dict[dt.date, int]:
    """Reviews per local day, over the whole history: one read of the daily tally serves
    both the heatmap and the streaks."""
    return daily.reviews_per_day(user)


def activity(
    user, now: dt.datetime, days: int = 365, *, daily: dict[dt.date, int] | None = None
) -> dict[dt.date, int]:
    """Reviews per local day over the last `days` days."""
    daily = daily_reviews(user) if daily is None else daily
    first = now.astimezone(user.zone).date() - dt.timedelta(days=days - 1)
    return {day: count for day, count in daily.items() if day >= first}


@dataclass
class Streaks:
    current: int
    best: int


def streaks(user, now: dt.datetime, *, daily: dict[dt.date, int] | None = None) -> Streaks:
    """Runs of consecutive local days with a review."""
    daily = daily_reviews(user) if daily is None else daily
    today = now.astimezone(user.zone).date()
    best = length = 0
    previous = None
    for day in sorted(daily):
        length = length + 1 if previous and (day - previous).days == 1 else 1
        best, previous = max(best, length), day
    # The current streak is alive if its last day is today or yesterday (today not done yet).
    current = length if previous and (today - previous).days <= 1 else 0
    return Streaks(current=current, best=best)


def retention(user, now: dt.datetime, days: int = 30) -> dict:
    return retention_of(grades_by_origin(user, now, days))


def retention_of(by_origin: list[dict]) -> dict:
    """True retention: recalled / all reviews of cards that were in review (not learning);
    and, for the weeks before any card reaches review, the same over every grade. Summed
    from grades_by_origin's rows: the page reads the last 30 days of reviews once."""
    return {
        "total": sum(row["in_review"] for row in by_origin),
        "recalled": sum(row["in_review_recalled"] for row in by_origin),
        "graded": sum(row["total"] for row in by_origin),
        "graded_recalled": sum(row["total"] - row["again"] for row in by_origin),
    }


def grades_by_origin(user, now: dt.datetime, days: int = 30) -> list[dict]:
    """Grades of the last `days` days from practice and from mock interviews, side by side."""
    since = now - dt.timedelta(days=days)
    in_review = Q(state_before=State.REVIEW)
    rows = (
        Review.objects.filter(user=user, reviewed_at__gte=since)
        .values("origin")
        .annotate(
            total=Count("pk"),
            in_review=Count("pk", filter=in_review),
            in_review_recalled=Count("pk", filter=in_review & ~Q(rating=Rating.AGAIN)),
            **{rating.label.lower(): Count("pk", filter=Q(rating=rating)) for rating in Rating},
        )
        .order_by("origin")
    )
    labels = dict(Origin.choices)
    return [
        row
        | {
            "label": labels[row["origin"]],
            "recalled": round(100 * (1 - row["again"] / row["total"])),
        }
        for row in rows
    ]


def bank_by_topic(user, *, cards: list | None = None) -> dict:
    """Per topic (None: no topic), the bank's questions and those this user never practised
    (`unseen`): the mastery totals and the interview plan's counts.

    The bank's counts are the same for everyone (kept while the bank is unchanged); what
    this user practised comes from their live cards, plus the few they suspended. Counting
    both in one pass over the bank was the page's most expensive read (5 ms at 20,000).
    """
    cards = live_cards(user) if cards is None else cards
    practised = Counter(card.topic for card in cards if card.in_bank)
    suspended = Card.objects.suspended(user).filter(
        question__status=Status.PUBLISHED, question__owner__isnull=True
    )
    practised.update(suspended.values_list("question__topic", flat=True))
    return {
        topic: {"topic": topic, "total": total, "unseen": max(total - practised[topic], 0)}
        for topic, total in published_by_topic().items()
    }


def topic_mastery(
    user, now: dt.datetime, *, cards: list | None = None, bank: dict | None = None
) -> list[dict]:
    """Per topic: questions in the bank, seen, mature, and average recall now."""
    cards = live_cards(user) if cards is None else cards
    bank = bank_by_topic(user, cards=cards) if bank is None else bank
    by_topic = {}
    for card in cards:
        if card.topic is None:
            continue
        row = by_topic.setdefault(card.topic, {"seen": 0, "mature": 0, "recalls": []})
        row["seen"] += 1
        mature_after = card.last_review and card.last_review + dt.timedelta(MATURE_DAYS)
        row["mature"] += bool(mature_after and card.due >= mature_after)
        recall = recall_of(card, now)
        if recall is not None:
            row["recalls"].append(recall)
    for row in by_topic.values():
        row["recall"] = math.fsum(row["recalls"]) / len(row["recalls"]) if row["recalls"] else 0
    rows = []
    for topic in Topic.objects.order_by("order", "name"):
        row = by_topic.get(topic.pk, {})
        total = bank.get(topic.pk, {}).get("total", 0)
        if not total and not row:
            continue
        rows.append(
            {
                "topic": topic,
                "total": total,
                "seen": row.get("seen", 0),
                "mature": row.get("mature", 0),
                "recall": row.get("recall") or 0.0,
            }
        )
    return rows


def weakest(user, now: dt.datetime, limit: int = 8, *, cards: list | None = None) -> list[Card]:
    """Forgotten or fading cards, least likely to be recalled first (just forgotten: 0%),
    then the most often forgotten; each with its `recall`."""
    cards = live_cards(user) if cards is None else cards
    ranked = []
    for card in cards:
        recall = recall_of(card, now)
        if card.reps > 0 and (card.lapses > 0 or (recall is not None and recall < 0.8)):
            unknown = recall is None  # last, as PostgreSQL sorts NULL
            ranked.append((unknown, recall or 0.0, -card.lapses, card.pk, recall))
    ranked = sorted(ranked)[:limit]
    if not ranked:
        return []
    found = Card.objects.select_related("question").in_bulk([row[3] for row in ranked])
    shown = []
    for *_, pk, recall in ranked:
        found[pk].recall = recall
        shown.append(found[pk])
    return shown


def recent_reviews(user, limit: int = 10):
    """The latest grades; `question_live` says whether the question can still be opened."""
    visible = Question.objects.visible_to(user).filter(pk=OuterRef("question"))
    # The latest ids first, then `question_live` for those rows only: annotated on the
    # whole history, PostgreSQL read the bank (to hash who may see what) for ten rows.
    latest = Review.objects.filter(user=user).order_by("-reviewed_at").values("pk")[:limit]
    return (
        Review.objects.filter(pk__in=latest)
        .select_related("question")
        .annotate(question_live=Exists(visible))
        .order_by("-reviewed_at")
    )


@dataclass
class InterviewPlan:
    date: dt.date
    days_left: int
    total: int
    introduced: int
    new_per_day_needed: int
    recall_at_date: float
    on_track: bool
    target: str  # what is prepared for, in words: "the set “Onsite”", "Async, Databases"
    # The daily limit to offer ("set my limit to 33"): needed, above the user's, and
    # within what the setting allows; None when the limit is enough or the date passed.
    suggested_new_per_day: int | None = None


def interview_plan(
    user,
    preferences: Preferences,
    now: dt.datetime,
    *,
    cards: list | None = None,
    bank: dict | None = None,
) -> InterviewPlan | None:
    """Will every target question be introduced, and remembered, by the interview date?

    `cards` (live_cards) and `bank` (bank_by_topic) are read here unless the page has them.
    """
    if preferences.interview_date is None:
        return None
    zone = user.zone
    today = now.astimezone(zone).date()
    days_left = (preferences.interview_date - today).days
    target, target_name, topic_ids = _target_questions(user, preferences)
    cards = live_cards(user) if cards is None else cards
    if preferences.target_set_id:
        # A set is small: its questions are counted, and listed, on their own.
        practised = Exists(Card.objects.filter(user=user, question=OuterRef("pk")))
        counts = target.aggregate(total=Count("pk"), remaining=Count("pk", filter=~practised))
        total, remaining = counts["total"], counts["remaining"]
        in_set = set(target.values_list("pk", flat=True))
        targeted = [card for card in cards if card.question in in_set]
    else:
        bank = bank_by_topic(user, cards=cards) if bank is None else bank
        rows = [bank[topic] for topic in topic_ids if topic in bank] if topic_ids else bank.values()
        total = sum(row["total"] for row in rows)
        remaining = sum(row["unseen"] for row in rows)
        targeted = [
            card for card in cards if card.in_bank and (not topic_ids or card.topic in topic_ids)
        ]
    interview_moment = dt.datetime.combine(preferences.interview_date, dt.time(9), tzinfo=zone)
    # Cards due before the date will be reviewed by then (if the user keeps up), which
    # brings them back to the desired retention; the others decay until the date.
    recalls = [
        preferences.desired_retention
        if card.due < interview_moment
        else retrievability(card, interview_moment)
        for card in targeted
        if card.due < interview_moment or (card.stability and card.last_review)
    ]
    recall = math.fsum(recalls) / len(recalls) if recalls else None
    needed = math.ceil(remaining / days_left) if days_left > 0 else remaining
    introduced = total - remaining
    recall_at_date = recall or 0.0
    on_track = (
        days_left >= 0
        and needed <= preferences.new_per_day
        and (introduced == 0 or recall_at_date >= preferences.desired_retention - 0.005)
    )
    return InterviewPlan(
        date=preferences.interview_date,
        days_left=days_left,
        total=total,
        introduced=introduced,
        new_per_day_needed=needed,
        recall_at_date=recall_at_date,
        on_track=on_track,
        target=target_name,
        suggested_new_per_day=(
            min(needed, MAX_NEW_PER_DAY)
            if days_left > 0 and needed > preferences.new_per_day
            else None
        ),
    )


def _target_questions(user, preferences: Preferences) -> tuple:
    """The questions to know by the interview, what they are in words, and the ids of its
    topics: the target set, else the topics the user chose (at onboarding or in settings),
    else the whole bank (no topics)."""
    if preferences.target_set_id:
        questions = Question.objects.visible_to(user).filter(
            set_items__question_set=preferences.target_set_id
        )
        return questions, f"the set “{preferences.target_set.title}”", set()
    topics = list(preferences.target_topics.order_by("order", "name"))
    bank = Question.objects.bank()
    if topics:
        names = ", ".join(topic.name for topic in topics)
        return bank.filter(topic__in=topics), names, {topic.pk for topic in topics}
    return bank, "the whole bank", set()
