"""What a learner can do to the card in front of them besides grading it: bury it until
tomorrow, suspend it, flag its question for staff; and take a suspension back."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.views.decorators.http import require_POST

from accounts.htmx import render_page
from prep.practice.forms import FlagForm
from prep.practice.kept import forget_progress
from prep.practice.models import Card
from prep.practice.scopes import Scope
from prep.practice.sessions import bury
from prep.practice.views.practice import _card_page, _shown_question
from questions.models import Question


def _card(request: HttpRequest, slug: str) -> tuple[Scope, object, Card]:
    """The scope, its pool, and this user's card of `slug`: 404 for anything else."""
    scope = Scope.parse(request.POST.get("scope"))
    pool = scope.pool(request.user)
    question = _shown_question(request.user, pool, slug)
    card = get_object_or_404(Card.objects.live(request.user), question=question)
    return scope, pool, card


def _next(request: HttpRequest, scope: Scope, pool, notice: str) -> HttpResponse:
    if request.htmx:
        return _card_page(request, scope, pool, revealed=False, notice=notice)
    messages.info(request, notice)
    return redirect(scope.session_url())


@login_required
@require_POST
def bury_card(request: HttpRequest, slug: str) -> HttpResponse:
    scope, pool, card = _card(request, slug)
    now = timezone.now()
    if not scope.can_bury(card, now):
        notice = (
            "Not buried: this card is not due yet, and burying only puts it off until "
            "tomorrow. Grade it, or suspend it to take it out of practice."
        )
        return _next(request, scope, pool, notice)
    bury(card, now, request.user.zone)
    return _next(request, scope, pool, "Buried until tomorrow: it comes back then.")


@login_required
@require_POST
def suspend_card(request: HttpRequest, slug: str) -> HttpResponse:
    scope, pool, card = _card(request, slug)
    card.suspended = True
    card.save(update_fields=["suspended"])
    notice = "Suspended: it stays out of practice until you take it back (Practice → Suspended)."
    return _next(request, scope, pool, notice)


@login_required
@require_POST
def unsuspend_card(request: HttpRequest, slug: str) -> HttpResponse:
    question = get_object_or_404(Question.objects.visible_to(request.user), slug=slug)
    updated = Card.objects.suspended(request.user).filter(question=question).update(suspended=False)
    forget_progress(request.user.pk)
    if updated:
        messages.success(request, f"“{question.prompt[:80]}” is back in practice.")
    return redirect("practice:home")


@login_required
@require_POST
def flag_question(request: HttpRequest, slug: str) -> HttpResponse:
    """Report a wrong or weak answer: it goes to the staff's queue in the admin."""
    scope = Scope.parse(request.POST.get("scope"))
    question = _shown_question(request.user, scope.pool(request.user), slug)
    form = FlagForm(request.POST)
    thanks = "Thank you: staff will look at this question."
    if form.is_valid():
        form.instance.question, form.instance.reported_by = question, request.user
        form.save()
    if request.htmx:  # the panel answers in place, with the form's errors if any (200)
        context = {"question": question, "scope": scope, "flag_form": form}
        context["flag_thanks"] = thanks if form.is_valid() else ""
        return render_page(request, "practice/card.html", context, partial="flag")
    if form.is_valid():
        messages.success(request, thanks)
    else:
        messages.error(request, "Nothing was sent: choose what is wrong with the question.")
    return redirect(f"{scope.session_url()}&show={question.slug}")
