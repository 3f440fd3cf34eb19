"""What is in a set: adding from the bank, removing, ordering, and private questions."""

import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST

from accounts.htmx import render_page
from questions.forms import PrivateQuestionForm
from questions.models import Question, QuestionSet, Status
from questions.views.sets import own_set, set_page

MAX_TITLE = 200


def _back(request: HttpRequest, default: str) -> HttpResponse:
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        target = default
    return redirect(target)


@login_required
@require_http_methods(["GET", "POST"])
def add(request: HttpRequest) -> HttpResponse:
    """Add a question the user can see to one of their sets, or to a new one made here.

    GET is the form: the bank's rows fetch it with htmx when "Add to set" opens, and
    without JavaScript it is a page of its own.
    """
    if request.method == "GET":
        return _add_form(request)
    question = get_object_or_404(
        Question.objects.visible_to(request.user), slug=request.POST.get("question", "")
    )
    title = request.POST.get("new_title", "").strip()
    if not title and not request.POST.get("set"):
        messages.error(request, "Choose one of your sets, or name a new one.")
        return _back(request, question.get_absolute_url())
    if title:
        # Typing the name of a set you have adds to it, rather than making a twin.
        question_set = QuestionSet.objects.filter(
            owner=request.user, title__iexact=title[:MAX_TITLE]
        ).first() or QuestionSet.objects.create(owner=request.user, title=title[:MAX_TITLE])
    else:
        question_set = own_set(request, _uuid_or_404(request.POST.get("set")))
    added = question_set.append(question)
    notice = (
        f"Added to “{question_set.title}”."
        if added
        else f"Already in “{question_set.title}”: a set holds each question once."
    )
    if request.htmx:
        context = {
            "question": question,
            "my_sets": QuestionSet.objects.owned_by(request.user),
            "notice": notice,
            "next": request.POST.get("next", ""),
        }
        return TemplateResponse(request, "questions/sets/_add_to_set.html", context)
    if added:
        messages.success(request, notice)
    else:
        messages.info(request, notice)
    return _back(request, question.get_absolute_url())


def _add_form(request: HttpRequest) -> HttpResponse:
    slug = request.GET.get("question", "")
    if "\x00" in slug:  # a query string's NUL reaches the view (prep/middleware.py)
        raise Http404("No such question.")
    question = get_object_or_404(Question.objects.visible_to(request.user), slug=slug)
    back = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
        back = question.get_absolute_url()
    context = {
        "question": question,
        "my_sets": QuestionSet.objects.owned_by(request.user),
        "next": back,
    }
    if request.htmx:
        return TemplateResponse(request, "questions/sets/_add_to_set.html#form", context)
    return TemplateResponse(request, "questions/sets/add.html", context)


def _uuid_or_404(value: str | None) -> uuid.UUID:
    try:
        return uuid.UUID(value or "")
    except ValueError:
        raise Http404("Choose one of your sets.") from None


def _item_question(question_set: QuestionSet, slug: str) -> Question:
    return get_object_or_404(Question, set_items__question_set=question_set, slug=slug)


def _items_response(request: HttpRequest, question_set: QuestionSet) -> HttpResponse:
    """After a change: the items fragment for htmx, the set page otherwise."""
    if not request.htmx:
        return redirect(question_set)
    return set_page(request, question_set)


@login_required
@require_POST
def remove(request: HttpRequest, public_id, slug: str) -> HttpResponse:
    question_set = own_set(request, public_id)
    question = _item_question(question_set, slug)
    question_set.items.filter(question=question).delete()
    if not request.htmx:
        messages.success(request, "Removed from the set. It is still in the bank.")
    return _items_response(request, question_set)


@login_required
@require_POST
def move(request: HttpRequest, public_id, slug: str) -> HttpResponse:
    question_set = own_set(request, public_id)
    question = _item_question(question_set, slug)
    order = question_set.ordered_question_ids()
    index = order.index(question.pk)
    step = {"up": -1, "down": 1}.get(request.POST.get("direction", ""))
    target = index + step if step else -1
    if step is None or not 0 <= target < len(order):
        messages.info(request, "It is already at that end of the set.")
    else:
        order[index], order[target] = order[target], order[index]
        question_set.reorder(order)
    return _items_response(request, question_set)


@login_required
@require_POST
def reorder(request: HttpRequest, public_id) -> HttpResponse:
    """Drag and drop: the whole order at once, as the questions' slugs."""
    question_set = own_set(request, public_id)
    slugs = request.POST.getlist("order")
    ids = dict(question_set.items.values_list("question__slug", "question_id"))
    if not question_set.reorder([ids.get(slug, 0) for slug in slugs]):
        messages.error(request, "The set changed in another tab: reload it and try again.")
    return _items_response(request, question_set)


def _writer(request: HttpRequest) -> None:
    if not request.user.can_write_questions:
        raise PermissionDenied("Only interviewers write their own questions.")


@login_required
@require_http_methods(["GET", "POST"])
def new_question(request: HttpRequest, public_id) -> HttpResponse:
    question_set = own_set(request, public_id)
    _writer(request)
    form = PrivateQuestionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        question = form.save(commit=False)
        question.owner = question.author = request.user
        question.status = Status.PUBLISHED
        question.save()
        question_set.append(question)
        messages.success(request, "Your question is in the set. Only you see its answer.")
        return redirect(question_set)
    context = {"form": form, "question_set": question_set}
    return TemplateResponse(request, "questions/sets/question_form.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def edit_question(request: HttpRequest, public_id, slug: str) -> HttpResponse:
    question_set = own_set(request, public_id)
    question = get_object_or_404(
        Question.objects.filter(owner=request.user, set_items__question_set=question_set),
        slug=slug,
    )
    form = PrivateQuestionForm(request.POST or None, instance=question)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Your question is saved.")
        return redirect(question_set)
    context = {"form": form, "question_set": question_set, "question": question}
    return render_page(request, "questions/sets/question_form.html", context)


@login_required
@require_POST
def submit_question(request: HttpRequest, public_id, slug: str) -> HttpResponse:
    """Offer a private question to the public bank: staff review it first."""
    question_set = own_set(request, public_id)
    question = get_object_or_404(
        Question.objects.filter(owner=request.user, set_items__question_set=question_set),
        slug=slug,
    )
    if question.status == Status.PENDING_REVIEW:
        messages.info(request, "That question is already waiting for review.")
    else:
        question.status, question.moderation_note = Status.PENDING_REVIEW, ""
        question.save(update_fields=["status", "moderation_note", "updated"])
        messages.success(request, "Sent to staff for review. You keep using it meanwhile.")
    return redirect(question_set)
