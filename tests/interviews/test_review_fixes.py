"""What a careful interviewer runs into: late acceptance, revised marks, double submits."""

import datetime as dt

import pytest
from allauth.account.models import EmailAddress
from django.urls import reverse

from prep.interviews import services
from prep.interviews.invitations import invitation_token
from prep.interviews.models import MockInterview, Recommendation, Status
from prep.practice.models import Review
from tests.factories import UserFactory
from tests.interviews.conftest import make_set

pytestmark = pytest.mark.django_db


def url(name, interview, *args):
    return reverse(f"interviews:{name}", args=[interview.public_id, *args])


def test_a_candidate_who_accepts_after_the_interview_still_gets_the_scorecard(
    client, interviewer, scheduled, candidate, clock
):
    services.begin(interview=scheduled, now=clock.now)
    services.finish(interview=scheduled, now=clock.now)
    client.force_login(interviewer)
    response = client.post(
        url("save_scorecard", scheduled), {"recommendation": "3", "send": "1"}, follow=True
    )
    assert "has not accepted the invitation yet" in response.content.decode()

    client.force_login(candidate)
    client.post(reverse("interviews:invitation", args=[invitation_token(scheduled)]))
    client.force_login(interviewer)
    client.post(url("save_scorecard", scheduled), {"recommendation": "3", "send": "1"})

    scheduled.refresh_from_db()
    assert scheduled.candidate == candidate and scheduled.scorecard_sent_at


def test_marks_can_be_revised_after_the_interview_until_the_scorecard_is_sent(
    client, interviewer, running, clock
):
    services.finish(interview=running, now=clock.now)
    client.force_login(interviewer)

    page = client.get(url("console", running) + "?q=1").content.decode()
    assert "Revising the marks of question 2" in page
    client.post(url("assess", running), {"position": "1", "score": "4", "go": "save"})
    assert running.answers.get(position=1).score == 4

    running.refresh_from_db()
    running.recommendation = Recommendation.YES
    running.save()
    services.send_scorecard(interview=running, now=clock.now)
    client.post(url("assess", running), {"position": "1", "score": "1", "go": "save"})
    assert running.answers.get(position=1).score == 4


def test_a_draft_verdict_needs_no_recommendation_but_sending_does(
    client, interviewer, running, clock
):
    services.finish(interview=running, now=clock.now)
    client.force_login(interviewer)

    draft = client.post(url("save_scorecard", running), {"summary": "Thinking"})
    sent = client.post(url("save_scorecard", running), {"summary": "Thinking", "send": "1"})

    assert draft.status_code == 302
    assert sent.status_code == 400
    assert "Pick a recommendation" in sent.content.decode()
    running.refresh_from_db()
    assert running.summary == "Thinking" and not running.scorecard_sent_at


def test_an_answer_on_its_way_when_the_interviewer_moves_is_kept_briefly(running, clock):
    services.move(interview=running, from_position=0, to_position=1, now=clock.now)

    assert services.save_typed_answer(
        interview=running, position=0, text="late words", now=clock.now + dt.timedelta(seconds=5)
    )
    assert not services.save_typed_answer(
        interview=running, position=0, text="rewritten", now=clock.now + dt.timedelta(minutes=2)
    )
    assert not services.save_typed_answer(
        interview=running, position=2, text="ahead", now=clock.now
    )
    assert running.answers.get(position=0).typed_answer == "late words"


def test_a_double_submit_of_the_schedule_form_makes_one_interview(
    client, interviewer, interview_set, clock, sent_mail
):
    client.force_login(interviewer)
    data = {
        "question_set": interview_set.public_id,
        "email": "c@example.com",
        "scheduled_at": "2025-06-12T09:00",
        "minutes": "5",
        "request_key": "same-form-twice",
    }

    first = client.post(reverse("interviews:schedule"), data)
    second = client.post(reverse("interviews:schedule"), data)

    assert MockInterview.objects.count() == 1
    assert first.url == second.url
    assert len(sent_mail()) == 1


def test_a_double_submit_of_the_solo_form_makes_one_interview(client, user, clock):
    question_set = make_set(user)
    client.force_login(user)
    data = {
        "source": f"set:{question_set.public_id}",
        "count": 2,
        "minutes": 3,
        "request_key": "k1",
    }

    client.post(reverse("interviews:start"), data)
    client.post(reverse("interviews:start"), data)

    assert MockInterview.objects.count() == 1


