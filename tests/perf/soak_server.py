"""The soak benchmark's server: gunicorn with production settings on the test database,
its workers found through /proc (which one is in the middle of a request, their CPU and
memory), and the kill; beside it the task worker (`manage.py procrastinate worker`) with
the same environment and database, which checks and imports the staff's documents."""

import contextlib
import os
import re
import resource
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.db import connection

from tests.perf.soak_http import Fault
from tests.perf.test_interview_poll import database_url, stop

WORKERS = 2
# The task worker's database connections go by this name (libpq's PGAPPNAME), so that
# their PostgreSQL backends' CPU is counted apart from gunicorn's.
WORKER_APPLICATION = "soak task worker"


def server_env(secret_key: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_"))}
    return env | {
        "DJANGO_SETTINGS_MODULE": "prep.settings",
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": secret_key,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_BEHIND_PROXY": "true",
        "DJANGO_CONN_MAX_AGE": "600",
        "DJANGO_STAFF_REQUIRE_MFA": "false",  # the staff users have no authenticator app
        "DATABASE_URL": database_url(),
        "EMAIL_HOST": "smtp.invalid",  # required with DEBUG off; nothing here sends mail
    }


def collect_static(env: dict[str, str]) -> None:
    """Production pages need the static files' manifest (var/staticfiles), as after deploy."""
    command = [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"]
    done = subprocess.run(
        command, cwd=django_settings.BASE_DIR, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


def start_gunicorn(env: dict[str, str], log: Path) -> tuple[subprocess.Popen, int]:
    command = [sys.executable, "-m", "gunicorn", "prep.wsgi", "--bind", "127.0.0.1:0"]
    command += ["--workers", str(WORKERS), "--worker-class", "sync", "--log-level", "info"]
    with open(log, "wb") as output:
        server = subprocess.Popen(
            command, cwd=django_settings.BASE_DIR, env=env, stdout=output, stderr=subprocess.STDOUT
        )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and server.poll() is None:
        text = log.read_text(errors="replace")
        port = re.search(r"Listening at: http://127\.0\.0\.1:(\d+)", text)
        if port and text.count("Booting worker with pid") >= WORKERS:
            return server, int(port.group(1))
        time.sleep(0.2)
    stop(server)
    pytest.fail(f"gunicorn did not start:\n{log.read_text(errors='replace')[-3000:]}")


def start_task_worker(env: dict[str, str], log: Path) -> subprocess.Popen:
    """The worker production runs beside the site, on every queue, as `manage.py serve`
    starts it: ready once it has registered in procrastinate_workers."""
    command = [sys.executable, "manage.py", "procrastinate", "worker"]
    with open(log, "wb") as output:
        worker = subprocess.Popen(
            command,
            cwd=django_settings.BASE_DIR,
            env=env | {"PGAPPNAME": WORKER_APPLICATION},
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and worker.poll() is None:
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM procrastinate_workers")
            if cursor.fetchone()[0]:
                return worker
        time.sleep(0.2)
    stop_task_worker(worker)
    pytest.fail(f"the task worker did not start:\n{log.read_text(errors='replace')[-3000:]}")


def stop_task_worker(worker: subprocess.Popen) -> None:
    if worker.poll() is None:
        worker.terminate()  # SIGTERM: finishes the jobs at hand, then exits
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait()


def wait_for_jobs(queue: str, timeout: float) -> int:
    """Wait until no job of `queue` is waiting or running; how many still are."""
    deadline = time.monotonic() + timeout
    while True:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM procrastinate_jobs "
                "WHERE queue_name = %s AND status IN ('todo', 'doing')",
                [queue],
            )
            left = cursor.fetchone()[0]
        if not left or time.monotonic() > deadline:
            return left
        time.sleep(0.5)


def kill_a_busy_worker(master: int, port: int, fault: Fault, at: float, done: threading.Event):
    """At `at`, SIGKILL a worker in the middle of a request; note when the master replaced it."""
    if done.wait(max(at - time.monotonic(), 0)):
        return
    deadline, busy = time.monotonic() + 30, []
    while not busy and time.monotonic() < deadline:
        busy = busy_workers(master, port)
        time.sleep(0 if busy else 0.002)
    before = set(workers(master))
    fault.killed_pid = busy[0] if busy else min(before)
    fault.killed_at = time.monotonic()
    os.kill(fault.killed_pid, signal.SIGKILL)
    while time.monotonic() < fault.killed_at + 60:
        new = set(workers(master)) - before
        if new:
            fault.respawned_pid = new.pop()
            fault.respawn_seconds = time.monotonic() - fault.killed_at
            return
        time.sleep(0.02)


def workers(master: int) -> list[int]:
    """The master's child processes (its workers)."""
    children = []
    for task in Path(f"/proc/{master}/task").iterdir():
        try:
            children += [int(pid) for pid in (task / "children").read_text().split()]
        except OSError:
            continue
    return sorted(set(children))


def busy_workers(master: int, port: int) -> list[int]:
    """Workers holding an accepted connection on the site's port: in the middle of a request."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            columns = line.split()
            local_port = int(columns[1].rsplit(":", 1)[1], 16)
            if local_port == port and columns[3] == "01":  # ESTABLISHED
                inodes.add(columns[9])
    busy = []
    for pid in workers(master):
        try:
            links = {os.readlink(fd) for fd in Path(f"/proc/{pid}/fd").iterdir()}
        except OSError:
            continue
        if any(f"socket:[{inode}]" in links for inode in inodes):
            busy.append(pid)
    return busy


def cpu_seconds(master: int, task_worker: int, database: str) -> dict[str, float]:
    """CPU time used so far by this process (the clients), by gunicorn's workers (alive, or
    reaped by the master), by the task worker, by the PostgreSQL backends serving
    `database` (the task worker's apart: "worker_postgres"; a backend that has ended is no
    longer counted), and by the whole machine (other people's work included)."""
    tick = os.sysconf("SC_CLK_TCK")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = %s AND application_name = %s",
            [database, WORKER_APPLICATION],
        )
        worker_backends = {str(pid) for (pid,) in cursor.fetchall()}

    def process(pid: int | str, fields: slice) -> float:
        stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return sum(int(value) for value in stat[fields]) / tick

    served = process(master, slice(13, 15))  # cutime, cstime: its reaped children
    for pid in workers(master):
        with contextlib.suppress(OSError):
            served += process(pid, slice(11, 13))  # utime, stime
    worker = process(task_worker, slice(11, 15))  # itself and any children it reaped
    postgres, worker_postgres = 0.0, 0.0
    backend = f" {database} ".encode()  # "postgres: user database [local] ..."
    for entry in Path("/proc").iterdir():
        with contextlib.suppress(OSError):
            if entry.name.isdigit() and backend in (entry / "cmdline").read_bytes():
                if entry.name in worker_backends:
                    worker_postgres += process(entry.name, slice(11, 13))
                else:
                    postgres += process(entry.name, slice(11, 13))
    machine = [int(value) for value in Path("/proc/stat").read_text().split()[1:9]]
    busy = sum(machine) - machine[3] - machine[4]  # all but idle and iowait
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "clients": usage.ru_utime + usage.ru_stime,
        "gunicorn": served,
        "postgres": postgres,
        "worker": worker,
        "worker_postgres": worker_postgres,
        "machine": busy / tick,
    }


def memory_kb(pid: int) -> tuple[int, int]:
    """Resident memory now and at its peak (VmRSS, VmHWM), in kB."""
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            values[name] = int(value.split()[0])
    return values["VmRSS"], values["VmHWM"]
