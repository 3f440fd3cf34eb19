"""The interviewer's console: run the interview, mark each answer, write the scorecard."""

from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from accounts import mail
from accounts.htmx import render_page
from accounts.timezones import activate_for, timezone_activated_by_view
from prep.interviews import services
from prep.interviews.access import interview_for_interviewer
from prep.interviews.forms import AssessmentForm, ScorecardForm
from prep.interviews.invitations import invitation_token
from prep.interviews.live import read_version, unchanged
from prep.interviews.models import SCORE_MEANINGS, MockInterview, Score


def _console_context(
    request: HttpRequest, interview: MockInterview, *, marking: int | None = None, **extra
) -> dict:
    """`marking`: after the interview, the question whose marks are being revised."""
    answers = list(interview.answers.all())
    position = interview.position if interview.is_in_progress else marking
    current = answers[position] if position is not None and 0 <= position < len(answers) else None
    context = {
        "interview": interview,
        "answers": answers,
        "count": len(answers),
        "current": current,
        "revising": current is not None and interview.is_completed,
        "scores": [(value, label, SCORE_MEANINGS[value]) for value, label in Score.choices],
        "form": AssessmentForm(instance=current) if current and interview.marks_open else None,
    }
    if interview.candidate_id is None and not interview.is_cancelled:
        context["invitation_mail"] = mail.delivery(interview.invitation_job_id)
        context["invitation_url"] = request.build_absolute_uri(
            reverse("interviews:invitation", args=[invitation_token(interview)])
        )
    if interview.is_completed and not interview.scorecard_sent_at:
        context["scorecard_form"] = ScorecardForm(instance=interview)
    return context | extra


@login_required
@require_GET
def console(request: HttpRequest, public_id: UUID) -> HttpResponse:
    interview = interview_for_interviewer(request.user, public_id)
    marking = read_version(request.GET.get("q"))
    context = _console_context(request, interview, marking=marking)
    return render_page(request, "interviews/console.html", context)


@timezone_activated_by_view
@require_GET
def console_poll(request: HttpRequest, public_id: UUID) -> HttpResponse:
    """204 while nothing changed; else what the candidate has done (joined, typed)."""
    if unchanged(
        request,
        public_id,
        role="interviewer",
        version=read_version(request.GET.get("v")),
        answer_version=read_version(request.GET.get("a")),
    ):
        return HttpResponse(status=204)
    return _changed_live(request, public_id)


@login_required
def _changed_live(request: HttpRequest, public_id: UUID) -> HttpResponse:
    activate_for(request.user)
    interview = interview_for_interviewer(request.user, public_id)
    return render_page(
        request, "interviews/console.html", _console_context(request, interview), partial="live"
    )


@login_required
@require_POST
def begin(request: HttpRequest, public_id: UUID) -> HttpResponse:
    interview = interview_for_interviewer(request.user, public_id)
    services.begin(interview=interview, now=timezone.now())
    return redirect("interviews:console", public_id)


MOVES = {"next": 1, "previous": -1}


@login_required
@require_POST
def assess(request: HttpRequest, public_id: UUID) -> HttpResponse:
    """Save the marks on the question shown; then stay, or go to the next or previous one.

    htmx saves as the interviewer ticks and types; the buttons post the whole form. After
    the interview, until the scorecard is sent, marks can still be revised.
    """
    interview = interview_for_interviewer(request.user, public_id)
    position = read_version(request.POST.get("position"))
    answer = interview.answers.filter(position=position).first() if position is not None else None
    step = MOVES.get(request.POST.get("go", ""))
    if answer is None and step == -1 and position == interview.position:
        # From the wrap-up back to the last question: nothing to save.
        services.move(
            interview=interview,
            from_position=position,
            to_position=position - 1,
            now=timezone.now(),
        )
        return redirect("interviews:console", public_id)
    if answer is None or not interview.marks_open:
        return _not_saved(request, public_id, "The marks of this interview are closed.")
    form = AssessmentForm(request.POST, instance=answer)
    if not form.is_valid():
        if request.htmx:
            return _not_saved(request, public_id, form.errors.as_text())
        context = _console_context(request, interview, marking=position, form=form)
        return render_page(request, "interviews/console.html", context, status=400)
    # Only the marks: the candidate may be typing into the same row.
    form.save(commit=False).save(update_fields=AssessmentForm.Meta.fields)
    if step and interview.is_in_progress:
        services.move(
            interview=interview,
            from_position=position,
            to_position=position + step,
            now=timezone.now(),
        )
    elif request.htmx:
        return render_page(
            request, "interviews/console.html", {"saved_at": timezone.now()}, partial="saved"
        )
    return redirect("interviews:console", public_id)


def _not_saved(request: HttpRequest, public_id: UUID, reason: str) -> HttpResponse:
    if request.htmx:
        # 200, so htmx shows it where "Saved" would have been.
        return render_page(
            request, "interviews/console.html", {"not_saved": reason}, partial="saved"
        )
    messages.error(request, f"Not saved: {reason}")
    return redirect("interviews:console", public_id)


@login_required
@require_POST
def finish(request: HttpRequest, public_id: UUID) -> HttpResponse:
    interview = interview_for_interviewer(request.user, public_id)
    services.finish(interview=interview, now=timezone.now())
    return redirect("interviews:console", public_id)


@login_required
@require_POST
def scorecard(request: HttpRequest, public_id: UUID) -> HttpResponse:
    """Save the verdict; with "Send", show and email the scorecard to the candidate."""
    interview = interview_for_interviewer(request.user, public_id)
    if interview.scorecard_sent_at:
        messages.info(request, "This scorecard has already been sent.")
        return redirect("interviews:console", public_id)
    if not interview.is_completed:
        messages.error(request, "Finish the interview first, then write the verdict.")
        return redirect("interviews:console", public_id)
    sending = bool(request.POST.get("send"))
    form = ScorecardForm(request.POST, instance=interview, sending=sending)
    if not form.is_valid():
        context = _console_context(request, interview, scorecard_form=form)
        return render_page(request, "interviews/console.html", context, status=400)
    form.save(commit=False).save(update_fields=ScorecardForm.Meta.fields)
    if not sending:
        messages.success(request, "Verdict saved. Send the scorecard when it is ready.")
    elif services.send_scorecard(interview=interview, now=timezone.now()):
        messages.success(request, f"Scorecard sent to {interview.candidate_label}.")
    else:
        messages.error(
            request,
            f"Not sent: {interview.invited_email} has not accepted the invitation yet. "
            "The link on the invitation still works; send the scorecard once they accept.",
        )
    return redirect("interviews:console", public_id)
