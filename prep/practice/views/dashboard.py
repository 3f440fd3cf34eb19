from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from accounts.models import BouncedAddress
from prep.practice import charts, progress, reminders
from prep.practice.models import Preferences
from prep.practice.sessions import preferences_for
from prep.practice.views.reminders import ReminderForm
from questions.models import QuestionSet


@login_required
@require_GET
def dashboard(request: HttpRequest) -> HttpResponse:
    user, now = request.user, timezone.now()
    preferences = preferences_for(user)
    today = now.astimezone(user.zone).date()
    due = progress.due_summary(user, now)
    # Cards of archived questions are not live, but their reviews are still history.
    has_history = bool(due["cards"]) or user.reviews.exists()
    context = {"due": due, "preferences": preferences, "has_history": has_history}
    if not (preferences.reminder_offered or preferences.reminder_enabled):
        context["reminder_form"] = ReminderForm(instance=preferences)
    if has_history:
        retention = progress.retention(user, now)
        context.update(
            forecast=charts.forecast_bars(progress.forecast(user, now)),
            heatmap=charts.heatmap(progress.activity(user, now), today),
            streaks=progress.streaks(user, now),
            retention=retention,
            retention_percent=(
                round(100 * retention["recalled"] / retention["total"])
                if retention["total"]
                else None
            ),
            topics=charts.topic_bars(progress.topic_mastery(user, now)),
            weakest=progress.weakest(user, now),
            recent=progress.recent_reviews(user),
            by_origin=progress.grades_by_origin(user, now),
            plan=progress.interview_plan(user, preferences, now),
        )
    return TemplateResponse(request, "practice/dashboard.html", context)


class PreferencesForm(forms.ModelForm):
    class Meta:
        model = Preferences
        fields = [
            "new_per_day",
            "desired_retention",
            "fresh_mode",
            "interview_date",
            "target_set",
            "target_topics",
            "reminder_enabled",
            "reminder_time",
        ]
        widgets = {
            "interview_date": forms.DateInput(attrs={"type": "date"}),
            "reminder_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "target_topics": forms.CheckboxSelectMultiple,
            "desired_retention": forms.NumberInput(attrs={"step": "0.01"}),
        }
        labels = {"reminder_time": "Reminder time"}
        help_texts = {
            "target_set": "Prepare for this question set (or pick topics below).",
            "target_topics": "With no set and no topics, the whole bank is the target.",
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reminder_time"].required = False  # left empty: the time stays as it was
        self.fields["reminder_time"].help_text = (
            f"Your local time ({user.timezone.replace('_', ' ')}); one email a day at most, "
            "only on days when reviews are due."
        )
        self.fields["target_set"].queryset = QuestionSet.objects.reachable_by(user).order_by(
            "title"
        )

    def clean_reminder_time(self):
        return self.cleaned_data["reminder_time"] or self.instance.reminder_time


@login_required
@require_http_methods(["GET", "POST"])
def settings(request: HttpRequest) -> HttpResponse:
    preferences = preferences_for(request.user)
    form = PreferencesForm(request.POST or None, instance=preferences, user=request.user)
    bounce = BouncedAddress.objects.filter(email=request.user.email.lower()).first()
    if request.method == "POST" and form.is_valid():
        if form.cleaned_data["reminder_enabled"]:
            reminders.turn_on(form.instance)
        form.save()
        messages.success(request, "Your practice settings are saved.")
        return redirect("progress:dashboard")
    context = {"form": form, "bounce": bounce if preferences.reminder_enabled else None}
    return TemplateResponse(request, "practice/settings.html", context)
