"""What to practise next: due cards first, then new questions, within a chosen scope."""

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.contrib.postgres.fields import ArrayField
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import connection, models, transaction
from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    Func,
    Min,
    OuterRef,
    Q,
    QuerySet,
    Value,
    When,
)
from django.http import Http404
from django.urls import reverse
from django.utils.text import Truncator

from accounts.timezones import local_midnight
from prep.practice import daily, scheduling
from prep.practice.models import Bookmark, Card, Origin, Preferences, Review, State
from questions.markdown import split_prompt
from questions.models import Level, Question, QuestionSet, Topic

SCOPE_KINDS = (
    "due",
    "topic",
    "topics",
    "level",
    "set",
    "bookmarks",
    "new",
    "question",
    "search",
    "ahead",
)
# Scopes a session can study ahead in ("ahead:topic:async"), once nothing is due in them.
AHEAD_KINDS = ("due", "topic", "topics", "level", "set", "bookmarks")
# "Study ahead" reviews the scope's cards due within this many local days, soonest first.
STUDY_AHEAD = dt.timedelta(days=7)
# "topics:async,databases": a session over several topics, at most this many.
MAX_TOPICS = 50

# "Practise these" on the bank takes at most this many of the matches, in the order shown:
# a session is a sitting, and a search that matches half the bank is not one.
MAX_PICKED = 200
_PICKED_SALT = "practice.scope.search"


@dataclass(frozen=True)
class Pool:
    """A scope resolved for one user: its name, its questions, and its live cards."""

    name: str
    questions: QuerySet  # every question of the scope the user may open
    new: QuerySet  # those a session may introduce (the bank, or the whole set)
    cards: QuerySet  # the user's live cards in the scope
    new_order: tuple | Callable[[], tuple] = ("topic__order", "pk")  # a callable: asked late
    question_set: QuestionSet | None = None


