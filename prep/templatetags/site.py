"""Tags for the layout every page shares."""

from functools import lru_cache

from django import template
from django.urls import get_script_prefix, get_urlconf, reverse

register = template.Library()


@lru_cache(maxsize=128)
def _reverse(name: str, urlconf, script_prefix: str) -> str:
    return reverse(name, urlconf=urlconf)


@register.simple_tag
def page_url(name: str) -> str:
    """`{% url %}` for a page that takes no arguments, reversed once per process.

    The header and footer link the same dozen pages on every request; reversing them
    each time was half the cost of drawing the layout. The URLconf and the script
    prefix are part of the key, so a site mounted under a prefix still links right.
    """
    return _reverse(name, get_urlconf(), get_script_prefix())
