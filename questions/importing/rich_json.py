"""Documents as an editor's API returns them: a tree of blocks in JSON.

- Notion's blocks (a page's children: {"object": "list", "results": [...]}, or a list of
  blocks; a block's children, where an export nests them, under "children"): headings,
  paragraphs, list items, to-dos, code, quotes, callouts, and toggles, whose summary heads
  what they fold.
- Atlassian's document format (Confluence and Jira: {"type": "doc", "content": [...]}):
  headings, paragraphs, lists, code blocks, panels, and expands, whose title heads what
  they fold; a mention or a status reads as its text.
- Google Docs' document (documents.get: "body" → "content"): paragraphs with their named
  style (headings) and bullets; runs in a monospace font are code, several such lines a
  listing.
- Anytype's export of an object (its snapshot's blocks, a flat list, each naming its
  children by id from the page's root): headers, paragraphs, lists, checkboxes, code,
  quotes, callouts, and toggles, whose text heads what they fold.

Each is rewritten as the HTML its editor shows and read as a web page is: a heading or a
folded block that asks is a question, what is under it the answer.
"""

import html
import json
import re
from functools import lru_cache

from questions.importing.html import html_to_markdown

NOTION_TEXT = ("paragraph", "callout")
MAX_DEPTH = 200  # levels of nesting; a real page's are a few dozen
MONOSPACE = re.compile(r"mono|courier|consolas|menlo|inconsolata|fira code|source code", re.I)
LIST_TAGS = {"bulleted_list_item": "ul", "numbered_list_item": "ol", "to_do": "ul"}


def looks_like_rich_json(text: str) -> bool:
    return _kind(text) is not None


def rich_json_to_markdown(text: str) -> str:
    kind, data = _kind(text)
    if kind == "notion":
        blocks = data.get("results", []) if isinstance(data, dict) else data
        page = _notion_blocks(blocks)
    elif kind == "adf":
        page = _adf(data)
    elif kind == "anytype":
        page = _anytype(data["snapshot"]["data"]["blocks"])
    else:
        page = _google_doc(data)
    return html_to_markdown(page)


@lru_cache(maxsize=2)  # asked whether it is one, then read: parsed once
def _kind(text: str) -> tuple[str, object] | None:
    start = text.lstrip()[:1]
    if start not in "[{" or not start:
        return None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if _deeper_than(data, MAX_DEPTH):
        return None  # (read by recursion: a document nested past that is not an editor's)
    blocks = data.get("results") if isinstance(data, dict) else data
    if isinstance(blocks, list) and blocks and all(_is_notion_block(b) for b in blocks[:20]):
        return "notion", data
    if (
        isinstance(data, dict)
        and data.get("type") == "doc"
        and isinstance(data.get("content"), list)
    ):
        return "adf", data
    if _anytype_blocks(data):
        return "anytype", data
    body = data.get("body") if isinstance(data, dict) else None
    if isinstance(body, dict) and isinstance(body.get("content"), list) and "documentId" in data:
        return "google", data
    return None


def _deeper_than(data, depth: int) -> bool:
    """Whether JSON data nests more than `depth` levels (walked without recursion)."""
    stack = [(data, 0)]
    while stack:
        value, level = stack.pop()
        if level > depth:
            return True
        children = value.values() if isinstance(value, dict) else value
        if isinstance(value, (dict, list)):
            stack.extend((child, level + 1) for child in children)
    return False


def _is_notion_block(block) -> bool:
    return (
        isinstance(block, dict)
        and block.get("object") == "block"
        and isinstance(block.get(block.get("type", ""), None), dict)
    )


# --- Notion -------------------------------------------------------------------------------


def _notion_blocks(blocks: list) -> str:
    return _in_lists(
        (LIST_TAGS.get(block.get("type", "")), _notion_block(block, block.get("type", "")))
        for block in blocks
        if isinstance(block, dict)
    )


def _in_lists(items) -> str:
    """Blocks as (the list they are items of, or None; their HTML): each run of items of
    one list inside its <ul> or <ol>."""
    parts, open_list = [], None
    for wanted, rendered in items:
        if open_list != wanted:
            parts.append(f"</{open_list}>" if open_list else "")
            parts.append(f"<{wanted}>" if wanted else "")
            open_list = wanted
        parts.append(rendered)
    if open_list:
        parts.append(f"</{open_list}>")
    return "".join(parts)


