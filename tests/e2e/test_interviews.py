"""Mock interviews in a real browser.

An interviewer and a candidate in two browsers at once, the candidate's screen following
the interviewer's console by polling; a solo interview with the keyboard only; and both
without JavaScript, where pages follow by Refresh and plain form posts.

Every page state a person reaches is scanned (axe-core and our own checks). Without
JavaScript axe cannot run in the page, so the same URL is scanned in a twin browser with
JavaScript that shares the person's cookies: the server sends both the same HTML.
"""

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

import pytest
import time_machine
from django.core import mail
from django.utils import timezone
from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Page, expect

from accounts.models import User
from prep.interviews.models import MockInterview, Recommendation, Score, Status
from prep.practice.models import Card, Origin, Review
from tests.e2e.a11y import accessibility_problems, with_axe
from tests.e2e.conftest import TIMEOUT_MS
from tests.factories import PASSWORD, QuestionFactory, TopicFactory, UserFactory, make_interviewer
from tests.interviews.conftest import make_set

INTERVIEWER = "ines@example.com"
CANDIDATE = "cara@example.com"
# make_set's three questions, and the rubric each one has.
PROMPTS = [f"Question {n}: how does the event loop schedule task {n}?" for n in range(3)]
OUTLINE_POINT = "Ready queue of callbacks"
MISSED_POINT = "Selector waits for IO"
RED_FLAG = "Thinks asyncio uses threads"
NOTES = "You named the ready queue; work on how selectors wake the loop."
PRIVATE_NOTES = "PRIVATE: hesitant on IO, probe this again next round."
SUMMARY = "Solid on tasks, shaky on the event loop internals."
# Polling runs every 2 s: a few rounds, never an open-ended wait.
FOLLOWS_MS = 8_000


class Person:
    """One person in their own browser context, scanning each page state they reach."""

    def __init__(self, browser: Browser, base: str, email: str, *, javascript: bool = True):
        self.browser, self.base, self.email, self.javascript = browser, base, email, javascript
        self.errors: list[str] = []
        self.problems: dict[str, list[str]] = {}
        self.context = self._context(javascript)
        self.page = self.context.new_page()
        self._watch(self.page)
        self._twin: Page | None = None
        self.goto("/accounts/login/")
        self.page.get_by_label("Email:").fill(email)
        self.page.get_by_label("Password:").fill(PASSWORD)
        self.page.get_by_role("button", name="Sign In").click()
        expect(self.page.locator(".nav-account summary")).to_be_visible()

    def _context(self, javascript: bool) -> BrowserContext:
        context = with_axe(self.browser.new_context(java_script_enabled=javascript))
        context.set_default_timeout(TIMEOUT_MS)
        return context

    def _watch(self, page: Page) -> None:
        def on_console(message: ConsoleMessage) -> None:
            if message.type == "error":
                self.errors.append(f"console: {message.text} ({message.location['url']})")

        page.on("pageerror", lambda error: self.errors.append(f"uncaught: {error}"))
        page.on("console", on_console)

    def goto(self, path: str) -> Page:
        self.page.goto(self.base + path)
        return self.page

    def scan(self, state: str = "") -> None:
        """Record what axe-core and our checks find on the page as it is now."""
        page = self.page
        if not self.javascript:
            page = self._twin_at(self.page.url)
        if problems := accessibility_problems(page):
            where = urlsplit(self.page.url).path + (f" ({state})" if state else "")
            self.problems[f"{self.email} {where}"] = problems

    def _twin_at(self, url: str) -> Page:
        """The same URL, as the same signed-in person, in a browser with JavaScript."""
        if self._twin is None:
            twin_context = self._context(javascript=True)
            twin_context.add_cookies(self.context.cookies())
            self._twin = twin_context.new_page()
            self._watch(self._twin)
        self._twin.goto(url)
        return self._twin

    def close(self) -> None:
        if self._twin is not None:
            self._twin.context.close()
        self.context.close()


