"""What the landing page says about the bank: how many questions, per topic, the newest.

The same for every visitor and costly to count on a big bank (every published question
grouped by topic), so it is kept in the cache (Redis or the database cache, shared by all
processes) and forgotten whenever a question or topic is saved or deleted. Bulk writes
(`update()`, `bulk_create()`: the importer, the admin's bulk actions) send no signal:
they call `forget_bank_summary()` themselves, or show after `SUMMARY_SECONDS` at most.
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save

from questions.models import Question, Topic

CACHE_KEY = "questions:bank-summary:v1"
SUMMARY_SECONDS = 60
RECENT = 5


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


def forget_bank_summary() -> None:
    """After a change to the bank: at once (this transaction's own reads see it) and after
    commit (a reader that filled the cache from the old rows meanwhile is overwritten)."""
    cache.delete(CACHE_KEY)
    transaction.on_commit(lambda: cache.delete(CACHE_KEY))


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
    for model in (Question, Topic):
        post_save.connect(_forget, sender=model, dispatch_uid=f"bank-summary-save-{model}")
        post_delete.connect(_forget, sender=model, dispatch_uid=f"bank-summary-delete-{model}")
