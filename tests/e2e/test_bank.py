"""The bank in a real browser: search, filter by my state, page, and practise the results."""

import datetime as dt
import re

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from questions.models import Level
from tests.e2e.a11y import accessibility_problems
from tests.factories import PASSWORD, CardFactory, QuestionFactory, TopicFactory, UserFactory


def settled(page: Page) -> None:
    """The results fade while htmx fetches them and back in after (150 ms): scanning their
    contrast halfway through the fade would measure a colour nobody reads."""
    expect(page.locator("#results")).not_to_have_class(re.compile(r"\bhtmx-"))
    expect(page.locator("#results")).to_have_css("opacity", "1")


@pytest.fixture
def bank(db):
    """45 event-loop questions (5 of them seen by the user), and others."""
    topic = TopicFactory(name="Async & concurrency", slug="async")
    user = UserFactory(email="ada@example.com")
    for n in range(45):
        question = QuestionFactory(
            topic=topic,
            level=Level.MID,
            prompt=f"What does the event loop do at step {n}?",
            answer=f"It runs ready callbacks ({n}).",
        )
        if n % 9 == 0:
            later = timezone.now() + dt.timedelta(days=5)
            CardFactory(user=user, question=question, due=later)
    for n in range(5):
        QuestionFactory(topic=topic, prompt=f"What is a database index, part {n}?")
    return user


def log_in(page: Page, base: str, email: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Email:").fill(email)
    page.get_by_label("Password:").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    expect(page.locator(".nav-account summary")).to_be_visible()


def test_it_searches_filters_pages_and_practises_the_results(live_server, page, bank):
    log_in(page, live_server.url, bank.email)
    page.goto(f"{live_server.url}/questions/")
    assert accessibility_problems(page) == []

    page.get_by_label("Search").fill("event loop")
    expect(page.locator(".result-count")).to_contain_text("45 questions matching “event loop”")
    page.get_by_label("Show").select_option("new")
    expect(page.locator(".result-count")).to_contain_text("40 questions")
    assert "state=new" in page.url
    settled(page)
    assert accessibility_problems(page) == []

    page.locator(".page-numbers").get_by_role("link", name="Page 2").click()
    expect(page.locator(".page-numbers [aria-current=page]")).to_have_text("2")
    expect(page.locator("#results")).to_be_focused()
    assert "page=2" in page.url
    settled(page)
    assert accessibility_problems(page) == []

    page.get_by_role("link", name="Practise these 40").click()
    expect(page).to_have_title("Practice: Search: event loop · New to me · Interview Prep")
    expect(page.locator("#prompt")).to_contain_text("What does the event loop do at step")
    expect(page.locator(".progress-line")).to_contain_text("10 new left")
    assert accessibility_problems(page) == []


def test_it_names_the_filters_when_nothing_matches_and_clears_them(live_server, page, bank):
    page.goto(f"{live_server.url}/questions/?q=kubernetes&topic=async")

    expect(page.locator("#results .empty")).to_contain_text(
        "No question matches “kubernetes” and topic Async & concurrency."
    )
    assert accessibility_problems(page) == []
    page.get_by_role("link", name="Remove “kubernetes”").click()
    expect(page.get_by_label("Search")).to_have_value("")
    expect(page.locator(".result-count")).to_contain_text("50 questions")


def test_it_sends_a_visitor_to_log_in_and_back_to_practise_a_question(live_server, page, bank):
    page.goto(f"{live_server.url}/questions/")
    page.get_by_role("link", name="What does the event loop do at step 1?").click()
    page.get_by_role("link", name="Practise this").click()
    page.get_by_label("Email:").fill(bank.email)
    page.get_by_label("Password:").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()

    expect(page).to_have_title("Practice: What does the event loop do at step 1? · Interview Prep")
    expect(page.locator("#prompt")).to_have_text("What does the event loop do at step 1?")
    assert accessibility_problems(page) == []
