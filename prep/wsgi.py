"""WSGI entry point for production servers (gunicorn prep.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

from prep.database import start_embedded_database

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "prep.settings")

application = get_wsgi_application()
# A no-op in production (DATABASE_URL); development benchmarks run gunicorn on var/.
start_embedded_database()
