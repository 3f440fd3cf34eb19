"""Mock interviews: solo or interviewer-led, with scorecards that feed practice."""

import datetime as dt
import secrets
import uuid

from django.conf import settings
from django.db import models
from django.db.models import Avg, Count, Q
from django.urls import reverse

from prep.practice.models import Rating, Review
from questions.models import Question, QuestionSet


class Score(models.IntegerChoices):
    """An interviewer's score; in practice it counts as Again / Hard / Good / Easy."""

    MISSED = 1, "Missed it"
    PARTIAL = 2, "Partial"
    SOLID = 3, "Solid"
    EXCELLENT = 4, "Excellent"


# What each score means, shown beside the buttons in the console and on the scorecard.
SCORE_MEANINGS = {
    1: "Could not answer, or the answer was wrong",
    2: "Partly right: important gaps or errors",
    3: "Right and complete enough for the level",
    4: "Excellent: precise, complete, with depth and trade-offs",
}


class Status(models.TextChoices):
    SCHEDULED = "scheduled", "Scheduled"
    IN_PROGRESS = "in_progress", "In progress"
    COMPLETED = "completed", "Completed"
    CANCELLED = "cancelled", "Cancelled"


class Recommendation(models.IntegerChoices):
    STRONG_NO = 1, "Strong no"
    NO = 2, "No"
    YES = 3, "Yes"
    STRONG_YES = 4, "Strong yes"


def new_nonce() -> str:
    return secrets.token_urlsafe(12)


class MockInterviewQuerySet(models.QuerySet):
    def taken_by(self, user):
        return self.filter(candidate=user)

    def hosted_by(self, user):
        return self.filter(interviewer=user)

    def with_participant(self, user):
        return self.filter(Q(candidate=user) | Q(interviewer=user))

    def solo(self):
        return self.filter(solo=True)

    def open(self):
        return self.filter(status__in=[Status.SCHEDULED, Status.IN_PROGRESS])

    def with_scores(self):
        """`question_count`, and the average score the candidate may see (`shown_score`)."""
        return self.annotate(
            question_count=Count("answers"),
            interviewer_average=Avg("answers__score"),
            self_average=Avg("answers__self_rating"),
        )


