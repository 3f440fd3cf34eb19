"""Throughput and latency of the interview polling endpoints under load, over real HTTP.

    uv run pytest tests/perf/test_interview_poll.py -o addopts="" -s -p no:randomly

200 interviews in progress (10 questions each, an interviewer and a candidate each) are
committed to the test database; gunicorn serves them from it with production settings
(DEBUG off, persistent database connections, 2 sync workers on 127.0.0.1), and wrk opens
200 connections that poll with the participants' session cookies, spread over the 200
interviews. It prints requests/s and p50/p99 latency for:

- the candidate's poll while nothing changed: the 204 fast path (session + one row);
- the interviewer's console poll while nothing changed: the same fast path;
- the candidate's poll with a stale version: the baseline, which loads the user and the
  interview and renders the stage.

It also counts the database statements gunicorn runs per fast-path request (from
pg_stat_database): the ORM's two, plus the connection health check's SELECT 1.

It asserts only that every response measured was the one expected (all 204 on the fast
path), never a time. wrk is installed with apt-get if missing; without it the test skips.
"""

import http.client
import os
import re
import secrets
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings as django_settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from prep.interviews import services
from prep.interviews.models import MockInterview
from tests.factories import (
    QuestionFactory,
    QuestionSetFactory,
    SetItemFactory,
    TopicFactory,
    UserFactory,
    make_interviewer,
)

INTERVIEWS, QUESTIONS = 200, 10
CONNECTIONS, WORKERS = 200, 2
FAST_PATH_SECONDS, BASELINE_SECONDS = 20, 10
# What the production server sees: HTTPS (behind the proxy) and the __Host- cookie name.
SESSION_COOKIE = "__Host-sessionid"
HEADERS = {"HX-Request": "true", "X-Forwarded-Proto": "https"}

# One line per request to send, "<path> <cookie>"; each thread starts at its own place in
# the list and goes round it. wrk has no per-connection hook, and gunicorn's sync workers
# close the connection after every response anyway, so every request is a fresh connection.
WRK_SCRIPT = """
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function init(args)
  local extra = {%(headers)s}
  requests = {}
  for line in io.lines(args[1]) do
    local path, cookie = line:match("^(%%S+) (%%S+)$")
    local headers = {Cookie = cookie}
    for name, value in pairs(extra) do headers[name] = value end
    requests[#requests + 1] = wrk.format("GET", path, headers)
  end
  statuses = {}
  -- args[2] is the number of threads: each starts its round at its own place.
  nxt = ((id - 1) * math.floor(#requests / tonumber(args[2]))) %% #requests + 1
end

function request()
  local r = requests[nxt]
  nxt = nxt %% #requests + 1
  return r
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local counts = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do
      counts[status] = (counts[status] or 0) + n
    end
  end
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%%d duration_us=%%d p50_us=%%d p99_us=%%d connect=%%d read=%%d " ..
    "write=%%d status=%%d timeout=%%d\\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.connect, e.read, e.write, e.status, e.timeout))
  for status, n in pairs(counts) do
    io.write(string.format("STATUS %%d=%%d\\n", status, n))
  end
end
"""


@dataclass
class Scenario:
    name: str
    lines: list[str]  # "<path> <cookie>"
    status: int
    seconds: int


@dataclass
class Result:
    requests: int
    duration_us: int
    p50_us: int
    p99_us: int
    socket_errors: int
    non_2xx_3xx: int
    statuses: dict[int, int]

    @property
    def per_second(self) -> float:
        return self.requests / (self.duration_us / 1e6)


def find_wrk() -> str | None:
    if shutil.which("wrk") is None and shutil.which("apt-get") and os.geteuid() == 0:
        install = ["apt-get", "install", "-y", "-q", "wrk"]
        quiet = {"capture_output": True, "timeout": 300}
        if subprocess.run(install, **quiet).returncode != 0:
            subprocess.run(["apt-get", "update", "-q"], **quiet)
            subprocess.run(install, **quiet)
    return shutil.which("wrk")


