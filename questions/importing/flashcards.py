"""Flashcards written inline in notes (Obsidian's spaced-repetition plugin and its kin):
"question::answer" on one line, or the question, a line of "?" and the answer under it.
Each card is written out as "Q:"/"A:" lines; headings and other notes stay as they are,
and a heading's card tags ("#flashcards/python") go.
"""

import re

# "What is X::It is Y" ("::" for one way, ":::" for both ways): words before it, not a
# property ("tags:: a") or a name in code ("std::move").
_ONE_LINE = re.compile(r"^(?P<front>[^\s:#>|-][^\n]{2,400}?\s?\S)\s?:{2,3}(?!:)\s*(?P<back>.*)$")
_SEPARATOR = re.compile(r"^[ \t]*\?{1,2}[ \t]*$")  # "?" (one way) or "??" (both ways)
_CARD_TAG = re.compile(r"[ \t]+#flashcards?(?:/[\w/-]{1,60})?\b", re.IGNORECASE)
_FENCE = re.compile(r"^\s*(?:```|~~~)")
MIN_CARDS = 3
CARDS_END = "-" * 20  # a rule long enough to end an answer (parsing.py's LONG_RULE)


def looks_like_flashcards(text: str) -> bool:
    if "::" not in text and "\n?" not in text:
        return False
    return sum(1 for _ in _cards(text.split("\n"))) >= MIN_CARDS


def flashcards_to_markdown(text: str) -> str:
    lines = text.split("\n")
    cards = list(_cards(lines))
    starts = {start for start, *_ in cards}
    out: list[str] = []
    at = 0
    for start, end, question, answer in cards:
        out += [_CARD_TAG.sub("", line) for line in lines[at:start]]
        out += [f"Q: {question}", f"A: {answer[0] if answer else ''}", *answer[1:]]
        at = end
        after = next((i for i in range(end, len(lines)) if lines[i].strip()), None)
        if after is not None and after not in starts and not lines[after].startswith("#"):
            out.append(CARDS_END)  # a note after the cards is not the last card's answer
    out += lines[at:]
    return "\n".join(out)


def _cards(lines: list[str]):
    """(first line, line after it, question, answer lines) of each card, in order."""
    fenced = False
    index = 0
    while index < len(lines):
        line = lines[index]
        if _FENCE.match(line):
            fenced = not fenced
        one = None if fenced else _one_line(line)
        if one:
            yield index, index + 1, *one
        elif (
            not fenced
            and line.strip()
            and _separated(lines, index)
            and (index == 0 or not lines[index - 1].strip())  # the question starts its paragraph
        ):
            end = index + 2
            while end < len(lines) and lines[end].strip():
                end += 1
            yield index, end, line.strip(), lines[index + 2 : end]
            index = end
            continue
        index += 1


def _one_line(line: str) -> tuple[str, list[str]] | None:
    match = _ONE_LINE.match(line.strip()) if len(line) <= 4000 else None
    front = match.group("front") if match else ""
    if front.count(" ") < 2 or front.count("`") % 2:
        return None  # "tags:: a", "Note: std::move", "`question::answer`": a question has words
    return match.group("front").strip(), [match.group("back").strip()]


def _separated(lines: list[str], index: int) -> bool:
    return index + 1 < len(lines) and bool(_SEPARATOR.match(lines[index + 1]))
