"""A flashcard program's session in a terminal, copied with the shell around it: a card's
counter ("[3/18] docker · medium", "[1/16] asy-03  What does `await` do when..."), its
question (wrapped onto indented lines), what the user typed ("> ..."), and the program's
reference answer between two rules ("--- reference ----", "── reference ──").

A card's answer is what was typed and the reference, as they came; a skipped card, or one
answered with nothing, has none. The program's own lines (its prompts, grades, hints,
warnings) and the shell's are not text.
"""

import re

COUNTER = re.compile(r"^[ \t]{0,4}\[(\d{1,4})/(\d{1,4})\][ \t]*(.*)$")
TYPED = re.compile(r"^>(?: (.*)|[ \t]*)$")
# A card's id and its deck and difficulty, before its question: "asy-03", "docker · easy"
CARD_ID = re.compile(r"^[\w.]{1,12}-\d{1,5}\b[ \t]*")
CARD_META = re.compile(r"^[\w&+ .-]{1,30}(?:[ \t]+[·•|][ \t]+[\w&+ .-]{1,30}){1,3}$")
# A rule across the screen, or one that names what it opens: "--- reference ------" (read
# stripped: its label starts and ends with a word's letter)
RULE = re.compile(r"[-─━═=]{2,}+(?:[ \t]*+(\w(?:[\w \t]{0,28}\w)?)[ \t]*+[-─━═=]{2,}+)?")
COMMAND = re.compile(r"^:[a-z]{1,12}\b")  # ":skip", ":hint", ":reveal", ":q"
MIN_CARDS, MIN_TYPED = 3, 3


def looks_like_quiz_session(text: str) -> bool:
    rows = text.split("\n")
    counters = [m for m in (COUNTER.match(row) for row in rows) if m]
    typed = sum(1 for row in rows if TYPED.match(row))
    totals = {m.group(2) for m in counters}
    return len(counters) >= MIN_CARDS and typed >= MIN_TYPED and len(totals) <= 2


def quiz_session_to_markdown(text: str) -> str:
    cards, card = [], None
    rows = text.split("\n")
    index = 0
    while index < len(rows):
        row = rows[index]
        counter = COUNTER.match(row)
        if counter:
            card = {"asked": [_question_start(counter.group(3))], "typed": [], "reference": []}
            cards.append(card)
            index += 1
            # the question goes on over indented lines, up to what the user typed
            while index < len(rows) and rows[index][:1] in (" ", "\t") and rows[index].strip():
                if _opens_reference(rows[index]):
                    break
                card["asked"].append(rows[index].strip())
                index += 1
            continue
        if card is not None:
            typed = TYPED.match(row)
            if typed:
                said = (typed.group(1) or "").strip()
                if not COMMAND.match(said):
                    card["typed"].append(said)
            elif _opens_reference(row):
                index = _reference(rows, index + 1, card["reference"])
                continue
        index += 1
    return "\n\n".join(filter(None, (_card(card) for card in cards))) + "\n"


def _question_start(rest: str) -> str:
    """What follows a card's counter: its question's first words, without the card's id or
    its deck (none when the question is on the lines below)."""
    rest = CARD_ID.sub("", rest.strip())
    return "" if CARD_META.fullmatch(rest) else rest


def _opens_reference(row: str) -> bool:
    rule = RULE.fullmatch(row.strip())
    return rule is not None and rule.group(1) is not None


def _reference(rows: list[str], index: int, into: list[str]) -> int:
    """The reference's lines from `index` to its closing rule (or the next card, when it
    has none); where reading goes on."""
    while index < len(rows) and not COUNTER.match(rows[index]):
        if RULE.fullmatch(rows[index].strip()):
            return index + 1
        into.append(rows[index])
        index += 1
    return index


def _card(card: dict) -> str:
    asked = " ".join(part for part in card["asked"] if part)
    if not asked:
        return ""
    typed = "\n".join(card["typed"]).strip()
    reference = _dedented(card["reference"])
    parts = [f"### {asked}", typed, f"Reference answer:\n\n{reference}" if reference else ""]
    return "\n\n".join(part for part in parts if part)


def _dedented(rows: list[str]) -> str:
    written = [row for row in rows if row.strip()]
    if not written:
        return ""
    margin = min(len(row) - len(row.lstrip()) for row in written)
    return "\n".join(row[margin:] for row in rows).strip("\n")
