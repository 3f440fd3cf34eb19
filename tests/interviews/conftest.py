import datetime as dt

import pytest

from prep.interviews import services
from tests.factories import QuestionFactory, QuestionSetFactory, SetItemFactory, UserFactory


@pytest.fixture
def candidate(db):
    return UserFactory(
        email="cara@example.com", display_name="Cara Candidate", timezone="Asia/Tokyo"
    )


OUTLINE = "- Ready queue of callbacks\n- Selector waits for IO\n- Tasks wrap coroutines"


def make_set(owner, count: int = 3):
    question_set = QuestionSetFactory(owner=owner, title="Async Python")
    for n in range(count):
        question = QuestionFactory(
            prompt=f"Question {n}: how does the event loop schedule task {n}?",
            answer="## Ready queue\nTasks wait.\n\n## Selectors\nIO readiness.",
            answer_outline=OUTLINE,
            red_flags="- Thinks asyncio uses threads",
            what_it_tests="Understanding of the event loop.",
        )
        SetItemFactory(question_set=question_set, question=question, position=n)
    return question_set


@pytest.fixture
def interview_set(interviewer):
    return make_set(interviewer)


@pytest.fixture
def scheduled(interviewer, interview_set, candidate, clock):
    interview, _ = services.schedule(
        interviewer=interviewer,
        question_set=interview_set,
        email=candidate.email,
        scheduled_at=clock.now + dt.timedelta(days=1),
        seconds_per_question=300,
    )
    return interview


@pytest.fixture
def accepted(scheduled, candidate, clock):
    services.accept(interview=scheduled, user=candidate, now=clock.now)
    scheduled.refresh_from_db()
    return scheduled


@pytest.fixture
def running(accepted, clock):
    services.begin(interview=accepted, now=clock.now)
    accepted.refresh_from_db()
    return accepted
