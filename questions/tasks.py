"""Background work of the question bank: checking and importing uploaded documents.

Both tasks can run twice (a worker killed mid-job runs it again, prep.retry_stalled_jobs):
the check is a dry run, and the import is one transaction that, once committed, makes the
next attempt find the document already imported and change nothing.
"""

import logging

from django.db import DEFAULT_DB_ALIAS, connections
from django.utils import timezone
from procrastinate.contrib.django import app

from questions.importing import DocumentError, import_document
from questions.models import DocumentImport, ImportStatus

logger = logging.getLogger(__name__)
QUEUE = "imports"


class ImportGone(Exception):
    """The import was cancelled (its row deleted) or moved on while this task ran."""


class ProgressWriter:
    """Records an import's progress on a database connection of its own.

    The import writes in one transaction, and a dry run rolls its transaction back: progress
    written on the task's own connection would be invisible to the page until the end, and
    then undone. Its own connection commits each update at once. It never touches rows the
    import's transaction locks (only this DocumentImport row, which the task leaves alone
    until the import returns), so the two cannot wait for each other.
    """

    def __init__(self, document_import: DocumentImport):
        self.pk, self.status = document_import.pk, document_import.status
        self.connection = connections.create_connection(DEFAULT_DB_ALIAS)
        table = DocumentImport._meta.db_table
        self.sql = (
            f"UPDATE {table} SET stage = %s, progress_done = %s, progress_total = %s, "  # noqa: S608
            "updated = %s WHERE id = %s AND status = %s"
        )

    def __call__(self, stage: str, done: int, total: int) -> None:
        with self.connection.cursor() as cursor:
            cursor.execute(self.sql, [stage, done, total, timezone.now(), self.pk, self.status])
            if cursor.rowcount == 0:
                raise ImportGone  # stops the import: its transaction rolls back

    def __enter__(self) -> "ProgressWriter":
        return self

    def __exit__(self, *exc_info) -> None:
        self.connection.close()


def _failure_message(error: Exception) -> str:
    reason = str(error).strip().split("\n")[0][:300]
    return f"The import stopped with an unexpected error ({type(error).__name__}: {reason})."


def _import(document_import: DocumentImport, **options):
    """import_document with the row's progress; None when it was cancelled or failed (the
    row says why)."""
    try:
        with ProgressWriter(document_import) as progress:
            return import_document(
                document_import.text,
                title=document_import.title,
                change_existing=document_import.change_existing,
                progress=progress,
                include_lines=document_import.include_lines,
                exclude_lines=document_import.exclude_lines,
                **options,
            )
    except ImportGone:
        return None
    except DocumentError as error:
        document_import.fail(str(error))
        return None
    except Exception as error:
        document_import.fail(_failure_message(error))
        raise  # kept with its traceback under "Task errors" in the admin


@app.task(name="questions.check_import", queue=QUEUE)
def check_import(import_id: int) -> None:
    """The dry run: what importing the document would do, stored as its preview."""
    document_import = DocumentImport.objects.filter(pk=import_id).first()
    if document_import is None or not document_import.start_preview():
        return  # cancelled, or checked already
    result = _import(document_import, dry_run=True)
    if result is None:
        return
    if result.already_imported:
        document_import.already_imported(result.source)
    else:
        document_import.preview_ready(result.report)


@app.task(name="questions.run_import", queue=QUEUE)
def run_import(import_id: int) -> None:
    """The confirmed import, in one transaction (import_document's, under its lock)."""
    document_import = DocumentImport.objects.filter(
        pk=import_id, status=ImportStatus.IMPORTING
    ).first()
    if document_import is None:
        return  # imported already (a job queued twice), or the row is gone
    result = _import(
        document_import,
        imported_by=document_import.requested_by,
        publish=document_import.publish,
    )
    if result is None:
        return
    if result.already_imported:
        # This import's own earlier attempt committed before its worker died, or someone
        # imported the same text meanwhile: the Source holds what was written.
        document_import.already_imported(result.source)
    else:
        document_import.finish(source=result.source, report=result.report)


@app.periodic(cron="23 * * * *")
@app.task(name="questions.forget_old_imports", queueing_lock="forget_old_imports", queue=QUEUE)
def forget_old_imports(timestamp: int) -> None:
    """Previews nobody confirmed hold a copy of their document: they go after a day."""
    deleted, _ = DocumentImport.objects.expired(timezone.now()).delete()
    if deleted:
        logger.info("Forgot %d old document imports.", deleted)