@pytest.fixture
def open_browser(browser: Browser, live_server) -> Iterator:
    """Sign someone in, in a browser of their own; after the test, no JavaScript errors."""
    people: list[Person] = []

    def open_(email: str, *, javascript: bool = True) -> Person:
        person = Person(browser, live_server.url, email, javascript=javascript)
        people.append(person)
        return person

    yield open_
    for person in people:
        person.close()
    errors = [error for person in people for error in person.errors]
    assert not errors, "JavaScript errors in the browser:\n" + "\n".join(errors)


def assert_accessible(*people: Person) -> None:
    problems = {where: found for person in people for where, found in person.problems.items()}
    assert problems == {}, "Accessibility problems:\n" + "\n".join(
        f"{where}:\n  " + "\n  ".join(found) for where, found in problems.items()
    )


@pytest.fixture
def site_clock():
    """The site's clock, running (polling needs time to pass) and movable by the test."""
    with time_machine.travel(timezone.now(), tick=True) as traveller:
        yield traveller


@pytest.fixture
def interview_people(db):
    interviewer = make_interviewer(UserFactory(email=INTERVIEWER, display_name="Ines Interviewer"))
    candidate = UserFactory(email=CANDIDATE, display_name="Cara Candidate")
    return interviewer, candidate, make_set(interviewer)


def invitation_link(live_server_url: str, outbox: list) -> str:
    """The link in the one invitation sent, which names the live server (SITE_URL)."""
    (message,) = outbox
    assert message.to == [CANDIDATE]
    match = re.search(r"https?://\S+/interviews/invitation/[^/\s]+/", message.body)
    assert match, message.body
    assert match.group().startswith(live_server_url)
    return match.group()


@contextmanager
def saving(page: Page) -> Iterator[None]:
    """Wait for the console to save the marks (htmx) after what happens in the block."""
    with page.expect_response(
        lambda response: (
            response.url.endswith("/console/assess/") and response.request.method == "POST"
        )
    ) as response:
        yield
    assert response.value.ok


def score_radio(page: Page, value: int):
    return page.get_by_role(
        "radio", name=re.compile(rf"^{value} {re.escape(Score(value).label)}\b")
    )


def tab_to(page: Page, target, *, presses: int = 40) -> None:
    """Press Tab until `target` has the focus: the focus order must reach it."""
    for _ in range(presses):
        if target.evaluate("element => element === document.activeElement"):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"{presses} presses of Tab never reached {target}")


def schedule_interview(interviewer: Person, question_set) -> dt.datetime:
    """Fill in the schedule form for tomorrow, 15:30, five minutes a question."""
    page = interviewer.goto("/interviews/schedule/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Schedule a mock interview")
    interviewer.scan()
    page.get_by_label("Question set").select_option(label=question_set.title)
    page.get_by_label("Candidate’s email").fill(CANDIDATE)
    when = timezone.localtime(timezone.now() + dt.timedelta(days=1)).replace(
        hour=15, minute=30, second=0, microsecond=0
    )
    page.get_by_label("Date and time").fill(when.strftime("%Y-%m-%dT%H:%M"))
    page.get_by_label("Minutes per question").fill("5")
    page.get_by_role("button", name="Schedule and send the invitation").click()
    expect(page.get_by_text(f"The invitation is on its way to {CANDIDATE}")).to_be_visible()
    return when