def make_interviews() -> list[tuple[MockInterview, str, str]]:
    """The 200 running interviews, each with its candidate's and interviewer's session key."""
    topic = TopicFactory()
    question_set = QuestionSetFactory(owner=make_interviewer(UserFactory()), title="Backend")
    for n in range(QUESTIONS):
        question = QuestionFactory(
            topic=topic,
            prompt=f"Question {n}: how does the event loop schedule task {n}?",
            answer="## Ready queue\nTasks wait.\n\n## Selectors\nIO readiness.",
            answer_outline="- Ready queue of callbacks\n- Selector waits for IO",
            red_flags="- Thinks asyncio uses threads",
        )
        SetItemFactory(question_set=question_set, question=question, position=n)
    now = timezone.now()
    made = []
    for n in range(INTERVIEWS):
        interviewer = make_interviewer(UserFactory(email=f"host{n}@bench.example"))
        candidate = UserFactory(email=f"candidate{n}@bench.example")
        services.schedule(
            interviewer=interviewer,
            question_set=question_set,
            email=candidate.email,
            scheduled_at=now,
            seconds_per_question=300,
        )
        interview = MockInterview.objects.get(interviewer=interviewer)  # their only one
        services.accept(interview=interview, user=candidate, now=now)
        services.begin(interview=interview, now=now)
        interview.refresh_from_db()
        made.append((interview, session_key(candidate), session_key(interviewer)))
    return made


def session_key(user) -> str:
    client = Client()
    client.force_login(user)
    return client.session.session_key


def database_url() -> str:
    """The test database, as gunicorn's DATABASE_URL (a unix socket directory as host)."""
    db = connection.settings_dict
    credentials = quote(db["USER"], safe="")
    if db["PASSWORD"]:
        credentials += ":" + quote(db["PASSWORD"], safe="")
    host = quote(db["HOST"] or "localhost", safe="")
    port = f":{db['PORT']}" if db["PORT"] else ""
    return f"postgres://{credentials}@{host}{port}/{quote(db['NAME'], safe='')}"


