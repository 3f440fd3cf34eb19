from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.urls import include, path

from accounts import views as account_views
from prep import account_views as prep_account_views
from prep import export_views, views
from prep.practice.urls import practice_patterns, progress_patterns

# The admin logs in through allauth, so its login is rate limited like the site's.
admin.site.login = secure_admin_login(admin.site.login)
admin.site.site_header = "Interview Prep administration"
admin.site.site_title = "Interview Prep admin"

export_patterns = [
    path("", export_views.export_index, name="index"),
    path("prepare/", export_views.prepare_export, name="prepare"),
    path("<uuid:public_id>/", export_views.export_detail, name="detail"),
    path("<uuid:public_id>/download/", export_views.download_export, name="download"),
]

urlpatterns = [
    path("", views.landing, name="home"),
    path("progress/", include((progress_patterns, "progress"))),
    path("practice/", include((practice_patterns, "practice"))),
    path("questions/", include("questions.urls")),
    path("sets/", include("questions.set_urls")),
    path("interviews/", include("prep.interviews.urls")),
    # Before allauth's own, which it wraps (reversing "account_signup" still finds it).
    path("accounts/signup/", account_views.signup),
    path("accounts/delete/", prep_account_views.delete_account, name="delete_account"),
    path("accounts/export/", include((export_patterns, "export"))),
    path("accounts/", include("accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("admin/", admin.site.urls),
]
