"""Who sees what: every interview URL for anonymous, candidate, other candidate,
interviewer, other interviewer and staff."""

import datetime as dt

import pytest
from django.urls import reverse

from prep.interviews import services
from prep.interviews.models import Recommendation
from tests.factories import UserFactory, make_interviewer

pytestmark = pytest.mark.django_db

CANDIDATE_PAGES = ["room", "poll", "answer"]
CONSOLE_PAGES = [
    "console",
    "console_poll",
    "begin",
    "assess",
    "finish",
    "save_scorecard",
    "reschedule",
    "cancel",
]
POSTS = {"answer", "begin", "assess", "finish", "save_scorecard", "cancel"}


@pytest.fixture
def people(interviewer, candidate, staff):
    return {
        "anonymous": None,
        "candidate": candidate,
        "other candidate": UserFactory(),
        "interviewer": interviewer,
        "other interviewer": make_interviewer(UserFactory()),
        "staff": staff,
    }


def request(client, who, name, interview):
    if who is not None:
        client.force_login(who)
    url = reverse(f"interviews:{name}", args=[interview.public_id])
    return client.post(url) if name in POSTS else client.get(url)


def assert_only(client, people, allowed: str, name: str, interview, ok=(200, 302)) -> None:
    """Anonymous goes to the login, `allowed` gets the page, everyone else a 404."""
    for role, who in people.items():
        client.logout()
        response = request(client, who, name, interview)
        if role == "anonymous":
            assert response.status_code == 302 and "/accounts/login/" in response.url
        elif role == allowed:
            assert response.status_code in ok, role
        else:
            assert response.status_code == 404, role


@pytest.mark.parametrize("name", CANDIDATE_PAGES)
def test_only_the_candidate_reaches_the_candidate_screen(client, people, running, name):
    assert_only(client, people, "candidate", name, running)


@pytest.mark.parametrize("name", CONSOLE_PAGES)
def test_only_the_interviewer_reaches_the_console(client, people, running, name):
    assert_only(client, people, "interviewer", name, running, ok=(200, 302, 400))


def test_private_notes_never_reach_the_candidate(client, candidate, running, clock):
    answer = running.answers.get(position=0)
    answer.private_notes = "PRIVATE-REMARK"
    answer.notes = "For you"
    answer.score = 2
    answer.save()
    services.finish(interview=running, now=clock.now)
    running.recommendation = Recommendation.NO
    running.save()
    services.send_scorecard(interview=running, now=clock.now)
    client.force_login(candidate)

    for url in (
        reverse("interviews:scorecard", args=[running.public_id]),
        reverse("interviews:room", args=[running.public_id]),
        reverse("interviews:index"),
    ):
        assert "PRIVATE-REMARK" not in client.get(url).content.decode()


def test_the_scorecard_is_hidden_from_the_candidate_until_sent(client, candidate, running, clock):
    services.finish(interview=running, now=clock.now)
    client.force_login(candidate)
    url = reverse("interviews:scorecard", args=[running.public_id])

    assert client.get(url).status_code == 404
    running.refresh_from_db()
    services.send_scorecard(interview=running, now=clock.now)
    assert client.get(url).status_code == 200


def test_the_interviewer_previews_the_scorecard_before_sending(client, interviewer, running, clock):
    services.finish(interview=running, now=clock.now)
    client.force_login(interviewer)

    page = client.get(reverse("interviews:scorecard", args=[running.public_id]))

    assert "Preview" in page.content.decode()


def test_staff_see_interviews_only_in_the_admin(client, staff, running):
    client.force_login(staff)

    assert client.get(reverse("interviews:console", args=[running.public_id])).status_code == 404
    admin = client.get(reverse("admin:interviews_mockinterview_change", args=[running.pk]))
    assert admin.status_code == 200


def test_a_solo_interview_has_no_scorecard_and_no_console(client, user, clock):
    from questions.models import Question
    from tests.factories import QuestionFactory

    QuestionFactory()
    interview = services.start_solo(
        user=user,
        title="Solo",
        questions=list(Question.objects.all()),
        seconds_per_question=60,
        now=clock.now,
    )
    client.force_login(user)

    assert (
        client.get(reverse("interviews:scorecard", args=[interview.public_id])).status_code == 404
    )
    assert client.get(reverse("interviews:console", args=[interview.public_id])).status_code == 404


@pytest.mark.parametrize("name", ["room", "review", "answer", "poll"])
def test_a_solo_interview_is_only_its_owners(client, people, candidate, clock, name):
    from questions.models import Question
    from tests.factories import QuestionFactory

    QuestionFactory()
    solo = services.start_solo(
        user=candidate,
        title="Solo",
        questions=list(Question.objects.all()),
        seconds_per_question=60,
        now=clock.now,
    )
    services.move(interview=solo, from_position=0, to_position=1, now=clock.now)
    assert_only(client, people, "candidate", name, solo)
    for role, who in people.items():
        client.logout()
        if who is not None:
            client.force_login(who)
        rate = client.post(reverse("interviews:rate", args=[solo.public_id, 0]), {"rating": "3"})
        assert rate.status_code == (404 if role not in ("anonymous", "candidate") else 302)
    assert solo.answers.get(position=0).self_rating == 3


def test_a_scorecard_never_quotes_an_answer_the_interview_set_keeps(
    client, interviewer, candidate, clock
):
    from tests.interviews.conftest import make_set

    kept = make_set(interviewer, 1)
    kept.answers_visible = False
    kept.save()
    question = kept.items.get().question
    question.owner, question.answer_outline = interviewer, ""
    question.answer = "## SECRET-HEADING\nOnly the interviewer reads this."
    question.save()
    interview, _ = services.schedule(
        interviewer=interviewer,
        question_set=kept,
        email=candidate.email,
        scheduled_at=clock.now + dt.timedelta(hours=1),
        seconds_per_question=60,
    )
    services.accept(interview=interview, user=candidate, now=clock.now)
    services.begin(interview=interview, now=clock.now)
    interview.answers.update(score=3, covered=[0])
    services.finish(interview=interview, now=clock.now)
    interview.refresh_from_db()
    services.send_scorecard(interview=interview, now=clock.now)
    client.force_login(candidate)

    page = client.get(reverse("interviews:scorecard", args=[interview.public_id])).content.decode()

    assert "SECRET-HEADING" not in page
    assert "1 of 1 main points of the answer covered" in page
