"""A TiddlyWiki's export (JSON): its tiddlers, each a title and its text in wikitext.

A tiddler titled with a question is that question, its text the answer; any other is a
page under its title ("Kubernetes questions" over "* What is a Pod?" / "** Smallest
deployable unit..."). The wiki's own tiddlers ("$:/SiteTitle", "$:/StoryList") and
drafts being edited are not its writer's notes. The wikitext is written as markdown:
"! Title", "* item" / "** under it", ''bold'', //italic//, [[links]]; a macro draws what
the rest of the wiki holds (a list of links, a tag's pill, "<<todo>>"): no words of its own.
"""

import json
import re

from questions.importing import lines as L

SYSTEM = "$:/"
MIN_TIDDLERS = 3
HEADING = re.compile(r"^(!{1,6})[ \t]*(?=\S)")
BULLET = re.compile(r"^([*#]+)[ \t]*(?=\S)")
BOLD = re.compile(r"''(.{1,300}?)''")
ITALIC = re.compile(r"(?<!:)//(.{1,300}?)//")  # (not a link's "https://")
LINK = re.compile(r"\[\[(?:([^\[\]|]{1,200})\|)?([^\[\]]{1,200})\]\]")
MACRO = re.compile(r"<<[\w-]{1,40}[^<>\n]{0,300}>>")
TRANSCLUSION = re.compile(r"\{\{[^{}\n]{0,300}\}\}")


def looks_like_tiddlywiki(text: str) -> bool:
    return len(_tiddlers(text)) >= MIN_TIDDLERS


def tiddlywiki_to_markdown(text: str) -> str:
    parts = []
    for tiddler in _tiddlers(text):
        title = " ".join(tiddler["title"].split())
        if title.startswith(SYSTEM) or tiddler.get("draft.of"):
            continue
        asks = L.looks_like_question(title)
        body = _markdown(tiddler.get("text") or "", in_answer=asks)
        parts.append(f"Q: {title}\nA: {body}" if asks else f"# {title}\n\n{body}")
    return "\n\n".join(parts)


def _tiddlers(text: str) -> list[dict]:
    """The tiddlers of an export: a list of objects with a title and text, some of them
    the wiki's own ("$:/...")."""
    if text.lstrip()[:1] != "[" or f'"{SYSTEM}' not in text:
        return []
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return []
    if not isinstance(data, list):
        return []
    tiddlers = [
        item
        for item in data
        if isinstance(item, dict)
        and isinstance(item.get("title"), str)
        and isinstance(item.get("text", ""), str)
    ]
    if len(tiddlers) < len(data) or not any(t["title"].startswith(SYSTEM) for t in tiddlers):
        return []
    return tiddlers


def _markdown(wikitext: str, *, in_answer: bool) -> str:
    """The wikitext as markdown; in an answer, its titles are bold lines ("!!! Gotcha"
    within the answer, not a section after it)."""
    out = []
    for line in wikitext.split("\n"):
        heading = HEADING.match(line)
        bullet = BULLET.match(line)
        if heading and in_answer:
            line = f"**{line[heading.end() :].strip()}**"
        elif heading:
            line = "#" * (len(heading.group(1)) + 1) + " " + line[heading.end() :]
        elif bullet:
            marks = bullet.group(1)
            mark = "1." if marks[-1] == "#" else "-"
            line = "  " * (len(marks) - 1) + f"{mark} " + line[bullet.end() :]
        line = MACRO.sub("", TRANSCLUSION.sub("", line))
        line = LINK.sub(lambda link: link.group(2), line)
        out.append(ITALIC.sub(r"*\1*", BOLD.sub(r"**\1**", line)))
    return "\n".join(row for row in out if row.strip() not in ("-", "1.")).strip()
