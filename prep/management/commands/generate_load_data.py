import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from prep.loaddata import (
    HEAVY_EMAIL,
    REVIEWS_PER_PRACTISING_CARD,
    Plan,
    build,
    foreign_users,
    has_load_data,
    practising_emails,
)


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
        parser.add_argument(
            "--practising", type=int, default=plan.practising, help="users with every card due"
        )
        parser.add_argument("--practising-cards", type=int, default=plan.practising_cards)
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
            practising=options["practising"],
            practising_cards=options["practising_cards"],
            seed=options["seed"],
            password=options["password"],
        )
        counts = (plan.questions, plan.reviews, plan.heavy_cards, plan.practising)
        if plan.users < 1 or min(*counts, plan.practising_cards) < 0:
            raise CommandError("Counts must be positive, with at least one user.")
        practising = len(practising_emails(plan)) * plan.practising_cards
        if plan.heavy_reviews + practising * REVIEWS_PER_PRACTISING_CARD > plan.reviews:
            raise CommandError(
                "--heavy-reviews and the practising users' reviews "
                f"({REVIEWS_PER_PRACTISING_CARD} a card) are part of --reviews: "
                "together they cannot be more."
            )
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
