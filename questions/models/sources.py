"""Where questions came from: imported documents and the places in them."""

from django.conf import settings
from django.contrib.postgres.aggregates import ArrayAgg
from django.db import models
from django.db.models import F, Func, OuterRef, Q, Subquery

from questions.models.bank import Question


class SourceQuerySet(models.QuerySet):
    def citing(self, question):
        """The documents `question` was seen in, each once (see `SourceReferenceQuerySet.of`)."""
        return self.filter(pk__in=SourceReference.objects.of(question).values("source"))

    def with_labels(self, question):
        """Annotate `labels`: where in each document the question is ("Q3", "Q41"), in
        document order (`Source.places` drops repeats: DISTINCT cannot keep that order)."""
        here = Q(references__question=question) & ~Q(references__label="")
        return self.annotate(
            labels=ArrayAgg(
                "references__label", filter=here, default=[], order_by="references__line"
            )
        )


class Source(models.Model):
    """A document questions were imported from."""

    title = models.CharField(max_length=300)
    checksum = models.CharField(max_length=64, unique=True, help_text="SHA-256 of the text.")
    format_detected = models.CharField(max_length=60, blank=True)
    text = models.TextField(blank=True, help_text="The document as imported.")
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    imported_at = models.DateTimeField(auto_now_add=True)
    report = models.JSONField(default=dict, blank=True)

    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["-imported_at"]

    def __str__(self) -> str:
        return self.title

    @property
    def places(self) -> list[str]:
        """The labels of `with_labels()`, each once."""
        return list(dict.fromkeys(getattr(self, "labels", None) or []))


class SuggestionState(models.TextChoices):
    NONE = "", "No suggestion"
    PENDING = "pending", "Waiting for review"
    ACCEPTED = "accepted", "Accepted"
    DISMISSED = "dismissed", "Dismissed"


class SourceReferenceQuerySet(models.QuerySet):
    def of(self, question):
        """Where `question` (a Question or an OuterRef) was seen: the one rule behind "Seen in".

        A document that has the question at two places is one source, not two: the
        question page lists `Source.objects.citing()`, and "asked in N sources" on every
        page is `count_sources()`; both count distinct documents of these references.
        """
        return self.filter(question=question)

    def count_sources(self, question: str = "pk") -> Subquery:
        """How many documents the outer question (the outer row's `question` field) was seen
        in, as a subquery on the indexed question column (no scan of every source per
        question)."""
        counted = (
            self.of(OuterRef(question))
            .order_by()
            .annotate(
                n=Func(F("source"), function="COUNT", template="COUNT(DISTINCT %(expressions)s)")
            )
            .values("n")
        )
        return Subquery(counted, output_field=models.IntegerField())


class SourceReference(models.Model):
    """Where a question was seen: which document, where in it, and in what words."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="references")
    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="references")
    line = models.PositiveIntegerField(null=True, blank=True)
    label = models.CharField(max_length=60, blank=True, help_text='e.g. "Q12" or a section.')
    original_prompt = models.TextField(blank=True)
    original_answer = models.TextField(blank=True)
    replaced_answer = models.TextField(
        blank=True, help_text="The bank's answer before this source's better answer replaced it."
    )
    suggested_answer = models.TextField(
        blank=True,
        help_text="A better answer this source brought for a published question: "
        "staff accept or dismiss it; it never replaces the published answer by itself.",
    )
    suggestion = models.CharField(
        max_length=10, choices=SuggestionState.choices, default=SuggestionState.NONE, blank=True
    )

    objects = SourceReferenceQuerySet.as_manager()

    class Meta:
        ordering = ["source", "line"]
        constraints = [
            models.UniqueConstraint(
                fields=["question", "source", "line"], name="unique_reference_per_place"
            ),
        ]

    def __str__(self) -> str:
        where = f" line {self.line}" if self.line else ""
        return f"{self.source}{where}"


class AnswerSuggestion(SourceReference):
    """The admin's queue of better answers that imports suggested for published questions."""

    class Meta:
        proxy = True
        verbose_name = "suggested answer"
