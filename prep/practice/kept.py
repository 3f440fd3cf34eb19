"""The progress page's statistics, worked out once and kept while nothing they show changes.

Working them out reads every card and a year of reviews (tens of milliseconds for a user
with thousands of cards); reading them again costs one cache read. They are kept under a
token per user, dropped whenever one of the user's cards, reviews or settings is saved
(deletes and `update()` calls send no signal: their callers call `forget_progress()`), and
under the bank's and the sets' tokens (a question archived, or a set no longer shared,
takes its cards out of every count). They are
never kept past the moment the next card falls due or the user's day ends, nor longer than
`KEEP_SECONDS`: "reviewed 3 minutes ago" and "recall now" move with the clock.
"""

import datetime as dt
import functools
import secrets
from collections.abc import Callable
from typing import Any, NamedTuple

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_save

from questions.summary import ACCESS_KEY, VERSION_KEY, access_token, bank_token

VERSION_OF_USER = "practice:progress-version:{}:v1"
ENTRY_KEY = "practice:{}:{}:v1"  # what, whose
KEEP_SECONDS = 60
TOKEN_SECONDS = 24 * 60 * 60


def kept_progress(
    user, now: dt.datetime, compute: Callable[[], tuple[dict[str, Any], dt.datetime]]
) -> dict[str, Any]:
    """`compute()`'s statistics (with the moment they stop being true), or the kept ones."""
    return kept_for_user(user, now, "progress", compute)


def kept_for_user(
    user, now: dt.datetime, what: str, compute: Callable[[], tuple[Any, dt.datetime]]
) -> Any:
    """`compute()`'s value of the user's practice, kept as the progress page's statistics
    are (`what` names it): `compute` returns it with the moment it stops being true."""
    token_key, entry_key = VERSION_OF_USER.format(user.pk), ENTRY_KEY.format(what, user.pk)
    found = cache.get_many([token_key, entry_key, VERSION_KEY, ACCESS_KEY])
    token, kept = found.get(token_key), _kept(user, now, found, entry_key)
    if kept is not _NOTHING:
        return kept
    shared = (bank_token(found.get(VERSION_KEY)), access_token(found.get(ACCESS_KEY)))
    if token is None:
        token = secrets.token_hex(8)
        cache.set(token_key, token, TOKEN_SECONDS)
    # Read after the token: a change that lands meanwhile drops the token, so what is
    # worked out from the old rows is kept under a token nobody asks for again.
    value, until = compute()
    until = min(until, now + dt.timedelta(seconds=KEEP_SECONDS))
    seconds = (until - now).total_seconds()
    if seconds >= 1:
        cache.set(entry_key, ((token, shared, user.timezone), until, value), int(seconds))
    return value


def keep_for_user(
    user, now: dt.datetime, what: str, value: Any, until: dt.datetime, shared: tuple[str, str]
) -> bool:
    """Keep `value` as `kept_for_user` keeps it, when it was worked out without reading the
    database (carried forward from a value peeked at under the bank's and the sets' tokens
    `shared`, since then changed by a grade that dropped the user's token): under a new token,
    written with it (one statement on the site's database cache). Only while the user has
    no token: another request that kept a value since the grade read newer rows (False:
    nothing written; ask `kept_for_user`)."""
    until = min(until, now + dt.timedelta(seconds=KEEP_SECONDS))
    seconds = int((until - now).total_seconds())
    if seconds < 1:
        return True  # (not to be kept: nothing newer to ask for either)
    token = secrets.token_hex(8)
    entry = ((token, shared, user.timezone), until, value)
    token_key, entry_key = VERSION_OF_USER.format(user.pk), ENTRY_KEY.format(what, user.pk)
    return _add_each({token_key: (token, TOKEN_SECONDS), entry_key: (entry, seconds)})


class Peeked(NamedTuple):
    value: Any
    token: str  # the user's, it is kept under
    shared: tuple[str, str]  # the bank's and the sets' tokens, as `_kept` stamps them


