"""Pages at real size under wrk, against two baselines on the same server (issue 14).

    uv run pytest tests/perf/test_load_pages.py -o addopts="" -s

A quick look: LOAD_SCALE=small LOAD_SECONDS=3 LOAD_ROUNDS=1 before the same command.

Fills the test database with `manage.py generate_load_data` (20,000 questions, 2,000
users, a million reviews, a heavy user with 2,000 cards and 100,000 reviews), starts
gunicorn (2 sync workers, production settings, persistent connections) with the site's
URLs plus two baselines (tests/perf/load/urls.py), logs the heavy user in through the
real form, then runs wrk (20 connections) on every page, interleaved with the baselines,
for several rounds (the landing page twice: for a visitor, the same for everyone, and for
the heavy user). The HTMX grade is given as people give it: each of the practising users
(every card due) on a connection of their own grades the card the last response showed
them. Prints requests/s, p50, p99, errors, queries per request (a page seen
again, with what is kept in the cache), and each page's ratio to the "small template +
1 query" baseline with the issue's goal. A grade
is real only while its card has the count of reps it was sent with; the table says how
many of the POSTs were real grades.
"""

import os
import re
import secrets
import shutil
import statistics
import subprocess
from pathlib import Path

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings

from accounts.models import User
from prep.loaddata import HEAVY_EMAIL, Plan, practising_emails
from prep.practice.models import Card, Review
from questions.models import Question
from tests.perf.soak_http import Browser, Fault, Stats
from tests.perf.soak_server import collect_static, memory_kb, server_env, start_gunicorn, workers
from tests.perf.test_interview_poll import stop

SCALES = {
    "full": [],
    "small": [
        "--questions=2000",
        "--users=200",
        "--reviews=100000",
        "--heavy-reviews=20000",
        "--practising-cards=200",
    ],
}
PASSWORD = "load-benchmark-password"
SECONDS = int(os.environ.get("LOAD_SECONDS", "10"))
ROUNDS = int(os.environ.get("LOAD_ROUNDS", "3"))
CONNECTIONS = 20
BASELINE = "baseline: template + 1 query"


def pages(question_slug: str) -> list[tuple[str, str, float | None]]:
    """(name, path, goal as a ratio to the baseline)."""
    return [
        ("baseline: bare view", "/baseline/bare/", None),
        (BASELINE, "/baseline/small/", None),
        ("landing / (anonymous)", "anonymous:/", 0.8),
        ("landing / (signed in)", "/", 0.5),
        ("bank list", "/questions/", 0.5),
        ("bank search 'event loop'", "/questions/?q=event+loop", 0.3),
        ("bank search 'python' (thousands)", "/questions/?q=python", 0.3),
        ("question page", f"/questions/{question_slug}/", 0.5),
        ("progress", "/progress/", 0.15),
        ("practice card", "/practice/session/?scope=due", 0.5),
        ("grade (plain, redirect)", "grade", 0.4),
        ("grade (HTMX, next card)", "grade-htmx", 0.4),
    ]


