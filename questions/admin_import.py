"""The admin's "Import document" page: upload, preview (a dry run), confirm or cancel.

The previewed document waits for confirmation in the cache, not in the session: a session
is loaded on every request, and a document can be megabytes. Each user has at most one
preview waiting (a new one replaces it), for at most an hour.
"""

import secrets
from pathlib import Path

from django import forms
from django.contrib import messages
from django.contrib.admin import ModelAdmin
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.crypto import constant_time_compare

from questions.importing import DocumentError, import_document
from questions.importing.reading import MAX_BYTES, read_document

ALLOWED_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
PREVIEW_SECONDS = 60 * 60
# Where earlier versions kept every preview's text: dropped from sessions that still have it.
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

    def __init__(self, *args, may_publish: bool, **kwargs):
        super().__init__(*args, **kwargs)
        if not may_publish:
            # Only those who may publish see the choice; a forged one is refused below.
            self.fields["publish"].widget = forms.HiddenInput()
        self.may_publish = may_publish

    def clean_publish(self) -> bool:
        if self.cleaned_data["publish"] and not self.may_publish:
            raise forms.ValidationError("You may not publish questions: import them as drafts.")
        return self.cleaned_data["publish"]

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
    request.session.pop(SESSION_KEY, None)
    if request.method == "POST" and "token" in request.POST:
        if "cancel" in request.POST:
            return _cancel(request)
        return _confirm(model_admin, request)
    form = DocumentUploadForm(
        request.POST or None,
        request.FILES or None,
        may_publish=request.user.has_perm("questions.publish_question"),
    )
    context = {
        **model_admin.admin_site.each_context(request),
        "form": form,
        "title": "Import document",
    }
    if request.method == "POST" and form.is_valid():
        title = form.cleaned_data["title"] or form.cleaned_data["document"].name
        try:
            result = import_document(
                form.text,
                title=title,
                dry_run=True,
                change_existing=request.user.has_perm("questions.change_question"),
            )
        except DocumentError as error:
            form.add_error("document", str(error))
        else:
            if result.already_imported:
                messages.info(request, f"This document was already imported as “{result.source}”.")
                return redirect(_source_url(result.source))
            token = secrets.token_urlsafe(16)
            preview = {
                "token": token,
                "text": form.text,
                "title": title,
                "publish": form.cleaned_data["publish"],
            }
            cache.set(_preview_key(request.user), preview, PREVIEW_SECONDS)
            context.update(report=result.report, token=token, publish=form.cleaned_data["publish"])
    return TemplateResponse(request, "admin/questions/source/import.html", context)


def _preview_key(user) -> str:
    return f"questions:import-preview:{user.pk}"


def _take_preview(request: HttpRequest) -> dict | None:
    """The user's waiting preview, if the form is about that one, no longer waiting."""
    key = _preview_key(request.user)
    preview = cache.get(key)
    if preview is None or not constant_time_compare(preview["token"], request.POST["token"]):
        return None
    cache.delete(key)
    return preview


def _cancel(request: HttpRequest) -> HttpResponse:
    _take_preview(request)
    messages.info(request, "Import cancelled: nothing was written.")
    return redirect("admin:questions_source_import")


def _confirm(model_admin: ModelAdmin, request: HttpRequest) -> HttpResponse:
    preview = _take_preview(request)
    if preview is None:
        messages.warning(
            request,
            "That preview has expired or was already imported (a preview waits an hour, and "
            "only your latest one). Upload the file again.",
        )
        return redirect("admin:questions_source_import")
    try:
        result = import_document(
            preview["text"],
            title=preview["title"],
            imported_by=request.user,
            publish=preview["publish"] and request.user.has_perm("questions.publish_question"),
            change_existing=request.user.has_perm("questions.change_question"),
        )
    except DocumentError as error:
        messages.error(request, str(error))
        return redirect("admin:questions_source_import")
    totals = result.report["totals"]
    if result.already_imported:
        messages.info(request, f"This document was already imported as “{result.source}”.")
    else:
        suggested = (
            f" {totals['suggested']} better answer(s) for published questions wait for review."
            if totals["suggested"]
            else ""
        )
        unchanged = (
            f" {totals['left_unchanged']} question(s) already in the bank were linked to this "
            "document but not changed: you may add questions, not change them."
            if totals.get("left_unchanged")
            else ""
        )
        messages.success(
            request,
            f"Imported “{result.source}”: {totals['created']} new questions, {totals['merged']} "
            f"merged with existing ones, {totals['needs_answer']} need an answer."
            f"{suggested}{unchanged}",
        )
    return redirect(_source_url(result.source))


def _source_url(source) -> str:
    return reverse("admin:questions_source_change", args=[source.pk])