def peek_for_user(user, now: dt.datetime, what: str) -> Peeked | None:
    """The value `kept_for_user` keeps under `what`, if it is kept and still true, with the
    tokens it is kept under; else None (nothing worked out, nothing written): one cache
    read."""
    token_key, entry_key = VERSION_OF_USER.format(user.pk), ENTRY_KEY.format(what, user.pk)
    found = cache.get_many([token_key, entry_key, VERSION_KEY, ACCESS_KEY])
    kept = _kept(user, now, found, entry_key)
    if kept is _NOTHING:
        return None
    return Peeked(kept, found[token_key], found[entry_key][0][1])


_NOTHING = object()


def _kept(user, now: dt.datetime, found: dict, entry_key: str) -> Any:
    """The kept value among the cache's `found` entries, or _NOTHING: kept under the user's,
    the bank's and the sets' tokens as they are now, in the user's zone, and still true."""
    entry = found.get(entry_key)
    tokens = (found.get(VERSION_OF_USER.format(user.pk)), found.get(VERSION_KEY))
    if entry is None or None in tokens or found.get(ACCESS_KEY) is None:
        return _NOTHING
    stamp = (tokens[0], (tokens[1], found[ACCESS_KEY]), user.timezone)
    return entry[2] if entry[0] == stamp and now < entry[1] else _NOTHING


def forget_progress_token(user_id: int) -> str | None:
    """`forget_progress`, saying which token it dropped (None: none was there, or this
    transaction dropped it already): what was kept under it was the user's latest until
    now."""
    key = VERSION_OF_USER.format(user_id)
    if _dropped_here(key):
        return None
    token = _pop(key)
    _drop_on_commit(key)
    return token


def forget_progress(user_id: int) -> bool:
    """After a change to what the user's progress shows: at once, and after commit (a
    visit meanwhile kept what it read from the old rows under a token then dropped).

    Once per transaction (or savepoint), however many rows it saves: a grade saves a card
    and a review, and each used to drop the token twice, four writes to the cache.

    Returns whether the user's token was there to drop: False when another change dropped
    it first (nothing kept since), or this transaction did already.
    """
    key = VERSION_OF_USER.format(user_id)
    if _dropped_here(key):
        return False
    dropped = cache.delete(key)
    _drop_on_commit(key)
    return dropped


def _dropped_here(key: str) -> bool:
    """Whether this transaction (at this savepoint) dropped `key` already, and drops it
    again on commit."""
    connection = transaction.get_connection()
    here = set(connection.savepoint_ids)
    return connection.in_atomic_block and any(
        getattr(then, "forgets", None) == key and block == here
        for block, then, _ in connection.run_on_commit
    )


def _drop_on_commit(key: str) -> None:
    forget = functools.partial(cache.delete, key)
    forget.forgets = key
    transaction.on_commit(forget)


def _pop(key: str) -> Any:
    """The value at `key`, deleted: one statement on the site's database cache."""
    pop = getattr(cache, "pop", None)
    if pop is not None:
        return pop(key)
    value = cache.get(key)
    cache.delete(key)
    return value


def _add_each(entries: dict[str, tuple[Any, int]]) -> bool:
    """Each key to its (value, timeout), when the first is missing (as `add` writes it):
    one statement on the site's database cache. Returns whether they were written."""
    set_each = getattr(cache, "set_each", None)
    if set_each is not None:
        return set_each(entries, add_first=True)
    (first, (value, timeout)), *rest = entries.items()
    if not cache.add(first, value, timeout):
        return False
    for key, (value, timeout) in rest:
        cache.set(key, value, timeout)
    return True


def _forget(sender, instance, **kwargs) -> None:
    forget_progress(instance.user_id)


def connect_signals() -> None:
    from prep.practice.models import Card, Preferences, Review

    # Saves only: a post_delete receiver would make deleting an account (its cascade over
    # 100,000 reviews) load and signal each row. The one delete of a card or review while
    # the account lives, undoing a grade, calls forget_progress() itself.
    for model in (Card, Review, Preferences):
        name = model.__name__
        post_save.connect(_forget, sender=model, dispatch_uid=f"progress-save-{name}")
