"""Question sets in a real browser: an interviewer builds and shares a kit, a candidate
clones and practises it, staff take the interviewer's question into the bank."""

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, expect

from questions.models import Question, Status
from tests.e2e.a11y import accessibility_problems, with_axe
from tests.factories import PASSWORD, QuestionFactory, TopicFactory, UserFactory, make_interviewer

SECRET = "Keep a per-tenant shard map in a small, replicated directory service."
PRIVATE_PROMPT = "How would you shard a multi-tenant orders table?"


@pytest.fixture
def people(db):
    topic = TopicFactory(name="System design", slug="system-design")
    for n in range(6):
        QuestionFactory(
            topic=topic,
            prompt=f"When does cache layer {n} serve stale data?",
            answer=f"When its TTL {n} outlives the write.",
        )
    return {
        "interviewer": make_interviewer(UserFactory(email="ines@example.com")),
        "candidate": UserFactory(email="cara@example.com"),
        "staff": UserFactory(email="sam@example.com", is_staff=True, is_superuser=True),
    }


class Journey:
    """One person in their own browser context, scanning each page they reach."""

    def __init__(self, browser: Browser, base: str, email: str, *, javascript: bool = True):
        self.base, self.javascript = base, javascript
        self.context = with_axe(browser.new_context(java_script_enabled=javascript))
        self.context.set_default_timeout(10_000)
        self.page: Page = self.context.new_page()
        self.problems: dict[str, list[str]] = {}
        self.goto("/accounts/login/")
        self.page.get_by_label("Email:").fill(email)
        self.page.get_by_label("Password:").fill(PASSWORD)
        self.page.get_by_role("button", name="Sign In").click()
        expect(self.page.locator(".nav-account summary")).to_be_visible()

    def goto(self, path: str) -> Page:
        self.page.goto(self.base + path)
        return self.page

    def scan(self) -> None:
        if not self.javascript:
            return  # axe runs in the page: the same journey with JavaScript scans these pages
        if problems := accessibility_problems(self.page):
            self.problems[urlsplit(self.page.url).path] = problems


def build_kit(interviewer: Journey, *, javascript: bool) -> str:
    """Five questions from a search, one private question, reordered, shared by link."""
    page = interviewer.goto("/questions/?q=cache")
    interviewer.scan()
    form_page = page.locator(".add-to-set-slot a").first.get_attribute("href")
    for n in range(5):
        row = page.locator(".question-item").nth(n)
        row.locator("summary", has_text="Add to set").click()
        # With JavaScript the row fetches the user's sets as it opens; without, a link
        # leads to the same form on a page of its own, which comes back here.
        form = row
        if not javascript:
            row.get_by_role("link", name="Choose a set for this question").click()
            form = page
            if n == 0:
                interviewer.scan()
        if n == 0:
            form.get_by_label("A new set").fill("Onsite kit")
        else:  # the set made in the first row is the user's only set, chosen already
            expect(form.get_by_label("One of your sets")).to_contain_text("Onsite kit")
        form.get_by_role("button", name="Add").click()
        if javascript:
            expect(row.get_by_role("status")).to_contain_text("Added to “Onsite kit”")
            page = interviewer.goto("/questions/?q=cache")  # other rows learn of the new set
        else:
            expect(page.get_by_role("status").first).to_contain_text("Added to “Onsite kit”")
    interviewer.goto(form_page)  # the form as a page of its own, as without JavaScript
    expect(page.get_by_label("One of your sets")).to_contain_text("Onsite kit (5)")
    interviewer.scan()
    page = interviewer.goto("/sets/")
    page.get_by_role("link", name="Onsite kit").first.click()
    page.get_by_role("link", name="Edit").click()
    page.get_by_label("Anyone with the link").check()
    page.get_by_label("Answers visible to people I share with").uncheck()
    page.get_by_role("button", name="Save").click()
    page.get_by_role("link", name="Write a question").click()
    interviewer.scan()
    page.get_by_label("Prompt").fill(PRIVATE_PROMPT)
    page.get_by_label("Answer:", exact=True).fill(SECRET)
    page.get_by_label("What it tests").fill("Partitioning trade-offs")
    page.get_by_label("Red flags").fill("- Shards by creation date")
    page.get_by_role("button", name="Save the question").click()
    items = page.locator(".set-items > li")
    expect(items).to_have_count(6)
    first = items.first.locator(".question-link").inner_text()
    items.first.get_by_role("button", name="down").click()
    expect(page.locator(".set-items > li").nth(1).locator(".question-link")).to_have_text(first)
    page.locator(".set-items > li", has_text=PRIVATE_PROMPT).get_by_role(
        "button", name="Submit to the public bank"
    ).click()
    expect(page.get_by_text("Sent to staff for review")).to_be_visible()
    interviewer.scan()
    return page.get_by_label("Share link").input_value()


def take_kit(candidate: Journey, share_link: str) -> None:
    """The candidate sees prompts only, clones the kit and practises the clone."""
    page = candidate.goto(urlsplit(share_link).path)
    candidate.scan()
    expect(page.locator(".set-items > li")).to_have_count(6)
    expect(page.get_by_text(PRIVATE_PROMPT)).to_be_visible()
    assert SECRET not in page.content()
    assert "Shards by creation date" not in page.content()
    page.get_by_role("button", name="Clone into my sets").click()
    expect(page.get_by_text("is yours now")).to_be_visible()
    candidate.scan()
    page.get_by_role("link", name="Practise this set").click()
    expect(page.locator("#prompt")).to_be_visible()
    page.get_by_role("button", name="Show answer").click()
    page.get_by_role("button", name="Good").click()
    candidate.scan()


def approve(staff: Journey) -> None:
    page = staff.goto("/admin/questions/question/?status__exact=pending_review")
    page.locator("input[name=_selected_action]").first.check()
    page.locator("select[name=action]").select_option("approve")
    page.get_by_role("button", name="Go").click()
    expect(page.get_by_text("1 question(s) joined the public bank")).to_be_visible()


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_a_kit_goes_from_interviewer_to_candidate_to_the_bank(
    live_server, browser, people, javascript
):
    interviewer = Journey(browser, live_server.url, "ines@example.com", javascript=javascript)
    share_link = build_kit(interviewer, javascript=javascript)
    candidate = Journey(browser, live_server.url, "cara@example.com", javascript=javascript)
    take_kit(candidate, share_link)
    approve(Journey(browser, live_server.url, "sam@example.com", javascript=javascript))

    visitor = browser.new_page(java_script_enabled=javascript)
    visitor.goto(f"{live_server.url}/questions/?q=multi-tenant")
    expect(visitor.get_by_role("link", name=PRIVATE_PROMPT)).to_be_visible()
    question = Question.objects.bank().get(prompt=PRIVATE_PROMPT)
    assert question.author.email == "ines@example.com"
    # The candidate's clone holds their own prompt-only copy, not the interviewer's answer.
    copy = Question.objects.get(prompt=PRIVATE_PROMPT, owner__email="cara@example.com")
    assert (copy.answer, copy.status) == ("", Status.NEEDS_ANSWER)
    for journey in (interviewer, candidate):
        journey.context.close()
    visitor.close()
    assert interviewer.problems == {} and candidate.problems == {}
