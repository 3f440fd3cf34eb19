from django.core.management.base import BaseCommand
from django.db import transaction

from questions.importing.flattened import restore_flattened_code
from questions.models import Question


class Command(BaseCommand):
    help = (
        "Restore Python code that was pasted onto one line in the answers already in the bank "
        "(imports restore it since issue 10). Code that cannot be restored is left as it is "
        "and its question is flagged 'code to fix' for staff."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Say what would change; change nothing."
        )

    @transaction.atomic
    def handle(self, *args, dry_run, **options):
        restored, flagged, changed = 0, 0, []
        rows = Question.objects.filter(answer__contains="```").select_for_update().order_by("pk")
        for question in rows.only("pk", "prompt", "answer", "code_unrestored"):
            answer, failed = restore_flattened_code(question.answer)
            if answer != question.answer:
                restored += 1
                self.stdout.write(f"restored: #{question.pk} {question}")
            if failed:
                flagged += 1
                self.stdout.write(f"kept, code to fix: #{question.pk} {question}")
            if answer != question.answer or bool(failed) != question.code_unrestored:
                question.answer, question.code_unrestored = answer, bool(failed)
                changed.append(question)
        if not dry_run:
            Question.objects.bulk_update(changed, ["answer", "code_unrestored"], batch_size=500)
        verb = "would be" if dry_run else "were"
        self.stdout.write(
            self.style.SUCCESS(
                f"{restored} answer(s) {verb} restored; {flagged} keep code that could not be "
                f"restored and {verb} flagged 'code to fix'."
            )
        )
