"""How fast, and in how much memory, a 2 MB document mixing every layout imports.

    uv run pytest tests/perf/test_import_mixed.py -o addopts="" -s

Sections in turn: question headings, short headings over a question paragraph, numbered lists,
bullets under bold numbered topics, tables of questions, <details> blocks, Q:/A: pairs and
plain question lines; some questions without answers. Prints the time (median of 3 runs) and
the peak memory of a dry run and of a real import: tracemalloc's peak for Python objects
(measured in a separate run, since tracing slows the work down) and the process's peak RSS.
"""

import random
import resource
import statistics
import tracemalloc

import pytest
from django.db import transaction

from questions.importing import import_document
from questions.models import Question
from tests.perf.test_import_speed import WORDS, timed

pytestmark = pytest.mark.django_db
TARGET_BYTES = 2 * 1024 * 1024


def _headings(rng, n):
    a, b, c = rng.sample(WORDS, 3)
    return (
        f"### {n}. How does the {a} {b} behave under load in case {n}?\n\n"
        f"The {a} queues work for the {b}; case {n} adds {c} to keep latency flat.\n\n"
        f"```python\nasync def case_{n}({a}):\n    return await {b}_{n}({a})\n```\n"
    )


def _short_heading(rng, n):
    a, b = rng.sample(WORDS, 2)
    return (
        f"#### {a.title()} {n}\n\nWhen is a {a} not useful with a {b}, as in case {n}?\n\n"
        f"When the {b} changes faster than the {a} can follow (case {n}).\n"
    )


def _numbered(rng, n):
    a, b = rng.sample(WORDS, 2)
    answer = "" if n % 7 == 0 else f"\n   Use the {b} to bound the {a} in case {n}."
    return f"{n % 90 + 1}. What limits the {a} when the {b} is slow in case {n}?{answer}\n"


def _bullets(rng, n):
    a, b, c = rng.sample(WORDS, 3)
    return (
        f"{n % 9 + 1}. **{a.title()} topic {n}**\n"
        f"   - What does a {a} do for the {b} in case {n}?\n"
        f"     It hands the {b} a {c}, case {n}.\n"
        f"   - Why would a {b} refuse a {c} in case {n}?\n"
    )


def _table(rng, n):
    a, b = rng.sample(WORDS, 2)
    return f"| {n} | Which {a} settings matter for the {b} in case {n}? | Mid |\n"


def _details(rng, n):
    a, b = rng.sample(WORDS, 2)
    body = "TODO" if n % 5 == 0 else f"Check the {a} before the {b}; case {n} shows the order."
    return (
        f"<details>\n<summary>How do you debug a {a} stuck on a {b} in case {n}?</summary>\n\n"
        f"{body}\n\n</details>\n"
    )


def _q_and_a(rng, n):
    a, b = rng.sample(WORDS, 2)
    return f"Q: Where should the {a} keep its {b} in case {n}?\nA: Next to the {b}, case {n}.\n"


def _plain(rng, n):
    a, b = rng.sample(WORDS, 2)
    return f"What breaks first, the {a} or the {b}, in case {n}?\nThe {a}, in case {n}.\n"


LAYOUTS = [
    ("## Headings", _headings),
    ("## Short headings", _short_heading),
    ("## Numbered", _numbered),
    ("## Topics", _bullets),
    ("## Table\n\n| # | Question | Level |\n|---|---|---|", _table),
    ("## Details", _details),
    ("## Q and A", _q_and_a),
    ("## Plain", _plain),
]


def mixed_document(target_bytes: int = TARGET_BYTES, seed: int = 11) -> tuple[str, int, int]:
    """A document of about `target_bytes`; how many questions, and how many without an answer,
    were written into it."""
    rng = random.Random(seed)
    parts, size, questions, unanswered, n = ["# Mixed-layout interview questions\n"], 0, 0, 0, 0
    while size < target_bytes:
        for title, block in LAYOUTS:
            section = [title, ""]
            for _ in range(6):
                n += 1
                section.append(block(rng, n))
                questions += 2 if block is _bullets else 1
                unanswered += (
                    (block in (_bullets, _table))
                    + (block is _numbered and n % 7 == 0)
                    + (block is _details and n % 5 == 0)
                )
            text = "\n".join(section) + "\n"
            parts.append(text)
            size += len(text.encode())
    return "\n".join(parts), questions, unanswered


def _traced_peak_mb(work) -> float:
    savepoint = transaction.savepoint()
    tracemalloc.start()
    try:
        work()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        transaction.savepoint_rollback(savepoint)
    return peak / 1024 / 1024


@pytest.mark.parametrize("dry_run", [True, False], ids=["dry run", "real import"])
def test_bench_a_2_mb_mixed_layout_document(dry_run):
    document, written, unanswered = mixed_document()
    found = {}

    def work():
        result = import_document(document, title="mixed layouts", dry_run=dry_run)
        found["questions"] = result.report["totals"]["found"]
        found["needs_answer"] = result.report["totals"]["needs_answer"]
        # Every generated question says "in case N?": anything else found is not a question.
        found["other"] = [i["prompt"] for i in result.report["items"] if "case " not in i["prompt"]]

    timings = timed(work, runs=3)
    peak_traced = _traced_peak_mb(work)
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(
        f"\nmixed layouts, {len(document) / 1e6:.1f} MB, {written} questions written "
        f"({unanswered} without an answer), "
        f"{found['questions']} found ({found['needs_answer']} need an answer, "
        f"{len(found['other'])} not questions: {found['other'][:3]}), "
        f"{'dry run' if dry_run else 'real import'}: median {statistics.median(timings):.2f} s "
        f"(min {min(timings):.2f}, max {max(timings):.2f}, 3 runs), "
        f"tracemalloc peak {peak_traced:.0f} MB, peak RSS {peak_rss:.0f} MB"
    )
    assert found["questions"] > 0
    assert Question.objects.count() == 0  # every run was rolled back
