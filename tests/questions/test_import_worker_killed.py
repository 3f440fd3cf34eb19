"""A real worker process killed in the middle of an import's transaction: nothing was
written, and the job, run again, imports the document once."""

import signal
import time

from django.db import connection
from procrastinate.contrib.django.models import ProcrastinateJob

from prep.tasks import retry_stalled_jobs
from questions.models import DocumentImport, ImportStatus, Question, Source
from questions.tasks import run_import
from tests.factories import UserFactory
from tests.perf.test_import_speed import generated_document
from tests.prep.test_worker_process import wait_for, worker_process

QUESTIONS = 6000


def test_an_import_whose_worker_is_killed_mid_write_runs_again_and_imports_once(worker):
    document_import = DocumentImport.objects.create(
        requested_by=UserFactory(),
        title="generated",
        text=generated_document(QUESTIONS),
        checksum="4" * 64,
        status=ImportStatus.PREVIEW_READY,
        preview={},
    )
    document_import.confirm(publish=False, change_existing=True)
    job_id = run_import.defer(import_id=document_import.pk)

    def writing() -> bool:
        row = DocumentImport.objects.only("stage", "progress_done").get(pk=document_import.pk)
        return row.stage == "write" and row.progress_done > 0

    process = worker_process(queue="imports")
    try:
        killed_mid_write = wait_for(writing)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert killed_mid_write, "the worker never started writing"
    assert ProcrastinateJob.objects.get(id=job_id).status == "doing"
    assert not Source.objects.exists()  # its transaction died with it
    assert not Question.objects.exists()

    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE procrastinate_workers SET last_heartbeat = now() - interval '1 hour'"
        )
    upkeep = ProcrastinateJob.objects.filter(task_name=retry_stalled_jobs.name, status="todo")
    if not upkeep.exists():
        retry_stalled_jobs.defer(timestamp=int(time.time()))  # sync: no event loop needed
    worker()

    document_import.refresh_from_db()
    assert ProcrastinateJob.objects.get(id=job_id).status == "succeeded"
    assert document_import.status == ImportStatus.DONE
    assert document_import.report["totals"]["created"] == QUESTIONS
    assert (Source.objects.count(), Question.objects.count()) == (1, QUESTIONS)
