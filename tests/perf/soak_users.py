"""What a simulated user does: log in through the form, then practise, search, open
questions, bookmark, keep notes, and (staff) import documents, with think times between.

Half of them have JavaScript (htmx requests, fragments back), half do not (full pages,
post/redirect/get). Everything the site acknowledges goes in the user's Ledger, which the
benchmark compares with the database afterwards.
"""

import html
import random
import re
import threading
import time
import traceback
from urllib.parse import urlencode, urlsplit

from tests.factories import PASSWORD
from tests.perf.soak_data import GARBAGE, NUL_QUERY, Ledger, generated_document, words
from tests.perf.soak_http import Browser, Cut, Page, RequestFailed

NOT_COUNTED = "That grade was not counted"
IMPORT_URL = "/admin/questions/source/import/"
IMPORT_PAGE = re.compile(r"^/admin/questions/source/import/[0-9a-f-]+/$")
POLLS, POLL_SECONDS = 120, 1.0  # the worker's check or import of a small document: ~1 s


class SimulatedUser:
    def __init__(self, number, email, *, staff, browser: Browser, bank, topics, logged_in, stop):
        self.number, self.staff, self.b = number, staff, browser
        self.ledger = Ledger(email)
        self.rng = random.Random(number)
        self.htmx = number % 2 == 0
        self.bank, self.topics, self.stop = bank, topics, stop
        self.logged_in = logged_in  # a Barrier: the soak starts once everyone is in
        self.scope = "due"
        self.documents = 0
        self.next_import = 0.0

    def run(self) -> None:
        try:
            try:
                self.log_in()
            except RequestFailed:
                return  # counted where it happened
            finally:
                self.logged_in.wait()
            self.next_import = time.monotonic() + self.rng.uniform(5, 15)
            while not self.stop.is_set():
                try:
                    self.act()
                except RequestFailed:
                    self.think(1, 3)
        except Exception:
            self.b.stats.error(f"{self.ledger.email}: client crashed\n{traceback.format_exc()}")

    def act(self) -> None:
        if self.staff and time.monotonic() >= self.next_import:
            self.import_document()
            self.next_import = time.monotonic() + self.rng.uniform(30, 90)
            return
        choice = self.rng.choices(["practise", "search", "question"], weights=[5, 3, 2])[0]
        getattr(self, choice)()
        self.think(0.5, 2)

    def think(self, low: float, high: float) -> None:
        self.stop.wait(self.rng.uniform(low, high))

    def problem(self, text: str, page: Page | None = None) -> None:
        where = ""
        if page is not None:
            said = re.findall(r'class="[^"]*error[^"]*"[^>]*>(.*?)</', page.body, re.S)
            said = [" ".join(re.sub(r"<[^>]+>", " ", s).split()) for s in said]
            where = f" at {page.method} {page.path} ({page.final_status}) {[s for s in said if s]}"
        self.b.stats.error(f"{self.ledger.email}: {text}{where}")
        raise RequestFailed

    # --- logging in ------------------------------------------------------------------

    def log_in(self) -> None:
        page = self.b.get("/accounts/login/")
        form = page.form(action="/accounts/login/", method="post") or page.form(method="post")
        if form is None:
            self.problem("no login form", page)
        home = self.b.submit(form, {"login": self.ledger.email, "password": PASSWORD})
        if home.status != 302 or home.form(action="/accounts/login/"):
            self.problem("login refused", home)

    # --- practice --------------------------------------------------------------------

    def practise(self) -> None:
        page = self.b.get(f"/practice/session/?{urlencode({'scope': self.scope}, safe=':')}")
        for _ in range(self.rng.randint(1, 6)):
            if self.stop.is_set() or page is None:
                return
            page = self.one_card(page)

    def one_card(self, page: Page) -> Page | None:
        reveal = page.form(action="/practice/reveal/")
        if reveal is None:
            more = page.form(action="/practice/more/")
            if more is not None and self.rng.random() < 0.5:
                self.b.submit(more)
            else:
                self.scope = self.pick_scope()
            return None
        self.think(1, 4)  # reading the question, answering out loud
        typed = self.rng.choice(["", "", "", "A queue, and the event loop runs it."])
        shown = self.b.submit(reveal, {"typed_answer": typed}, htmx=self.htmx)
        grade = shown.form(action_end="/grade/")
        if grade is None:
            self.problem("revealed card without grade buttons", shown)
        # Also in "Your bookmarks": un-bookmarking the revealed card there once made its
        # grade a 404 (found by the first full run; the grade counts now).
        if self.htmx and self.rng.random() < 0.1:
            slug = urlsplit(grade.action).path.split("/")[3]
            self.toggle_bookmark(shown, slug)
        self.think(0.5, 3)
        rating = self.rng.choices([1, 2, 3, 4], weights=[2, 2, 5, 1])[0]
        slug = urlsplit(grade.action).path.split("/")[3]
        reps = int(grade.fields["reps"])
        result = self.b.submit(grade, {"rating": str(rating)}, htmx=self.htmx)
        if result.status != (200 if self.htmx else 302):
            self.problem(f"grade answered {result.status}", result)
        if NOT_COUNTED in result.body:
            if not result.cut:
                self.problem(f"grade {rating} on {slug} not counted, nothing was cut", result)
            self.ledger.grades_cut_but_kept += 1  # the request the kill cut had committed it
        self.ledger.grades.append((slug, reps, rating))
        return result

    def pick_scope(self) -> str:
        topic = self.rng.choice(self.topics)
        level = self.rng.choice(["junior", "mid", "senior"])
        scopes = ["due", "due", "new", f"topic:{topic}", f"level:{level}", "bookmarks"]
        return self.rng.choice(scopes)

    # --- the bank --------------------------------------------------------------------

    def search(self) -> None:
        roll = self.rng.random()
        if roll < 0.02:
            query = NUL_QUERY
        elif roll < 0.15:
            query = self.rng.choice(GARBAGE)
        else:
            topic = self.rng.choice(self.topics)
            query = " ".join(self.rng.sample(words(topic), self.rng.randint(1, 3)))
            if self.rng.random() < 0.3:
                query = query[: self.rng.randint(2, len(query))]  # still typing
        params = {"q": query}
        if self.rng.random() < 0.2:
            params["topic"] = self.rng.choice(self.topics)
        if self.rng.random() < 0.2:
            params["level"] = self.rng.choice(["junior", "mid", "senior"])
        page = self.b.get(f"/questions/?{urlencode(params)}", htmx=self.htmx)
        if "\x00" in query and "Null characters are not allowed" not in page.body:
            self.problem("a NUL in the search was not explained", page)
        found = re.findall(r'class="question-link" href="/questions/([^/"]+)/"', page.body)
        following = re.search(r'href="([^"]+)"[^>]*rel="next"', page.body)
        if following and self.rng.random() < 0.2:
            self.think(1, 2)
            page = self.b.get(html.unescape(following.group(1)), htmx=self.htmx)
            found = re.findall(r'class="question-link" href="/questions/([^/"]+)/"', page.body)
        if found and self.rng.random() < 0.6:
            self.think(1, 3)
            self.question(self.rng.choice(found))

    def question(self, slug: str | None = None) -> None:
        slug = slug or self.rng.choice(self.bank).slug
        page = self.b.get(f"/questions/{slug}/")
        roll = self.rng.random()
        if roll < 0.3:
            self.think(0.5, 2)
            self.toggle_bookmark(page, slug)
        elif roll < 0.5:
            self.think(1, 3)
            self.edit_note(page, slug)

    def toggle_bookmark(self, page: Page, slug: str) -> None:
        before = bookmark_shown(page.body, slug)
        url = f"/practice/q/{slug}/bookmark/"
        # On the card the button posts with the card without JavaScript, and to `url` with
        # htmx (hx-post); on the question page it posts to `url` either way.
        form = page.form(action=url) or next(
            (f for f in page.forms() if f.attrs.get("hx-post") == url), None
        )
        if form is None or before is None:
            self.problem(f"no bookmark button for {slug}", page)
        if self.htmx and form.attrs.get("hx-post") == url:
            after = self.b.request("POST", url, fields=form.fields, htmx=True)
        else:
            after = self.b.submit(form, htmx=self.htmx)
        shown = bookmark_shown(after.body, slug)
        if shown is None:
            self.problem(f"bookmark state of {slug} not shown after toggling", after)
        if shown == before and not after.cut:
            self.problem(f"bookmark on {slug} did not toggle", after)
        self.ledger.bookmarks[slug] = shown

    def edit_note(self, page: Page, slug: str) -> None:
        link = re.search(rf'href="(/practice/q/{re.escape(slug)}/note/[^"]*)"', page.body)
        if link is None:
            self.problem(f"no note link on {slug}", page)
        editor = self.b.get(html.unescape(link.group(1)))
        form = editor.form(action=f"/practice/q/{slug}/note/")
        if form is None:
            self.problem(f"no note form for {slug}", editor)
        word = self.rng.choice(words(self.rng.choice(self.topics)))
        text = self.rng.choice(
            [
                f"Remember the {word} (note {self.rng.getrandbits(32):x}).",
                f"## {word}\n\n- one\n- two\n\n```python\nprint({self.number})\n```",
                "",  # saving an empty note deletes it
            ]
        )
        self.b.submit(form, {"text": text}, htmx=self.htmx)
        self.ledger.notes[slug] = text

    # --- staff: importing a document ---------------------------------------------------

    def import_document(self) -> None:
        """Upload -> the import's page until the worker's preview is ready -> confirm -> the
        page until the worker has imported it -> its Source, as staff do in the admin.

        Without JavaScript the page is refreshed (the Refresh link) every POLL_SECONDS, at
        most POLLS times a step; a failed import is an error. An upload the kill cut may or
        may not have been saved: the user looks for it under "Your recent imports" and
        uploads again only if it is not there. A confirmation the kill cut is sent again
        (the second one is told it was confirmed already: it is imported once)."""
        self.documents += 1
        text = generated_document(self.number, self.documents, self.bank, self.rng)
        title = f"Soak document {self.number}-{self.documents}"
        publish = self.rng.random() < 0.5
        page = self.upload(title, text, publish)
        page = self.follow_import(page, title)
        confirm = page.form(action_end="/confirm/")
        count = re.search(r'value="Import (\d+) question', page.body)
        if confirm is None or count is None:
            self.problem(f"no preview for {title}", page)
        found = int(count.group(1))
        self.think(1, 3)
        page = self.follow_import(self.b.submit(confirm, kind="import confirm"), title)
        source = re.search(r'href="(/admin/questions/source/(\d+)/change/)"', page.body)
        if import_state(page.body) != "done" or source is None:
            self.problem(f"{title}: confirmed, but no link to its source", page)
        self.ledger.imports.append((int(source.group(2)), found))
        self.ledger.import_pages.append(urlsplit(page.path).path)
        self.think(0.5, 2)
        self.b.get(source.group(1))  # the Source, as the result page offers

    def upload(self, title: str, text: str, publish: bool) -> Page:
        """The import's page after uploading the document (once, whatever the kill cut)."""
        for attempt in range(3):
            form_page = self.b.get(IMPORT_URL)
            if attempt:  # the last upload was cut: was it saved?
                mine = re.search(
                    rf'<a href="({IMPORT_URL}[0-9a-f-]+/)">{re.escape(html.escape(title))}</a>',
                    form_page.body,
                )
                if mine:
                    return self.b.get(mine.group(1))
            form = next((f for f in form_page.forms() if f.enctype == "multipart/form-data"), None)
            if form is None:
                self.problem("no upload form", form_page)
            fields = {**form.fields, "title": title}
            fields.pop("publish", None)
            if publish:
                fields["publish"] = "on"
            files = {"document": (f"soak-{self.number}-{self.documents}.md", text.encode())}
            try:
                page = self.b.request(
                    "POST",
                    IMPORT_URL,
                    fields=fields,
                    files=files,
                    kind="import upload",
                    resend=False,
                )
            except Cut:
                self.ledger.uploads_cut += 1
                time.sleep(0.5)  # the user sees an error page, and goes back to the form
                continue
            if not IMPORT_PAGE.match(page.path):
                self.problem(f"uploading {title} did not lead to its import's page", page)
            return page
        self.problem(f"{title}: not uploaded after three tries")

    def follow_import(self, page: Page, title: str) -> Page:
        """Refresh the import's page until the worker is done with this step."""
        for _ in range(POLLS):
            state = import_state(page.body)
            if state == "failed":
                self.problem(f"importing {title} failed", page)
            if state != "running":
                return page
            refresh = re.search(r'<a href="([^"]+)">Refresh</a>', page.body)
            if refresh is None:
                self.problem(f"no Refresh link while {title} is checked or imported", page)
            time.sleep(POLL_SECONDS)  # not self.think: an import begun is followed to its end
            page = self.b.get(html.unescape(refresh.group(1)))
        self.problem(f"{title}: the worker was not done after {POLLS * POLL_SECONDS:.0f} s", page)


def import_state(body: str) -> str:
    """What the import's page shows: running (checking or importing), preview, done,
    failed, or unknown."""
    if re.search(r'id="import-state"[^>]*hx-get=', body):
        return "running"
    if 'class="import-result"' in body:
        return "done"
    if re.search(r'action="[^"]*/confirm/"', body):
        return "preview"
    if 'id="import-state"' in body and 'class="errornote"' in body:
        return "failed"
    return "unknown"


def bookmark_shown(body: str, slug: str) -> bool | None:
    found = re.search(
        rf'(?:action|hx-post)="/practice/q/{re.escape(slug)}/bookmark/".*?'
        r'aria-pressed="(true|false)"',
        body,
        re.S,
    )
    return None if found is None else found.group(1) == "true"


def start(users: list[SimulatedUser], ramp_seconds: float) -> list[threading.Thread]:
    """One thread per user, started over `ramp_seconds` (people do not all arrive at once)."""
    threads = []
    for user in users:
        thread = threading.Thread(target=user.run, name=user.ledger.email, daemon=True)
        thread.start()
        threads.append(thread)
        time.sleep(ramp_seconds / len(users))
    return threads
