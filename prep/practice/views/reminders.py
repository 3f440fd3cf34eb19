"""Daily reminders: the offer on the progress page, and the unsubscribe link in each email."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from accounts.htmx import render_page
from prep.practice import reminders
from prep.practice.models import Preferences
from prep.practice.sessions import preferences_for


class ReminderForm(forms.ModelForm):
    class Meta:
        model = Preferences
        fields = ["reminder_time"]
        widgets = {"reminder_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M")}
        labels = {"reminder_time": "Email me at"}


@login_required
@require_POST
def offer(request: HttpRequest) -> HttpResponse:
    """The progress page's one-time offer: turn reminders on at a time, or say no thanks."""
    preferences = preferences_for(request.user)
    form = ReminderForm(request.POST, instance=preferences)
    if "dismiss" in request.POST:
        preferences.reminder_offered = True
        preferences.save(update_fields=["reminder_offered"])
        notice = "No reminders. You can turn them on in practice settings at any time."
    elif form.is_valid():
        reminders.turn_on(form.instance)
        form.save()
        notice = (
            f"Reminders are on: an email at {preferences.reminder_time:%H:%M} your time "
            "on days when reviews are due."
        )
    elif request.htmx:  # 200, for htmx to swap the form in with its error
        context = {"preferences": preferences, "reminder_form": form}
        return render_page(request, "practice/dashboard.html", context, partial="reminder-offer")
    else:
        messages.error(request, f"Reminders are still off: {form.errors['reminder_time'][0]}")
        return redirect("progress:dashboard")
    if request.htmx:
        context = {"preferences": preferences, "reminder_notice": notice}
        return render_page(request, "practice/dashboard.html", context, partial="reminder-offer")
    messages.success(request, notice)
    return redirect("progress:dashboard")


@csrf_exempt  # mail clients POST here without a form (RFC 8058); the signed token is the key
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """Stop the daily reminders from an email, signed in or not.

    Opening the link asks for one click (link checkers in mail systems open links, and
    must not unsubscribe anyone); a mail client's one-click POST stops them at once.
    """
    try:
        user = reminders.user_for_token(token)
    except signing.SignatureExpired:
        return _link_problem(request, "This unsubscribe link is too old to use.")
    except signing.BadSignature:
        return _link_problem(request, "This unsubscribe link is not valid: it may be cut short.")
    if user is None:
        return _link_problem(request, "The account this link was for no longer exists.")
    done = request.method == "POST"
    if done:
        Preferences.objects.filter(user=user).update(reminder_enabled=False, reminder_offered=True)
    context = {"email": user.email, "done": done}
    return TemplateResponse(request, "practice/unsubscribe.html", context)


def _link_problem(request: HttpRequest, problem: str) -> HttpResponse:
    context = {"problem": problem}
    return TemplateResponse(request, "practice/unsubscribe.html", context, status=400)
