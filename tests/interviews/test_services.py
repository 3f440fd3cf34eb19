"""Snapshots, double clicks and mail trouble: what must hold whatever the timing."""

import datetime as dt

import pytest

from accounts import mail
from prep.interviews import services
from prep.interviews.models import Recommendation, Status
from prep.practice.models import Review
from questions.models import Question

pytestmark = pytest.mark.django_db


def test_editing_or_deleting_a_question_later_does_not_change_the_interview(running):
    first = running.answers.get(position=0)
    question = Question.objects.get(pk=first.question_id)
    asked = first.prompt
    question.prompt = "Rewritten prompt?"
    question.save()
    running.question_set.items.all().delete()
    Question.objects.filter(pk=question.pk).delete()

    first.refresh_from_db()
    assert first.prompt == asked
    assert first.question_id is None
    assert running.answers.count() == 3


def test_a_generated_rubric_is_marked(interviewer, interview_set, clock):
    Question.objects.filter(set_items__question_set=interview_set).update(answer_outline="")

    interview, _ = services.schedule(
        interviewer=interviewer,
        question_set=interview_set,
        email="c@example.com",
        scheduled_at=clock.now + dt.timedelta(hours=2),
        seconds_per_question=60,
    )

    answer = interview.answers.first()
    assert answer.rubric_generated
    assert answer.outline == ["Ready queue", "Selectors"]


def test_finish_twice_and_send_twice_do_one_thing(running, candidate, clock, sent_mail):
    running.answers.update(score=1)
    services.finish(interview=running, now=clock.now)
    services.finish(interview=running, now=clock.now + dt.timedelta(minutes=5))
    running.refresh_from_db()
    running.recommendation = Recommendation.NO
    running.save()
    sent_mail().clear()

    assert services.send_scorecard(interview=running, now=clock.now)
    assert not services.send_scorecard(interview=running, now=clock.now)

    running.refresh_from_db()
    assert running.finished_at == clock.now
    assert Review.objects.filter(user=candidate).count() == 3
    assert len(sent_mail()) == 1


def test_next_from_a_stale_position_does_nothing(running, clock):
    services.move(interview=running, from_position=0, to_position=1, now=clock.now)
    services.move(interview=running, from_position=0, to_position=1, now=clock.now)

    running.refresh_from_db()
    assert running.position == 1


def test_the_wrap_up_is_after_the_last_question_and_back_is_possible(running, clock):
    for position in range(3):
        services.move(
            interview=running, from_position=position, to_position=position + 1, now=clock.now
        )
    running.refresh_from_db()
    assert (running.position, running.status, running.question_started_at) == (
        3,
        Status.IN_PROGRESS,
        None,
    )

    services.move(interview=running, from_position=3, to_position=2, now=clock.now)
    running.refresh_from_db()
    assert running.position == 2 and running.question_started_at == clock.now


def test_an_unreachable_mail_server_does_not_undo_the_scheduling(
    interviewer, interview_set, clock, settings
):
    # A real SMTP connection, to a closed port on this machine.
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2

    interview, queued = services.schedule(
        interviewer=interviewer,
        question_set=interview_set,
        email="c@example.com",
        scheduled_at=clock.now + dt.timedelta(hours=2),
        seconds_per_question=60,
    )

    assert queued  # the worker sends it, and retries while the server is down
    interview.refresh_from_db()
    assert mail.delivery(interview.invitation_job_id) == mail.Delivery.QUEUED


def test_a_cancelled_interview_cannot_be_started(scheduled, clock):
    assert services.cancel(interview=scheduled)
    assert not services.cancel(interview=scheduled)

    services.begin(interview=scheduled, now=clock.now)

    scheduled.refresh_from_db()
    assert scheduled.status == Status.CANCELLED
