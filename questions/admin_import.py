"""The admin's "Import document" page: upload, preview (a dry run), confirm."""

import secrets
from pathlib import Path

from django import forms
from django.contrib import messages
from django.contrib.admin import ModelAdmin
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse

from questions.importing import DocumentError, import_document
from questions.importing.reading import MAX_BYTES, read_document

ALLOWED_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
SESSION_KEY = "question_import_previews"


class DocumentUploadForm(forms.Form):
    document = forms.FileField(
        help_text=f"A .txt or .md file, up to {MAX_BYTES // 1024 // 1024} MB: a pasted blog post, "
        "a markdown list of questions, interview notes."
    )
    title = forms.CharField(
        max_length=300, required=False, help_text="Where it came from. Defaults to the file name."
    )
    publish = forms.BooleanField(
        required=False,
        help_text="Publish answered questions at once (otherwise they wait as drafts for review).",
    )

    def clean_document(self):
        upload = self.cleaned_data["document"]
        if Path(upload.name).suffix.lower() not in ALLOWED_SUFFIXES:
            raise forms.ValidationError("Upload a text document: a .txt or .md file.")
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(
                f"The file is {upload.size / 1024 / 1024:.1f} MB; the limit is "
                f"{MAX_BYTES // 1024 // 1024} MB."
            )
        try:
            self.text = read_document(upload.read())
        except DocumentError as error:
            raise forms.ValidationError(str(error)) from None
        return upload


def import_view(model_admin: ModelAdmin, request: HttpRequest) -> HttpResponse:
    if not request.user.has_perm("questions.add_question"):
        raise PermissionDenied
    if request.method == "POST" and "token" in request.POST:
        return _confirm(model_admin, request)
    form = DocumentUploadForm(request.POST or None, request.FILES or None)
    context = {
        **model_admin.admin_site.each_context(request),
        "form": form,
        "title": "Import document",
    }
    if request.method == "POST" and form.is_valid():
        title = form.cleaned_data["title"] or form.cleaned_data["document"].name
        try:
            result = import_document(form.text, title=title, dry_run=True)
        except DocumentError as error:
            form.add_error("document", str(error))
        else:
            if result.already_imported:
                messages.info(request, f"This document was already imported as “{result.source}”.")
                return redirect(_source_url(result.source))
            token = secrets.token_urlsafe(16)
            previews = request.session.get(SESSION_KEY, {})
            previews[token] = {
                "text": form.text,
                "title": title,
                "publish": form.cleaned_data["publish"],
            }
            request.session[SESSION_KEY] = previews
            context.update(report=result.report, token=token, publish=form.cleaned_data["publish"])
    return TemplateResponse(request, "admin/questions/source/import.html", context)


def _confirm(model_admin: ModelAdmin, request: HttpRequest) -> HttpResponse:
    previews = request.session.get(SESSION_KEY, {})
    preview = previews.pop(request.POST["token"], None)
    request.session[SESSION_KEY] = previews
    if preview is None:
        messages.warning(
            request, "That preview has expired or was already imported. Upload the file again."
        )
        return redirect("admin:questions_source_import")
    try:
        result = import_document(
            preview["text"],
            title=preview["title"],
            imported_by=request.user,
            publish=preview["publish"],
        )
    except DocumentError as error:
        messages.error(request, str(error))
        return redirect("admin:questions_source_import")
    totals = result.report["totals"]
    if result.already_imported:
        messages.info(request, f"This document was already imported as “{result.source}”.")
    else:
        messages.success(
            request,
            f"Imported “{result.source}”: {totals['created']} new questions, {totals['merged']} "
            f"merged with existing ones, {totals['needs_answer']} need an answer.",
        )
    return redirect(_source_url(result.source))


def _source_url(source) -> str:
    return reverse("admin:questions_source_change", args=[source.pk])
