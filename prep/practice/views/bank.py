"""Practising from the bank: "Practise these" turns the bank's search and filters into a
session. A new module beside the session views, which it only links to."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_GET

from prep.practice.scopes import MAX_PICKED, Scope
from questions.forms import BankFilterForm
from questions.models import Question


@login_required  # an anonymous visitor logs in and comes back here, to the same search
@require_GET
def practise_these(request: HttpRequest) -> HttpResponse:
    """A session over the bank's matches for these filters, in the order the bank shows."""
    form = BankFilterForm(request.GET, user=request.user)
    form.is_valid()  # as on the list: a bad filter is left out
    matches = form.filter(Question.objects.bank().for_list())
    ids = list(matches.values_list("pk", flat=True)[:MAX_PICKED])
    if not ids:
        messages.info(request, "No question matches these filters: nothing to practise.")
        query = request.GET.urlencode()
        return redirect(reverse("questions:list") + (f"?{query}" if query else ""))
    return redirect(Scope.for_search(form.describe(), ids).session_url())
