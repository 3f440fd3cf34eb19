"""A Trello board exported as JSON: its lists, its cards, their checklists and comments.

Each list is a section and each open card in it a question: the card's name asks, its
description answers. A card without a description is answered by its checklist (the
points of an answer, "Answer points") or else by the first comment that says something
("thanks, moving to Answered" and "no idea yet tbh" do not). Archived cards and lists,
the board's settings, labels and members are not text.
"""

from questions.importing.unanswered import only_agreement, says_no_answer

MIN_CARDS = 2


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
    lists = [item for item in data["lists"] if isinstance(item, dict) and not item.get("closed")]
    cards = [card for card in data["cards"] if _is_card(card) and not card.get("closed")]
    checklists = {
        item.get("id"): item for item in data.get("checklists") or [] if isinstance(item, dict)
    }
    comments = _comments(data.get("actions") or [])
    parts = []
    for board_list in sorted(lists, key=_position):
        here = sorted((c for c in cards if c["idList"] == board_list.get("id")), key=_position)
        if not here:
            continue
        parts.append(f"## {' '.join(str(board_list.get('name') or '').split())}")
        for card in here:
            answer = _answer(card, checklists, comments.get(card.get("id"), []))
            parts.append(f"### {' '.join(card['name'].split())}\n\n{answer}".rstrip())
    return "\n\n".join(parts)


def _is_card(card) -> bool:
    return isinstance(card, dict) and isinstance(card.get("name"), str) and "idList" in card


def _position(item: dict) -> float:
    position = item.get("pos")
    return float(position) if isinstance(position, int | float) else 0.0


def _comments(actions: list) -> dict[str, list[str]]:
    """Each card's comments, oldest first (an export lists its actions newest first)."""
    said: dict[str, list[tuple[str, str]]] = {}
    for action in actions:
        if not isinstance(action, dict) or action.get("type") != "commentCard":
            continue
        data = action.get("data") or {}
        card, text = (data.get("card") or {}).get("id"), data.get("text")
        if isinstance(card, str) and isinstance(text, str) and text.strip():
            said.setdefault(card, []).append((str(action.get("date") or ""), text.strip()))
    return {card: [text for _, text in sorted(rows)] for card, rows in said.items()}


def _answer(card: dict, checklists: dict, comments: list[str]) -> str:
    description = card.get("desc")
    if isinstance(description, str) and description.strip():
        return description.strip()
    points = [
        f"- {item.get('name').strip()}"
        for checklist_id in card.get("idChecklists") or []
        for item in (checklists.get(checklist_id) or {}).get("checkItems") or []
        if isinstance(item, dict) and isinstance(item.get("name"), str) and item["name"].strip()
    ]
    if points:
        return "\n".join(points)
    return next(
        (text for text in comments if not only_agreement(text) and not says_no_answer(text)), ""
    )
