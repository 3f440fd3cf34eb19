"""A forum post in BBCode, as copied from the forum's editor, read as markdown.

"[b]Q4.[/b] Explain..." is bold, "[code]...[/code]" is code, "[list][*]..." a list,
"[quote=...]" a quotation (set off by a rule: it never answers a question left open),
"[url=...]text[/url]" a link, "[hr]" a rule, and "[spoiler]...[/spoiler]" (the answer, hidden until
clicked) is its text.
"""

import re

# Its tags, other than "[quote]" (which markdown forums such as Discourse use too).
TAG = re.compile(
    r"\[/?(?:b|i|u|s|code|list|\*|url|spoiler|img|size|color|center)\b[^\]\n]{0,200}\]", re.I
)
MIN_TAGS = 6
STYLES = ((re.compile(r"\[/?b\]", re.I), "**"), (re.compile(r"\[/?i\]", re.I), "*"))
DROPPED = re.compile(r"\[/?(?:u|s|size|color|center|spoiler|list)\b[^\]\n]{0,200}\]", re.I)
URL = re.compile(r"\[url=([^\]\s]{1,500})\](.{0,300}?)\[/url\]", re.IGNORECASE)
BARE_URL = re.compile(r"\[url\](.{1,500}?)\[/url\]", re.IGNORECASE)
ITEM = re.compile(r"^\s*\[\*\]\s*", re.IGNORECASE)
RULE = re.compile(r"^\s*\[hr\]\s*$", re.IGNORECASE)
CODE = re.compile(r"\[code(?:=(\w{1,20}))?\](.*?)\[/code\]", re.IGNORECASE | re.DOTALL)
QUOTE = re.compile(r"\[quote(?:=[^\]\n]{0,200})?\](.*?)\[/quote\]", re.IGNORECASE | re.DOTALL)


def _quoted(match: re.Match) -> str:
    """Someone else's words, set off: after a question left open, never its answer."""
    quoted = "\n".join(f"> {line}" for line in match.group(1).strip().split("\n"))
    return f"\n\n---\n\n{quoted}\n"


def looks_like_bbcode(text: str) -> bool:
    return len(TAG.findall(text[:200_000])) >= MIN_TAGS and "[/" in text


def bbcode_to_markdown(text: str) -> str:
    text = CODE.sub(
        lambda m: f"\n```{(m.group(1) or '').lower()}\n{m.group(2).strip()}\n```\n", text
    )
    text = QUOTE.sub(_quoted, text)
    text = BARE_URL.sub(r"\1", URL.sub(r"[\2](\1)", text))
    lines = []
    for line in text.split("\n"):
        line = "---" if RULE.match(line) else ITEM.sub("- ", line)
        line = DROPPED.sub("", line)
        for pattern, mark in STYLES:
            line = pattern.sub(mark, line)
        lines.append(line)
    return "\n".join(lines)
