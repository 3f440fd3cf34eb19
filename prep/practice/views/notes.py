"""Bookmarks and private notes on any question of the bank."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST

from accounts.htmx import render_page
from prep.practice.forms import NoteForm
from prep.practice.models import Bookmark, Note
from questions.models import Question


def _question(request: HttpRequest, slug: str) -> Question:
    return get_object_or_404(Question.objects.visible_to(request.user), slug=slug)


def _back(request: HttpRequest, question: Question) -> HttpResponse:
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        target = question.get_absolute_url()
    return redirect(target)


@login_required
@require_POST
def toggle_bookmark(request: HttpRequest, slug: str) -> HttpResponse:
    question = _question(request, slug)
    bookmarked = Bookmark.toggle(request.user, question)
    if request.htmx:
        context = {
            "question": question,
            "bookmarked": bookmarked,
            "next": request.POST.get("next"),
        }
        return TemplateResponse(request, "practice/_bookmark.html", context)
    return _back(request, question)


@login_required
@require_http_methods(["GET", "POST"])
def edit_note(request: HttpRequest, slug: str) -> HttpResponse:
    question = _question(request, slug)
    note = Note.objects.filter(user=request.user, question=question).first()
    form = NoteForm(request.POST or None, instance=note)
    if request.method == "POST" and form.is_valid():
        text = form.cleaned_data["text"].strip()
        if text:
            Note.objects.update_or_create(
                user=request.user, question=question, defaults={"text": text}
            )
        elif note is not None:
            note.delete()
        if not request.htmx:
            messages.success(request, "Your note is saved." if text else "Your note is deleted.")
            return _back(request, question)
        note = Note.objects.filter(user=request.user, question=question).first()
        form = NoteForm(instance=note)
        saved = "Saved." if text else "Deleted."
    else:
        saved = ""
    context = {
        "saved": saved,
        "question": question,
        "form": form,
        "note": note,
        "next": request.POST.get("next") or request.GET.get("next", ""),
    }
    return render_page(request, "practice/note.html", context, partial="note")
