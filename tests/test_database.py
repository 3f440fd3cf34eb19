"""The embedded PostgreSQL: start, share, stop, and survive killed processes."""

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import connection

from prep import database
from prep.database import Binaries, EmbeddedPostgres, find_binaries

DEBIAN_BINARIES = sorted(Path("/usr/lib/postgresql").glob("*/bin"))


def binaries_params():
    yield pytest.param(None, id="pgserver-wheel")
    if DEBIAN_BINARIES:
        yield pytest.param(Binaries(DEBIAN_BINARIES[-1], "PATH"), id="binaries-on-path")
    else:
        yield pytest.param(
            None,
            id="binaries-on-path",
            marks=pytest.mark.skip(
                reason="no PostgreSQL in /usr/lib/postgresql: apt-get install postgresql"
            ),
        )


def dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def users(server: EmbeddedPostgres) -> list[int]:
    return json.loads(server.users_file.read_text())


@pytest.mark.parametrize("binaries", list(binaries_params()))
def test_it_starts_shares_and_stops_the_server_despite_killed_users(tmp_path, binaries):
    server = EmbeddedPostgres(tmp_path / "var", binaries)
    server.var_dir.mkdir()
    server.users_file.write_text(json.dumps([dead_pid()]))

    server.attach()
    try:
        assert server.is_running()
        assert users(server) == [os.getpid()]
        server.ensure_database()

        # Another process joins the same server, then dies without cleaning up.
        child = subprocess.Popen(
            [
                sys.executable,
                "-c",
                textwrap.dedent(f"""
                import sys, time
                sys.path.insert(0, {str(Path(database.__file__).parent.parent)!r})
                from pathlib import Path, PosixPath  # noqa: F401 - used by the repr below
                from prep.database import EmbeddedPostgres, Binaries
                binaries = {repr(binaries) if binaries else None}
                EmbeddedPostgres(Path({str(server.var_dir)!r}), binaries).attach()
                print("attached", flush=True)
                time.sleep(60)
            """),
            ],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": "."},
        )
        assert child.stdout.readline().strip() == "attached"
        assert sorted(users(server)) == sorted([os.getpid(), child.pid])
        child.send_signal(signal.SIGKILL)
        child.wait()
    finally:
        server.detach()

    # The killed process is not counted: we were the last live user, so it stopped.
    assert not server.is_running()
    assert users(server) == []


def test_it_says_what_to_install_when_there_is_no_postgresql(monkeypatch):
    monkeypatch.setattr(database.importlib.util, "find_spec", lambda name: None)
    monkeypatch.setattr(database.shutil, "which", lambda name: None)

    with pytest.raises(ImproperlyConfigured, match=r"No PostgreSQL found: .* set DATABASE_URL"):
        find_binaries()


def test_it_puts_the_socket_in_a_short_directory_when_the_checkout_path_is_long(tmp_path):
    long_var = tmp_path / ("deep" * 30) / "var"

    socket_dir = database._socket_dir(long_var)

    assert len(str(socket_dir / ".s.PGSQL.5432")) < 100
    assert socket_dir == database._socket_dir(long_var)  # stable between processes


@pytest.mark.django_db
def test_it_gives_each_test_run_its_own_database():
    assert connection.settings_dict["NAME"] == f"test_interviewprep_{os.getpid()}"


def test_it_starts_nothing_when_settings_are_imported():
    """Importing settings (a linter, an IDE, a worker on another host) never runs a process."""
    code = textwrap.dedent("""
        import os, subprocess
        def refuse(*args, **kwargs):
            raise SystemExit(f"settings ran {args[0]!r}")
        subprocess.run = subprocess.Popen = refuse
        os.environ.pop("DATABASE_URL", None)
        os.environ["DJANGO_DEBUG"] = "true"
        os.environ["DJANGO_SETTINGS_MODULE"] = "prep.settings"
        from django.conf import settings
        print(settings.DATABASES["default"]["HOST"], settings.EMBEDDED_DATABASE_DIR)
    """)

    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=Path(database.__file__).parent.parent,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    host, var_dir = result.stdout.split()
    assert Path(host).name == "run" and var_dir.endswith("/var")


@pytest.mark.django_db
def test_it_explains_how_to_reset_a_database_from_before_practice_had_its_own_app():
    from django.core.management import call_command
    from django.core.management.base import CommandError
    from django.db.migrations.recorder import MigrationRecorder

    MigrationRecorder(connection).record_applied("prep", "0001_initial")

    with pytest.raises(CommandError, match=r"rm -rf var/ && uv run manage.py serve"):
        call_command("migrate", verbosity=0)


def test_its_socket_is_reachable_by_its_owner_only(tmp_path):
    server = EmbeddedPostgres(tmp_path / "var")
    server.attach()
    try:
        assert server.socket_dir.stat().st_mode & 0o777 == 0o700
        socket = server.socket_dir / ".s.PGSQL.5432"
        assert socket.stat().st_mode & 0o077 == 0
    finally:
        server.detach()


@pytest.mark.skipif(os.geteuid() != 0, reason="only root needs another identity for PostgreSQL")
def test_as_root_it_changes_no_permissions_outside_var(tmp_path):
    var = tmp_path / "deep" / "var"
    var.parent.mkdir(mode=0o700)
    parents = [var.parent, *var.parent.parents]
    modes = {parent: parent.stat().st_mode for parent in parents}
    server = EmbeddedPostgres(var)
    if not server.namespace:
        pytest.skip("this system allows no user namespaces: the fallback test covers it")
    server.attach()
    try:
        server.ensure_database("probe")
    finally:
        server.detach()

    assert {parent: parent.stat().st_mode for parent in parents} == modes
    assert (var / "postgres").stat().st_uid == 0  # our own files, not another user's


@pytest.mark.skipif(os.geteuid() != 0, reason="only root needs another identity for PostgreSQL")
def test_without_user_namespaces_it_says_which_directory_is_closed_instead_of_opening_it(
    tmp_path, monkeypatch
):
    monkeypatch.setattr("prep.database._namespace_prefix", lambda: [])
    closed = tmp_path / "closed"
    closed.mkdir(mode=0o700)
    server = EmbeddedPostgres(closed / "var")

    with pytest.raises(ImproperlyConfigured, match=r"cannot reach .*closed.*set DATABASE_URL"):
        server.attach()

    assert closed.stat().st_mode & 0o777 == 0o700
