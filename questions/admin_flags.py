"""What learners flagged while practising: the staff's queue of questions to look at."""

from django.contrib import admin, messages
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html

from questions.models import Flag


class OpenFilter(admin.SimpleListFilter):
    """Open flags unless asked otherwise: the queue is what staff come here for."""

    title = "state"
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [("open", "Open"), ("resolved", "Resolved")]

    def value(self) -> str:
        return super().value() or "open"

    def queryset(self, request, queryset):
        return queryset.filter(resolved_at__isnull=self.value() != "resolved")

    def choices(self, changelist):
        for value, label in self.lookup_choices:
            yield {
                "selected": self.value() == value,
                "query_string": changelist.get_query_string({self.parameter_name: value}),
                "display": label,
            }


@admin.register(Flag)
class FlagAdmin(admin.ModelAdmin):
    list_display = ("created", "reason", "question_link", "comment", "reported_by", "resolved_at")
    list_filter = (OpenFilter, "reason")
    list_select_related = ("question", "reported_by")
    search_fields = ("question__prompt", "comment")
    readonly_fields = ("question", "reported_by", "reason", "comment", "created", "resolved_by")
    actions = ("resolve",)

    def has_add_permission(self, request) -> bool:
        return False  # flags come from learners

    @admin.display(description="question")
    def question_link(self, flag: Flag):
        url = reverse("admin:questions_question_change", args=[flag.question_id])
        return format_html('<a href="{}">{}</a>', url, flag.question.prompt[:100])

    @admin.action(description="Mark as resolved (the question was fixed or is right)")
    def resolve(self, request, queryset) -> None:
        count = queryset.open().update(resolved_at=timezone.now(), resolved_by=request.user)
        messages.success(request, f"{count} flag(s) resolved.")
