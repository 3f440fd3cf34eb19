#!/usr/bin/env python3
"""
interview_drills.py -- backend interview drills (Python / asyncio / web)

How I use this file:
    * every drill starts with "# Qn:" (or a docstring) holding the question
    * the answer is the code below it, plus "# A:" notes in my own words
    * "# TODO: answer" means I still have to write it up
    * run `python interview_drills.py` to execute the self-checks

Last cleaned up: 2024-04-02 (before the Acme onsite)
"""
from __future__ import annotations

import asyncio
import functools
import time
from collections import OrderedDict
from contextlib import contextmanager

# NOTE: ask the recruiter about the salary band before round 2!!


# ---------------------------------------------------------------------------
# Q1: How do you implement an LRU cache without using functools.lru_cache?
# A: OrderedDict keeps insertion order; move a key to the end on every hit and
#    pop the oldest item when over capacity. Both operations are O(1).
class LRUCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._data: OrderedDict[str, object] = OrderedDict()

    def get(self, key: str) -> object | None:
        if key not in self._data:
            return None
        self._data.move_to_end(key)
        return self._data[key]

    def put(self, key: str, value: object) -> None:
        self._data[key] = value
        self._data.move_to_end(key)
        if len(self._data) > self.capacity:
            self._data.popitem(last=False)


# ---------------------------------------------------------------------------
# Q2: Write a decorator that retries a function up to N times if it raises.
def retry(times: int = 3, exceptions: tuple[type[BaseException], ...] = (Exception,)):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            last_exc = None
            for _ in range(times):
                try:
                    return fn(*args, **kwargs)
                except exceptions as exc:  # noqa: PERF203
                    last_exc = exc
            raise last_exc
        return wrapper
    return decorator
# A: three levels because the decorator takes arguments. Use functools.wraps so
#    the name and docstring of the wrapped function survive.


# ---------------------------------------------------------------------------
# Q3: What is the difference between a generator expression and a list
#     comprehension in terms of memory?
# A: the list comprehension builds the whole list up front; the generator
#    yields items lazily, one at a time, so memory stays constant no matter
#    how many items there are. Downside: you can only iterate it once.
squares_list = [n * n for n in range(1_000)]
squares_gen = (n * n for n in range(1_000))


# ---------------------------------------------------------------------------
# Q4: How do you call blocking code from async code without blocking the
#     event loop?
def slow_io() -> str:
    time.sleep(0.05)  # pretend this is a legacy sync client
    return "done"


async def call_blocking() -> str:
    # A: asyncio.to_thread (3.9+) or loop.run_in_executor pushes the call to a
    #    thread pool, so the loop keeps serving other tasks meanwhile.
    return await asyncio.to_thread(slow_io)


# ---------------------------------------------------------------------------
# Q5: How do you limit concurrency to at most 10 requests at a time in asyncio?
async def fetch(i: int, sem: asyncio.Semaphore) -> int:
    async with sem:
        await asyncio.sleep(0.01)
        return i


async def fetch_all(n: int = 50) -> list[int]:
    sem = asyncio.Semaphore(10)
    return await asyncio.gather(*(fetch(i, sem) for i in range(n)))
# A: a Semaphore caps how many coroutines are inside the block at once; the
#    rest wait at "async with". gather still creates all 50 tasks up front.


# ---------------------------------------------------------------------------
# Q6: What does __slots__ do and when would you use it?
# TODO: answer


# ---------------------------------------------------------------------------
def q7_static_vs_class():
    """Q7: Explain the difference between @staticmethod and @classmethod."""
    # A: a classmethod receives the class as first argument (cls), so it works
    #    well for alternative constructors and respects subclasses. A
    #    staticmethod receives nothing implicit; it is a plain function that
    #    lives in the class namespace.
    class Money:
        def __init__(self, cents: int) -> None:
            self.cents = cents

        @classmethod
        def from_euros(cls, euros: float) -> "Money":
            return cls(round(euros * 100))

        @staticmethod
        def is_valid_currency(code: str) -> bool:
            return len(code) == 3 and code.isupper()

    return Money.from_euros(1.5).cents, Money.is_valid_currency("EUR")


# ---------------------------------------------------------------------------
# Q8: How would you write a Pydantic model that validates an email address
#     and a positive age?
try:
    from pydantic import BaseModel, EmailStr, Field

    class SignUp(BaseModel):
        email: EmailStr
        age: int = Field(gt=0, lt=150)
except ImportError:  # pydantic (or email-validator) not installed on this box
    SignUp = None
# A: Field(gt=0) enforces a positive number. EmailStr needs the email-validator
#    package installed (pip install "pydantic[email]").


# ---------------------------------------------------------------------------
# Q9: What's wrong with using a mutable default argument like def f(x=[])?
# A: the default is evaluated once at def time, so all calls share the same
#    list. Use None as the default and create the list inside the function.


# ---------------------------------------------------------------------------
# Q10: How would you build a fixed-window rate limiter on top of Redis?
# TODO: answer -- didn't get to this one yet


# ---------------------------------------------------------------------------
# Q11: What does `is` compare, and why can `a is b` be True for 256 but False
#      for 257?
# A: `is` compares identity, not equality. CPython caches small ints from -5
#    to 256, so those are always the same object; bigger ints created at
#    runtime are separate objects. Never use `is` for numbers or strings.


# ---------------------------------------------------------------------------
# Q12: Implement a context manager that measures how long a block of code takes.
@contextmanager
def timed(label: str):
    """Print how long the with-block took, even if it raised."""
    start = time.perf_counter()
    try:
        yield
    finally:
        elapsed = time.perf_counter() - start
        print(f"{label} took {elapsed:.3f}s")


if __name__ == "__main__":
    cache = LRUCache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    cache.get("a")
    cache.put("c", 3)
    assert cache.get("b") is None, "b should have been evicted"

    calls = {"n": 0}

    @retry(times=3)
    def flaky():
        calls["n"] += 1
        if calls["n"] < 3:
            raise ConnectionError("try again")
        return "ok"

    assert flaky() == "ok" and calls["n"] == 3

    with timed("drills"):
        assert asyncio.run(call_blocking()) == "done"
        assert len(asyncio.run(fetch_all())) == 50
        assert q7_static_vs_class() == (150, True)

    print("all drills passed")
