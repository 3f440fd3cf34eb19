"""What to practise next: due cards first, then new questions, within a chosen scope."""

import copy
import datetime as dt
import functools
import hashlib
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.db.models import (
    BooleanField,
    Case,
    Count,
    Exists,
    ExpressionWrapper,
    Min,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.db.models.sql import InsertQuery, UpdateQuery

from accounts.timezones import local_midnight
from prep.practice import daily, scheduling, sitting
from prep.practice.kept import (
    Peeked,
    forget_progress,
    forget_progress_token,
    keep_for_user,
    kept_for_user,
    peek_for_user,
)
from prep.practice.models import Bookmark, Card, Origin, Preferences, Review, State
from prep.practice.scopes import PICKED_KINDS, STUDY_AHEAD, Pool, Scope
from prep.practice.sitting import SITTING_GAP
from questions.models import IN_BANK, Question, SourceReference, Topic, visible_by_id


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
    # When the clock alone changes what this shows: a card falls due, the user's day ends
    # (None: not worked out, for a picked scope or "study ahead").
    changes_at: dt.datetime | None = None
    # The due cards after `card`, in the order they come (up to FOLLOWING; a kept scope's
    # only): a grade of the card shown moves on to the next without reading the scope.
    following: tuple[Card, ...] = ()


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


# Scopes whose next card is kept between views of it (a reload, its reveal) until a change
# drops it (kept.py): each row they read is saved with a signal. Not the bookmarks (one is
# taken away without a signal), nor a picked scope or "study ahead" (they show cards early,
# once a sitting).
KEPT_KINDS = ("due", "new", "topic", "topics", "level", "set")


def _due_outlook(
    user, scope: Scope, cards, now: dt.datetime
) -> tuple[int, int, dt.datetime | None]:
    """(due, of which learning, when the clock alone changes them or the card shown) among
    `cards`, in one query: when the next card falls due, or the user's day ends (new
    questions again). A learning card shown early is shown only when nothing else is, and
    nothing shown is kept (`card_view`). The moment only where it is kept: it reads every
    card of the scope, not only the due ones."""
    if scope.kind not in KEPT_KINDS:
        return (*due_counts(cards, now), None)
    found = cards.aggregate(
        due_now=Count("pk", filter=Q(due__lte=now)),
        learning_now=Count("pk", filter=Q(due__lte=now, state__in=LEARNING_STATES)),
        next_due=Min("due", filter=Q(due__gt=now)),
    )
    midnight = local_midnight(now, user.zone, 1)
    return found["due_now"], found["learning_now"], min(found["next_due"] or midnight, midnight)


def showable_cards(user, scope: Scope, pool: Pool, now: dt.datetime):
    """The scope's cards a session may show now, in the order it shows them: the due ones,
    then a learning card within LEARN_AHEAD (in "new questions only", just the learning
    cards: what was introduced comes back)."""
    learning = Q(state__in=LEARNING_STATES, due__lte=now + LEARN_AHEAD)
    showable = learning if scope.kind == "new" else learning | Q(due__lte=now)
    if scope.kind in PICKED_KINDS:  # chosen by hand: study ahead, once a sitting
        showable |= Q(last_review__lt=now - SITTING_GAP)
    order = ("due", "pk")
    if scope.kind == "ahead":  # asked for: the cards due soonest, early, once a sitting
        showable |= studied_ahead(now, user.zone)
        # What was just forgotten waits for its step while cards to study ahead are left.
        just_seen = Q(due__gt=now, last_review__gte=now - SITTING_GAP)
        order = (Case(When(just_seen, then=1), default=0), "due", "pk")
    cards = pool.cards.filter(showable)
    if scope.kind not in PICKED_KINDS and scope.kind != "ahead":
        # Implied by `showable`, said on its own so that the (user, due) index reads only
        # the cards due by then, not every card the user has.
        cards = cards.filter(due__lte=now + LEARN_AHEAD)
    return cards.order_by(*order)


# How many due cards a kept page holds after the one it shows (`NextCard.following`): the
# grades of a sitting move on through them (advance.py), and only every so many grades
# read the scope again (reading it and making its card's objects was a third of an HTMX
# grade's time at real size).
FOLLOWING = 5


# What a card shows of its question before it is revealed is little: the answer, rubric and
# the rest are read on reveal. Left out of the kept card pages (kept.py), which every grade
# reads and writes again: with them, those were twice as long.
NOT_ON_THE_CARD = tuple(
    f"question__{name}"
    for name in (
        "search_vector answer what_it_tests answer_outline red_flags moderation_note "
        "fingerprint code_unrestored topic__description"
    ).split()
)


def first_cards(cards, count: int) -> list[Card]:
    """The first `count` of `cards` with what the card page shows of their questions before
    they are revealed, in one query."""
    found = list(
        cards.select_related("question__topic")
        .defer(*NOT_ON_THE_CARD)
        .annotate(source_count=SourceReference.objects.count_sources("question"))[:count]
    )
    for card in found:
        card.question.source_count = card.source_count
    return found


def next_card(
    user, scope: Scope, pool: Pool, now: dt.datetime, preferences: Preferences
) -> NextCard:
    due_count, learning_count, changes_at = _due_outlook(user, scope, pool.cards, now)
    new_questions = unseen(user, pool.new)
    new_count, unseen_count, unseen_capped = new_counts(user, new_questions, now, preferences)
    ahead = ahead_count(pool.cards, now, user.zone) if scope.kind == "ahead" else 0
    cards = first_cards(
        showable_cards(user, scope, pool, now), 1 + FOLLOWING if scope.kind in KEPT_KINDS else 1
    )
    card = cards[0] if cards else None
    counts = (due_count, new_count, unseen_count, learning_count, unseen_capped, ahead, changes_at)
    if card is not None and card.due <= now:
        following = tuple(after for after in cards[1:] if after.due <= now)
        return NextCard(card.question, card, *counts, following=following)
    if new_count:
        return NextCard(_first_new(new_questions, pool), None, *counts)
    if card is not None:  # nothing else left: a learning step early, or studied ahead
        return NextCard(card.question, card, *counts)
    return NextCard(None, None, *counts)


@dataclass(frozen=True)
class CardView:
    """What a card page shows of its session: the next card with the session's counts, the
    user's settings, and their sitting so far."""

    upcoming: NextCard
    preferences: Preferences
    so_far: sitting.Sitting


def card_view(user, scope: Scope, pool: Pool, now: dt.datetime) -> CardView:
    """The session's next card as its page shows it, kept while nothing shown changes:
    worked out after a grade, read again (one cache read) when the card is reloaded or
    revealed. The sitting ends after a pause, and its count starts again."""

    def shown() -> CardView:
        preferences = preferences_for(user)
        upcoming = next_card(user, scope, pool, now, preferences)
        # (without the user it caches, whose row, password hash and all, would be kept too)
        preferences = copy.copy(preferences)
        preferences._state.fields_cache.clear()
        return CardView(upcoming, preferences, sitting.current(user, now))

    def compute() -> tuple[CardView, dt.datetime]:
        view = shown()
        return view, _true_until(view, now)

    if scope.kind not in KEPT_KINDS:
        return shown()
    return kept_for_user(user, now, _kept_as(scope), compute)


def keep_card_view(user, scope: Scope, view: CardView, now: dt.datetime, shared) -> bool:
    """Keep `view`, carried forward from the page peeked at under the bank's and the sets'
    tokens `shared`, as `card_view` keeps the pages it works out; False when another
    request kept a newer one first (`keep_for_user`)."""
    if scope.kind not in KEPT_KINDS:
        return True
    return keep_for_user(user, now, _kept_as(scope), view, _true_until(view, now), shared)


def _true_until(view: CardView, now: dt.datetime) -> dt.datetime:
    """When the card page `view` stops being true: the next card falls due, or the sitting
    ends. A caught-up page asks more of its own (when the next card is due): not kept."""
    if view.upcoming.question is None:
        return now
    changes_at = view.upcoming.changes_at
    return min(changes_at, view.so_far.ends_at or changes_at)


def peek_card_view(user, scope: Scope, now: dt.datetime) -> Peeked | None:
    """What `card_view` keeps for this scope, if it is kept, with the tokens it is kept
    under (one cache read)."""
    return peek_for_user(user, now, _kept_as(scope)) if scope.kind in KEPT_KINDS else None


def _kept_as(scope: Scope) -> str:
    """The scope as part of a cache key: a "topics" scope may be long."""
    return "card:" + hashlib.blake2b(str(scope).encode(), digest_size=10).hexdigest()


TOPIC_ORDER = ("topic__order", "pk")


def _first_new(new_questions, pool: Pool):
    """The first new question in the pool's order. In topic order, each topic's first
    unseen question is looked up on its own (an index scan that stops at the first), and
    the first topic's taken: sorting every unseen question of a 20,000-question bank to
    take one took ~27 ms of the database's time on every card, and asking which topics have
    one at all (EXISTS) let PostgreSQL 16 hash the whole topic against the user's cards,
    topic after topic (~26 ms)."""
    order = tuple(pool.new_order() if callable(pool.new_order) else pool.new_order)
    questions = new_questions.select_related("topic").defer("search_vector").with_source_count()
    if order == TOPIC_ORDER:
        first_of_topic = new_questions.filter(topic=OuterRef("pk")).order_by("pk").values("pk")
        first = (
            Topic.objects.annotate(first_new=Subquery(first_of_topic[:1]))
            .filter(first_new__isnull=False)
            .order_by("order", "pk")
            .values("first_new")[:1]
        )
        question = questions.filter(pk=Subquery(first)).first()
        if question is not None:
            return question
    return questions.order_by(*order).first()  # questions without a topic come last


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
        "bookmarks": Bookmark.objects.filter(visible_by_id(user), user=user).count(),
    }


