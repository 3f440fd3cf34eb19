"""Embedded PostgreSQL for development and tests.

With no DATABASE_URL, settings point Django at a PostgreSQL server whose data
lives in var/postgres and which listens only on a unix socket; importing settings
starts nothing. The entry points (manage.py, prep.wsgi, the test setup) call
`start_embedded_database()`, which starts or joins that server. Binaries come
from the `pgserver` wheel, or from `initdb`/`pg_ctl` on PATH where that wheel
does not exist.

We drive the binaries ourselves instead of using pgserver's own lifecycle code,
which has traps we cannot work around from outside: its list of attached
processes keeps pids of processes killed with SIGKILL (so the server never
stops), and its lock lives under XDG_RUNTIME_DIR, which differs between shells.
Here every process that uses the server writes its pid to var/postgres.users
under a lock in var/, dead pids are dropped before anyone decides, and the last
live process to leave stops the server.
"""

from __future__ import annotations

import atexit
import contextlib
import fcntl
import hashlib
import importlib.util
import json
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

DATABASE_NAME = "interviewprep"
SUPERUSER = "postgres"
# PostgreSQL refuses to run as root. As root we run it in a user namespace where we are
# "nobody": its files stay ours and nothing outside var/ changes. Where user namespaces
# are not allowed, it runs as this system user instead.
SERVER_OS_USER = "interviewprep-pg"
NAMESPACE_USER = "nobody"
START_TIMEOUT = 60


@dataclass(frozen=True)
class Binaries:
    bin_dir: Path
    source: str

    def __getitem__(self, name: str) -> str:
        return str(self.bin_dir / name)


def find_binaries() -> Binaries:
    """The PostgreSQL binaries to use: the pgserver wheel's, else those on PATH."""
    # find_spec, not import: importing pgserver runs its own server bookkeeping.
    spec = importlib.util.find_spec("pgserver")
    if spec and spec.submodule_search_locations:
        package_dir = Path(next(iter(spec.submodule_search_locations)))
        return Binaries(package_dir / "pginstall" / "bin", "pgserver")
    pg_ctl = shutil.which("pg_ctl")
    if pg_ctl and shutil.which("initdb"):
        return Binaries(Path(pg_ctl).resolve().parent, "PATH")
    raise ImproperlyConfigured(
        "No PostgreSQL found: use CPython 3.11 or 3.12 (where the pgserver wheel installs), "
        "install PostgreSQL so that initdb and pg_ctl are on PATH, "
        "or set DATABASE_URL to a PostgreSQL >= 14 server."
    )


