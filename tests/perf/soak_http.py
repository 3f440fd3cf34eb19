"""The soak benchmark's browser: one cookie jar per simulated user, forms read from the
HTML, redirects followed, every request timed, and the requests a killed worker cut told
apart from errors.

Gunicorn's sync workers close the connection after every response, so each request is a
fresh connection, as in tests/perf/test_interview_poll.py.
"""

import http.client
import itertools
import secrets
import threading
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urljoin, urlsplit

# A connection that ends without a whole response: what a SIGKILLed worker leaves behind.
CUT = (
    ConnectionResetError,
    ConnectionAbortedError,
    BrokenPipeError,
    http.client.RemoteDisconnected,
    http.client.IncompleteRead,
    http.client.BadStatusLine,
)
TIMEOUT_SECONDS = 120  # well past gunicorn's 30 s worker timeout: a hung worker shows as 5xx
MAX_RETRIES = 3


# --- forms -----------------------------------------------------------------------------


@dataclass
class Form:
    action: str
    method: str
    enctype: str
    fields: dict[str, str] = field(default_factory=dict)  # hidden, text and textarea values
    buttons: list[tuple[str, str]] = field(default_factory=list)  # submit (name, value)
    attrs: dict[str, str] = field(default_factory=dict)  # of the <form> tag


class _Forms(HTMLParser):
    def __init__(self):
        super().__init__()
        self.forms: list[Form] = []
        self.current: Form | None = None
        self.textarea: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = {name: value or "" for name, value in attrs}
        if tag == "form":
            self.current = Form(
                attrs.get("action", ""),
                attrs.get("method", "get").lower(),
                attrs.get("enctype", ""),
                attrs=attrs,
            )
            self.forms.append(self.current)
        elif self.current is None:
            return
        elif tag == "input" and attrs.get("name"):
            kind = attrs.get("type", "text")
            if kind == "submit":
                self.current.buttons.append((attrs["name"], attrs.get("value", "")))
            elif kind not in ("checkbox", "radio", "file") or "checked" in attrs:
                self.current.fields[attrs["name"]] = attrs.get("value", "")
        elif tag == "button" and attrs.get("name"):
            self.current.buttons.append((attrs["name"], attrs.get("value", "")))
        elif tag == "textarea" and attrs.get("name"):
            self.textarea = attrs["name"]
            self.current.fields[self.textarea] = ""

    def handle_data(self, data):
        if self.textarea and self.current is not None:
            self.current.fields[self.textarea] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.current = None
        elif tag == "textarea":
            self.textarea = None


@dataclass
class Page:
    method: str
    path: str  # where the last redirect led
    status: int  # of the first response (302 for a POST that redirected)
    final_status: int
    body: str
    cut: int = 0  # attempts the kill cut before this one came through
    _forms: list[Form] | None = None

    def forms(self) -> list[Form]:
        if self._forms is None:
            reader = _Forms()
            reader.feed(self.body)
            self._forms = reader.forms
        return self._forms

    def form(self, *, action: str = "", action_end: str = "", method: str = "") -> Form | None:
        """The first form posting to `action` (or to a path ending in `action_end`)."""
        for form in self.forms():
            path = urlsplit(form.action).path
            if action and path != action:
                continue
            if action_end and not path.endswith(action_end):
                continue
            if method and form.method != method:
                continue
            return form
        return None


# --- what happened ---------------------------------------------------------------------


@dataclass
class Sample:
    kind: str
    status: int
    started: float  # time.monotonic()
    seconds: float


class Fault:
    """When the worker was killed: a connection that broke while it happened was cut by it."""

    def __init__(self):
        self.killed_at: float | None = None  # time.monotonic()
        self.killed_pid: int | None = None
        self.respawned_pid: int | None = None
        self.respawn_seconds: float | None = None

    def explains(self, started: float, ended: float) -> bool:
        # Sent before the kill (give or take the signal's delivery), broken after it.
        return self.killed_at is not None and started <= self.killed_at + 0.05 <= ended + 0.05


class Stats:
    def __init__(self, fault: Fault):
        self.fault = fault
        self.samples: list[Sample] = []
        self.cut: list[str] = []  # "METHOD path" of each request the kill cut (then retried)
        self.errors: list[str] = []
        self._lock = threading.Lock()

    def add(self, sample: Sample) -> None:
        self.samples.append(sample)  # list.append is atomic under the GIL

    def error(self, text: str) -> None:
        with self._lock:
            self.errors.append(text)


class RequestFailed(Exception):
    """Counted as an error; the simulated user drops what it was doing and goes on."""


class Cut(Exception):
    """The kill cut a request sent with `resend=False`: the user decides what to do next
    (an upload may or may not have been saved)."""


def kind_of(method: str, path: str) -> str:
    parts = [p for p in path.split("?")[0].split("/") if p]
    if not parts:
        return "home"
    if parts[0] == "accounts":
        return "login " + method
    if parts[:2] == ["practice", "session"]:
        return "practice page"
    if parts[:2] == ["practice", "reveal"]:
        return "reveal"
    if parts[:2] == ["practice", "more"]:
        return "study more"
    if parts[0] == "practice" and len(parts) == 4:
        if parts[3] == "note":
            return "note save" if method == "POST" else "note form"
        return parts[3]  # grade, bookmark
    if parts[0] == "questions":
        return "search" if len(parts) == 1 else "question page"
    if parts[:4] == ["admin", "questions", "source", "import"]:
        if len(parts) == 4:
            return "import form" if method == "GET" else "import upload"
        return "import status" if len(parts) == 5 else "import " + parts[5]  # confirm
    if parts[0] == "admin":
        return "admin page"
    return path


