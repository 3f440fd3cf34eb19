"""Interview workflows that touch several models: start, move, finish, feed practice."""

import datetime as dt

from django.db import IntegrityError, transaction
from django.db.models import F

from prep.interviews import emails
from prep.interviews.models import MockAnswer, MockInterview, Status
from prep.practice.models import Origin
from prep.practice.sessions import grade_question
from questions.models import Question, QuestionSet
from questions.rubric import rubric_for

MAX_QUESTIONS = 50
MAX_ANSWER_LENGTH = 20_000


# How long after a move a save of the answer just left is still taken (already on its way).
LATE_SAVE = dt.timedelta(seconds=30)


class NothingToAsk(Exception):
    """The chosen source has no question this user may be asked."""


def _title(text: str) -> str:
    # One line: it goes into email subjects and calendar events.
    return " ".join(text.split())[:200]


def _owned_key(user, request_key: str) -> str:
    """The form's key, scoped to its user: nobody else's submit can collide with it."""
    return f"{user.pk}:{request_key}" if request_key else ""


def _create_once(key: str, create) -> tuple[MockInterview, bool]:
    """Run `create` (atomic) unless an interview with this key exists: (interview, made
    now). A second submit racing the first finds the first one."""
    if key and (existing := MockInterview.objects.filter(request_key=key).first()):
        return existing, False
    try:
        return create(), True
    except IntegrityError:
        existing = MockInterview.objects.filter(request_key=key).first() if key else None
        if existing is None:
            raise
        return existing, False


def _snapshot(interview: MockInterview, questions: list[Question]) -> None:
    question_set = interview.question_set
    answers_kept = question_set is not None and not question_set.answers_visible
    answers = []
    for position, question in enumerate(questions):
        shown = getattr(question, "answer_shown", True)
        rubric = rubric_for(
            answer=question.answer if shown else "",
            outline=question.answer_outline if shown else "",
            red_flags=question.red_flags if shown else "",
        )
        answers.append(
            MockAnswer(
                interview=interview,
                position=position,
                question=question,
                prompt=question.prompt,
                model_answer=question.shown_answer if shown else "",
                what_it_tests=question.what_it_tests if shown else "",
                outline=rubric.outline,
                red_flags=rubric.red_flags,
                rubric_generated=rubric.generated,
                rubric_private=rubric.generated and answers_kept and question.owner_id is not None,
                level=question.get_level_display() if question.level_known else "",
                topic=question.topic.name if question.topic else "",
            )
        )
    MockAnswer.objects.bulk_create(answers)


def questions_of_set(user, question_set: QuestionSet, count: int) -> list[Question]:
    """The set's questions in order, as far as this user may open them, with answer access."""
    order = question_set.ordered_question_ids()
    found = (
        Question.objects.visible_to(user)
        .with_answer_access(user)
        .filter(pk__in=order)
        .select_related("topic")
        .defer("search_vector")
    )
    by_id = {q.pk: q for q in found}
    return [by_id[pk] for pk in order if pk in by_id][:count]


def questions_from(user, candidates, count: int) -> list[Question]:
    """`count` questions drawn at random from a queryset of questions (drawn in SQL, so
    every question of a large topic has the same chance)."""
    picked = list(candidates.order_by("?").values_list("pk", flat=True)[:count])
    found = {
        q.pk: q
        for q in Question.objects.with_answer_access(user)
        .filter(pk__in=picked)
        .select_related("topic")
        .defer("search_vector")
    }
    return [found[pk] for pk in picked if pk in found]


def start_solo(
    *,
    user,
    title: str,
    questions: list[Question],
    seconds_per_question: int,
    now: dt.datetime,
    question_set: QuestionSet | None = None,
    request_key: str = "",
) -> MockInterview:
    if not questions:
        raise NothingToAsk
    key = _owned_key(user, request_key)

    @transaction.atomic
    def create() -> MockInterview:
        interview = MockInterview.objects.create(
            title=_title(title),
            request_key=key,
            question_set=question_set,
            candidate=user,
            solo=True,
            status=Status.IN_PROGRESS,
            seconds_per_question=seconds_per_question,
            started_at=now,
            question_started_at=now,
        )
        _snapshot(interview, questions[:MAX_QUESTIONS])
        return interview

    return _create_once(key, create)[0]


