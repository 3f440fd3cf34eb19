"""Better answers that imports found for published questions, for staff to accept or dismiss.

An import never replaces a published answer (importing/importer.py): it keeps the better
one on the document's reference as a pending suggestion, and this is the queue of those.
"""

from django.contrib import admin, messages
from django.db import transaction
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from questions.markdown import render_markdown
from questions.models import AnswerSuggestion, SuggestionState


class PendingFirstFilter(admin.SimpleListFilter):
    """A review queue's state filter: waiting for review unless asked otherwise (the queue
    is what staff come here for). Subclasses name the `field` and its `pending` value."""

    title = "state"
    parameter_name = "state"
    field = "state"
    pending = ""

    def value(self) -> str:
        return super().value() or self.pending

    def queryset(self, request, queryset):
        return queryset.filter(**{self.field: self.value()})

    def choices(self, changelist):
        for value, label in self.lookup_choices:
            yield {
                "selected": self.value() == value,
                "query_string": changelist.get_query_string({self.parameter_name: value}),
                "display": label,
            }


class SuggestionStateFilter(PendingFirstFilter):
    field = "suggestion"
    pending = SuggestionState.PENDING

    def lookups(self, request, model_admin):
        return [(state.value, state.label) for state in SuggestionState if state.value]


def rendered_markdown(markdown: str) -> str:
    """Markdown as sanitised HTML for an admin page, or a dash for nothing."""
    if not markdown:
        return "—"
    rendered = mark_safe(render_markdown(markdown))  # noqa: S308 - sanitised by nh3
    return format_html('<div class="markdown">{}</div>', rendered)


@transaction.atomic
def accept_suggestions(suggestions) -> tuple[int, int]:
    """Make each suggested answer its question's answer, the old one kept on the reference.

    Returns (accepted, left waiting): of several suggestions for one question, only the
    first is taken; the others wait, to be compared with the new answer.
    """
    pending = (
        AnswerSuggestion.objects.filter(
            pk__in=suggestions.values("pk"), suggestion=SuggestionState.PENDING
        )
        .select_related("question")
        .select_for_update(of=("self", "question"))
        .order_by("pk")
    )
    accepted, waiting, answered = 0, 0, set()
    for suggestion in pending:
        question = suggestion.question
        if question.pk in answered:
            waiting += 1
            continue
        suggestion.replaced_answer = question.answer
        suggestion.suggestion = SuggestionState.ACCEPTED
        suggestion.save(update_fields=["replaced_answer", "suggestion"])
        question.answer = suggestion.suggested_answer
        question.save(update_fields=["answer", "updated"])
        answered.add(question.pk)
        accepted += 1
    return accepted, waiting


class ReviewQueueAdmin(admin.ModelAdmin):
    """A queue of proposals from imports that staff settle with actions: never added or
    deleted by hand (a dismissed proposal is history), each one's own page read-only."""

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return obj is None and super().has_change_permission(request)  # the actions need it

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(AnswerSuggestion)
class AnswerSuggestionAdmin(ReviewQueueAdmin):
    list_display = ("question_link", "published_answer", "suggested", "source", "line")
    list_display_links = None
    list_filter = (SuggestionStateFilter, "source")
    list_select_related = ("question", "source")
    search_fields = ("question__prompt", "suggested_answer")
    actions = ("accept", "dismiss")
    # The page of one suggestion is for reading: the answers side by side, nothing to edit.
    fields = ("question_link", ("published_answer", "suggested"), "source", "line", "suggestion")
    readonly_fields = ("question_link", "published_answer", "suggested", "source", "line")

    def get_queryset(self, request):
        return super().get_queryset(request).exclude(suggestion=SuggestionState.NONE)

    def has_accept_permission(self, request) -> bool:
        return request.user.has_perm("questions.change_question")

    @admin.display(description="Question", ordering="question__prompt")
    def question_link(self, suggestion: AnswerSuggestion) -> str:
        url = reverse("admin:questions_question_change", args=[suggestion.question_id])
        return format_html('<a href="{}">{}</a>', url, suggestion.question)

    @admin.display(description="Published answer")
    def published_answer(self, suggestion: AnswerSuggestion) -> str:
        return rendered_markdown(suggestion.question.answer)

    @admin.display(description="Suggested answer")
    def suggested(self, suggestion: AnswerSuggestion) -> str:
        return rendered_markdown(suggestion.suggested_answer)

    @admin.action(description="Accept suggested answer", permissions=["accept"])
    def accept(self, request, queryset) -> None:
        accepted, waiting = accept_suggestions(queryset)
        self.message_user(
            request,
            f"{accepted} suggested answer(s) accepted: they are the published answers now.",
            messages.SUCCESS,
        )
        if waiting:
            self.message_user(
                request,
                f"{waiting} other suggestion(s) for the same questions still wait: compare "
                "them with the answers just accepted.",
                messages.WARNING,
            )

    @admin.action(description="Dismiss", permissions=["change"])
    def dismiss(self, request, queryset) -> None:
        dismissed = queryset.filter(suggestion=SuggestionState.PENDING).update(
            suggestion=SuggestionState.DISMISSED
        )
        self.message_user(request, f"{dismissed} suggestion(s) dismissed.", messages.SUCCESS)