class MockInterview(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    # A snapshot of the set's title: the set may be renamed or deleted later.
    title = models.CharField(max_length=200)
    question_set = models.ForeignKey(
        QuestionSet, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    solo = models.BooleanField(default=False)
    # SET_NULL both ways: one person leaving never deletes the other's record of it.
    interviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="hosted_interviews",
    )
    candidate = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="mock_interviews",
    )
    invited_email = models.EmailField(blank=True)
    # Part of the invitation token: rotating it makes every earlier link invalid.
    invitation_nonce = models.CharField(max_length=32, default=new_nonce, editable=False)
    accepted_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.SCHEDULED)
    scheduled_at = models.DateTimeField(null=True, blank=True)
    seconds_per_question = models.PositiveIntegerField()
    position = models.PositiveSmallIntegerField(default=0)
    question_started_at = models.DateTimeField(null=True, blank=True)
    # When the interview last moved to another question: a save of the answer just left
    # that was already on its way is still accepted for a short while.
    moved_at = models.DateTimeField(null=True, blank=True)
    # Set by the form that created the interview: a second submit finds the first one.
    request_key = models.CharField(max_length=64, blank=True, editable=False)
    # Bumped on every change the candidate's screen shows; answer_version on every save of
    # the candidate's typed answer (what the console shows). Polling compares these.
    version = models.PositiveIntegerField(default=1)
    answer_version = models.PositiveIntegerField(default=0)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    recommendation = models.PositiveSmallIntegerField(
        choices=Recommendation.choices, null=True, blank=True
    )
    summary = models.TextField(blank=True)
    scorecard_sent_at = models.DateTimeField(null=True, blank=True)
    # SEQUENCE of the calendar event: raised with every update sent to the candidate.
    calendar_sequence = models.PositiveSmallIntegerField(default=0)
    # The queued job of the last invitation or update email, to show whether it went out.
    invitation_job_id = models.BigIntegerField(null=True, blank=True, editable=False)
    created = models.DateTimeField(auto_now_add=True)

    objects = MockInterviewQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["request_key"],
                condition=~Q(request_key=""),
                name="one_interview_per_submit",
            ),
        ]
        indexes = [
            models.Index(fields=["candidate", "-created"], name="interview_candidate_idx"),
            models.Index(fields=["interviewer", "scheduled_at"], name="interview_host_idx"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("interviews:room", args=[self.public_id])

    @property
    def is_solo(self) -> bool:
        return self.solo

    @property
    def is_scheduled(self) -> bool:
        return self.status == Status.SCHEDULED

    @property
    def is_in_progress(self) -> bool:
        return self.status == Status.IN_PROGRESS

    @property
    def is_completed(self) -> bool:
        return self.status == Status.COMPLETED

    @property
    def is_cancelled(self) -> bool:
        return self.status == Status.CANCELLED

    @property
    def marks_open(self) -> bool:
        """The interviewer may mark answers: during the interview, and after it until the
        scorecard is sent."""
        return self.is_in_progress or (self.is_completed and not self.scorecard_sent_at)

    @property
    def deadline(self) -> dt.datetime | None:
        """When time for the current question runs out (running over is allowed)."""
        if self.question_started_at is None:
            return None
        return self.question_started_at + dt.timedelta(seconds=self.seconds_per_question)

    @property
    def minutes_per_question(self) -> int:
        return max(1, round(self.seconds_per_question / 60))

    @property
    def when(self) -> dt.datetime:
        return self.scheduled_at or self.created

    @property
    def shown_score(self) -> float | None:
        """Average score as the candidate sees it: their own (solo), or the sent scorecard's."""
        if self.is_solo:
            return self.self_average
        return self.interviewer_average if self.scorecard_sent_at else None

    @property
    def candidate_label(self) -> str:
        if self.candidate:
            return self.candidate.name
        return self.invited_email or "a deleted account"

    def bump(self) -> None:
        """Mark a change the candidate's screen must follow (saved by the caller, who holds
        the row lock)."""
        self.version += 1


class MockAnswer(models.Model):
    """One question of an interview: what was asked (a snapshot) and how it went."""

    interview = models.ForeignKey(MockInterview, on_delete=models.CASCADE, related_name="answers")
    position = models.PositiveSmallIntegerField()
    # Only to feed practice; everything shown comes from the snapshot below.
    question = models.ForeignKey(
        Question, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    prompt = models.TextField()
    model_answer = models.TextField(blank=True)
    what_it_tests = models.TextField(blank=True)
    outline = models.JSONField(default=list, blank=True)
    red_flags = models.JSONField(default=list, blank=True)
    # The outline was drawn from the answer's main points: the question had no rubric.
    rubric_generated = models.BooleanField(default=False)
    # ... from an answer its set keeps from the people it is shared with: the scorecard
    # then counts the points instead of quoting the answer.
    rubric_private = models.BooleanField(default=False)
    level = models.CharField(max_length=40, blank=True)
    topic = models.CharField(max_length=80, blank=True)

    typed_answer = models.TextField(blank=True)
    seconds_spent = models.PositiveIntegerField(default=0)
    self_rating = models.PositiveSmallIntegerField(choices=Rating.choices, null=True, blank=True)
    score = models.PositiveSmallIntegerField(choices=Score.choices, null=True, blank=True)
    covered = models.JSONField(default=list, blank=True)
    flags_hit = models.JSONField(default=list, blank=True)
    notes = models.TextField("notes for the candidate", blank=True)
    private_notes = models.TextField(blank=True)
    # The practice review this answer became; set once, so it is fed only once.
    review = models.OneToOneField(
        Review, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(fields=["interview", "position"], name="one_answer_per_slot"),
        ]

    def __str__(self) -> str:
        return f"{self.interview} #{self.position + 1}"

    @property
    def number(self) -> int:
        return self.position + 1

    @property
    def ran_over(self) -> bool:
        return self.seconds_spent > self.interview.seconds_per_question

    @property
    def outline_items(self) -> list[tuple[int, str, bool]]:
        return [(i, text, i in self.covered) for i, text in enumerate(self.outline)]

    @property
    def flag_items(self) -> list[tuple[int, str, bool]]:
        return [(i, text, i in self.flags_hit) for i, text in enumerate(self.red_flags)]

    @property
    def score_meaning(self) -> str:
        return SCORE_MEANINGS.get(self.score, "")