@pytest.mark.django_db(transaction=True)
def test_bench_pages_at_real_size(tmp_path):
    if not shutil.which("wrk"):
        pytest.fail("wrk is missing: apt-get install wrk")
    scale = os.environ.get("LOAD_SCALE", "full")
    call_command("generate_load_data", *SCALES[scale], f"--password={PASSWORD}")
    heavy = User.objects.get(email=HEAVY_EMAIL)
    practising = list(User.objects.filter(email__in=practising_emails(Plan())).order_by("pk"))
    hasher = PBKDF2PasswordHasher()  # gunicorn's settings refuse the tests' MD5 hashes
    User.objects.filter(pk__in=[heavy.pk, *(user.pk for user in practising)]).update(
        password=hasher.encode(PASSWORD, hasher.salt())
    )
    heavy.refresh_from_db()  # its session must carry the new password's hash
    slug = Question.objects.bank().order_by("pk").values_list("slug", flat=True).first()
    env = server_env(secrets.token_urlsafe(50)) | {
        "DJANGO_SETTINGS_MODULE": "tests.perf.load.settings"
    }
    collect_static(env)
    server, port = start_gunicorn(env, tmp_path / "gunicorn.log")
    try:
        cookie = cookies(log_in(port, HEAVY_EMAIL))
        learners = [log_in(port, user.email) for user in practising]
        results = {name: [] for name, _, _ in pages(slug)}
        graded = {}
        for _ in range(ROUNDS):
            for name, path, _ in pages(slug):
                users = practising if path == "grade-htmx" else [heavy]
                before = Review.objects.filter(user__in=users).count()
                if path == "grade-htmx":
                    script = write_following_script(tmp_path, learners, practising, port)
                    results[name].append(run_wrk(port, script, threads=len(learners)))
                else:
                    script = write_script(tmp_path, path, cookie, heavy, port)
                    results[name].append(run_wrk(port, script))
                if path.startswith("grade"):
                    real = Review.objects.filter(user__in=users).count() - before
                    graded.setdefault(name, []).append((real, results[name][-1]["requests"]))
        rss = [memory_kb(pid)[0] // 1024 for pid in workers(server.pid)]
    finally:
        stop(server)
    queries = count_queries(heavy, slug)
    report(results, queries, graded, rss, slug, scale)
    errors = {name: sum(r["errors"] for r in runs) for name, runs in results.items()}
    assert not any(errors.values()), f"requests that failed: {errors}"


def log_in(port: int, email: str) -> Browser:
    browser = Browser(port, Stats(Fault()))
    page = browser.get("/accounts/login/")
    form = page.form(action="/accounts/login/", method="post")
    done = browser.submit(form, {"login": email, "password": PASSWORD})
    assert done.status == 302, f"{email} could not log in"
    return browser


def cookies(browser: Browser) -> str:
    return "; ".join(f"{name}={value}" for name, value in browser.cookies.items())


def signed_in_headers(cookie: str, port: int) -> dict[str, str]:
    """A logged-in browser's headers behind the TLS proxy, posting from the card page."""
    return {
        "Cookie": cookie,
        "X-Forwarded-Proto": "https",
        "X-CSRFToken": re.search(r"csrftoken=([^;]+)", cookie).group(1),
        "Origin": f"https://127.0.0.1:{port}",
        "Referer": f"https://127.0.0.1:{port}/practice/session/?scope=due",
    }


def write_script(directory: Path, path: str, cookie: str, heavy, port: int) -> Path:
    """wrk's Lua: headers of a logged-in browser behind the TLS proxy; for a grade, each
    request grades another of the heavy user's cards with its current count of reps."""
    headers = signed_in_headers(cookie, port)
    if path.startswith("anonymous:"):
        headers = {"X-Forwarded-Proto": "https"}
        path = path.removeprefix("anonymous:")
    lines = [f'wrk.headers["{k}"] = "{v}"' for k, v in headers.items()]
    if path == "grade":
        cards = Card.objects.filter(user=heavy).order_by("due")
        cards = cards.values_list("question__slug", "reps")
        items = ", ".join(f'"{slug}"' for slug, _ in cards)
        reps = ", ".join(f'["{slug}"] = {count}' for slug, count in cards)
        lines += [
            'wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"',
            f"local items = {{{items}}}",
            f"local reps = {{{reps}}}",
            "local made = 0",
            "function setup(thread) thread:set('first', made); made = made + 1 end",
            "function init(args) next_item = first end",
            "function request()",
            "  local slug = items[(next_item % #items) + 1]",
            "  next_item = next_item + 2",
            '  local body = "scope=due&rating=3&reps=" .. reps[slug]',
            '  return wrk.format("POST", "/practice/q/" .. slug .. "/grade/", nil, body)',
            "end",
            # A grade redirects to "...&undo=<slug>:<its sequence>": the card's reps are one
            # more, and a second pass over the cards grades them again for real.
            "function response(status, headers, body)",
            '  local location = headers["Location"] or ""',
            '  local slug, sequence = location:match("undo=([^:&]+):(%d+)")',
            "  if slug then reps[slug] = tonumber(sequence) + 1 end",
            "end",
        ]
    else:
        lines.append(f'wrk.path = "{path}"')
    script = directory / "page.lua"
    script.write_text("\n".join(lines) + "\n")
    return script


# Ratings as the generated reviews give them: Again, Hard, Good, Easy (cumulative %).
RATINGS_LUA = """
local function rating()
  local roll = math.random(100)
  if roll <= 12 then return 1 elseif roll <= 22 then return 2 elseif roll <= 87 then return 3 end
  return 4
end
"""


def write_following_script(directory: Path, learners: list[Browser], users, port: int) -> Path:
    """wrk's Lua for the HTMX grade as people give it: a thread (one connection) per
    practising user, grading the card the last response showed them (its count of reps
    as it is now; one more after each grade) and reading the next card from the page the
    grade sends back."""
    rows = []
    for browser, user in zip(learners, users, strict=True):
        card_page = browser.get("/practice/session/?scope=due")
        first = card_page.form(action="/practice/reveal/").fields["question"]
        reps = Card.objects.filter(user=user).values_list("question__slug", "reps")
        headers = signed_in_headers(cookies(browser), port) | {
            "HX-Request": "true",
            "Content-Type": "application/x-www-form-urlencoded",
        }
        rows.append(
            "{headers = {"
            + ", ".join(f'["{k}"] = "{v}"' for k, v in headers.items())
            + f'}}, first = "{first}", reps = {{'
            + ", ".join(f'["{slug}"] = {count}' for slug, count in reps)
            + "}}"
        )
    lines = [
        f"local users = {{{', '.join(rows)}}}",
        RATINGS_LUA,
        "local made = 0",
        "function setup(thread) made = made + 1; thread:set('id', made) end",
        "function init(args) me = users[id]; shown = me.first; math.randomseed(id) end",
        "function request()",
        '  local body = "scope=due&rating=" .. rating() .. "&reps=" .. (me.reps[shown] or 0)',
        '  return wrk.format("POST", "/practice/q/" .. shown .. "/grade/", me.headers, body)',
        "end",
        "function response(status, headers, body)",
        "  if status ~= 200 then return end",
        "  me.reps[shown] = (me.reps[shown] or 0) + 1",
        "  local form = body:find('action=\"/practice/reveal/\"', 1, true)",
        '  if form then shown = body:match(\'name="question" value="([^"]+)"\', form) end',
        "end",
    ]
    script = directory / "following.lua"
    script.write_text("\n".join(lines) + "\n")
    return script


def run_wrk(port: int, script: Path, threads: int = 2) -> dict:
    command = [
        "wrk",
        f"-t{threads}",
        f"-c{CONNECTIONS}",
        f"-d{SECONDS}s",
        "--latency",
        "-s",
        str(script),
    ]
    done = subprocess.run(
        [*command, f"http://127.0.0.1:{port}/"], capture_output=True, text=True, check=True
    )
    out = done.stdout
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "requests": int(re.search(r"(\d+) requests in", out).group(1)),
        "p50": _ms(re.search(r"50%\s+([\d.]+\w+)", out).group(1)),
        "p99": _ms(re.search(r"99%\s+([\d.]+\w+)", out).group(1)),
        "errors": (int(bad.group(1)) if bad else 0)
        + (sum(int(n) for n in socket.groups()) if socket else 0),
    }