class EmbeddedPostgres:
    """One PostgreSQL cluster in `var_dir`, shared by every process of this checkout."""

    def __init__(self, var_dir: Path, binaries: Binaries | None = None) -> None:
        self.var_dir = var_dir.resolve()
        self.pgdata = self.var_dir / "postgres"
        self.users_file = self.var_dir / "postgres.users"
        self.lock_file = self.var_dir / "postgres.lock"
        self.log_file = self.var_dir / "postgres.log"
        self.binaries = binaries or find_binaries()
        self.socket_dir = _socket_dir(self.var_dir)
        self.namespace = _namespace_prefix() if os.geteuid() == 0 else []
        self.os_user = _server_os_user() if os.geteuid() == 0 and not self.namespace else None

    # -- lifecycle ---------------------------------------------------------

    def attach(self) -> None:
        """Start the server if needed and register this process as a user of it."""
        self.var_dir.mkdir(parents=True, exist_ok=True)
        with self._locked():
            if self.namespace:
                self._reclaim_from_server_user()
            if not (self.pgdata / "PG_VERSION").exists():
                self._initdb()
            if not self.is_running():
                self._start()
            self._write_users(self._live_users() | {os.getpid()})
        atexit.register(self.detach)

    def detach(self) -> None:
        """Unregister this process; the last live user stops the server."""
        atexit.unregister(self.detach)
        with self._locked():
            users = self._live_users() - {os.getpid()}
            self._write_users(users)
            if not users and self.is_running():
                self.stop()

    def stop(self) -> None:
        self._run(self.binaries["pg_ctl"], "-D", str(self.pgdata), "-m", "fast", "-w", "stop")

    def is_running(self) -> bool:
        if not (self.pgdata / "postmaster.pid").exists():
            return False
        status = self._run(self.binaries["pg_ctl"], "-D", str(self.pgdata), "status", check=False)
        return status.returncode == 0

    def ensure_database(self, name: str = DATABASE_NAME) -> None:
        import psycopg

        with psycopg.connect(**self.connection_kwargs("postgres"), autocommit=True) as conn:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
            if exists.fetchone() is None:
                with contextlib.suppress(psycopg.errors.DuplicateDatabase):
                    conn.execute(f'CREATE DATABASE "{name}"')

    def connection_kwargs(self, dbname: str) -> dict[str, str]:
        return {"host": str(self.socket_dir), "user": SUPERUSER, "dbname": dbname}

    # -- internals ---------------------------------------------------------

    def _initdb(self) -> None:
        self.pgdata.mkdir(exist_ok=True)
        if self.os_user:
            self._give_to_server_user(self.pgdata)
        self._run(
            self.binaries["initdb"],
            "-D",
            str(self.pgdata),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
        )

    def _start(self) -> None:
        # Trust authentication is safe only because nobody else can reach the socket: its
        # directory is the server user's alone (root, who runs it for us, passes anyway).
        self.socket_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.socket_dir.chmod(0o700)
        self.log_file.touch()
        if self.os_user:
            self._give_to_server_user(self.socket_dir, self.log_file)
        # No TCP listener at all: the socket file is the only way in.
        options = f"-c listen_addresses='' -k {self.socket_dir} -c unix_socket_permissions=0700"
        result = self._run(
            self.binaries["pg_ctl"],
            "-D",
            str(self.pgdata),
            "-l",
            str(self.log_file),
            "-o",
            options,
            "-w",
            "-t",
            str(START_TIMEOUT),
            "start",
            check=False,
        )
        if result.returncode != 0:
            log_tail = (
                self.log_file.read_text(errors="replace")[-2000:] if self.log_file.exists() else ""
            )
            raise ImproperlyConfigured(
                f"The embedded PostgreSQL in {self.pgdata} did not start:\n"
                f"{result.stdout}{result.stderr}\n{log_tail}"
            )

    def _give_to_server_user(self, *paths: Path) -> None:
        """Hand our files to the server's system user; change nothing outside var/ (and the
        socket directory): a directory it cannot walk through is an error that says so."""
        entry = pwd.getpwnam(self.os_user)
        for path in paths:
            os.chown(path, entry.pw_uid, entry.pw_gid)
        for needed in (*paths, self.binaries.bin_dir):
            for parent in needed.parents:
                if not parent.stat().st_mode & 0o001:
                    raise ImproperlyConfigured(
                        f"PostgreSQL cannot run as root, and this system allows no user "
                        f"namespaces, so it runs as the user {self.os_user}, who cannot reach "
                        f"{parent}. Run as a normal user, put the checkout where others may "
                        "pass through, or set DATABASE_URL."
                    )

    def _reclaim_from_server_user(self) -> None:
        """Earlier versions ran the server as a system user: stop that server and take its
        files back, so the namespaced server (our own uid) can use them."""
        if not self.pgdata.exists() or self.pgdata.stat().st_uid == os.geteuid():
            return
        owner = pwd.getpwuid(self.pgdata.stat().st_uid).pw_name
        subprocess.run(
            [self.binaries["pg_ctl"], "-D", str(self.pgdata), "-m", "fast", "-w", "stop"],
            capture_output=True,
            user=owner,
            group=owner,
            extra_groups=[],
            cwd=tempfile.gettempdir(),
            check=False,
        )
        for path in (self.pgdata, self.socket_dir, self.log_file):
            for item in [path, *(path.rglob("*") if path.is_dir() else [])]:
                with contextlib.suppress(FileNotFoundError):
                    os.chown(item, os.geteuid(), os.getegid(), follow_symlinks=False)

    def _live_users(self) -> set[int]:
        try:
            pids = set(json.loads(self.users_file.read_text()))
        except (FileNotFoundError, ValueError, TypeError):
            return set()
        return {pid for pid in pids if isinstance(pid, int) and pid_alive(pid)}

    def _write_users(self, pids: set[int]) -> None:
        self.users_file.write_text(json.dumps(sorted(pids)))

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        with open(self.lock_file, "a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        # Drop root's groups too: a directory's group bits would otherwise apply to gid 0.
        identity = (
            {"user": self.os_user, "group": self.os_user, "extra_groups": []}
            if self.os_user
            else {}
        )
        result = subprocess.run(
            [*self.namespace, *args],
            capture_output=True,
            text=True,
            **identity,
            cwd=tempfile.gettempdir(),
            # pg_ctl keeps the server's stdout/stderr; we send those to the log file.
            stdin=subprocess.DEVNULL,
            timeout=START_TIMEOUT + 30,
        )
        if check and result.returncode != 0:
            raise ImproperlyConfigured(
                f"{Path(args[0]).name} failed ({result.returncode}): {result.stderr.strip()}"
            )
        return result


def embedded_database_settings(var_dir: Path) -> dict[str, object]:
    """Django's DATABASES entry for the embedded server in `var_dir` (starts nothing)."""
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": DATABASE_NAME,
        "USER": SUPERUSER,
        "HOST": str(_socket_dir(var_dir.resolve())),
    }


def start_embedded_database() -> None:
    """Start or join the embedded server when settings use it; a no-op with DATABASE_URL."""
    from django.conf import settings

    var_dir = getattr(settings, "EMBEDDED_DATABASE_DIR", None)
    if var_dir is None:
        return
    server = EmbeddedPostgres(Path(var_dir))
    server.attach()
    server.ensure_database(settings.DATABASES["default"]["NAME"])


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie (killed, not yet reaped) is not a user any more.
    with contextlib.suppress(OSError):
        stat = Path(f"/proc/{pid}/stat").read_text()
        return stat.rsplit(")", 1)[1].split()[0] != "Z"
    return True


def _namespace_prefix() -> list[str]:
    """The command prefix that runs a program as "nobody" in a user namespace of its own,
    or [] where the system does not allow that (or `unshare` is too old)."""
    nobody = pwd.getpwnam(NAMESPACE_USER)
    prefix = [
        "unshare",
        "--user",
        f"--map-user={nobody.pw_uid}",
        f"--map-group={nobody.pw_gid}",
    ]
    try:
        probe = subprocess.run([*prefix, "true"], capture_output=True, timeout=10, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return []
    return prefix if probe.returncode == 0 else []


def _server_os_user() -> str:
    try:
        pwd.getpwnam(SERVER_OS_USER)
    except KeyError:
        subprocess.run(
            [
                "useradd",
                "--system",
                "--no-create-home",
                "--shell",
                "/usr/sbin/nologin",
                SERVER_OS_USER,
            ],
            check=True,
            capture_output=True,
        )
    return SERVER_OS_USER


def _socket_dir(var_dir: Path) -> Path:
    """var/run when its socket path fits the unix limit (107 bytes), else a short temp dir."""
    candidate = var_dir / "run"
    if len(str(candidate / ".s.PGSQL.5432")) < 100:
        return candidate
    digest = hashlib.sha256(str(var_dir).encode()).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / f"interviewprep-{digest}"
