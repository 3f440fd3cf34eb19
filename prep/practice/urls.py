from django.urls import path

from prep.practice.views import (
    bank,
    card_actions,
    dashboard,
    notes,
    onboarding,
    practice,
    preferences,
    reminders,
)

practice_patterns = [
    path("", practice.home, name="home"),
    path("session/", practice.session, name="session"),
    path("these/", bank.practise_these, name="these"),
    path("reveal/", practice.reveal, name="reveal"),
    path("more/", practice.study_more, name="study_more"),
    path("undo/", practice.undo, name="undo"),
    path("q/<slug:slug>/grade/", practice.grade, name="grade"),
    path("q/<slug:slug>/bookmark/", notes.toggle_bookmark, name="bookmark"),
    path("q/<slug:slug>/bury/", card_actions.bury_card, name="bury"),
    path("q/<slug:slug>/suspend/", card_actions.suspend_card, name="suspend"),
    path("q/<slug:slug>/unsuspend/", card_actions.unsuspend_card, name="unsuspend"),
    path("q/<slug:slug>/flag/", card_actions.flag_question, name="flag"),
    path("q/<slug:slug>/note/", notes.edit_note, name="note"),
]

progress_patterns = [
    path("", dashboard.dashboard, name="dashboard"),
    path("settings/", preferences.settings, name="settings"),
    path("welcome/", onboarding.onboarding, name="onboarding"),
    path("plan/follow/", dashboard.follow_plan, name="follow_plan"),
    path("reminders/", reminders.offer, name="reminder_offer"),
    path("reminders/unsubscribe/<str:token>/", reminders.unsubscribe, name="unsubscribe"),
]