def _tally(rows) -> tuple[int, dict, dict]:
    """(total, by topic, by level) of (topic, level, count) rows."""
    total, by_topic, by_level = 0, {}, {}
    for topic, level, count in rows:
        total += count
        by_topic[topic] = by_topic.get(topic, 0) + count
        by_level[level] = by_level.get(level, 0) + count
    return total, by_topic, by_level


# The card's user's desired retention (the default until they save their settings).
_RETENTION = Coalesce(
    Subquery(Preferences.objects.filter(user=OuterRef("user")).values("desired_retention")),
    Value(Preferences._meta.get_field("desired_retention").default),
)


class AlreadyGraded(Exception):
    """The card was graded since this page was shown (double click, retry, second tab)."""


@transaction.atomic
def grade_question(*, user, question: Question, **grade) -> Review:
    """Record one grade: lock the card, schedule it, append the review (`grade`: as
    `_graded` takes it).

    The row lock orders everything after. A first grade creates the card first
    (get_or_create survives two first grades racing); later ones lock it in one query,
    which reads the user's desired retention too.
    """
    locked = _locked(user).filter(question=question)
    card = locked.first()
    if card is None:
        Card.objects.get_or_create(user=user, question=question, defaults={"due": grade["now"]})
        card = locked.get()
    return _graded(user, card, **grade)


