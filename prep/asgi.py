"""ASGI entry point."""

import os

from django.core.asgi import get_asgi_application

from prep.database import start_embedded_database

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "prep.settings")

application = get_asgi_application()
start_embedded_database()
