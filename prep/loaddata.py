"""Data at real size for the speed benchmark: a bank, users, and a year of practice.

Built by `manage.py generate_load_data`. Repeatable (one seeded random) and fast: the
bank and the users by bulk_create, cards and reviews by COPY with ids chosen here, so a
million reviews take a COPY, not a million INSERTs. Everything it makes is recognisable
(`@load.example` addresses, "Load source" documents), so it can refuse a real database.
"""

import datetime as dt
import hashlib
import random
from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import connection
from django.utils import timezone

from prep.practice import daily
from prep.practice.models import Rating, State
from questions.copying import copy_rows
from questions.fingerprint import prompt_fingerprint
from questions.models import Level, Question, Source, SourceReference, Status, Topic

DOMAIN = "load.example"
HEAVY_EMAIL = f"heavy@{DOMAIN}"
BATCH = 2_000
SOURCES = 40
ZONES = ("UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Sydney")
STARTS = (
    "What is",
    "How does",
    "Why would you use",
    "When should you avoid",
    "Explain",
    "Compare",
    "Describe how",
    "What happens when you combine",
)
TERMS = (
    "asyncio event loop",
    "coroutine",
    "task group",
    "semaphore",
    "pydantic validator",
    "FastAPI dependency",
    "middleware",
    "database index",
    "transaction isolation",
    "read replica",
    "cache invalidation",
    "JWT token",
    "session cookie",
    "CSRF protection",
    "decorator",
    "generator",
    "context manager",
    "metaclass",
    "connection pool",
    "message queue",
    "rate limiter",
    "load balancer",
    "ORM query",
    "N+1 query",
    "GIL",
    "thread pool",
    "process pool",
    "websocket",
    "background task",
    "Python dict",
)
FILLER = (
    "It keeps the request path short and moves slow work elsewhere.",
    "The trade-off is memory against latency, measured under realistic load.",
    "Under contention the lock is held briefly, so throughput stays high.",
    "PostgreSQL reads the index first and fetches only the matching rows.",
    "Each call returns quickly; the event loop schedules the rest.",
    "Validation happens once at the boundary, so the core trusts its inputs.",
    "A retry with backoff hides transient failures without hammering the server.",
    "The test pins the behaviour a user would notice, not the implementation.",
)


@dataclass
class Plan:
    questions: int = 20_000
    users: int = 2_000
    reviews: int = 1_000_000
    heavy_cards: int = 2_000
    heavy_reviews: int = 100_000
    # Users back after a break, every card due: the benchmark's grades follow their cards.
    practising: int = 20
    practising_cards: int = 500
    seed: int = 1
    password: str = "load-password"  # noqa: S105 - benchmark data, documented


def foreign_users():
    """Users this generator did not make."""
    return get_user_model().objects.exclude(email__endswith=f"@{DOMAIN}")


def has_load_data() -> bool:
    return get_user_model().objects.filter(email=HEAVY_EMAIL).exists()


REVIEWS_PER_PRACTISING_CARD = 4


def practising_emails(plan: Plan) -> list[str]:
    """The users with every card due (the first ordinary ones)."""
    return [f"user{n}@{DOMAIN}" for n in range(1, min(plan.practising, plan.users - 1) + 1)]


def build(plan: Plan, say=print) -> None:
    rng = random.Random(plan.seed)  # noqa: S311 - repeatable data, not secrets
    now = timezone.now()
    bank = _bank(plan, rng)
    say(f"bank: {len(bank):,} published questions")
    users = _users(plan, rng)
    say(f"users: {len(users):,} (the heavy one: {HEAVY_EMAIL})")
    heavy, others = users[0], users[1:]
    cards, reviews = _practice(plan, rng, bank, heavy, others, now)
    say(f"practice: {cards:,} cards, {reviews:,} reviews")
    for user in users:
        daily.rebuild(user)  # reviews written by COPY, past grade_question's tally
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def _bank(plan: Plan, rng: random.Random) -> list[int]:
    Topic.objects.ensure_base_topics()
    topics = list(Topic.objects.all())
    levels = [Level.JUNIOR, Level.MID, Level.SENIOR, Level.UNSPECIFIED]
    questions = []
    for n in range(plan.questions):
        prompt = f"{rng.choice(STARTS)} {rng.choice(TERMS)} in case {n}?"
        answer = " ".join(rng.choice(FILLER) for _ in range(rng.randint(2, 9)))
        if n % 7 == 0:
            answer += f"\n\n```python\nasync def handler_{n}():\n    return await fetch({n})\n```"
        questions.append(
            Question(
                slug=f"load-{plan.seed}-{n}",
                prompt=prompt,
                answer=answer,
                what_it_tests=rng.choice(FILLER) if n % 3 == 0 else "",
                level=rng.choice(levels),
                topic=topics[n % len(topics)],
                status=Status.PUBLISHED,
                fingerprint=prompt_fingerprint(prompt),
            )
        )
    created = Question.objects.bulk_create(questions, batch_size=BATCH)
    sources = Source.objects.bulk_create(
        Source(
            title=f"Load source {n}",
            checksum=hashlib.sha256(f"load-{plan.seed}-{n}".encode()).hexdigest(),
        )
        for n in range(SOURCES)
    )
    references = [
        SourceReference(source=source, question=question, line=n + 1)
        for n, question in enumerate(created)
        for source in rng.sample(sources, rng.choice((1, 1, 1, 2, 2, 3, 5)))
    ]
    SourceReference.objects.bulk_create(references, batch_size=BATCH)
    return [question.pk for question in created]


