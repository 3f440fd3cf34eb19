import html

from django import template
from django.utils.html import strip_tags

register = template.Library()


@register.filter
def duration(seconds: int | None) -> str:
    """Seconds as "m:ss" (or "h:mm:ss")."""
    seconds = int(seconds or 0)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


@register.filter
def plain(text: str) -> str:
    """Rendered HTML back to plain text, for text emails (autoescape is off there)."""
    return html.unescape(strip_tags(text))
