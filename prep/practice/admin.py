from django.contrib import admin

from prep.practice.models import Card, Review


@admin.register(Card)
class CardAdmin(admin.ModelAdmin):
    list_display = ("question", "user", "state", "due", "reps", "lapses")
    list_filter = ("state",)
    list_select_related = ("question", "user")
    search_fields = ("user__email", "question__prompt")
    readonly_fields = [field.name for field in Card._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False  # cards come from practising


@admin.register(Review)
class ReviewAdmin(admin.ModelAdmin):
    list_display = ("question", "user", "rating", "reviewed_at", "origin")
    list_filter = ("rating", "origin")
    list_select_related = ("question", "user")
    search_fields = ("user__email", "question__prompt")
    date_hierarchy = "reviewed_at"
    readonly_fields = [field.name for field in Review._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False  # the review log is append-only, written by practice
