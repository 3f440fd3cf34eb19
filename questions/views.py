from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_GET

from questions.forms import BankFilterForm
from questions.models import Question

PAGE_SIZE = 20


@require_GET
def question_list(request: HttpRequest) -> HttpResponse:
    form = BankFilterForm(request.GET)
    form.is_valid()  # invalid filters are reported on the page and left out
    questions = form.filter(Question.objects.bank().for_list())
    page = Paginator(questions, PAGE_SIZE).get_page(request.GET.get("page"))
    template = "questions/list.html"
    if request.htmx and not request.htmx.history_restore_request:
        template += "#results"
    response = TemplateResponse(request, template, {"form": form, "page": page})
    patch_vary_headers(response, ["HX-Request"])
    return response


@require_GET
def question_detail(request: HttpRequest, slug: str) -> HttpResponse:
    question = get_object_or_404(Question.objects.bank().for_list(), slug=slug)
    sources = question.references.select_related("source").order_by("source__title")
    return TemplateResponse(
        request, "questions/detail.html", {"question": question, "sources": sources}
    )
