"""WSGI entry point for production servers (gunicorn prep.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "prep.settings")

application = get_wsgi_application()