def _notion_block(block: dict, kind: str) -> str:
    value = block.get(kind) or {}
    text = _notion_text(value.get("rich_text") or value.get("text") or [])
    children = block.get("children")
    inner = _notion_blocks(children) if isinstance(children, list) else ""
    if kind.startswith("heading_") and kind[-1:].isdigit():
        level = int(kind[-1]) + 1  # a page's title is its one <h1>
        return f"<h{level}>{text}</h{level}>{inner}"
    if kind == "toggle":
        return f"<details><summary>{text}</summary>{inner}</details>"
    if kind == "code":
        plain = html.escape("".join(_plain(part) for part in value.get("rich_text") or []))
        return f"<pre>{plain}</pre>"
    if kind == "to_do":
        box = "[x]" if value.get("checked") else "[ ]"
        return f"<li>{box} {text}{inner}</li>"
    if kind in LIST_TAGS:
        return f"<li>{text}{inner}</li>"
    if kind == "quote":
        return f"<blockquote>{text}{inner}</blockquote>"
    if kind in NOTION_TEXT:
        return f"<p>{text}</p>{inner}"
    if kind == "divider":
        return "<hr>"
    return inner


def _notion_text(parts: list) -> str:
    out = []
    for part in parts:
        if not isinstance(part, dict):
            continue
        text = html.escape(_plain(part))
        marks = part.get("annotations") or {}
        if marks.get("code"):
            text = f"<code>{text}</code>"
        if marks.get("bold"):
            text = f"<b>{text}</b>"
        if marks.get("italic"):
            text = f"<i>{text}</i>"
        out.append(text)
    return "".join(out)


def _plain(part: dict) -> str:
    if isinstance(part.get("plain_text"), str):
        return part["plain_text"]
    text = part.get("text")
    return str(text.get("content", "")) if isinstance(text, dict) else ""


# --- Atlassian document format ------------------------------------------------------------

ADF_BLOCKS = {
    "paragraph": "p",
    "bulletList": "ul",
    "orderedList": "ol",
    "listItem": "li",
    "blockquote": "blockquote",
    "panel": "div",
    "table": "table",
    "tableRow": "tr",
    "tableHeader": "th",
    "tableCell": "td",
    "taskList": "ul",
    "taskItem": "li",
    "decisionList": "ul",
    "decisionItem": "li",
    "layoutSection": "div",
    "layoutColumn": "div",
}
ADF_MARKS = {"strong": "b", "em": "i", "code": "code", "underline": "u", "strike": "s"}


def _adf(node) -> str:
    if isinstance(node, list):
        return "".join(_adf(child) for child in node)
    if not isinstance(node, dict):
        return ""
    kind, attrs = node.get("type", ""), node.get("attrs") or {}
    inner = _adf(node.get("content") or [])
    if kind == "text":
        text = html.escape(str(node.get("text", "")))
        for mark in node.get("marks") or []:
            tag = ADF_MARKS.get(mark.get("type")) if isinstance(mark, dict) else None
            text = f"<{tag}>{text}</{tag}>" if tag else text
        return text
    if kind == "heading":
        level = attrs.get("level") if attrs.get("level") in range(1, 7) else 2
        return f"<h{level}>{inner}</h{level}>"
    if kind in ("expand", "nestedExpand"):
        title = html.escape(str(attrs.get("title") or ""))
        return f"<details><summary>{title}</summary>{inner}</details>"
    if kind == "codeBlock":
        code = "".join(str(child.get("text", "")) for child in node.get("content") or [])
        return f"<pre>{html.escape(code)}</pre>"
    if kind in ("mention", "status", "emoji", "date"):
        shown = attrs.get("text") or attrs.get("shortName") or ""
        return html.escape(str(shown))
    if kind in ("inlineCard", "blockCard", "embedCard"):
        url = html.escape(str(attrs.get("url") or ""))
        return f'<a href="{url}">{url}</a>'
    if kind == "hardBreak":
        return "<br>"
    if kind == "rule":
        return "<hr>"
    tag = ADF_BLOCKS.get(kind)
    return f"<{tag}>{inner}</{tag}>" if tag else inner


# --- Google Docs --------------------------------------------------------------------------


def _google_doc(data: dict) -> str:
    blocks = []  # (tag, inner HTML)
    for element in data["body"]["content"]:
        paragraph = element.get("paragraph") if isinstance(element, dict) else None
        if isinstance(paragraph, dict):
            blocks.append(_google_paragraph(paragraph))
    parts = []
    for index, (tag, inner) in enumerate(blocks):
        following = blocks[index + 1][0] if index + 1 < len(blocks) else ""
        if tag == "li" and following in ("p", "pre"):
            tag = "p"  # a bullet over paragraphs of its own: a question over its answer
        if tag == "pre" and parts and parts[-1].endswith("</pre>"):
            parts[-1] = parts[-1].removesuffix("</pre>") + "\n" + inner + "</pre>"
            continue
        if tag == "li":
            if parts and parts[-1].endswith("</ul>"):
                parts[-1] = parts[-1].removesuffix("</ul>") + f"<li>{inner}</li></ul>"
            else:
                parts.append(f"<ul><li>{inner}</li></ul>")
            continue
        parts.append(f"<{tag}>{inner}</{tag}>" if inner else "")
    return "".join(parts)


