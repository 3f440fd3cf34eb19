"""Who may open which question and which set: one rule, QuerySet.visible_to()."""

import pytest
from django.contrib.auth.models import AnonymousUser

from questions.models import Question, QuestionSet, Status, Visibility
from tests.factories import QuestionFactory, QuestionSetFactory, SetItemFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def interviewer():
    return UserFactory()


@pytest.fixture
def private_question(interviewer):
    return QuestionFactory(owner=interviewer, prompt="What would you cache here?")


def in_set(question, owner, visibility):
    question_set = QuestionSetFactory(owner=owner, visibility=visibility)
    SetItemFactory(question_set=question_set, question=question)
    return question_set


def visible(user) -> set[str]:
    return set(Question.objects.visible_to(user).values_list("prompt", flat=True))


def test_it_shows_everyone_the_published_bank_only(user, question):
    QuestionFactory(prompt="A draft", status=Status.DRAFT)
    QuestionFactory(prompt="Archived", status=Status.ARCHIVED)

    assert visible(AnonymousUser()) == visible(user) == {question.prompt}


def test_it_shows_an_owner_their_private_questions_whatever_their_status(interviewer, user):
    QuestionFactory(owner=interviewer, prompt="Mine, draft", status=Status.DRAFT)
    QuestionFactory(owner=interviewer, prompt="Mine, archived", status=Status.ARCHIVED)

    assert visible(interviewer) == {"Mine, draft"}
    assert visible(user) == set()


def test_it_shows_a_private_question_of_a_public_set_to_everyone(interviewer, private_question):
    in_set(private_question, interviewer, Visibility.PUBLIC)

    assert private_question.prompt in visible(AnonymousUser())


def test_it_shows_a_link_set_question_only_to_those_who_opened_the_link(
    interviewer, user, outsider, private_question
):
    shared = in_set(private_question, interviewer, Visibility.LINK)

    assert private_question.prompt not in visible(user)
    shared.open_for(user)

    assert private_question.prompt in visible(user)
    assert private_question.prompt not in visible(outsider)


def test_it_hides_a_link_set_again_when_its_owner_makes_it_private(
    interviewer, user, private_question
):
    shared = in_set(private_question, interviewer, Visibility.LINK)
    shared.open_for(user)

    QuestionSet.objects.filter(pk=shared.pk).update(visibility=Visibility.PRIVATE)

    assert private_question.prompt not in visible(user)


def test_it_never_spreads_a_private_question_through_someone_elses_set(
    interviewer, outsider, user, private_question
):
    in_set(private_question, outsider, Visibility.PUBLIC)

    assert private_question.prompt not in visible(user)
    assert private_question.prompt not in visible(AnonymousUser())


def test_it_lets_anyone_open_a_link_set_by_its_id_but_lists_it_for_nobody(interviewer, user):
    shared = QuestionSetFactory(owner=interviewer, visibility=Visibility.LINK)
    private = QuestionSetFactory(owner=interviewer, visibility=Visibility.PRIVATE)

    assert set(QuestionSet.objects.visible_to(user)) == {shared}
    assert set(QuestionSet.objects.visible_to(interviewer)) == {shared, private}
    assert not QuestionSet.objects.reachable_by(user).exists()


def test_it_never_opens_a_set_for_its_owner_or_a_visitor(interviewer):
    shared = QuestionSetFactory(owner=interviewer, visibility=Visibility.LINK)

    shared.open_for(interviewer)
    shared.open_for(AnonymousUser())

    assert not shared.shares.exists()


def test_one_question_by_its_slug_follows_the_same_rule(interviewer, user, private_question):
    """get_visible() answers as visible_to().get() does, whoever asks for whichever question."""
    bank = QuestionFactory(prompt="In the bank")
    draft = QuestionFactory(prompt="A draft", status=Status.DRAFT)
    archived = QuestionFactory(prompt="Archived", status=Status.ARCHIVED)
    shared = QuestionFactory(owner=interviewer, prompt="Shared by its owner's set")
    in_set(shared, interviewer, Visibility.PUBLIC)
    people = (AnonymousUser(), user, interviewer)

    for person in people:
        for question in (bank, draft, archived, shared, private_question):
            try:
                found = Question.objects.get_visible(person, slug=question.slug).prompt
            except Question.DoesNotExist:
                found = None
            expected = question.prompt if question.prompt in visible(person) else None
            assert found == expected, (person, question.prompt)
    assert Question.objects.get_visible(interviewer, slug=private_question.slug) == private_question
