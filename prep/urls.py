from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.urls import include, path

from prep.views import dashboard, home, notes, practice

# The admin logs in through allauth, so its login is rate limited like the site's.
admin.site.login = secure_admin_login(admin.site.login)
admin.site.site_header = "Interview Prep administration"
admin.site.site_title = "Interview Prep admin"

practice_patterns = [
    path("", practice.home, name="home"),
    path("session/", practice.session, name="session"),
    path("reveal/", practice.reveal, name="reveal"),
    path("q/<slug:slug>/grade/", practice.grade, name="grade"),
    path("q/<slug:slug>/bookmark/", notes.toggle_bookmark, name="bookmark"),
    path("q/<slug:slug>/note/", notes.edit_note, name="note"),
]

progress_patterns = [
    path("", dashboard.dashboard, name="dashboard"),
    path("settings/", dashboard.settings, name="settings"),
]

urlpatterns = [
    path("", home.landing, name="home"),
    path("progress/", include((progress_patterns, "progress"))),
    path("practice/", include((practice_patterns, "practice"))),
    path("questions/", include("questions.urls")),
    path("accounts/", include("accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("admin/", admin.site.urls),
]
