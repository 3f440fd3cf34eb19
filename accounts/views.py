from allauth.account.views import signup as allauth_signup
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_http_methods

from accounts.forms import ProfileForm


@transaction.atomic
def signup(request: HttpRequest) -> HttpResponse:
    """allauth's sign-up, all or nothing: the account and its queued confirmation email
    are written together, or neither is."""
    return allauth_signup(request)


@login_required
@require_http_methods(["GET", "POST"])
def profile(request: HttpRequest) -> HttpResponse:
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Your profile is saved.")
        return redirect("accounts:profile")
    return TemplateResponse(request, "accounts/profile.html", {"form": form})
