"""Invitation links: signed, bound to one interview and its current invitation."""

from django.core import signing
from django.core.exceptions import ValidationError

from prep.interviews.models import MockInterview

SALT = "interviews.invitation"
# Longer than the furthest an interview can be booked ahead (a year), so the link in the
# calendar event works on the day.
MAX_AGE = 60 * 60 * 24 * 400


class InvalidInvitation(Exception):
    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def invitation_token(interview: MockInterview) -> str:
    return signing.dumps([str(interview.public_id), interview.invitation_nonce], salt=SALT)


def interview_for_token(token: str) -> MockInterview:
    """The interview a link invites to, or InvalidInvitation saying why not."""
    try:
        public_id, nonce = signing.loads(token, salt=SALT, max_age=MAX_AGE)
    except signing.SignatureExpired:
        raise InvalidInvitation("expired") from None
    except (signing.BadSignature, ValueError, TypeError):
        raise InvalidInvitation("invalid") from None
    try:
        interview = (
            MockInterview.objects.select_related("interviewer", "candidate")
            .filter(public_id=public_id, invitation_nonce=nonce)
            .first()
        )
    except ValidationError:
        raise InvalidInvitation("invalid") from None
    if interview is None:
        raise InvalidInvitation("invalid")
    return interview
