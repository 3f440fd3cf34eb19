"""Preparing exports in the background: asking for one, building it, emailing the link,
and deleting exports (files and rows) once they expire or their account goes."""

import datetime as dt
import logging
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.files import File
from django.core.files.storage import default_storage
from django.core.mail import BadHeaderError, EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone
from procrastinate import RetryStrategy
from procrastinate.contrib.django import app

from accounts import mail
from prep.exports.archive import write_archive
from prep.models import IN_PROGRESS, DataExport, ExportStatus, export_path

logger = logging.getLogger(__name__)

# The first try and 3 retries: 10 s, 100 s and 17 min after the previous one.
RETRY = RetryStrategy(max_attempts=3, exponential_wait=10)
ORPHAN_AGE = dt.timedelta(days=1)


def request_export(*, user) -> DataExport:
    """The user's export under way, or a new one queued: never two at once."""
    existing = user.data_exports.in_progress().first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            export = DataExport.objects.create(user=user)
            build_export.defer(export_id=export.pk)
    except IntegrityError:  # a second submit won the race: that one is ours
        return user.data_exports.in_progress().get()
    return export


@app.task(name="prep.build_export", queue="exports", retry=RETRY, pass_context=True)
def build_export(context, export_id: int) -> None:
    try:
        build(export_id=export_id)
    except Exception:
        if context.job.attempts >= RETRY.max_attempts:
            DataExport.objects.filter(pk=export_id, status__in=IN_PROGRESS).update(
                status=ExportStatus.FAILED, finished=timezone.now()
            )
        raise


def build(*, export_id: int) -> None:
    """Write the archive to storage and mark the export ready.

    Its account may be deleted meanwhile: then there is no row to start from, or none to
    finish, and the file written is deleted again.
    """
    export = _start(export_id)
    if export is None:
        return
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "export.zip"
        write_archive(export.user, path, now=timezone.now())
        size = path.stat().st_size
        with path.open("rb") as file:
            name = default_storage.save(export_path(export, ""), File(file))
    try:
        finished = _finish(export_id, name=name, size=size)
    except BaseException:
        default_storage.delete(name)
        raise
    if not finished:
        default_storage.delete(name)


@transaction.atomic
def _start(export_id: int) -> DataExport | None:
    export = (
        DataExport.objects.select_for_update(of=("self",))
        .select_related("user")
        .filter(pk=export_id, status__in=IN_PROGRESS)
        .first()
    )
    if export is not None:
        export.status = ExportStatus.RUNNING
        export.save(update_fields=["status"])
    return export


@transaction.atomic
def _finish(export_id: int, *, name: str, size: int) -> bool:
    export = (
        DataExport.objects.select_for_update(of=("self",))
        .select_related("user")
        .filter(pk=export_id, status__in=IN_PROGRESS)
        .first()
    )
    if export is None:
        return False
    export.status = ExportStatus.READY
    export.file.name = name
    export.size = size
    export.finished = timezone.now()
    export.save(update_fields=["status", "file", "size", "finished"])
    # The newest export replaces the older ones: one copy of the data on disk at a time.
    _delete(export.user.data_exports.exclude(pk=export.pk).exclude(status__in=IN_PROGRESS))
    _email_ready(export)
    return True


def _email_ready(export: DataExport) -> None:
    url = settings.SITE_URL.rstrip("/") + export.get_absolute_url()
    message = EmailMessage(
        subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + "Your data export is ready",
        body=render_to_string("prep/email/export_ready.txt", {"export": export, "url": url}),
        to=[export.user.email],
    )
    try:
        mail.queue(message)  # with this transaction
    except (BadHeaderError, ValueError):
        logger.exception("Could not queue the export email of %s", export.public_id)


def _delete(exports) -> int:
    """Delete these exports' rows now and their files once that is committed; the rows
    a running build holds are left for the next sweep."""
    locked = list(exports.select_for_update(of=("self",), skip_locked=True))
    names = [export.file.name for export in locked if export.file]
    DataExport.objects.filter(pk__in=[export.pk for export in locked]).delete()
    transaction.on_commit(lambda: delete_files(names))
    return len(locked)


def delete_files(names: list[str]) -> None:
    for name in names:
        default_storage.delete(name)


def forget_exports(user) -> None:
    """Part of deleting an account (in its transaction): the rows go with the user, the
    files after the commit. Waits for a build that is finishing, so its file is known."""
    locked = list(user.data_exports.select_for_update(of=("self",)))
    names = [export.file.name for export in locked if export.file]
    transaction.on_commit(lambda: delete_files(names))


@transaction.atomic
def delete_expired(*, now) -> int:
    return _delete(DataExport.objects.expired(now))


def delete_orphan_files(*, now) -> int:
    """Files no export points to: their user was deleted some other way (the admin), or a
    worker died between writing one and recording it. A day old, so none is being recorded."""
    folder = "exports"
    if not default_storage.exists(folder):
        return 0
    known = set(DataExport.objects.exclude(file="").values_list("file", flat=True))
    orphans = [
        f"{folder}/{name}"
        for name in default_storage.listdir(folder)[1]
        if f"{folder}/{name}" not in known
        and default_storage.get_modified_time(f"{folder}/{name}") < now - ORPHAN_AGE
    ]
    delete_files(orphans)
    return len(orphans)


@app.periodic(cron="23 * * * *")
@app.task(name="prep.delete_expired_exports", queueing_lock="delete_expired_exports")
def delete_expired_exports(timestamp: int) -> None:
    now = timezone.now()
    delete_expired(now=now)
    delete_orphan_files(now=now)
