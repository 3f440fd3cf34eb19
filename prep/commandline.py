"""What manage.py runs: start the embedded database, then the command, explaining a
database that is not ready instead of showing a traceback."""

import os
import sys


def main(argv: list[str]) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "prep.settings")
    # manage.py is the developer's entry point: without configuration it runs in
    # development mode. The production entry points (prep.wsgi, prep.asgi) do not
    # set this, so production never falls back to development defaults.
    os.environ.setdefault("DJANGO_DEBUG", "true")
    from django.core.management import execute_from_command_line
    from django.db.utils import ProgrammingError

    from prep.database import start_embedded_database

    start_embedded_database()
    try:
        execute_from_command_line(argv)
    except ProgrammingError as error:
        if not _is_missing_table(error):
            raise
        sys.stderr.write(
            f"The database is not set up yet ({str(error).splitlines()[0]}).\n"
            "Run `uv run manage.py migrate` first.\n"
        )
        sys.exit(1)


def _is_missing_table(error: Exception) -> bool:
    import psycopg

    return isinstance(error.__cause__, psycopg.errors.UndefinedTable)
