"""How fast documents import: the five seeds, and a generated 5,000-question document."""

import random
import resource
import statistics
import time

import pytest
from django.db import transaction

from questions.importing import import_bundled_seeds, import_document
from questions.models import Question

pytestmark = pytest.mark.django_db
WORDS = (
    "asyncio event loop coroutine task gather semaphore queue pydantic model validator field "
    "fastapi router dependency middleware request response database index transaction "
    "isolation replica cache redis token session cookie header decorator generator iterator "
    "descriptor metaclass context manager thread process pool worker deployment container"
).split()


def timed(work, runs: int) -> list[float]:
    timings = []
    for _ in range(runs):
        savepoint = transaction.savepoint()
        started = time.perf_counter()
        work()
        timings.append(time.perf_counter() - started)
        transaction.savepoint_rollback(savepoint)
    return timings


def generated_document(count: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    parts = ["# Generated interview questions\n"]
    for number in range(1, count + 1):
        a, b, c = rng.sample(WORDS, 3)
        parts.append(
            f"### Q{number}. How does the {a} {b} interact with {c} in case {number}?\n\n"
            f"Answer: The {a} coordinates with the {b}; case {number} shows why {c} matters.\n\n"
            f"- first point about {a}\n- second point about {b}\n\n"
            f"```python\ndef case_{number}({a}, {b}):\n    return {c}_{number}\n```\n"
        )
    return "\n".join(parts)


def report(name: str, timings: list[float]) -> None:
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"\n{name}: median {statistics.median(timings):.2f} s "
        f"(min {min(timings):.2f}, max {max(timings):.2f}, {len(timings)} runs), "
        f"peak RSS {peak_mb:.0f} MB"
    )


def test_bench_the_five_seed_documents():
    timings = timed(import_bundled_seeds, runs=5)

    report("five seed documents", timings)
    assert Question.objects.count() == 0  # every run was rolled back


def test_bench_a_generated_5000_question_document():
    document = generated_document(5000)

    def work():
        result = import_document(document, title="generated")
        assert result.report["totals"]["created"] == 5000

    timings = timed(work, runs=3)

    report(f"generated document, 5,000 questions, {len(document) / 1e6:.1f} MB", timings)


def mixed_layout_document(size: int, seed: int = 11) -> str:
    """Sections in every layout the importer reads, one after another, up to `size` bytes."""
    rng = random.Random(seed)
    parts, total, number = ["# Mixed interview notes\n"], 0, 0
    while total < size:
        a, b, c = rng.sample(WORDS, 3)
        number += 1
        n = number
        section = [
            f"## Section {n}: {a}\n",
            f"### Q{n}. How does the {a} {b} work in case {n}?\n\nThe {a} drives the {b}.\n",
            f"<details>\n<summary>What is the {b} {c} in case {n}?</summary>\n\n"
            f"It joins {b} and {c}.\n</details>\n",
            f"| # | Question | Answer |\n|---|---|---|\n| {n} | Why use a {c} for {n}? | "
            f"Because {c} scales. |\n",
            f"#### {c.title()}\n\nWhen is a {c} harmful in case {n}?\n\nWhen {a} is stale.\n",
            f"1. **{b.title()} topic**\n   - What does the {b} do in case {n}?\n"
            f"     It serves {a}.\n   - Why is the {b} slow in case {n}?\n",
            f"What is a {a} {c} in case {n}?\nAnswer: a {c} for {a}.\n",
        ]
        text = "\n".join(section)
        parts.append(text)
        total += len(text)
    return "\n".join(parts)


def test_bench_a_2mb_mixed_layout_document():
    document = mixed_layout_document(2_000_000)

    results = []

    def work():
        results.append(import_document(document, title="mixed"))

    timings = timed(work, runs=3)

    found = results[0].report["totals"]["found"]
    report(f"mixed-layout document, {found:,} questions, {len(document) / 1e6:.1f} MB", timings)
