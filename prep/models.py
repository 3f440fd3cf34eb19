import datetime as dt
import uuid

from django.conf import settings
from django.db import models
from django.db.models.functions import Coalesce
from django.urls import reverse


class TaskError(models.Model):
    """One failed attempt of a background job, with its error: the queue keeps only the
    job's status, and staff need to see why it failed (mail server refused, bug)."""

    job_id = models.BigIntegerField(db_index=True)
    task_name = models.CharField(max_length=128)
    attempt = models.PositiveSmallIntegerField()
    error = models.TextField()
    traceback = models.TextField(blank=True)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-at"]

    def __str__(self) -> str:
        return f"{self.task_name} #{self.job_id}, attempt {self.attempt}"


# How long a prepared export stays downloadable: long enough to fetch it from the email,
# short enough that a copy of someone's data does not linger on our disks.
EXPORT_LIFETIME = dt.timedelta(days=7)


class ExportStatus(models.TextChoices):
    QUEUED = "queued", "Queued"
    RUNNING = "running", "Being prepared"
    READY = "ready", "Ready"
    FAILED = "failed", "Failed"


IN_PROGRESS = [ExportStatus.QUEUED, ExportStatus.RUNNING]


def export_path(export: "DataExport", filename: str) -> str:
    return f"exports/{export.public_id}.zip"


class DataExportQuerySet(models.QuerySet):
    def in_progress(self):
        return self.filter(status__in=IN_PROGRESS)

    def _aged(self):
        """Their lifetime counts from when they were ready (or asked for, if never)."""
        return self.alias(since=Coalesce("finished", "created"))

    def expired(self, now: dt.datetime):
        return self._aged().filter(since__lte=now - EXPORT_LIFETIME)

    def current(self, now: dt.datetime):
        return self._aged().filter(since__gt=now - EXPORT_LIFETIME)


class DataExport(models.Model):
    """A copy of everything a user has here, prepared in the background (GDPR art. 20)."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="data_exports"
    )
    status = models.CharField(
        max_length=10, choices=ExportStatus.choices, default=ExportStatus.QUEUED
    )
    created = models.DateTimeField(auto_now_add=True)
    finished = models.DateTimeField(null=True, blank=True)
    file = models.FileField(upload_to=export_path, blank=True)
    size = models.PositiveBigIntegerField(null=True, blank=True)

    objects = DataExportQuerySet.as_manager()

    class Meta:
        ordering = ["-created"]
        constraints = [
            # A double submit, or two tabs, finds the export already under way.
            models.UniqueConstraint(
                fields=["user"],
                condition=models.Q(status__in=IN_PROGRESS),
                name="one_export_in_progress",
            ),
        ]

    def __str__(self) -> str:
        return f"Export {self.public_id} ({self.status})"

    def get_absolute_url(self) -> str:
        return reverse("export:detail", args=[self.public_id])

    @property
    def in_progress(self) -> bool:
        return self.status in IN_PROGRESS

    @property
    def is_ready(self) -> bool:
        return self.status == ExportStatus.READY

    @property
    def is_failed(self) -> bool:
        return self.status == ExportStatus.FAILED

    @property
    def expires(self) -> dt.datetime:
        return (self.finished or self.created) + EXPORT_LIFETIME

    def is_expired(self, now: dt.datetime) -> bool:
        return self.expires <= now

    @property
    def filename(self) -> str:
        """What the browser saves it as."""
        return f"interview-prep-data-{(self.finished or self.created):%Y-%m-%d}.zip"
