from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import router
from django.db.models import Count, ProtectedError, RestrictedError
from django.db.models.deletion import Collector
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe

from questions import admin_duplicates, admin_flags  # noqa: F401  (register their queues)
from questions.admin_import import (
    import_cancel_view,
    import_confirm_view,
    import_retry_view,
    import_status_view,
    import_view,
)
from questions.admin_suggestions import rendered_markdown  # also registers that admin
from questions.models import (
    LikelyDuplicate,
    Question,
    QuestionSet,
    SetItem,
    Source,
    SourceReference,
    Status,
    Topic,
)
from questions.services import DuplicateOfBankQuestion, approve_submission, reject_submission
from questions.summary import forget_bank_summary


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "order", "question_count")
    list_editable = ("order",)
    prepopulated_fields = {"slug": ("name",)}
    search_fields = ("name",)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(question_count=Count("questions"))

    @admin.display(ordering="question_count", description="Questions")
    def question_count(self, topic: Topic) -> int:
        return topic.question_count


class SourceReferenceInline(admin.TabularInline):
    model = SourceReference
    extra = 0
    fields = ("source", "line", "label", "original_prompt")
    readonly_fields = fields
    can_delete = False
    verbose_name = "Seen in"
    verbose_name_plural = "Seen in (sources)"

    def has_add_permission(self, request, obj=None) -> bool:
        return False


