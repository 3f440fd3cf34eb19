import re
from urllib.parse import urlencode, urlsplit

from playwright.sync_api import Page, expect

from questions.models import Level
from tests.e2e.a11y import accessibility_problems
from tests.factories import QuestionFactory, TopicFactory

EMAIL = "ada.lovelace@example.com"
PASSWORD = "analytical engine 1843"


def create_bank() -> None:
    async_topic = TopicFactory(name="Async & concurrency", slug="async")
    QuestionFactory(
        prompt="What does the asyncio event loop do between two awaits?",
        answer="It runs other ready tasks and polls for I/O.",
        topic=async_topic,
        level=Level.MID,
    )
    QuestionFactory(
        prompt="Why does the Python GIL not make your code thread-safe?",
        answer="Compound operations can still interleave between bytecodes.",
        topic=TopicFactory(name="Core Python", slug="core-python"),
        level=Level.SENIOR,
    )
    QuestionFactory(
        prompt="How do FastAPI dependencies with yield clean up?",
        answer="The code after yield runs once the response is sent.",
        topic=TopicFactory(name="FastAPI", slug="fastapi"),
        level=Level.JUNIOR,
    )


class AccessibilityLog:
    """Problems found per page, asserted at the end so one journey reports them all."""

    def __init__(self) -> None:
        self.problems: dict[str, list[str]] = {}

    def check(self, page: Page) -> None:
        if problems := accessibility_problems(page):
            self.problems[urlsplit(page.url).path] = problems


def verification_link(live_server_url: str, outbox: list) -> str:
    """The link in the one email sent, on the live server whatever host it names."""
    assert len(outbox) == 1
    message = outbox[0]
    assert message.to == [EMAIL]
    match = re.search(r"https?://\S+/accounts/confirm-email/\S+/", message.body)
    assert match, message.body
    link = urlsplit(match.group())
    return live_server_url + link.path


def test_it_signs_up_verifies_logs_in_and_searches_the_bank(live_server, page, settings, sent_mail):
    settings.ACCOUNT_EMAIL_VERIFICATION = "mandatory"
    create_bank()
    a11y = AccessibilityLog()

    page.goto(live_server.url)
    expect(page.get_by_role("link", name="Browse 3 questions")).to_be_visible()
    a11y.check(page)

    page.get_by_role("link", name="Create a free account").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign Up")
    a11y.check(page)
    page.get_by_label("Email:").fill(EMAIL)
    page.get_by_label("Password:", exact=True).fill(PASSWORD)
    page.get_by_label("Password (again):").fill(PASSWORD)
    page.get_by_role("button", name="Sign Up").click()
    expect(page.get_by_text("We have sent an email to you for verification")).to_be_visible()

    page.goto(verification_link(live_server.url, sent_mail()))
    expect(page.get_by_text(f"Please confirm that {EMAIL} is an email address")).to_be_visible()
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_text(f"You have confirmed {EMAIL}.")).to_be_visible()

    page.goto(live_server.url + "/accounts/login/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign In")
    a11y.check(page)
    page.get_by_label("Email:").fill(EMAIL)
    page.get_by_label("Password:").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    expect(page.locator(".nav-account summary")).to_have_text("ada.lovelace")
    # Just signed up, never practised: welcomed (not "back") and led to set up practice.
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome, ada.lovelace.")
    expect(page.get_by_role("link", name="Set up your practice")).to_be_visible()

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Question bank").click()
    expect(page.locator("#results .question-item")).to_have_count(3)
    a11y.check(page)
    # Survives the search only if htmx swapped #results instead of loading a new page.
    page.evaluate("window.notReloaded = true")
    page.get_by_role("searchbox", name="Search").press_sequentially("asyncio", delay=20)
    expect(page.locator(".result-count")).to_have_text("1 question matching “asyncio”")
    results = page.locator("#results")
    expect(results).to_have_count(1)
    expect(results.locator(".question-item")).to_have_count(1)
    expect(results).to_contain_text("asyncio event loop")
    expect(results).not_to_contain_text("GIL")
    expect(page).to_have_url(re.compile(r"/questions/\?q=asyncio(&|$)"))
    assert page.evaluate("window.notReloaded") is True
    a11y.check(page)

    results.get_by_role("link", name=re.compile("asyncio event loop")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "What does the asyncio event loop do between two awaits?"
    )
    a11y.check(page)

    garbage = [
        ({"page": "banana"}, False),
        ({"page": "999"}, False),
        ({"q": '"unclosed & | !:* <b>bold</b> -'}, False),
        ({"q": "x" * 300}, True),
        ({"topic": "no-such-topic", "level": "grandmaster"}, True),
    ]
    for params, invalid in garbage:
        response = page.goto(f"{live_server.url}/questions/?{urlencode(params)}")
        assert response.status == 200, params
        expect(page.get_by_role("heading", level=1)).to_have_text("Question bank")
        expect(page.locator("#results .result-count")).to_be_visible()
        fallback = page.get_by_role("alert").filter(has_text="That filter was left out")
        expect(fallback).to_have_count(1 if invalid else 0)

    assert a11y.problems == {}


def test_it_searches_the_bank_without_javascript(live_server, page_without_javascript):
    page = page_without_javascript
    create_bank()

    page.goto(live_server.url + "/questions/")
    expect(page.locator("#results .question-item")).to_have_count(3)
    page.get_by_role("searchbox", name="Search").fill("GIL")
    page.get_by_role("button", name="Search").click()

    expect(page).to_have_url(re.compile(r"/questions/\?q=GIL(&|$)"))
    results = page.locator("#results")
    expect(results.locator(".question-item")).to_have_count(1)
    expect(results).to_contain_text("Python GIL")
    expect(results).not_to_contain_text("asyncio")
    expect(page).to_have_title("“GIL” in the question bank · Interview Prep")