@transaction.atomic
def grade_shown(*, user, slug: str, **grade) -> Review:
    """`grade_question` for the question at `slug`, as a card page grades it: the card is
    locked, and graded while the user may still open its question (a card's question may
    have left their sets since). A first grade looks the question up, and raises
    Question.DoesNotExist for one the user may not open.

    A question of the public bank is everyone's (the lock's query tells): the whole rule
    (sets, owners) is tested only for the others, in a second query. Planning it in the
    lock's query, every grade, was 1.5 ms of a grade's 13.
    """
    card = _locked_by_slug(user, slug)
    if card is not None and (
        card.in_bank or Question.objects.visible_to(user).filter(pk=card.question_id).exists()
    ):
        return _graded(user, card, **grade)
    question = Question.objects.defer("search_vector").get_visible(user, slug=slug)
    return grade_question(user=user, question=question, **grade)


def _locked_by_slug(user, slug: str) -> Card | None:
    """The user's card of the question at `slug`, locked, with its `retention` and whether
    its question is `in_bank` (the public bank): the ORM's SQL, compiled once per process
    with stand-ins for the user and the slug (building and compiling it on every grade was
    0.7 ms)."""
    sql, params = _locked_by_slug_sql()
    values = {_ANY_USER: user.pk, _ANY_SLUG: slug}
    return next(iter(Card.objects.raw(sql, [values.get(param, param) for param in params])), None)


