"""Every lookup of an interview starts from the user: anyone else gets a 404."""

from django.shortcuts import get_object_or_404

from prep.interviews.models import MockInterview


def interview_for_candidate(user, public_id) -> MockInterview:
    return get_object_or_404(
        MockInterview.objects.taken_by(user).select_related("interviewer", "candidate"),
        public_id=public_id,
    )


def interview_for_interviewer(user, public_id) -> MockInterview:
    return get_object_or_404(
        MockInterview.objects.hosted_by(user).select_related("interviewer", "candidate"),
        public_id=public_id,
    )
