"""A user's data as a whole: what deleting an account removes, and the deletion.

This is the one module allowed to know every app, because an account's data spans them.
"""

from django.db import transaction
from django.db.models import Exists, F, OuterRef, Q

from prep.exports.tasks import forget_exports
from prep.interviews import emails
from prep.interviews.models import MockInterview
from prep.interviews.models import Status as InterviewStatus
from prep.practice.models import Bookmark, Card, Note, Review
from questions.models import Question, QuestionSet, SetItem, Status


def summary(user) -> dict[str, int]:
    """What deleting the account would remove or leave behind, counted for the page."""
    return {
        "reviews": Review.objects.filter(user=user).count(),
        "cards": Card.objects.filter(user=user).count(),
        "notes": Note.objects.filter(user=user).count(),
        "bookmarks": Bookmark.objects.filter(user=user).count(),
        "sets": QuestionSet.objects.filter(owner=user).count(),
        "questions": Question.objects.filter(owner=user).count(),
        "kept_questions": _used_by_others(user).count(),
        "interviews": MockInterview.objects.with_participant(user).count(),
    }


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


def _leave_interviews(user) -> None:
    """Solo interviews are only theirs. Interviews with someone else stay for that person,
    without this user's address; the ones not yet over are called off, and the candidates
    of those this user would have hosted are told (with a calendar cancellation)."""
    MockInterview.objects.taken_by(user).solo().delete()
    hosted = list(
        MockInterview.objects.hosted_by(user)
        .open()
        .exclude(invited_email="")
        .select_related("interviewer")
    )
    for interview in hosted:
        interview.status = InterviewStatus.CANCELLED
        interview.calendar_sequence += 1
        emails.send_cancellation(interview)  # queued with this transaction
    MockInterview.objects.with_participant(user).open().update(
        status=InterviewStatus.CANCELLED, calendar_sequence=F("calendar_sequence") + 1
    )
    MockInterview.objects.taken_by(user).update(invited_email="")


@transaction.atomic
def delete_account(*, user) -> int:
    """Delete a user and everything that is only theirs; return how many questions were kept.

    Private questions other people have history with are archived and leave the account
    (no owner) instead of being deleted, so nobody else loses a card, a review, a note
    or a set item. Archived, they are in nobody's practice and on no page.
    """
    kept = _used_by_others(user).update(status=Status.ARCHIVED, owner=None)
    _leave_interviews(user)
    forget_exports(user)
    user.delete()
    return kept