_ANY_USER, _ANY_SLUG = -7_000_000_002, "\x00any slug"  # (no user's id, no slug)


@functools.cache
def _locked_by_slug_sql() -> tuple[str, tuple]:
    someone = get_user_model()(pk=_ANY_USER)
    in_bank = {f"question__{name}": value for name, value in IN_BANK.items()}
    query = (
        _locked(someone)
        .filter(question__slug=_ANY_SLUG)  # (a user has one card a question)
        .annotate(in_bank=ExpressionWrapper(Q(**in_bank), output_field=BooleanField()))
    )
    return query.query.sql_with_params()  # (in the grade's transaction, as a lock's must be)


def _locked(user):
    return (
        Card.objects.select_for_update(of=("self",))
        .filter(user=user)
        .annotate(retention=_RETENTION)
    )


def _graded(
    user,
    card: Card,
    *,
    rating: int,
    expected_reps: int | None,
    now: dt.datetime,
    duration_ms: int | None = None,
    typed_answer: str = "",
    origin: str = Origin.PRACTICE,
    carry: bool = False,
) -> Review:
    """The grade of the locked `card`. `expected_reps` is the card's rep count the grade was
    given against (None: whatever it is now, for grades that carry their own guard, like a
    mock interview's). `carry`: the next card page may be carried forward from the one kept
    before (an HTMX grade): the grade reads which token it drops."""
    if expected_reps is not None and card.reps != expected_reps:
        raise AlreadyGraded
    sequence, card_before = card.reps, card.snapshot()
    state_before = scheduling.grade(card, rating, now, card.retention)
    review = Review(
        card_before=card_before,
        user=user,
        card=card,
        question_id=card.question_id,
        sequence=sequence,
        rating=rating,
        reviewed_at=now,
        duration_ms=duration_ms,
        typed_answer=typed_answer[:10000],
        state_before=state_before,
        due_after=card.due,
        origin=origin,
    )
    tallies = (daily.review_counted(user, now, 1), sitting.grade_counted(review))
    # The user's token this grade dropped: a card page kept under it was their latest until
    # this grade, and may be carried forward (advance.py).
    review.followed_kept = _save_grade(card, review, *tallies, carry=carry)
    return review


def _save_grade(
    card: Card, review: Review, *tallies: tuple[str, list] | None, carry: bool
) -> str | None:
    """The card's new schedule, its review and the `tallies` they change, written in one
    statement: one statement each was a third of a grade's time. Returns the user's token
    the grade dropped, when asked to `carry` (None: none was there, or not asked)."""
    update = Card.objects.filter(pk=card.pk).query.chain(UpdateQuery)
    update.add_update_values({name: getattr(card, name) for name in Card.SCHEDULE_FIELDS})
    insert = InsertQuery(Review)
    insert.insert_values([f for f in Review._meta.concrete_fields if not f.primary_key], [review])
    inserting = insert.get_compiler(connection=connection)
    inserting.returning_fields = [Review._meta.pk]
    [(insert_sql, insert_params)] = inserting.as_sql()
    writes = [update.get_compiler(connection=connection).as_sql(), *filter(None, tallies)]
    steps = ", ".join(f"w{i} AS ({sql})" for i, (sql, _) in enumerate(writes))
    # (its values as parameters: the statement's text is the same every grade, and the
    # connection prepares it once)
    params = [value for _, values in writes for value in values] + list(insert_params)
    with connection.cursor() as cursor:
        cursor.execute(f"WITH {steps} {insert_sql}", params)
        review.pk = cursor.fetchone()[0]
    review._state.adding, review._state.db = False, connection.alias
    # (no save signal: the rows were written in SQL)
    if carry:
        return forget_progress_token(card.user_id)
    forget_progress(card.user_id)
    return None


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
    sitting.take_back(review)
    if review.card_before is None:
        card.delete()  # the grade introduced it: it is new again
    else:
        card.restore(review.card_before)
        card.save()
    forget_progress(user.pk)
    return review


def bury(card: Card, now: dt.datetime, zone) -> None:
    """Out of practice until the user's tomorrow in `zone` (Anki's "bury"): it is simply due
    then, so every count and forecast agrees without a field of its own."""
    card.due = max(card.due, local_midnight(now, zone, 1))
    card.save(update_fields=["due"])
