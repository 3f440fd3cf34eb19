"""The practice loop in a real browser: keyboard only, a day later, and without JavaScript."""

import datetime as dt
import re

import pytest
import time_machine
from django.utils import timezone
from playwright.sync_api import Page, expect

from accounts.models import User
from questions.models import Level
from tests.e2e.a11y import accessibility_problems
from tests.factories import PASSWORD, QuestionFactory, TopicFactory, UserFactory

EMAIL = "grace.hopper@example.com"


@pytest.fixture
def clock():
    """The site's clock, running (the browser needs time to pass) and movable by the test."""
    with time_machine.travel(timezone.now(), tick=True) as traveller:
        yield traveller


def async_questions(count: int = 12) -> list[str]:
    topic = TopicFactory(name="Async & concurrency", slug="async")
    TopicFactory(name="Core Python", slug="core-python")
    return [
        QuestionFactory(
            prompt=f"Async question {n}: what happens at await number {n}?",
            answer=f"The coroutine yields to the event loop ({n}).",
            topic=topic,
            level=Level.MID,
        ).prompt
        for n in range(count)
    ]


def current_prompt(page: Page) -> str:
    return page.locator("#prompt").inner_text().strip()


def next_card(page: Page, action) -> None:
    """Do `action` (a grade, an undo) and wait until what it brings is on the page. The
    same question can come back at once, so wait for a new rendering (its `shown_at`),
    not for another prompt."""
    before = page.locator("#practice-card input[name=shown_at]").first.get_attribute("value")
    action()
    page.wait_for_function(
        "before => { const f = document.querySelector('#practice-card input[name=shown_at]');"
        " return !f || f.value !== before; }",
        arg=before,
    )


def sign_up(page: Page, base: str) -> None:
    page.goto(f"{base}/accounts/signup/")
    page.locator("#id_email").fill(EMAIL)
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.get_by_role("button", name="Sign Up").click()
    expect(page.locator(".nav-account summary")).to_contain_text("grace.hopper")


def test_it_practises_with_the_keyboard_and_brings_back_what_fsrs_scheduled(
    live_server, page, clock
):
    prompts = async_questions()
    sign_up(page, live_server.url)
    page.goto(f"{live_server.url}/practice/session/?scope=topic:async")
    expect(page.locator(".progress-line")).to_contain_text("10 new left")

    # Ten new questions: "Again" on two of them, "Easy" on three, "Good" on the rest. What
    # is still in a learning step comes back before the session ends (early, if need be),
    # and is graded "Good" until it graduates.
    first_ratings = {6: "1", 8: "1", 1: "4", 5: "4", 9: "4"}
    seen, returned = [], []
    while not page.get_by_role("heading", name="Today’s new questions are done").is_visible():
        prompt = current_prompt(page)
        again = prompt in seen
        (returned if again else seen).append(prompt)
        page.keyboard.press("Space")
        expect(page.locator("[data-rating]")).to_have_count(4)
        rating = "3" if again else first_ratings.get(len(seen) - 1, "3")
        next_card(page, lambda key=rating: page.keyboard.press(key))
        if len(seen) == 3 and not again and not returned:
            # A change of mind: Ctrl+Z takes the grade back, and the card returns.
            next_card(page, lambda: page.keyboard.press("Control+z"))
            expect(page.locator("#prompt")).to_have_text(prompt)
            expect(page.get_by_text("Grade “Good” taken back.")).to_be_visible()
            page.keyboard.press("Space")
            expect(page.locator("[data-rating]")).to_have_count(4)
            next_card(page, lambda: page.keyboard.press("3"))
        assert len(seen) + len(returned) < 40, "the session never ended"
    # Ten new a day: the last two of the twelve wait for tomorrow, or for "study more".
    expect(page.get_by_role("button", name="Study 2 more today")).to_be_visible()
    assert len(set(seen)) == len(seen) == 10
    assert set(seen) <= set(prompts)
    assert {seen[6], seen[8]} <= set(returned)  # the two forgotten came back today
    assert not {seen[1], seen[5], seen[9]} & set(returned)  # "Easy" graduated at once
    assert accessibility_problems(page) == []

    user = User.objects.get(email=EMAIL)
    assert user.reviews.count() == 10 + len(returned)
    clock.shift(dt.timedelta(days=1))
    due_tomorrow = list(
        user.cards.filter(due__lte=timezone.now())
        .order_by("due", "pk")
        .values_list("question__prompt", flat=True)
    )
    assert 0 < len(due_tomorrow) < 10  # "Easy" cards are not back yet

    page.goto(f"{live_server.url}/practice/session/?scope=due")
    expect(page.locator(".progress-line")).to_contain_text(f"{len(due_tomorrow)} due")
    reviewed = []
    for _ in due_tomorrow:
        reviewed.append(current_prompt(page))
        page.keyboard.press("Space")
        expect(page.locator("[data-rating]")).to_have_count(4)
        page.keyboard.press("3")
        expect(page.locator("#prompt")).not_to_have_text(reviewed[-1])
    # Past the due cards come the day's new questions (the two never seen).
    assert reviewed == due_tomorrow
    assert set(prompts) - set(seen) >= {current_prompt(page)}

    page.goto(f"{live_server.url}/progress/")
    expect(page.locator(".stat", has_text="day streak")).to_contain_text("2")
    expect(page.locator("svg.heatmap rect.cell.level-0").first).to_be_attached()
    assert page.locator("svg.heatmap rect.cell:not(.level-0)").count() == 2
    expect(page.locator("section[aria-labelledby=topics-heading] table.data")).to_contain_text(
        "Async & concurrency"
    )
    assert accessibility_problems(page) == []


def test_it_practises_without_javascript(live_server, page_without_javascript, clock):
    prompts = async_questions(count=3)
    user = UserFactory(email=EMAIL)
    page = page_without_javascript
    page.goto(f"{live_server.url}/accounts/login/")
    page.locator("#id_login").fill(user.email)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()

    page.goto(f"{live_server.url}/practice/")
    page.get_by_role("link", name="Async & concurrency").click()
    first = current_prompt(page)
    page.get_by_label(re.compile("Your answer")).fill("It yields.")
    page.get_by_role("button", name=re.compile("Show answer")).click()
    expect(page.get_by_text("You answered")).to_be_visible()
    page.get_by_role("button", name=re.compile("Good")).click()

    assert re.search(r"/practice/session/\?scope=topic(:|%3A)async&undo=[-\w]+:0$", page.url)
    assert current_prompt(page) != first
    review = user.reviews.get()
    assert (review.question.prompt, review.typed_answer, review.rating) == (first, "It yields.", 3)
    assert first in prompts

    page.goto(f"{live_server.url}/progress/")
    expect(page.locator(".stat", has_text="day streak")).to_contain_text("1")
