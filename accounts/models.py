import uuid
import zoneinfo

from django.contrib.auth.models import AbstractUser
from django.contrib.auth.models import UserManager as DjangoUserManager
from django.db import models
from django.db.models.functions import Lower
from django.utils.crypto import salted_hmac

INTERVIEWERS_GROUP = "Interviewers"


def timezone_choices() -> list[tuple[str, str]]:
    return [(name, name.replace("_", " ")) for name in sorted(zoneinfo.available_timezones())]


class UserManager(DjangoUserManager):
    """Users log in by email; emails are compared case-insensitively."""

    use_in_migrations = True

    @classmethod
    def normalize_email(cls, email: str | None) -> str:
        return (email or "").strip().lower()

    def get_by_natural_key(self, username: str) -> "User":
        return self.get(email__iexact=self.normalize_email(username))

    def _create_user(self, email: str, password: str | None, **extra_fields) -> "User":
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra_fields) -> "User":
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email: str, password: str | None = None, **extra_fields) -> "User":
        extra_fields["is_staff"] = True
        extra_fields["is_superuser"] = True
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    username = None
    first_name = None
    last_name = None
    email = models.EmailField("email address", unique=True)
    display_name = models.CharField(max_length=80, blank=True)
    timezone = models.CharField(max_length=64, default="UTC", choices=timezone_choices)
    # Exposed wherever a user appears in a URL, instead of the sequential id.
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    # Part of every session's signature: raising it ends all of the user's sessions.
    session_version = models.PositiveIntegerField(default=0, editable=False)

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = UserManager()

    class Meta:
        constraints = [
            models.UniqueConstraint(Lower("email"), name="accounts_user_email_ci_unique"),
        ]
        permissions = [
            ("host_mock_interviews", "Can host mock interviews for candidates"),
            ("share_question_sets", "Can share question sets by link or publish them"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return self.display_name or self.email.split("@")[0]

    @property
    def is_interviewer(self) -> bool:
        return self.has_perm("accounts.host_mock_interviews")

    @property
    def can_publish_sets(self) -> bool:
        """Interviewers and staff may list sets in the public directory."""
        return self.is_staff or self.has_perm("accounts.share_question_sets")

    @property
    def can_write_questions(self) -> bool:
        """Interviewers and staff may write private questions with a rubric."""
        return self.is_staff or self.is_interviewer

    def _get_session_auth_hash(self, secret=None) -> str:
        # Django signs sessions with a hash of the password only; adding session_version
        # lets deactivation end every session for good, even once the account is re-enabled.
        return salted_hmac(
            "accounts.User.session_auth_hash",
            f"{self.password}:{self.session_version}",
            secret=secret,
            algorithm="sha256",
        ).hexdigest()

    def end_all_sessions(self) -> None:
        """Sign out every browser of this user (saved with the next save)."""
        self.session_version += 1

    def get_full_name(self) -> str:
        return self.name

    def get_short_name(self) -> str:
        return self.name

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)


class BouncedAddress(models.Model):
    """An address the mail server refused for good (a hard bounce), or that staff entered
    from a bounce report. Reminders skip it; mail a person asked for (a password reset)
    is still tried, and turning reminders back on clears it."""

    email = models.EmailField(unique=True)
    reason = models.CharField(max_length=500)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name_plural = "bounced addresses"
        ordering = ["-at"]

    def __str__(self) -> str:
        return self.email

    def save(self, *args, **kwargs) -> None:
        self.email = UserManager.normalize_email(self.email)  # the form users' emails are kept in
        super().save(*args, **kwargs)

    @classmethod
    def record(cls, email: str, reason: str) -> None:
        cls.objects.update_or_create(
            email=UserManager.normalize_email(email), defaults={"reason": reason[:500]}
        )

    @classmethod
    def is_bounced(cls, email: str) -> bool:
        return cls.objects.filter(email=UserManager.normalize_email(email)).exists()