def test_a_set_title_with_a_line_break_makes_a_one_line_subject(
    client, interviewer, interview_set, clock, sent_mail
):
    interview_set.title = "Async\nPython\r\nround two"
    interview_set.save()
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

    assert MockInterview.objects.get().title == "Async Python round two"
    assert sent_mail()[0].subject.endswith("Async Python round two")


def test_upcoming_interviews_are_listed_however_many_are_past(client, interviewer, clock):
    question_set = make_set(interviewer, 1)
    for _ in range(105):
        done, _ = services.schedule(
            interviewer=interviewer,
            question_set=question_set,
            email="old@example.com",
            scheduled_at=clock.now + dt.timedelta(hours=1),
            seconds_per_question=60,
        )
        MockInterview.objects.filter(pk=done.pk).update(
            status=Status.COMPLETED, scheduled_at=clock.now - dt.timedelta(days=30)
        )
    services.schedule(
        interviewer=interviewer,
        question_set=question_set,
        email="next@example.com",
        scheduled_at=clock.now + dt.timedelta(days=2),
        seconds_per_question=60,
    )
    client.force_login(interviewer)

    upcoming = client.get(reverse("interviews:index")).context["upcoming"]

    assert [i.invited_email for i in upcoming] == ["next@example.com"]


def test_a_verified_second_address_may_accept(client, scheduled):
    person = UserFactory(email="main@example.com")
    EmailAddress.objects.create(user=person, email=scheduled.invited_email.upper(), verified=True)
    client.force_login(person)

    client.post(reverse("interviews:invitation", args=[invitation_token(scheduled)]))

    scheduled.refresh_from_db()
    assert scheduled.candidate == person


def test_the_interviewer_opening_their_own_link_goes_to_the_console(client, interviewer, scheduled):
    client.force_login(interviewer)

    response = client.get(reverse("interviews:invitation", args=[invitation_token(scheduled)]))

    assert response.url == url("console", scheduled)


def test_the_scorecard_email_says_how_many_questions_went_to_practice(
    running, candidate, clock, sent_mail
):
    running.answers.update(score=2)
    services.finish(interview=running, now=clock.now)

    services.send_scorecard(interview=running, now=clock.now)

    assert "3 of these questions are now in your practice" in sent_mail()[-1].body
    assert Review.objects.filter(user=candidate).count() == 3


def test_private_questions_are_not_claimed_to_be_in_practice(
    interviewer, candidate, clock, sent_mail
):
    private = make_set(interviewer, 2)
    for item in private.items.select_related("question"):
        item.question.owner = interviewer
        item.question.save()
    interview, _ = services.schedule(
        interviewer=interviewer,
        question_set=private,
        email=candidate.email,
        scheduled_at=clock.now + dt.timedelta(hours=1),
        seconds_per_question=60,
    )
    services.accept(interview=interview, user=candidate, now=clock.now)
    services.begin(interview=interview, now=clock.now)
    interview.answers.update(score=1)
    services.finish(interview=interview, now=clock.now)

    services.send_scorecard(interview=interview, now=clock.now)

    assert "now in your practice" not in sent_mail()[-1].body
    assert not Review.objects.filter(user=candidate).exists()


def test_a_solo_candidate_can_finish_early(client, user, clock):
    question_set = make_set(user)
    client.force_login(user)
    client.post(
        reverse("interviews:start"),
        {"source": f"set:{question_set.public_id}", "count": 3, "minutes": 3},
    )
    interview = MockInterview.objects.get()

    response = client.post(url("answer", interview), {"position": "0", "go": "finish"})

    assert response.url == url("review", interview)
    interview.refresh_from_db()
    assert interview.status == Status.COMPLETED


def test_a_bad_autosave_in_the_console_says_not_saved(client, interviewer, running, htmx):
    client.force_login(interviewer)

    response = client.post(url("assess", running), {"position": "0", "score": "9"}, **htmx)

    assert response.status_code == 200
    assert "Not saved" in response.content.decode()


def test_scores_are_labelled_as_an_interviewer_would(client, interviewer, running):
    client.force_login(interviewer)

    page = client.get(url("console", running)).content.decode()

    assert "Missed it" in page and "Excellent" in page and "Again" not in page


def test_the_same_form_key_from_someone_else_makes_their_own_interview(client, user, clock):
    other = UserFactory()
    data = {"count": 2, "minutes": 3, "request_key": "copied-key"}
    for person in (user, other):
        question_set = make_set(person)
        client.force_login(person)
        client.post(reverse("interviews:start"), data | {"source": f"set:{question_set.public_id}"})

    assert MockInterview.objects.filter(candidate=user).count() == 1
    assert MockInterview.objects.filter(candidate=other).count() == 1
