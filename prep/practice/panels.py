"""Practice's panels on question pages: bookmark and note (two queries), practising a set."""

from django.template.loader import render_to_string
from django.utils.html import format_html
from django.utils.safestring import SafeString

from prep.practice.models import Bookmark, Note
from prep.practice.sessions import Scope
from questions.panels import register_question_panel, register_set_panel


@register_question_panel
def bookmark_and_note(request, question) -> SafeString:
    user = request.user
    context = {"question": question, "next": request.get_full_path()}
    if user.is_authenticated:
        context["bookmarked"] = Bookmark.objects.filter(user=user, question=question).exists()
        context["note"] = Note.objects.filter(user=user, question=question).first()
    return render_to_string("practice/_question_extras.html", context, request=request)


@register_set_panel
def practise_set(request, question_set) -> SafeString:
    if not request.user.is_authenticated:
        return SafeString("")
    return format_html(
        '<a class="button primary" href="{}">Practise this set</a>',
        Scope.for_set(question_set).session_url(),
    )
