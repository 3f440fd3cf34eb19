"""What an interview sends: invitations with a calendar event, updates, scorecards."""

import datetime as dt
import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import BadHeaderError, EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar, Event, vCalAddress, vText

from accounts import mail
from prep.interviews.invitations import invitation_token
from prep.interviews.models import MockInterview

logger = logging.getLogger(__name__)

# Time kept free in the calendar after the last question, for the wrap-up.
WRAP_UP = dt.timedelta(minutes=10)


def site_url() -> str:
    return settings.SITE_URL.rstrip("/")


def invitation_url(interview: MockInterview) -> str:
    return site_url() + reverse("interviews:invitation", args=[invitation_token(interview)])


def calendar_event(interview: MockInterview, *, cancelled: bool = False) -> bytes:
    """An iCalendar invitation (RFC 5546): REQUEST, or CANCEL for the same UID."""
    calendar = Calendar()
    calendar.add("prodid", "-//Interview Prep//Mock interviews//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "CANCEL" if cancelled else "REQUEST")
    event = Event()
    event.add("uid", f"{interview.public_id}@interview-prep")
    event.add("sequence", interview.calendar_sequence)
    event.add("dtstamp", timezone.now())
    event.add("dtstart", interview.scheduled_at)
    length = dt.timedelta(seconds=interview.seconds_per_question * interview.answers.count())
    event.add("dtend", interview.scheduled_at + length + WRAP_UP)
    event.add("summary", f"Mock interview: {interview.title}")
    event.add("description", f"Join the interview: {invitation_url(interview)}")
    event.add("url", invitation_url(interview))
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    if interview.interviewer:
        organizer = vCalAddress(f"mailto:{interview.interviewer.email}")
        organizer.params["cn"] = vText(interview.interviewer.name)
        event.add("organizer", organizer)
    attendee = vCalAddress(f"mailto:{interview.invited_email}")
    attendee.params["role"] = vText("REQ-PARTICIPANT")
    event.add("attendee", attendee)
    calendar.add_component(event)
    return calendar.to_ical()


def _candidate_zone(interview: MockInterview):
    """The invited person's own time zone if they have an account, else the interviewer's."""
    user = (
        get_user_model().objects.filter(email__iexact=interview.invited_email).first()
        if interview.candidate is None
        else interview.candidate
    )
    return (user or interview.interviewer).zone


def _send(message: EmailMultiAlternatives) -> int | None:
    """Queue the message; its job's id, or None for a message no server would take (an
    impossible address): the page says so and offers the link to send by hand."""
    try:
        return mail.queue(message)
    except (BadHeaderError, ValueError):
        logger.exception("Could not queue %r", message.subject)
        return None


def _invitation(interview: MockInterview, kind: str) -> EmailMultiAlternatives:
    zone = _candidate_zone(interview)
    context = {
        "interview": interview,
        "kind": kind,
        "url": invitation_url(interview),
        "local_time": interview.scheduled_at.astimezone(zone),
        "zone": zone,
    }
    subjects = {
        "invitation": f"Mock interview invitation: {interview.title}",
        "update": f"Mock interview moved: {interview.title}",
        "cancellation": f"Mock interview cancelled: {interview.title}",
    }
    message = EmailMultiAlternatives(
        subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + subjects[kind],
        body=render_to_string("interviews/email/invitation.txt", context),
        to=[interview.invited_email],
        reply_to=[interview.interviewer.email] if interview.interviewer else None,
    )
    method = "CANCEL" if kind == "cancellation" else "REQUEST"
    message.attach(
        "invite.ics",
        calendar_event(interview, cancelled=kind == "cancellation"),
        f"text/calendar; charset=utf-8; method={method}",
    )
    return message


def send_invitation(interview: MockInterview, *, update: bool = False) -> int | None:
    return _send(_invitation(interview, "update" if update else "invitation"))


def send_cancellation(interview: MockInterview) -> int | None:
    return _send(_invitation(interview, "cancellation"))


def send_scorecard(interview: MockInterview, *, fed: int) -> int | None:
    url = site_url() + reverse("interviews:scorecard", args=[interview.public_id])
    message = EmailMultiAlternatives(
        subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + f"Your scorecard: {interview.title}",
        body=render_to_string(
            "interviews/email/scorecard.txt",
            {"interview": interview, "answers": interview.answers.all(), "url": url, "fed": fed},
        ),
        to=[interview.candidate.email],
        reply_to=[interview.interviewer.email] if interview.interviewer else None,
    )
    return _send(message)
