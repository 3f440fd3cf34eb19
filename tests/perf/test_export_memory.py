"""Memory and time of building a data export, for a user with 10,000 and with 100,000
reviews: the peak should not grow with the history (it is streamed in chunks).

uv run pytest tests/perf/test_export_memory.py -o addopts="" -s
"""

import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from django.utils import timezone

from prep.exports.tasks import build, request_export
from prep.practice.models import Bookmark, Review
from questions.models import QuestionSet, SetItem
from tests.factories import UserFactory
from tests.practice.helpers import add_history

pytestmark = pytest.mark.django_db
CARDS = 2_000
TYPED = "I would start from the event loop, then explain how awaiting hands control back. " * 2


def user_with(reviews: int, seed: int):
    user = UserFactory()
    add_history(user, cards=CARDS, reviews=reviews, topics=10, seed=seed, now=timezone.now())
    Review.objects.filter(user=user).update(typed_answer=TYPED)
    questions = [card.question for card in user.cards.select_related("question")[:500]]
    Bookmark.objects.bulk_create(Bookmark(user=user, question=q) for q in questions)
    kit = QuestionSet.objects.create(owner=user, title="Everything async")
    SetItem.objects.bulk_create(
        SetItem(question_set=kit, question=q, position=n) for n, q in enumerate(questions[:200])
    )
    return user


def _status_mb(field: str) -> float:
    line = next(
        x for x in Path("/proc/self/status").read_text().splitlines() if x.startswith(field)
    )
    return int(line.split()[1]) / 1024


def measure(user) -> tuple[float, float, float, float, int]:
    """Seconds without tracing, growth of the process's peak RSS (MB, Linux), peak traced
    MB, seconds with tracing, ZIP bytes."""
    export = request_export(user=user)
    Path("/proc/self/clear_refs").write_text("5")  # the peak RSS starts again from here
    before = _status_mb("VmRSS")
    started = time.perf_counter()
    build(export_id=export.pk)
    plain = time.perf_counter() - started
    rss = max(0.0, _status_mb("VmHWM") - before)

    export = request_export(user=user)
    tracemalloc.start()
    started = time.perf_counter()
    build(export_id=export.pk)
    traced = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    export.refresh_from_db()
    with zipfile.ZipFile(Path(export.file.path)) as archive:
        assert archive.read("reviews.json").count(b'"rating_name"') == user.reviews.count()
    return plain, rss, peak / 2**20, traced, export.size


def test_bench_export_memory_and_time():
    lines = []
    for reviews, seed in [(10_000, 1), (100_000, 2)]:
        user = user_with(reviews, seed)
        plain, rss, peak, traced, size = measure(user)
        lines.append(
            f"{reviews:>7,} reviews, {CARDS:,} cards, 500 bookmarks, a set of 200: "
            f"build {plain:.1f} s, peak RSS +{rss:.1f} MB; peak Python memory {peak:.1f} MB "
            f"(tracemalloc, {traced:.1f} s traced); ZIP {size / 2**20:.1f} MB"
        )
    print("\n" + "\n".join(lines))
