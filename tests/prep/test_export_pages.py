"""The "Your data" pages: prepare an export, follow it, download it; nobody else's."""

import datetime as dt
import io
import uuid
import zipfile

import pytest
from django.core.files.storage import default_storage
from django.urls import reverse
from django.utils import timezone
from procrastinate.contrib.django.models import ProcrastinateJob

from prep.exports.tasks import delete_expired
from prep.models import DataExport, ExportStatus
from tests.factories import NoteFactory
from tests.prep.export_helpers import prepared

pytestmark = pytest.mark.django_db
INDEX = reverse("export:index")
PREPARE = reverse("export:prepare")


def detail(export) -> str:
    return reverse("export:detail", args=[export.public_id])


def download(export) -> str:
    return reverse("export:download", args=[export.public_id])


@pytest.fixture
def owner(client, user):
    client.force_login(user)
    return client


@pytest.fixture
def ready(user, question):
    NoteFactory(user=user, question=question, text="Qx-my-private-note")
    return prepared(user)


@pytest.fixture
def queued(user):
    return DataExport.objects.create(user=user)


def age(export, days: int) -> None:
    DataExport.objects.filter(pk=export.pk).update(
        finished=timezone.now() - dt.timedelta(days=days)
    )


# --- anonymous and methods ------------------------------------------------------------------


@pytest.mark.parametrize("method", ["get", "post"])
def test_it_sends_anonymous_to_the_login_page_from_every_view(client, ready, method):
    for url in [INDEX, PREPARE, detail(ready), download(ready)]:
        response = getattr(client, method)(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("account_login")), url


def test_it_takes_only_the_methods_it_answers(owner, ready):
    assert owner.post(INDEX).status_code == 405
    assert owner.get(PREPARE).status_code == 405
    assert owner.post(detail(ready)).status_code == 405
    assert owner.post(download(ready)).status_code == 405


# --- the index and preparing ---------------------------------------------------------------


def test_it_offers_to_prepare_an_export_and_says_what_is_in_it(owner):
    page = owner.get(INDEX).content.decode()

    assert "<h1>Your data</h1>" in page
    assert "Prepare my export" in page
    assert "Anki" in page
    assert "every 2s" not in page


def test_preparing_queues_one_export_and_shows_it(owner, user):
    response = owner.post(PREPARE)

    export = DataExport.objects.get(user=user)
    assert response.status_code == 302
    assert response["Location"] == detail(export)
    assert export.status == ExportStatus.QUEUED
    job = ProcrastinateJob.objects.get(task_name="prep.build_export")
    assert job.args == {"export_id": export.pk}


def test_a_double_submit_shows_the_export_already_under_way(owner, user):
    first = owner.post(PREPARE)
    second = owner.post(PREPARE)

    assert first["Location"] == second["Location"]
    assert DataExport.objects.filter(user=user).count() == 1
    assert ProcrastinateJob.objects.filter(task_name="prep.build_export").count() == 1


def test_preparing_returns_the_status_fragment_to_htmx(owner, htmx, user):
    response = owner.post(PREPARE, **htmx)

    page = response.content.decode()
    assert response.status_code == 200
    assert page.lstrip().startswith('<section id="export-status"')
    assert 'hx-trigger="every 2s"' in page
    assert DataExport.objects.filter(user=user).count() == 1


def test_the_index_shows_the_current_export(owner, ready):
    page = owner.get(INDEX).content.decode()

    assert download(ready) in page
    assert "Prepare a new export" in page


def test_the_index_forgets_an_expired_export(owner, ready):
    age(ready, days=8)

    page = owner.get(INDEX).content.decode()

    assert download(ready) not in page
    assert "Prepare my export" in page


# --- following an export --------------------------------------------------------------------


def test_an_export_under_way_polls_and_has_a_refresh_link_without_javascript(owner, queued):
    page = owner.get(detail(queued)).content.decode()

    assert "Queued" in page
    assert 'hx-trigger="every 2s"' in page
    assert f'hx-get="{detail(queued)}"' in page
    assert f'<a href="{detail(queued)}">Refresh</a>' in page
    assert "Prepare" not in page  # one at a time


