"""Every interview page runs the same number of queries for 5 questions as for 50."""

import datetime as dt

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from prep.interviews import services
from prep.interviews.models import Recommendation
from questions.models import Question
from tests.factories import QuestionFactory, UserFactory, make_interviewer
from tests.interviews.conftest import make_set

pytestmark = pytest.mark.django_db


def queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def led_interview(size: int, clock, *, finished: bool):
    interviewer = make_interviewer(UserFactory())
    candidate = UserFactory()
    interview, _ = services.schedule(
        interviewer=interviewer,
        question_set=make_set(interviewer, size),
        email=candidate.email,
        scheduled_at=clock.now + dt.timedelta(hours=1),
        seconds_per_question=120,
    )
    services.accept(interview=interview, user=candidate, now=clock.now)
    services.begin(interview=interview, now=clock.now)
    interview.answers.update(score=2, covered=[0], flags_hit=[0])
    if finished:
        services.finish(interview=interview, now=clock.now)
        interview.refresh_from_db()
        interview.recommendation = Recommendation.YES
        interview.save()
        services.send_scorecard(interview=interview, now=clock.now)
    return interview, interviewer, candidate


def solo_interview(size: int, clock):
    user = UserFactory()
    for n in range(size):
        QuestionFactory(prompt=f"Solo {size} question {n}?")
    questions = list(Question.objects.filter(prompt__startswith=f"Solo {size} "))
    interview = services.start_solo(
        user=user, title="Solo", questions=questions, seconds_per_question=60, now=clock.now
    )
    for position in range(size):
        services.move(
            interview=interview, from_position=position, to_position=position + 1, now=clock.now
        )
    for position in range(size // 2):
        services.rate_own_answer(interview=interview, position=position, rating=3, now=clock.now)
    return interview, user


def counts(size: int, clock) -> dict[str, int]:
    running, interviewer, candidate = led_interview(size, clock, finished=False)
    done, done_interviewer, done_candidate = led_interview(size, clock, finished=True)
    solo, solo_user = solo_interview(size, clock)
    as_interviewer, as_candidate, as_solo = Client(), Client(), Client()
    as_interviewer.force_login(interviewer)
    as_candidate.force_login(candidate)
    as_solo.force_login(solo_user)
    finished_interviewer, finished_candidate = Client(), Client()
    finished_interviewer.force_login(done_interviewer)
    finished_candidate.force_login(done_candidate)

    def url(name, interview):
        return reverse(f"interviews:{name}", args=[interview.public_id])

    return {
        "console": queries(as_interviewer, url("console", running)),
        "candidate screen": queries(as_candidate, url("room", running)),
        "console after the interview": queries(finished_interviewer, url("console", done)),
        "scorecard": queries(finished_candidate, url("scorecard", done)),
        "solo review": queries(as_solo, url("review", solo)),
        "history": queries(finished_candidate, reverse("interviews:index")),
        "interviewer history": queries(finished_interviewer, reverse("interviews:index")),
    }


def test_interview_pages_run_constant_queries(clock):
    small, large = counts(5, clock), counts(50, clock)

    assert small == large
    # Upper bounds, so a page that grows a query shows here.
    assert max(small.values()) <= 9, small
