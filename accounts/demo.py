"""Demo accounts for a development site, one per role."""

import secrets
from dataclasses import dataclass

from allauth.account.models import EmailAddress

from accounts.models import User
from accounts.roles import interviewers_group

DEMO_ACCOUNTS = [
    ("candidate@example.com", "Casey Candidate", "candidate"),
    ("interviewer@example.com", "Ivy Interviewer", "interviewer"),
    ("staff@example.com", "Sam Staff", "staff"),
]


@dataclass(frozen=True)
class DemoAccount:
    email: str
    role: str
    password: str | None  # None: the account already existed and keeps its password


def ensure_demo_accounts(*, reset_passwords: bool = False) -> list[DemoAccount]:
    accounts = []
    for email, display_name, role in DEMO_ACCOUNTS:
        user = User.objects.filter(email__iexact=email).first()
        password = None
        if user is None or reset_passwords:
            password = secrets.token_urlsafe(12)
        if user is None:
            user = User.objects.create_user(
                email,
                password,
                display_name=display_name,
                is_staff=role == "staff",
                is_superuser=role == "staff",
            )
            if role == "interviewer":
                user.groups.add(interviewers_group())
            EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        elif password:
            user.set_password(password)
            user.save(update_fields=["password"])
        accounts.append(DemoAccount(email=email, role=role, password=password))
    return accounts