@dataclass(frozen=True)
class Scope:
    """Which questions a practice session draws from: "due", "topic:async", "set:<uuid>"..."""

    kind: str = "due"
    value: str = ""

    @classmethod
    def parse(cls, text: str | None) -> "Scope":
        kind, _, value = (text or "due").partition(":")
        if kind not in SCOPE_KINDS or "\x00" in value:
            raise Http404("Unknown practice scope.")
        if kind == "level" and value not in Level.values:
            raise Http404("Unknown level.")
        if kind == "search":
            _picked(value)  # 404 for a link that was not made here
        if kind == "topics":
            value = ",".join(_topic_slugs(value))
        if kind == "ahead":
            # The inner kind first: "ahead:ahead:..." never recurses.
            if value.partition(":")[0] not in AHEAD_KINDS:
                raise Http404("Studying ahead works in a topic, a level, a set or due reviews.")
            value = str(cls.parse(value))
        return cls(kind, value)

    @classmethod
    def for_topics(cls, topics) -> "Scope":
        """One topic, or several at once ("topics:async,databases"); no topic: due reviews."""
        slugs = [topic.slug for topic in topics]
        if len(slugs) > 1:
            return cls("topics", ",".join(slugs[:MAX_TOPICS]))
        return cls("topic", slugs[0]) if slugs else cls()

    @classmethod
    def for_set(cls, question_set: QuestionSet) -> "Scope":
        return cls("set", str(question_set.public_id))

    @classmethod
    def for_question(cls, question: Question) -> "Scope":
        return cls("question", question.slug)

    @classmethod
    def for_search(cls, name: str, question_ids: list[int]) -> "Scope":
        """A session over exactly these questions (the first MAX_PICKED), named `name`.

        The ids are frozen when the user clicks "Practise these", not the search
        re-evaluated on every card: filters like "new to me" or "due" change as the
        session grades, and a question graded Again would drop out of "new to me" and never
        come back; a question published meanwhile would join a session the user did not
        choose. Signed, so a link cannot show a made-up name; access is still checked
        with `visible_to` on every card, as for any scope. The ids travel in the link
        (compressed: about 1 KB for 200 of them), so the session needs no table and no
        cleanup, and works for a visitor who logs in on the way.
        """
        payload = {"n": name[:120], "i": list(question_ids[:MAX_PICKED])}
        return cls("search", signing.dumps(payload, salt=_PICKED_SALT, compress=True))

    def __str__(self) -> str:
        return f"{self.kind}:{self.value}" if self.value else self.kind

    def session_url(self) -> str:
        """The one way to link to a practice session in this scope."""
        return f"{reverse('practice:session')}?{urlencode({'scope': str(self)}, safe=':,')}"

    def can_bury(self, card: Card, now: dt.datetime) -> bool:
        """Bury makes a card due tomorrow. A card this scope shows before it is due (study
        ahead, "Practise this") would come straight back, so there it cannot be buried."""
        return card.due <= now or self.kind not in ("ahead", *PICKED_KINDS)

    def ahead(self) -> "Scope | None":
        """This scope's "study ahead" session, if it has one."""
        return Scope("ahead", str(self)) if self.kind in AHEAD_KINDS else None

    def pool(self, user) -> Pool:
        """The scope's questions and cards for this user; 404 for a scope they may not see."""
        visible = Question.objects.visible_to(user)
        cards = Card.objects.live(user)
        if self.kind == "topic":
            topic = Topic.objects.filter(slug=self.value).first()
            if topic is None:
                raise Http404("Unknown topic.")
            questions = visible.filter(topic=topic)
            return Pool(
                topic.name, questions, questions.public_bank(), cards.filter(question__topic=topic)
            )
        if self.kind == "topics":
            slugs = self.value.split(",")
            topics = list(Topic.objects.filter(slug__in=slugs))
            if len(topics) != len(slugs):
                raise Http404("Unknown topic.")
            questions = visible.filter(topic__in=topics)
            name = Truncator(", ".join(topic.name for topic in topics)).chars(80)
            in_topics = cards.filter(question__topic__in=topics)

            def order() -> tuple:
                """New questions take turns between the topics (the one the user has met least
                comes first), so a short session meets them all. The counts come in one
                grouped query, so the new-question query stays a plain one (a count per
                row took over a second for 2,000 cards); only asked when a new one is shown."""
                met = dict(
                    Card.objects.filter(user=user, question__topic__in=topics)
                    .order_by()
                    .values_list("question__topic")
                    .annotate(n=Count("pk"))
                )
                least_met = Case(
                    *(When(topic_id=topic.pk, then=met.get(topic.pk, 0)) for topic in topics),
                    output_field=models.IntegerField(),
                )
                return (least_met.asc(), "topic__order", "pk")

            return Pool(name, questions, questions.public_bank(), in_topics, order)
        if self.kind == "ahead":
            inner = Scope.parse(self.value).pool(user)
            # Only cards already learnt: a session ahead of schedule introduces nothing new.
            return Pool(
                f"Study ahead: {inner.name}",
                inner.questions,
                inner.questions.none(),
                inner.cards,
                question_set=inner.question_set,
            )
        if self.kind == "level":
            questions = visible.filter(level=self.value)
            name = f"{Level(self.value).label} questions"
            return Pool(
                name, questions, questions.public_bank(), cards.filter(question__level=self.value)
            )
        if self.kind == "set":
            question_set = _visible_set(user, self.value)
            questions = visible.filter(set_items__question_set=question_set)
            in_set = cards.filter(question__set_items__question_set=question_set)
            order = ("set_items__position", "pk")
            return Pool(question_set.title, questions, questions, in_set, order, question_set)
        if self.kind == "question":
            questions = visible.filter(slug=self.value)
            prompt = questions.values_list("prompt", flat=True).first()
            if prompt is None:
                raise Http404("Unknown question.")
            in_scope = cards.filter(question__slug=self.value)
            return Pool(_title(prompt), questions, questions, in_scope)
        if self.kind == "search":
            name, ids = _picked(self.value)
            questions = visible.filter(pk__in=ids)
            # New questions come in the order the bank showed them.
            position = Func(
                Value(ids, output_field=ArrayField(models.BigIntegerField())),
                F("pk"),
                function="array_position",
                output_field=models.IntegerField(),
            )
            shown_order = questions.annotate(picked_position=position)
            in_scope = cards.filter(question__in=ids)
            return Pool(name, questions, shown_order, in_scope, ("picked_position", "pk"))
        if self.kind == "bookmarks":
            questions = visible.filter(bookmarks__user=user)
            bookmarked = cards.filter(question__bookmarks__user=user)
            return Pool("Your bookmarks", questions, questions, bookmarked)
        name = "New questions" if self.kind == "new" else "Due reviews"
        return Pool(name, visible, visible.public_bank(), cards)


