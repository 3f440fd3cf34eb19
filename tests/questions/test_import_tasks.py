"""The importer's progress reports, and how the import tasks record them."""

import itertools

import pytest
from django.db import transaction

from questions.importing import import_document
from questions.importing.importer import PROGRESS_EVERY
from questions.models import DocumentImport, ImportStatus, Question, Source
from questions.tasks import (
    ImportGone,
    ProgressWriter,
    check_import,
    forget_old_imports,
    run_import,
)
from tests.factories import UserFactory


def document(questions: int) -> str:
    return "\n".join(
        f"### Q{number}. What does case {number} show?\nA: It shows case {number} well."
        for number in range(1, questions + 1)
    )


@pytest.mark.django_db
def test_it_reports_each_stage_at_most_every_few_hundred_questions():
    calls = []

    import_document(document(1000), title="cases", progress=lambda *call: calls.append(call))

    stages = [stage for stage, _, _ in calls]
    assert stages == sorted(stages, key=["parse", "clean", "write"].index)
    cleaning = [(done, total) for stage, done, total in calls if stage == "clean"]
    assert cleaning[0] == (0, 1000) and cleaning[-1] == (1000, 1000)
    steps = [later[0] - earlier[0] for earlier, later in itertools.pairwise(cleaning)]
    assert min(steps[:-1]) >= PROGRESS_EVERY  # the last one says "all done", however close
    writing = [(done, total) for stage, done, total in calls if stage == "write"]
    assert writing[-1] == (2000, 2000)  # 1,000 questions, then 1,000 references
    assert len(calls) < 20


@pytest.mark.django_db
def test_a_progress_report_that_raises_stops_the_import_before_it_writes():
    def stop(stage: str, done: int, total: int) -> None:
        if stage == "write" and done:
            raise ImportGone

    with pytest.raises(ImportGone):
        import_document(document(1500), title="cases", progress=stop)

    assert not Question.objects.exists()
    assert not Source.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_progress_is_seen_while_the_import_transaction_is_open():
    row = DocumentImport.objects.create(
        requested_by=UserFactory(),
        title="cases",
        text="",
        checksum="0" * 64,
        status=ImportStatus.IMPORTING,
    )
    with ProgressWriter(row) as progress, transaction.atomic():
        progress("clean", 250, 1000)
        # Another connection (a page's poll) sees it before this transaction ends.
        with ProgressWriter(row) as other:
            other.connection.ensure_connection()
            with other.connection.cursor() as cursor:
                cursor.execute(
                    "SELECT stage, progress_done, progress_total FROM "
                    "questions_documentimport WHERE id = %s",
                    [row.pk],
                )
                assert cursor.fetchone() == ("clean", 250, 1000)


@pytest.mark.django_db(transaction=True)
def test_progress_on_a_cancelled_import_stops_it():
    row = DocumentImport.objects.create(
        requested_by=UserFactory(), title="cases", text="", checksum="0" * 64
    )
    row.start_preview()
    with ProgressWriter(row) as progress:
        progress("parse", 0, 10)
        assert row.cancel()

        with pytest.raises(ImportGone):
            progress("parse", 10, 10)


@pytest.mark.django_db(transaction=True)
def test_the_worker_records_progress_and_the_preview(worker):
    row = DocumentImport.objects.create(
        requested_by=UserFactory(), title="cases", text=document(600), checksum="1" * 64
    )
    check_import.defer(import_id=row.pk)
    worker()

    row.refresh_from_db()
    assert row.status == ImportStatus.PREVIEW_READY
    assert (row.stage, row.progress_done, row.progress_total) == ("write", 1200, 1200)
    assert row.preview["totals"]["found"] == 600
    assert not Question.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_a_failed_import_says_why_and_runs_again_on_retry(worker):
    row = DocumentImport.objects.create(
        requested_by=UserFactory(),
        title="cases",
        text="Nothing to ask here.",  # as if the confirmed document had no questions
        checksum="2" * 64,
        status=ImportStatus.PREVIEW_READY,
        preview={},
    )
    assert row.confirm(publish=False, change_existing=False)
    run_import.defer(import_id=row.pk)
    worker()

    row.refresh_from_db()
    assert row.status == ImportStatus.FAILED and row.failed_while_importing
    assert row.error.startswith("No questions found.")
    DocumentImport.objects.filter(pk=row.pk).update(text=document(2))
    assert row.retry(publish=False, change_existing=False)
    assert row.status == ImportStatus.IMPORTING  # the import again, not the check
    run_import.defer(import_id=row.pk)
    worker()
    row.refresh_from_db()
    assert (row.status, row.report["totals"]["created"]) == (ImportStatus.DONE, 2)
    assert Source.objects.get() == row.source


@pytest.mark.django_db
def test_old_previews_and_old_results_are_forgotten(clock):
    user = UserFactory()

    def made(status: str) -> DocumentImport:
        return DocumentImport.objects.create(
            requested_by=user, title=status, text="x", checksum="3" * 64, status=status
        )

    made(ImportStatus.PREVIEW_READY)  # forgotten after a day
    old_result, running = made(ImportStatus.DONE), made(ImportStatus.IMPORTING)
    clock.advance(hours=23)
    fresh_preview = made(ImportStatus.PREVIEW_READY)
    clock.advance(hours=2)

    forget_old_imports(timestamp=0)

    assert set(DocumentImport.objects.all()) == {old_result, running, fresh_preview}
    clock.advance(days=30)
    forget_old_imports(timestamp=0)
    assert set(DocumentImport.objects.all()) == {running}
