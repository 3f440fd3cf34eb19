"""Practice state: one Card per (user, question) once practised, and the Review log."""

import datetime as dt

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import connection, models
from django.db.models import Q

from questions.models import Question, QuestionSet, Topic, visible_by_id

# Forgotten this many times (lapses), a card is a leech: Anki's default threshold.
LEECH_LAPSES = 8
MAX_NEW_PER_DAY = 200


class Rating(models.IntegerChoices):
    AGAIN = 1, "Again"
    HARD = 2, "Hard"
    GOOD = 3, "Good"
    EASY = 4, "Easy"


class State(models.IntegerChoices):
    NEW = 0, "New"  # only in Review.state_before: the first time a question is graded
    LEARNING = 1, "Learning"
    REVIEW = 2, "Review"
    RELEARNING = 3, "Relearning"


class Origin(models.TextChoices):
    PRACTICE = "practice", "Practice"
    MOCK = "mock", "Mock interview"


class Preferences(models.Model):
    """How a user practises. Created on first use with the defaults."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="practice_preferences"
    )
    new_per_day = models.PositiveSmallIntegerField(
        "new questions per day",
        default=10,
        validators=[MaxValueValidator(MAX_NEW_PER_DAY)],
        help_text="How many questions you have never seen are introduced each day.",
    )
    desired_retention = models.FloatField(
        default=0.9,
        validators=[MinValueValidator(0.75), MaxValueValidator(0.97)],
        help_text="The chance of remembering an answer that reviews aim for (0.75-0.97). "
        "Higher means more reviews.",
    )
    fresh_mode = models.BooleanField(
        default=False, help_text="Hide my notes and earlier typed answers while practising."
    )
    # "Study N more today": extra new questions for one local day only.
    extra_new = models.PositiveSmallIntegerField(default=0)
    extra_new_on = models.DateField(null=True, blank=True)
    interview_date = models.DateField(null=True, blank=True)
    target_set = models.ForeignKey(
        QuestionSet, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    target_topics = models.ManyToManyField(Topic, blank=True, related_name="+")
    # The daily reminder: off until the user asks for it.
    reminder_enabled = models.BooleanField("email me when reviews are due", default=False)
    reminder_time = models.TimeField(
        "at", default=dt.time(9), help_text="Your local time; at most one email a day."
    )
    # The local day the last reminder was claimed for: one a day, whatever runs when.
    reminder_sent_on = models.DateField(null=True, blank=True, editable=False)
    # The progress page offers reminders once; answered or dismissed, it stops asking.
    reminder_offered = models.BooleanField(default=False, editable=False)
    # Saved by the user once (onboarding or settings): a new account is offered onboarding
    # until then, whatever rows were created with the defaults on first use.
    onboarded = models.BooleanField(default=False, editable=False)

    class Meta:
        verbose_name_plural = "preferences"
        indexes = [
            models.Index(
                fields=["reminder_time"],
                condition=Q(reminder_enabled=True),
                name="preferences_reminders_idx",
            )
        ]

    def __str__(self) -> str:
        return f"Preferences of {self.user}"


class CardQuerySet(models.QuerySet):
    def live(self, user):
        """This user's cards whose question they can still open, and not suspended.

        Every count and list of cards starts here, so "due" is the same number on every
        page, and an archived question (or a set no longer shared, or a card the user
        suspended) stops being due.
        """
        return self.filter(visible_by_id(user), user=user, suspended=False)

    def suspended(self, user):
        return self.filter(visible_by_id(user), user=user, suspended=True)

    def due(self, now: dt.datetime):
        return self.filter(due__lte=now)

    def leeches(self):
        return self.filter(lapses__gte=LEECH_LAPSES)


class Card(models.Model):
    # No index of its own: the two below start with the user. With a third, PostgreSQL
    # chose it for "due now" and read every card of the user (2,000: ~0.5 ms a page).
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="cards", db_index=False
    )
    # RESTRICT everywhere practice points at shared content: deleting a question never
    # deletes anyone's history (it is archived instead), except with its owner's account.
    question = models.ForeignKey(Question, on_delete=models.RESTRICT, related_name="cards")
    state = models.PositiveSmallIntegerField(choices=State.choices, default=State.LEARNING)
    step = models.PositiveSmallIntegerField(null=True, blank=True)
    stability = models.FloatField(null=True, blank=True)
    difficulty = models.FloatField(null=True, blank=True)
    due = models.DateTimeField()
    last_review = models.DateTimeField(null=True, blank=True)
    reps = models.PositiveIntegerField(default=0)
    lapses = models.PositiveIntegerField(default=0)
    # Taken out of practice by the user until they take it back (Anki's "suspend").
    suspended = models.BooleanField(default=False)
    created = models.DateTimeField(auto_now_add=True)

    objects = CardQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "question"], name="one_card_per_question"),
        ]
        indexes = [models.Index(fields=["user", "due"], name="card_user_due_idx")]

    def __str__(self) -> str:
        return f"{self.user} · {self.question}"

    @property
    def is_leech(self) -> bool:
        return self.lapses >= LEECH_LAPSES

    SNAPSHOT_FIELDS = ("state", "step", "stability", "difficulty", "reps", "lapses")
    # What a grade changes.
    SCHEDULE_FIELDS = (*SNAPSHOT_FIELDS, "due", "last_review")

    def snapshot(self) -> dict | None:
        """Its scheduling state, as JSON (None for a card never graded)."""
        if self.reps == 0:
            return None
        data = {name: getattr(self, name) for name in self.SNAPSHOT_FIELDS}
        data["due"] = self.due.isoformat()
        data["last_review"] = self.last_review.isoformat() if self.last_review else None
        return data

    def restore(self, data: dict) -> None:
        for name in self.SNAPSHOT_FIELDS:
            setattr(self, name, data[name])
        self.due = dt.datetime.fromisoformat(data["due"])
        last = data["last_review"]
        self.last_review = dt.datetime.fromisoformat(last) if last else None


class Review(models.Model):
    """Append-only: every grade ever given."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reviews"
    )
    card = models.ForeignKey(Card, on_delete=models.CASCADE, related_name="reviews")
    question = models.ForeignKey(Question, on_delete=models.RESTRICT, related_name="+")
    # The card's rep count before this grade: a second submit of the same grade collides here.
    sequence = models.PositiveIntegerField()
    rating = models.PositiveSmallIntegerField(choices=Rating.choices)
    reviewed_at = models.DateTimeField()
    duration_ms = models.PositiveIntegerField(null=True, blank=True)
    typed_answer = models.TextField(blank=True)
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.PRACTICE)
    state_before = models.PositiveSmallIntegerField(choices=State.choices)
    due_after = models.DateTimeField()
    # The card as it was before this grade (None: the grade introduced it), so that undo
    # restores it exactly.
    card_before = models.JSONField(null=True, blank=True, editable=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["card", "sequence"], name="one_review_per_rep"),
        ]
        indexes = [
            models.Index(fields=["user", "reviewed_at"], name="review_user_day_idx"),
            # Today's introductions (today's new-question limit), on every card page: the
            # first index read all of today's reviews for them (thousands on a busy day).
            models.Index(
                fields=["user", "reviewed_at"],
                condition=models.Q(state_before=State.NEW),
                name="review_user_introduced_idx",
            ),
        ]
        ordering = ["-reviewed_at"]

    def __str__(self) -> str:
        return f"{self.get_rating_display()} on {self.question}"

    @property
    def recalled(self) -> bool:
        return self.rating != Rating.AGAIN