def _picked(value: str) -> tuple[str, list[int]]:
    """The name and question ids of a "search" scope made by `Scope.for_search`."""
    try:
        payload = signing.loads(value, salt=_PICKED_SALT)
        name, ids = str(payload["n"]), [int(pk) for pk in payload["i"]][:MAX_PICKED]
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        raise Http404("This practice link is broken or out of date.") from None
    return name, ids


_SLUG = re.compile(r"[-a-zA-Z0-9_]{1,80}")


def _topic_slugs(value: str) -> list[str]:
    """The slugs of a "topics" scope, each once, in the order given; 404 for a malformed list."""
    slugs = list(dict.fromkeys(value.split(",")))
    if not 0 < len(slugs) <= MAX_TOPICS or not all(_SLUG.fullmatch(slug) for slug in slugs):
        raise Http404("Unknown topic.")
    return slugs


def _title(prompt: str) -> str:
    """A question as a session's name: its first paragraph, without markdown's backticks."""
    title, _ = split_prompt(prompt)
    return Truncator(" ".join(title.replace("`", "").split())).chars(80)


def _visible_set(user, public_id: str) -> QuestionSet:
    try:
        return QuestionSet.objects.visible_to(user).get(public_id=public_id)
    except (QuestionSet.DoesNotExist, ValueError, ValidationError):
        raise Http404("Unknown question set.") from None


def preferences_for(user) -> Preferences:
    try:
        return user.practice_preferences
    except Preferences.DoesNotExist:
        with transaction.atomic():
            preferences, _ = Preferences.objects.get_or_create(user=user)
        return preferences


def new_limit_today(preferences: Preferences, today: dt.date) -> int:
    extra = preferences.extra_new if preferences.extra_new_on == today else 0
    return preferences.new_per_day + extra


def new_left_today(user, preferences: Preferences, now: dt.datetime) -> int:
    midnight = local_midnight(now, user.zone)
    introduced = Review.objects.filter(
        user=user, state_before=State.NEW, reviewed_at__gte=midnight
    ).count()
    return max(new_limit_today(preferences, midnight.date()) - introduced, 0)


MAX_EXTRA_NEW = 200


def study_more_today(preferences: Preferences, count: int, now: dt.datetime) -> None:
    """Raise today's new-question limit by `count` (the user's own day; gone tomorrow)."""
    today = local_midnight(now, preferences.user.zone).date()
    extra = preferences.extra_new if preferences.extra_new_on == today else 0
    preferences.extra_new = min(extra + max(count, 0), MAX_EXTRA_NEW)
    preferences.extra_new_on = today
    preferences.save(update_fields=["extra_new", "extra_new_on"])


def unseen(user, questions):
    return questions.exclude(Exists(Card.objects.filter(user=user, question=OuterRef("pk"))))


