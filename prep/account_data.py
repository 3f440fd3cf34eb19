"""A user's data as a whole: deleting an account (export comes with the data issue).

This is the one module allowed to know every app, because an account's data spans them.
"""

from django.db import transaction
from django.db.models import Exists, OuterRef, Q

from prep.interviews.models import MockInterview
from prep.interviews.models import Status as InterviewStatus
from prep.practice.models import Bookmark, Card, Note, Review
from questions.models import Question, SetItem, Status


def _used_by_others(user):
    """The user's private questions that someone else practises, annotates or keeps in a set."""
    others = ~Q(user=user)
    return Question.objects.filter(owner=user).filter(
        Exists(Card.objects.filter(others, question=OuterRef("pk")))
        | Exists(Review.objects.filter(others, question=OuterRef("pk")))
        | Exists(Note.objects.filter(others, question=OuterRef("pk")))
        | Exists(Bookmark.objects.filter(others, question=OuterRef("pk")))
        | Exists(SetItem.objects.exclude(question_set__owner=user).filter(question=OuterRef("pk")))
    )


@transaction.atomic
def delete_account(*, user) -> int:
    """Delete a user and everything that is only theirs; return how many questions were kept.

    Private questions other people have history with are archived and leave the account
    (no owner) instead of being deleted, so nobody else loses a card, a review, a note
    or a set item. Archived, they are in nobody's practice and on no page.
    """
    kept = _used_by_others(user).update(status=Status.ARCHIVED, owner=None)
    # Solo interviews are only theirs. Interviews with someone else stay for that person,
    # without this user's address; the ones not yet held are called off.
    MockInterview.objects.taken_by(user).solo().delete()
    MockInterview.objects.taken_by(user).update(invited_email="")
    MockInterview.objects.hosted_by(user).filter(status=InterviewStatus.SCHEDULED).update(
        status=InterviewStatus.CANCELLED
    )
    user.delete()
    return kept
