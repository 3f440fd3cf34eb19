"""A solo mock interview: start, answer against the clock, review, rate into practice."""

import datetime as dt

import pytest
from django.urls import reverse

from prep.interviews.models import MockInterview, Status
from prep.practice.models import Card, Origin, Review
from tests.factories import CardFactory, QuestionFactory, TopicFactory
from tests.interviews.conftest import make_set

pytestmark = pytest.mark.django_db


def start(client, source, count=2, minutes=3):
    return client.post(
        reverse("interviews:start"), {"source": source, "count": count, "minutes": minutes}
    )


@pytest.fixture
def asyncio_topic():
    topic = TopicFactory(slug="asyncio", name="Asyncio")
    for n in range(4):
        QuestionFactory(topic=topic, prompt=f"Asyncio question {n}?", answer=f"Answer {n}.")
    return topic


def test_it_starts_from_a_topic_and_shows_no_answer_during_the_interview(
    client, user, asyncio_topic, clock
):
    client.force_login(user)

    response = start(client, "topic:asyncio", count=2)

    interview = MockInterview.objects.get()
    assert response.url == interview.get_absolute_url()
    assert interview.solo and interview.status == Status.IN_PROGRESS
    assert interview.answers.count() == 2
    page = client.get(interview.get_absolute_url()).content.decode()
    assert "Question 1 of 2" in page
    assert interview.answers.get(position=0).model_answer not in page
    assert 'data-deadline="2025-06-11T09:03:00+00:00"' in page


def test_it_records_time_spent_and_running_over_without_blocking(
    client, user, asyncio_topic, clock
):
    client.force_login(user)
    start(client, "topic:asyncio", count=2, minutes=1)
    interview = MockInterview.objects.get()
    answer_url = reverse("interviews:answer", args=[interview.public_id])

    clock.advance(seconds=95)
    client.post(answer_url, {"position": "0", "typed_answer": "My answer", "go": "next"})
    clock.advance(seconds=20)
    response = client.post(answer_url, {"position": "1", "typed_answer": "", "go": "next"})

    assert response.url == reverse("interviews:review", args=[interview.public_id])
    first, second = interview.answers.all()
    assert (first.seconds_spent, first.typed_answer, first.ran_over) == (95, "My answer", True)
    assert (second.seconds_spent, second.ran_over) == (20, False)
    interview.refresh_from_db()
    assert interview.status == Status.COMPLETED


def test_a_double_click_on_next_moves_one_question(client, user, asyncio_topic, clock):
    client.force_login(user)
    start(client, "topic:asyncio", count=3)
    interview = MockInterview.objects.get()
    answer_url = reverse("interviews:answer", args=[interview.public_id])

    client.post(answer_url, {"position": "0", "typed_answer": "one", "go": "next"})
    client.post(answer_url, {"position": "0", "typed_answer": "one", "go": "next"})

    interview.refresh_from_db()
    assert interview.position == 1


def test_the_review_shows_my_answer_beside_the_model_answer_and_ratings_feed_practice(
    client, user, asyncio_topic, clock
):
    client.force_login(user)
    start(client, "topic:asyncio", count=2)
    interview = MockInterview.objects.get()
    answer_url = reverse("interviews:answer", args=[interview.public_id])
    client.post(answer_url, {"position": "0", "typed_answer": "I typed this", "go": "next"})
    client.post(answer_url, {"position": "1", "typed_answer": "", "go": "next"})

    page = client.get(reverse("interviews:review", args=[interview.public_id])).content.decode()
    assert "I typed this" in page
    assert interview.answers.get(position=0).model_answer in page

    rate = reverse("interviews:rate", args=[interview.public_id, 0])
    client.post(rate, {"rating": "1"})
    client.post(rate, {"rating": "4"})  # a second click changes nothing

    review = Review.objects.get(user=user)
    assert (review.rating, review.origin, review.typed_answer) == (1, Origin.MOCK, "I typed this")
    card = Card.objects.get(user=user)
    assert card.due <= clock.now + dt.timedelta(days=1)
    assert interview.answers.get(position=0).self_rating == 1


def test_it_starts_from_my_weakest_questions(client, user, clock):
    weak = CardFactory(user=user, lapses=3)
    CardFactory(user=user, question=QuestionFactory(prompt="Strong one?"))
    client.force_login(user)

    start(client, "weakest", count=5)

    interview = MockInterview.objects.get()
    assert [a.question_id for a in interview.answers.all()] == [weak.question_id]


def test_weakest_with_no_practice_yet_says_what_to_do(client, user):
    client.force_login(user)

    response = start(client, "weakest")

    assert response.status_code == 400
    assert "practise a few questions first" in response.content.decode()
    assert not MockInterview.objects.exists()


