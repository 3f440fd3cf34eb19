"""A new account in a real browser: onboarding, straight into a first session, and the
progress page stating the same due count as the practice page (desktop and phone,
light and dark, axe-core on every page)."""

import datetime as dt
import re

import pytest
from playwright.sync_api import Browser, Page, expect

from prep.practice.models import Preferences
from tests.e2e import test_practice
from tests.e2e.a11y import accessibility_problems, with_axe
from tests.e2e.test_account import sign_in
from tests.e2e.test_practice import async_questions, current_prompt
from tests.factories import UserFactory

clock = test_practice.clock  # the site's clock, running and movable by the test

VIEWS = {
    "desktop-light": {"viewport": {"width": 1280, "height": 900}, "color_scheme": "light"},
    "phone-dark": {"viewport": {"width": 390, "height": 844}, "color_scheme": "dark"},
}


@pytest.fixture(params=list(VIEWS))
def screen(request, browser: Browser):
    context = with_axe(browser.new_context(**VIEWS[request.param]))
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert not errors


def test_a_new_user_onboards_practises_and_sees_the_same_due_count_everywhere(
    live_server, screen: Page, clock
):
    page = screen
    prompts = async_questions(count=6)
    user = UserFactory(email="ada@example.com")
    sign_in(page, live_server.url, user.email)

    page.goto(f"{live_server.url}/progress/")
    assert accessibility_problems(page) == []
    page.get_by_role("link", name="Set up your practice").click()

    expect(page.get_by_role("heading", level=1)).to_contain_text("Let’s set up your practice")
    assert accessibility_problems(page) == []
    page.get_by_label("Async & concurrency").check()
    page.get_by_label("New questions a day").fill("3")
    page.get_by_role("button", name="Start my first session").click()

    # Straight into a session over the chosen topic, within the chosen daily limit.
    expect(page).to_have_url(re.compile(r"/practice/session/\?scope=topic(:|%3A)async$"))
    expect(page.locator(".progress-line")).to_contain_text("3 new left")
    assert current_prompt(page) in prompts
    assert accessibility_problems(page) == []
    preferences = Preferences.objects.get(user=user)
    assert (preferences.new_per_day, preferences.onboarded) == (3, True)
    assert [topic.slug for topic in preferences.target_topics.all()] == ["async"]

    # Two cards: "Again" on the first (it stays due, in a learning step), "Good" on the next.
    for key in ("1", "3"):
        shown = page.locator("#practice-card input[name=shown_at]").first.get_attribute("value")
        page.get_by_role("button", name=re.compile("Show answer")).click()
        expect(page.locator("[data-rating]")).to_have_count(4)
        page.locator(f"[data-rating='{key}']").click()
        page.wait_for_function(
            "before => { const f = document.querySelector('#practice-card input[name=shown_at]');"
            " return !f || f.value !== before; }",
            arg=shown,
        )

    # Two minutes later the forgotten card's first learning step is over: it is due.
    clock.shift(dt.timedelta(minutes=2))
    page.goto(f"{live_server.url}/practice/")
    expect(page.locator("#start-heading")).to_have_text("1 review due")
    assert "Set up your practice" not in page.content()
    assert accessibility_problems(page) == []

    page.goto(f"{live_server.url}/progress/")
    due_now = page.locator(".stat", has_text="due now").locator(".stat-value")
    expect(due_now).to_have_text("1")
    expect(page.get_by_role("heading", name="Weakest questions")).to_be_visible()
    assert "just forgotten" in page.locator("section[aria-labelledby=weakest-heading]").inner_text()
    assert accessibility_problems(page) == []
