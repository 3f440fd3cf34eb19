"""Admin wiring that needs every app: deleting a user goes through the account service."""

from django.contrib import admin, messages

from accounts.admin import UserAdmin
from accounts.models import User
from prep.account_data import delete_account
from prep.models import TaskError
from questions.models import Question


class AccountUserAdmin(UserAdmin):
    def get_deleted_objects(self, objs, request):
        # What would block a plain delete (others' history on their private questions) is
        # exactly what delete_account archives instead: neither protected nor forbidden here.
        deleted, counts, perms_needed, _protected = super().get_deleted_objects(objs, request)
        return deleted, counts, perms_needed - {str(Question._meta.verbose_name)}, []

    def delete_model(self, request, obj) -> None:
        kept = delete_account(user=obj)
        if kept:
            self.message_user(
                request,
                f"{kept} of their private question(s) are used by others and were archived.",
                messages.INFO,
            )

    def delete_queryset(self, request, queryset) -> None:
        for user in queryset:
            self.delete_model(request, user)


admin.site.unregister(User)
admin.site.register(User, AccountUserAdmin)


@admin.register(TaskError)
class TaskErrorAdmin(admin.ModelAdmin):
    """Why background jobs failed; the jobs themselves are under "Procrastinate"."""

    list_display = ["at", "task_name", "job_id", "attempt", "error"]
    list_filter = ["task_name"]
    search_fields = ["error", "=job_id"]
    readonly_fields = [field.name for field in TaskError._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
