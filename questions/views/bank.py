import hashlib
from collections.abc import Callable
from typing import TypeVar

from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.safestring import SafeString
from django.views.decorators.http import require_GET

from accounts.htmx import render_page
from questions.forms import BankFilterForm
from questions.models import Question, Source, count_in_bank
from questions.panels import bank_panels, question_panels
from questions.summary import kept_while_bank_unchanged

PAGE_SIZE = 20
# A search counts its matches up to here ("1,000+"), and pages through that many: counting
# all of a common word's matches reads most of the bank, and nobody pages past 50.
SEARCH_COUNT_CAP = 1_000
KEPT_FORMAT = 2  # of a kept page: (count, capped, number, ids, (rows, filters, pager))
T = TypeVar("T")


class BankPaginator(Paginator):
    """Pages of the bank that count and choose their rows on the bare filtered query, then
    load in full (topic, source count, search headlines) only the rows of the page shown.

    PostgreSQL computes every selected expression for each row an OFFSET skips: headlines
    (which parse the whole text) for page 30 would be computed for 600 rows.

    Unless a filter is the user's own (due, bookmarked...), a page is the same for everyone
    asking the same thing: its count, its rows' ids and its rows drawn as HTML are kept
    while the bank is unchanged (`asked`; ranking a common word's 1,000 matches took
    10 ms, and reading and drawing 20 rows with their headlines most of the page's time).
    """

    def __init__(self, questions: Callable[[], QuerySet], per_page: int, *, search="", asked=""):
        # The query is built only when the database is read: a page kept needs none of it
        # (building it took a tenth of the kept page's time).
        super().__init__(SimpleLazyObject(questions), per_page)
        self.search = search
        self.asked = asked  # what the page depends on when it is shared, else ""
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
        """The count as the page says it: "20,000", and "1,000+" when there are more."""
        return f"{self.count:,}+" if self.capped else f"{self.count:,}"

    def drawn_page(self, number, draw: Callable[[Page], T], variant: str) -> tuple[Page, T]:
        """The page, and what `draw` makes of it (its rows drawn; `variant` names what else
        that depends on). Kept rows are shown only while their questions are all still in
        the bank (one read by primary key): one archived without a signal is never shown."""
        if not self.asked:
            page = self.get_page(number)
            return page, draw(page)
        asked = f"{self.asked}|{number}|{variant}"
        # (what is kept has a version: a page kept by an older release, drawn in other
        # parts, is never read as this one's)
        key = f"questions:bank-page:{KEPT_FORMAT}:" + hashlib.sha256(asked.encode()).hexdigest()
        drawn: list[Page] = []

        def work() -> tuple[int, bool, int, list[int], T]:
            count, capped, chosen, ids = self._choose(number)
            drawn.append(Page(self._in_full(ids), chosen, self))
            return count, capped, chosen, ids, draw(drawn[0])

        count, capped, number, ids, html = kept_while_bank_unchanged(key, work)
        if drawn:
            return drawn[0], html
        self.__dict__["count"], self.capped = count, capped
        page = Page(SimpleLazyObject(lambda: self._in_full(ids)), number, self)
        if count_in_bank(ids) != len(ids):
            html = draw(page)  # the rows again through the whole query
        return page, html

    def _check_object_list_is_ordered(self):
        """The bank's queries are always ordered (`BankFilterForm.filter`); asking would
        build the query."""

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
    search = form.cleaned_data.get("q", "")
    # A filter of the user's own (due, bookmarked...) is never kept.
    asked = "" if form.cleaned_data.get("state") else form.asked()
    paginator = BankPaginator(
        lambda: form.filter(Question.objects.bank().for_list()),
        PAGE_SIZE,
        search=search,
        asked=asked,
    )
    signed_in, here = request.user.is_authenticated, request.get_full_path()

    def draw(page: Page) -> tuple[SafeString, SafeString, SafeString]:
        """The rows, the filter form with the values asked for (its selects list the
        topics) and the links to other pages: the same for everyone who asks the same
        (`here`), kept together."""
        # Nothing in a row is the user's own: their sets are fetched when "Add to set" opens.
        context = {"page": page, "searching": bool(search), "signed_in": signed_in, "here": here}
        rows = render_to_string("questions/_bank_rows.html", context)
        filters = render_to_string("questions/list.html#filters", {**context, "form": form})
        pages = page.paginator.get_elided_page_range(page.number, on_each_side=2)
        pager = render_to_string(
            "questions/list.html#pager", {"page": page, "pages": pages}, request
        )
        # Escaped by the templates; rows are "" when there are none.
        return SafeString(rows.strip()), SafeString(filters.strip()), SafeString(pager.strip())

    page, (rows, filters, pager) = paginator.drawn_page(
        request.GET.get("page"), draw, f"{signed_in}|{here}"
    )
    context = {
        "form": form,
        "filters": filters,
        "page": page,
        "rows": rows,
        "pager": pager,
        "panels": bank_panels(request, page) if rows else [],
    }
    return render_page(request, "questions/list.html", context, partial="results")


@require_GET
def question_detail(request: HttpRequest, slug: str) -> HttpResponse:
    # Nearly every page shown is of the public bank, the same for everyone: the question and
    # its drawn parts are kept while the bank is unchanged, found by one read of the cache.
    kept = kept_while_bank_unchanged(f"questions:page:{slug}", lambda: _bank_page(slug))
    if kept is not None:
        question, parts = kept
    else:
        question = _question_for(request.user, slug)
        parts = _public_parts(question)
    context = {
        "question": question,
        "parts": parts,
        "panels": question_panels(request, question),
    }
    return TemplateResponse(request, "questions/detail.html", context)


def _public_parts(question: Question) -> dict[str, SafeString]:
    """The page's question, answer and rubric, and the documents it was seen in, drawn."""
    context = {
        "question": question,
        # The same documents `source_count` counts: "asked in 2 sources" lists two. Only
        # their titles: a source keeps its whole document (up to 5 MB) and import report.
        "sources": Source.objects.citing(question)
        .with_labels(question)
        .only("title")
        .order_by("title"),
    }
    return {
        part: SafeString(render_to_string(f"questions/_question_parts.html#{part}", context))
        for part in ("top", "sources")
    }


def _bank_page(slug: str) -> tuple[Question, dict[str, SafeString]] | None:
    """The bank's question at `slug` and its drawn parts, or None when it is not in the bank.

    One simple query finds a bank question (`bank()` is part of every user's `visible_to()`,
    its answer open to everyone); the full rule, with its subqueries on sets, is for the rest.
    """
    question = Question.objects.bank().for_list().filter(slug=slug).first()
    if question is None:
        return None
    question.answer_shown = question.in_bank = True
    return question, _public_parts(question)


def _question_for(user, slug: str) -> Question:
    """The question at `slug`, outside the bank, if this user may open it; else 404."""
    visible = Question.objects.visible_to(user).with_answer_access(user).for_list()
    question = get_object_or_404(visible, slug=slug)
    question.in_bank = False
    return question
