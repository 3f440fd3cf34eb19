from urllib.parse import urlencode

from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.shortcuts import redirect, resolve_url
from django.urls import reverse
from django_htmx.http import HttpResponseClientRedirect


class HtmxLoginRedirectMiddleware:
    """An htmx request that hits an expired session gets HX-Redirect to the login page.

    A plain 302 would be followed inside the XHR and the login form swapped into
    a fragment; instead the browser navigates, and `next` is the page the user
    was on, not the fragment URL.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not getattr(request, "htmx", False) or response.status_code != 302:
            return response
        login_url = resolve_url(settings.LOGIN_URL)
        if not response.get("Location", "").startswith(login_url):
            return response
        page = request.htmx.current_url_abs_path or request.get_full_path()
        return HttpResponseClientRedirect(f"{login_url}?{urlencode({REDIRECT_FIELD_NAME: page})}")


class StaffTwoFactorMiddleware:
    """The admin only for staff with two-factor authentication: others are sent to set
    it up first (with STAFF_REQUIRE_MFA, on in production)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            settings.STAFF_REQUIRE_MFA
            and request.path.startswith(reverse("admin:index"))
            and request.user.is_authenticated
            and request.user.is_staff
            and not is_mfa_enabled(request.user)
        ):
            messages.info(
                request,
                "The admin needs two-factor authentication: set up an authenticator app "
                "first, then go back to the admin.",
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)