def _users(plan: Plan, rng: random.Random) -> list:
    User = get_user_model()
    password = make_password(plan.password)  # hashed once: the same for everyone
    emails = [HEAVY_EMAIL] + [f"user{n}@{DOMAIN}" for n in range(1, plan.users)]
    users = User.objects.bulk_create(
        User(
            email=email,
            display_name=f"Load user {n}",
            timezone=rng.choice(ZONES),
            password=password,
        )
        for n, email in enumerate(emails)
    )
    EmailAddress.objects.bulk_create(
        EmailAddress(user=user, email=user.email, verified=True, primary=True) for user in users
    )
    return users


def _practice(plan, rng, bank, heavy, others, now) -> tuple[int, int]:
    """Cards and reviews: the heavy user's, the practising users' (every card due), then
    the rest of the reviews spread evenly."""
    count = len(practising_emails(plan))
    practising, others = others[:count], others[count:]
    backlog = plan.practising_cards * REVIEWS_PER_PRACTISING_CARD
    left = plan.reviews - plan.heavy_reviews - backlog * len(practising)
    per_user = left // max(len(others), 1)
    shares = (
        [(heavy, plan.heavy_cards, plan.heavy_reviews, False)]
        + [(user, plan.practising_cards, backlog, True) for user in practising]
        + [(user, max(1, per_user // 8), per_user, False) for user in others]
    )
    next_card = _next_id("practice_card")
    cards, reviews = [], []
    for user, card_count, review_count, all_due in shares:
        picked = rng.sample(bank, min(card_count, len(bank)))
        counts = _spread(review_count, len(picked), rng)
        for question_id, count in zip(picked, counts, strict=True):
            cards.append(_card(next_card, user.pk, question_id, count, rng, now, all_due))
            reviews.extend(_reviews(next_card, user.pk, question_id, count, cards[-1], rng))
            next_card += 1
    copy_rows("practice_card", CARD_COLUMNS, cards)
    copy_rows("practice_review", REVIEW_COLUMNS, reviews)
    _follow_sequence("practice_card")
    return len(cards), len(reviews)


CARD_COLUMNS = (
    "id user_id question_id state step stability difficulty due last_review reps lapses "
    "suspended created"
).split()
REVIEW_COLUMNS = (
    "user_id card_id question_id sequence rating reviewed_at duration_ms typed_answer "
    "origin state_before due_after"
).split()


def _spread(total: int, slots: int, rng: random.Random) -> list[int]:
    """`total` reviews over `slots` cards, at least one each, unevenly (as people do)."""
    if not slots:
        return []
    weights = [rng.paretovariate(1.5) for _ in range(slots)]
    scale = max(total - slots, 0) / sum(weights)
    counts = [1 + int(w * scale) for w in weights]
    counts[0] += total - sum(counts)  # rounding: the first card takes what is left
    return [max(c, 1) for c in counts]


def _card(card_id, user_id, question_id, reviews, rng, now, all_due=False) -> tuple:
    last = now - dt.timedelta(days=rng.uniform(30 if all_due else 0, 60))
    stability = rng.uniform(0.5, 29 if all_due else 300)
    state = State.REVIEW if rng.random() < 0.9 else rng.choice((State.LEARNING, State.RELEARNING))
    due = last + dt.timedelta(days=stability if state == State.REVIEW else 0.01)
    lapses = min(reviews // 6, rng.randint(0, 9))
    step = None if state == State.REVIEW else 0
    difficulty = rng.uniform(1, 10)
    return (card_id, user_id, question_id, state, step, stability, difficulty, due, last,
            reviews, lapses, False, last - dt.timedelta(days=365))  # fmt: skip


def _reviews(card_id, user_id, question_id, count, card, rng) -> list[tuple]:
    last = card[8]
    times = sorted(last - dt.timedelta(days=rng.uniform(0, 365)) for _ in range(count - 1))
    times.append(last)
    rows = []
    for sequence, reviewed_at in enumerate(times):
        rating = rng.choices(list(Rating), weights=(12, 10, 65, 13))[0]
        before = State.NEW if sequence == 0 else State.REVIEW
        due_after = reviewed_at + dt.timedelta(days=rng.uniform(0.01, 60))
        rows.append((user_id, card_id, question_id, sequence, rating, reviewed_at,
                     rng.randint(2_000, 60_000), "", "practice", before, due_after))  # fmt: skip
    return rows


def _next_id(table: str) -> int:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}")  # noqa: S608 (ours)
        return cursor.fetchone()[0]


def _follow_sequence(table: str) -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "  # noqa: S608 (ours)
            f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"
        )
