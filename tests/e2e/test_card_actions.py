"""Burying, suspending and reporting from the card in a real browser, with axe."""

from django.utils import timezone
from playwright.sync_api import Page, expect

from prep.practice.models import Card
from questions.models import Flag
from tests.e2e.a11y import accessibility_problems
from tests.e2e.test_account import sign_in
from tests.factories import CardFactory, QuestionFactory, UserFactory


def test_a_learner_reports_a_question_then_suspends_it_and_takes_it_back(live_server, page: Page):
    user = UserFactory()
    card = CardFactory(
        user=user, question=QuestionFactory(prompt="What does GIL stand for?"), due=timezone.now()
    )
    sign_in(page, live_server.url, user.email)
    page.goto(f"{live_server.url}/practice/session/?scope=due")
    page.keyboard.press("Space")
    bookmark = page.get_by_role("button", name="☆ Bookmark")
    bookmark.click()
    marked = page.get_by_role("button", name="★ Bookmarked")
    expect(marked).to_be_focused()  # the new button keeps the focus
    page.get_by_text("Your note (none yet)").click()
    page.get_by_label("Your note").fill("Global Interpreter Lock")
    page.get_by_role("button", name="Save note").click()
    expect(page.get_by_role("status").filter(has_text="Saved.")).to_be_visible()
    page.get_by_text("Bury, suspend or report this question").click()
    assert accessibility_problems(page) == []

    page.get_by_label("The answer is wrong").check()
    page.get_by_label("Tell us more (optional)").fill("It stands for Global Interpreter Lock.")
    page.get_by_role("button", name="Report to staff").click()
    expect(page.get_by_text("Thank you: staff will look at this question.")).to_be_focused()
    assert Flag.objects.get().comment == "It stands for Global Interpreter Lock."

    page.get_by_role("button", name="Suspend").click()
    expect(page.get_by_text("Suspended: it stays out of practice")).to_be_visible()
    assert Card.objects.get(pk=card.pk).suspended

    page.goto(f"{live_server.url}/practice/")
    page.get_by_role("button", name="Take back into practice: What does GIL stand for?").click()
    expect(page.get_by_text("is back in practice")).to_be_visible()
    assert not Card.objects.get(pk=card.pk).suspended
