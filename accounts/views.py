from allauth.account.views import signup as allauth_signup
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_http_methods

from accounts.adapter import MailNotSent
from accounts.forms import ProfileForm


def signup(request: HttpRequest) -> HttpResponse:
    """allauth's sign-up, all or nothing: if the confirmation email cannot be sent, the
    account is not created either, and the person can simply try again."""
    try:
        with transaction.atomic():
            return allauth_signup(request)
    except MailNotSent:
        logout(request)  # forget the session's half-made sign-in, if any
        raise


@login_required
@require_http_methods(["GET", "POST"])
def profile(request: HttpRequest) -> HttpResponse:
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Your profile is saved.")
        return redirect("accounts:profile")
    return TemplateResponse(request, "accounts/profile.html", {"form": form})
