"""Likely duplicates that imports found, for staff to merge or dismiss.

An import merges only certain duplicates (same fingerprint); close prompts wait here
(importing/matching.py), each pair once: a dismissed pair is never proposed again.
"""

from django.contrib import admin, messages
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html

from questions.admin_suggestions import PendingFirstFilter, ReviewQueueAdmin, rendered_markdown
from questions.models import DuplicateState, LikelyDuplicate, Question
from questions.services import CannotMerge, merge_questions


class DuplicateStateFilter(PendingFirstFilter):
    pending = DuplicateState.PENDING

    def lookups(self, request, model_admin):
        return DuplicateState.choices


def question_link(question: Question) -> str:
    url = reverse("admin:questions_question_change", args=[question.pk])
    return format_html(
        '<a href="{}">{}</a><br><small>{} · {}</small>',
        url,
        question,
        question.get_status_display(),
        question.topic or "no topic",
    )


@admin.register(LikelyDuplicate)
class LikelyDuplicateAdmin(ReviewQueueAdmin):
    list_display = ("newer", "earlier", "similarity", "state", "created")
    list_display_links = None
    list_filter = (DuplicateStateFilter,)
    list_select_related = ("question__topic", "other__topic")
    search_fields = ("question__prompt", "other__prompt")
    actions = ("merge_into_earlier", "merge_into_newer", "dismiss")
    fields = (("newer", "earlier"), ("newer_answer", "earlier_answer"), "similarity", "state")
    readonly_fields = fields[0] + fields[1] + ("similarity", "state")

    def has_merge_permission(self, request) -> bool:
        return request.user.has_perm("questions.change_question")

    @admin.display(description="Newer question", ordering="question__prompt")
    def newer(self, pair: LikelyDuplicate) -> str:
        return question_link(pair.question)

    @admin.display(description="Earlier question", ordering="other__prompt")
    def earlier(self, pair: LikelyDuplicate) -> str:
        return question_link(pair.other)

    @admin.display(description="Newer question's answer")
    def newer_answer(self, pair: LikelyDuplicate) -> str:
        return rendered_markdown(pair.question.answer)

    @admin.display(description="Earlier question's answer")
    def earlier_answer(self, pair: LikelyDuplicate) -> str:
        return rendered_markdown(pair.other.answer)

    @admin.display(description="Similarity", ordering="score")
    def similarity(self, pair: LikelyDuplicate) -> str:
        return f"{pair.score:.0f}%"

    @admin.action(description="Merge into the earlier question", permissions=["merge"])
    def merge_into_earlier(self, request, queryset) -> None:
        self._merge(request, queryset, keep_earlier=True)

    @admin.action(description="Merge into the newer question", permissions=["merge"])
    def merge_into_newer(self, request, queryset) -> None:
        self._merge(request, queryset, keep_earlier=False)

    def _merge(self, request, queryset, *, keep_earlier: bool) -> None:
        merged = 0
        pending = queryset.pending().select_related("question", "other").order_by("pk")
        for pair in pending:
            kept, duplicate = (
                (pair.other, pair.question) if keep_earlier else (pair.question, pair.other)
            )
            try:
                merge_questions(duplicate=duplicate, into=kept, by=request.user)
            except CannotMerge as refused:
                self.message_user(
                    request, f"Not merged: “{duplicate}”: {refused}", messages.WARNING
                )
            else:
                merged += 1
        self.message_user(
            request,
            f"{merged} pair(s) merged: the other question is archived, its sources and set "
            "places moved to the one kept.",
            messages.SUCCESS,
        )

    @admin.action(description="Not a duplicate", permissions=["change"])
    def dismiss(self, request, queryset) -> None:
        dismissed = queryset.pending().update(
            state=DuplicateState.DISMISSED, resolved_at=timezone.now(), resolved_by=request.user
        )
        self.message_user(
            request,
            f"{dismissed} pair(s) dismissed: they will not be proposed again.",
            messages.SUCCESS,
        )
