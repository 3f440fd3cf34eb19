"""Importing a document from the admin in a real browser: upload, the page follows the
worker's check by itself (htmx polling under the site's CSP), preview, confirm, result."""

import pytest
from playwright.sync_api import expect

from questions.models import Question, Source
from tests.e2e.test_sets import Journey
from tests.factories import UserFactory

DOCUMENT = b"""# Databases

### Q1. What does an index cost on writes?
A: Every insert and update also maintains the index, so writes get slower.

### Q2. When is a transaction serialisable?
A: When its result equals some serial order of the transactions that ran with it.

### Q3. What is a phantom read?
A: TODO
"""


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_staff_import_a_document_in_the_background(live_server, browser, worker, javascript):
    UserFactory(email="sam@example.com", is_staff=True, is_superuser=True)
    staff = Journey(browser, live_server.url, "sam@example.com", javascript=javascript)
    page = staff.goto("/admin/questions/source/import/")
    staff.scan()
    page.get_by_label("Document:").set_input_files(
        files=[{"name": "databases.md", "mimeType": "text/markdown", "buffer": DOCUMENT}]
    )
    page.get_by_label("Title:").fill("Database notes")
    page.get_by_role("button", name="Check the document").click()

    expect(page.get_by_text("waiting for a task worker")).to_be_visible()
    staff.scan()
    worker()
    if not javascript:
        page.get_by_role("link", name="Refresh").click()
    # With JavaScript the page swaps in the preview by itself, within a poll or two.
    expect(page.get_by_text("Nothing has been written yet")).to_be_visible()
    staff.scan()
    page.get_by_role("button", name="Import 3 questions").click()

    expect(page.get_by_text("Importing")).to_be_visible()
    worker()
    if not javascript:
        page.get_by_role("link", name="Refresh").click()
    expect(page.get_by_text("Imported “Database notes”: 3 new questions")).to_be_visible()
    staff.scan()
    page.get_by_role("link", name="See the source “Database notes”").click()
    expect(page.get_by_role("heading", name="Change source")).to_be_visible()
    assert Question.objects.count() == 3
    assert Source.objects.get().title == "Database notes"
    assert not staff.problems, "\n".join(p for ps in staff.problems.values() for p in ps)


PAGE = """<!doctype html><html><body><nav><a href="/">Home</a></nav>
<h1>Django interview questions</h1>
<h2>What does select_related do?</h2>
<p>It follows foreign keys in the same query with a SQL join.</p>
<h2>What is a migration?</h2>
<footer>Share this post</footer></body></html>"""


def test_staff_paste_a_web_page_and_the_preview_says_how_it_was_read(live_server, browser, worker):
    UserFactory(email="sam@example.com", is_staff=True, is_superuser=True)
    staff = Journey(browser, live_server.url, "sam@example.com")
    page = staff.goto("/admin/questions/source/import/")
    page.get_by_label("Or paste the text:").fill(PAGE)
    page.get_by_role("button", name="Check the document").click()
    worker()

    expect(page.get_by_text("Read as a web page")).to_be_visible()
    expect(
        page.get_by_role("heading", name="Import “Pasted: Django interview questions”")
    ).to_be_visible()
    staff.scan()
    page.get_by_role("button", name="Import 2 questions").click()
    worker()
    expect(page.get_by_text("2 new questions")).to_be_visible()
    assert sorted(Question.objects.values_list("prompt", flat=True)) == [
        "What does select_related do?",
        "What is a migration?",
    ]
    assert not staff.problems, "\n".join(p for ps in staff.problems.values() for p in ps)
