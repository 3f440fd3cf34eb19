from django import template

from prep.practice.scopes import Scope

register = template.Library()


@register.filter
def get(mapping: dict, key):
    """mapping|get:key, for dictionaries keyed by a variable."""
    return mapping.get(key) if mapping else None


@register.simple_tag
def practice_url(kind: str, value="") -> str:
    """{% practice_url "topic" topic.slug %}: the session URL of a scope, built in one place."""
    return Scope(kind, str(value)).session_url()