def test_it_runs_an_interview_with_the_candidate_following_the_console(
    live_server, open_browser, interview_people, settings, site_clock, sent_mail
):
    settings.SITE_URL = live_server.url
    _, candidate_user, question_set = interview_people
    interviewer = open_browser(INTERVIEWER)
    candidate = open_browser(CANDIDATE)

    # The interviewer schedules the interview from their set.
    page = interviewer.page
    when = schedule_interview(interviewer, question_set)
    expect(page.get_by_text(f"Invited: {CANDIDATE}. Not accepted yet.")).to_be_visible()
    interviewer.scan("scheduled")
    interview = MockInterview.objects.get()
    assert (interview.scheduled_at, interview.seconds_per_question) == (when, 300)

    # The candidate accepts from the email, and waits for the interviewer.
    room = candidate.page
    room.goto(invitation_link(live_server.url, sent_mail()))
    expect(room.get_by_role("heading", level=1)).to_have_text(
        "Ines Interviewer invites you to a mock interview"
    )
    candidate.scan()
    room.get_by_role("button", name="Accept the invitation").click()
    expect(room).to_have_url(re.compile(rf"/interviews/{interview.public_id}/$"))
    expect(room.get_by_role("heading", level=1)).to_have_text(question_set.title)
    expect(
        room.get_by_text("The first question appears here when Ines Interviewer")
    ).to_be_visible()
    candidate.scan("waiting")
    room.evaluate("window.notReloaded = true")
    # The console hears of it by polling.
    expect(page.get_by_text("Cara Candidate accepted the invitation.")).to_be_visible(
        timeout=FOLLOWS_MS
    )

    # The interviewer starts; the candidate's screen follows, without a reload.
    page.get_by_role("button", name="Start the interview").click()
    expect(page.locator("#prompt")).to_have_text(PROMPTS[0])
    expect(room.locator("#prompt")).to_have_text(PROMPTS[0], timeout=FOLLOWS_MS)
    expect(room.locator(".progress-line")).to_have_text("Question 1 of 3")
    assert room.evaluate("window.notReloaded") is True
    candidate.scan("question 1")

    answer = "The loop keeps a ready queue and runs each callback in turn."
    room.get_by_label("Your answer").press_sequentially(answer, delay=10)
    expect(room.get_by_role("status").filter(has_text="Saved at")).to_be_visible()
    expect(page.locator(".live-answer")).to_have_text(answer, timeout=FOLLOWS_MS)
    interviewer.scan("question 1")

    # Marks on question 1: notes, a ticked point and a red flag, "1" to score, "N" for next.
    with saving(page):
        page.get_by_label("Notes for the candidate").fill(NOTES)
    with saving(page):
        page.get_by_label("Private notes").fill(PRIVATE_NOTES)
    with saving(page):
        page.get_by_label(OUTLINE_POINT).check()
    with saving(page):
        page.get_by_label(RED_FLAG).check()
    with saving(page):
        page.keyboard.press("1")
    expect(score_radio(page, 1)).to_be_checked()
    page.keyboard.press("N")
    expect(page.locator("#prompt")).to_have_text(PROMPTS[1])
    expect(room.locator("#prompt")).to_have_text(PROMPTS[1], timeout=FOLLOWS_MS)
    expect(room.get_by_label("Your answer")).to_have_value("")
    assert room.evaluate("window.notReloaded") is True
    candidate.scan("question 2")
    interviewer.scan("question 2")

    # Questions 2 and 3: a score each, by key, then on.
    for number, score in ((2, 3), (3, 4)):
        expect(page.locator(".progress-line")).to_contain_text(f"Question {number} of 3")
        page.wait_for_load_state("load")
        # Next posts the whole form, so the score goes with it even if its autosave is
        # still on its way (question 1 above waits for the autosave itself).
        page.keyboard.press(str(score))
        expect(score_radio(page, score)).to_be_checked()
        if number == 3:
            expect(page.get_by_role("button", name="Wrap up")).to_be_visible()
        page.keyboard.press("N")
    expect(page.get_by_role("heading", name="All 3 questions asked")).to_be_visible()
    expect(room.get_by_role("heading", name="That was the last question")).to_be_visible(
        timeout=FOLLOWS_MS
    )
    interviewer.scan("wrap-up")
    candidate.scan("wrap-up")

    # The verdict, sent to the candidate.
    page.get_by_role("button", name="Finish the interview").click()
    expect(page.get_by_role("heading", name="Verdict")).to_be_visible()
    expect(room.get_by_role("heading", name="The interview is over")).to_be_visible(
        timeout=FOLLOWS_MS
    )
    interviewer.scan("verdict")
    candidate.scan("over")
    page.get_by_role("radio", name="No", exact=True).check()
    page.get_by_label("Summary").fill(SUMMARY)
    page.get_by_role("button", name="Send scorecard to Cara Candidate").click()
    expect(page.get_by_text("Scorecard sent to Cara Candidate.")).to_be_visible()
    interviewer.scan("sent")
    interview.refresh_from_db()
    assert interview.status == Status.COMPLETED
    assert interview.recommendation == Recommendation.NO
    assert [a.score for a in interview.answers.all()] == [1, 3, 4]
    assert sent_mail()[-1].to == [CANDIDATE]
    assert "Your scorecard" in mail.outbox[-1].subject

    # The candidate reads their scorecard, but not the interviewer's private notes.
    room.reload()
    room.get_by_role("link", name="Read your scorecard").click()
    expect(room.get_by_role("heading", level=1)).to_have_text(f"Scorecard: {question_set.title}")
    candidate.scan()
    first = room.locator(".review-item").filter(has_text=PROMPTS[0])
    expect(first).to_contain_text(f"Score: 1 · {Score(1).label}")
    expect(first.locator("li.covered")).to_have_text(f"Covered:{OUTLINE_POINT}")
    expect(first.locator("li.missed", has_text=MISSED_POINT)).to_contain_text("Missed:")
    expect(first.locator(".red-flags")).to_have_text(RED_FLAG)
    expect(first).to_contain_text(NOTES)
    expect(room.locator(".stats")).to_contain_text("No")
    expect(room.get_by_text(SUMMARY)).to_be_visible()
    assert PRIVATE_NOTES not in room.content()

    # The next day the fumbled question is due in the candidate's practice.
    fumbled = interview.answers.get(position=0).question
    card = Card.objects.get(user=candidate_user, question=fumbled)
    assert card.due <= timezone.now() + dt.timedelta(days=1)
    review = Review.objects.get(user=candidate_user, question=fumbled)
    assert (review.origin, review.rating, review.typed_answer) == (Origin.MOCK, 1, answer)
    assert Review.objects.filter(user=candidate_user, origin=Origin.MOCK).count() == 3
    site_clock.shift(dt.timedelta(days=1))
    room.goto(f"{live_server.url}/practice/session/?scope=due")
    expect(room.locator("#prompt")).to_have_text(PROMPTS[0])
    candidate.scan()

    assert_accessible(interviewer, candidate)


