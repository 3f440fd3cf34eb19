import datetime as dt
from dataclasses import replace

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Exists, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.views.decorators.http import require_GET, require_POST

from accounts.htmx import render_page
from accounts.timezones import local_midnight
from prep.practice import scheduling, sitting
from prep.practice.advance import after_grade
from prep.practice.coverage import coverage
from prep.practice.forms import FlagForm, NoteForm
from prep.practice.models import LEECH_LAPSES, Bookmark, Card, Note, Preferences, Rating, Review
from prep.practice.scopes import AHEAD_KINDS, STUDY_AHEAD, Pool, Scope
from prep.practice.sessions import (
    AlreadyGraded,
    CardView,
    NextCard,
    ahead_count,
    card_view,
    due_counts,
    grade_shown,
    new_counts,
    outlook,
    peek_card_view,
    preferences_for,
    scope_counts,
    study_more_today,
    undo_grade,
    unseen,
)
from questions.models import Level, Question, QuestionSet, Topic

User = get_user_model()
MAX_DURATION_MS = 10 * 60 * 1000
NOT_COUNTED = (
    "That grade was not counted: this card had already been graded "
    "(in another tab, or by a second click). Here is the next card."
)


@login_required
@require_GET
def home(request: HttpRequest) -> HttpResponse:
    user, now = request.user, timezone.now()
    preferences = preferences_for(user)
    counts = scope_counts(user, now, preferences)
    # Which topics the user chose, in the same query as the list of topics.
    chosen = Preferences.target_topics.through.objects.filter(
        preferences=preferences, topic=OuterRef("pk")
    )
    topics = list(Topic.objects.annotate(chosen=Exists(chosen)))
    reviews = _reviews_of(user, now)
    context = {
        "reviewed_today": reviews["today"],
        "needs_onboarding": not preferences.onboarded and not reviews["ever"],
        "counts": counts,
        "my_topics": _my_topics([topic for topic in topics if topic.chosen], counts),
        "topics": topics,
        "levels": [(value, label) for value, label in Level.choices if value != Level.UNSPECIFIED],
        "sets": QuestionSet.objects.kept_by(user).order_by("title"),
        "leeches": Card.objects.live(user).leeches().select_related("question")[:20],
        "suspended": Card.objects.suspended(user).select_related("question")[:50],
        "leech_lapses": LEECH_LAPSES,
        "preferences": preferences,
    }
    return render_page(request, "practice/practice.html", context)


