import json
from contextlib import nullcontext
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DataError, IntegrityError, transaction

from questions.importing import DocumentError, import_document


class Command(BaseCommand):
    help = (
        "Import interview documents (text or markdown) into the question bank. Each document "
        "is imported in its own transaction: one that fails is reported and the others are "
        "still imported. Importing a document again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path, metavar="PATH")
        parser.add_argument(
            "--dry-run", action="store_true", help="Parse and match, but write nothing."
        )
        parser.add_argument(
            "--publish",
            action="store_true",
            help="Publish imported questions that have an answer (default: draft for review).",
        )
        parser.add_argument(
            "--report", choices=["text", "json"], default="text", help="Report format."
        )
        parser.add_argument(
            "--include",
            type=int,
            action="append",
            default=[],
            metavar="LINE",
            help="This line starts a question (1-based; repeat it; one document only).",
        )
        parser.add_argument(
            "--exclude",
            type=int,
            action="append",
            default=[],
            metavar="LINE",
            help="This line never starts a question (1-based; repeat it; one document only).",
        )

    def handle(self, *args, paths, dry_run, publish, report, include, exclude, **options):
        if (include or exclude) and len(paths) != 1:
            raise CommandError("--include and --exclude are line numbers of one document.")
        self.overrides = {"include_lines": include, "exclude_lines": exclude}
        # A dry run imports for real inside a transaction that is rolled back at the end,
        # so a second document sees what the first would have added. A real run commits
        # each document on its own (import_document's transaction).
        with transaction.atomic() if dry_run else nullcontext():
            reports, failures = self._import_all(paths, publish, report, dry_run)
            if dry_run:
                transaction.set_rollback(True)
        if report == "json":
            self.stdout.write(json.dumps(reports, indent=2, ensure_ascii=False))
        for failure in failures:
            self.stderr.write(self.style.ERROR(failure))
        if failures:
            raise CommandError(f"{len(failures)} of {len(paths)} document(s) were not imported.")

    def _import_all(self, paths, publish, report, dry_run):
        reports, failures = [], []
        for index, path in enumerate(paths, start=1):
            if report == "text":
                self._progress(index, len(paths), path)
            try:
                data = path.read_bytes()
            except OSError as error:
                failures.append(f"{path}: cannot read it ({error.strerror}).")
                continue
            try:
                result = import_document(data, title=path.name, publish=publish, **self.overrides)
            except DocumentError as error:
                failures.append(f"{path}: {error}")
                continue
            except (DataError, IntegrityError) as error:
                # What this document's data did; its transaction was rolled back. Other
                # database errors (no tables, a lost connection) would fail every document
                # alike and stop the run (prep/commandline.py explains a missing migrate).
                reason = str(error).strip().split("\n")[0]
                failures.append(f"{path}: not imported, the database refused it ({reason}).")
                continue
            reports.append(result.report)
            if report == "text":
                self._summary(path, result, dry_run)
        return reports, failures

    def _progress(self, index: int, total: int, path: Path) -> None:
        width = 30
        done = round(width * (index - 1) / total)
        bar = "#" * done + "-" * (width - done)
        self.stderr.write(f"[{bar}] {index}/{total} {path.name}")

    def _summary(self, path: Path, result, dry_run: bool) -> None:
        totals = result.report["totals"]
        if result.already_imported:
            self.stdout.write(f"{path.name}: already imported, nothing changed.")
            return
        prefix = "would import" if dry_run else "imported"
        self.stdout.write(
            f"{path.name} ({result.report['format_detected']}): {prefix} {totals['found']} "
            f"questions: {totals['created']} new, {totals['merged']} merged with existing, "
            f"{totals['needs_answer']} need an answer, {totals['skipped']} skipped."
        )
        if result.report.get("read_as"):
            self.stdout.write(f"  Read as {result.report['read_as']}.")
        if totals["suggested"]:
            wait = "would wait" if dry_run else "wait"
            self.stdout.write(
                f"  {totals['suggested']} better answer(s) for published questions {wait} for "
                "review (admin: Suggested answers); the published answers stay as they are."
            )
        for skipped in result.report["skipped"]:
            self.stdout.write(
                f"  not imported, line {skipped['line']}: {skipped['reason']}"
                + (f" ({skipped['text'][:60]})" if skipped["text"] else "")
            )
