"""Fuzzing at the request level: whatever a form or a query receives, never a 500
(security issue: fuzz every form and view that takes input)."""

import datetime as dt

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prep.interviews import services
from tests.factories import QuestionFactory, QuestionSetFactory, UserFactory, make_interviewer
from tests.interviews.conftest import make_set

pytestmark = pytest.mark.django_db

# Text as people and scripts send it: any unicode, control characters, markup, huge ints.
TEXT = st.one_of(
    st.text(max_size=300),
    st.sampled_from(["", " ", "-" * 40, "'; DROP TABLE", "<script>", "%00", "9" * 40, "-1"]),
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
)
FUZZ = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def assert_no_server_error(response) -> None:
    assert response.status_code < 500, response.content[:500]


@pytest.fixture
def candidate_client(client):
    client.force_login(UserFactory())
    return client


@FUZZ
@given(q=TEXT, topic=TEXT, level=TEXT, page=TEXT)
def test_the_bank_filters(candidate_client, q, topic, level, page):
    response = candidate_client.get(
        "/questions/", {"q": q, "topic": topic, "level": level, "page": page}
    )
    assert_no_server_error(response)


@FUZZ
@given(q=TEXT, page=TEXT)
def test_the_set_directory(candidate_client, q, page):
    assert_no_server_error(candidate_client.get("/sets/", {"q": q, "page": page}))


@FUZZ
@given(scope=TEXT, typed=TEXT, shown_at=TEXT, rating=TEXT, reps=TEXT)
def test_practice(candidate_client, scope, typed, shown_at, rating, reps):
    question = QuestionFactory()
    data = {"scope": scope, "question": question.slug, "typed_answer": typed, "shown_at": shown_at}
    assert_no_server_error(candidate_client.get("/practice/session/", {"scope": scope}))
    assert_no_server_error(candidate_client.post(reverse("practice:reveal"), data))
    grade = reverse("practice:grade", args=[question.slug])
    assert_no_server_error(candidate_client.post(grade, data | {"rating": rating, "reps": reps}))
    note = reverse("practice:note", args=[question.slug])
    assert_no_server_error(candidate_client.post(note, {"text": typed}))


@FUZZ
@given(title=TEXT, description=TEXT, visibility=TEXT, answers=TEXT)
def test_set_forms(client, title, description, visibility, answers):
    owner = UserFactory()
    client.force_login(owner)
    data = {
        "title": title,
        "description": description,
        "visibility": visibility,
        "answers_visible": answers,
    }
    assert_no_server_error(client.post(reverse("sets:create"), data))
    question_set = QuestionSetFactory(owner=owner)
    assert_no_server_error(client.post(reverse("sets:edit", args=[question_set.public_id]), data))


@FUZZ
@given(source=TEXT, count=TEXT, minutes=TEXT, position=TEXT, typed=TEXT, go=TEXT)
def test_a_solo_interview(client, source, count, minutes, position, typed, go):
    user = UserFactory()
    client.force_login(user)
    start = client.post(
        reverse("interviews:start"), {"source": source, "count": count, "minutes": minutes}
    )
    assert_no_server_error(start)
    question_set = make_set(user, 2)
    interview = services.start_solo(
        user=user,
        title="Fuzz",
        questions=[item.question for item in question_set.items.select_related("question")],
        seconds_per_question=60,
        now=dt.datetime.now(dt.UTC),
    )
    answer = reverse("interviews:answer", args=[interview.public_id])
    assert_no_server_error(
        client.post(answer, {"position": position, "typed_answer": typed, "go": go})
    )
    rate = f"{reverse('interviews:review', args=[interview.public_id])}0/"
    assert_no_server_error(client.post(rate, {"rating": position}))


@FUZZ
@given(email=TEXT, when=TEXT, minutes=TEXT, set_id=TEXT, score=TEXT, notes=TEXT, go=TEXT)
def test_scheduling_and_the_console(client, email, when, minutes, set_id, score, notes, go):
    interviewer = make_interviewer(UserFactory())
    client.force_login(interviewer)
    question_set = make_set(interviewer, 2)
    schedule = client.post(
        reverse("interviews:schedule"),
        {
            "question_set": set_id or str(question_set.public_id),
            "email": email,
            "scheduled_at": when,
            "minutes": minutes,
        },
    )
    assert_no_server_error(schedule)
    interview, _ = services.schedule(
        interviewer=interviewer,
        question_set=question_set,
        email="fuzz@example.com",
        scheduled_at=dt.datetime.now(dt.UTC) + dt.timedelta(hours=1),
        seconds_per_question=60,
    )
    services.begin(interview=interview, now=dt.datetime.now(dt.UTC))
    assess = reverse("interviews:assess", args=[interview.public_id])
    data = {"position": minutes, "score": score, "covered": [score, notes], "flags_hit": go}
    assert_no_server_error(client.post(assess, data | {"notes": notes, "go": go}))
    console = reverse("interviews:console", args=[interview.public_id])
    assert_no_server_error(client.get(console, {"q": score}))
    verdict = reverse("interviews:save_scorecard", args=[interview.public_id])
    assert_no_server_error(client.post(verdict, {"recommendation": score, "summary": notes}))
    poll = reverse("interviews:console_poll", args=[interview.public_id])
    assert_no_server_error(client.get(poll, {"v": score, "a": go}))


@FUZZ
@given(token=st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=200))
def test_invitation_links(client, token):
    token = token.replace("/", "") or "x"
    assert_no_server_error(client.get(f"/interviews/invitation/{token}/"))


@FUZZ
@given(login=TEXT, password=TEXT, name=TEXT, zone=TEXT)
def test_accounts(client, login, password, name, zone):
    assert_no_server_error(client.post("/accounts/login/", {"login": login, "password": password}))
    assert_no_server_error(
        client.post("/accounts/signup/", {"email": login, "password1": password, "password2": name})
    )
    client.force_login(UserFactory())
    assert_no_server_error(
        client.post(reverse("accounts:profile"), {"display_name": name, "timezone": zone})
    )