def test_a_ready_export_has_a_download_button_and_stops_polling(owner, ready):
    page = owner.get(detail(ready)).content.decode()

    assert f'href="{download(ready)}">Download</a>' in page
    assert "every 2s" not in page


def test_it_returns_only_the_status_to_htmx_and_the_page_otherwise(owner, htmx, ready):
    fragment = owner.get(detail(ready), **htmx)
    page = owner.get(detail(ready))

    assert "<h1>" not in fragment.content.decode()
    assert "Download" in fragment.content.decode()
    assert "<h1>Your data</h1>" in page.content.decode()
    assert "HX-Request" in fragment["Vary"]


def test_a_failed_export_says_so_and_offers_to_try_again(owner, queued):
    DataExport.objects.filter(pk=queued.pk).update(status=ExportStatus.FAILED)

    page = owner.get(detail(queued)).content.decode()

    assert "We could not prepare your export" in page
    assert "Prepare my export" in page


# --- downloading ----------------------------------------------------------------------------


def test_the_owner_downloads_the_zip(owner, ready):
    response = owner.get(download(ready))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"] == f'attachment; filename="{ready.filename}"'
    assert "no-store" in response["Cache-Control"]
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    assert "Qx-my-private-note" in archive.read("notes.json").decode()


def test_downloading_an_export_not_ready_yet_goes_to_its_page(owner, queued):
    response = owner.get(download(queued))

    assert response.status_code == 302
    assert response["Location"] == detail(queued)


# --- nobody else's, expired, tampered -------------------------------------------------------


@pytest.mark.parametrize("view", [detail, download])
def test_it_404s_for_someone_elses_export_without_showing_it(client, outsider, ready, view):
    client.force_login(outsider)

    response = client.get(view(ready))

    page = response.content.decode()
    assert response.status_code == 404
    assert "This export is not available" in page
    assert "Qx-my-private-note" not in page


@pytest.mark.parametrize("view", [detail, download])
def test_it_404s_with_a_clear_page_for_a_made_up_id(owner, view):
    response = owner.get(view(DataExport(public_id=uuid.uuid4())))

    assert response.status_code == 404
    assert "Prepare a new one" in response.content.decode()


def test_it_404s_for_an_id_that_is_not_one(owner):
    assert owner.get(f"{INDEX}not-a-uuid/").status_code == 404
    assert owner.get(f"{INDEX}not-a-uuid/download/").status_code == 404


@pytest.mark.parametrize("view", [detail, download])
def test_an_expired_export_says_so(owner, ready, view):
    age(ready, days=8)

    response = owner.get(view(ready))

    assert response.status_code == 410
    assert "This export has expired" in response.content.decode()
    assert reverse("export:index") in response.content.decode()


def test_an_export_deleted_after_it_expired_says_so_too(owner, ready):
    age(ready, days=8)
    delete_expired(now=timezone.now())

    response = owner.get(detail(ready))

    assert response.status_code == 404
    assert "has expired, been replaced by a newer export" in response.content.decode()


def test_a_missing_file_is_an_expired_export_not_a_server_error(owner, ready):
    default_storage.delete(ready.file.name)

    response = owner.get(download(ready))

    assert response.status_code == 410


def test_a_polling_page_whose_export_is_gone_reloads(owner, htmx, ready):
    age(ready, days=8)

    response = owner.get(detail(ready), **htmx)

    assert response.status_code == 410
    assert response["HX-Refresh"] == "true"


# --- where it is found ----------------------------------------------------------------------


def test_the_account_menu_and_the_delete_page_link_to_it(owner):
    menu = owner.get(reverse("accounts:profile")).content.decode()

    assert f'<a href="{INDEX}">Your data</a>' in menu
    owner.post(reverse("account_reauthenticate"), {"password": "correct horse battery staple"})
    assert f'href="{INDEX}"' in owner.get(reverse("delete_account")).content.decode()
