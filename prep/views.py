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
        user = request.user
        due_now = Card.objects.live(user).due(timezone.now()).count()
        # "Welcome back" is for someone who has practised (a grade makes a card; reviews go
        # with their card); a new account is led to set up. Counting all of a user's cards to
        # learn this read 2,000 rows and their questions: 15 ms.
        returning = bool(due_now) or user.cards.exists()
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
