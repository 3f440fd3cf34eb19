"""Flashcards written inline in notes (Obsidian's spaced-repetition plugin and its kin):
"question::answer" on one line, or the question, a line of "?" and the answer under it.
Each card is written out as "Q:"/"A:" lines; headings and other notes stay as they are,
and a heading's card tags ("#flashcards/python") go.
"""

import re

# "What is X::It is Y" ("::" for one way, ":::" for both ways): words before it, not a
# property ("tags:: a"); and the "::" is not a name's in code ("std::move", "Widget::reset")
# or a slice's ("a[::-1]").
_ONE_LINE = re.compile(
    r"^(?P<front>[^\s:#>|-][^\n]{2,400}?\s?\S)\s?:{2,3}(?!:)"
    r"(?!-?\d*\])\s*(?P<back>.*)$"
)
# ... a name in code: "std::move", "Widget::reset", "Vec::new" (masked while the card's
# separator is looked for)
_CODE_PATH = re.compile(
    r"\b(?:((?:std|boost|absl|crate|self|super|fmt|io|os))::(?=[A-Za-z_])|"
    r"([A-Z][a-z][A-Za-z0-9_]*)::(?=[a-z_]))"
)
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
    cards = list(_cards(lines, terms=True))
    starts = {start for start, *_ in cards}
    out: list[str] = []
    at = 0
    for start, end, question, answer in cards:
        out += [_CARD_TAG.sub("", line) for line in lines[at:start]]
        if answer and _FENCE.match(answer[0]):  # a fence opens its own line, or never closes
            answer = ["", *answer]
        out += [f"Q: {question}", f"A: {answer[0] if answer else ''}".rstrip(), *answer[1:]]
        at = end
        after = next((i for i in range(end, len(lines)) if lines[i].strip()), None)
        if after is not None and after not in starts and not lines[after].startswith("#"):
            out.append(CARDS_END)  # a note after the cards is not the last card's answer
    out += lines[at:]
    return "\n".join(out)


def _cards(lines: list[str], *, terms: bool = False):
    """(first line, line after it, question, answer lines) of each card, in order. With
    `terms` (the notes have cards), a one-line card's front may be a term ("HTTP 429")."""
    fenced = False
    index = 0
    while index < len(lines):
        line = lines[index]
        if _FENCE.match(line):
            fenced = not fenced
        one = None if fenced else _one_line(line, terms=terms)
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


def _one_line(line: str, *, terms: bool = False) -> tuple[str, list[str]] | None:
    if len(line) > 4000:
        return None
    masked = (
        _CODE_PATH.sub(lambda name: f"{name.group(1) or name.group(2)}\x1f\x1f", line.strip())
        if "::" in line
        else line.strip()
    )
    match = _ONE_LINE.match(masked)
    front = match.group("front") if match else ""
    # "tags:: a", "Note: std::move", "`question::answer`": a question has words; among
    # cards, a term of two words or more is a front too, unless it is a label's ("Note: std")
    term = terms and front.count(" ") >= 1 and ":" not in front
    if (front.count(" ") < 2 and not term) or front.count("`") % 2:
        return None
    front, back = (
        match.group(part).strip().replace("\x1f\x1f", "::") for part in ("front", "back")
    )
    return front, [back]


def _separated(lines: list[str], index: int) -> bool:
    return index + 1 < len(lines) and bool(_SEPARATOR.match(lines[index + 1]))


# --- RemNote ---------------------------------------------------------------------------------

# A rem that is a card: "- front >> back", "- term :: definition" (a concept), and ">>>" (or
# a separator with nothing after it) whose answer is the rems indented under it.
_REM_CARD = re.compile(
    r"^(?P<indent>[ \t]*)[-*+][ \t]+(?P<front>[^\n]{1,400}?)[ \t]+(?P<sep>>>>|>>|<<|<>|::|;;)"
    r"(?:[ \t]+(?P<back>[^\n]*))?$"
)
_REM = re.compile(r"^(?P<indent>[ \t]*)[-*+][ \t]+(?P<text>.*)$")
_REM_LINK = re.compile(r"#?\[\[([^\[\]\n]{1,200})\]\]")
MIN_REM_CARDS = 3


def looks_like_rem_cards(text: str) -> bool:
    """A RemNote outline exported as markdown: its rems are bullets, some of them cards, and
    something only RemNote writes (a ">>>" card, a "[[link]]"): "- cin >> x reads x" or
    "- length :: [a] -> Int" in notes on C++ or Haskell are no cards."""
    if ">>" not in text and " :: " not in text:
        return False
    lines = text.split("\n")
    cards = [line for line in lines if _rem_card(line)]
    remnote = "[[" in text or any(_rem_card(line).group("sep") == ">>>" for line in cards)
    return len(cards) >= MIN_REM_CARDS and remnote


def rem_cards_to_markdown(text: str) -> str:
    """Each card as "Q:"/"A:" (a multi-line card's answer: the rems under it, as a list); a
    rem with rems under it that is no card is their heading; a rem that asks is kept (a
    question without its answer); other rems are notes, left out."""
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        card, rem = _rem_card(lines[index]), _REM.match(lines[index])
        children = _children(lines, index) if rem else []
        if card:
            back = _words(card.group("back") or "")
            under = [f"- {_words(row)}" for row in children]
            out += ["", f"Q: {_words(card.group('front'))}", f"A: {back}".rstrip(), *under]
            index += 1 + len(children)
            continue
        if rem and children:
            out += ["", f"## {_words(rem.group('text'))}"]
        elif rem and rem.group("text").rstrip().endswith("?"):
            out += ["", f"Q: {_words(rem.group('text'))}", "A:"]
        elif not rem:
            out.append(lines[index])
        index += 1
    return "\n".join(out)


def _words(text: str) -> str:
    """A rem's text, its links ("[[Redis]]", "#[[Interview Prep]]") as their words."""
    return _REM_LINK.sub(r"\1", text).strip()


def _rem_card(line: str) -> re.Match | None:
    """The card a rem is, unless its separator is inside code ("- `a >> b` shifts a")."""
    card = _REM_CARD.match(line)
    return card if card and card.group("front").count("`") % 2 == 0 else None


def _children(lines: list[str], index: int) -> list[str]:
    """The text of the rems indented under lines[index] (every level), in order."""
    depth = len(_REM.match(lines[index]).group("indent").expandtabs(4))
    found = []
    for at in range(index + 1, len(lines)):
        line = lines[at]
        if not line.strip():
            continue
        rem = _REM.match(line)
        if not rem or len(rem.group("indent").expandtabs(4)) <= depth:
            break
        found.append(rem.group("text").strip())
    return found
