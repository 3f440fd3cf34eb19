"""Practice settings: how many new questions a day, retention, the interview, reminders."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_http_methods

from accounts.models import BouncedAddress
from prep.practice import reminders
from prep.practice.forms import PreferencesForm
from prep.practice.sessions import preferences_for


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