# With nothing else left, a card in a learning step due this soon is shown early (Anki's
# "learn ahead limit"), so what was just forgotten comes back before the session ends.
LEARN_AHEAD = dt.timedelta(minutes=20)
LEARNING_STATES = (State.LEARNING, State.RELEARNING)
# Scopes of questions picked by hand ("Practise this", "Practise these"): a card in them is
# shown even before it is due (Anki's "study ahead"), unless it was reviewed this sitting.
PICKED_KINDS = ("question", "search")


@dataclass
class NextCard:
    question: Question | None
    card: Card | None
    due_count: int
    new_count: int  # new questions available now (within today's limit)
    unseen_count: int = 0  # new questions in the scope, whatever the limit (up to a cap)
    learning_count: int = 0  # of the due ones, those in a learning step (just forgotten)
    unseen_capped: bool = False  # more than unseen_count: shown as "50+"
    ahead_count: int = 0  # in a "study ahead" session: cards left to review early


# A page counts new questions only as far as it shows them: counting every unseen question
# of the bank read all 20,000 of them on every card (~15 ms); past this many it says "50+".
UNSEEN_SHOWN = 50


def new_counts(user, new_questions, now: dt.datetime, preferences) -> tuple[int, int, bool]:
    """(new available now, unseen in the scope, whether there are more unseen than that).

    The unseen are counted up to what today's limit and the "study N more" offer can use,
    and UNSEEN_SHOWN, with a LIMIT: PostgreSQL stops reading the bank there.
    """
    new_left = new_left_today(user, preferences, now)
    cap = max(new_left, preferences.new_per_day, UNSEEN_SHOWN)
    unseen_count = new_questions[: cap + 1].count()
    return min(unseen_count, new_left), min(unseen_count, cap), unseen_count > cap


def studied_ahead(now: dt.datetime, zone) -> Q:
    """Cards a "study ahead" session reviews early: due within STUDY_AHEAD, and not already
    reviewed this sitting (a card graded ahead is not shown twice). The week ends at the
    user's local midnight, as the progress page's "next 7 days" does."""
    week = local_midnight(now, zone, STUDY_AHEAD.days)
    return Q(due__gt=now, due__lt=week, last_review__lt=now - SITTING_GAP)


def ahead_count(cards, now: dt.datetime, zone) -> int:
    return cards.filter(studied_ahead(now, zone)).count()


def outlook(user, cards, now: dt.datetime) -> dict:
    """When the user's next card falls due (`next_due`), when the next of `cards` (a scope's)
    does (`next_due_here`), and how many of those could be studied ahead: one query."""
    here = Q(pk__in=cards.values("pk"))
    return Card.objects.live(user).aggregate(
        next_due=Min("due"),
        next_due_here=Min("due", filter=here),
        ahead=Count("pk", filter=here & studied_ahead(now, user.zone)),
    )


def due_counts(cards, now: dt.datetime) -> tuple[int, int]:
    """(due, of which learning) among `cards`, in one query."""
    counts = cards.due(now).aggregate(
        due=Count("pk"), learning=Count("pk", filter=Q(state__in=LEARNING_STATES))
    )
    return counts["due"], counts["learning"]


