"""Every URL of a set, for each kind of visitor: only what they may see, never a 500."""

import pytest

from questions.models import Question, QuestionSet, SetItem, Status, Visibility
from tests.factories import QuestionFactory, QuestionSetFactory, UserFactory, make_interviewer

pytestmark = pytest.mark.django_db

SECRET = "Only the owner reads this answer."
ROLES = ["anonymous", "owner", "candidate", "other_interviewer", "staff"]


@pytest.fixture
def world(topic):
    owner = make_interviewer(UserFactory())
    users = {
        "anonymous": None,
        "owner": owner,
        "candidate": UserFactory(),
        "other_interviewer": make_interviewer(UserFactory()),
        "staff": UserFactory(is_staff=True),
    }
    sets = {}
    for visibility in Visibility.values:
        question_set = QuestionSetFactory(
            owner=owner, visibility=visibility, answers_visible=False, title=f"{visibility} kit"
        )
        private = QuestionFactory(
            owner=owner, topic=topic, prompt=f"Private {visibility} question?", answer=SECRET
        )
        question_set.append(private)
        question_set.append(QuestionFactory(topic=topic))
        sets[visibility] = (question_set, private)
    return users, sets


def sign_in(client, users, role):
    if users[role] is not None:
        client.force_login(users[role])


def urls(question_set, private):
    base = question_set.get_absolute_url()
    return {
        "page": ("get", base),
        "markdown": ("get", f"{base}export.md"),
        "csv": ("get", f"{base}export.csv"),
        "edit": ("get", f"{base}edit/"),
        "new_question": ("get", f"{base}questions/new/"),
        "edit_question": ("get", f"{base}q/{private.slug}/edit/"),
        "clone": ("post", f"{base}clone/"),
        "reorder": ("post", f"{base}order/"),
        "move": ("post", f"{base}q/{private.slug}/move/"),
        "submit": ("post", f"{base}q/{private.slug}/submit/"),
        "remove": ("post", f"{base}q/{private.slug}/remove/"),
        "delete": ("post", f"{base}delete/"),  # last: it takes the set away
    }


OWNER_ONLY = {"edit", "new_question", "edit_question", "delete", "reorder", "move", "remove"}
OWNER_ONLY |= {"submit"}


def expected_status(role: str, visibility: str, name: str) -> int:
    if role == "anonymous":
        if name in OWNER_ONLY | {"clone"}:
            return 302  # to the login page
        return 404 if visibility == Visibility.PRIVATE else 200
    if role == "owner":
        return 302 if name in {"delete", "clone", "reorder", "move", "remove", "submit"} else 200
    if name in OWNER_ONLY or visibility == Visibility.PRIVATE:
        return 404
    return 302 if name == "clone" else 200


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("visibility", Visibility.values)
def test_every_set_url_answers_each_visitor_as_it_should(client, world, role, visibility):
    users, sets = world
    question_set, private = sets[visibility]
    sign_in(client, users, role)

    for name, (method, url) in urls(question_set, private).items():
        response = getattr(client, method)(url)
        assert response.status_code == expected_status(role, visibility, name), (name, url)
        if role != "owner" and response.status_code == 200:
            assert SECRET not in response.content.decode(), (name, url)

    still_there = QuestionSet.objects.filter(pk=question_set.pk).exists()
    assert still_there == (role != "owner")  # only the owner's delete went through
    submitted = Question.objects.get(pk=private.pk).status == Status.PENDING_REVIEW
    assert submitted == (role == "owner")
    if role != "owner":
        assert SetItem.objects.filter(question_set=question_set).count() == 2
