from django.contrib import admin

from prep.practice.kept import forget_progress
from prep.practice.models import Card, Review


class _ForgetsOnDelete:
    """A delete here sends no signal kept.py hears: the users' kept statistics and next
    card (shown as they were) are dropped by hand."""

    def delete_model(self, request, obj) -> None:
        super().delete_model(request, obj)
        forget_progress(obj.user_id)

    def delete_queryset(self, request, queryset) -> None:
        users = set(queryset.values_list("user", flat=True))
        super().delete_queryset(request, queryset)
        for user_id in users:
            forget_progress(user_id)


@admin.register(Card)
class CardAdmin(_ForgetsOnDelete, admin.ModelAdmin):
    list_display = ("question", "user", "state", "due", "reps", "lapses")
    list_filter = ("state",)
    list_select_related = ("question", "user")
    search_fields = ("user__email", "question__prompt")
    readonly_fields = [field.name for field in Card._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False  # cards come from practising


@admin.register(Review)
class ReviewAdmin(_ForgetsOnDelete, admin.ModelAdmin):
    list_display = ("question", "user", "rating", "reviewed_at", "origin")
    list_filter = ("rating", "origin")
    list_select_related = ("question", "user")
    search_fields = ("user__email", "question__prompt")
    date_hierarchy = "reviewed_at"
    readonly_fields = [field.name for field in Review._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False  # the review log is append-only, written by practice