def _ms(text: str) -> float:
    number, unit = re.match(r"([\d.]+)(\w+)", text).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60_000}[unit]


def count_queries(heavy, slug: str) -> dict[str, int]:
    client, anonymous = Client(), Client()
    client.force_login(heavy)
    counted = {}
    for name, path, _ in pages(slug):
        if path.startswith("grade"):
            continue
        asking = anonymous if path.startswith("anonymous:") else client
        path = path.removeprefix("anonymous:")
        urls = override_settings(ROOT_URLCONF="tests.perf.load.urls")
        with urls:
            asking.get(path, secure=True)  # as most visits find it: what is kept, kept
            with CaptureQueriesContext(connection) as queries:
                response = asking.get(path, secure=True)
        assert response.status_code == 200, f"{path}: {response.status_code}"
        counted[name] = len(queries)
    return counted


def report(results, queries, graded, rss, slug, scale) -> None:
    base = [run["rps"] for run in results[BASELINE]]
    print(f"\n{ROUNDS} round(s) of {SECONDS} s, {CONNECTIONS} connections, scale {scale}")
    print(f"{'page':34} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>6} {'queries':>7} "
          f"{'ratio':>6} {'goal':>5}  verdict  per round")  # fmt: skip
    for name, _, goal in pages(slug):
        runs = results[name]
        ratios = [run["rps"] / b for run, b in zip(runs, base, strict=True)]
        met = "" if goal is None else ("PASS" if all(r >= goal for r in ratios) else "FAIL")
        print(
            f"{name:34} {statistics.median(r['rps'] for r in runs):8.1f} "
            f"{statistics.median(r['p50'] for r in runs):8.1f} "
            f"{statistics.median(r['p99'] for r in runs):8.1f} "
            f"{sum(r['errors'] for r in runs):6d} {queries.get(name, '-')!s:>7} "
            f"{statistics.median(ratios):6.2f} {'' if goal is None else goal:>5}  {met:7}  "
            + " ".join(f"{ratio:.2f}" for ratio in ratios)
        )
    for name, rounds in graded.items():
        print(f"{name}: real grades / POSTs per round: {rounds}")
    print(f"gunicorn workers' RSS after the run: {rss} MB (goal < 200 MB each)")
