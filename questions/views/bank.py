import hashlib

from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.functional import cached_property
from django.views.decorators.http import require_GET

from accounts.htmx import render_page
from questions.forms import BankFilterForm
from questions.models import Question, QuestionSet, Source
from questions.panels import bank_panels, question_panels
from questions.summary import kept_while_bank_unchanged

PAGE_SIZE = 20
# A search counts its matches up to here ("1,000+"), and pages through that many: counting
# all of a common word's matches reads most of the bank, and nobody pages past 50.
SEARCH_COUNT_CAP = 1_000


class BankPaginator(Paginator):
    """Pages of the bank that count and choose their rows on the bare filtered query, then
    load in full (topic, source count, search headlines) only the rows of the page shown.

    PostgreSQL computes every selected expression for each row an OFFSET skips: headlines
    (which parse the whole text) for page 30 would be computed for 600 rows.

    Unless a filter is the user's own (due, bookmarked...), which rows a page shows and the
    count are the same for everyone asking the same thing: they are kept while the bank is
    unchanged (`shared`; ranking a common word's 1,000 matches took 10 ms).
    """

    def __init__(self, questions, per_page: int, *, search: str = "", shared: bool = False):
        super().__init__(questions, per_page)
        self.search = search
        self.shared = shared
        self.capped = False

    @cached_property
    def count(self) -> int:
        if not self.search:
            return super().count
        matches = self.object_list.order_by().values("pk")[: SEARCH_COUNT_CAP + 1].count()
        self.capped = matches > SEARCH_COUNT_CAP
        return min(matches, SEARCH_COUNT_CAP)

    @property
    def shown_count(self) -> str:
        """The count as the page says it: "1,000+" when there are more."""
        return f"{self.count:,}+" if self.capped else str(self.count)

    def get_page(self, number) -> Page:
        if not self.shared:
            return super().get_page(number)
        sql, params = self.object_list.query.sql_with_params()
        asked = f"{sql}|{params!r}|{self.search}|{number}"
        key = "questions:bank-page:" + hashlib.sha256(asked.encode()).hexdigest()
        count, capped, number, ids = kept_while_bank_unchanged(key, lambda: self._choose(number))
        self.__dict__["count"], self.capped = count, capped
        # The rows again through the whole query: one changed since is left out, never shown.
        return Page(self._in_full(ids), number, self)

    def _get_page(self, rows, number, paginator):
        return super()._get_page(self._in_full(rows.values("pk")), number, paginator)

    def _in_full(self, ids):
        """The page's rows (`ids`: a list or a subquery), read in full by primary key, in
        the same order."""
        rows = self.object_list.filter(pk__in=ids)
        return rows.with_headlines(self.search) if self.search else rows

    def _choose(self, number) -> tuple[int, bool, int, list[int]]:
        """(count, capped, the page's number, its rows' ids in order)."""
        try:
            number = self.validate_number(number)
        except PageNotAnInteger:
            number = 1
        except EmptyPage:
            number = self.num_pages
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:  # as Paginator.page: a capped count stops there
            top = self.count
        ids = list(self.object_list.values_list("pk", flat=True)[bottom:top])
        return self.count, self.capped, number, ids


@require_GET
def question_list(request: HttpRequest) -> HttpResponse:
    form = BankFilterForm(request.GET, user=request.user)
    form.is_valid()  # invalid filters are reported on the page and left out
    questions = form.filter(Question.objects.bank().for_list())
    search = form.cleaned_data.get("q", "")
    shared = not form.cleaned_data.get("state")  # the user's own filter: never kept
    paginator = BankPaginator(questions, PAGE_SIZE, search=search, shared=shared)
    page = paginator.get_page(request.GET.get("page"))
    context = {
        "form": form,
        "page": page,
        "page_range": page.paginator.get_elided_page_range(page.number, on_each_side=2),
        "my_sets": _my_sets(request),
        "panels": bank_panels(request, page) if page.object_list else [],
    }
    return render_page(request, "questions/list.html", context, partial="results")


@require_GET
def question_detail(request: HttpRequest, slug: str) -> HttpResponse:
    question = _question_for(request.user, slug)
    context = {
        "question": question,
        # The same documents `source_count` counts: "asked in 2 sources" lists two. Only
        # their titles: a source keeps its whole document (up to 5 MB) and import report.
        "sources": Source.objects.citing(question)
        .with_labels(question)
        .only("title")
        .order_by("title"),
        "panels": question_panels(request, question),
        "my_sets": _my_sets(request),
    }
    return TemplateResponse(request, "questions/detail.html", context)


def _question_for(user, slug: str) -> Question:
    """The question at `slug` if this user may open it, with `answer_shown`; else 404.

    Nearly every page shown is of the public bank, open to everyone with its answer: one
    simple query finds those (`bank()` is part of every user's `visible_to()`); the full
    rule, with its subqueries on sets, answers for the rest.
    """
    question = Question.objects.bank().for_list().filter(slug=slug).first()
    if question is not None:
        question.answer_shown = True
        return question
    visible = Question.objects.visible_to(user).with_answer_access(user).for_list()
    return get_object_or_404(visible, slug=slug)


def _my_sets(request: HttpRequest):
    """The user's sets for the "Add to set" controls: one query for the whole page."""
    if not request.user.is_authenticated:
        return None
    return list(QuestionSet.objects.owned_by(request.user))
