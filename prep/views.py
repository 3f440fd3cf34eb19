from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.http import require_GET

from prep.practice.models import Card, Preferences
from questions.models import Question, Topic


@require_GET
def landing(request: HttpRequest) -> HttpResponse:
    bank = Question.objects.bank()
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
    context = {
        "due_now": due_now,
        "returning": returning,
        "onboarded": onboarded,
        "topics": Topic.objects.with_published_counts().filter(published_count__gt=0),
        "question_count": bank.count(),
        "recent": bank.for_list().order_by("-created")[:5],
    }
    return TemplateResponse(request, "prep/landing.html", context)
