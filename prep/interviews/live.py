"""The polling fast path: "nothing changed" in two queries, without rendering anything."""

from django.contrib.auth import HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.http import HttpRequest
from django.utils.crypto import constant_time_compare

from prep.interviews.models import MockInterview


def read_version(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def unchanged(
    request: HttpRequest,
    public_id,
    *,
    role: str,
    version: int | None,
    answer_version: int | None = None,
) -> bool:
    """True if this session's user takes part as `role` and the versions are still current.

    One query for the session and one for the interview joined with the participant, whose
    session hash is checked as Django's own login check would (a signed-out or deactivated
    account gets False and goes through the full view, which turns it away).
    """
    if version is None:
        return False
    user_id = request.session.get(SESSION_KEY)
    session_hash = request.session.get(HASH_SESSION_KEY)
    if not user_id or not session_hash:
        return False
    row = (
        MockInterview.objects.filter(
            public_id=public_id, **{f"{role}_id": user_id, f"{role}__is_active": True}
        )
        .values_list("version", "answer_version", f"{role}__password", f"{role}__session_version")
        .first()
    )
    if row is None:
        return False
    current, current_answers, password, session_version = row
    person = get_user_model()(pk=user_id, password=password, session_version=session_version)
    if not constant_time_compare(session_hash, person.get_session_auth_hash()):
        return False
    return current == version and (answer_version is None or current_answers == answer_version)
