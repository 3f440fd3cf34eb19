from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.http import require_GET

from prep.practice.models import Card, Preferences
from questions.summary import bank_summary


@require_GET
def landing(request: HttpRequest) -> HttpResponse:
    due_now = returning = onboarded = None
    if request.user.is_authenticated:
        cards = Card.objects.live(request.user).aggregate(
            due=Count("pk", filter=Q(due__lte=timezone.now())), total=Count("pk")
        )
        due_now = cards["due"]
        # "Welcome back" is for someone who has practised; a new account is led to set up.
        returning = bool(cards["total"]) or request.user.reviews.exists()
        if not returning:
            onboarded = Preferences.objects.filter(user=request.user, onboarded=True).exists()
    summary = bank_summary()  # the same for everyone: cached
    context = {
        "due_now": due_now,
        "returning": returning,
        "onboarded": onboarded,
        "topics": summary.topics,
        "question_count": summary.question_count,
        "recent": summary.recent,
    }
    return TemplateResponse(request, "prep/landing.html", context)