def start_gunicorn(secret_key: str, log: Path) -> tuple[subprocess.Popen, int]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_"))}
    env |= {
        "DJANGO_SETTINGS_MODULE": "prep.settings",
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": secret_key,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_BEHIND_PROXY": "true",
        "DJANGO_CONN_MAX_AGE": "600",
        "DATABASE_URL": database_url(),
        "EMAIL_HOST": "smtp.invalid",  # required with DEBUG off; polling sends nothing
    }
    command = [sys.executable, "-m", "gunicorn", "prep.wsgi", "--bind", "127.0.0.1:0"]
    command += ["--workers", str(WORKERS), "--worker-class", "sync", "--log-level", "info"]
    with open(log, "wb") as output:
        server = subprocess.Popen(
            command,
            cwd=django_settings.BASE_DIR,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        text = log.read_text(errors="replace")
        booted = text.count("Booting worker with pid")
        port = re.search(r"Listening at: http://127\.0\.0\.1:(\d+)", text)
        if port and booted >= WORKERS:
            return server, int(port.group(1))
        if server.poll() is not None:
            break
        time.sleep(0.2)
    stop(server)
    pytest.fail(f"gunicorn did not start:\n{log.read_text(errors='replace')[-3000:]}")


def stop(server: subprocess.Popen) -> None:
    if server.poll() is None:
        server.terminate()  # SIGTERM: gunicorn's graceful shutdown
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def get_status(port: int, line: str) -> int:
    path, cookie = line.split(" ")
    http_connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        http_connection.request("GET", path, headers={"Cookie": cookie, **HEADERS})
        response = http_connection.getresponse()
        response.read()
        return response.status
    finally:
        http_connection.close()


def run_wrk(wrk: str, port: int, scenario: Scenario, work: Path) -> Result:
    headers = ", ".join(f'["{name}"] = "{value}"' for name, value in HEADERS.items())
    script = work / "wrk_poll.lua"
    threads = min(4, os.cpu_count() or 1)
    script.write_text(WRK_SCRIPT % {"headers": headers})
    requests = work / f"{scenario.name.split()[0]}-{scenario.status}.txt"
    requests.write_text("\n".join(scenario.lines) + "\n")
    command = [wrk, "-t", str(threads), "-c", str(CONNECTIONS), "-d", f"{scenario.seconds}s"]
    command += ["--timeout", "10s", "--latency", "-s", str(script)]
    command += [f"http://127.0.0.1:{port}/", "--", str(requests), str(threads)]
    finished = subprocess.run(
        command, capture_output=True, text=True, timeout=scenario.seconds + 120
    )
    assert finished.returncode == 0, finished.stdout + finished.stderr
    found = re.search(r"^RESULT (.*)$", finished.stdout, re.MULTILINE)
    assert found, finished.stdout + finished.stderr
    values = {k: int(v) for k, v in (pair.split("=") for pair in found.group(1).split())}
    statuses = {
        int(code): int(n) for code, n in re.findall(r"^STATUS (\d+)=(\d+)$", finished.stdout, re.M)
    }
    return Result(
        requests=values["requests"],
        duration_us=values["duration_us"],
        p50_us=values["p50_us"],
        p99_us=values["p99_us"],
        socket_errors=sum(values[k] for k in ("connect", "read", "write", "timeout")),
        non_2xx_3xx=values["status"],
        statuses=statuses,
    )


def database_transactions() -> int:
    """Statements run so far in the test database (each one is its own transaction)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT xact_commit + xact_rollback FROM pg_stat_database"
            " WHERE datname = current_database()"
        )
        return cursor.fetchone()[0]


def round_trips_per_request(secret_key: str, line: str, log: Path, runs: int = 500) -> float:
    """Database statements per request as gunicorn runs them, health checks included.

    Sequential requests on a fresh server, stopped before counting: a backend flushes its
    statistics when it exits (an idle one may wait up to 10 s).
    """
    before = database_transactions()
    server, port = start_gunicorn(secret_key, log)
    try:
        for _ in range(runs):
            assert get_status(port, line) == 204
    finally:
        stop(server)
    time.sleep(1)
    return (database_transactions() - before) / runs


@pytest.mark.django_db(transaction=True)
def test_bench_interview_polling_under_load(settings, tmp_path):
    wrk = find_wrk()
    if wrk is None:
        pytest.skip("wrk is not installed and could not be installed (apt-get install wrk)")
    # Sessions (signed data, auth hash) must verify in gunicorn, which has this key.
    secret_key = secrets.token_urlsafe(64)
    settings.SECRET_KEY = secret_key
    interviews = make_interviews()

    first, candidate_key, _ = interviews[0]
    candidate = Client()
    candidate.cookies[django_settings.SESSION_COOKIE_NAME] = candidate_key
    poll = reverse("interviews:poll", args=[first.public_id])
    with CaptureQueriesContext(connection) as queries:
        response = candidate.get(poll, {"v": first.version}, HTTP_HX_REQUEST="true")
    assert response.status_code == 204
    assert len(queries) <= 2, [q["sql"] for q in queries]

    def lines(route: str, query: str, role: int) -> list[str]:
        """One request per interview, with the session of its candidate (0) or host (1)."""
        return [
            f"{reverse(route, args=[interview.public_id])}?"
            f"{query.format(v=interview.version, a=interview.answer_version)} "
            f"{SESSION_COOKIE}={keys[role]}"
            for interview, *keys in interviews
        ]

    candidate_poll = lines("interviews:poll", "v={v}", 0)
    scenarios = [
        Scenario("candidate poll, unchanged (fast path)", candidate_poll, 204, FAST_PATH_SECONDS),
        Scenario(
            "console poll, unchanged (fast path)",
            lines("interviews:console_poll", "v={v}&a={a}", 1),
            204,
            BASELINE_SECONDS,
        ),
        Scenario(
            "candidate poll, changed (baseline)",
            lines("interviews:poll", "v=0", 0),
            200,
            BASELINE_SECONDS,
        ),
    ]

    round_trips = round_trips_per_request(secret_key, candidate_poll[0], tmp_path / "g0.log")
    server, port = start_gunicorn(secret_key, tmp_path / "gunicorn.log")
    try:
        for scenario in scenarios:
            # Warm both workers (imports, templates, connections) and check the answer.
            for line in scenario.lines[: WORKERS * 5]:
                assert get_status(port, line) == scenario.status, scenario.name
        results = [run_wrk(wrk, port, scenario, tmp_path) for scenario in scenarios]
    finally:
        stop(server)

    print(
        f"\n{INTERVIEWS} interviews x {QUESTIONS} questions; gunicorn {WORKERS} sync workers, "
        f"DEBUG off, CONN_MAX_AGE 600; wrk {CONNECTIONS} connections; {os.cpu_count()} CPUs "
        "shared by wrk, gunicorn and PostgreSQL\n"
    )
    header = f"{'endpoint':<40}{'status':>7}{'requests':>10}{'req/s':>8}{'p50 ms':>9}{'p99 ms':>9}"
    print(header + f"{'sock err':>10}")
    for scenario, result in zip(scenarios, results, strict=True):
        print(
            f"{scenario.name:<40}{scenario.status:>7}{result.requests:>10}"
            f"{result.per_second:>8.0f}{result.p50_us / 1000:>9.1f}{result.p99_us / 1000:>9.1f}"
            f"{result.socket_errors:>10}"
        )
    print(
        f"\nfast path: {len(queries)} ORM queries (test client); {round_trips:.2f} database "
        "statements per request in gunicorn (beyond those, CONN_HEALTH_CHECKS' SELECT 1)"
    )

    for scenario, result in zip(scenarios, results, strict=True):
        assert result.requests > 0, scenario.name
        assert result.non_2xx_3xx == 0, (scenario.name, result.statuses)
        assert result.statuses == {scenario.status: result.requests}, (
            scenario.name,
            result.statuses,
        )
