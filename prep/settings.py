"""Settings for Interview Prep, driven by environment variables.

Development is what `manage.py` gets with no configuration (it sets
DJANGO_DEBUG=true). Anything else is production and must be configured: with
DJANGO_DEBUG off, start-up refuses to go on without a real secret key and
allowed hosts.
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def env_bool(name: str, default: bool) -> bool:
    value = env_str(name).lower()
    if not value:
        return default
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}.")


def env_int(name: str, default: int) -> int:
    value = env_str(name)
    try:
        return int(value) if value else default
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}.") from None


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env_str(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", default=False)

# --- secrets and hosts ------------------------------------------------------

SECRET_KEY = env_str("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")
if DEBUG:
    SECRET_KEY = SECRET_KEY or "django-insecure-development-only-key-never-use-in-production"
    ALLOWED_HOSTS = ALLOWED_HOSTS or ["localhost", "127.0.0.1", "[::1]"]
else:
    if len(SECRET_KEY) < 50 or SECRET_KEY.startswith("django-insecure") or len(set(SECRET_KEY)) < 5:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY must be set to a random value of at least 50 characters when "
            "DJANGO_DEBUG is off (generate one with: python -c 'import secrets; "
            "print(secrets.token_urlsafe(64))')."
        )
    if not ALLOWED_HOSTS:
        raise ImproperlyConfigured(
            "DJANGO_ALLOWED_HOSTS must list the site's host names when DJANGO_DEBUG is off."
        )
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

# --- applications -----------------------------------------------------------

INSTALLED_APPS = [
    "accounts",
    "questions",
    "prep",
    "prep.practice",
    "prep.interviews",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    # Before staticfiles so that runserver serves static files like production does.
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_htmx",
    "csp",
    "template_partials",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "procrastinate.contrib.django",
]

MIDDLEWARE = [
    "prep.middleware.RequestSizeLimitMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # After authentication: its error page shows who is signed in, like every page.
    "prep.middleware.NulCharacterMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.middleware.HtmxLoginRedirectMiddleware",
    "accounts.middleware.StaffTwoFactorMiddleware",
    "accounts.timezones.TimezoneMiddleware",
]

# Content-Security-Policy: only our own scripts, styles and images; no inline script, no
# eval (htmx runs with allowEval off, see base.html), no framing, forms post only here.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

# The largest body any page needs: a 5 MB document for the importer, plus the form around it.
MAX_REQUEST_BYTES = env_int("DJANGO_MAX_REQUEST_BYTES", 6 * 1024 * 1024)

ROOT_URLCONF = "prep.urls"
WSGI_APPLICATION = "prep.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- database ---------------------------------------------------------------

# Set only for the embedded server: manage.py, prep.wsgi and the tests start it from here.
EMBEDDED_DATABASE_DIR = None
if env_str("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(env_str("DATABASE_URL"))}
    if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        raise ImproperlyConfigured("DATABASE_URL must point to PostgreSQL (postgres://...).")
elif DEBUG:
    from prep.database import embedded_database_settings

    EMBEDDED_DATABASE_DIR = VAR_DIR
    DATABASES = {"default": embedded_database_settings(VAR_DIR)}
else:
    raise ImproperlyConfigured(
        "DATABASE_URL must be set when DJANGO_DEBUG is off (the embedded PostgreSQL "
        "is for development and tests only)."
    )

# Keep connections open between requests: reconnecting costs 3.5x per request here.
DATABASES["default"]["CONN_MAX_AGE"] = env_int("DJANGO_CONN_MAX_AGE", 600)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# PostgreSQL's default cost for reading a page out of order assumes spinning disks. With
# SSDs or data in memory the planner then scans the whole bank rather than read a user's
# few hundred questions by key (a due count at 20,000 questions: 18 ms against 3 ms).
# Set per connection, ahead of any options in DATABASE_URL, which win.
_options = DATABASES["default"].setdefault("OPTIONS", {})
_options["options"] = f"-c random_page_cost=1.1 {_options.get('options', '')}".strip()
# Opt in: values bound by the server, and a statement run 5 times on a connection prepared
# there. At real size the grades get 25% faster, other pages up to 9%, and the one-query
# baseline 15%, so the benchmark's ratios to it come out lower (tests/perf). Never
# behind a pooler in transaction mode, whose connections change under the statements.
if env_bool("DJANGO_DB_PREPARED_STATEMENTS", default=False):
    _options.setdefault("server_side_binding", True)
    _options.setdefault("prepare_threshold", 5)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- cache: shared between processes (rate limits must hold across workers) ----

CACHE_URL = env_str("CACHE_URL")
if CACHE_URL.startswith(("redis://", "rediss://")):
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL}
    }
elif CACHE_URL:
    raise ImproperlyConfigured(
        "CACHE_URL must be a redis:// URL (or unset for the database cache)."
    )
else:
    CACHES = {
        "default": {
            # One statement a write; room for every user's kept values (prep/cache.py).
            "BACKEND": "prep.cache.UpsertDatabaseCache",
            "LOCATION": "django_cache",
            "OPTIONS": {"MAX_ENTRIES": 200_000},
        }
    }

# --- authentication ---------------------------------------------------------

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 8},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"

ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
# Lets an operator close sign-up (invite-only) without a deploy.
ACCOUNT_ALLOW_SIGNUP = env_bool("DJANGO_ALLOW_SIGNUP", default=True)
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
# Mandatory in production; in development a new account can look around at once.
ACCOUNT_EMAIL_VERIFICATION = env_str(
    "ACCOUNT_EMAIL_VERIFICATION", "optional" if DEBUG else "mandatory"
)
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Interview Prep] "
# A reset asked for an unknown address sends nothing: that mail could flood anyone's inbox.
ACCOUNT_EMAIL_UNKNOWN_ACCOUNTS = False
# allauth's defaults kept explicit. "key" in login_failed is (account, client address) here
# (accounts.adapter), so nobody locks someone else out; the account as a whole has a far
# higher ceiling there.
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "confirm_email": "1/3m/key",
}

# Two-factor authentication (TOTP apps, with recovery codes). Staff must have it to reach
# the admin (accounts.middleware.StaffTwoFactorMiddleware); on by default in production.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Interview Prep"
STAFF_REQUIRE_MFA = env_bool("DJANGO_STAFF_REQUIRE_MFA", default=not DEBUG)

# --- email --------------------------------------------------------------------

# Links in emails sent outside a request (invitations, scorecards, and later the task queue).
SITE_URL = env_str(
    "DJANGO_SITE_URL", "http://127.0.0.1:8000" if DEBUG else f"https://{ALLOWED_HOSTS[0]}"
)
DEFAULT_FROM_EMAIL = env_str("DJANGO_DEFAULT_FROM_EMAIL", "Interview Prep <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_HOST = env_str("EMAIL_HOST")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = env_int("EMAIL_PORT", 587)
    EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
    EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=True)
elif DEBUG:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
else:
    raise ImproperlyConfigured(
        "EMAIL_HOST must be set when DJANGO_DEBUG is off: sign-up sends a verification email."
    )

# --- security (production) ----------------------------------------------------

SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
if not DEBUG:
    # __Host- cookies are only accepted over HTTPS, for this host and path "/" (ASVS 3.3.1).
    SESSION_COOKIE_NAME = "__Host-sessionid"
    CSRF_COOKIE_NAME = "__Host-csrftoken"
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", default=not DEBUG)
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 0 if DEBUG else 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if env_bool("DJANGO_BEHIND_PROXY", default=False):
    # The proxy terminates TLS and says so in this header.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    # Rate limits count per client, not per proxy: the client address is the one our
    # proxies appended to X-Forwarded-For (or a header the proxy sets, e.g. X-Real-IP).
    ALLAUTH_TRUSTED_PROXY_COUNT = env_int("DJANGO_TRUSTED_PROXY_COUNT", 1)
    ALLAUTH_TRUSTED_CLIENT_IP_HEADER = env_str("DJANGO_CLIENT_IP_HEADER") or None
if not DEBUG and not SECURE_SSL_REDIRECT:
    # Only switched off when the proxy in front already redirects to HTTPS.
    SILENCED_SYSTEM_CHECKS = ["security.W008"]

# --- internationalisation -------------------------------------------------------

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# --- static files ---------------------------------------------------------------

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = VAR_DIR / "staticfiles"
if DEBUG:
    # WhiteNoise serves from the finders in development but warns if this is missing.
    STATIC_ROOT.mkdir(parents=True, exist_ok=True)
    WHITENOISE_USE_FINDERS = True
    WHITENOISE_AUTOREFRESH = True
# Files the site writes (data exports), outside the code. Never served as static media:
# each download is a view that checks who is asking.
MEDIA_ROOT = Path(env_str("DJANGO_MEDIA_ROOT") or VAR_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("DJANGO_LOG_LEVEL", "WARNING")},
}

# --- background work --------------------------------------------------------------

# Procrastinate keeps its queue in this same database. Task modules, besides each app's
# tasks.py (found by autodiscovery):
PROCRASTINATE_IMPORT_PATHS = ["accounts.mail", "prep.exports.tasks"]
PROCRASTINATE_ON_APP_READY = "prep.tasks.on_app_ready"
PROCRASTINATE_WORKER_DEFAULTS = {
    "concurrency": env_int("WORKER_CONCURRENCY", 2),
    # Seconds between looks for new jobs, should a notification be missed.
    "fetch_job_polling_interval": 2.0,
}
