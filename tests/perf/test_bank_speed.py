"""Server time of the bank's list on a big bank (20,000 questions, 40,000 references, a
user with 5,000 cards) for every "Show" filter and sort, with and without a search."""

import datetime as dt
import random

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from prep.practice.models import Bookmark, Card, Note
from questions.models import Question, Source, SourceReference, Status
from tests.factories import TopicFactory, UserFactory
from tests.perf.test_practice_speed import median_ms

pytestmark = pytest.mark.django_db
QUESTIONS = 20_000
WORDS = ["event loop", "index", "transaction", "cache", "thread", "queue", "token", "schema"]


@pytest.fixture
def big_bank():
    rng = random.Random(12)
    topics = [TopicFactory() for _ in range(8)]
    questions = Question.objects.bulk_create(
        (
            Question(
                slug=f"bank-bench-{n}",
                prompt=f"How does the {rng.choice(WORDS)} behave in case {n}?",
                answer=f"It depends on the {rng.choice(WORDS)} and the {rng.choice(WORDS)}.",
                topic=rng.choice(topics),
                status=Status.PUBLISHED,
                fingerprint=f"bank-bench-{n}",
            )
            for n in range(QUESTIONS)
        ),
        batch_size=2_000,
    )
    sources = Source.objects.bulk_create(
        Source(title=f"Document {n}", checksum=f"{n:064d}") for n in range(300)
    )
    SourceReference.objects.bulk_create(
        (
            SourceReference(question=q, source=rng.choice(sources), line=line)
            for q in questions
            for line in range(rng.choice([1, 1, 2, 3]))
        ),
        batch_size=5_000,
    )
    user, now = UserFactory(), timezone.now()
    seen = rng.sample(questions, 5_000)
    Card.objects.bulk_create(
        Card(user=user, question=q, due=now + dt.timedelta(days=rng.randint(-5, 30))) for q in seen
    )
    Bookmark.objects.bulk_create(Bookmark(user=user, question=q) for q in seen[:1_000])
    Note.objects.bulk_create(Note(user=user, question=q, text="mine") for q in seen[500:1_000])
    return user


def test_bench_the_bank_list_for_every_filter_and_sort(big_bank):
    client = Client()
    client.force_login(big_bank)
    lines = []
    for q in ["", "event loop"]:
        for state in ["", "new", "due", "seen", "bookmarked", "notes"]:
            for sort in ["", "newest", "asked"]:
                params = {"q": q, "state": state, "sort": sort, "page": "3"}
                assert client.get("/questions/", params).status_code == 200
                ms = median_ms(lambda p=params: client.get("/questions/", p), runs=5)
                count, rows = database_ms(client, params)
                lines.append(
                    f"q={q or '-':<10} state={state or '-':<10} sort={sort or '-':<7} "
                    f"page {ms:4.0f} ms; in PostgreSQL: count {count:5.1f} ms, rows {rows:5.1f} ms"
                )
    print(f"\nBank list, {QUESTIONS} questions (medians, test client):\n" + "\n".join(lines))


def database_ms(client, params) -> tuple[float, float]:
    """PostgreSQL's own execution time of the page's count and of its page of rows."""
    with CaptureQueriesContext(connection) as queries:
        client.get("/questions/", params)
    bank = [q["sql"] for q in queries if 'FROM "questions_question"' in q["sql"]]
    return explained_ms(bank[0]), explained_ms(bank[1])


def explained_ms(sql: str) -> float:
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + sql)
        [[plan]] = cursor.fetchone()
    return plan["Execution Time"]
