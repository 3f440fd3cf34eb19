"""A new account's first minute: topics, an interview date, a daily limit, a reminder;
then straight into a first session."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_http_methods

from prep.practice import reminders
from prep.practice.forms import OnboardingForm
from prep.practice.models import Preferences
from prep.practice.scopes import Scope
from prep.practice.sessions import preferences_for


def first_session_url(preferences: Preferences) -> str:
    """A session over every topic the user chose (new questions taking turns between them),
    or due reviews then new questions from all."""
    topics = preferences.target_topics.order_by("order", "name")
    return Scope.for_topics(topics).session_url()


@login_required
@require_http_methods(["GET", "POST"])
def onboarding(request: HttpRequest) -> HttpResponse:
    preferences = preferences_for(request.user)
    form = OnboardingForm(request.POST or None, instance=preferences, user=request.user)
    if request.method == "POST" and form.is_valid():
        if form.cleaned_data["reminder_enabled"]:
            reminders.turn_on(form.instance)
        # Asked here, reminders are not offered again on the progress page.
        form.instance.reminder_offered = True
        form.save()
        return redirect(first_session_url(preferences))
    return TemplateResponse(request, "practice/onboarding.html", {"form": form})