class Browser:
    """A simulated user's browser: cookies, CSRF, redirects, a client address of its own."""

    _addresses = itertools.count(1)

    def __init__(self, port: int, stats: Stats):
        self.port, self.stats = port, stats
        self.origin = f"https://127.0.0.1:{port}"
        number = next(self._addresses)
        # Behind the proxy, each user comes from its own address (login limits are per address).
        self.address = f"10.{number // 250}.{number % 250}.{secrets.randbelow(200) + 1}"
        self.cookies: dict[str, str] = {}
        self.location = "/"

    def get(self, path: str, *, htmx: bool = False) -> Page:
        return self.request("GET", path, htmx=htmx)

    def submit(self, form: Form, extra: dict[str, str] | None = None, **options) -> Page:
        fields = {**form.fields, **(extra or {})}
        return self.request("POST", form.action or self.location, fields=fields, **options)

    def request(
        self,
        method: str,
        path: str,
        *,
        fields: dict[str, str] | None = None,
        files: dict[str, tuple[str, bytes]] | None = None,
        htmx: bool = False,
        kind: str | None = None,
        resend: bool = True,
    ) -> Page:
        """One request and the redirects after it, as a browser makes them.

        A request the kill cut is sent again (up to MAX_RETRIES times), unless `resend` is
        off: then Cut is raised (the redirects after it are always followed again)."""
        path = _local(urljoin(self.location, path))
        status, headers, body, cut = self._send(method, path, fields, files, htmx, kind, resend)
        first, hops = status, 0
        while status in (301, 302, 303) and hops < 5:
            method, path, hops = "GET", _local(urljoin(path, headers["Location"])), hops + 1
            status, headers, body, cut_after = self._send(method, path, None, None, False, None)
            cut += cut_after
        if not htmx or first in (301, 302, 303):
            self.location = path
        return Page(method, path, first, status, body, cut)

    def _send(self, method, path, fields, files, htmx, kind, resend=True):
        kind = kind or kind_of(method, path)
        body, content_type = _encode(fields, files)
        headers = {
            "X-Forwarded-Proto": "https",
            "X-Forwarded-For": self.address,
            "User-Agent": "soak/1.0",
            "Accept": "text/html",
        }
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if method == "POST":
            headers |= {"Origin": self.origin, "Referer": self.origin + self.location}
            headers["Content-Type"] = content_type
        if htmx:
            headers |= {"HX-Request": "true", "HX-Current-URL": self.origin + self.location}
        for attempt in itertools.count():
            started = time.monotonic()
            try:
                status, response_headers, text = self._once(method, path, headers, body)
            except CUT as error:
                ended = time.monotonic()
                if self.stats.fault.explains(started, ended) and attempt < MAX_RETRIES:
                    self.stats.cut.append(f"{method} {path} ({type(error).__name__})")
                    if not resend:
                        raise Cut from error
                    time.sleep(0.5)  # the user sees an error page, and tries again
                    continue
                self.stats.error(f"{method} {path}: {type(error).__name__}: {error}")
                raise RequestFailed from error
            except OSError as error:  # refused, timed out
                self.stats.error(f"{method} {path}: {type(error).__name__}: {error}")
                raise RequestFailed from error
            self.stats.add(Sample(kind, status, started, time.monotonic() - started))
            if status >= 400:  # no 4xx is expected: every page here explains bad input
                self.stats.error(f"{status} {method} {path}: {_summary(text)}")
                raise RequestFailed
            return status, response_headers, text, attempt

    def _once(self, method, path, headers, body):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=TIMEOUT_SECONDS)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            text = response.read().decode("utf-8", errors="replace")
            for header in response.headers.get_all("Set-Cookie") or []:
                self._store(header)
            return response.status, response.headers, text
        finally:
            connection.close()

    def _store(self, header: str) -> None:
        for name, morsel in SimpleCookie(header).items():
            if morsel["max-age"] == "0" or not morsel.value:
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = morsel.value


def _local(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _encode(fields, files) -> tuple[bytes | None, str]:
    if files is None:
        if fields is None:
            return None, ""
        return urlencode(fields).encode(), "application/x-www-form-urlencoded"
    boundary = "soak" + secrets.token_hex(12)
    chunks = []
    for name, value in (fields or {}).items():
        head = f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
        chunks.append(f"{head}{value}\r\n".encode())
    for name, (filename, content) in files.items():
        head = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="{filename}"\r\nContent-Type: text/markdown\r\n\r\n'
        )
        chunks.append(head.encode() + content + b"\r\n")
    chunks.append(f"--{boundary}--\r\n".encode())
    return b"".join(chunks), f"multipart/form-data; boundary={boundary}"


def _summary(text: str) -> str:
    return " ".join(text.split())[:300]
