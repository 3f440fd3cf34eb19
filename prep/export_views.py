"""Your data: prepare an export of everything, follow it, download it."""

import uuid

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from accounts.htmx import render_page
from prep.exports.tasks import request_export
from prep.models import EXPORT_LIFETIME, DataExport


def _page(request: HttpRequest, export: DataExport | None) -> TemplateResponse:
    context = {"export": export, "lifetime_days": EXPORT_LIFETIME.days}
    return render_page(request, "prep/export.html", context, partial="status")


def _gone(request: HttpRequest, *, expired: bool) -> TemplateResponse:
    """Someone else's, deleted, replaced or mistyped: the same 404 for all. The owner's
    own export past its lifetime: 410."""
    response = TemplateResponse(
        request,
        "prep/export_gone.html",
        {"expired": expired, "lifetime_days": EXPORT_LIFETIME.days},
        status=410 if expired else 404,
    )
    if request.htmx:
        response["HX-Refresh"] = "true"  # a polling page reloads, shows this, and stops
    return response


def _own_export(request: HttpRequest, public_id: uuid.UUID) -> DataExport | None:
    return request.user.data_exports.filter(public_id=public_id).first()


@login_required
@require_GET
def export_index(request: HttpRequest) -> HttpResponse:
    return _page(request, request.user.data_exports.current(timezone.now()).first())


@login_required
@require_POST
def prepare_export(request: HttpRequest) -> HttpResponse:
    export = request_export(user=request.user)
    if request.htmx:
        return _page(request, export)
    return redirect(export)


@login_required
@require_GET
def export_detail(request: HttpRequest, public_id: uuid.UUID) -> HttpResponse:
    export = _own_export(request, public_id)
    if export is None or export.is_expired(timezone.now()):
        return _gone(request, expired=export is not None)
    return _page(request, export)


@login_required
@require_GET
def download_export(request: HttpRequest, public_id: uuid.UUID) -> HttpResponse:
    export = _own_export(request, public_id)
    if export is None or export.is_expired(timezone.now()):
        return _gone(request, expired=export is not None)
    if not export.is_ready:
        return redirect(export)
    try:
        file = export.file.open("rb")
    except FileNotFoundError:
        return _gone(request, expired=True)
    response = FileResponse(
        file, as_attachment=True, filename=export.filename, content_type="application/zip"
    )
    response["Cache-Control"] = "private, no-store"  # personal data: no copies on the way
    return response