def test_it_starts_from_my_set_in_its_order(client, user, clock):
    question_set = make_set(user)
    client.force_login(user)

    start(client, f"set:{question_set.public_id}", count=3)

    prompts = [a.prompt for a in MockInterview.objects.get().answers.all()]
    assert prompts == [
        f"Question {n}: how does the event loop schedule task {n}?" for n in range(3)
    ]


def test_an_interview_set_of_someone_else_keeps_its_answers_hidden_in_the_review(
    client, user, interviewer, clock
):
    question_set = make_set(interviewer)
    question_set.visibility = "link"
    question_set.answers_visible = False
    question_set.save()
    for item in question_set.items.select_related("question"):
        item.question.owner = interviewer
        item.question.save()
    question_set.open_for(user)
    client.force_login(user)

    start(client, f"set:{question_set.public_id}", count=3)

    answer = MockInterview.objects.get().answers.first()
    assert answer.model_answer == "" and answer.outline == [] and answer.red_flags == []


@pytest.mark.parametrize(
    "data",
    [
        {"source": "set:00000000-0000-0000-0000-000000000000", "count": 2, "minutes": 3},
        {"source": "topic:nope", "count": 2, "minutes": 3},
        {"source": "weakest", "count": 0, "minutes": 3},
        {"source": "weakest", "count": 2, "minutes": "ten"},
        {"source": "topic:\x00", "count": 2, "minutes": 3},
    ],
)
def test_bad_start_input_is_a_form_error(client, user, asyncio_topic, data):
    client.force_login(user)

    response = client.post(reverse("interviews:start"), data)

    assert response.status_code == 400
    assert not MockInterview.objects.exists()


def test_a_nul_byte_in_the_answer_box_is_refused_and_nothing_saved(
    client, user, asyncio_topic, clock
):
    client.force_login(user)
    start(client, "topic:asyncio")
    interview = MockInterview.objects.get()

    response = client.post(
        reverse("interviews:answer", args=[interview.public_id]),
        {"position": "0", "typed_answer": "a\x00b"},
    )

    assert response.status_code == 400
    assert interview.answers.get(position=0).typed_answer == ""


@pytest.mark.parametrize("position", ["", "x", "99", "-1"])
def test_a_bad_position_saves_nothing_and_does_not_fail(client, user, asyncio_topic, position):
    client.force_login(user)
    start(client, "topic:asyncio")
    interview = MockInterview.objects.get()

    response = client.post(
        reverse("interviews:answer", args=[interview.public_id]),
        {"position": position, "typed_answer": "x", "go": "next"},
    )

    assert response.status_code == 302
    interview.refresh_from_db()
    assert interview.position == 0
    assert not interview.answers.exclude(typed_answer="").exists()


def test_the_progress_page_shows_mock_results_next_to_practice(client, user, asyncio_topic, clock):
    client.force_login(user)
    start(client, "topic:asyncio", count=1)
    interview = MockInterview.objects.get()
    client.post(
        reverse("interviews:answer", args=[interview.public_id]), {"position": "0", "go": "next"}
    )
    client.post(reverse("interviews:rate", args=[interview.public_id, 0]), {"rating": "1"})

    page = client.get(reverse("progress:dashboard")).content.decode()

    assert "Practice and mock interviews" in page
    assert '<th scope="row">Mock interview</th><td>1</td><td>1</td>' in page
    assert "mock interview</span>" in page


def test_a_public_set_page_offers_a_mock_interview_from_that_set(client, user, interviewer, clock):
    question_set = make_set(interviewer)
    question_set.visibility = "public"
    question_set.save()
    client.force_login(user)

    page = client.get(question_set.get_absolute_url()).content.decode()
    link = f"{reverse('interviews:index')}?set={question_set.public_id}"
    assert link in page and "Interview a candidate" not in page
    form = client.get(link).context["form"]
    assert form["source"].value() == f"set:{question_set.public_id}"
    start(client, f"set:{question_set.public_id}", count=2)

    assert MockInterview.objects.get(candidate=user).answers.count() == 2


def test_the_owner_interviewer_is_offered_to_interview_a_candidate_from_the_set(
    client, interviewer, interview_set
):
    client.force_login(interviewer)

    page = client.get(interview_set.get_absolute_url()).content.decode()

    assert f"{reverse('interviews:schedule')}?set={interview_set.public_id}" in page


def test_a_private_set_of_someone_else_cannot_be_asked(client, user, interviewer):
    question_set = make_set(interviewer)
    client.force_login(user)

    response = start(client, f"set:{question_set.public_id}")

    assert response.status_code == 400
    assert not MockInterview.objects.exists()