def _google_paragraph(paragraph: dict) -> tuple[str, str]:
    """A paragraph's tag (h1-h6, li, p; pre for a line all in a monospace font) and HTML."""
    runs = [e.get("textRun") for e in paragraph.get("elements") or [] if isinstance(e, dict)]
    runs = [run for run in runs if isinstance(run, dict)]
    shown = [run for run in runs if str(run.get("content", "")).strip()]
    if shown and all(_monospace(run) for run in shown):
        code = "".join(str(run.get("content", "")) for run in runs).replace("\x0b", "\n")
        return "pre", html.escape(code.rstrip("\n"))
    inner = "".join(_google_run(run) for run in runs).strip()
    style = (paragraph.get("paragraphStyle") or {}).get("namedStyleType", "")
    heading = re.fullmatch(r"HEADING_([1-6])", str(style))
    if style == "TITLE":
        return "h1", inner
    if heading:
        return f"h{min(int(heading.group(1)) + 1, 6)}", inner
    return ("li" if "bullet" in paragraph else "p"), inner


def _google_run(run: dict) -> str:
    content = str(run.get("content", "")).rstrip("\n").replace("\x0b", "\n")
    text = html.escape(content).replace("\n", "<br>")
    style = run.get("textStyle") or {}
    if _monospace(run):
        text = f"<code>{text}</code>"
    if style.get("bold"):
        text = f"<b>{text}</b>"
    if style.get("italic"):
        text = f"<i>{text}</i>"
    return text


def _monospace(run: dict) -> bool:
    family = ((run.get("textStyle") or {}).get("weightedFontFamily") or {}).get("fontFamily")
    return bool(MONOSPACE.search(str(family or "")))


# --- Anytype --------------------------------------------------------------------------------

ANYTYPE_HEADINGS = {"Title": 1, "Header1": 2, "Header2": 3, "Header3": 4, "Header4": 5}
ANYTYPE_LISTS = {"Marked": "ul", "Checkbox": "ul", "Numbered": "ol"}


def _anytype_blocks(data) -> bool:
    snapshot = data.get("snapshot") if isinstance(data, dict) else None
    inner = snapshot.get("data") if isinstance(snapshot, dict) else None
    blocks = inner.get("blocks") if isinstance(inner, dict) else None
    return (
        isinstance(blocks, list)
        and bool(blocks)
        and all(isinstance(block, dict) and "id" in block for block in blocks)
    )


def _anytype(blocks: list) -> str:
    """The page from its root (the first block), each block's children in their order; a
    block named twice, or never, is read once where it is first named (or not at all)."""
    by_id = {str(block["id"]): block for block in blocks}
    seen: set[str] = set()

    def render(ids, depth: int) -> str:
        items = []
        for name in ids if isinstance(ids, list) and depth <= MAX_DEPTH else []:
            block = by_id.get(str(name))
            if block is None or str(name) in seen:
                continue
            seen.add(str(name))
            text = block.get("text") if isinstance(block.get("text"), dict) else {}
            style = str(text.get("style", ""))
            inner = render(block.get("childrenIds"), depth + 1)
            items.append((ANYTYPE_LISTS.get(style), _anytype_block(style, text, inner)))
        return _in_lists(items)

    # (each block is rendered once, so the walk is as long as the page; blocks nested past
    # MAX_DEPTH, which only a made-up chain of ids reaches, are left out)
    return render([blocks[0]["id"]], 0)


def _anytype_block(style: str, text: dict, inner: str) -> str:
    said = html.escape(str(text.get("text") or ""))
    if not said:
        return inner
    if style in ANYTYPE_HEADINGS:
        level = ANYTYPE_HEADINGS[style]
        return f"<h{level}>{said}</h{level}>{inner}"
    if style == "Toggle":
        return f"<details><summary>{said}</summary>{inner}</details>"
    if style == "Code":
        return f"<pre>{said}</pre>{inner}"
    if style == "Checkbox":
        return f"<li>{'[x]' if text.get('checked') else '[ ]'} {said}{inner}</li>"
    if style in ANYTYPE_LISTS:
        return f"<li>{said}{inner}</li>"
    if style in ("Quote", "Callout"):
        return f"<blockquote>{said}{inner}</blockquote>"
    if style == "Description":
        return inner
    return f"<p>{said}</p>{inner}"
