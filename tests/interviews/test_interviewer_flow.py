"""An interviewer-led interview through the views, as the two people see it."""

import datetime as dt
import re

import pytest
from django.db import connection
from django.urls import reverse

from prep.interviews import services
from prep.interviews.invitations import invitation_token
from prep.interviews.models import MockInterview, Recommendation, Status
from prep.practice.models import Card, Origin, Review
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


def console_url(interview, name="console"):
    return reverse(f"interviews:{name}", args=[interview.public_id])


def test_it_schedules_from_a_set_and_emails_an_invitation_with_a_calendar_event(
    client, interviewer, interview_set, clock, sent_mail
):
    client.force_login(interviewer)
    response = client.post(
        reverse("interviews:schedule"),
        {
            "question_set": interview_set.public_id,
            "email": "New.Person@Example.com",
            "scheduled_at": "2025-06-12T15:30",
            "minutes": "6",
        },
    )

    interview = MockInterview.objects.get()
    assert response.url == console_url(interview)
    assert interview.invited_email == "new.person@example.com"
    assert interview.seconds_per_question == 360
    assert interview.answers.count() == 3
    (message,) = sent_mail()
    assert message.to == ["new.person@example.com"]
    assert reverse("interviews:invitation", args=[invitation_token(interview)]) in message.body
    filename, ics, mimetype = message.attachments[0]
    assert filename == "invite.ics"
    assert "method=REQUEST" in mimetype
    assert "BEGIN:VEVENT" in ics and "DTSTART:20250612T153000Z" in ics


def test_it_reads_the_time_in_the_interviewers_zone(client, interviewer, interview_set, clock):
    interviewer.timezone = "America/New_York"
    interviewer.save()
    client.force_login(interviewer)
    client.post(
        reverse("interviews:schedule"),
        {
            "question_set": interview_set.public_id,
            "email": "c@example.com",
            "scheduled_at": "2025-06-12T09:00",
            "minutes": "5",
        },
    )

    assert MockInterview.objects.get().scheduled_at == dt.datetime(
        2025, 6, 12, 13, 0, tzinfo=dt.UTC
    )


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("scheduled_at", "2025-06-10T09:00", "That time has passed"),
        ("scheduled_at", "2025-02-31T09:00", "Enter a valid date/time"),
        ("email", "not-an-email", "Enter a valid email address"),
        ("question_set", "00000000-0000-0000-0000-000000000000", "Pick one of your sets"),
    ],
)
def test_it_refuses_bad_scheduling_input_with_a_form_error(
    client, interviewer, interview_set, clock, field, value, error, sent_mail
):
    data = {
        "question_set": interview_set.public_id,
        "email": "c@example.com",
        "scheduled_at": "2025-06-12T09:00",
        "minutes": "5",
    } | {field: value}
    client.force_login(interviewer)
    response = client.post(reverse("interviews:schedule"), data)

    assert response.status_code == 400
    assert error in response.content.decode()
    assert not MockInterview.objects.exists()
    assert not sent_mail()


def test_it_refuses_a_set_the_interviewer_cannot_see(client, interviewer, outsider, clock):
    from tests.interviews.conftest import make_set

    private = make_set(outsider)
    client.force_login(interviewer)
    response = client.post(
        reverse("interviews:schedule"),
        {
            "question_set": private.public_id,
            "email": "c@example.com",
            "scheduled_at": "2025-06-12T09:00",
            "minutes": "5",
        },
    )

    assert response.status_code == 400
    assert not MockInterview.objects.exists()


def test_a_candidate_cannot_schedule(client, user):
    client.force_login(user)

    assert client.get(reverse("interviews:schedule")).status_code == 403


def test_the_invited_person_accepts_and_lands_in_the_interview(client, scheduled, candidate):
    client.force_login(candidate)
    url = reverse("interviews:invitation", args=[invitation_token(scheduled)])

    page = client.get(url)
    assert "Accept the invitation" in page.content.decode()
    response = client.post(url)

    assert response.url == scheduled.get_absolute_url()
    scheduled.refresh_from_db()
    assert scheduled.candidate == candidate
    assert scheduled.version == 2


def test_someone_else_cannot_accept_the_invitation(client, scheduled, outsider):
    client.force_login(outsider)
    url = reverse("interviews:invitation", args=[invitation_token(scheduled)])

    page = client.get(url)
    assert "sent to another email address" in page.content.decode()
    assert client.post(url).status_code == 403
    scheduled.refresh_from_db()
    assert scheduled.candidate is None


def test_a_new_person_signs_up_and_lands_back_on_the_invitation(
    client, interviewer, interview_set, clock, sent_mail
):
    scheduled, _ = services.schedule(
        interviewer=interviewer,
        question_set=interview_set,
        email="newcomer@example.com",
        scheduled_at=clock.now + dt.timedelta(hours=3),
        seconds_per_question=300,
    )
    url = reverse("interviews:invitation", args=[invitation_token(scheduled)])
    assert "Sign up" in client.get(url).content.decode()
    sent_mail().clear()

    response = client.post(
        f"{reverse('account_signup')}?next={url}",
        {"email": scheduled.invited_email, "password1": PASSWORD, "password2": PASSWORD},
    )
    if response["Location"] != url:  # email verification first: its link comes back here
        confirm = re.search(r"http://testserver(/\S+)", sent_mail()[-1].body).group(1)
        response = client.post(confirm)
    assert response["Location"] == url
    client.post(url)
    scheduled.refresh_from_db()
    assert scheduled.candidate.email == scheduled.invited_email


