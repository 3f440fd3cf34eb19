from django import template

register = template.Library()


@register.filter
def duration(seconds: int | None) -> str:
    """Seconds as "m:ss" (or "h:mm:ss")."""
    seconds = int(seconds or 0)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
