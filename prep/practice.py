"""What to practise next: due cards first, then new questions, within a chosen scope."""

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.http import Http404

from prep import scheduling
from prep.models import Bookmark, Card, Preferences, Review, State
from questions.models import Level, Question, QuestionSet, Topic

SCOPE_KINDS = ("due", "topic", "level", "set", "bookmarks", "new")


@dataclass(frozen=True)
class Scope:
    """Which questions a practice session draws from: "due", "topic:async", "set:<uuid>"..."""

    kind: str = "due"
    value: str = ""

    @classmethod
    def parse(cls, text: str | None) -> "Scope":
        kind, _, value = (text or "due").partition(":")
        if kind not in SCOPE_KINDS:
            raise Http404("Unknown practice scope.")
        if kind == "level" and value not in Level.values:
            raise Http404("Unknown level.")
        return cls(kind, value)

    def __str__(self) -> str:
        return f"{self.kind}:{self.value}" if self.value else self.kind

    def questions(self, user) -> tuple[QuerySet, str]:
        """The questions in scope, and a name for it. 404 for a scope the user may not see."""
        bank = Question.objects.bank()
        if self.kind == "topic":
            topic = Topic.objects.filter(slug=self.value).first()
            if topic is None:
                raise Http404("Unknown topic.")
            return bank.for_topic(topic), topic.name
        if self.kind == "level":
            return bank.at_level(self.value), f"{Level(self.value).label} questions"
        if self.kind == "set":
            question_set = _visible_set(user, self.value)
            return question_set.questions.all(), question_set.title
        if self.kind == "bookmarks":
            return bank.filter(bookmarks__user=user), "Your bookmarks"
        if self.kind == "new":
            return bank, "New questions"
        return bank, "Due reviews"


def _visible_set(user, public_id: str) -> QuestionSet:
    try:
        visible = QuestionSet.objects.filter(Q(owner=user) | ~Q(visibility="private"))
        return visible.get(public_id=public_id)
    except (QuestionSet.DoesNotExist, ValueError, ValidationError):
        raise Http404("Unknown question set.") from None


def preferences_for(user) -> Preferences:
    try:
        return user.practice_preferences
    except Preferences.DoesNotExist:
        with transaction.atomic():
            preferences, _ = Preferences.objects.get_or_create(user=user)
        return preferences


def start_of_today(user, now: dt.datetime) -> dt.datetime:
    local = now.astimezone(ZoneInfo(user.timezone))
    return local.replace(hour=0, minute=0, second=0, microsecond=0)


def new_left_today(user, preferences: Preferences, now: dt.datetime) -> int:
    introduced = Review.objects.filter(
        user=user, state_before=State.NEW, reviewed_at__gte=start_of_today(user, now)
    ).count()
    return max(preferences.new_per_day - introduced, 0)


def unseen(user, questions):
    return questions.exclude(Exists(Card.objects.filter(user=user, question=OuterRef("pk"))))


@dataclass
class NextCard:
    question: Question | None
    card: Card | None
    due_count: int
    new_count: int  # new questions available now (within today's limit)


def next_card(user, scope: Scope, now: dt.datetime, preferences: Preferences) -> NextCard:
    questions, _ = scope.questions(user)
    due = user.cards.due(now).filter(question__in=questions.values("pk"))
    due_count = due.count()
    new_left = new_left_today(user, preferences, now)
    new_questions = unseen(user, questions)
    new_count = min(new_questions.count(), new_left)
    if scope.kind != "new":
        card = due.select_related("question__topic").order_by("due", "pk").first()
        if card is not None:
            return NextCard(card.question, card, due_count, new_count)
    if new_count:
        question = new_questions.select_related("topic").order_by("topic__order", "pk").first()
        return NextCard(question, None, due_count, new_count)
    return NextCard(None, None, due_count, new_count)


def scope_counts(user, now: dt.datetime, preferences: Preferences) -> dict:
    """Due and new counts per topic and level, for the practice chooser (constant queries)."""
    due = user.cards.due(now).filter(question__in=Question.objects.bank().values("pk"))
    new = unseen(user, Question.objects.bank())
    return {
        "due_total": due.count(),
        "new_total": new.count(),
        "new_left": new_left_today(user, preferences, now),
        "due_by_topic": dict(due.values_list("question__topic__slug").annotate(n=Count("pk"))),
        "new_by_topic": dict(new.values_list("topic__slug").annotate(n=Count("pk"))),
        "due_by_level": dict(due.values_list("question__level").annotate(n=Count("pk"))),
        "new_by_level": dict(new.values_list("level").annotate(n=Count("pk"))),
        "bookmarks": Bookmark.objects.filter(user=user).count(),
    }


class AlreadyGraded(Exception):
    """The same grade arrived twice (double click, retry, second tab)."""


@transaction.atomic
def grade_question(
    *,
    user,
    question: Question,
    rating: int,
    expected_reps: int,
    now: dt.datetime,
    preferences: Preferences,
    duration_ms: int | None = None,
    typed_answer: str = "",
) -> Review:
    """Record one grade: lock the card, schedule it, append the review."""
    # get_or_create survives two first grades racing; the row lock orders everything after.
    Card.objects.get_or_create(user=user, question=question, defaults={"due": now})
    card = Card.objects.select_for_update().get(user=user, question=question)
    if card.reps != expected_reps:
        raise AlreadyGraded
    sequence = card.reps
    state_before = scheduling.grade(card, rating, now, preferences.desired_retention)
    card.save()
    return Review.objects.create(
        user=user,
        card=card,
        question=question,
        sequence=sequence,
        rating=rating,
        reviewed_at=now,
        duration_ms=duration_ms,
        typed_answer=typed_answer[:10000],
        state_before=state_before,
        due_after=card.due,
    )
