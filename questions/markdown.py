"""Markdown from users and imported documents is untrusted: render it safely.

markdown-it-py's "js-default" preset turns raw HTML off; nh3 then removes
anything that still is not on the allow-list (scripts, event handlers, hx-*
attributes, javascript:/data: URLs). Code fences are highlighted by Pygments.
"""

import html
from functools import lru_cache

import nh3
from markdown_it import MarkdownIt
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import get_lexer_by_name
from pygments.util import ClassNotFound

ALLOWED_TAGS = {
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "code",
    "del",
    "em",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "kbd",
    "li",
    "ol",
    "p",
    "pre",
    "s",
    "span",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "ul",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title"},
    "code": {"class"},
    "span": {"class"},
    "td": {"style"},
    "th": {"style"},
    "ol": {"start"},
}
_formatter = HtmlFormatter(nowrap=True)


def _highlight(code: str, lang: str, _attrs) -> str:
    try:
        lexer = get_lexer_by_name(lang.strip().lower()) if lang.strip() else None
    except ClassNotFound:
        lexer = None
    if lexer is None:
        return html.escape(code)
    return highlight(code, lexer, _formatter)


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    return MarkdownIt("js-default", {"highlight": _highlight}).enable("table")


# Rendering is a pure function of the text and costs about 0.5 ms a time: a set page of
# 500 answers, or the same card shown to many users, would redo it all on every request.
@lru_cache(maxsize=4096)
def render_markdown(text: str) -> str:
    """Markdown in, sanitised HTML out (safe to mark safe in templates)."""
    if not text:
        return ""
    rendered = _parser().render(text)
    cleaned = nh3.clean(
        rendered,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
        filter_style_properties={"text-align"},
    )
    # A code block scrolls sideways: keyboard users reach it with Tab and scroll with the
    # arrow keys. Added after cleaning, which leaves no attribute on <pre>.
    return cleaned.replace("<pre>", '<pre tabindex="0">')


# Inside a heading or a link: no block elements, and no links within links.
INLINE_TAGS = {"b", "code", "del", "em", "i", "kbd", "s", "span", "strong", "sub", "sup", "br"}


def split_prompt(text: str) -> tuple[str, str]:
    """A prompt's title (its first paragraph) and the rest (code, lists) shown below it."""
    lines = (text or "").strip().splitlines()
    for index, line in enumerate(lines[1:], start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith(("```", "~~~")) or line.startswith("    "):
            return "\n".join(lines[:index]), "\n".join(lines[index:]).strip()
    return "\n".join(lines), ""


@lru_cache(maxsize=4096)
def render_inline_markdown(text: str) -> str:
    """One line of markdown (inline code, emphasis) as sanitised inline HTML."""
    if not text:
        return ""
    rendered = _parser().renderInline(text)
    return nh3.clean(rendered, tags=INLINE_TAGS, attributes={"span": {"class"}})
