"""The admin's queue of better answers imports suggested for published questions."""

import re

import pytest
from django.contrib.auth.models import Permission

from questions import admin_suggestions  # noqa: F401 - registers the admin, as admin.py will
from questions.models import AnswerSuggestion, Question, Status, SuggestionState
from tests.factories import QuestionFactory, SourceFactory, SourceReferenceFactory, UserFactory

pytestmark = pytest.mark.django_db
CHANGELIST = "/admin/questions/answersuggestion/"


def suggest(question: Question, answer: str, state=SuggestionState.PENDING, title="Blog post"):
    reference = SourceReferenceFactory(
        question=question,
        source=SourceFactory(title=title),
        suggested_answer=answer,
        suggestion=state,
    )
    return AnswerSuggestion.objects.get(pk=reference.pk)


@pytest.fixture
def closure() -> Question:
    return QuestionFactory(prompt="What is a closure?", answer="A **function**.")


@pytest.fixture
def suggestion(closure) -> AnswerSuggestion:
    return suggest(closure, "An *inner* function that keeps the scope it was defined in.")


@pytest.fixture
def admin_client(client, staff):
    client.force_login(staff)
    return client


def listed(response) -> list[str]:
    return re.findall(r'<td class="field-question_link"><a href="[^"]*">(.*?)</a>', response.text)


def run_action(client, action: str, suggestions: list[AnswerSuggestion]):
    selected = [suggestion.pk for suggestion in suggestions]
    return client.post(CHANGELIST, {"action": action, "_selected_action": selected}, follow=True)


def staff_with(*codenames: str):
    user = UserFactory(is_staff=True)
    user.user_permissions.set(Permission.objects.filter(codename__in=codenames))
    return user


def test_it_shows_the_published_and_the_suggested_answer_side_by_side(admin_client, suggestion):
    response = admin_client.get(CHANGELIST)

    assert response.status_code == 200
    [row] = re.findall(r"<tr>.*?</tr>", response.text.split("<tbody>")[1], re.DOTALL)
    published = row.index('class="field-published_answer"')
    suggested = row.index('class="field-suggested"')
    assert published < suggested
    assert "<strong>function</strong>" in row[published:suggested]
    assert "<em>inner</em>" in row[suggested:]


def test_it_lists_only_suggestions_waiting_for_review(admin_client, closure, suggestion):
    other = QuestionFactory(prompt="What is a generator?", answer="A function.")
    suggest(other, "A function that yields.", SuggestionState.ACCEPTED)
    suggest(other, "Something that yields values.", SuggestionState.DISMISSED)
    SourceReferenceFactory(question=other)  # seen in a source, nothing suggested

    assert listed(admin_client.get(CHANGELIST)) == ["What is a closure?"]
    assert listed(admin_client.get(CHANGELIST + "?state=accepted")) == ["What is a generator?"]
    assert listed(admin_client.get(CHANGELIST + "?state=dismissed")) == ["What is a generator?"]


def test_it_renders_suggested_answers_safely(admin_client, closure):
    suggest(closure, 'Use <script>alert("x")</script> and [this](javascript:alert(1)).')

    response = admin_client.get(CHANGELIST)

    assert "<script>alert" not in response.text
    assert 'href="javascript:' not in response.text


def test_it_accepts_a_suggested_answer_and_keeps_the_old_one(admin_client, closure, suggestion):
    response = run_action(admin_client, "accept", [suggestion])

    assert "1 suggested answer(s) accepted" in response.text
    closure.refresh_from_db()
    suggestion.refresh_from_db()
    assert closure.answer == "An *inner* function that keeps the scope it was defined in."
    assert closure.status == Status.PUBLISHED
    assert suggestion.replaced_answer == "A **function**."
    assert suggestion.suggestion == SuggestionState.ACCEPTED
    assert listed(response) == []


def test_it_accepts_one_suggestion_per_question_at_a_time(admin_client, closure, suggestion):
    later = suggest(closure, "A function object with its enclosing cells.", title="Notes")

    response = run_action(admin_client, "accept", [suggestion, later])

    assert "1 other suggestion(s) for the same questions still wait" in response.text
    closure.refresh_from_db()
    later.refresh_from_db()
    assert closure.answer == suggestion.suggested_answer
    assert later.suggestion == SuggestionState.PENDING


def test_it_dismisses_a_suggestion_and_leaves_the_answer(admin_client, closure, suggestion):
    response = run_action(admin_client, "dismiss", [suggestion])

    assert "1 suggestion(s) dismissed." in response.text
    closure.refresh_from_db()
    suggestion.refresh_from_db()
    assert closure.answer == "A **function**."
    assert suggestion.suggestion == SuggestionState.DISMISSED


def test_it_lets_only_those_who_may_change_questions_accept(client, closure, suggestion):
    client.force_login(staff_with("view_answersuggestion", "change_answersuggestion"))

    page = client.get(CHANGELIST)
    response = run_action(client, "accept", [suggestion])

    assert 'value="dismiss"' in page.text
    assert 'value="accept"' not in page.text
    closure.refresh_from_db()
    assert closure.answer == "A **function**."
    assert AnswerSuggestion.objects.get().suggestion == SuggestionState.PENDING
    assert response.status_code == 200


def test_it_accepts_for_staff_who_may_change_questions(client, closure, suggestion):
    client.force_login(
        staff_with("view_answersuggestion", "change_answersuggestion", "change_question")
    )

    run_action(client, "accept", [suggestion])

    closure.refresh_from_db()
    assert closure.answer == suggestion.suggested_answer


def test_it_shows_one_suggestion_without_anything_to_edit(admin_client, suggestion):
    response = admin_client.get(f"{CHANGELIST}{suggestion.pk}/change/")

    assert response.status_code == 200
    assert "<em>inner</em>" in response.text
    assert 'name="_save"' not in response.text


def test_it_has_no_add_page(admin_client):
    assert admin_client.get(CHANGELIST + "add/").status_code == 403


def test_it_keeps_out_staff_without_the_permission(client, suggestion):
    client.force_login(UserFactory(is_staff=True))

    assert client.get(CHANGELIST).status_code == 403


def test_it_sends_visitors_to_the_login(client, suggestion):
    response = client.get(CHANGELIST)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
