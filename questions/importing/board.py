"""A task board exported as text (Trello, Jira, a kanban app): lists of cards, each card a
"CARD: title" with its fields, its description, its checklist and its activity.

A card's title is what it asks; its description is the answer (or "(no description)",
"TODO": none). Its labels, dates, members and checklist are the board's own. Its activity
is the app's log ("added this card to To study") and people's comments: a comment answers
only a card without a description, and only when it says something ("thx!!", "got asked
this at the agency too" do not).
"""

import re

CARD = re.compile(r"^\s{0,4}(?:card|task|issue|ticket)\s*:\s+(\S.{0,500})$", re.IGNORECASE)
LIST = re.compile(r"^\s{0,4}(?:list|column|lane)\s*:[ \t]+(\S.{0,200})$", re.IGNORECASE)
CARD_COUNT = re.compile(r"[ \t]*\(\d{1,6} cards?\)$", re.IGNORECASE)
FIELD = re.compile(
    r"^\s{0,4}(?:labels?|due|members?|assignees?|status|priority|created|updated|"
    r"attachments?|estimate)\s*:", re.IGNORECASE
)  # fmt: skip
SECTION = re.compile(r"^\s{0,4}(description|checklist|activity|comments)\b[^:\n]{0,60}:\s*(.*)$",
                     re.IGNORECASE)  # fmt: skip
NO_DESCRIPTION = re.compile(r"^\W*(?:no description|none|empty|todo|tbd)\W*$", re.IGNORECASE)
# The app's own log: "maria.k added this card to To study · Mar 28", "1 attachment: x.png"
LOGGED = re.compile(
    r"\b(?:added|moved|archived|copied|created|joined|left) (?:this card|the card|this)\b|"
    r"^\d{1,3} attachments?:",
    re.IGNORECASE,
)
# "dmitri.v: @maria.k because the request isn't a simple one..."
COMMENT = re.compile(r"^([\w.\-]{1,40}):[ \t]+(?:@[\w.\-]{1,40}[ \t]+)?(\S.{0,3999})$")
REMARK = re.compile(r"\basked (?:this|that|it)\b|\b(?:thx|thanks|thank you|makes sense)\b", re.I)
MIN_COMMENT_WORDS = 8
RULE = re.compile(r"^\s*(?:[-=_*]\s*){5,}$|^\W*end of export\b", re.IGNORECASE)
MIN_CARDS = 3


def looks_like_board_export(text: str) -> bool:
    lines = text.split("\n", 20000)[:20000]
    cards = sum(1 for line in lines if CARD.match(line))
    sections = sum(1 for line in lines if SECTION.match(line))
    return cards >= MIN_CARDS and sections >= MIN_CARDS


def board_to_markdown(text: str) -> str:
    out: list[str] = []
    section, described, comments = "", False, []
    started = False

    def close_card() -> None:
        if comments and not described:  # a card answered in its comments
            out.extend(["", *comments])
        comments.clear()

    for line in text.split("\n"):
        stripped = line.strip()
        card, listed, part = CARD.match(line), LIST.match(line), SECTION.match(line)
        if card:
            close_card()
            started, section, described = True, "", False
            out.extend(["", f"### {card.group(1).strip()}", ""])
        elif listed:
            close_card()
            section = ""
            out.extend(["", f"## {CARD_COUNT.sub('', listed.group(1)).strip()}", ""])
        elif (
            not started or RULE.match(stripped) or (section != "description" and FIELD.match(line))
        ):
            out.append("")
        elif part:
            section = part.group(1).lower()
            rest = part.group(2).strip()
            if section == "description" and rest and not NO_DESCRIPTION.match(rest):
                out.append(rest)
                described = True
            else:
                out.append("")
        elif section == "description":
            if NO_DESCRIPTION.match(stripped):
                out.append("")
            else:
                out.append(line[2:] if line.startswith("  ") else line)
                described = described or bool(stripped)
        elif section in {"activity", "comments"} and (said := COMMENT.match(stripped)):
            text_said = said.group(2)
            worth = len(text_said.split()) >= MIN_COMMENT_WORDS and not REMARK.search(text_said)
            if worth and not LOGGED.search(stripped):
                comments.append(text_said)
            out.append("")
        else:
            out.append("")  # the checklist, the log
    close_card()
    return "\n".join(out)
