"""A document being imported from the admin: checked by a task, confirmed, imported by a task.

Every upload becomes a row and a job, however small: requests never parse or write a
document (a 5 MB one takes seconds of CPU, more on a busy machine, and gunicorn kills a
worker at 30 s), and one path serves every size. A worker picks the job up within
milliseconds (LISTEN/NOTIFY), so a small document's preview is ready by the page's first
poll.

State changes are conditional updates (`UPDATE ... WHERE status = ...`): of two confirmations
sent at once, or a cancel racing the task, exactly one wins, and a task that finds its row
moved on (cancelled, already done) stops.
"""

import datetime as dt
import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone

from questions.models.sources import Source

# An unconfirmed preview waits this long; then it (and its copy of the document) is deleted.
PREVIEW_WAITS = dt.timedelta(days=1)
# A finished import's page (its report) is kept this long; the Source keeps the report too.
FINISHED_KEPT = dt.timedelta(days=30)


class ImportStatus(models.TextChoices):
    QUEUED = "queued", "Waiting for a worker"
    PREVIEWING = "previewing", "Checking the document"
    PREVIEW_READY = "preview_ready", "Preview ready"
    IMPORTING = "importing", "Importing"
    DONE = "done", "Imported"
    FAILED = "failed", "Failed"


RUNNING = (ImportStatus.QUEUED, ImportStatus.PREVIEWING, ImportStatus.IMPORTING)
# Which stage of the importer (questions.importing.importer) the progress is about.
STAGE_LABELS = {
    "parse": "Finding the questions, line by line",
    "clean": "Cleaning questions and answers",
    "write": "Matching with the bank and writing",
}


class DocumentImportQuerySet(models.QuerySet):
    def for_user(self, user) -> "DocumentImportQuerySet":
        """An import is its requester's alone: another staff member gets a 404."""
        return self.filter(requested_by=user)

    def without_documents(self) -> "DocumentImportQuerySet":
        """What a status page or a list needs: not the megabytes of text and reports."""
        return self.defer("text", "preview", "report")

    def expired(self, now: dt.datetime) -> "DocumentImportQuerySet":
        waiting = models.Q(
            status__in=[ImportStatus.QUEUED, ImportStatus.PREVIEW_READY, ImportStatus.FAILED],
            updated__lt=now - PREVIEW_WAITS,
        )
        finished = models.Q(status=ImportStatus.DONE, updated__lt=now - FINISHED_KEPT)
        return self.filter(waiting | finished)


class DocumentImport(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    title = models.CharField(max_length=300)
    text = models.TextField(help_text="The document as read; emptied once it is imported.")
    read_as = models.CharField(
        max_length=200, blank=True, help_text="How a web page, chat or PDF text was read."
    )
    checksum = models.CharField(max_length=64, help_text="SHA-256 of the text.")
    size = models.PositiveIntegerField(default=0, help_text="Bytes uploaded.")
    publish = models.BooleanField(default=False)
    change_existing = models.BooleanField(default=False)
    status = models.CharField(
        max_length=20, choices=ImportStatus.choices, default=ImportStatus.QUEUED
    )
    stage = models.CharField(max_length=10, blank=True)
    progress_done = models.PositiveIntegerField(default=0)
    progress_total = models.PositiveIntegerField(default=0)
    preview = models.JSONField(null=True, blank=True, help_text="The dry run's report.")
    report = models.JSONField(null=True, blank=True, help_text="The import's report.")
    source = models.ForeignKey(Source, null=True, on_delete=models.SET_NULL, related_name="+")
    # Staff's corrections in the preview, 1-based line numbers: lines that start a question
    # although the importer did not think so, and lines that never do.
    include_lines = models.JSONField(default=list, blank=True)
    exclude_lines = models.JSONField(default=list, blank=True)
    error = models.TextField(blank=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    objects = DocumentImportQuerySet.as_manager()

    class Meta:
        ordering = ["-created"]
        indexes = [models.Index(fields=["requested_by", "-created"])]

    def __str__(self) -> str:
        return self.title

    @property
    def is_running(self) -> bool:
        return self.status in RUNNING

    @property
    def stage_label(self) -> str:
        return STAGE_LABELS.get(self.stage, "")

    @property
    def failed_while_importing(self) -> bool:
        """A failure after the preview was confirmed (retrying imports again)."""
        return self.status == ImportStatus.FAILED and self.confirmed_at is not None

    def _move(self, from_: list[str], **changes) -> bool:
        """Change the row only if it is still in one of `from_`; whether it was."""
        changes["updated"] = timezone.now()
        moved = DocumentImport.objects.filter(pk=self.pk, status__in=from_).update(**changes)
        if moved:
            for name, value in changes.items():
                setattr(self, name, value)
        return bool(moved)

    def start_preview(self) -> bool:
        return self._move(
            [ImportStatus.QUEUED, ImportStatus.PREVIEWING],
            status=ImportStatus.PREVIEWING,
            stage="",
            progress_done=0,
            progress_total=0,
            error="",
        )

    def preview_ready(self, report: dict) -> bool:
        return self._move(
            [ImportStatus.PREVIEWING], status=ImportStatus.PREVIEW_READY, preview=report
        )

    def confirm(self, *, publish: bool, change_existing: bool) -> bool:
        """Preview ready -> importing, with the permissions the confirming request has."""
        return self._move(
            [ImportStatus.PREVIEW_READY],
            status=ImportStatus.IMPORTING,
            confirmed_at=timezone.now(),
            publish=publish,
            change_existing=change_existing,
            stage="",
            progress_done=0,
            progress_total=0,
        )

    def recheck(self, *, include_lines: set[int], exclude_lines: set[int]) -> bool:
        """Preview ready -> queued again, to be checked with staff's line choices."""
        return self._move(
            [ImportStatus.PREVIEW_READY],
            status=ImportStatus.QUEUED,
            include_lines=sorted(include_lines),
            exclude_lines=sorted(exclude_lines),
            preview=None,
            stage="",
            progress_done=0,
            progress_total=0,
        )

    def finish(self, *, source: Source, report: dict) -> bool:
        """Imported: the text lives on in the Source, so the copy here goes."""
        return self._move(
            [ImportStatus.IMPORTING],
            status=ImportStatus.DONE,
            source=source,
            report=report,
            text="",
        )

    def already_imported(self, source: Source) -> bool:
        """Someone imported the same text while this one waited: nothing to do."""
        return self._move(
            [ImportStatus.PREVIEWING, ImportStatus.IMPORTING],
            status=ImportStatus.DONE,
            source=source,
            report=source.report,
            text="",
        )

    def fail(self, error: str) -> bool:
        return self._move(
            [ImportStatus.PREVIEWING, ImportStatus.IMPORTING],
            status=ImportStatus.FAILED,
            error=error[:2000],
        )

    def retry(self, *, publish: bool, change_existing: bool) -> bool:
        """Failed -> run again the step that failed (the check, or the import)."""
        status = ImportStatus.IMPORTING if self.confirmed_at else ImportStatus.QUEUED
        return self._move(
            [ImportStatus.FAILED],
            status=status,
            publish=publish,
            change_existing=change_existing,
            error="",
        )

    def cancel(self) -> bool:
        """Forget an import that has written nothing (deleting its copy of the document).

        An import under way cannot be cancelled: it is one transaction, done in seconds.
        """
        deleted, _ = DocumentImport.objects.filter(
            pk=self.pk,
            status__in=[
                ImportStatus.QUEUED,
                ImportStatus.PREVIEWING,
                ImportStatus.PREVIEW_READY,
                ImportStatus.FAILED,
            ],
        ).delete()
        return bool(deleted)
