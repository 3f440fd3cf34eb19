"""Question sets: lists and interview kits, and who they are shared with."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q

from questions.models.bank import Question


class Visibility(models.TextChoices):
    PRIVATE = "private", "Private"
    LINK = "link", "Anyone with the link"
    PUBLIC = "public", "Public"


class QuestionSetQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Sets this user may open by their id: their own, public ones, and link-shared ones."""
        visible = ~Q(visibility=Visibility.PRIVATE)
        if user.is_authenticated:
            visible |= Q(owner=user)
        return self.filter(visible)

    def reachable_by(self, user):
        """Sets whose questions this user can reach: a link-shared set once they opened it."""
        reachable = Q(visibility=Visibility.PUBLIC)
        if user.is_authenticated:
            opened = SetShare.objects.filter(user=user).values("question_set")
            reachable |= Q(owner=user) | Q(visibility=Visibility.LINK, pk__in=opened)
        return self.filter(reachable)


class QuestionSet(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="question_sets"
    )
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True, help_text="Markdown.")
    visibility = models.CharField(
        max_length=10, choices=Visibility.choices, default=Visibility.PRIVATE
    )
    questions = models.ManyToManyField(Question, through="SetItem", related_name="sets")
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    objects = QuestionSetQuerySet.as_manager()

    class Meta:
        ordering = ["-updated"]

    def __str__(self) -> str:
        return self.title

    def open_for(self, user) -> None:
        """Someone other than the owner opened a link-shared set: it is shared with them now."""
        if (
            user.is_authenticated
            and user.pk != self.owner_id
            and self.visibility == Visibility.LINK
        ):
            SetShare.objects.get_or_create(question_set=self, user=user)


class SetItem(models.Model):
    question_set = models.ForeignKey(QuestionSet, on_delete=models.CASCADE, related_name="items")
    # RESTRICT: a question in someone's set is archived, never deleted from under them.
    question = models.ForeignKey(Question, on_delete=models.RESTRICT, related_name="set_items")
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["question_set", "question"], name="unique_question_per_set"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.question_set}: {self.question}"


class SetShare(models.Model):
    """A link-shared set that someone other than its owner has opened ("shared with me")."""

    question_set = models.ForeignKey(QuestionSet, on_delete=models.CASCADE, related_name="shares")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="set_shares"
    )
    opened = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["question_set", "user"], name="one_share_per_user"),
        ]

    def __str__(self) -> str:
        return f"{self.question_set} shared with {self.user}"
