import os
import signal
import subprocess
import sys

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from accounts.demo import ensure_demo_accounts
from questions.importing import import_bundled_seeds
from questions.models import Question, Topic

# Ctrl-C waits this long for the worker to finish the job at hand, then kills it.
STOP_WORKER_SECONDS = 10


class Command(BaseCommand):
    help = (
        "Run the site for development: start the database, migrate, create base topics, "
        "import the bundled questions on an empty bank, create demo accounts, then serve "
        "the site with a task worker beside it."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "addrport", nargs="?", default="127.0.0.1:8000", help="address:port, as runserver"
        )
        parser.add_argument(
            "--noreload", action="store_true", help="Do not reload on code changes."
        )
        parser.add_argument(
            "--no-worker",
            action="store_true",
            help="Do not start a task worker (emails and other background work then wait).",
        )
        parser.add_argument(
            "--reset-demo-passwords",
            action="store_true",
            help="Give the demo accounts new passwords and print them.",
        )

    def handle(self, *args, addrport, noreload, no_worker, reset_demo_passwords, **options):
        # A polite kill (SIGTERM) exits like Ctrl-C, so the embedded database is stopped too.
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
        # The autoreloader runs this command again in a child process: set up once.
        if os.environ.get("RUN_MAIN") == "true":
            call_command("runserver", addrport, use_reloader=not noreload)
            return
        self.prepare(reset_demo_passwords=reset_demo_passwords)
        worker = None if no_worker else self.start_worker()
        try:
            call_command("runserver", addrport, use_reloader=not noreload)
        finally:
            if worker:
                self.stop_worker(worker)

    def start_worker(self) -> subprocess.Popen:
        """The same worker production runs (`manage.py procrastinate worker`), as a child."""
        manage = settings.BASE_DIR / "manage.py"
        worker = subprocess.Popen([sys.executable, str(manage), "procrastinate", "worker"])
        self.stdout.write(f"Task worker started (pid {worker.pid}).")
        return worker

    def stop_worker(self, worker: subprocess.Popen) -> None:
        worker.terminate()  # finishes the job at hand, then exits
        try:
            worker.wait(timeout=STOP_WORKER_SECONDS)
        except subprocess.TimeoutExpired:
            # Every task is one transaction or safe to repeat: a job cut short runs again.
            self.stderr.write("The task worker did not stop in time; it was killed.")
            worker.kill()
            worker.wait()

    def prepare(self, *, reset_demo_passwords: bool) -> None:
        call_command("migrate", interactive=False, verbosity=0)
        self.stdout.write("Database is up to date.")
        created = Topic.objects.ensure_base_topics()
        if created:
            self.stdout.write(f"Created {created} base topics.")
        self.import_bundled_questions()
        if settings.DEBUG:
            self.show_demo_accounts(reset_demo_passwords)

    def import_bundled_questions(self) -> None:
        if Question.objects.exists():
            return
        self.stdout.write("The bank is empty: importing the bundled interview documents...")
        import_bundled_seeds(stdout=self.stdout)

    def show_demo_accounts(self, reset_passwords: bool) -> None:
        self.stdout.write(self.style.MIGRATE_HEADING("Demo accounts (development only):"))
        for account in ensure_demo_accounts(reset_passwords=reset_passwords):
            password = account.password or "(unchanged; --reset-demo-passwords prints a new one)"
            self.stdout.write(f"  {account.role:<12} {account.email:<26} {password}")
