"""Scheduling an interview for a candidate, and the invitation they accept."""

from uuid import UUID

from allauth.account.models import EmailAddress
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from accounts.htmx import render_page
from prep.interviews import services
from prep.interviews.access import interview_for_interviewer
from prep.interviews.forms import RescheduleForm, ScheduleForm
from prep.interviews.invitations import InvalidInvitation, interview_for_token


def owns_address(user, email: str) -> bool:
    """The account's login address, or another address of theirs that is verified."""
    if user.email.lower() == email.lower():
        return True
    return EmailAddress.objects.filter(user=user, email__iexact=email, verified=True).exists()


def _interviewer_only(request: HttpRequest) -> None:
    if not request.user.is_interviewer:
        raise PermissionDenied("Scheduling mock interviews is for interviewers.")


@login_required
@require_http_methods(["GET", "POST"])
def schedule(request: HttpRequest) -> HttpResponse:
    _interviewer_only(request)
    initial = {"question_set": request.GET.get("set")} if request.GET.get("set") else {}
    form = ScheduleForm(request.POST or None, interviewer=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            interview, sent = services.schedule(
                interviewer=request.user,
                question_set=data["question_set"],
                email=data["email"],
                scheduled_at=data["scheduled_at"],
                seconds_per_question=data["minutes"] * 60,
                request_key=data["request_key"],
            )
        except services.NothingToAsk:
            form.add_error("question_set", "This set has no questions yet: add some first.")
        else:
            _say_if_sent(request, sent, data["email"])
            return redirect("interviews:console", interview.public_id)
    status = 400 if form.errors else 200
    return render_page(request, "interviews/schedule.html", {"form": form}, status=status)


def _say_if_sent(request: HttpRequest, sent: bool, email: str) -> None:
    if sent:
        messages.success(request, f"The invitation is on its way to {email}.")
    else:
        messages.warning(
            request,
            f"The invitation email to {email} could not be sent. "
            "Copy the invitation link below and send it yourself.",
        )


@login_required
@require_POST
def resend(request: HttpRequest, public_id: UUID) -> HttpResponse:
    interview = interview_for_interviewer(request.user, public_id)
    if interview.is_scheduled:
        _say_if_sent(
            request, services.resend_invitation(interview=interview), interview.invited_email
        )
    return redirect("interviews:console", public_id)


@login_required
@require_http_methods(["GET", "POST"])
def reschedule(request: HttpRequest, public_id: UUID) -> HttpResponse:
    interview = interview_for_interviewer(request.user, public_id)
    if not interview.is_scheduled:
        messages.error(request, "Only an interview that has not started can be moved.")
        return redirect("interviews:console", public_id)
    initial = {
        "scheduled_at": timezone.localtime(interview.scheduled_at),
        "minutes": interview.minutes_per_question,
    }
    form = RescheduleForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        sent = services.reschedule(
            interview=interview,
            scheduled_at=form.cleaned_data["scheduled_at"],
            seconds_per_question=form.cleaned_data["minutes"] * 60,
        )
        if sent:
            messages.success(
                request, f"Moved. The new time is on its way to {interview.invited_email}."
            )
        else:
            messages.warning(
                request, "Moved, but the email with the new time could not be sent: send it again."
            )
        return redirect("interviews:console", public_id)
    context = {"form": form, "interview": interview}
    return render_page(
        request, "interviews/schedule.html", context, status=400 if form.errors else 200
    )


@login_required
@require_POST
def cancel(request: HttpRequest, public_id: UUID) -> HttpResponse:
    interview = interview_for_interviewer(request.user, public_id)
    if services.cancel(interview=interview):
        messages.success(request, f"Cancelled. {interview.invited_email} was told.")
    return redirect("interviews:console", public_id)


REASONS = {
    "invalid": "This invitation link is not valid: it may have been cut short or mistyped. "
    "Open it again from the email, or ask your interviewer to send it again.",
    "expired": "This invitation link has expired. Ask your interviewer to send a new one.",
}


@require_http_methods(["GET", "POST"])
def invitation(request: HttpRequest, token: str) -> HttpResponse:
    """The link in the email: shows the invitation; the invited person accepts it."""
    try:
        interview = interview_for_token(token)
    except InvalidInvitation as problem:
        context = {"reason": REASONS[problem.reason]}
        return render_page(request, "interviews/invitation.html", context, status=404)
    user = request.user
    if user.is_authenticated and interview.interviewer_id == user.pk:
        return redirect("interviews:console", interview.public_id)
    if interview.candidate_id and interview.candidate_id == user.pk:
        return redirect(interview)
    invited = user.is_authenticated and owns_address(user, interview.invited_email)
    # Until the scorecard is sent there is something to accept it for.
    can_accept = (
        invited
        and interview.candidate_id is None
        and not interview.is_cancelled
        and not interview.scorecard_sent_at
    )
    if request.method == "POST":
        if not can_accept:
            raise PermissionDenied("This invitation is for someone else.")
        services.accept(interview=interview, user=user, now=timezone.now())
        messages.success(request, "Invitation accepted. See you there.")
        return redirect(interview)
    here = reverse("interviews:invitation", args=[token])
    context = {
        "interview": interview,
        "invited": invited,
        "can_accept": can_accept,
        "here": here,
        "taken": interview.candidate_id is not None,
    }
    return render_page(request, "interviews/invitation.html", context)