@pytest.mark.parametrize("token", ["garbage", "a" * 300, "eyJ.tampered:sig"])
def test_a_tampered_invitation_gets_a_clear_page(client, scheduled, token):
    response = client.get(reverse("interviews:invitation", args=[token]))

    assert response.status_code == 404
    assert "not valid" in response.content.decode()


def test_an_expired_invitation_says_so(client, scheduled, clock):
    url = reverse("interviews:invitation", args=[invitation_token(scheduled)])
    clock.advance(days=401)

    response = client.get(url)

    assert response.status_code == 404
    assert "expired" in response.content.decode()


def test_a_reused_invitation_after_acceptance_says_it_is_taken(client, accepted, outsider):
    outsider.email = "other@example.com"
    client.force_login(outsider)

    page = client.get(reverse("interviews:invitation", args=[invitation_token(accepted)]))

    assert "already been accepted" in page.content.decode()


def test_rescheduling_sends_an_update_with_a_higher_sequence(
    client, interviewer, scheduled, sent_mail
):
    sent_mail().clear()
    client.force_login(interviewer)

    client.post(
        console_url(scheduled, "reschedule"), {"scheduled_at": "2025-06-13T10:00", "minutes": "5"}
    )

    scheduled.refresh_from_db()
    assert scheduled.scheduled_at == dt.datetime(2025, 6, 13, 10, 0, tzinfo=dt.UTC)
    (message,) = sent_mail()
    assert "moved" in message.subject
    assert "SEQUENCE:1" in message.attachments[0][1]


def test_cancelling_sends_a_cancellation(client, interviewer, scheduled, sent_mail):
    sent_mail().clear()
    client.force_login(interviewer)

    client.post(console_url(scheduled, "cancel"))
    client.post(console_url(scheduled, "cancel"))

    scheduled.refresh_from_db()
    assert scheduled.status == Status.CANCELLED
    (message,) = sent_mail()
    assert "METHOD:CANCEL" in message.attachments[0][1]


def test_the_whole_interview_ends_in_a_scorecard_that_feeds_practice(
    client, interviewer, candidate, running, clock, sent_mail
):
    candidate_client = client.__class__()
    candidate_client.force_login(candidate)
    client.force_login(interviewer)

    candidate_client.post(
        reverse("interviews:answer", args=[running.public_id]),
        {"position": "0", "typed_answer": "The loop runs callbacks from a ready queue"},
    )
    console = client.get(console_url(running)).content.decode()
    assert "The loop runs callbacks from a ready queue" in console
    assert "Thinks asyncio uses threads" in console

    client.post(
        console_url(running, "assess"),
        {
            "position": "0",
            "score": "1",
            "covered": ["0"],
            "flags_hit": ["0"],
            "notes": "Revise tasks",
            "private_notes": "nervous",
            "go": "next",
        },
    )
    clock.advance(minutes=3)
    client.post(console_url(running, "assess"), {"position": "1", "score": "4", "go": "next"})
    client.post(console_url(running, "assess"), {"position": "2", "score": "3", "go": "next"})
    client.post(console_url(running, "finish"))
    client.post(
        console_url(running, "save_scorecard"),
        {"recommendation": Recommendation.YES, "summary": "Solid", "send": "1"},
    )

    running.refresh_from_db()
    assert running.status == Status.COMPLETED and running.scorecard_sent_at
    scorecard = candidate_client.get(console_url(running, "scorecard")).content.decode()
    assert "Revise tasks" in scorecard and "nervous" not in scorecard
    assert "Yes" in scorecard
    reviews = Review.objects.filter(user=candidate, origin=Origin.MOCK)
    assert sorted(reviews.values_list("rating", flat=True)) == [1, 3, 4]
    fumbled = Card.objects.get(user=candidate, question__prompt__startswith="Question 0")
    assert fumbled.due <= clock.now + dt.timedelta(days=1)
    assert sent_mail()[-1].to == [candidate.email]


def test_an_invitation_the_mail_server_never_takes_shows_on_the_console_with_the_link(
    client, interviewer, interview_set, clock, settings, sent_mail
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    client.force_login(interviewer)
    response = client.post(
        reverse("interviews:schedule"),
        {
            "question_set": interview_set.public_id,
            "email": "c@example.com",
            "scheduled_at": "2025-06-12T09:00",
            "minutes": "5",
        },
        follow=True,
    )
    interview = MockInterview.objects.get()
    assert "is queued" in response.content.decode()

    for _ in range(10):  # every retry fails, until the worker gives up
        sent_mail()
        with connection.cursor() as cursor:
            cursor.execute("UPDATE procrastinate_jobs SET scheduled_at = now()")

    page = client.get(console_url(interview)).content.decode()
    assert "could not be delivered" in page
    assert invitation_token(interview) in page
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    client.post(console_url(interview, "resend"))
    assert sent_mail()[-1].to == ["c@example.com"]
    assert "was delivered" in client.get(console_url(interview)).content.decode()
