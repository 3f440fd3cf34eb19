"""Pairs of bank questions that are probably the same question, for staff to merge or dismiss.

The importer merges only certain duplicates (same fingerprint). Prompts that are close but
not certainly the same ("How to deploy FastAPI?" / "How to deploy FastAPI on AWS?") are
recorded here instead, and wait in the admin (admin_duplicates.py).
"""

from django.conf import settings
from django.db import models
from django.db.models import Q


class DuplicateState(models.TextChoices):
    PENDING = "pending", "Waiting for review"
    MERGED = "merged", "Merged"
    DISMISSED = "dismissed", "Not a duplicate"


class LikelyDuplicateQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(state=DuplicateState.PENDING)

    def involving(self, question):
        return self.filter(Q(question=question) | Q(other=question))

    def of_pair(self, first_id: int, second_id: int):
        """The record of two questions, whichever way round it was written."""
        return self.filter(
            Q(question_id=first_id, other_id=second_id)
            | Q(question_id=second_id, other_id=first_id)
        )

    def known_pairs(self, question_ids) -> set[frozenset]:
        """Pairs already recorded (waiting, merged or dismissed) among these questions."""
        rows = self.filter(Q(question__in=question_ids) | Q(other__in=question_ids))
        return {frozenset(pair) for pair in rows.values_list("question_id", "other_id")}


class LikelyDuplicate(models.Model):
    # The question that arrived later, and the one it probably repeats (kept by default).
    # A pair goes with either question: there is nothing left to compare.
    question = models.ForeignKey(
        "questions.Question", on_delete=models.CASCADE, related_name="likely_duplicates"
    )
    other = models.ForeignKey("questions.Question", on_delete=models.CASCADE, related_name="+")
    score = models.FloatField(help_text="Prompt similarity, 0-100 (rapidfuzz token sort ratio).")
    state = models.CharField(
        max_length=10, choices=DuplicateState.choices, default=DuplicateState.PENDING
    )
    created = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = LikelyDuplicateQuerySet.as_manager()

    class Meta:
        ordering = ["-score", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["question", "other"], name="one_record_per_pair"),
            models.CheckConstraint(condition=~Q(question=models.F("other")), name="two_questions"),
        ]

    def __str__(self) -> str:
        return f"{self.question} ≈ {self.other}"
