"""Production configuration, checked in fresh processes with a production environment."""

import os
import subprocess
import sys

import pytest
from django.conf import settings

PRODUCTION = {
    "DJANGO_DEBUG": "false",
    "DJANGO_SECRET_KEY": "k3J9-vQ2x_Lr8Tz1mWc5Yb7Hn4Ds6Fp0Gu2Ai9Oe3Rl8Sk1Nj5Xq7Vt4Zy6Bw0Cm",
    "DJANGO_ALLOWED_HOSTS": "prep.example.com",
    "DATABASE_URL": "postgres://prep:secret@db.internal:5432/prep",
    "EMAIL_HOST": "smtp.example.com",
}


def run(code: str, **env_overrides: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_"))}
    env.update(PRODUCTION)
    env.update(env_overrides)
    env = {k: v for k, v in env.items() if v is not None and v != "<unset>"}
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


CHECK_DEPLOY = (
    "import os, sys; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'prep.settings');"
    "from django.core.management import execute_from_command_line;"
    "execute_from_command_line(['manage.py', 'check', '--deploy', '--fail-level', 'WARNING'])"
)
LOAD_WSGI = "import prep.wsgi"


def test_it_passes_the_deployment_checklist_in_production():
    result = run(CHECK_DEPLOY)

    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_it_passes_the_checklist_behind_a_proxy_that_redirects_to_https():
    result = run(CHECK_DEPLOY, DJANGO_SECURE_SSL_REDIRECT="false", DJANGO_BEHIND_PROXY="true")

    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"DJANGO_SECRET_KEY": "<unset>"}, "DJANGO_SECRET_KEY must be set"),
        ({"DJANGO_SECRET_KEY": "django-insecure-" + "x" * 50}, "DJANGO_SECRET_KEY must be set"),
        ({"DJANGO_SECRET_KEY": "short"}, "DJANGO_SECRET_KEY must be set"),
        ({"DJANGO_ALLOWED_HOSTS": "<unset>"}, "DJANGO_ALLOWED_HOSTS must list"),
        ({"DATABASE_URL": "<unset>"}, "DATABASE_URL must be set"),
        ({"DATABASE_URL": "sqlite:///db.sqlite3"}, "DATABASE_URL must point to PostgreSQL"),
        ({"EMAIL_HOST": "<unset>"}, "EMAIL_HOST must be set"),
        ({"DJANGO_DEBUG": "maybe"}, "DJANGO_DEBUG must be true or false"),
    ],
)
def test_it_refuses_to_start_the_production_server_when_misconfigured(overrides, message):
    result = run(LOAD_WSGI, **overrides)

    assert result.returncode != 0
    assert message in result.stderr


def test_it_never_falls_back_to_development_under_a_production_server():
    """gunicorn imports prep.wsgi without DJANGO_DEBUG: that is production, not development."""
    result = run(LOAD_WSGI, DJANGO_DEBUG="<unset>", DJANGO_SECRET_KEY="<unset>")

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_it_starts_the_production_server_when_configured():
    result = run(LOAD_WSGI + "; from django.conf import settings; print(settings.DEBUG)")

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_it_trusts_the_proxys_client_address_for_rate_limits_behind_a_proxy():
    show = (
        "import os; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'prep.settings');"
        "from django.conf import settings;"
        "print(settings.ALLAUTH_TRUSTED_PROXY_COUNT, settings.ALLAUTH_TRUSTED_CLIENT_IP_HEADER)"
    )

    default = run(show, DJANGO_BEHIND_PROXY="true")
    two_hops = run(show, DJANGO_BEHIND_PROXY="true", DJANGO_TRUSTED_PROXY_COUNT="2")
    header = run(show, DJANGO_BEHIND_PROXY="true", DJANGO_CLIENT_IP_HEADER="X-Real-IP")

    assert default.stdout.split() == ["1", "None"]
    assert two_hops.stdout.split() == ["2", "None"]
    assert header.stdout.split() == ["1", "X-Real-IP"]


def test_it_names_cookies_for_this_host_only_in_production():
    show = (
        "import os; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'prep.settings');"
        "from django.conf import settings;"
        "print(settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME,"
        " settings.SESSION_COOKIE_SECURE, settings.CSRF_COOKIE_SECURE,"
        " settings.SESSION_COOKIE_PATH)"
    )

    result = run(show)

    assert result.stdout.split() == ["__Host-sessionid", "__Host-csrftoken", "True", "True", "/"]


def test_it_prepares_statements_only_when_asked():
    show = (
        "import os; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'prep.settings');"
        "from django.conf import settings;"
        "options = settings.DATABASES['default']['OPTIONS'];"
        "print(options.get('server_side_binding'), options.get('prepare_threshold'))"
    )

    default = run(show)
    prepared = run(show, DJANGO_DB_PREPARED_STATEMENTS="true")

    assert default.stdout.split() == ["None", "None"]
    assert prepared.stdout.split() == ["True", "5"]
