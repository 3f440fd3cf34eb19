"""The soak benchmark's data: a realistic bank, users with a practice history, generated
import documents; and what must hold in the database after the run."""

import datetime as dt
import random
from dataclasses import dataclass, field

from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.db import connection
from django.db.models import Count, F, Max, Min
from django.utils import timezone
from django.utils.text import slugify

from accounts.models import User
from prep.practice.models import Bookmark, Card, Note, Preferences, Review, State
from questions.fingerprint import prompt_fingerprint
from questions.models import (
    DocumentImport,
    ImportStatus,
    Level,
    Question,
    Source,
    SourceReference,
    Status,
    Topic,
)
from tests.factories import PASSWORD, UserFactory

# Words people search for and questions are about, per base topic.
VOCABULARY = {
    "core-python": "generator iterator descriptor metaclass decorator closure dataclass slots "
    "GIL refcount garbage collector dict hashing mutability typing protocol",
    "async": "asyncio event loop coroutine task gather semaphore queue cancellation timeout "
    "thread pool executor await backpressure trio anyio",
    "fastapi": "router dependency injection middleware request response lifespan background "
    "task websocket OpenAPI status code streaming ASGI uvicorn",
    "pydantic": "model validator field serializer settings alias discriminated union strict "
    "mode coercion computed field TypeAdapter JSON schema",
    "databases": "index transaction isolation replica deadlock vacuum join migration ORM "
    "N+1 query planner partition foreign key sharding",
    "system-design": "cache queue rate limiter consistency availability partition load "
    "balancer CDN idempotency outbox saga consensus leader",
    "security": "token session cookie CSRF XSS injection hashing salt OAuth JWT secrets "
    "rotation TLS CORS permission audit",
    "testing": "pytest fixture mock parametrize coverage property based factory flaky "
    "integration contract snapshot mutation monkeypatch",
    "devops": "container image kubernetes probe deployment rollback CI pipeline metrics "
    "tracing logs alert canary autoscaling",
    "frontend": "browser fetch CORS cookie cache service worker DOM event bubbling HTMX "
    "hydration bundle preload accessibility",
}
PROMPTS = (
    "How does {a} interact with {b} when {c} is involved?",
    "Explain {a} in the context of {b}.",
    "What is the difference between {a} and {b}?",
    "Why would you choose {a} over {b} for {c}?",
    "Describe how {a} behaves under load when {b} fails.",
    "When does {a} become a problem for {b}, and how do you notice it?",
)
GARBAGE = (
    '"unterminated quote',
    "asyncio -gather -",
    "redis or kafka",
    "a | b & !c",
    "!!! ??? ***",
    "select * from questions; --",
    "<script>alert(1)</script>",
    "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -",
    "x" * 250,  # longer than the field allows: reported on the page
    "ünïcödé straße 🙂",
    "asyncio.gather(*tasks)",
    "((((",
    ":* & |",
    "'; DROP TABLE questions_question; --",
)
# A NUL in a query string is left to the filter form, which explains it (200, no 4xx).
NUL_QUERY = "event\x00loop"


def words(topic_slug: str) -> list[str]:
    return VOCABULARY[topic_slug].split()


def make_bank(count: int, rng: random.Random) -> list[Question]:
    """`count` published questions of the public bank, spread over the base topics."""
    Topic.objects.ensure_base_topics()
    topics = list(Topic.objects.filter(slug__in=VOCABULARY))
    levels = [Level.JUNIOR, Level.MID, Level.SENIOR, Level.UNSPECIFIED]
    questions = []
    for n in range(count):
        topic = topics[n % len(topics)]
        a, b, c = rng.sample(words(topic.slug), 3)
        prompt = rng.choice(PROMPTS).format(a=a, b=b, c=c) + f" (case {n})"
        answer = (
            f"The {a} coordinates with the {b}; case {n} shows why {c} matters.\n\n"
            f"- measure the {a} first\n- then look at the {b}\n\n"
            + (f"```python\ndef case_{n}({a.lower()}):\n    return {n}\n```\n" if n % 3 else "")
        )
        questions.append(
            Question(
                slug=f"{slugify(prompt)[:80]}-{n}",
                prompt=prompt,
                answer=answer,
                what_it_tests=f"Whether the candidate knows {a}." if n % 4 == 0 else "",
                level=levels[n % len(levels)],
                topic=topic,
                status=Status.PUBLISHED,
                fingerprint=prompt_fingerprint(prompt),
            )
        )
    return Question.objects.bulk_create(questions, batch_size=500)