class DailyReviews(models.Model):
    """How many grades a user gave on one of their local days: a tally of the review log
    for the heatmap and streaks, kept by `daily.review_counted` (see prep/practice/daily.py)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    # The time zone `day` is local to; "" marks a row that needs counting again.
    zone = models.CharField(max_length=64)
    reviews = models.PositiveIntegerField()

    class Meta:
        verbose_name_plural = "daily reviews"
        constraints = [
            models.UniqueConstraint(fields=["user", "day"], name="one_tally_per_user_day"),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.day}: {self.reviews}"


class SittingTally(models.Model):
    """The user's latest sitting (practice grades with no long pause between them): a tally
    of the review log for the card page, kept by `sitting.grade_counted` (prep/practice/
    sitting.py)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    started_at = models.DateTimeField()
    last_at = models.DateTimeField()
    reviews = models.PositiveIntegerField()
    seconds = models.PositiveIntegerField()
    again = models.PositiveIntegerField()
    hard = models.PositiveIntegerField()
    good = models.PositiveIntegerField()
    easy = models.PositiveIntegerField()

    def __str__(self) -> str:
        return f"{self.user} · {self.reviews} since {self.started_at:%Y-%m-%d %H:%M}"


class Bookmark(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="bookmarks"
    )
    question = models.ForeignKey(Question, on_delete=models.RESTRICT, related_name="bookmarks")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "question"], name="one_bookmark_per_question")
        ]
        ordering = ["-created"]

    def __str__(self) -> str:
        return f"{self.user} ★ {self.question}"

    @classmethod
    def toggle(cls, user, question) -> bool:
        """Bookmark the question, or take the bookmark away; returns whether it is marked."""
        deleted, _ = cls.objects.filter(user=user, question=question).delete()
        if not deleted:
            cls.objects.get_or_create(user=user, question=question)
        return not deleted


class Note(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notes"
    )
    question = models.ForeignKey(Question, on_delete=models.RESTRICT, related_name="notes")
    text = models.TextField(help_text="Markdown. Only you can see it.")
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "question"], name="one_note_per_question"),
            models.CheckConstraint(condition=~Q(text=""), name="note_not_empty"),
        ]

    def __str__(self) -> str:
        return f"{self.user}'s note on {self.question}"


def bookmark_and_note_of(user, question) -> tuple[bool, str | None]:
    """Whether the user bookmarked the question, and the text of their note on it: one
    query by the two (user, question) unique indexes, its SQL plain (a question page asks
    on every visit, and composing it through the ORM cost more than running it)."""
    sql = (
        f"SELECT EXISTS (SELECT 1 FROM {Bookmark._meta.db_table} "  # noqa: S608 - our tables
        "WHERE user_id = %s AND question_id = %s), "
        f"(SELECT text FROM {Note._meta.db_table} WHERE user_id = %s AND question_id = %s)"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [user.pk, question.pk, user.pk, question.pk])
        bookmarked, note = cursor.fetchone()
    return bookmarked, note