def make_topic(name: str = "Databases", slug: str = "databases", count: int = 3) -> list[str]:
    topic = TopicFactory(name=name, slug=slug)
    return [
        QuestionFactory(
            topic=topic,
            prompt=f"Databases question {n}: when does index {n} stop helping?",
            answer=f"When the planner reads most rows anyway ({n}).",
        ).prompt
        for n in range(count)
    ]


def test_it_runs_a_solo_interview_with_the_keyboard_only(open_browser):
    prompts = make_topic()
    user = UserFactory(email="solo@example.com")
    person = open_browser(user.email)
    page = person.goto("/interviews/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Mock interviews")
    person.scan()

    source = page.get_by_label("Questions from")
    tab_to(page, source)
    page.keyboard.type("Databases")  # a closed <select> picks the option typed
    expect(source).to_have_value("topic:databases")
    page.keyboard.press("Tab")
    expect(page.get_by_label("Number of questions")).to_be_focused()
    page.keyboard.press("Control+a")
    page.keyboard.type("2")
    page.keyboard.press("Tab")
    expect(page.get_by_label("Minutes per question")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Start a mock interview")).to_be_focused()
    page.keyboard.press("Enter")

    asked = []
    for number in (1, 2):
        expect(page.locator(".progress-line")).to_have_text(f"Question {number} of 2")
        prompt = page.locator("#prompt").inner_text()
        asked.append(prompt)
        person.scan(f"question {number}")
        box = page.get_by_label("Your answer")
        tab_to(page, box)
        page.keyboard.type(f"Answer {number}: when most rows match.")
        page.keyboard.press("Control+Enter")
        if number == 1:
            expect(page.locator("#prompt")).not_to_have_text(prompt)
    expect(page).to_have_url(re.compile(r"/interviews/[0-9a-f-]+/review/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Review: Databases")
    assert len(set(asked)) == 2 and set(asked) <= set(prompts)
    person.scan()

    # Each key rates the next answer still to rate.
    items = page.locator(".review-item")
    expect(items).to_have_count(2)
    expect(items.nth(0)).to_contain_text("Answer 1: when most rows match.")
    page.keyboard.press("3")
    expect(items.nth(0).get_by_role("status")).to_contain_text("You rated this Good.")
    # htmx keeps the old class until it settles: only then is the next answer "unrated".
    expect(page.locator("#rating-1")).to_have_class(re.compile(r"\brated\b"))
    page.keyboard.press("1")
    expect(items.nth(1).get_by_role("status")).to_contain_text("You rated this Again.")
    expect(items.nth(0).get_by_role("status")).to_contain_text("You rated this Good.")
    expect(page.locator("[data-rating]")).to_have_count(0)
    person.scan("rated")

    interview = MockInterview.objects.get(candidate=user)
    assert (interview.solo, interview.status) == (True, Status.COMPLETED)
    reviews = Review.objects.filter(user=user, origin=Origin.MOCK).order_by("rating")
    assert [(r.question.prompt, r.rating) for r in reviews] == [(asked[1], 1), (asked[0], 3)]
    assert reviews[1].typed_answer == "Answer 1: when most rows match."

    assert_accessible(person)


def test_it_runs_an_interview_without_javascript_by_refreshing(
    live_server, open_browser, interview_people, settings, sent_mail
):
    settings.SITE_URL = live_server.url
    _, candidate_user, question_set = interview_people
    interviewer = open_browser(INTERVIEWER, javascript=False)
    console = interviewer.page
    schedule_interview(interviewer, question_set)
    interview = MockInterview.objects.get()

    candidate = open_browser(CANDIDATE, javascript=False)
    room = candidate.page
    room.goto(invitation_link(live_server.url, sent_mail()))
    candidate.scan()
    room.get_by_role("button", name="Accept the invitation").click()
    expect(room.get_by_text("The first question appears here")).to_be_visible()
    candidate.scan("waiting")

    expect(console.get_by_text(f"Invited: {CANDIDATE}. Not accepted yet.")).to_be_visible()
    console.locator("#live").get_by_role("link", name="Refresh").click()
    expect(console.get_by_text("Cara Candidate accepted the invitation.")).to_be_visible()
    interviewer.scan("scheduled")
    console.get_by_role("button", name="Start the interview").click()
    expect(console.locator("#prompt")).to_have_text(PROMPTS[0])
    interviewer.scan("question 1")

    # Nothing moves by itself: Refresh shows the question the interviewer is on.
    expect(room.get_by_role("heading", level=1)).to_have_text(question_set.title)
    room.get_by_role("link", name="Refresh").click()
    expect(room.locator("#prompt")).to_have_text(PROMPTS[0])
    candidate.scan("question 1")
    room.get_by_label("Your answer").fill("Callbacks wait in a ready queue.")
    room.get_by_role("button", name="Save").click()
    expect(room.get_by_label("Your answer")).to_have_value("Callbacks wait in a ready queue.")

    console.locator("#live").get_by_role("link", name="Refresh").click()
    expect(console.locator(".live-answer")).to_have_text("Callbacks wait in a ready queue.")
    console.get_by_label(OUTLINE_POINT).check()
    score_radio(console, 2).check()
    console.get_by_role("button", name="Next question").click()
    expect(console.locator("#prompt")).to_have_text(PROMPTS[1])

    room.get_by_role("link", name="Refresh").click()
    expect(room.locator("#prompt")).to_have_text(PROMPTS[1])
    expect(room.get_by_label("Your answer")).to_have_value("")
    candidate.scan("question 2")

    console.get_by_role("button", name="Next question").click()
    expect(console.locator("#prompt")).to_have_text(PROMPTS[2])
    console.get_by_role("button", name="Wrap up").click()
    expect(console.get_by_role("heading", name="All 3 questions asked")).to_be_visible()
    interviewer.scan("wrap-up")
    room.get_by_role("link", name="Refresh").click()
    expect(room.get_by_role("heading", name="That was the last question")).to_be_visible()
    candidate.scan("wrap-up")
    console.get_by_role("button", name="Finish the interview").click()
    expect(console.get_by_role("heading", name="Verdict")).to_be_visible()
    interviewer.scan("verdict")
    console.get_by_role("radio", name="Yes", exact=True).check()
    console.get_by_label("Summary").fill(SUMMARY)
    console.get_by_role("button", name="Send scorecard to Cara Candidate").click()
    expect(console.get_by_text("Scorecard sent to Cara Candidate.")).to_be_visible()
    interviewer.scan("sent")

    room.get_by_role("link", name="Refresh").click()
    expect(room.get_by_role("heading", level=1)).to_have_text("The interview is over")
    candidate.scan("over")
    room.get_by_role("link", name="Read your scorecard").click()
    first = room.locator(".review-item").filter(has_text=PROMPTS[0])
    expect(first).to_contain_text(f"Score: 2 · {Score(2).label}")
    expect(first.locator("li.covered")).to_have_text(f"Covered:{OUTLINE_POINT}")
    candidate.scan()

    answer = interview.answers.get(position=0)
    assert (answer.typed_answer, answer.score, answer.covered) == (
        "Callbacks wait in a ready queue.",
        2,
        [0],
    )
    assert Review.objects.filter(user=candidate_user, origin=Origin.MOCK).count() == 1
    assert_accessible(interviewer, candidate)


def test_it_runs_a_solo_interview_without_javascript(open_browser):
    prompts = make_topic(count=2)
    user = UserFactory(email="solo@example.com")
    person = open_browser(user.email, javascript=False)
    page = person.goto("/interviews/")
    person.scan()
    page.get_by_label("Questions from").select_option(label="Databases")
    page.get_by_label("Number of questions").fill("2")
    page.get_by_label("Minutes per question").fill("3")
    page.get_by_role("button", name="Start a mock interview").click()

    asked = []
    for number, button in ((1, "Next question"), (2, "Finish and review")):
        expect(page.locator(".progress-line")).to_have_text(f"Question {number} of 2")
        asked.append(page.locator("#prompt").inner_text())
        person.scan(f"question {number}")
        page.get_by_label("Your answer").fill(f"Plain answer {number}.")
        page.get_by_role("button", name=button).click()
    assert sorted(asked) == sorted(prompts)
    expect(page.get_by_role("heading", level=1)).to_have_text("Review: Databases")
    person.scan()

    items = page.locator(".review-item")
    items.nth(0).get_by_role("button", name=re.compile("Good")).click()
    expect(page).to_have_url(re.compile(r"/review/#answer-1$"))
    expect(items.nth(0).get_by_role("status")).to_contain_text("You rated this Good.")
    items.nth(1).get_by_role("button", name=re.compile("Hard")).click()
    expect(items.nth(1).get_by_role("status")).to_contain_text("You rated this Hard.")
    expect(page.locator("[data-rating]")).to_have_count(0)
    person.scan("rated")

    reviews = Review.objects.filter(user=user, origin=Origin.MOCK)
    assert sorted((r.question.prompt, r.rating, r.typed_answer) for r in reviews) == sorted(
        [(asked[0], 3, "Plain answer 1."), (asked[1], 2, "Plain answer 2.")]
    )
    assert User.objects.get(pk=user.pk).mock_interviews.get().status == Status.COMPLETED
    assert_accessible(person)