def next_card(
    user, scope: Scope, pool: Pool, now: dt.datetime, preferences: Preferences
) -> NextCard:
    due_count, learning_count = due_counts(pool.cards, now)
    new_questions = unseen(user, pool.new)
    new_count, unseen_count, unseen_capped = new_counts(user, new_questions, now, preferences)
    # One query finds the first due card, or else a learning card within LEARN_AHEAD (in
    # "new questions only", just the learning cards: what was introduced comes back).
    learning = Q(state__in=LEARNING_STATES, due__lte=now + LEARN_AHEAD)
    showable = learning if scope.kind == "new" else learning | Q(due__lte=now)
    if scope.kind in PICKED_KINDS:  # chosen by hand: study ahead, once a sitting
        showable |= Q(last_review__lt=now - SITTING_GAP)
    ahead, order = 0, ("due", "pk")
    if scope.kind == "ahead":  # asked for: the cards due soonest, early, once a sitting
        showable |= studied_ahead(now, user.zone)
        ahead = ahead_count(pool.cards, now, user.zone)
        # What was just forgotten waits for its step while cards to study ahead are left.
        just_seen = Q(due__gt=now, last_review__gte=now - SITTING_GAP)
        order = (Case(When(just_seen, then=1), default=0), "due", "pk")
    cards = pool.cards.filter(showable)
    card = (
        cards.select_related("question__topic")
        .defer("question__search_vector")
        .order_by(*order)
        .first()
    )
    counts = (due_count, new_count, unseen_count, learning_count, unseen_capped, ahead)
    if card is not None and card.due <= now:
        return NextCard(card.question, card, *counts)
    if new_count:
        question = (
            new_questions.select_related("topic")
            .defer("search_vector")
            .order_by(*(pool.new_order() if callable(pool.new_order) else pool.new_order))
            .first()
        )
        return NextCard(question, None, *counts)
    if card is not None:  # nothing else left: a learning step early, or studied ahead
        return NextCard(card.question, card, *counts)
    return NextCard(None, None, *counts)


def scope_counts(user, now: dt.datetime, preferences: Preferences) -> dict:
    """Due and new counts per topic and level, for the practice chooser (constant queries)."""
    due = Card.objects.live(user).due(now).values_list("question__topic__slug", "question__level")
    new = unseen(user, Question.objects.bank()).values_list("topic__slug", "level")
    # One query each for the due cards and the new questions, grouped by topic and level and
    # summed here: each of the six figures used to read the bank (or check access) again.
    due_total, due_by_topic, due_by_level = _tally(due.annotate(n=Count("pk")).order_by())
    new_total, new_by_topic, new_by_level = _tally(new.annotate(n=Count("pk")).order_by())
    return {
        "due_total": due_total,
        "new_total": new_total,
        "new_left": new_left_today(user, preferences, now),
        "due_by_topic": due_by_topic,
        "new_by_topic": new_by_topic,
        "due_by_level": due_by_level,
        "new_by_level": new_by_level,
        "bookmarks": Bookmark.objects.filter(
            user=user, question__in=Question.objects.visible_to(user)
        ).count(),
    }


def _tally(rows) -> tuple[int, dict, dict]:
    """(total, by topic, by level) of (topic, level, count) rows."""
    total, by_topic, by_level = 0, {}, {}
    for topic, level, count in rows:
        total += count
        by_topic[topic] = by_topic.get(topic, 0) + count
        by_level[level] = by_level.get(level, 0) + count
    return total, by_topic, by_level


class AlreadyGraded(Exception):
    """The card was graded since this page was shown (double click, retry, second tab)."""


@transaction.atomic
def grade_question(
    *,
    user,
    question: Question,
    rating: int,
    expected_reps: int | None,
    now: dt.datetime,
    preferences: Preferences,
    duration_ms: int | None = None,
    typed_answer: str = "",
    origin: str = Origin.PRACTICE,
) -> Review:
    """Record one grade: lock the card, schedule it, append the review.

    `expected_reps` is the card's rep count the grade was given against (None: whatever it
    is now, for grades that carry their own guard, like a mock interview's).
    """
    # The row lock orders everything after. A first grade creates the card first
    # (get_or_create survives two first grades racing); later ones lock it in one query.
    card = Card.objects.select_for_update().filter(user=user, question=question).first()
    if card is None:
        Card.objects.get_or_create(user=user, question=question, defaults={"due": now})
        card = Card.objects.select_for_update().get(user=user, question=question)
    if expected_reps is not None and card.reps != expected_reps:
        raise AlreadyGraded
    sequence, card_before = card.reps, card.snapshot()
    state_before = scheduling.grade(card, rating, now, preferences.desired_retention)
    card.save()
    daily.count_review(user, now, 1)
    return Review.objects.create(
        card_before=card_before,
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
        origin=origin,
    )


