"""The admin's "Import document" pages: upload, watch the check, preview, confirm, result.

The request only reads the upload and writes a DocumentImport row with its job
(questions/models/imports.py says why every size goes this way); a worker checks the
document (a dry run) and, once staff confirm the preview, imports it (questions/tasks.py).
The import's page polls for progress with htmx, and has a Refresh link without it.

Permissions are checked when the document is uploaded and again when it is confirmed or
retried: publishing needs `publish_question`, changing questions already in the bank
`change_question`, and every page `add_question`. An import is its requester's alone.
"""

import hashlib
from dataclasses import dataclass
from pathlib import Path
from uuid import UUID

from django import forms
from django.contrib import messages
from django.contrib.admin import ModelAdmin
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.htmx import render_page
from questions.importing import DocumentError
from questions.importing.reading import MAX_BYTES, Reading, read_text, read_upload
from questions.models import DocumentImport, ImportStatus, Source
from questions.models.imports import PREVIEW_WAITS
from questions.tasks import check_import, run_import

# Text documents, and the text formats the importer reads (notebooks, exports, markup).
ALLOWED_SUFFIXES = {
    *(".txt", ".md", ".markdown", ".text", ".html", ".htm"),
    *(".ipynb", ".json", ".jsonl", ".ndjson", ".csv", ".tsv", ".yaml", ".yml", ".canvas"),
    *(".rst", ".adoc", ".asciidoc", ".tex", ".org", ".wiki", ".mdx", ".qmd", ".rtf"),
    # quiz banks and saved notes: Moodle (GIFT, XML), Evernote, outlines, captions, drills
    *(".gift", ".xml", ".enex", ".opml", ".vtt", ".srt", ".sbv", ".py", ".sql", ".eml", ".mbox"),
}
# Where earlier versions kept every preview's text: dropped from sessions that still have it.
SESSION_KEY = "question_import_previews"
# Rows of a report's table per page: a 5 MB document has 18,000 of them (5 MB of HTML).
ITEMS_PER_PAGE = 500
# Lines of the document shown (with their include / exclude ticks) per page of the preview.
LINES_PER_PAGE = 300
RECENT_IMPORTS = 10


