"""The question page's panel of the signed-in user's bookmark and note (two queries)."""

from django.template.loader import render_to_string
from django.utils.safestring import SafeString

from prep.practice.models import Bookmark, Note
from questions.panels import register_question_panel


@register_question_panel
def bookmark_and_note(request, question) -> SafeString:
    user = request.user
    context = {"question": question, "next": request.get_full_path()}
    if user.is_authenticated:
        context["bookmarked"] = Bookmark.objects.filter(user=user, question=question).exists()
        context["note"] = Note.objects.filter(user=user, question=question).first()
    return render_to_string("practice/_question_extras.html", context, request=request)
