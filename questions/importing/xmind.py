"""A mind map saved by XMind (its content.json: sheets, each a "rootTopic" whose topics
hold their "children" under "attached"), read as the outline it draws, as an OPML
outline or a FreeMind map is: each topic's title a line indented by its depth, its note
("notes.plain.content") under it.
"""

import json
from functools import lru_cache

from questions.importing.outline import outline_to_markdown

MAX_DEPTH = 40
MAX_TOPICS = 20_000


def looks_like_xmind(text: str) -> bool:
    return bool(_sheets(text))


def xmind_to_markdown(text: str) -> str:
    lines: list[str] = []
    for sheet in _sheets(text):
        _walk(sheet["rootTopic"], 0, lines)
    return outline_to_markdown("\n".join(lines))


@lru_cache(maxsize=2)  # asked whether it is one, then read: parsed once
def _sheets(text: str) -> tuple:
    if '"rootTopic"' not in text[:100_000] or text.lstrip()[:1] not in ("[", "{"):
        return ()
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return ()
    sheets = data if isinstance(data, list) else [data]
    return tuple(
        sheet
        for sheet in sheets
        if isinstance(sheet, dict) and isinstance(sheet.get("rootTopic"), dict)
    )


def _walk(topic: dict, depth: int, lines: list[str]) -> None:
    if depth > MAX_DEPTH or len(lines) >= MAX_TOPICS:
        return
    title = " ".join(str(topic.get("title") or "").split())
    if title:
        lines.append("\t" * depth + title)
    notes = topic.get("notes")
    plain = notes.get("plain") if isinstance(notes, dict) else None
    note = plain.get("content") if isinstance(plain, dict) else None
    if isinstance(note, str):
        lines.extend("\t" * (depth + 1) + row.strip() for row in note.split("\n") if row.strip())
    children = topic.get("children")
    attached = children.get("attached") if isinstance(children, dict) else None
    for child in attached if isinstance(attached, list) else ():
        if isinstance(child, dict):
            _walk(child, depth + 1, lines)
