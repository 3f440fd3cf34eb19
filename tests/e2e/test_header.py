"""On a phone the header is one row: the main links live in a Menu that closes on Escape
and on a click elsewhere, like the account menu."""

from playwright.sync_api import Browser, expect

from tests.e2e.a11y import accessibility_problems, with_axe
from tests.e2e.test_account import sign_in
from tests.factories import UserFactory


def test_the_phone_menu_opens_and_closes_by_keyboard_and_outside_click(
    live_server, browser: Browser
):
    user = UserFactory(display_name="Grace")
    context = with_axe(browser.new_context(viewport={"width": 390, "height": 844}))
    page = context.new_page()
    sign_in(page, live_server.url, user.email)
    page.goto(f"{live_server.url}/practice/")
    header = page.locator("header")
    assert header.bounding_box()["height"] < 60  # one row

    menu = page.locator("details.nav-menu")
    menu.locator("summary").click()
    expect(menu.get_by_role("link", name="Progress")).to_be_visible()
    assert accessibility_problems(page) == []
    page.keyboard.press("Escape")
    expect(menu).not_to_have_attribute("open", "")
    expect(menu.locator("summary")).to_be_focused()

    menu.locator("summary").click()
    page.locator("main h1").click()
    expect(menu).not_to_have_attribute("open", "")
    context.close()
