"""Two imports at once, each on its own connection to the real database: the second waits
for the first and merges into what it wrote."""

import threading
import time

import pytest
from django.db import connection
from django.db.models import Count

from questions.importing import import_document, importer
from questions.models import Question, Source

FIRST = (
    "### Q1. What is an event loop?\nA: It runs coroutines and callbacks, switching at awaits.\n\n"
    "### Q2. What is a coroutine?\nA: A function defined with async def.\n"
)
SECOND = (
    "## What is an event loop?\nAnswer: The scheduler of asyncio.\n\n"
    "## What is a coroutine?\nAnswer: A resumable function.\n\n"
    "## What is a task?\nAnswer: A coroutine scheduled on the event loop.\n"
)


def waiting_for_the_import_lock() -> bool:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted "
            "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
        )
        return cursor.fetchone() is not None


class Imports:
    """Imports in threads; the one named "first" stops inside its write transaction, holding
    the lock, until go_on is set."""

    def __init__(self):
        self.inside, self.go_on = threading.Event(), threading.Event()
        self.results: dict = {}
        self.threads: list[threading.Thread] = []

    def start(self, name: str, text: str) -> None:
        def run():
            try:
                self.results[name] = import_document(text, title=name)
            except Exception as error:  # re-raised by finish()
                self.results[name] = error
            finally:
                connection.close()  # this thread's own connection

        thread = threading.Thread(target=run, name=name)
        self.threads.append(thread)
        thread.start()

    def pause_first(self) -> None:
        if threading.current_thread().name == "first":
            self.inside.set()
            self.go_on.wait()

    def finish(self) -> dict:
        self.go_on.set()
        for thread in self.threads:
            thread.join(30)
        for result in self.results.values():
            if isinstance(result, Exception):
                raise result
        return self.results


@pytest.fixture
def imports(transactional_db, monkeypatch):
    # After transactional_db, so torn down before it: no thread still writes while it flushes.
    imports = Imports()
    match_drafts = importer.match_drafts

    def paused(drafts):
        imports.pause_first()
        return match_drafts(drafts)

    monkeypatch.setattr(importer, "match_drafts", paused)
    yield imports
    imports.go_on.set()
    for thread in imports.threads:
        thread.join(30)


@pytest.mark.parametrize("second", [SECOND, FIRST], ids=["sharing questions", "the same one"])
def test_it_imports_two_documents_at_once_into_one_row_per_question(imports, second):
    imports.start("first", FIRST)
    assert imports.inside.wait(30), "the first import never reached its write transaction"
    imports.start("second", second)
    deadline = time.monotonic() + 30  # a guard against hanging, not a measure of speed
    while not waiting_for_the_import_lock():
        assert time.monotonic() < deadline, "the second import never waited for the lock"
        time.sleep(0.01)

    results = imports.finish()

    duplicates = (
        Question.objects.values("fingerprint").annotate(rows=Count("pk")).filter(rows__gt=1)
    )
    assert list(duplicates) == []
    totals = results["second"].report["totals"]
    if second is FIRST:
        assert results["second"].already_imported is True
        assert Source.objects.count() == 1
        assert Question.objects.count() == 2
    else:
        assert (totals["created"], totals["merged"]) == (1, 2)
        assert Source.objects.count() == 2
        assert sorted(Question.objects.values_list("prompt", flat=True)) == [
            "What is a coroutine?",
            "What is a task?",
            "What is an event loop?",
        ]
