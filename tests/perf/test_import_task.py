"""The admin import as a background task: what the requests cost, and what the worker does.

Before, the upload request ran the dry run and the confirmation the import, each in the
request (seconds per megabyte, past gunicorn's 30 s on a busy machine). Now the upload only
reads the file and writes a row, a poll reads one small row, and the worker does the rest.
"""

import statistics
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from questions.models import DocumentImport, ImportStatus
from tests.factories import UserFactory
from tests.perf.test_import_speed import generated_document

URL = "/admin/questions/source/import/"
# The largest a little under the 5 MB limit (questions.importing.reading.MAX_BYTES).
SIZES_KB = (200, 1024, 5000)


def document_of(kilobytes: int) -> bytes:
    """The generated document (many questions with code) of about that size, not over it."""
    count = kilobytes * 1024 // 250
    while len(data := generated_document(count).encode()) > kilobytes * 1024:
        count = int(count * 0.98)
    return data


def upload(client, data: bytes, name: str) -> DocumentImport:
    response = client.post(URL, {"document": SimpleUploadedFile(name, data)})
    assert response.status_code == 302, response.content[:2000]
    return DocumentImport.objects.get(public_id=response["Location"].split("/")[-2])


def median(timings: list[float]) -> str:
    middle, fastest = statistics.median(timings) * 1000, min(timings) * 1000
    return f"median {middle:.0f} ms (min {fastest:.0f} ms, {len(timings)} runs)"


@pytest.mark.django_db
@pytest.mark.parametrize("kilobytes", SIZES_KB)
def test_bench_the_upload_request(client, kilobytes):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    data = document_of(kilobytes)

    timings = []
    for run in range(3):
        started = time.perf_counter()
        upload(client, data + f"\n<!-- run {run} -->".encode(), f"doc{run}.md")
        timings.append(time.perf_counter() - started)

    print(f"\nupload request, {len(data) / 1024:.0f} KB: {median(timings)}")


@pytest.mark.django_db
def test_bench_a_progress_poll(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    document_import = upload(client, document_of(5000), "large.md")
    url = f"{URL}{document_import.public_id}/"

    timings = []
    for _ in range(20):
        started = time.perf_counter()
        assert client.get(url, HTTP_HX_REQUEST="true").status_code == 200
        timings.append(time.perf_counter() - started)

    print(f"\nprogress poll (htmx fragment) of a 5 MB import: {median(timings)}")


@pytest.mark.parametrize("kilobytes", SIZES_KB)
def test_bench_the_worker_check_and_import(client, worker, kilobytes):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    data = document_of(kilobytes)
    document_import = upload(client, data, "doc.md")
    url = f"{URL}{document_import.public_id}/"

    started = time.perf_counter()
    worker()
    checked = time.perf_counter() - started
    started = time.perf_counter()
    preview = client.get(url)
    shown = time.perf_counter() - started
    client.post(url + "confirm/")
    started = time.perf_counter()
    worker()
    imported = time.perf_counter() - started
    started = time.perf_counter()
    result = client.get(url)
    result_shown = time.perf_counter() - started

    document_import.refresh_from_db()
    assert document_import.status == ImportStatus.DONE
    assert preview.status_code == result.status_code == 200
    print(
        f"\n{len(data) / 1024:.0f} KB, {document_import.report['totals']['created']} questions: "
        f"worker check {checked:.2f} s, preview page {shown:.2f} s, "
        f"worker import {imported:.2f} s, result page {result_shown:.2f} s"
    )
