"""What is the same for everyone about the bank, kept while the bank does not change.

The landing page's summary (how many questions, per topic, the newest), the bank's
pages (which questions a filter or search shows on page N, how many match, the rows
drawn) and a question page's question, answer and sources cost a lot to work out on a
big bank and are the same for every visitor. They are kept in the cache (Redis or the
database cache, shared by all processes) and forgotten whenever a question, topic or
source is saved or deleted. Bulk writes (`update()`, `bulk_create()`: the
importer, the admin's bulk actions) send no signal: they call `forget_bank_summary()`
themselves, or show after `SUMMARY_SECONDS` at most.
"""

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from django.core.cache import cache
from django.db import transaction
from django.db.models import Count
from django.db.models.signals import post_delete, post_save

from questions.models import Question, QuestionSet, SetItem, SetShare, Source, Topic

CACHE_KEY = "questions:bank-summary:v1"
# A token for the bank as it is: whatever is kept with another token is out of date.
VERSION_KEY = "questions:bank-version:v1"
ACCESS_KEY = "questions:access-version:v1"
SUMMARY_SECONDS = 60
RECENT = 5
T = TypeVar("T")


@dataclass(frozen=True)
class TopicCount:
    name: str
    slug: str
    published_count: int


@dataclass(frozen=True)
class RecentQuestion:
    prompt: str
    url: str


@dataclass(frozen=True)
class BankSummary:
    question_count: int
    topics: list[TopicCount]
    recent: list[RecentQuestion]


def bank_summary() -> BankSummary:
    """The bank's summary, from the cache when it is there (one cache read)."""
    summary = cache.get(CACHE_KEY)
    if summary is None:
        summary = _count_bank()
        cache.set(CACHE_KEY, summary, SUMMARY_SECONDS)
    return summary


def published_by_topic() -> dict[int | None, int]:
    """The bank's published questions per topic id (None: no topic)."""
    return kept_while_bank_unchanged(
        "questions:bank-by-topic:v1",
        lambda: dict(
            Question.objects.bank()
            .order_by()
            .values("topic")
            .annotate(n=Count("pk"))
            .values_list("topic", "n")
        ),
    )


def bank_token(found: str | None) -> str:
    """The bank's token as read from the cache (`VERSION_KEY`), or a new one if it was not
    there. Two processes may each make one: the last wins, and the values kept under the
    other's are worked out again, nothing worse."""
    return _token(VERSION_KEY, found)


def access_token(found: str | None) -> str:
    """The token of who may open which question outside the bank (`ACCESS_KEY`): sets,
    their items and who they are shared with. Kept per-user values that count questions
    from sets (the progress page) are kept under it."""
    return _token(ACCESS_KEY, found)


def _token(key: str, found: str | None) -> str:
    if found is not None:
        return found
    version = secrets.token_hex(8)
    cache.set(key, version, SUMMARY_SECONDS)
    return version


def forget_access() -> None:
    """After a change to a set, its items or its shares (at once and after commit)."""
    cache.delete(ACCESS_KEY)
    transaction.on_commit(lambda: cache.delete(ACCESS_KEY))


def forget_bank_summary() -> None:
    """After a change to the bank: at once (this transaction's own reads see it) and after
    commit (a reader that filled the cache from the old rows meanwhile is overwritten)."""
    cache.delete_many([CACHE_KEY, VERSION_KEY])
    transaction.on_commit(lambda: cache.delete_many([CACHE_KEY, VERSION_KEY]))


def kept_while_bank_unchanged(key: str, compute: Callable[[], T]) -> T:
    """`compute()`'s value, from the cache when it was worked out on the bank as it is now
    (one cache read, for the value and the bank's token together)."""
    found = cache.get_many([VERSION_KEY, key])
    version, entry = found.get(VERSION_KEY), found.get(key)
    if version is not None and entry is not None and entry[0] == version:
        return entry[1]
    version = bank_token(version)
    # Read after the token: a change that lands meanwhile drops the token, so what was
    # worked out from the old rows is kept under a token nobody will ask for again.
    value = compute()
    cache.set(key, (version, value), SUMMARY_SECONDS)
    return value


def _count_bank() -> BankSummary:
    topics = Topic.objects.with_published_counts().filter(published_count__gt=0)
    recent = Question.objects.bank().only("slug", "prompt").order_by("-created", "-pk")[:RECENT]
    return BankSummary(
        question_count=Question.objects.bank().count(),
        topics=[TopicCount(t.name, t.slug, t.published_count) for t in topics],
        recent=[RecentQuestion(q.prompt, q.get_absolute_url()) for q in recent],
    )


def _forget(sender, **kwargs) -> None:
    forget_bank_summary()


def connect_signals() -> None:
    # A question page keeps the documents it was seen in: a source renamed or deleted too
    # (its references go with it; not each of theirs, which would make a delete slow).
    for model in (Question, Topic, Source):
        post_save.connect(_forget, sender=model, dispatch_uid=f"bank-summary-save-{model}")
        post_delete.connect(_forget, sender=model, dispatch_uid=f"bank-summary-delete-{model}")
    for model in (QuestionSet, SetItem, SetShare):
        post_save.connect(_forget_access, sender=model, dispatch_uid=f"access-save-{model}")
        post_delete.connect(_forget_access, sender=model, dispatch_uid=f"access-delete-{model}")


def _forget_access(sender, **kwargs) -> None:
    forget_access()