def _reviews_of(user, now: dt.datetime) -> dict:
    """How many reviews the user gave today (their local day, as the progress page counts),
    and whether they ever gave one (a new account is offered onboarding): one query."""
    reviews = Review.objects.filter(user=OuterRef("pk"))
    today = (
        reviews.filter(reviewed_at__gte=local_midnight(now, user.zone))
        .order_by()
        .values("user")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return (
        User.objects.filter(pk=user.pk)
        .annotate(today=Coalesce(Subquery(today), 0), ever=Exists(reviews))
        .values("today", "ever")
        .get()
    )


def _my_topics(topics: list, counts: dict) -> dict | None:
    """The topics the user chose, as one scope, with their due and new counts added up."""
    if not topics:
        return None
    return {
        "url": Scope.for_topics(topics).session_url(),
        "names": ", ".join(topic.name for topic in topics),
        "due": sum(counts["due_by_topic"].get(topic.slug, 0) for topic in topics),
        "new": sum(counts["new_by_topic"].get(topic.slug, 0) for topic in topics),
    }


@login_required
@require_GET
def session(request: HttpRequest) -> HttpResponse:
    scope = Scope.parse(request.GET.get("scope"))
    pool = scope.pool(request.user)
    if pool.question_set is not None:
        pool.question_set.open_for(request.user)
    # After an undo without JavaScript: the card whose grade was taken back, if in scope.
    shown = _in_pool(request.user, pool, request.GET.get("show", ""))
    slug, _, sequence = request.GET.get("undo", "").rpartition(":")
    undo = {"slug": slug, "sequence": sequence} if slug and sequence.isdigit() else None
    return _card_page(request, scope, pool, revealed=False, question=shown, undo=undo)


@login_required
@require_POST
def reveal(request: HttpRequest) -> HttpResponse:
    scope = Scope.parse(request.POST.get("scope"))
    pool = scope.pool(request.user)
    # The question that was shown, even if another card fell due while the user thought.
    shown = _shown_question(request.user, pool, request.POST.get("question", ""))
    if request.POST.get("toggle_bookmark"):  # the card's bookmark button, without JavaScript
        shown.bookmarked = Bookmark.toggle(request.user, shown)
    return _card_page(request, scope, pool, revealed=True, question=shown)


@login_required
@require_POST
def grade(request: HttpRequest, slug: str) -> HttpResponse:
    scope = Scope.parse(request.POST.get("scope"))
    pool = scope.pool(request.user)
    try:
        rating = Rating(int(request.POST.get("rating", "")))
        expected_reps = int(request.POST.get("reps", ""))
    except ValueError:
        error = "Choose Again, Hard, Good or Easy."
        shown = _question_with_extras(request.user, Question.objects.visible_to(request.user), slug)
        return _card_page(request, scope, pool, revealed=True, question=shown, error=error)
    now = timezone.now()
    notice, undo, view = "", None, None
    # The next card is carried forward from the page kept before this grade (advance.py).
    before = peek_card_view(request.user, scope, now) if request.htmx else None
    try:
        # The question may have left the scope since it was shown (it was un-bookmarked from
        # the card, a set stopped sharing it): the grade counts while the user may open it.
        review = grade_shown(
            user=request.user,
            slug=slug,
            rating=rating,
            expected_reps=expected_reps,
            now=now,
            duration_ms=_duration_ms(request.POST.get("shown_at"), now),
            typed_answer=request.POST.get("typed_answer", ""),
            carry=before is not None,
        )
    except Question.DoesNotExist:
        raise Http404("No such question.") from None
    except AlreadyGraded:
        notice = NOT_COUNTED
    else:
        undo = {"slug": slug, "sequence": review.sequence}
        if request.htmx:
            view = after_grade(request.user, scope, pool, before, review, now)
    if request.htmx:
        return _card_page(request, scope, pool, revealed=False, notice=notice, undo=undo, view=view)
    if notice:
        messages.warning(request, notice)
        return redirect(scope.session_url())
    # post/redirect/get; the page offers to undo this grade
    return redirect(f"{scope.session_url()}&undo={slug}:{review.sequence}")


@login_required
@require_POST
def undo(request: HttpRequest) -> HttpResponse:
    """Take back the grade just given (Ctrl+Z): the card is as it was, and shown again."""
    scope = Scope.parse(request.POST.get("scope"))
    pool = scope.pool(request.user)
    try:
        sequence = int(request.POST.get("sequence", ""))
    except ValueError:
        sequence = -1
    slug = request.POST.get("question", "")
    undone = undo_grade(user=request.user, slug=slug, sequence=sequence, now=timezone.now())
    if undone is None:
        notice = (
            "Nothing to undo: that grade was already taken back, is over an hour old, "
            "or the card was graded again since."
        )
    else:
        notice = f"Grade “{undone.get_rating_display()}” taken back. Grade this card again."
    if request.htmx:
        shown = _in_pool(request.user, pool, undone.question.slug) if undone else None
        return _card_page(request, scope, pool, revealed=False, question=shown, notice=notice)
    messages.info(request, notice)
    show = f"&show={undone.question.slug}" if undone else ""
    return redirect(scope.session_url() + show)


@login_required
@require_POST
def study_more(request: HttpRequest) -> HttpResponse:
    """Past today's new-question limit, on purpose: N more today, in this scope."""
    scope = Scope.parse(request.POST.get("scope"))
    scope.pool(request.user)  # 404 for a scope the user may not see
    try:
        count = int(request.POST.get("count", ""))
    except ValueError:
        count = 0
    if count <= 0:
        messages.error(request, "Choose how many more new questions to study today.")
    else:
        study_more_today(preferences_for(request.user), count, timezone.now())
    return redirect(scope.session_url())


def _card_page(
    request,
    scope: Scope,
    pool: Pool,
    *,
    revealed: bool,
    question=None,
    error="",
    notice="",
    undo: dict | None = None,
    view: CardView | None = None,
) -> HttpResponse:
    user, now = request.user, timezone.now()
    if view is None:  # (else worked out already: after a grade)
        if question is None:
            view = card_view(user, scope, pool, now)
        else:
            view = _shown_card(user, scope, pool, question, now)
    upcoming, preferences, current = view.upcoming, view.preferences, view.so_far
    context = {
        "scope": scope,
        "scope_name": pool.name,
        "session_url": scope.session_url(),
        "next": upcoming,
        "revealed": revealed,
        "error": error,
        "notice": notice,
        "undo": undo,
        # A learning card ahead of its step: nothing else is left in the session.
        "early": upcoming.card is not None and upcoming.card.due > now,
        "can_bury": upcoming.card is not None and scope.can_bury(upcoming.card, now),
        "preferences": preferences,
        "typed_answer": request.POST.get("typed_answer", "") if revealed else "",
        # When the card was first shown: kept through its reveal, fresh for the next card.
        "shown_at": (revealed and request.POST.get("shown_at")) or now.isoformat(),
    }
    context["sitting"] = current
    if upcoming.question is not None:
        context.update(_question_context(user, upcoming, now, preferences, revealed=revealed))
        shown = upcoming.question
        if revealed and getattr(shown, "answer_shown", False):
            context["coverage"] = coverage(
                context["typed_answer"], answer=shown.answer, outline=shown.answer_outline
            )
        context["position"] = current.reviews + 1
        # An early learning card is in neither count: the plan is at least where we are.
        planned = current.reviews + upcoming.due_count + upcoming.new_count + upcoming.ahead_count
        context["planned"] = max(planned, current.reviews + 1)
    else:
        context.update(_caught_up(user, scope, pool, upcoming, now, preferences))
        context["ratings"] = [(r.label, current.ratings.get(r.value, 0)) for r in Rating]
    return render_page(request, "practice/card.html", context, partial="card")


def _caught_up(user, scope: Scope, pool: Pool, upcoming: NextCard, now, preferences) -> dict:
    """Nothing to show in this scope now: when its next card is due, and what else to study
    (more new questions today, or its cards due soonest, ahead of time)."""
    here = outlook(user, pool.cards, now)
    next_due = here["next_due"]
    context = {
        # Caught up in this scope, with cards due in others: say so instead of "in 0 minutes".
        "due_elsewhere": next_due is not None and next_due <= now,
        "study_ahead_days": STUDY_AHEAD.days,
    }
    if scope.kind in AHEAD_KINDS or scope.kind == "ahead":  # the scope's own next card
        next_due, context["next_due_here"] = (
            here["next_due_here"],
            scope.kind not in ("due", "ahead"),
        )
        ahead = scope.ahead()
        if here["ahead"] and ahead is not None:
            context.update(ahead_count=here["ahead"], ahead_url=ahead.session_url())
    context["next_due"] = next_due
    context["next_due_soon"] = next_due is not None and next_due <= now + dt.timedelta(minutes=1)
    if upcoming.unseen_count:  # the daily limit, not the scope, ran out
        context["study_more"] = min(upcoming.unseen_count, preferences.new_per_day or 10)
    return context


def _shown_question(user, pool: Pool, slug: str):
    """The question on the card, with what the revealed card shows of it, in one query."""
    return _question_with_extras(user, pool.questions, slug)


def _question_with_extras(user, questions, slug: str):
    questions = (
        questions.with_answer_access(user)
        .select_related("topic")
        .defer("search_vector")
        .with_source_count()
        .annotate(bookmarked=Exists(Bookmark.objects.filter(user=user, question=OuterRef("pk"))))
    )
    return get_object_or_404(questions, slug=slug)


def _in_pool(user, pool: Pool, slug: str):
    """The question `slug` if it is in this scope, else None (shown instead: the next card)."""
    if not slug or "\x00" in slug:  # from the query string: no slug holds a NUL
        return None
    try:
        return _shown_question(user, pool, slug)
    except Http404:
        return None


def _shown_card(user, scope: Scope, pool: Pool, question, now) -> CardView:
    """The card of `question`, with the session's counts as `next_card` gives them: kept
    with the next card, which is most often the one revealed."""
    peeked = peek_card_view(user, scope, now)
    if peeked is not None:
        kept = peeked.value
        upcoming = kept.upcoming
        shown = upcoming.question is not None and upcoming.question.pk == question.pk
        card = upcoming.card if shown else user.cards.filter(question=question).first()
        return replace(kept, upcoming=replace(upcoming, question=question, card=card))
    preferences = preferences_for(user)
    new_count, _, _ = new_counts(user, unseen(user, pool.new), now, preferences)
    card = user.cards.filter(question=question).first()
    due_count, learning_count = due_counts(pool.cards, now)
    ahead = ahead_count(pool.cards, now, user.zone) if scope.kind == "ahead" else 0
    upcoming = NextCard(
        question, card, due_count, new_count, learning_count=learning_count, ahead_count=ahead
    )
    return CardView(upcoming, preferences, sitting.current(user, now))


def _question_context(user, upcoming: NextCard, now, preferences, *, revealed: bool) -> dict:
    question = upcoming.question
    intervals = scheduling.next_intervals(upcoming.card, now, preferences.desired_retention)
    context = {
        "buttons": [(r, scheduling.humanize_interval(intervals[r])) for r in Rating],
        "reps": upcoming.card.reps if upcoming.card else 0,
    }
    if hasattr(question, "source_count"):  # fetched by _shown_question
        context["source_count"] = question.source_count
    else:
        context["source_count"] = question.references.values("source").distinct().count()
    if revealed:
        context["flag_form"] = FlagForm()
        context["bookmarked"] = (
            question.bookmarked
            if hasattr(question, "bookmarked")
            else user.bookmarks.filter(question=question).exists()
        )
    if revealed and not preferences.fresh_mode:
        context["note"] = note = Note.objects.filter(user=user, question=question).first()
        context["note_form"] = NoteForm(instance=note)
        context["last_answer"] = (
            user.reviews.filter(question=question)
            .exclude(typed_answer="")
            .order_by("-reviewed_at")
            .values_list("typed_answer", flat=True)
            .first()
        )
    return context


def _duration_ms(shown_at: str | None, now: dt.datetime) -> int | None:
    try:
        started = parse_datetime(shown_at or "")
    except ValueError:  # well formed but impossible, e.g. month 13
        return None
    if started is None or started.tzinfo is None:
        return None
    elapsed = (now - started).total_seconds() * 1000
    return int(min(max(elapsed, 0), MAX_DURATION_MS))
