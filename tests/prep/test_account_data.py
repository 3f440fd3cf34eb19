"""Deleting an account never takes history from anyone else."""

import pytest
from django.db.models import RestrictedError

from accounts.models import User
from prep.account_data import delete_account
from prep.practice.models import Card, Note, Review
from questions.models import Question, Status, Visibility
from tests.factories import (
    BookmarkFactory,
    CardFactory,
    NoteFactory,
    QuestionFactory,
    QuestionSetFactory,
    ReviewFactory,
    SetItemFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def interviewer():
    return UserFactory(email="interviewer@example.com")


@pytest.fixture
def private_question(interviewer):
    return QuestionFactory(owner=interviewer, prompt="How would you shard this table?")


@pytest.fixture
def candidate_history(user, private_question):
    card = CardFactory(user=user, question=private_question)
    ReviewFactory(card=card)
    NoteFactory(user=user, question=private_question, text="Shard by tenant.")
    return card


def test_it_deletes_an_interviewer_but_keeps_the_candidates_history(
    interviewer, user, private_question, candidate_history
):
    kept = delete_account(user=interviewer)

    assert kept == 1
    assert not User.objects.filter(email="interviewer@example.com").exists()
    assert Card.objects.filter(user=user).count() == 1
    assert Review.objects.filter(user=user).count() == 1
    assert Note.objects.get(user=user).text == "Shard by tenant."
    question = Question.objects.get(pk=private_question.pk)
    assert (question.status, question.owner) == (Status.ARCHIVED, None)


def test_it_takes_an_archived_private_question_out_of_the_candidates_reviews(
    interviewer, user, candidate_history
):
    delete_account(user=interviewer)

    assert not Card.objects.live(user).exists()


def test_it_keeps_a_private_question_that_sits_in_someone_elses_set(
    interviewer, outsider, private_question
):
    SetItemFactory(question_set=QuestionSetFactory(owner=outsider), question=private_question)

    assert delete_account(user=interviewer) == 1
    assert outsider.question_sets.get().items.count() == 1


def test_it_deletes_what_only_the_user_had(interviewer, private_question):
    own_set = QuestionSetFactory(owner=interviewer, visibility=Visibility.PUBLIC)
    SetItemFactory(question_set=own_set, question=private_question)
    card = CardFactory(user=interviewer, question=private_question)
    ReviewFactory(card=card)
    BookmarkFactory(user=interviewer, question=private_question)

    assert delete_account(user=interviewer) == 0
    assert not Question.objects.filter(pk=private_question.pk).exists()
    assert not Card.objects.exists() and not Review.objects.exists()


def test_it_deletes_a_candidate_without_touching_the_bank_or_other_users(user, outsider, question):
    CardFactory(user=user, question=question)
    CardFactory(user=outsider, question=question)

    delete_account(user=user)

    assert Question.objects.filter(pk=question.pk).exists()
    assert list(Card.objects.values_list("user", flat=True)) == [outsider.pk]


def test_it_refuses_a_plain_delete_that_would_take_someone_elses_history(
    interviewer, candidate_history
):
    with pytest.raises(RestrictedError):
        interviewer.delete()

    assert Card.objects.filter(pk=candidate_history.pk).exists()


def test_it_refuses_to_delete_a_question_someone_practises(question, user):
    CardFactory(user=user, question=question)

    with pytest.raises(RestrictedError):
        question.delete()


@pytest.mark.parametrize("factory", [NoteFactory, BookmarkFactory])
def test_it_refuses_to_delete_a_question_someone_annotated(question, user, factory):
    factory(user=user, question=question)

    with pytest.raises(RestrictedError):
        question.delete()


def test_it_refuses_to_delete_a_question_in_someone_elses_set(question, outsider):
    SetItemFactory(question_set=QuestionSetFactory(owner=outsider), question=question)

    with pytest.raises(RestrictedError):
        question.delete()


def test_it_deletes_a_user_through_the_admin_keeping_others_history(
    admin_client, interviewer, user, candidate_history
):
    url = f"/admin/accounts/user/{interviewer.pk}/delete/"

    confirm = admin_client.get(url)
    response = admin_client.post(url, {"post": "yes"})

    assert confirm.status_code == 200
    assert b"protected" not in confirm.content.lower()
    assert response.status_code == 302
    assert not User.objects.filter(pk=interviewer.pk).exists()
    assert Review.objects.filter(user=user).count() == 1


def test_it_offers_archive_not_delete_for_a_question_with_history(admin_client, question, user):
    CardFactory(user=user, question=question)

    change = admin_client.get(f"/admin/questions/question/{question.pk}/change/")
    delete = admin_client.post(f"/admin/questions/question/{question.pk}/delete/", {"post": "yes"})
    changelist = admin_client.get("/admin/questions/question/")

    assert b"cannot be deleted" in change.content
    assert b'class="deletelink"' not in change.content
    assert delete.status_code == 403
    assert b'value="delete_selected"' not in changelist.content
    assert b'value="archive"' in changelist.content
    assert Question.objects.filter(pk=question.pk).exists()


def test_it_still_deletes_a_question_nobody_has_used(admin_client, question):
    change = admin_client.get(f"/admin/questions/question/{question.pk}/change/")
    delete = admin_client.post(f"/admin/questions/question/{question.pk}/delete/", {"post": "yes"})

    assert b'class="deletelink"' in change.content
    assert delete.status_code == 302
    assert not Question.objects.filter(pk=question.pk).exists()
