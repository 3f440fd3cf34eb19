from django import template

from prep.models import Bookmark, Note

register = template.Library()


@register.filter
def get(mapping: dict, key):
    """mapping|get:key, for dictionaries keyed by a variable."""
    return mapping.get(key) if mapping else None


@register.inclusion_tag("prep/_question_extras.html", takes_context=True)
def question_extras(context, question):
    """The signed-in user's bookmark and note on a question (two queries)."""
    user = context["request"].user
    if not user.is_authenticated:
        return {"question": question, "user": user}
    return {
        "question": question,
        "user": user,
        "bookmarked": Bookmark.objects.filter(user=user, question=question).exists(),
        "note": Note.objects.filter(user=user, question=question).first(),
        "next": context["request"].get_full_path(),
    }
