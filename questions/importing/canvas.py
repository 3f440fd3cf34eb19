"""A board of cards saved as JSON Canvas (Obsidian's .canvas): cards with text, groups
around them, and arrows between them.

A card that asks, with an arrow to another card, is a question and that card its answer
(whichever way the arrow points); a question card with no arrow has no answer yet. The
cards are read group by group (its label a section), each from top to bottom and left to
right, as they are laid out; a card of files, links or images is not text.
"""

from questions.importing import lines as L

MIN_TEXT_CARDS = 2


MAX_GROUPS = 100  # a board has tens; past this, cards are read in place, not by group


def is_canvas(data) -> bool:
    """Cards laid out on a board: each with its id, type and place (a bank's records under
    "nodes" have no place)."""
    if not isinstance(data, dict) or set(data) - {"nodes", "edges"}:
        return False
    nodes, edges = data.get("nodes"), data.get("edges", [])
    return (
        isinstance(nodes, list)
        and isinstance(edges, list)
        and all(
            isinstance(node, dict)
            and isinstance(node.get("id"), str)
            and isinstance(node.get("type"), str)
            and {"x", "y"} <= set(node)
            for node in nodes
        )
        and all(isinstance(edge, dict) for edge in edges)
        and sum(1 for node in nodes if node["type"] == "text") >= MIN_TEXT_CARDS
    )


def canvas_to_markdown(data: dict) -> str:
    cards = {
        node["id"]: node
        for node in data["nodes"]
        if node["type"] == "text" and isinstance(node.get("text"), str)
    }
    answers: dict[str, list[str]] = {}  # a question card's id -> its answer cards' ids
    answered: set[str] = set()
    for edge in data.get("edges", []):
        one, other = edge.get("fromNode"), edge.get("toNode")
        if not isinstance(one, str) or not isinstance(other, str):
            continue
        if one not in cards or other not in cards or one == other:
            continue
        if L.asks(cards[other]["text"]) and not L.asks(cards[one]["text"]):
            one, other = other, one
        if other not in answered:  # an answer card answers one question, not another
            answers.setdefault(one, []).append(other)
            answered.add(other)
    parts = []
    for label, members in _by_group(data["nodes"], cards):
        if label:
            parts.append(f"## {' '.join(label.split())}")
        for card in members:
            if card["id"] in answered and card["id"] not in answers:
                continue  # read with its question
            text = card["text"].strip()
            replies = [cards[other]["text"].strip() for other in answers.get(card["id"], [])]
            if replies and not L.Q_LABEL.match(text):
                text = f"Q: {text}"  # an arrow to its answer says it asks: "Explain MVCC"
            parts.append("\n\n".join([text, *replies]) if replies else text)
            parts.append("---")
    return "\n\n".join(parts)


def _by_group(nodes: list[dict], cards: dict[str, dict]) -> list[tuple[str, list[dict]]]:
    """(label, its cards) of each group, from the top; cards in no group first."""
    groups = sorted((node for node in nodes if node["type"] == "group"), key=_place)
    if len(groups) > MAX_GROUPS:
        groups = []
    placed: dict[str, list[dict]] = {"": []}
    for card in sorted(cards.values(), key=_place):
        group = next((group for group in groups if _inside(card, group)), None)
        key = "" if group is None else group["id"]
        placed.setdefault(key, []).append(card)
    out = [("", placed[""])]
    out += [(str(group.get("label") or ""), placed.get(group["id"], [])) for group in groups]
    return [(label, members) for label, members in out if members]


def _place(node: dict) -> tuple[float, float]:
    return (number(node.get("y")), number(node.get("x")))


def _inside(card: dict, group: dict) -> bool:
    x, y = number(card.get("x")), number(card.get("y"))
    left, top = number(group.get("x")), number(group.get("y"))
    right, bottom = left + number(group.get("width")), top + number(group.get("height"))
    return left <= x < right and top <= y < bottom


def number(value) -> float:
    """A coordinate; 0 for anything else (text, a flag, a number no float holds)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return 0.0
    try:
        return float(value)
    except OverflowError:
        return 0.0
