"""Issue 12's "done means", as one journey in a real browser: a new user signs up, onboards
with two topics, practises ten cards (two forgotten and back in the same session, a grade
undone with Ctrl+Z and one with the button, a card suspended), ends on the summary,
practises a bank search, and finds the same numbers on the practice and progress pages.

Every page on the way is scanned by axe-core at desktop (1280x900) and phone (390x844)
sizes, in light and dark: one journey, each page scanned four ways, which is much faster
than walking the journey four times.
"""

import datetime as dt
import re

import pytest
import time_machine
from django.utils import timezone
from playwright.sync_api import Page, expect

from accounts.models import User
from prep.practice.models import Card, Rating, Review
from tests.e2e.a11y import accessibility_problems
from tests.e2e.test_practice import EMAIL, current_prompt, next_card, sign_up
from tests.factories import QuestionFactory, TopicFactory

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def clock():
    """The site's clock, running, at noon UTC tomorrow: "today" cannot change mid-test (a
    run near midnight would split the day's reviews), and cookies set by the site still
    expire after the browser's real time."""
    noon = dt.datetime.combine(
        timezone.now().date() + dt.timedelta(days=1), dt.time(12), tzinfo=dt.UTC
    )
    with time_machine.travel(noon, tick=True) as traveller:
        yield traveller


def scan(page: Page) -> None:
    """axe-core and our own checks on the page as it is, at both sizes in both schemes."""
    problems = []
    for size_name, size in (("desktop", DESKTOP), ("phone", PHONE)):
        page.set_viewport_size(size)
        for scheme in ("light", "dark"):
            page.emulate_media(color_scheme=scheme)
            problems += [f"{size_name}/{scheme}: {p}" for p in accessibility_problems(page)]
    page.set_viewport_size(DESKTOP)
    page.emulate_media(color_scheme="light")
    assert problems == []


def bank() -> dict[str, list[str]]:
    topics = {
        "async": TopicFactory(name="Async & concurrency", slug="async", order=1),
        "databases": TopicFactory(name="Databases", slug="databases", order=2),
        "security": TopicFactory(name="Security", slug="security", order=3),
    }
    prompts = {
        "async": "Async question {n}: what happens at await number {n}?",
        "databases": "Database question {n}: how does index number {n} help?",
        "security": "Security question {n}: how is session token {n} checked?",
    }
    return {
        slug: [
            QuestionFactory(
                topic=topics[slug], prompt=prompts[slug].format(n=n), answer=f"Answer {n}."
            ).prompt
            for n in range(5 if slug != "security" else 3)
        ]
        for slug in topics
    }


def reveal(page: Page) -> None:
    page.keyboard.press("Space")
    expect(page.locator("[data-rating]")).to_have_count(4)


