"""Interviews' panel on a set's page: a mock interview from this set, alone or hosted."""

from django.urls import reverse
from django.utils.html import format_html_join
from django.utils.safestring import SafeString

from questions.panels import register_set_panel


@register_set_panel
def interview_with_set(request, question_set) -> SafeString:
    user = request.user
    if not user.is_authenticated:
        return SafeString("")
    links = [(f"{reverse('interviews:index')}?set={question_set.public_id}", "Mock interview")]
    if user.is_interviewer and question_set.is_owned_by(user):
        links.append(
            (
                f"{reverse('interviews:schedule')}?set={question_set.public_id}",
                "Interview a candidate",
            )
        )
    return format_html_join("", '<a class="button" href="{}">{}</a>', links)
