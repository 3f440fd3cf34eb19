"""Staff merge a duplicate question: people's cards, bookmarks and notes follow it."""

import pytest

from prep.practice.models import Bookmark, Card, Note, Review
from questions.models import Status
from questions.services import merge_questions
from tests.factories import (
    BookmarkFactory,
    CardFactory,
    NoteFactory,
    QuestionFactory,
    ReviewFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def pair():
    return QuestionFactory(prompt="What is the GIL?"), QuestionFactory(prompt="Explain the GIL.")


def test_a_card_on_the_duplicate_moves_with_its_reviews(pair):
    kept, duplicate = pair
    review = ReviewFactory(card=CardFactory(question=duplicate))

    merge_questions(duplicate=duplicate, into=kept)

    review.refresh_from_db()
    assert (review.card.question, review.question) == (kept, kept)
    assert Card.objects.live(review.user).get().question == kept


def test_a_user_with_cards_on_both_keeps_the_kept_questions_schedule(pair):
    kept, duplicate = pair
    user = UserFactory()
    on_kept = CardFactory(user=user, question=kept)
    on_duplicate = ReviewFactory(card=CardFactory(user=user, question=duplicate)).card

    merge_questions(duplicate=duplicate, into=kept)

    assert Card.objects.get(pk=on_kept.pk).question == kept
    assert Card.objects.get(pk=on_duplicate.pk).question == duplicate  # history kept, archived
    assert Review.objects.get().question == duplicate
    assert duplicate.__class__.objects.get(pk=duplicate.pk).status == Status.ARCHIVED


def test_bookmarks_move_and_never_double(pair):
    kept, duplicate = pair
    alone = BookmarkFactory(question=duplicate)
    both = BookmarkFactory(question=kept)
    BookmarkFactory(user=both.user, question=duplicate)

    merge_questions(duplicate=duplicate, into=kept)

    assert set(Bookmark.objects.values_list("user", "question")) == {
        (alone.user_id, kept.pk),
        (both.user_id, kept.pk),
    }


def test_notes_move_and_two_notes_become_one(pair):
    kept, duplicate = pair
    alone = NoteFactory(question=duplicate, text="Only here.")
    first = NoteFactory(question=kept, text="On the kept one.")
    NoteFactory(user=first.user, question=duplicate, text="On the duplicate.")

    merge_questions(duplicate=duplicate, into=kept)

    texts = dict(Note.objects.filter(question=kept).values_list("user", "text"))
    assert texts == {
        alone.user_id: "Only here.",
        first.user_id: "On the kept one.\n\nOn the duplicate.",
    }
    assert not Note.objects.filter(question=duplicate).exists()