def deletion_blocked(obj) -> bool:
    """Whether deleting would take something from someone (RESTRICT/PROTECT references)."""
    collector = Collector(using=router.db_for_write(type(obj)), origin=obj)
    try:
        collector.collect([obj])
    except (ProtectedError, RestrictedError):
        return True
    return False


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin):
    list_display = ("prompt_short", "topic", "level", "status", "owner", "source_count", "updated")
    list_filter = (
        "status",
        "topic",
        "level",
        "code_unrestored",
        "references__source",
        ("owner", admin.EmptyFieldListFilter),
    )
    list_select_related = ("topic", "owner")
    search_fields = ("prompt", "answer")
    readonly_fields = (
        "slug",
        "fingerprint",
        "answer_preview",
        "in_use",
        "likely_duplicates",
        "created",
        "updated",
    )
    autocomplete_fields = ("owner", "author")
    actions = ("publish", "archive", "mark_needs_answer", "approve", "reject")
    inlines = (SourceReferenceInline,)
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "prompt",
                    "slug",
                    "topic",
                    "level",
                    "status",
                    "owner",
                    "author",
                    "moderation_note",
                    "in_use",
                    "likely_duplicates",
                )
            },
        ),
        ("Answer", {"fields": ("answer", "code_unrestored", "answer_preview")}),
        ("Interviewer rubric", {"fields": ("what_it_tests", "answer_outline", "red_flags")}),
        (
            "Bookkeeping",
            {"classes": ("collapse",), "fields": ("fingerprint", "created", "updated")},
        ),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).with_source_count().order_by("topic__order", "pk")

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)  # would take history from people: archive instead
        return actions

    def has_publish_permission(self, request) -> bool:
        return request.user.has_perm("questions.publish_question")

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if self.has_publish_permission(request) or "status" not in form.base_fields:
            return form
        was_published = obj is not None and obj.status == Status.PUBLISHED

        class WithoutPublishing(form):
            def clean_status(self):
                status = self.cleaned_data["status"]
                if status == Status.PUBLISHED and not was_published:
                    raise ValidationError("You may not publish questions: save it as a draft.")
                return status

        return WithoutPublishing

    def has_delete_permission(self, request, obj=None) -> bool:
        if obj is not None and deletion_blocked(obj):
            return False
        return super().has_delete_permission(request, obj)

    @admin.display(description="History")
    def in_use(self, question: Question) -> str:
        if question.pk and deletion_blocked(question):
            return (
                "People practise this question or keep it in their sets: it cannot be "
                "deleted. Archive it to take it out of the bank and out of everyone's reviews."
            )
        return "Nobody has practised this question yet."

    @admin.display(description="Likely duplicates")
    def likely_duplicates(self, question: Question) -> str:
        pairs = (
            LikelyDuplicate.objects.pending()
            .involving(question)
            .select_related("question", "other")
        )
        rows = [
            (
                reverse("admin:questions_likelyduplicate_change", args=[pair.pk]),
                pair.other if pair.question_id == question.pk else pair.question,
                f"{pair.score:.0f}%",
            )
            for pair in pairs
        ]
        if not rows:
            return "None waiting for review."
        return format_html_join(mark_safe("<br>"), '<a href="{}">{}</a> ({})', rows)

    @admin.display(description="Prompt", ordering="prompt")
    def prompt_short(self, question: Question) -> str:
        return str(question)

    @admin.display(description="Sources", ordering="source_count")
    def source_count(self, question: Question) -> int:
        return question.source_count

    @admin.display(description="Rendered answer")
    def answer_preview(self, question: Question) -> str:
        return rendered_markdown(question.answer)

    def _set_status(self, request, queryset, status: str, verb: str) -> None:
        updated = queryset.update(status=status)
        forget_bank_summary()  # update() sends no signal: the landing must show it at once
        self.message_user(request, f"{updated} question(s) {verb}.", messages.SUCCESS)

    @admin.action(description="Publish selected questions", permissions=["publish"])
    def publish(self, request, queryset) -> None:
        unanswered = queryset.filter(answer="").count()
        self._set_status(request, queryset.exclude(answer=""), Status.PUBLISHED, "published")
        if unanswered:
            self.message_user(
                request,
                f"{unanswered} question(s) without an answer were left as they are.",
                messages.WARNING,
            )

    @admin.action(description="Archive selected questions", permissions=["change"])
    def archive(self, request, queryset) -> None:
        self._set_status(request, queryset, Status.ARCHIVED, "archived")

    @admin.action(
        description="Approve submitted questions into the public bank", permissions=["publish"]
    )
    def approve(self, request, queryset) -> None:
        approved = 0
        for question in queryset.filter(status=Status.PENDING_REVIEW, owner__isnull=False):
            try:
                approve_submission(question=question)
                approved += 1
            except DuplicateOfBankQuestion as duplicate:
                self.message_user(
                    request,
                    f"Not approved, already in the bank: “{question}” duplicates "
                    f"“{duplicate.existing}”. Reject it with that reason.",
                    messages.WARNING,
                )
        self.message_user(request, f"{approved} question(s) joined the public bank.")

    @admin.action(description="Reject submitted questions, with a reason", permissions=["change"])
    def reject(self, request, queryset):
        submitted = queryset.filter(status=Status.PENDING_REVIEW, owner__isnull=False)
        reason = request.POST.get("reason", "").strip()
        if "apply" in request.POST and reason:
            for question in submitted:
                reject_submission(question=question, reason=reason)
            self.message_user(request, f"{len(submitted)} submission(s) turned down.")
            return None
        context = {
            **self.admin_site.each_context(request),
            "questions": submitted,
            "opts": self.model._meta,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            "missing_reason": "apply" in request.POST,
        }
        return TemplateResponse(request, "admin/questions/question/reject.html", context)

    @admin.action(description="Mark selected as needing an answer", permissions=["change"])
    def mark_needs_answer(self, request, queryset) -> None:
        self._set_status(request, queryset, Status.NEEDS_ANSWER, "marked as needing an answer")


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ("title", "format_detected", "imported_by", "imported_at", "question_count")
    search_fields = ("title", "checksum")
    readonly_fields = (
        "title",
        "checksum",
        "format_detected",
        "imported_by",
        "imported_at",
        "import_report",
        "text",
    )
    exclude = ("report",)
    change_list_template = "admin/questions/source/change_list.html"

    def get_urls(self):
        def view(function):
            return self.admin_site.admin_view(
                lambda request, **kwargs: function(request, model_admin=self, **kwargs)
            )

        one = "import/<uuid:public_id>/"
        urls = [
            path("import/", view(import_view), name="questions_source_import"),
            path(one, view(import_status_view), name="questions_source_import_status"),
            path(
                f"{one}confirm/", view(import_confirm_view), name="questions_source_import_confirm"
            ),
            path(f"{one}cancel/", view(import_cancel_view), name="questions_source_import_cancel"),
            path(f"{one}retry/", view(import_retry_view), name="questions_source_import_retry"),
        ]
        return urls + super().get_urls()

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(question_count=Count("references"))

    def has_add_permission(self, request) -> bool:
        return False  # sources are created by importing a document

    @admin.display(ordering="question_count", description="Questions")
    def question_count(self, source: Source) -> int:
        return source.question_count

    @admin.display(description="Import report")
    def import_report(self, source: Source) -> str:
        needs_answer = (
            reverse("admin:questions_question_changelist")
            + f"?status__exact=needs_answer&references__source__id__exact={source.pk}"
        )
        return render_to_string(
            "admin/questions/source/_report.html",
            {
                "report": source.report,
                "items": source.report.get("items"),
                "needs_answer_url": needs_answer,
            },
        )


class SetItemInline(admin.TabularInline):
    model = SetItem
    extra = 0
    autocomplete_fields = ("question",)


@admin.register(QuestionSet)
class QuestionSetAdmin(admin.ModelAdmin):
    list_display = ("title", "owner", "visibility", "answers_visible", "updated")
    list_filter = ("visibility", "answers_visible")
    search_fields = ("title", "description", "owner__email")
    list_select_related = ("owner",)
    readonly_fields = ("public_id", "cloned_from")
    autocomplete_fields = ("owner",)
    inlines = (SetItemInline,)
