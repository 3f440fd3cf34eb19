from django.contrib import admin

from prep.interviews.models import MockAnswer, MockInterview


class MockAnswerInline(admin.TabularInline):
    model = MockAnswer
    fields = ("position", "prompt", "score", "self_rating", "seconds_spent")
    readonly_fields = fields
    extra = 0
    can_delete = False


@admin.register(MockInterview)
class MockInterviewAdmin(admin.ModelAdmin):
    """For support: what happened in an interview. Interviews are run from the site."""

    list_display = ("title", "interviewer", "candidate", "invited_email", "status", "scheduled_at")
    list_filter = ("status", "solo")
    list_select_related = ("interviewer", "candidate")
    search_fields = ("title", "invited_email", "candidate__email", "interviewer__email")
    date_hierarchy = "created"
    inlines = [MockAnswerInline]
    exclude = ("invitation_nonce",)
    readonly_fields = [f.name for f in MockInterview._meta.fields if f.name != "invitation_nonce"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
