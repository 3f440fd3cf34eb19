"""Question sets: lists and interview kits, and who they are shared with."""

import uuid

from django.conf import settings
from django.db import models, transaction
from django.db.models import Count, Exists, Max, OuterRef, Q
from django.urls import reverse

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

    def with_counts(self):
        return self.annotate(
            item_count=Count("items", distinct=True), clone_count=Count("clones", distinct=True)
        )

    def public_directory(self):
        """Public sets, most cloned first."""
        return (
            self.filter(visibility=Visibility.PUBLIC)
            .select_related("owner")
            .with_counts()
            .order_by("-clone_count", "-updated", "pk")
        )

    def shared_with(self, user):
        """Other people's sets this user opened by their link (and that still share)."""
        return (
            self.filter(shares__user=user)
            .exclude(visibility=Visibility.PRIVATE)
            .exclude(owner=user)
            .select_related("owner")
            .with_counts()
            .order_by("-updated", "pk")
        )

    def kept_by(self, user):
        """The user's own sets and those shared with them: what practice offers."""
        opened = SetShare.objects.filter(user=user).values("question_set")
        return self.reachable_by(user).filter(Q(owner=user) | Q(pk__in=opened))

    def owned_by(self, user):
        return self.filter(owner=user).with_counts().order_by("-updated", "pk")

    def search(self, text: str):
        return self.filter(Q(title__icontains=text) | Q(description__icontains=text))

    def with_topic(self, topic):
        return self.filter(
            Exists(SetItem.objects.filter(question_set=OuterRef("pk"), question__topic=topic))
        )

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
    answers_visible = models.BooleanField(
        "answers visible to people I share with",
        default=True,
        help_text="On for a study list. Off for an interview set: others see only the prompts; "
        "answers and rubrics stay yours.",
    )
    cloned_from = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="clones"
    )
    questions = models.ManyToManyField(Question, through="SetItem", related_name="sets")
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    objects = QuestionSetQuerySet.as_manager()

    class Meta:
        ordering = ["-updated"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("sets:detail", args=[self.public_id])

    def is_owned_by(self, user) -> bool:
        return user.is_authenticated and user.pk == self.owner_id

    def shows_answers_to(self, user) -> bool:
        """An interview set keeps its answers and rubrics for its owner."""
        return self.answers_visible or self.is_owned_by(user)

    @transaction.atomic
    def append(self, question: Question) -> bool:
        """Add a question at the end; False if it is already in the set."""
        QuestionSet.objects.select_for_update().filter(pk=self.pk).first()  # one writer at a time
        if self.items.filter(question=question).exists():
            return False
        last = self.items.aggregate(last=Max("position"))["last"]
        SetItem.objects.create(
            question_set=self, question=question, position=0 if last is None else last + 1
        )
        self.save(update_fields=["updated"])
        return True

    @transaction.atomic
    def reorder(self, question_ids: list[int]) -> bool:
        """Put the items in this order of question ids; False unless it names each item once."""
        QuestionSet.objects.select_for_update().filter(pk=self.pk).first()
        items = {item.question_id: item for item in self.items.all()}
        if sorted(question_ids) != sorted(items):
            return False
        for position, question_id in enumerate(question_ids):
            items[question_id].position = position
        SetItem.objects.bulk_update(items.values(), ["position"])
        self.save(update_fields=["updated"])
        return True

    def ordered_question_ids(self) -> list[int]:
        return list(self.items.order_by("position", "pk").values_list("question_id", flat=True))

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