def schedule(
    *,
    interviewer,
    question_set: QuestionSet,
    email: str,
    scheduled_at: dt.datetime,
    seconds_per_question: int,
    request_key: str = "",
) -> tuple[MockInterview, bool]:
    """Create the interview from the set as it is now; queue the invitation (True if it
    could be).

    A second submit of the same form (same `request_key`) returns the first interview.
    """
    key = _owned_key(interviewer, request_key)
    questions = questions_of_set(interviewer, question_set, MAX_QUESTIONS)
    if not questions:
        raise NothingToAsk

    @transaction.atomic
    def create() -> MockInterview:
        interview = MockInterview.objects.create(
            title=_title(question_set.title),
            request_key=key,
            question_set=question_set,
            interviewer=interviewer,
            invited_email=email,
            scheduled_at=scheduled_at,
            seconds_per_question=seconds_per_question,
        )
        _snapshot(interview, questions)
        return interview

    interview, made = _create_once(key, create)
    return interview, _invite(interview) if made else True


def _invite(interview: MockInterview, *, update: bool = False) -> bool:
    """Queue the invitation (or the update) and remember its job; False if it cannot go."""
    job = emails.send_invitation(interview, update=update)
    interview.invitation_job_id = job
    MockInterview.objects.filter(pk=interview.pk).update(invitation_job_id=job)
    return job is not None


def resend_invitation(*, interview: MockInterview) -> bool:
    return interview.is_scheduled and _invite(interview)


def reschedule(
    *, interview: MockInterview, scheduled_at: dt.datetime, seconds_per_question: int
) -> bool:
    """Move the interview; True if the new time is on its way to the candidate."""
    with transaction.atomic():
        locked = MockInterview.objects.select_for_update().get(pk=interview.pk)
        if locked.status != Status.SCHEDULED:
            return False
        locked.scheduled_at = scheduled_at
        locked.seconds_per_question = seconds_per_question
        locked.calendar_sequence += 1
        locked.bump()
        locked.save()
    return _invite(locked, update=True)


def cancel(*, interview: MockInterview) -> bool:
    with transaction.atomic():
        locked = MockInterview.objects.select_for_update().get(pk=interview.pk)
        if locked.status != Status.SCHEDULED:
            return False
        locked.status = Status.CANCELLED
        locked.calendar_sequence += 1
        locked.bump()
        locked.save()
    emails.send_cancellation(locked)
    return True


@transaction.atomic
def accept(*, interview: MockInterview, user, now: dt.datetime) -> None:
    locked = MockInterview.objects.select_for_update().get(pk=interview.pk)
    if locked.candidate_id is not None:
        return
    locked.candidate = user
    locked.accepted_at = now
    locked.bump()
    locked.save()


@transaction.atomic
def begin(*, interview: MockInterview, now: dt.datetime) -> None:
    locked = MockInterview.objects.select_for_update().get(pk=interview.pk)
    if locked.status != Status.SCHEDULED:
        return
    locked.status = Status.IN_PROGRESS
    locked.started_at = now
    locked.position = 0
    locked.question_started_at = now
    locked.bump()
    locked.save()


def save_typed_answer(
    *, interview: MockInterview, position: int, text: str, now: dt.datetime
) -> bool:
    """The candidate's answer box, saved as they type: the current question's, or the one
    just left if the save was on its way when the interview moved. False otherwise."""
    with transaction.atomic():
        current = MockInterview.objects.select_for_update().get(pk=interview.pk)
        just_left = (
            current.moved_at is not None
            and now - current.moved_at < LATE_SAVE
            and position == current.position - 1
        )
        if current.status not in (Status.IN_PROGRESS, Status.COMPLETED) or not (
            (position == current.position and current.is_in_progress) or just_left
        ):
            return False
        updated = current.answers.filter(position=position).update(
            typed_answer=text[:MAX_ANSWER_LENGTH]
        )
        if updated:
            current.answer_version += 1
            current.save(update_fields=["answer_version"])
    return bool(updated)


