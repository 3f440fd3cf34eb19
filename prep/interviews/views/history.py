"""Interview history, and starting a solo interview."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models.functions import Coalesce
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from accounts.htmx import render_page
from prep.interviews import services
from prep.interviews.charts import score_line
from prep.interviews.forms import SoloInterviewForm
from prep.interviews.models import MockInterview, Status
from prep.practice.progress import weakest
from questions.models import Question

HISTORY_LENGTH = 50
OPEN = (Status.SCHEDULED, Status.IN_PROGRESS)


def _history(user) -> dict:
    taken = list(
        MockInterview.objects.taken_by(user)
        .with_scores()
        .select_related("interviewer")
        .order_by(Coalesce("scheduled_at", "created").desc(), "-pk")[:HISTORY_LENGTH]
    )
    scored = [i for i in reversed(taken) if i.shown_score is not None]
    context = {
        "taken": taken,
        "joining": [i for i in taken if not i.is_solo and i.status in OPEN],
        "chart": score_line(
            [(f"{timezone.localtime(i.when):%d %b}", i.shown_score) for i in scored]
        )
        if len(scored) > 1
        else None,
        "scored": scored,
    }
    if user.is_interviewer:
        hosted = MockInterview.objects.hosted_by(user).with_scores().select_related("candidate")
        context["upcoming"] = list(hosted.open().order_by("scheduled_at")[:HISTORY_LENGTH])
        past = hosted.exclude(status__in=OPEN).order_by("-scheduled_at")[: HISTORY_LENGTH * 2]
        by_candidate: dict[str, list] = {}
        for interview in past:
            by_candidate.setdefault(interview.candidate_label, []).append(interview)
        context["past_by_candidate"] = sorted(by_candidate.items())
    return context


@login_required
@require_GET
def index(request: HttpRequest) -> HttpResponse:
    form = SoloInterviewForm(user=request.user, offered_set=request.GET.get("set", "")[:40])
    context = _history(request.user) | {"form": form}
    return render_page(request, "interviews/index.html", context)


def _questions_for(user, form: SoloInterviewForm) -> tuple[str, list[Question], object]:
    kind, chosen = form.chosen()
    count = form.cleaned_data["count"]
    if kind == "set":
        chosen.open_for(user)
        return chosen.title, services.questions_of_set(user, chosen, count), chosen
    if kind == "topic":
        pool = Question.objects.bank().for_topic(chosen)
        return chosen.name, services.questions_from(user, pool, count), None
    cards = weakest(user, timezone.now(), limit=count)
    pool = Question.objects.filter(pk__in=[card.question_id for card in cards])
    return "My weakest questions", services.questions_from(user, pool, count), None


@login_required
@require_http_methods(["GET", "POST"])
def start(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return redirect("interviews:index")
    form = SoloInterviewForm(request.POST, user=request.user)
    if form.is_valid():
        title, questions, question_set = _questions_for(request.user, form)
        try:
            interview = services.start_solo(
                user=request.user,
                title=title,
                questions=questions,
                seconds_per_question=form.cleaned_data["minutes"] * 60,
                now=timezone.now(),
                question_set=question_set,
                request_key=form.cleaned_data["request_key"],
            )
        except services.NothingToAsk:
            form.add_error(
                "source",
                "There is nothing to ask from this choice yet"
                + (
                    ": practise a few questions first, then your weakest ones show up here."
                    if form.cleaned_data["source"] == "weakest"
                    else "."
                ),
            )
        else:
            return redirect(interview)
    messages.error(request, "The interview was not started: see below.")
    context = _history(request.user) | {"form": form}
    return render_page(request, "interviews/index.html", context, status=400)