class DocumentUploadForm(forms.Form):
    document = forms.FileField(
        required=False,
        help_text=f"A .txt, .md or .html file, up to {MAX_BYTES // 1024 // 1024} MB: a blog "
        "post, a markdown list of questions, interview notes, a saved web page. Notebooks "
        "(.ipynb), exports (.json, JSON Lines, .csv, .yaml, Evernote .enex, OPML, a Stack "
        "Exchange dump), quizzes (Moodle GIFT or XML, QTI, Blackboard, Kahoot), captions "
        "(.vtt, .srt, .sbv), saved mail (.eml, .mbox), Rich Text, a Python file of drills, a slide "
        "deck's outline, and notes in LaTeX, reStructuredText, AsciiDoc or org-mode are read "
        "too.",
    )
    pasted = forms.CharField(
        label="Or paste the text",
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 8, "cols": 80, "spellcheck": "false"}),
        help_text="Copied from a web page, a chat, a PDF or a document: paste it as it is.",
    )
    title = forms.CharField(
        max_length=300,
        required=False,
        help_text="Where it came from. Defaults to the file name, or to the pasted text's "
        "first line.",
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
        self.reading: Reading | None = None
        self.size = 0

    def clean_publish(self) -> bool:
        if self.cleaned_data["publish"] and not self.may_publish:
            raise forms.ValidationError("You may not publish questions: import them as drafts.")
        return self.cleaned_data["publish"]

    def clean_document(self):
        upload = self.cleaned_data["document"]
        if not upload:
            return None
        if Path(upload.name).suffix.lower() not in ALLOWED_SUFFIXES:
            raise forms.ValidationError(
                "Upload a text document: a .txt, .md or .html file (or a notebook, an export "
                "or notes in a markup the importer reads)."
            )
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(_too_large(upload.size))
        try:
            self.reading = read_upload(upload.read())
        except DocumentError as error:
            raise forms.ValidationError(str(error)) from None
        self.size = upload.size
        return upload

    def clean(self):
        cleaned = super().clean()
        pasted = cleaned.get("pasted") or ""
        if self.errors:
            return cleaned
        if cleaned.get("document") and pasted.strip():
            raise forms.ValidationError("Upload a file or paste its text, not both.")
        if cleaned.get("document"):
            return cleaned
        if not pasted.strip():
            raise forms.ValidationError("Choose a file to upload, or paste the document's text.")
        self.size = len(pasted.encode())
        if self.size > MAX_BYTES:
            raise forms.ValidationError(_too_large(self.size))
        self.reading = read_text(pasted)
        if not self.reading.text.strip():
            raise forms.ValidationError("The pasted text has nothing to read.")
        return cleaned

    def default_title(self) -> str:
        upload = self.cleaned_data["document"]
        if upload:
            return upload.name
        first = next(line for line in self.reading.text.split("\n") if line.strip())
        return "Pasted: " + " ".join(first.strip(" #*>").split())[:120]


def _too_large(size: int) -> str:
    return (
        f"The document is {size / 1024 / 1024:.1f} MB; the limit is {MAX_BYTES // 1024 // 1024} MB."
    )


@require_http_methods(["GET", "POST"])
def import_view(request: HttpRequest, *, model_admin: ModelAdmin) -> HttpResponse:
    """The upload form, and the user's recent imports."""
    _check_permission(request)
    request.session.pop(SESSION_KEY, None)
    posted = request.method == "POST"
    form = DocumentUploadForm(
        request.POST if posted else None,
        request.FILES if posted else None,
        may_publish=request.user.has_perm("questions.publish_question"),
    )
    if posted and form.is_valid():
        return _queue_check(request, form)
    context = {
        **model_admin.admin_site.each_context(request),
        "form": form,
        "title": "Import document",
        "imports": DocumentImport.objects.for_user(request.user).without_documents()[
            :RECENT_IMPORTS
        ],
    }
    return TemplateResponse(request, "admin/questions/source/import.html", context)


def _queue_check(request: HttpRequest, form: "DocumentUploadForm") -> HttpResponse:
    text = form.reading.text
    checksum = hashlib.sha256(text.encode()).hexdigest()
    existing = Source.objects.only("title").filter(checksum=checksum).first()  # not its text
    if existing is not None:
        messages.info(request, f"This document was already imported as “{existing}”.")
        return redirect(_source_url(existing))
    with transaction.atomic():  # the row and its job, or neither
        document_import = DocumentImport.objects.create(
            requested_by=request.user,
            title=(form.cleaned_data["title"] or form.default_title())[:300],
            text=text,
            read_as=form.reading.read_as,
            checksum=checksum,
            size=form.size,
            publish=form.cleaned_data["publish"],
            change_existing=request.user.has_perm("questions.change_question"),
        )
        check_import.defer(import_id=document_import.pk)
    return redirect(_status_url(document_import))


@require_GET
def import_status_view(
    request: HttpRequest, public_id: UUID, *, model_admin: ModelAdmin
) -> HttpResponse:
    """Progress while a worker has it, then the preview, the result or the error.

    htmx polls the "state" fragment; only a running import's fragment polls again, so
    polling stops by itself. While running, the row is read without its document and
    reports: a poll is one small query.
    """
    document_import = _import_for(request, public_id)
    report = None
    if document_import.status == ImportStatus.PREVIEW_READY:
        report = document_import.preview
    elif document_import.status == ImportStatus.DONE:
        report = document_import.report
    context = {
        **model_admin.admin_site.each_context(request),
        "title": f"Import “{document_import.title}”",
        "document_import": document_import,
        "report": report,
        "items": _page_of_items(request, report),
        "lines": _page_of_lines(request, document_import, report),
        "expires": document_import.updated + PREVIEW_WAITS,
        "needs_answer_url": _needs_answer_url(document_import.source),
    }
    return render_page(
        request, "admin/questions/source/import_status.html", context, partial="state"
    )


@require_POST
def import_confirm_view(
    request: HttpRequest, public_id: UUID, *, model_admin: ModelAdmin
) -> HttpResponse:
    """Confirm the preview; or, when staff changed which lines are questions (or asked to
    check again), store their choices and check the document again first."""
    document_import = _import_for(request, public_id)
    if _expired(document_import):
        document_import.cancel()
        messages.warning(
            request,
            "That preview has expired (a preview waits a day) and was deleted. "
            "Upload the file again.",
        )
        return redirect("admin:questions_source_import")
    if "lines_from" in request.POST:
        try:
            include, exclude = _line_choices(request.POST, document_import)
        except ValueError as error:
            messages.error(request, f"Nothing was changed: {error}")
            return redirect(_status_url(document_import))
        changed = (include, exclude) != (
            set(document_import.include_lines),
            set(document_import.exclude_lines),
        )
        if changed or "recheck" in request.POST:
            return _recheck(request, document_import, include, exclude)
    with transaction.atomic():
        if document_import.confirm(**_permissions(request, document_import)):
            run_import.defer(import_id=document_import.pk)
        else:
            messages.warning(
                request, "This import was already confirmed: it is imported only once."
            )
    return redirect(_status_url(document_import))


def _recheck(request, document_import: DocumentImport, include, exclude) -> HttpResponse:
    with transaction.atomic():
        if document_import.recheck(include_lines=include, exclude_lines=exclude):
            check_import.defer(import_id=document_import.pk)
            messages.info(
                request,
                "Checking the document again with your choices: confirm once the new "
                "preview is ready.",
            )
        else:
            messages.warning(request, "Only a preview that is ready can be checked again.")
    return redirect(_status_url(document_import))


def _line_choices(post, document_import: DocumentImport) -> tuple[set[int], set[int]]:
    """The include / exclude lines after this form: the ticks of the lines it showed
    replace the earlier choices for those lines, and the others' stay."""
    count = _document_text(document_import).count("\n") + 1
    try:
        first, last = int(post["lines_from"]), int(post["lines_to"])
        include = {int(value) for value in post.getlist("include")}
        exclude = {int(value) for value in post.getlist("exclude")}
    except (KeyError, ValueError):
        raise ValueError("the line numbers sent are not numbers.") from None
    wrong = sorted(n for n in include | exclude | {first, last} if not 1 <= n <= count)
    if wrong:
        raise ValueError(f"the document has {count} lines, and no line {wrong[0]}.")
    both = sorted(include & exclude)
    if both:
        raise ValueError(f"line {both[0]} cannot be both a question and not a question.")
    if not all(first <= n <= last for n in include | exclude):
        raise ValueError("a line outside the page that was shown was ticked.")
    shown = range(first, last + 1)
    kept_include = {n for n in document_import.include_lines if n not in shown}
    kept_exclude = {n for n in document_import.exclude_lines if n not in shown}
    return kept_include | include, kept_exclude | exclude


@require_POST
def import_retry_view(
    request: HttpRequest, public_id: UUID, *, model_admin: ModelAdmin
) -> HttpResponse:
    document_import = _import_for(request, public_id)
    with transaction.atomic():
        if document_import.retry(**_permissions(request, document_import)):
            task = run_import if document_import.status == ImportStatus.IMPORTING else check_import
            task.defer(import_id=document_import.pk)
        else:
            messages.warning(request, "Only a failed import can be tried again.")
    return redirect(_status_url(document_import))


@require_POST
def import_cancel_view(
    request: HttpRequest, public_id: UUID, *, model_admin: ModelAdmin
) -> HttpResponse:
    document_import = _import_for(request, public_id)
    if document_import.cancel():
        messages.info(request, "Import cancelled: nothing was written.")
        return redirect("admin:questions_source_import")
    messages.warning(
        request,
        "This import can no longer be cancelled: it was confirmed and is being (or was) "
        "written, in one transaction.",
    )
    return redirect(_status_url(document_import))


def _check_permission(request: HttpRequest) -> None:
    if not request.user.has_perm("questions.add_question"):
        raise PermissionDenied


def _import_for(request: HttpRequest, public_id: UUID) -> DocumentImport:
    """The user's own import, or 404 (another staff member's included)."""
    _check_permission(request)
    imports = DocumentImport.objects.for_user(request.user).without_documents()
    imports = imports.select_related("source").defer("source__text", "source__report")
    return get_object_or_404(imports, public_id=public_id)


def _permissions(request: HttpRequest, document_import: DocumentImport) -> dict:
    """What the upload asked for, as far as the user may still do it now."""
    user = request.user
    return {
        "publish": document_import.publish and user.has_perm("questions.publish_question"),
        "change_existing": user.has_perm("questions.change_question"),
    }


def _expired(document_import: DocumentImport) -> bool:
    return (
        document_import.status == ImportStatus.PREVIEW_READY
        and document_import.updated < timezone.now() - PREVIEW_WAITS
    )


def _page_of_items(request: HttpRequest, report: dict | None):
    if not report or not report.get("items"):
        return None
    return Paginator(report["items"], ITEMS_PER_PAGE).get_page(request.GET.get("page"))


def _document_text(document_import: DocumentImport) -> str:
    """The document (the status page reads the row without it)."""
    imports = DocumentImport.objects.filter(pk=document_import.pk)
    return imports.values_list("text", flat=True).get()


@dataclass
class _PreviewLine:
    number: int
    text: str
    question: str = ""  # the prompt found on this line
    skipped: str = ""  # why a question-like line was not imported
    included: bool = False  # staff said: a question
    excluded: bool = False  # staff said: never a question


def _page_of_lines(request: HttpRequest, document_import: DocumentImport, report: dict | None):
    """One page of the document's lines for the preview, each with what was found on it."""
    if document_import.status != ImportStatus.PREVIEW_READY or not report:
        return None
    found = {item["line"]: item["prompt"] for item in report.get("items", [])}
    skipped = {item["line"]: item["reason"] for item in report.get("skipped", [])}
    include, exclude = set(document_import.include_lines), set(document_import.exclude_lines)
    texts = _document_text(document_import).split("\n")
    page = Paginator(range(1, len(texts) + 1), LINES_PER_PAGE).get_page(request.GET.get("lines"))
    page.object_list = [
        _PreviewLine(
            number=number,
            text=texts[number - 1],
            question=found.get(number, ""),
            skipped=skipped.get(number, ""),
            included=number in include,
            excluded=number in exclude,
        )
        for number in page.object_list
    ]
    return page


def _status_url(document_import: DocumentImport) -> str:
    return reverse("admin:questions_source_import_status", args=[document_import.public_id])


def _needs_answer_url(source: Source | None) -> str:
    if source is None:
        return ""
    return (
        reverse("admin:questions_question_changelist")
        + f"?status__exact=needs_answer&references__source__id__exact={source.pk}"
    )


def _source_url(source) -> str:
    return reverse("admin:questions_source_change", args=[source.pk])
