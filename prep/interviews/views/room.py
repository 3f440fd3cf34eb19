"""The candidate's side: the interview screen, the answer box, the solo review."""

from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import HttpResponseClientRedirect

from accounts.htmx import render_page
from accounts.timezones import activate_for, timezone_activated_by_view
from prep.interviews import services
from prep.interviews.access import interview_for_candidate
from prep.interviews.live import read_version, unchanged
from prep.interviews.models import MockInterview, Status
from prep.practice.models import Rating


def _position(request: HttpRequest) -> int | None:
    return read_version(request.POST.get("position"))


def _room_context(interview: MockInterview) -> dict:
    answers = list(interview.answers.all())
    current = answers[interview.position] if interview.position < len(answers) else None
    return {
        "interview": interview,
        "count": len(answers),
        "current": current,
        "is_last": interview.position == len(answers) - 1,
    }


@login_required
@require_GET
def room(request: HttpRequest, public_id: UUID) -> HttpResponse:
    interview = interview_for_candidate(request.user, public_id)
    if interview.is_solo and interview.is_completed:
        return redirect("interviews:review", public_id)
    return render_page(request, "interviews/room.html", _room_context(interview))


@timezone_activated_by_view
@require_GET
def poll(request: HttpRequest, public_id: UUID) -> HttpResponse:
    """204 while nothing changed; else the interview's stage, as it is now."""
    version = read_version(request.GET.get("v"))
    if unchanged(request, public_id, role="candidate", version=version):
        return HttpResponse(status=204)
    return _changed_stage(request, public_id)


@login_required
def _changed_stage(request: HttpRequest, public_id: UUID) -> HttpResponse:
    activate_for(request.user)
    interview = interview_for_candidate(request.user, public_id)
    return render_page(request, "interviews/room.html", _room_context(interview), partial="stage")


@login_required
@require_POST
def save_answer(request: HttpRequest, public_id: UUID) -> HttpResponse:
    """The answer box: saved as typed (htmx), with Save; in a solo interview also Next
    and Finish now."""
    interview = interview_for_candidate(request.user, public_id)
    position, go, now = _position(request), request.POST.get("go"), timezone.now()
    saved = position is not None and services.save_typed_answer(
        interview=interview, position=position, text=request.POST.get("typed_answer", ""), now=now
    )
    if interview.is_solo and position is not None and go in ("next", "finish"):
        if go == "finish":
            services.finish(interview=interview, now=now)
        else:
            services.move(
                interview=interview, from_position=position, to_position=position + 1, now=now
            )
        interview.refresh_from_db()
        if interview.is_completed:
            return redirect("interviews:review", public_id)
    if request.htmx:
        context = {"saved": saved, "saved_at": now}
        return render_page(request, "interviews/room.html", context, partial="save-status")
    if position is not None and not saved:
        messages.warning(request, "That answer was not saved: the interview has moved on.")
    return redirect("interviews:room", public_id)


@login_required
@require_GET
def review(request: HttpRequest, public_id: UUID) -> HttpResponse:
    interview = interview_for_candidate(request.user, public_id)
    if not interview.is_solo or not interview.is_completed:
        return redirect("interviews:room", public_id)
    answers = list(interview.answers.select_related("review"))
    context = {
        "interview": interview,
        "answers": answers,
        "ratings": Rating.choices,
        "unrated": sum(answer.self_rating is None for answer in answers),
    }
    return render_page(request, "interviews/review.html", context)


@login_required
@require_POST
def rate(request: HttpRequest, public_id: UUID, position: int) -> HttpResponse:
    interview = get_object_or_404(
        MockInterview.objects.taken_by(request.user).solo(), public_id=public_id
    )
    rating = read_version(request.POST.get("rating"))
    if rating in Rating.values and interview.status == Status.COMPLETED:
        answer = services.rate_own_answer(
            interview=interview, position=position, rating=rating, now=timezone.now()
        )
    else:
        answer = None
    if answer is None:
        if request.htmx:
            return HttpResponseClientRedirect(reverse("interviews:review", args=[public_id]))
        return redirect("interviews:review", public_id)
    if request.htmx:
        context = {"interview": interview, "answer": answer, "ratings": Rating.choices}
        return render_page(request, "interviews/review.html", context, partial="rating")
    return redirect(reverse("interviews:review", args=[public_id]) + f"#answer-{answer.number}")
