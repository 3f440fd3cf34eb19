"""Question sets: the directory, a set's page, creating, editing, cloning and exporting."""

import uuid

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import IntegrityError, transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.htmx import render_page
from questions import exports
from questions.forms import QuestionSetForm
from questions.models import Question, QuestionSet, Topic
from questions.panels import set_panels
from questions.services import clone_set

PAGE_SIZE = 20


def visible_set(request: HttpRequest, public_id) -> QuestionSet:
    """A set this user may open (404 for a private set of someone else)."""
    sets = QuestionSet.objects.visible_to(request.user).select_related("owner")
    return get_object_or_404(sets, public_id=public_id)


def own_set(request: HttpRequest, public_id) -> QuestionSet:
    """One of the user's own sets (404 for anyone else's)."""
    return get_object_or_404(QuestionSet.objects.filter(owner=request.user), public_id=public_id)


class DirectoryForm(forms.Form):
    q = forms.CharField(required=False, max_length=200, label="Search sets")
    topic = forms.ModelChoiceField(
        queryset=Topic.objects.all(), to_field_name="slug", required=False, empty_label="All topics"
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)

    def filter(self, sets):
        data = self.cleaned_data
        if data.get("q"):
            sets = sets.search(data["q"])
        if data.get("topic"):
            sets = sets.with_topic(data["topic"])
        return sets


@require_GET
def index(request: HttpRequest) -> HttpResponse:
    form = DirectoryForm(request.GET)
    form.is_valid()  # invalid filters are reported and left out
    directory = form.filter(QuestionSet.objects.public_directory())
    page = Paginator(directory, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"form": form, "page": page}
    if request.user.is_authenticated:
        context["mine"] = QuestionSet.objects.owned_by(request.user)
        context["shared"] = QuestionSet.objects.shared_with(request.user)
    return render_page(request, "questions/sets/index.html", context, partial="directory")


@login_required
@require_http_methods(["GET", "POST"])
def create(request: HttpRequest) -> HttpResponse:
    form = QuestionSetForm(request.POST or None, owner=request.user)
    # The id is chosen when the form is shown, so a second submit finds the first set.
    token = _creation_token(request.POST.get("public_id"))
    if request.method == "POST" and form.is_valid():
        existing = QuestionSet.objects.filter(owner=request.user, public_id=token).first()
        if existing is not None:
            return redirect(existing)
        form.instance.owner = request.user
        form.instance.public_id = token
        try:
            with transaction.atomic():
                question_set = form.save()
        except IntegrityError:  # the same token twice at once, or a stolen one
            question_set = QuestionSet.objects.filter(owner=request.user, public_id=token).first()
            if question_set is None:
                raise Http404("That form is out of date: reload it.") from None
        messages.success(request, f"“{question_set.title}” is created: add questions to it.")
        return redirect(question_set)
    context = {"form": form, "public_id": token}
    return TemplateResponse(request, "questions/sets/form.html", context)


def _creation_token(value: str | None) -> uuid.UUID:
    try:
        return uuid.UUID(value or "")
    except ValueError:
        return uuid.uuid4()


@require_GET
def detail(request: HttpRequest, public_id) -> HttpResponse:
    question_set = visible_set(request, public_id)
    question_set.open_for(request.user)
    return set_page(request, question_set)


def set_page(request: HttpRequest, question_set: QuestionSet) -> HttpResponse:
    """The set's page, or its items for htmx (also after an owner's change to them)."""
    visible = Question.objects.visible_to(request.user)
    items = (
        question_set.items.filter(question__in=visible)
        .select_related("question__topic")
        .order_by("position", "pk")
    )
    context = {
        "question_set": question_set,
        "items": items,
        "is_owner": question_set.is_owned_by(request.user),
        "answers_shown": question_set.shows_answers_to(request.user),
        # Item URLs are built from it in the template: 500 reverse() calls cost 0.3 s.
        "set_url": question_set.get_absolute_url(),
        "share_url": request.build_absolute_uri(question_set.get_absolute_url()),
        "panels": set_panels(request, question_set),
    }
    return render_page(request, "questions/sets/detail.html", context, partial="items")


@login_required
@require_http_methods(["GET", "POST"])
def edit(request: HttpRequest, public_id) -> HttpResponse:
    question_set = own_set(request, public_id)
    form = QuestionSetForm(request.POST or None, instance=question_set, owner=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Your changes are saved.")
        return redirect(question_set)
    context = {"form": form, "question_set": question_set}
    return TemplateResponse(request, "questions/sets/form.html", context)


@login_required
@require_POST
def delete(request: HttpRequest, public_id) -> HttpResponse:
    question_set = own_set(request, public_id)
    title = question_set.title
    question_set.delete()
    messages.success(request, f"“{title}” is deleted. The questions stay in the bank.")
    return redirect("sets:index")


@login_required
@require_POST
def clone(request: HttpRequest, public_id) -> HttpResponse:
    original = visible_set(request, public_id)
    original.open_for(request.user)  # cloning by the link is opening it
    copy = clone_set(question_set=original, user=request.user)
    messages.success(request, f"“{copy.title}” is yours now: a private copy you can change.")
    return redirect(copy)


@require_GET
def export(request: HttpRequest, public_id, fmt: str) -> HttpResponse:
    question_set = visible_set(request, public_id)
    if fmt not in exports.FORMATS:
        raise Http404("Export as .md or .csv.")
    items = (
        question_set.items.filter(question__in=Question.objects.visible_to(request.user))
        .select_related("question__topic")
        .order_by("position", "pk")
    )
    questions = [item.question for item in items]
    return exports.download(
        question_set, questions, fmt, answers=question_set.shows_answers_to(request.user)
    )
