"""What learners report about a question: the staff's review queue in the admin."""

from django.conf import settings
from django.db import models


class FlagReason(models.TextChoices):
    WRONG = "wrong", "The answer is wrong"
    BETTER = "better", "The answer needs to be better"
    UNCLEAR = "unclear", "The question is unclear"


class FlagQuerySet(models.QuerySet):
    def open(self):
        return self.filter(resolved_at__isnull=True)


class Flag(models.Model):
    # A report is about its question: with the question (deleted only with its owner's
    # account, archived otherwise) there is nothing left to look at.
    question = models.ForeignKey(
        "questions.Question", on_delete=models.CASCADE, related_name="flags"
    )
    # Kept when the account goes: the report is about the question, not the person.
    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.CharField(max_length=10, choices=FlagReason.choices)
    comment = models.TextField(blank=True, max_length=2000)
    created = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = FlagQuerySet.as_manager()

    class Meta:
        ordering = ["-created"]
        indexes = [
            models.Index(
                fields=["created"], condition=models.Q(resolved_at__isnull=True), name="open_flags"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_reason_display()}: {self.question}"
