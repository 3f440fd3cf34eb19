"""Soak: 50 users practise, search and import for ten minutes against gunicorn, and one
worker is killed mid-request half way through (issue 13).

    SOAK_SECONDS=600 uv run pytest tests/perf/test_soak.py -o addopts="" -s -p no:randomly

A bank of 2,000 published questions over the ten base topics and 50 users (every second
one with 40 cards of practice history; two of them staff) are committed to the test
database. gunicorn serves it with production settings (DEBUG off, 2 sync workers on
127.0.0.1, persistent connections, the __Host- cookies behind X-Forwarded-Proto; staff
two-factor authentication off so the staff users reach the admin). Each user is a thread
with its own cookie jar and client address (X-Forwarded-For) that logs in through the
login form (the warm-up, reported apart: the soak's clock starts once all are in) and
then loops with think times over: a practice session (open it, reveal, grade: htmx
fragments for half of them, post/redirect/get for the others, "study more" when the
day's new questions run out), a bank search (real words, half-typed words, garbage and
operators, now and then a NUL, which the page explains), a question page, a
bookmark (on the question page, or on the revealed card, except in "Your bookmarks", see
soak_users.py), a note; the two staff users also import a generated markdown document
from the admin now and then: upload, the import's page refreshed (as without JavaScript)
until the task worker's preview is ready, confirm, refreshed until the worker has imported
it, then its Source. The task worker (`manage.py procrastinate worker`, every queue) runs
beside gunicorn with the same environment and database, and is stopped at the end.

Half way through, a worker that holds a client connection is SIGKILLed; the master
starts another. A request that breaks at that moment counts as "cut by the kill" and
the user sends it again (an upload: unless "Your recent imports" shows it was saved after
all); any other failure, any 4xx or 5xx, and a failed import, is an error.

Afterwards the database must agree with what the users were told: every grade the site
acknowledged is a review, once, and there is no other new review; every card's reps is
its number of reviews, numbered 0..reps-1, its last review's time and due date are the
card's; the last bookmark and note state each user saw is the stored one; every import
is whole (its references are the questions its preview found, every new question has
its source); once the worker has no import job left, every import a user followed is
done with the Source it was shown, none failed or is stuck, a document uploaded or
imported twice is still one Source, and no job failed.

It prints requests, requests/s, p50/p95/p99 per kind of request, errors, requests cut by
the kill, CPU time (gunicorn, the task worker, the PostgreSQL backends of each, the
clients, the rest of the machine) and the workers' memory. It asserts only correctness,
never a time.
"""

import os
import random
import secrets
import threading
import time
from collections import defaultdict

import pytest
from django.db import connection
from django.db.models import Max

from prep.practice.models import Review
from questions.models import Question
from tests.perf.soak_data import VOCABULARY, check_consistency, make_bank, make_users
from tests.perf.soak_http import Browser, Fault, Stats
from tests.perf.soak_server import (
    WORKERS,
    collect_static,
    cpu_seconds,
    kill_a_busy_worker,
    memory_kb,
    server_env,
    start_gunicorn,
    start_task_worker,
    stop_task_worker,
    wait_for_jobs,
    workers,
)
from tests.perf.soak_users import SimulatedUser, start
from tests.perf.test_interview_poll import stop

SOAK_SECONDS = int(os.environ.get("SOAK_SECONDS", "600"))
USERS, STAFF, QUESTIONS = 50, 2, 2_000
RAMP_SECONDS = 10
DRAIN_SECONDS = 120  # for the task worker to finish the import jobs left at the end


def percentile(ordered: list[float], p: float) -> float:
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]


def table(samples) -> list[str]:
    by_kind = defaultdict(list)
    for sample in samples:
        by_kind[sample.kind].append(sample.seconds * 1000)
    by_kind["all"] = [sample.seconds * 1000 for sample in samples]
    lines = [f"{'request':<18}{'count':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}"]
    for kind, times in sorted(by_kind.items(), key=lambda item: (item[0] == "all", -len(item[1]))):
        times.sort()
        lines.append(
            f"{kind:<18}{len(times):>8}{percentile(times, 50):>9.0f}{percentile(times, 95):>9.0f}"
            f"{percentile(times, 99):>9.0f}{times[-1]:>9.0f}"
        )
    return lines


