#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "prep.settings")
    # manage.py is the developer's entry point: without configuration it runs in
    # development mode. The production entry points (prep.wsgi, prep.asgi) do not
    # set this, so production never falls back to development defaults.
    os.environ.setdefault("DJANGO_DEBUG", "true")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
