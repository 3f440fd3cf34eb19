import io
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
from django.conf import settings

from accounts.models import User
from prep.database import pid_alive
from prep.management.commands.serve import Command
from questions.models import Question, Topic


@pytest.fixture(autouse=True)
def _development(settings):
    settings.DEBUG = True  # the test runner turns it off; serve is a development command


def prepare(**options) -> str:
    out = io.StringIO()
    Command(stdout=out).prepare(reset_demo_passwords=options.get("reset", False))
    return out.getvalue()


@pytest.mark.django_db
def test_it_creates_no_demo_accounts_in_production(settings):
    settings.DEBUG = False

    output = prepare()

    assert not User.objects.exists()
    assert "Demo accounts" not in output


@pytest.mark.django_db
def test_it_sets_up_topics_and_demo_accounts_and_prints_their_passwords():
    output = prepare()

    assert Topic.objects.count() == 10
    assert Question.objects.bank().count() > 400
    assert "Imported 002_69c6ad9c276d4e73.txt: 70 new" in output
    for email in ("candidate@example.com", "interviewer@example.com", "staff@example.com"):
        line = next(line for line in output.splitlines() if email in line)
        password = line.split()[-1]
        assert User.objects.get(email=email).check_password(password)
    assert User.objects.get(email="interviewer@example.com").is_interviewer
    assert User.objects.get(email="staff@example.com").is_staff
    assert not User.objects.get(email="candidate@example.com").is_staff


@pytest.mark.django_db
def test_it_is_safe_to_run_twice():
    prepare()
    questions = Question.objects.count()

    output = prepare()

    assert Topic.objects.count() == 10
    assert Question.objects.count() == questions
    assert "Imported" not in output
    assert User.objects.count() == 3
    assert "unchanged" in output


@pytest.mark.django_db
def test_it_resets_demo_passwords_on_request():
    prepare()
    output = prepare(reset=True)

    line = next(line for line in output.splitlines() if "candidate@example.com" in line)
    assert User.objects.get(email="candidate@example.com").check_password(line.split()[-1])


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "kill"])
def test_it_serves_the_site_and_stops_cleanly(stop_signal):
    port = free_port()
    env = {**os.environ, "DJANGO_DEBUG": "true", "PYTHONUNBUFFERED": "1"}
    # As from a terminal: Ctrl-C is not ignored, whatever started the tests (a shell's
    # background job ignores it, and so would serve, started from here). Its own session:
    # should it hang, it is killed with its worker, which would hold its output open.
    ignoring = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        server = subprocess.Popen(
            [sys.executable, "manage.py", "serve", f"127.0.0.1:{port}", "--noreload"],
            cwd=settings.BASE_DIR,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )
    finally:
        signal.signal(signal.SIGINT, ignoring)
    try:
        body = _get_when_up(f"http://127.0.0.1:{port}/", server)
        assert "Interview Prep" in body
        server.send_signal(stop_signal)
        try:
            stopped = server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            output = server.communicate(timeout=10)[0]
            pytest.fail(f"serve did not stop within 30 s:\n{output}")
        assert stopped == 0
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
    output = server.communicate(timeout=10)[0]
    assert "Demo accounts (development only):" in output
    assert "candidate@example.com" in output
    worker_pid = int(re.search(r"Task worker started \(pid (\d+)\)", output).group(1))
    assert not pid_alive(worker_pid)  # stopped with the site


def _get_when_up(url: str, server: subprocess.Popen) -> str:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert server.poll() is None, server.stdout.read()
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - our own server
                return response.read().decode()
        except OSError:
            time.sleep(0.3)
    raise AssertionError("the site did not come up within 60 s")