@transaction.atomic
def move(*, interview: MockInterview, from_position: int, to_position: int, now: dt.datetime):
    """Leave the current question for another; the one left gets the time spent on it.

    Only from where the interview is: a second click on Next (or a stale tab) does nothing.
    `to_position` equal to the number of questions is the wrap-up after the last one.
    """
    locked = MockInterview.objects.select_for_update().get(pk=interview.pk)
    count = locked.answers.count()
    if (
        locked.status != Status.IN_PROGRESS
        or locked.position != from_position
        or not 0 <= to_position <= count
        or to_position == from_position
    ):
        return locked
    if from_position < count and locked.question_started_at:
        spent = max(0, int((now - locked.question_started_at).total_seconds()))
        locked.answers.filter(position=from_position).update(
            seconds_spent=F("seconds_spent") + spent
        )
    locked.position = to_position
    locked.moved_at = now
    locked.question_started_at = now if to_position < count else None
    if locked.is_solo and to_position == count:
        locked.status = Status.COMPLETED
        locked.finished_at = now
    locked.bump()
    locked.save()
    return locked


@transaction.atomic
def finish(*, interview: MockInterview, now: dt.datetime) -> None:
    """End the interview (the interviewer, or a solo candidate who stops early)."""
    locked = MockInterview.objects.select_for_update().get(pk=interview.pk)
    if locked.status != Status.IN_PROGRESS:
        return
    count = locked.answers.count()
    if locked.position < count and locked.question_started_at:
        spent = max(0, int((now - locked.question_started_at).total_seconds()))
        locked.answers.filter(position=locked.position).update(
            seconds_spent=F("seconds_spent") + spent
        )
    locked.status = Status.COMPLETED
    locked.finished_at = now
    if locked.position < count:
        locked.moved_at = now
    locked.position = count
    locked.question_started_at = None
    locked.bump()
    locked.save()


def _feed(answers, ratings: dict[int, int], user, now: dt.datetime) -> int:
    """Answers become practice reviews with origin "mock", once each; returns how many.

    Only questions the candidate may open: an interviewer's private question stays theirs.
    """
    answers = [a for a in answers if not a.review_id and a.question_id]
    visible = set(
        Question.objects.visible_to(user)
        .filter(pk__in=[a.question_id for a in answers])
        .values_list("pk", flat=True)
    )
    fed = 0
    for answer in answers:
        if answer.question_id not in visible:
            continue
        answer.review = grade_question(
            user=user,
            question=Question(pk=answer.question_id),
            rating=ratings[answer.pk],
            expected_reps=None,
            now=now,
            typed_answer=answer.typed_answer,
            duration_ms=answer.seconds_spent * 1000 or None,
            origin=Origin.MOCK,
        )
        answer.save(update_fields=["review"])
        fed += 1
    return fed


@transaction.atomic
def rate_own_answer(*, interview: MockInterview, position: int, rating: int, now: dt.datetime):
    """Solo review: the candidate rates an answer, and practice hears of it (once)."""
    answer = (
        MockAnswer.objects.select_for_update()
        .filter(interview=interview, position=position, interview__status=Status.COMPLETED)
        .first()
    )
    if answer is None or answer.self_rating is not None:
        return answer
    answer.self_rating = rating
    answer.save(update_fields=["self_rating"])
    _feed([answer], {answer.pk: rating}, interview.candidate, now)
    return answer


def send_scorecard(*, interview: MockInterview, now: dt.datetime) -> bool:
    """Show the scorecard to the candidate, email it, and feed their practice (once)."""
    with transaction.atomic():
        locked = MockInterview.objects.select_for_update().get(pk=interview.pk)
        if locked.status != Status.COMPLETED or locked.scorecard_sent_at or not locked.candidate:
            return False
        locked.scorecard_sent_at = now
        locked.bump()
        locked.save()
        scored = list(locked.answers.select_for_update().filter(score__isnull=False))
        fed = _feed(scored, {a.pk: a.score for a in scored}, locked.candidate, now)
    emails.send_scorecard(locked, fed=fed)
    return True
