import re

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from questions.markdown import render_inline_markdown, render_markdown, split_prompt
from questions.models import HIGHLIGHT_START, HIGHLIGHT_STOP

register = template.Library()


@register.filter
def markdown(text: str) -> SafeString:
    return mark_safe(render_markdown(text))  # noqa: S308 - sanitised by nh3


@register.filter
def prompt_title(prompt: str) -> SafeString:
    """The prompt's first paragraph as inline markdown, for headings and links."""
    title, _ = split_prompt(prompt)
    return mark_safe(render_inline_markdown(title))  # noqa: S308 - sanitised by nh3


@register.filter
def prompt_body(prompt: str) -> SafeString:
    """What follows the prompt's first paragraph (often code), as markdown."""
    _, body = split_prompt(prompt)
    return mark_safe(render_markdown(body))  # noqa: S308 - sanitised by nh3


_CODE_SPAN = re.compile(r"`([^`\n]+)`")


@register.filter
def highlighted_prompt(headline: str) -> SafeString:
    """A prompt's search headline: its first paragraph, with `code` spans shown as code."""
    title, _ = split_prompt(headline)
    return mark_safe(_CODE_SPAN.sub(r"<code>\1</code>", highlighted(title)))  # noqa: S308


@register.filter
def highlighted(headline: str) -> SafeString:
    """Escape a search headline, then turn PostgreSQL's match markers into <mark>."""
    escaped = escape(headline or "")
    return mark_safe(  # noqa: S308 - escaped above; only our own tags added
        escaped.replace(HIGHLIGHT_START, "<mark>").replace(HIGHLIGHT_STOP, "</mark>")
    )


# Markdown syntax that reads as noise in a one-line search snippet. Python's own
# ** and __ stay: only paired bold markers and code backticks go.
_MARKDOWN_NOISE = [
    (re.compile(r"```[\w+-]*"), " "),  # code fences and their language
    (re.compile(r"^\s*#{1,6}\s", re.MULTILINE), ""),  # headings
    (re.compile(r"\|?(\s*:?-{3,}:?\s*\|)+"), " "),  # table rules
    (re.compile(r"\s\|\s|^\||\|$", re.MULTILINE), " "),  # table cell borders
    (re.compile(r"(?<![\w*])\*\*([^*`\s](?:[^*`]*[^*`\s])?)\*\*(?![\w*])"), r"\1"),  # **bold**
    (re.compile(r"`"), ""),
]


@register.filter
def snippet(headline: str) -> SafeString:
    """A highlighted answer excerpt with markdown syntax removed."""
    text = headline or ""
    for pattern, replacement in _MARKDOWN_NOISE:
        text = pattern.sub(replacement, text)
    return highlighted(re.sub(r"\s+", " ", text).strip())


@register.simple_tag(takes_context=True)
def page_url(context, page_number: int) -> str:
    """The current query string with another page number."""
    params = context["request"].GET.copy()
    params["page"] = page_number
    return "?" + params.urlencode()


@register.simple_tag(takes_context=True)
def url_without(context, parameter: str) -> str:
    """The current query string without one filter (and its page, which no longer fits)."""
    params = context["request"].GET.copy()
    for name in (parameter, "page"):
        params.pop(name, None)
    return "?" + params.urlencode() if params else "?"
