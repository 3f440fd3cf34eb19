"""The database cache, sized for every user's kept values.

Django's database cache counts its whole table on every write and, past `MAX_ENTRIES`
(300 by default), deletes a third of it. Each signed-in user keeps a few values (the
progress page's statistics, the landing's due count, their tokens), so with a few hundred
users every write threw away other users' values, and the failed-login counters with them.
Here a write (set, add, touch) is one statement, and the table is tidied on about one write
in `TIDY_EVERY` (the option of that name; 0: never, for the tests' exact query counts):
Django's cull, expired rows first, then a third of the rest if still past `MAX_ENTRIES`.

Two more, each one statement where Django's API takes two: `set_each` sets several keys
each with its own timeout, and `pop` deletes a key and returns its value. (prep.practice
asks the cache for them when it has them, as it cannot import this module.)
"""

import base64
import pickle
import random
from datetime import UTC, datetime
from typing import Any

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.db import DatabaseCache
from django.db import DatabaseError, connections, router
from django.utils.timezone import now as tz_now

TIDY_EVERY = 200
MAX_KEY = 255  # the table's cache_key column


class UpsertDatabaseCache(DatabaseCache):
    def __init__(self, table, params):
        super().__init__(table, params)
        self._tidy_every = int(params.get("OPTIONS", {}).get("TIDY_EVERY", TIDY_EVERY))

    def set_each(
        self, entries: dict[str, tuple[Any, float | None]], *, add_first=False, version=None
    ) -> bool:
        """Set each key of `entries` to its (value, timeout), in one statement. `add_first`:
        only when the first key is missing or expired (as `add` writes it), the others with
        it; returns whether they were written."""
        keys = [self.make_and_validate_key(key, version=version) for key in entries]
        if not keys:
            return True
        if any(len(key) > MAX_KEY for key in keys):
            return False  # the column's width: refused, as Django's refuses it
        rows = [
            (key, self._pickled(value), self._expires(timeout))
            for key, (value, timeout) in zip(keys, entries.values(), strict=True)
        ]
        table, values = self._quoted_table(), [value for row in rows for value in row]
        if not add_first:
            placeholders = ", ".join(["(%s, %s, %s)"] * len(rows))
            sql = f"INSERT INTO {table} (cache_key, value, expires) VALUES {placeholders}"  # noqa: S608 - our table
            return self._write(sql + _OVERWRITE, values)
        # The first row added (over a missing or expired one), RETURNING whether it was; the
        # others only then, each RETURNING itself: rows come back only when all are written.
        rest = ", ".join(["(%s, %s, %s)"] * (len(rows) - 1))
        then = " SELECT 1 FROM added"
        if rest:
            then = (
                f" INSERT INTO {table} (cache_key, value, expires) SELECT * FROM (VALUES {rest})"  # noqa: S608 - our table
                f" AS rest (cache_key, value, expires) WHERE EXISTS (SELECT FROM added)"
                f"{_OVERWRITE} RETURNING 1"
            )
        sql = (
            f"WITH added AS (INSERT INTO {table} (cache_key, value, expires) VALUES (%s, %s, %s)"  # noqa: S608 - our table
            f"{_OVERWRITE} WHERE {table}.expires < %s RETURNING 1){then}"
        )
        return self._write(sql, [*values[:3], self._now(), *values[3:]])

    def pop(self, key, default=None, version=None) -> Any:
        """Delete `key` and return its value (`default`: it was missing or expired)."""
        key = self.make_and_validate_key(key, version=version)
        connection = connections[router.db_for_write(self.cache_model_class)]
        sql = f"DELETE FROM {self._quoted_table()} WHERE cache_key = %s RETURNING value, expires"  # noqa: S608 - our table
        with connection.cursor() as cursor:
            cursor.execute(sql, [key])
            row = cursor.fetchone()
        if row is None or row[1] < tz_now():
            return default
        return pickle.loads(base64.b64decode(row[0].encode()))  # noqa: S301 - our own pickles

    def _base_set(self, mode, key, value, timeout=DEFAULT_TIMEOUT) -> bool:
        """set, add (only over a missing or expired entry) and touch, each one statement;
        False, as Django's, when the database refuses it."""
        if len(key) > MAX_KEY:
            return False  # the column's width: refused, as Django's refuses it
        table = self._quoted_table()
        values = {"key": key, "expires": self._expires(timeout), "now": self._now()}
        if mode == "touch":
            sql = (
                f"UPDATE {table} SET expires = %(expires)s"  # noqa: S608 - our table
                " WHERE cache_key = %(key)s AND expires >= %(now)s"
            )
        else:
            values["value"] = self._pickled(value)
            sql = (
                f"INSERT INTO {table} (cache_key, value, expires)"  # noqa: S608 - our table
                f" VALUES (%(key)s, %(value)s, %(expires)s){_OVERWRITE}"
            )
            if mode == "add":
                sql += f" WHERE {table}.expires < %(now)s"
        return self._write(sql, values)

    def _write(self, sql: str, values) -> bool:
        """Run a write, tidying the table first on about one in `TIDY_EVERY`; False when the
        database refuses it, as Django's."""
        db = router.db_for_write(self.cache_model_class)
        connection = connections[db]
        try:
            with connection.cursor() as cursor:
                if self._tidy_every and random.randrange(self._tidy_every) == 0:  # noqa: S311
                    cursor.execute(f"SELECT COUNT(*) FROM {self._quoted_table()}")  # noqa: S608 - our table
                    self._cull(db, cursor, self._now(), cursor.fetchone()[0])
                cursor.execute(sql, values)
                return cursor.rowcount > 0
        except DatabaseError:
            if connection.in_atomic_block:
                raise  # the caller's transaction is over either way: it says so
            return False

    def _quoted_table(self) -> str:
        return connections[router.db_for_write(self.cache_model_class)].ops.quote_name(self._table)

    def _pickled(self, value) -> str:
        return base64.b64encode(pickle.dumps(value, self.pickle_protocol)).decode("latin1")

    def _expires(self, timeout) -> datetime:
        timeout = self.get_backend_timeout(timeout)
        expires = datetime.max if timeout is None else datetime.fromtimestamp(timeout, tz=UTC)
        return expires.replace(microsecond=0, tzinfo=UTC)

    @staticmethod
    def _now() -> datetime:
        return tz_now().replace(microsecond=0)


_OVERWRITE = (
    " ON CONFLICT (cache_key) DO UPDATE SET value = EXCLUDED.value, expires = EXCLUDED.expires"
)