def report(stats: Stats, window, cpu, users, fault, memory, problems) -> str:
    started, ended = window
    seconds = ended - started
    warm_up = [s for s in stats.samples if s.started < started]
    soak = [s for s in stats.samples if s.started >= started]
    ledgers = [user.ledger for user in users]

    def total(name: str) -> int:
        return sum(len(getattr(ledger, name)) for ledger in ledgers)

    lines = [
        f"{USERS} users ({STAFF} staff; half with htmx) for {seconds:.0f} s after logging in; "
        f"{QUESTIONS} bank questions; gunicorn {WORKERS} sync workers, DEBUG off; "
        f"{os.cpu_count()} CPUs shared by the clients, gunicorn and PostgreSQL",
        "",
        f"warm-up: {USERS} logins through the form (PBKDF2), then each user's home page",
        *table(warm_up),
        "",
        f"soak: {len(soak)} requests in {seconds:.0f} s, {len(soak) / seconds:.1f} requests/s",
        *table(soak),
        "",
        f"errors (any failure, 4xx or 5xx): {len(stats.errors)}",
        f"grades acknowledged: {total('grades')} (retried after the kill and kept once: "
        f"{sum(ledger.grades_cut_but_kept for ledger in ledgers)}); documents imported: "
        f"{total('imports')} (uploads cut by the kill: "
        f"{sum(ledger.uploads_cut for ledger in ledgers)}); notes saved on {total('notes')} "
        f"questions; bookmarks toggled on {total('bookmarks')} questions",
    ]
    if fault.killed_at is None:
        lines.append("no worker was killed")
    else:
        lines.append(
            f"killed worker {fault.killed_pid} (SIGKILL) at {fault.killed_at - started:.0f} s; "
            f"the master started {fault.respawned_pid} {fault.respawn_seconds:.2f} s later; "
            f"cut by the kill (and retried): {len(stats.cut)} {stats.cut}"
        )
    other = cpu["machine"] - sum(v for k, v in cpu.items() if k != "machine")
    lines += [
        f"CPU seconds during the soak, of {seconds * (os.cpu_count() or 1):.0f}: gunicorn "
        f"workers {cpu['gunicorn']:.0f}, their PostgreSQL backends {cpu['postgres']:.0f}, "
        f"the task worker {cpu['worker']:.1f}, its PostgreSQL backends "
        f"{cpu['worker_postgres']:.1f}, the simulated users {cpu['clients']:.0f}, "
        f"everything else on the machine {other:.0f}",
        *(
            f"workers' memory {when}: "
            + ", ".join(
                f"{pid}: RSS {rss / 1024:.0f} MB (peak {peak / 1024:.0f} MB)"
                for pid, (rss, peak) in sizes.items()
            )
            for when, sizes in memory.items()
        ),
        f"consistency: {problems or 'all good'}",
    ]
    lines += [f"ERROR {error}" for error in stats.errors[:30]]
    return "\n".join(lines)


@pytest.mark.django_db(transaction=True)
def test_soak_practice_search_import_with_a_worker_killed(tmp_path):
    rng = random.Random(13)
    bank = make_bank(QUESTIONS, rng)
    accounts = make_users(USERS, STAFF, bank, rng)
    last_review = Review.objects.aggregate(n=Max("pk"))["n"] or 0
    last_question = Question.objects.aggregate(n=Max("pk"))["n"] or 0
    database = connection.settings_dict["NAME"]
    env = server_env(secrets.token_urlsafe(64))
    collect_static(env)
    log, worker_log = tmp_path / "gunicorn.log", tmp_path / "worker.log"
    task_worker = start_task_worker(env, worker_log)
    try:
        server, port = start_gunicorn(env, log)
    except BaseException:
        stop_task_worker(task_worker)
        raise

    fault = Fault()
    stats = Stats(fault)
    done = threading.Event()
    logged_in = threading.Barrier(USERS + 1)

    users = [
        SimulatedUser(
            n,
            account.email,
            staff=account.is_staff,
            browser=Browser(port, stats),
            bank=bank,
            topics=list(VOCABULARY),
            logged_in=logged_in,
            stop=done,
        )
        for n, account in enumerate(accounts)
    ]
    try:
        threads = start(users, RAMP_SECONDS)
        logged_in.wait(timeout=300)  # the warm-up: everyone logs in through the form
        started = time.monotonic()
        cpu_before = cpu_seconds(server.pid, task_worker.pid, database)
        memory = {"after logging in": {pid: memory_kb(pid) for pid in workers(server.pid)}}
        memory["after logging in"][f"task worker {task_worker.pid}"] = memory_kb(task_worker.pid)
        killer = threading.Thread(
            target=kill_a_busy_worker,
            args=(server.pid, port, fault, started + SOAK_SECONDS / 2, done),
        )
        killer.start()
        done.wait(SOAK_SECONDS)
        done.set()
        for thread in threads:
            thread.join(timeout=180)
        killer.join(timeout=60)
        window = (started, time.monotonic())
        cpu = cpu_seconds(server.pid, task_worker.pid, database)
        cpu = {k: v - cpu_before[k] for k, v in cpu.items()}
        memory["at the end"] = {pid: memory_kb(pid) for pid in workers(server.pid)}
        memory["at the end"][f"task worker {task_worker.pid}"] = memory_kb(task_worker.pid)
        jobs_left = wait_for_jobs("imports", DRAIN_SECONDS)
    finally:
        done.set()
        stop(server)
        stop_task_worker(task_worker)

    server_log = log.read_text(errors="replace")
    tracebacks = server_log.count("Traceback")
    worker_output = worker_log.read_text(errors="replace")
    worker_tracebacks = worker_output.count("Traceback")
    problems = check_consistency(
        [user.ledger for user in users], last_review=last_review, last_question=last_question
    )
    if jobs_left:
        problems.append(f"{jobs_left} import jobs still waiting {DRAIN_SECONDS} s after the end")
    print("\n" + report(stats, window, cpu, users, fault, memory, problems))
    if tracebacks:
        print(f"\n{tracebacks} tracebacks in gunicorn's log:\n{server_log[-6000:]}")
    if worker_tracebacks:
        print(
            f"\n{worker_tracebacks} tracebacks in the task worker's log:\n{worker_output[-6000:]}"
        )

    assert not [t for t in threads if t.is_alive()], "simulated users still running"
    assert stats.errors == [], stats.errors[:10]
    assert tracebacks == 0
    assert worker_tracebacks == 0
    assert fault.killed_at is not None and fault.respawned_pid is not None
    assert problems == []
    assert sum(len(user.ledger.grades) for user in users) > 0
    assert sum(len(user.ledger.imports) for user in users) > 0
