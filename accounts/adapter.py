import hashlib

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context
from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.core.cache import cache

from accounts import mail

# Failed logins counted per account from all addresses together: far above what one
# address may try (ACCOUNT_RATE_LIMITS), so locking someone out takes many addresses.
ACCOUNT_FAILURE_CEILING = 100
ACCOUNT_FAILURE_WINDOW = 60 * 60


class AccountAdapter(DefaultAccountAdapter):
    def _get_login_attempts_cache_key(self, request, **credentials) -> str:
        # allauth's "login_failed" limit counts per account; counted per (account, client
        # address) instead, a stranger's wrong passwords lock out only the stranger.
        account = super()._get_login_attempts_cache_key(request, **credentials)
        return f"{account}:{self.get_client_ip(request)}"

    def _ceiling_key(self, credentials) -> str:
        # Hashed: an address may be longer than a cache key may be, and such a key was
        # never counted.
        login = credentials.get("email", credentials.get("username", "")).lower()
        return f"login-failures:{hashlib.sha256(login.encode()).hexdigest()}"

    def pre_authenticate(self, request, **credentials) -> None:
        super().pre_authenticate(request, **credentials)
        if cache.get(self._ceiling_key(credentials), 0) >= ACCOUNT_FAILURE_CEILING:
            raise self.validation_error("too_many_login_attempts")

    def authentication_failed(self, request, **credentials) -> None:
        key = self._ceiling_key(credentials)
        cache.add(key, 0, ACCOUNT_FAILURE_WINDOW)
        try:
            cache.incr(key)
        except ValueError:  # expired between the two calls
            cache.set(key, 1, ACCOUNT_FAILURE_WINDOW)

    def send_account_already_exists_mail(self, email: str) -> None:
        # Signing up with a taken address must take as long as with a new one, or the
        # timing tells who has an account: hash the password as a new account would.
        make_password(context.request.POST.get("password1", ""))
        super().send_account_already_exists_mail(email)

    def send_mail(self, template_prefix, email, context) -> None:
        # Rendered here, sent by the worker: a slow or failing mail server neither slows
        # nor breaks the page, and the worker retries until the server takes it.
        mail.queue(self.render_mail(template_prefix, email, context))

    def is_open_for_signup(self, request) -> bool:
        return getattr(settings, "ACCOUNT_ALLOW_SIGNUP", True)
