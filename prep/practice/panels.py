"""Practice's part of the question pages: bookmark and note (one query), "Practise this"
on a question, "Practise these" on the bank's results and "Practise this set"; and the
bank's filters by the user's own state (new to me, due, seen, bookmarked, with notes)."""

from django.db.models import Exists, OuterRef
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString

from prep.practice.models import Bookmark, Card, Note, bookmark_and_note_of
from prep.practice.scopes import MAX_PICKED, Scope
from prep.practice.sessions import unseen
from questions.panels import (
    register_bank_panel,
    register_bank_state,
    register_question_panel,
    register_set_panel,
)


@register_question_panel
def practise_question(request, question) -> SafeString:
    # Anonymous visitors get the link too: the session logs them in and brings them back.
    return format_html(
        '<p class="practise-this"><a class="button primary" href="{}">Practise this</a></p>',
        Scope.for_question(question).session_url(),
    )


@register_question_panel
def bookmark_and_note(request, question) -> SafeString:
    user = request.user
    context = {"question": question, "next": request.get_full_path()}
    if user.is_authenticated:
        context["bookmarked"], context["note"] = bookmark_and_note_of(user, question)
    return render_to_string("practice/_question_extras.html", context, request=request)


@register_set_panel
def practise_set(request, question_set) -> SafeString:
    if not request.user.is_authenticated:
        return SafeString("")
    return format_html(
        '<a class="button primary" href="{}">Practise this set</a>',
        Scope.for_set(question_set).session_url(),
    )


@register_bank_panel
def practise_these(request, page) -> SafeString:
    """A link that turns the bank's current search and filters into a session."""
    params = request.GET.copy()
    params.pop("page", None)  # every match, from the first, not this page's
    query = params.urlencode()
    total = page.paginator.count
    if total > MAX_PICKED:
        label = f"Practise the first {MAX_PICKED}"
        why = f"A session over the first {MAX_PICKED} of these {total} questions, in this order"
    else:
        label = "Practise this one" if total == 1 else f"Practise these {total}"
        why = "A practice session over exactly these questions"
    url = reverse("practice:these") + (f"?{query}" if query else "")
    return format_html(
        '<a class="button primary practise-these" href="{}" title="{}">{}</a>', url, why, label
    )


# The bank's "Show" filter. Each is an EXISTS on the user's rows, by the (user, question)
# unique indexes, so a filter costs no extra query and no per-row work before LIMIT.


@register_bank_state("new", "New to me")
def _new_to_me(questions, user):
    return unseen(user, questions)


@register_bank_state("due", "Due for review")
def _due(questions, user):
    due = Card.objects.filter(user=user, question=OuterRef("pk"), due__lte=timezone.now())
    return questions.filter(Exists(due))


@register_bank_state("seen", "Seen")
def _seen(questions, user):
    return questions.filter(Exists(Card.objects.filter(user=user, question=OuterRef("pk"))))


@register_bank_state("bookmarked", "Bookmarked")
def _bookmarked(questions, user):
    return questions.filter(Exists(Bookmark.objects.filter(user=user, question=OuterRef("pk"))))


@register_bank_state("notes", "With my notes")
def _with_notes(questions, user):
    return questions.filter(Exists(Note.objects.filter(user=user, question=OuterRef("pk"))))
