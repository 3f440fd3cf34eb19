"""A Trello board exported as JSON: its lists, its cards, their checklists and comments.

Each list is a section and each open card in it a question: the card's name asks, its
description answers. A card without a description is answered by its checklist (the
points of an answer, "Answer points") or else by the first comment that says something
("thanks, moving to Answered" and "no idea yet tbh" do not). Archived cards and lists,
the board's settings, labels and members are not text.
"""

import re

from questions.importing.board import LOGGED
from questions.importing.canvas import number
from questions.importing.unanswered import only_agreement, says_no_answer

MIN_CARDS = 2
# a comment that logs a move: "Moved to Backlog from Ideas"
MOVED = re.compile(r"^\W*(?:moved|copied|archived|added) (?:to|from|in|into)\b", re.IGNORECASE)


def is_trello_board(data) -> bool:
    if not isinstance(data, dict):
        return False
    cards, lists = data.get("cards"), data.get("lists")
    return (
        isinstance(cards, list)
        and isinstance(lists, list)
        and sum(1 for card in cards if _is_card(card)) >= MIN_CARDS
    )


def trello_to_markdown(data: dict) -> str:
    lists = [item for item in _dicts(data["lists"]) if not item.get("closed")]
    cards = [card for card in data["cards"] if _is_card(card) and not card.get("closed")]
    checklists = {
        item["id"]: item
        for item in _dicts(data.get("checklists"))
        if isinstance(item.get("id"), str)
    }
    comments = _comments(data.get("actions"))
    by_list: dict[str, list[dict]] = {}
    for card in sorted(cards, key=_position):
        by_list.setdefault(card["idList"], []).append(card)
    named = {item.get("id"): item for item in sorted(lists, key=_position)}
    parts = []
    # each list in its order, then the cards of lists the export leaves out
    for list_id in [*named, *(key for key in by_list if key not in named)]:
        here = by_list.get(list_id, []) if isinstance(list_id, str) else []
        if not here:
            continue
        name = named.get(list_id, {}).get("name")
        if isinstance(name, str) and name.strip():
            parts.append(f"## {' '.join(name.split())}")
        for card in here:
            answer = _answer(card, checklists, comments.get(card.get("id"), []))
            parts.append(f"### {' '.join(card['name'].split())}\n\n{answer}".rstrip())
    return "\n\n".join(parts)


def _dicts(value) -> list[dict]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _is_card(card) -> bool:
    return (
        isinstance(card, dict)
        and isinstance(card.get("name"), str)
        and isinstance(card.get("idList"), str)
    )


def _position(item: dict) -> float:
    return number(item.get("pos"))


def _comments(actions) -> dict[str, list[str]]:
    """Each card's comments, oldest first (an export lists its actions newest first)."""
    said: dict[str, list[tuple[str, str]]] = {}
    for action in _dicts(actions):
        data = action.get("data")
        if action.get("type") != "commentCard" or not isinstance(data, dict):
            continue
        card, text = data.get("card"), data.get("text")
        card = card.get("id") if isinstance(card, dict) else None
        if isinstance(card, str) and isinstance(text, str) and text.strip():
            said.setdefault(card, []).append((str(action.get("date") or ""), text.strip()))
    return {card: [text for _, text in sorted(rows)] for card, rows in said.items()}


def _answer(card: dict, checklists: dict, comments: list[str]) -> str:
    description = card.get("desc")
    if isinstance(description, str) and description.strip():
        return description.strip()
    ids = card.get("idChecklists")
    points = [
        f"- {item['name'].strip()}"
        for checklist_id in (ids if isinstance(ids, list) else [])
        if isinstance(checklist_id, str)
        for item in _dicts((checklists.get(checklist_id) or {}).get("checkItems"))
        if isinstance(item.get("name"), str) and item["name"].strip()
    ]
    if points:
        return "\n".join(points)
    # the first comment that says something: not thanks, a question back or the app's log
    return next((text for text in comments if _answers(text)), "")


def _answers(text: str) -> bool:
    return not (
        text.rstrip().endswith("?")
        or LOGGED.search(text)
        or MOVED.match(text)
        or only_agreement(text)
        or says_no_answer(text)
    )