def test_a_new_user_onboards_practises_undoes_suspends_and_sees_the_same_numbers(
    live_server, page: Page, clock
):
    prompts = bank()
    base = live_server.url
    page.set_viewport_size(DESKTOP)

    # --- sign up (allauth, for real) and onboard -----------------------------------------
    sign_up(page, base)
    scan(page)
    page.get_by_role("link", name="Set up your practice").first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Let’s set up your practice")
    scan(page)
    page.get_by_label("Async & concurrency").check()
    page.get_by_label("Databases").check()
    interview = timezone.now().date() + dt.timedelta(days=30)
    page.get_by_label("Interview date (optional)").fill(interview.isoformat())
    page.get_by_label("New questions a day").fill("12")
    page.get_by_role("button", name="Start my first session").click()

    # Straight into one session over both topics.
    expect(page).to_have_url(re.compile(r"scope=topics(:|%3A)async(,|%2C)databases$"))
    expect(page.locator(".progress-line")).to_contain_text("0 due · 10 new left")
    expect(page.locator(".position")).to_have_text("Card 1 of 10")
    scan(page)

    # --- ten new cards ----------------------------------------------------------------------
    # By order of first appearance: "Again" on the 2nd and 5th, "Good" on the 8th (it comes
    # back in a learning step, and is suspended then), "Easy" on the rest (they graduate).
    first_ratings = {1: "1", 4: "1", 7: "3"}
    seen: list[str] = []
    returned: list[str] = []
    suspended = None
    while not page.get_by_role("heading", name="All caught up").is_visible():
        assert len(seen) + len(returned) < 20, "the session never ended"
        prompt = current_prompt(page)
        if prompt in seen:  # back in the same session: a learning step
            returned.append(prompt)
            reveal(page)
            if first_ratings.get(seen.index(prompt)) == "3":
                page.get_by_text("Bury, suspend or report this question").click()
                if suspended is None:
                    scan(page)  # the revealed card with its actions open
                next_card(page, lambda: page.get_by_role("button", name="Suspend").click())
                expect(page.get_by_text("Suspended: it stays out of practice")).to_be_visible()
                suspended = prompt
            else:
                next_card(page, lambda: page.keyboard.press("4"))
            continue
        seen.append(prompt)
        reveal(page)
        rating = first_ratings.get(len(seen) - 1, "4")
        next_card(page, lambda key=rating: page.keyboard.press(key))
        if len(seen) == 3:  # a change of mind, with the keyboard
            next_card(page, lambda: page.keyboard.press("Control+z"))
            expect(page.locator("#prompt")).to_have_text(prompt)
            expect(page.get_by_text("Grade “Easy” taken back.")).to_be_visible()
            scan(page)
            reveal(page)
            next_card(page, lambda: page.keyboard.press("4"))
        if len(seen) == 6:  # and with the button
            undo = page.get_by_role("button", name=re.compile("Undo last grade"))
            next_card(page, undo.click)
            expect(page.locator("#prompt")).to_have_text(prompt)
            reveal(page)
            next_card(page, lambda: page.keyboard.press("4"))

    assert len(seen) == len(set(seen)) == 10
    assert set(seen) == set(prompts["async"] + prompts["databases"])
    assert {seen[0], seen[1]} & set(prompts["async"]) and {seen[0], seen[1]} & set(
        prompts["databases"]
    ), "both chosen topics from the start"
    assert {seen[1], seen[4]} <= set(returned), "the two forgotten came back in the session"
    assert suspended == seen[7]

    # The summary: 10 first grades + 2 forgotten ones graded again; the undone grades are gone.
    summary = page.locator("section.summary")
    expect(summary).to_contain_text("12 cards in")
    counts = dict(
        (label, int(count))
        for count, label in re.findall(r"(\d+)\s+(\w+)", summary.locator("ul").inner_text())
    )
    assert counts == {"Again": 2, "Hard": 0, "Good": 1, "Easy": 9}
    expect(page.locator(".next-due")).to_contain_text(
        "The next review in “Async & concurrency, Databases” is due in"
    )
    scan(page)
    user = User.objects.get(email=EMAIL)
    assert user.reviews.count() == 12
    assert user.reviews.filter(rating=Rating.AGAIN).count() == 2
    assert Card.objects.get(user=user, question__prompt=suspended).suspended

    page.goto(f"{base}/practice/")
    expect(page.get_by_role("link", name=re.compile("My topics"))).to_contain_text("0 new")
    expect(page.get_by_text("12 reviewed today.")).to_be_visible()
    scan(page)

    # --- practise a bank search ---------------------------------------------------------------
    page.goto(f"{base}/questions/?q=token")
    expect(page.locator(".result-count")).to_contain_text("3 questions")
    scan(page)
    page.get_by_role("link", name=re.compile("Practise these")).click()
    expect(page).to_have_title(re.compile(r"^Practice: Search: token"))
    expect(page.locator(".progress-line")).to_contain_text("2 new left")
    first = current_prompt(page)
    assert first in prompts["security"]
    reveal(page)
    scan(page)
    next_card(page, lambda: page.keyboard.press("1"))
    assert current_prompt(page) in prompts["security"]
    reveal(page)
    next_card(page, lambda: page.keyboard.press("4"))
    # The daily limit of 12 is met: what comes now is the forgotten one, early.
    expect(page.locator("#prompt")).to_have_text(first)
    assert user.reviews.count() == 14

    # --- the same numbers on the practice page and the progress page -----------------------
    clock.shift(dt.timedelta(minutes=2))  # the forgotten card's first step is over: due
    page.goto(f"{base}/practice/")
    expect(page.locator("#start-heading")).to_have_text("1 review due")
    expect(page.get_by_text("14 reviewed today.")).to_be_visible()
    scan(page)

    page.goto(f"{base}/progress/")
    stat = page.locator(".stat")
    expect(stat.filter(has_text="due now").locator(".stat-value")).to_have_text("1")
    expect(stat.filter(has_text="reviewed today").locator(".stat-value")).to_have_text("14")
    expect(page.get_by_role("heading", name=re.compile(r"Interview on"))).to_be_visible()
    scan(page)
    assert Review.objects.filter(user=user).count() == 14
