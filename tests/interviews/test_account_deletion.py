"""Deleting an account never deletes the other person's interview, and tells them."""

import pytest

from prep.account_data import delete_account
from prep.interviews import services
from prep.interviews.models import MockInterview, Status
from questions.models import Question

pytestmark = pytest.mark.django_db


def test_a_deleted_interviewer_cancels_what_they_would_host_and_the_candidate_is_told(
    interviewer, scheduled, django_capture_on_commit_callbacks, sent_mail
):
    sent_mail().clear()

    with django_capture_on_commit_callbacks(execute=True):
        delete_account(user=interviewer)

    scheduled.refresh_from_db()
    assert scheduled.status == Status.CANCELLED and scheduled.interviewer is None
    assert not scheduled.is_solo
    (message,) = sent_mail()
    assert message.to == [scheduled.invited_email]
    assert "METHOD:CANCEL" in message.attachments[0][1]


def test_a_deleted_candidate_leaves_the_interviewers_record_without_their_address(
    candidate, running, interviewer, clock
):
    services.start_solo(
        user=candidate,
        title="Solo",
        questions=list(Question.objects.all()[:1]),
        seconds_per_question=60,
        now=clock.now,
    )

    delete_account(user=candidate)

    running.refresh_from_db()
    assert running.candidate is None and running.invited_email == ""
    assert running.status == Status.CANCELLED
    assert running.candidate_label == "a deleted account"
    assert not MockInterview.objects.solo().exists()
    assert running.answers.count() == 3
