#!/usr/bin/env python3
"""
quiz.py - tiny flashcard quiz for backend interview prep.

    $ python quiz.py                # all questions, shuffled
    $ python quiz.py -t redis       # only one topic
    $ python quiz.py --list         # print the questions without answers

Answers are in my own words, double-check anything marked (?) before an
interview. The coding questions at the bottom are "answered" by the code.

-- dk, last edited 2024-03-02
"""

from __future__ import annotations

import argparse
import asyncio
import random
import textwrap
import time
from collections import OrderedDict
from contextlib import contextmanager
from functools import wraps

QUESTIONS: list[dict[str, str | None]] = [
    {
        "topic": "python",
        "q": "What's the difference between __repr__ and __str__?",
        "a": "__repr__ is the unambiguous, developer-facing representation "
             "(ideally something you could paste back into Python); __str__ is "
             "the human-readable one used by print() and f-strings. If only "
             "__repr__ is defined, str() falls back to it.",
    },
    {
        "topic": "python",
        "q": ("Explain the difference between an iterable and an iterator, "
              "and what a generator has to do with it."),
        "a": textwrap.dedent("""
            An iterable has __iter__ which returns an iterator. An iterator has
            __next__ (plus __iter__ returning itself) and can only be consumed
            once. A generator function returns a generator object, which is an
            iterator whose __next__ runs the function body until the next yield.
        """),
    },
    {
        "topic": "asyncio",
        "q": "What does asyncio.to_thread do and when should you use it?",
        "a": "Runs a blocking sync function in the loop's default "
             "ThreadPoolExecutor and gives you an awaitable, so the event loop "
             "keeps serving other tasks. Use it for blocking I/O libraries "
             "(requests, boto3). Doesn't help for CPU-bound pure-Python code "
             "because of the GIL (?)",
    },
    {
        "topic": "django",
        "q": "what is the difference between null=True and blank=True on a Django model field",
        "a": "null is about the database column (allows NULL), blank is about "
             "validation in forms/admin (allows an empty value). For CharField "
             "use blank=True without null=True so there's only one 'empty' "
             "value, the empty string.",
    },
    {
        "topic": "redis",
        "q": "Why is KEYS * dangerous in production, and what do you use instead?",
        "a": None,  # TODO
    },
    {
        "topic": "postgres",
        "q": "How do you add an index to a big table without blocking writes?",
        "a": "CREATE INDEX CONCURRENTLY. Can't run inside a transaction block, "
             "takes longer, and if it fails it leaves an INVALID index you have "
             "to drop and retry. In Django: AddIndexConcurrently in a migration "
             "with atomic = False.",
    },
    {
        "topic": "http",
        "q": "Which HTTP methods are idempotent?",
        "a": "GET, HEAD, PUT, DELETE, OPTIONS (and TRACE). POST is not, PATCH "
             "is not guaranteed to be.",
    },
]


# ---------------------------------------------------------------------------
# Coding questions. The answer is the code under each "# A:".
# ---------------------------------------------------------------------------

# Q: Write a decorator that retries a function up to n times with
#    exponential backoff.
# A:
def retry(times: int = 3, base_delay: float = 0.1, exceptions=(Exception,)):
    """Retry decorator with exponential backoff.

    Q: What does functools.wraps do, and why use it here?
    A: It copies __name__, __doc__, __module__, __qualname__ and sets
       __wrapped__ on the wrapper, so logging, debuggers, introspection (and
       FastAPI's signature inspection!) see the original function instead of
       a function called "wrapper".
    """
    def decorator(func):
        @wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(times):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempt == times - 1:
                        raise
                    # 0.1s, 0.2s, 0.4s, ...
                    time.sleep(base_delay * 2 ** attempt)
        return wrapper
    return decorator


# Q: Implement an LRU cache with O(1) get/put, without functools.lru_cache.
# A: OrderedDict -- move_to_end() on every hit, popitem(last=False) when full.
class LRUCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._data: OrderedDict = OrderedDict()

    def get(self, key, default=None):
        if key not in self._data:
            return default
        self._data.move_to_end(key)
        return self._data[key]

    def put(self, key, value) -> None:
        self._data[key] = value
        self._data.move_to_end(key)
        if len(self._data) > self.capacity:
            self._data.popitem(last=False)


# Q: fetch 100 URLs concurrently with asyncio but never more than 10 in flight at once
# A: ???
async def fetch_all(urls: list[str]) -> list[bytes]:
    raise NotImplementedError  # semaphore? TaskGroup? come back to this


# Q: Write a context manager that measures how long a block of code takes.
# A:
@contextmanager
def timer(label: str = "block"):
    start = time.perf_counter()
    try:
        yield
    finally:
        elapsed = time.perf_counter() - start
        print(f"{label} took {elapsed * 1000:.1f} ms")


# ---------------------------------------------------------------------------
# quiz runner
# ---------------------------------------------------------------------------

def ask(item: dict) -> None:
    print(f"\n[{item['topic']}] {item['q']}")
    input("  (press enter to reveal) ")
    answer = item["a"] or "-- no answer written yet --"
    print(textwrap.indent(textwrap.fill(answer.strip(), 76), "  > "))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("-t", "--topic")
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()

    items = [q for q in QUESTIONS if not args.topic or q["topic"] == args.topic]
    if args.list:
        for q in items:
            print(f"- [{q['topic']}] {q['q']}")
        return
    random.shuffle(items)
    with timer("quiz"):
        for item in items:
            ask(item)


if __name__ == "__main__":
    main()
