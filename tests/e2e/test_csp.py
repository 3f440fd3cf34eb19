"""Under the site's Content-Security-Policy the practice flow runs in a real browser with
nothing refused (security issue: CSP)."""

from playwright.sync_api import Page, expect

from tests.e2e.test_practice import async_questions, current_prompt, sign_up

RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(event.violatedDirective + " " + (event.blockedURI || "inline"));
});
"""


def violations(page: Page) -> list[str]:
    return page.evaluate("window.__cspViolations")


def test_it_practises_under_the_policy_with_nothing_refused(live_server, page, clock):
    page.context.add_init_script(script=RECORD_VIOLATIONS)
    async_questions(count=3)
    response = page.goto(f"{live_server.url}/")
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy

    sign_up(page, live_server.url)
    page.goto(f"{live_server.url}/practice/session/?scope=topic:async")
    first = current_prompt(page)
    page.keyboard.press("Space")  # htmx reveal
    expect(page.locator(".answer")).to_be_visible()
    page.keyboard.press("3")  # htmx grade, the next card swapped in
    expect(page.locator("#prompt")).not_to_have_text(first)
    assert violations(page) == []
    page.goto(f"{live_server.url}/questions/?q=await")  # htmx search page
    page.get_by_role("searchbox").fill("coroutine")
    page.keyboard.press("Enter")
    expect(page.locator("#results")).to_contain_text("Async question")

    assert violations(page) == []
