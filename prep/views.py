from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.http import require_GET

from prep.practice.models import Card
from questions.models import Question, Topic


@require_GET
def landing(request: HttpRequest) -> HttpResponse:
    bank = Question.objects.bank()
    if request.user.is_authenticated:
        due_now = Card.objects.live(request.user).due(timezone.now()).count()
    else:
        due_now = None
    context = {
        "due_now": due_now,
        "topics": Topic.objects.with_published_counts().filter(published_count__gt=0),
        "question_count": bank.count(),
        "recent": bank.for_list().order_by("-created")[:5],
    }
    return TemplateResponse(request, "prep/landing.html", context)
