import contextlib
import datetime as dt

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.dateparse import parse_datetime
from django.views.decorators.http import require_GET, require_POST

from prep import scheduling
from prep.models import Note, Rating
from prep.practice import (
    AlreadyGraded,
    Scope,
    grade_question,
    next_card,
    preferences_for,
    scope_counts,
)
from questions.models import Level, Topic

MAX_DURATION_MS = 10 * 60 * 1000


@login_required
@require_GET
def home(request: HttpRequest) -> HttpResponse:
    now = timezone.now()
    preferences = preferences_for(request.user)
    context = {
        "counts": scope_counts(request.user, now, preferences),
        "topics": Topic.objects.all(),
        "levels": [(value, label) for value, label in Level.choices if value != Level.UNSPECIFIED],
        "sets": request.user.question_sets.all(),
        "leeches": request.user.cards.leeches().select_related("question")[:20],
        "preferences": preferences,
    }
    return TemplateResponse(request, "prep/practice.html", context)


@login_required
@require_GET
def session(request: HttpRequest) -> HttpResponse:
    scope = Scope.parse(request.GET.get("scope"))
    return _card_page(request, scope, revealed=False)


@login_required
@require_POST
def reveal(request: HttpRequest) -> HttpResponse:
    scope = Scope.parse(request.POST.get("scope"))
    # The question that was shown, even if another card fell due while the user thought.
    questions, _ = scope.questions(request.user)
    shown = get_object_or_404(questions, slug=request.POST.get("question", ""))
    return _card_page(request, scope, revealed=True, question=shown)


@login_required
@require_POST
def grade(request: HttpRequest, slug: str) -> HttpResponse:
    scope = Scope.parse(request.POST.get("scope"))
    questions, _ = scope.questions(request.user)
    question = get_object_or_404(questions, slug=slug)
    try:
        rating = Rating(int(request.POST.get("rating", "")))
        expected_reps = int(request.POST.get("reps", ""))
    except ValueError:
        error = "Choose Again, Hard, Good or Easy."
        return _card_page(request, scope, revealed=True, question=question, error=error)
    now = timezone.now()
    # A second submit of the same grade (double click, retry, second tab) is not counted:
    # the first one was, so just move on to the next card.
    with contextlib.suppress(AlreadyGraded):
        grade_question(
            user=request.user,
            question=question,
            rating=rating,
            expected_reps=expected_reps,
            now=now,
            preferences=preferences_for(request.user),
            duration_ms=_duration_ms(request.POST.get("shown_at"), now),
            typed_answer=request.POST.get("typed_answer", ""),
        )
    if request.htmx:
        return _card_page(request, scope, revealed=False)
    return redirect(f"{reverse('practice:session')}?scope={scope}")  # post/redirect/get


def _card_page(
    request, scope: Scope, *, revealed: bool, question=None, error: str = ""
) -> HttpResponse:
    now = timezone.now()
    preferences = preferences_for(request.user)
    upcoming = next_card(request.user, scope, now, preferences)
    if question is not None:
        upcoming.question = question
        upcoming.card = request.user.cards.filter(question=question).first()
    _, scope_name = scope.questions(request.user)
    context = {
        "scope": scope,
        "scope_name": scope_name,
        "session_url": f"{reverse('practice:session')}?scope={scope}",
        "next": upcoming,
        "revealed": revealed,
        "error": error,
        "preferences": preferences,
        "typed_answer": request.POST.get("typed_answer", "") if revealed else "",
        "shown_at": request.POST.get("shown_at") or now.isoformat(),
    }
    if upcoming.question is not None:
        intervals = scheduling.next_intervals(upcoming.card, now, preferences.desired_retention)
        context["buttons"] = [
            (rating, scheduling.humanize_interval(intervals[rating])) for rating in Rating
        ]
        context["reps"] = upcoming.card.reps if upcoming.card else 0
        context["source_count"] = upcoming.question.references.values("source").distinct().count()
        if revealed:
            context["bookmarked"] = request.user.bookmarks.filter(
                question=upcoming.question
            ).exists()
        if revealed and not preferences.fresh_mode:
            context["note"] = Note.objects.filter(
                user=request.user, question=upcoming.question
            ).first()
            context["last_answer"] = (
                request.user.reviews.filter(question=upcoming.question)
                .exclude(typed_answer="")
                .order_by("-reviewed_at")
                .values_list("typed_answer", flat=True)
                .first()
            )
    else:
        context["next_due"] = (
            request.user.cards.order_by("due").values_list("due", flat=True).first()
        )
    template = "prep/card.html"
    if request.htmx and not request.htmx.history_restore_request:
        template += "#card"
    response = TemplateResponse(request, template, context)
    patch_vary_headers(response, ["HX-Request"])
    return response


def _duration_ms(shown_at: str | None, now: dt.datetime) -> int | None:
    started = parse_datetime(shown_at or "")
    if started is None or started.tzinfo is None:
        return None
    elapsed = (now - started).total_seconds() * 1000
    return int(min(max(elapsed, 0), MAX_DURATION_MS))
