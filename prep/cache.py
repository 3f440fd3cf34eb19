"""The database cache, sized for every user's kept values.

Django's database cache counts its whole table on every write and, past `MAX_ENTRIES`
(300 by default), deletes a third of it. Each signed-in user keeps a few values (the
progress page's statistics, the landing's due count, their tokens), so with a few hundred
users every write threw away other users' values, and the failed-login counters with them.
Here a write (set, add, touch) is one statement, and the table is tidied on about one write
in `TIDY_EVERY` (the option of that name; 0: never, for the tests' exact query counts):
Django's cull, expired rows first, then a third of the rest if still past `MAX_ENTRIES`.
"""

import base64
import pickle
import random
from datetime import UTC, datetime

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

    def _base_set(self, mode, key, value, timeout=DEFAULT_TIMEOUT) -> bool:
        """set, add (only over a missing or expired entry) and touch, each one statement;
        False, as Django's, when the database refuses it."""
        if len(key) > MAX_KEY:
            return False  # the column's width: refused, as Django's refuses it
        db = router.db_for_write(self.cache_model_class)
        connection = connections[db]
        table = connection.ops.quote_name(self._table)
        timeout = self.get_backend_timeout(timeout)
        expires = datetime.max if timeout is None else datetime.fromtimestamp(timeout, tz=UTC)
        now = tz_now().replace(microsecond=0)
        values = {
            "key": key,
            "expires": connection.ops.adapt_datetimefield_value(expires.replace(microsecond=0)),
            "now": connection.ops.adapt_datetimefield_value(now),
        }
        if mode == "touch":
            sql = (
                f"UPDATE {table} SET expires = %(expires)s"  # noqa: S608 - our table
                " WHERE cache_key = %(key)s AND expires >= %(now)s"
            )
        else:
            pickled = pickle.dumps(value, self.pickle_protocol)
            values["value"] = base64.b64encode(pickled).decode("latin1")
            sql = (
                f"INSERT INTO {table} (cache_key, value, expires)"  # noqa: S608 - our table
                " VALUES (%(key)s, %(value)s, %(expires)s) ON CONFLICT (cache_key) DO UPDATE"
                " SET value = EXCLUDED.value, expires = EXCLUDED.expires"
            )
            if mode == "add":
                sql += f" WHERE {table}.expires < %(now)s"
        try:
            with connection.cursor() as cursor:
                if self._tidy_every and random.randrange(self._tidy_every) == 0:  # noqa: S311
                    cursor.execute(f"SELECT COUNT(*) FROM {table}")  # noqa: S608 - our table
                    self._cull(db, cursor, now, cursor.fetchone()[0])
                cursor.execute(sql, values)
                return cursor.rowcount > 0
        except DatabaseError:
            if connection.in_atomic_block:
                raise  # the caller's transaction is over either way: it says so
            return False
