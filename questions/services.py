"""Workflows that span several models of the question bank."""

from django.db import transaction
from django.dispatch import Signal
from django.utils import timezone

from questions.models import (
    DuplicateState,
    Flag,
    Level,
    LikelyDuplicate,
    Question,
    QuestionSet,
    SetItem,
    SourceReference,
    Status,
    Visibility,
)
from questions.summary import forget_access

RUBRIC_FIELDS = ("answer", "what_it_tests", "answer_outline", "red_flags")

# Sent inside merge_questions' transaction with `duplicate` and `into`: apps that keep
# people's work on questions (practice: cards, bookmarks, notes) move it to the kept one.
question_merged = Signal()


@transaction.atomic
def clone_set(*, question_set: QuestionSet, user) -> QuestionSet:
    """A private copy of a set the user can see, for them to change.

    Bank questions are shared, not copied. Another person's private questions cannot
    travel in the clone (a private question lives only in its owner's sets), so the clone
    gets the user's own copies of them: with answer and rubric when the set shares its
    answers with the user, prompt only (needing an answer) when it does not.
    """
    answers = question_set.shows_answers_to(user)
    copy = QuestionSet.objects.create(
        owner=user,
        title=question_set.title[:200],
        description=question_set.description,
        visibility=Visibility.PRIVATE,
        answers_visible=True,
        cloned_from=question_set if question_set.owner_id != user.pk else None,
    )
    visible = Question.objects.visible_to(user)
    items = question_set.items.filter(question__in=visible).select_related("question")
    new_items = []
    for position, item in enumerate(items.order_by("position", "pk")):
        question = item.question
        if question.owner_id is not None and question.owner_id != user.pk:
            question = _private_copy(question, user, answers=answers)
        new_items.append(SetItem(question_set=copy, question=question, position=position))
    SetItem.objects.bulk_create(new_items)
    forget_access()  # bulk_create sends no signal
    return copy


def _private_copy(question: Question, user, *, answers: bool) -> Question:
    fields = {name: getattr(question, name) for name in RUBRIC_FIELDS} if answers else {}
    copy = Question(
        prompt=question.prompt,
        topic_id=question.topic_id,
        level=question.level,
        owner=user,
        author_id=question.author_id or question.owner_id,
        status=Status.PUBLISHED if fields.get("answer") else Status.NEEDS_ANSWER,
        **fields,
    )
    copy.save()
    return copy


class DuplicateOfBankQuestion(Exception):
    def __init__(self, existing: Question):
        super().__init__(f"Already in the bank: {existing}")
        self.existing = existing


@transaction.atomic
def approve_submission(*, question: Question) -> Question:
    """An interviewer's question joins the public bank, credited to them.

    Raises DuplicateOfBankQuestion when the bank already has it (same fingerprint).
    """
    existing = (
        Question.objects.bank().filter(fingerprint=question.fingerprint).exclude(pk=question.pk)
    ).first()
    if existing is not None:
        raise DuplicateOfBankQuestion(existing)
    question.author_id = question.author_id or question.owner_id
    question.owner = None
    question.status = Status.PUBLISHED
    question.moderation_note = ""
    question.save()
    return question


def reject_submission(*, question: Question, reason: str) -> None:
    """Back to its author's private questions, with the reason they will read."""
    question.status = Status.PUBLISHED
    question.moderation_note = reason.strip()[:2000]
    question.save(update_fields=["status", "moderation_note", "updated"])


class CannotMerge(Exception):
    pass


@transaction.atomic
def merge_questions(*, duplicate: Question, into: Question, by=None) -> Question:
    """`duplicate` joins `into`: its sources, set places and flags move, blanks are filled
    from it, people's work on it follows (`question_merged`), and it is archived, never
    deleted. Its likely-duplicate record with `into` is marked merged.
    """
    locked = {
        q.pk: q for q in Question.objects.select_for_update().filter(pk__in=[duplicate.pk, into.pk])
    }
    if duplicate.pk == into.pk or len(locked) != 2:
        raise CannotMerge("Two different questions are needed.")
    duplicate, into = locked[duplicate.pk], locked[into.pk]
    if Status.ARCHIVED in (duplicate.status, into.status):
        raise CannotMerge("An archived question cannot be merged: restore it first.")
    if duplicate.owner_id is not None or into.owner_id is not None:
        raise CannotMerge("Only questions of the public bank are merged.")
    _move_references(duplicate, into)
    in_same_sets = SetItem.objects.filter(
        question=duplicate, question_set__items__question=into
    ).values("pk")
    SetItem.objects.filter(pk__in=in_same_sets).delete()  # the set keeps the kept question
    SetItem.objects.filter(question=duplicate).update(question=into)
    Flag.objects.filter(question=duplicate).update(question=into)
    _fill_blanks(into, duplicate)
    question_merged.send(sender=Question, duplicate=duplicate, into=into)
    duplicate.status = Status.ARCHIVED
    duplicate.save(update_fields=["status", "updated"])
    pairs = LikelyDuplicate.objects.of_pair(duplicate.pk, into.pk)
    pairs.update(state=DuplicateState.MERGED, resolved_at=timezone.now(), resolved_by=by)
    # Other proposals about the archived question have nothing left to merge.
    LikelyDuplicate.objects.pending().involving(duplicate).delete()
    return into


def _move_references(duplicate: Question, into: Question) -> None:
    """Sources move, except a place the kept question already has (unique per place)."""
    taken = SourceReference.objects.filter(question=into).values_list("source", "line")
    moving = SourceReference.objects.filter(question=duplicate)
    for source_id, line in taken:
        moving = moving.exclude(source_id=source_id, line=line)
    moving.update(question=into)


def _fill_blanks(into: Question, duplicate: Question) -> None:
    for name in RUBRIC_FIELDS:
        if not getattr(into, name) and getattr(duplicate, name):
            setattr(into, name, getattr(duplicate, name))
    if into.level == Level.UNSPECIFIED:
        into.level = duplicate.level
    if into.topic_id is None:
        into.topic_id = duplicate.topic_id
    if into.status == Status.NEEDS_ANSWER and into.shown_answer:
        into.status = duplicate.status if duplicate.shown_answer else Status.DRAFT
    into.code_unrestored = into.code_unrestored or (
        duplicate.code_unrestored and into.answer == duplicate.answer
    )
    into.save()
