import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from prep.loaddata import HEAVY_EMAIL, Plan, build, foreign_users, has_load_data


class Command(BaseCommand):
    help = (
        "Fill the database for the speed benchmark (tests/perf/load): published questions, "
        "users who can log in, and a year of practice, with one heavy user "
        f"({HEAVY_EMAIL}). Seeded, so the same options give the same data."
    )

    def add_arguments(self, parser):
        plan = Plan()
        parser.add_argument("--questions", type=int, default=plan.questions)
        parser.add_argument("--users", type=int, default=plan.users)
        parser.add_argument("--reviews", type=int, default=plan.reviews)
        parser.add_argument("--heavy-cards", type=int, default=plan.heavy_cards)
        parser.add_argument("--heavy-reviews", type=int, default=plan.heavy_reviews)
        parser.add_argument("--seed", type=int, default=plan.seed)
        parser.add_argument("--password", default=plan.password, help="every user's password")
        parser.add_argument(
            "--force", action="store_true", help="run even though other users exist"
        )

    def handle(self, *args, **options):
        plan = Plan(
            questions=options["questions"],
            users=options["users"],
            reviews=options["reviews"],
            heavy_cards=options["heavy_cards"],
            heavy_reviews=options["heavy_reviews"],
            seed=options["seed"],
            password=options["password"],
        )
        if plan.users < 1 or min(plan.questions, plan.reviews, plan.heavy_cards) < 0:
            raise CommandError("Counts must be positive, with at least one user.")
        if plan.heavy_reviews > plan.reviews:
            raise CommandError("--heavy-reviews is part of --reviews: it cannot be larger.")
        if has_load_data():
            raise CommandError("This database already has load data: start from an empty one.")
        if foreign_users().exists() and not options["force"]:
            raise CommandError(
                "This database has users the generator did not make: it writes load data "
                "only into a database kept for benchmarks (or pass --force)."
            )
        started = time.perf_counter()
        with transaction.atomic():
            build(plan, say=self.stdout.write)
        self.stdout.write(f"Done in {time.perf_counter() - started:.0f} s.")