def make_users(count: int, staff: int, bank: list[Question], rng: random.Random) -> list:
    """Users who log in with PASSWORD through the real form; the first `staff` are superusers.

    Their password hash is made with the production hasher (tests hash with MD5, which
    gunicorn's settings do not accept); every second user has two weeks of practice.
    """
    hasher = PBKDF2PasswordHasher()
    password = hasher.encode(PASSWORD, hasher.salt())
    users = []
    for n in range(count):
        user = UserFactory(
            email=f"soak{n}@bench.example", is_staff=n < staff, is_superuser=n < staff
        )
        if n % 3 == 0:
            Preferences.objects.create(user=user, new_per_day=30)
        if n % 2 == 1:
            add_history(user, rng.sample(bank, 40), rng)
        users.append(user)
    # Set after the factory, which would hash the hash again.
    User.objects.filter(pk__in=[user.pk for user in users]).update(password=password)
    return users


def add_history(user, questions: list[Question], rng: random.Random) -> None:
    """Cards with 1-6 reviews each, consistent as grading leaves them: reps = reviews, the
    last review's time and due date are the card's; about a third are due now."""
    now = timezone.now()
    cards, reviews = [], []
    for question in questions:
        reps = rng.randint(1, 6)
        last = now - dt.timedelta(days=rng.uniform(1, 20))
        card = Card(
            user=user,
            question=question,
            state=State.REVIEW,
            stability=rng.uniform(1, 50),
            difficulty=rng.uniform(1, 10),
            last_review=last,
            due=last + dt.timedelta(days=rng.uniform(1, 25)),
            reps=reps,
        )
        cards.append(card)
        times = [last - dt.timedelta(days=3 * (reps - 1 - i)) for i in range(reps)]
        for sequence, reviewed_at in enumerate(times):
            is_last = sequence == reps - 1
            reviews.append(
                Review(
                    user=user,
                    card=card,
                    question=question,
                    sequence=sequence,
                    rating=rng.randint(2, 4),
                    reviewed_at=reviewed_at,
                    state_before=State.NEW if sequence == 0 else State.REVIEW,
                    due_after=card.due if is_last else times[sequence + 1],
                )
            )
    Card.objects.bulk_create(cards)
    for review in reviews:
        review.card_id = review.card.pk
    Review.objects.bulk_create(reviews)
    Bookmark.objects.bulk_create(Bookmark(user=user, question=q) for q in questions[:5])
    Note.objects.bulk_create(
        Note(user=user, question=q, text="Seen *before*.") for q in questions[5:8]
    )


def generated_document(owner: int, number: int, bank: list[Question], rng: random.Random) -> str:
    """A small markdown document: new questions, one already in the bank, one unanswered."""
    parts = [f"# Soak interview notes {owner}-{number}\n"]
    for n in range(rng.randint(4, 10)):
        topic = rng.choice(list(VOCABULARY))
        a, b = rng.sample(words(topic), 2)
        parts.append(
            f"## Q{n + 1}. How would you debug {a} with {b} in import {owner}-{number}-{n}?\n\n"
            f"Start from the {a}: measure, then change one thing about the {b}.\n\n"
            f"- check the {a} metrics\n- reproduce with a small {b}\n"
        )
    known = rng.choice(bank)
    parts.append(f"## Q{n + 2}. {known.prompt}\n\n{known.answer}\n")
    parts.append(f"## Q{n + 3}. What is soak case {owner}-{number} about?\n\nTODO\n")
    return "\n".join(parts)


# --- what the clients saw, and what the database must say ---------------------------------


@dataclass
class Ledger:
    """One simulated user's record of what the site told it."""

    email: str
    grades: list[tuple[str, int, int]] = field(default_factory=list)  # (slug, reps before, rating)
    grades_cut_but_kept: int = 0  # grade retried after a cut: "not counted", the first one was
    bookmarks: dict[str, bool] = field(default_factory=dict)  # last state each page showed
    notes: dict[str, str] = field(default_factory=dict)  # last text saved ("" = deleted)
    imports: list[tuple[int, int]] = field(default_factory=list)  # (source pk, questions found)
    import_pages: list[str] = field(default_factory=list)  # of those imports, in that order
    uploads_cut: int = 0  # uploads the kill cut (saved or not: the user looked, then uploaded)