# How far back a practice grade can be undone.
UNDO_WINDOW = dt.timedelta(hours=1)


@transaction.atomic
def undo_grade(*, user, slug: str, sequence: int, now: dt.datetime) -> Review | None:
    """Take back one practice grade (the card's `sequence`-th) of question `slug`: its card
    is as before, its review gone.

    Returns the undone review, or None when there is nothing to undo: no such grade of
    this user in the last hour, already undone (a second click), or the card was graded
    again since (another tab, a mock interview).
    """
    review = (
        Review.objects.filter(
            user=user,
            question__slug=slug,
            sequence=sequence,
            origin=Origin.PRACTICE,
            reviewed_at__gte=now - UNDO_WINDOW,
        )
        .select_related("question")
        .first()
    )
    if review is None:
        return None
    card = Card.objects.select_for_update().filter(pk=review.card_id).first()
    if card is None or card.reps != review.sequence + 1:
        return None
    review.delete()
    daily.count_review(user, review.reviewed_at, -1)
    if review.card_before is None:
        card.delete()  # the grade introduced it: it is new again
    else:
        card.restore(review.card_before)
        card.save()
    return review


def bury(card: Card, now: dt.datetime, zone) -> None:
    """Out of practice until the user's tomorrow in `zone` (Anki's "bury"): it is simply due
    then, so every count and forecast agrees without a field of its own."""
    card.due = max(card.due, local_midnight(now, zone, 1))
    card.save(update_fields=["due"])


# A pause this long ends a sitting: what came before is another session.
SITTING_GAP = dt.timedelta(minutes=30)
SITTING_LOOKBACK = dt.timedelta(hours=6)


@dataclass
class Sitting:
    """This sitting's practice so far: the grades since the last long pause."""

    reviews: int = 0
    seconds: int = 0
    ratings: dict = field(default_factory=dict)  # Rating -> count

    @property
    def minutes(self) -> int:
        return max(round(self.seconds / 60), 1) if self.reviews else 0


def sitting(user, now: dt.datetime) -> Sitting:
    """Derived from the review log (one bounded query), so it needs no state of its own and
    survives reloads, tabs and JavaScript being off.

    PostgreSQL finds the sitting's start (the latest pause, by window functions) and counts
    it (of the latest 2,000 grades at most): the grades of a long sitting used to come back
    row by row on every card, to be counted here.
    """
    table = Review._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            # Each grade, newest first, with whether a pause follows it (before the next
            # grade, or before now); a grade belongs to the sitting if no pause comes after.
            f"""SELECT rating, COUNT(*), COALESCE(SUM(COALESCE(duration_ms, 0) / 1000), 0)
            FROM (
                SELECT rating, duration_ms, COUNT(*) FILTER (WHERE paused) OVER (
                    ORDER BY reviewed_at DESC, id DESC ROWS UNBOUNDED PRECEDING) AS pauses
                FROM (
                    SELECT id, rating, duration_ms, reviewed_at, LAG(reviewed_at, 1, %(now)s)
                        OVER (ORDER BY reviewed_at DESC, id DESC) - reviewed_at > %(gap)s
                        AS paused
                    FROM {table}
                    WHERE user_id = %(user)s AND origin = %(origin)s AND reviewed_at >= %(since)s
                    ORDER BY reviewed_at DESC, id DESC LIMIT 2000
                ) AS graded
            ) AS counted
            WHERE pauses = 0 GROUP BY rating""",  # noqa: S608 - our table; values are parameters
            {
                "now": now,
                "gap": SITTING_GAP,
                "user": user.pk,
                "origin": Origin.PRACTICE,
                "since": now - SITTING_LOOKBACK,
            },
        )
        rows = cursor.fetchall()
    return Sitting(
        reviews=sum(count for _, count, _ in rows),
        seconds=sum(seconds for _, _, seconds in rows),
        ratings={rating: count for rating, count, _ in rows},
    )
