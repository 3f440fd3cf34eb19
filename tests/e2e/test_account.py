"""The account in a real browser: exporting one's data, and deleting the account
(explained, password asked again, done)."""

import json
import zipfile

from playwright.sync_api import Page, expect

from accounts.models import User
from prep.practice.models import Review
from tests.e2e.a11y import accessibility_problems
from tests.factories import PASSWORD, CardFactory, ReviewFactory, UserFactory


def sign_in(page: Page, base: str, email: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    expect(page.locator(".nav-account summary")).to_be_visible()  # signed in, any width


def test_it_deletes_an_account_after_the_password_and_keeps_other_peoples_history(
    live_server, page
):
    user = UserFactory(email="leaving@example.com")
    mine = ReviewFactory(card=CardFactory(user=user))
    theirs = ReviewFactory(card=CardFactory(user=UserFactory(), question=mine.question))
    sign_in(page, live_server.url, user.email)

    page.goto(f"{live_server.url}/accounts/profile/")
    page.get_by_role("link", name="Delete account").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Delete your account")
    expect(page.get_by_text("1 card and 1 review")).to_be_visible()
    assert accessibility_problems(page) == []

    page.get_by_label("I understand").check()
    page.get_by_role("button", name="Delete my account").click()
    # allauth asks for the password again before anything is deleted.
    expect(page).to_have_url(
        f"{live_server.url}/accounts/reauthenticate/?next=%2Faccounts%2Fdelete%2F"
    )
    assert User.objects.filter(pk=user.pk).exists()
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Confirm").click()

    # The deletion it asked for goes ahead, once.
    expect(
        page.get_by_text("The account leaving@example.com and its data are deleted.")
    ).to_be_visible()
    expect(page.get_by_role("link", name="Log in")).to_be_visible()
    assert not User.objects.filter(pk=user.pk).exists()
    assert not Review.objects.filter(pk=mine.pk).exists()
    assert Review.objects.filter(pk=theirs.pk).exists()


def test_it_prepares_an_export_in_the_background_and_downloads_it(live_server, page, worker):
    user = UserFactory(email="exporting@example.com")
    review = ReviewFactory(card=CardFactory(user=user), typed_answer="Qx-e2e-typed")
    sign_in(page, live_server.url, user.email)

    page.locator("summary", has_text=user.name).click()  # the account menu
    page.get_by_role("link", name="Your data").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your data")
    page.get_by_role("button", name="Prepare my export").click()
    expect(page.get_by_text("Queued")).to_be_visible()
    expect(page.get_by_role("link", name="Refresh")).to_be_visible()
    assert accessibility_problems(page) == []

    worker()

    # The page polls: the Download button appears without a reload.
    download_button = page.get_by_role("link", name="Download")
    expect(download_button).to_be_visible()
    assert accessibility_problems(page) == []
    with page.expect_download() as started:
        download_button.click()
    download = started.value
    assert download.suggested_filename.startswith("interview-prep-data-")
    with zipfile.ZipFile(download.path()) as archive:
        [exported] = json.loads(archive.read("reviews.json"))
        assert exported["question"] == review.question.slug
        assert exported["typed_answer"] == "Qx-e2e-typed"
        assert "interview-prep.apkg" in archive.namelist()