def check_consistency(ledgers: list[Ledger], *, last_review: int, last_question: int) -> list[str]:
    """Everything that must hold after the run: a list of problems (empty: all good).

    `last_review` and `last_question`: the highest primary keys before the run.
    """
    problems = []
    cards = Card.objects.annotate(
        n=Count("reviews"),
        first=Min("reviews__sequence"),
        last=Max("reviews__sequence"),
        latest=Max("reviews__reviewed_at"),
    )
    for card in cards.exclude(reps=0).filter(n=0)[:10]:
        problems.append(f"card {card.pk} has reps={card.reps} but no review")
    for card in cards.filter(reps=0)[:10]:
        problems.append(f"card {card.pk} was created without its review (reps 0)")
    for card in cards.filter(n__gt=0).iterator():
        if (card.n, card.first, card.last) != (card.reps, 0, card.reps - 1):
            problems.append(
                f"card {card.pk}: reps={card.reps}, {card.n} reviews, sequences "
                f"{card.first}..{card.last}"
            )
        elif card.latest != card.last_review:
            problems.append(f"card {card.pk}: last_review {card.last_review} != {card.latest}")
    mismatched = Review.objects.exclude(user=F("card__user"), question=F("card__question"))
    if mismatched.exists():
        problems.append(f"{mismatched.count()} reviews whose user or question is not their card's")
    stale = Review.objects.filter(sequence=F("card__reps") - 1).exclude(due_after=F("card__due"))
    if stale.exists():
        problems.append(f"{stale.count()} cards whose due date is not their last review's")

    emails = {ledger.email: ledger for ledger in ledgers}
    made = Review.objects.filter(pk__gt=last_review).values_list(
        "user__email", "question__slug", "sequence", "rating"
    )
    in_database = sorted(made)
    told = sorted((ledger.email, *grade) for ledger in ledgers for grade in ledger.grades)
    if in_database != told:
        lost = sorted(set(told) - set(in_database))
        extra = sorted(set(in_database) - set(told))
        problems.append(
            f"grades: {len(told)} acknowledged, {len(in_database)} new reviews; "
            f"lost {lost[:5]}, unacknowledged {extra[:5]}, duplicates "
            f"{len(told) - len(set(told))}"
        )

    for email, ledger in emails.items():
        marks = set(
            Bookmark.objects.filter(
                user__email=email, question__slug__in=ledger.bookmarks
            ).values_list("question__slug", flat=True)
        )
        for slug, shown in ledger.bookmarks.items():
            if (slug in marks) != shown:
                problems.append(f"{email}: bookmark on {slug} shown {shown}, stored {not shown}")
        notes = dict(
            Note.objects.filter(user__email=email, question__slug__in=ledger.notes).values_list(
                "question__slug", "text"
            )
        )
        for slug, text in ledger.notes.items():
            if notes.get(slug, "") != text:
                stored = notes.get(slug)
                problems.append(f"{email}: note on {slug} saved {text!r}, stored {stored!r}")

    references = dict(Source.objects.annotate(n=Count("references")).values_list("pk", "n"))
    for source in Source.objects.all():
        found = source.report.get("totals", {}).get("found")
        if references[source.pk] == 0 or found != references[source.pk]:
            problems.append(
                f"source {source.pk} ({source.title}): {references[source.pk]} references, "
                f"report says {found}"
            )
    for ledger in ledgers:
        for pk, found in ledger.imports:
            if references.get(pk) != found:
                problems.append(f"import {pk}: preview found {found}, {references.get(pk)} written")
    created = sum(s.report["totals"]["created"] for s in Source.objects.all())
    new = Question.objects.filter(pk__gt=last_question)
    if new.count() != created:
        problems.append(f"{new.count()} questions written, the imports' reports say {created}")
    orphans = new.exclude(pk__in=SourceReference.objects.values("question"))
    if orphans.exists():
        problems.append(f"{orphans.count()} imported questions without a source")
    return problems + check_imports(ledgers)


def check_imports(ledgers: list[Ledger]) -> list[str]:
    """The admin imports, once the worker has no import job left: every import a user
    followed to its end is done, with the Source it linked to; nothing failed or is stuck;
    a document is one Source however many times it was uploaded or imported; an upload
    left unconfirmed is one the kill cut (saved after all, but not seen in the list)."""
    problems = []
    followed = {
        page.rstrip("/").rsplit("/", 1)[1]: pk
        for ledger in ledgers
        for (pk, _), page in zip(ledger.imports, ledger.import_pages, strict=True)
    }
    imports = DocumentImport.objects.without_documents().select_related("source")
    for document_import in imports.defer("source__text", "source__report"):
        status, public_id = document_import.status, str(document_import.public_id)
        if public_id in followed:
            if status != ImportStatus.DONE or document_import.source_id != followed[public_id]:
                problems.append(
                    f"import {public_id} ({document_import}): {status}, source "
                    f"{document_import.source_id}; the user was shown {followed[public_id]}"
                )
        elif status not in (ImportStatus.PREVIEW_READY, ImportStatus.DONE):
            problems.append(f"import {public_id} ({document_import}) left {status}")
        if status == ImportStatus.DONE and (
            document_import.source is None
            or document_import.source.checksum != document_import.checksum
        ):
            problems.append(f"import {public_id} done, but not as its document's Source")
    unconfirmed = DocumentImport.objects.filter(status=ImportStatus.PREVIEW_READY).count()
    cut = sum(ledger.uploads_cut for ledger in ledgers)
    if unconfirmed > cut:
        problems.append(f"{unconfirmed} uploads left unconfirmed, {cut} cut by the kill")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT task_name, count(*) FROM procrastinate_jobs WHERE status = 'failed' "
            "GROUP BY task_name"
        )
        problems += [f"{n} {task} jobs failed" for task, n in cursor.fetchall()]
    return problems
