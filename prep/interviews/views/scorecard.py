"""The scorecard: the candidate reads it once sent; the interviewer can preview it."""

from uuid import UUID

from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from accounts.htmx import render_page
from prep.interviews.models import MockInterview


@login_required
@require_GET
def scorecard(request: HttpRequest, public_id: UUID) -> HttpResponse:
    user = request.user
    interview = get_object_or_404(
        MockInterview.objects.filter(
            Q(interviewer=user) | Q(candidate=user, scorecard_sent_at__isnull=False)
        )
        .with_scores()
        .select_related("interviewer", "candidate"),
        public_id=public_id,
        solo=False,
    )
    context = {
        "interview": interview,
        "answers": interview.answers.all(),
        "preview": interview.interviewer_id == user.pk and not interview.scorecard_sent_at,
    }
    return render_page(request, "interviews/scorecard.html", context)
