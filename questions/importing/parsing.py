"""Step 2: recognise the document's layout and split it into raw question items.

Every line is first classified on its own (lines.py). The document's layout is
then chosen by counting which kinds of question markers it uses, strongest
first: headings and "Q12." numbering, <details> blocks, bold numbers, numbered
list lines, tezvyn-style cards (a line followed by "This tests..."), and last
plain lines ending in "?". Only the chosen kinds start questions, so a numbered
point or a heading inside an answer stays part of that answer.
"""

import re
from dataclasses import dataclass, field

from questions.importing import lines as L
from questions.importing.code import (
    LANGUAGE_LINE,
    LANGUAGES,
    looks_like_code,
    looks_like_prose,
    looks_like_sentence,
)

STRONG = {"heading", "q-number", "q-label", "details", "labelled"}
LAYOUT_NAMES = {
    "heading": "markdown headings",
    "q-number": "numbered Q items",
    "q-label": "Q:/A: pairs",
    "details": "<details> blocks",
    "labelled": "questions followed by Answer:",
    "bold-number": "bold numbered items",
    "numbered-line": "numbered list",
    "rubric-card": "tezvyn cards",
    "plain-question": "plain text",
}


@dataclass
class RawItem:
    prompt: str
    line: int  # 1-based
    kind: str
    section: str = ""
    section_level: str | None = None
    level: str | None = None
    body: list[str] = field(default_factory=list)
    # The body only grows while splitting: has_text() remembers how far it has looked,
    # so asking after every line stays linear.
    _scanned: int = field(default=0, repr=False, compare=False)
    _has_text: bool = field(default=False, repr=False, compare=False)

    def has_text(self) -> bool:
        """Whether the body has a line that is not blank."""
        while not self._has_text and self._scanned < len(self.body):
            self._has_text = bool(self.body[self._scanned].strip())
            self._scanned += 1
        return self._has_text


@dataclass
class Skipped:
    line: int
    text: str
    reason: str


@dataclass
class ParsedDocument:
    items: list[RawItem]
    format: str
    skipped: list[Skipped]
    tried: list[str]


@dataclass
class _Line:
    text: str
    in_code: bool = False
    heading_level: int = 0
    heading_text: str = ""
    marker: L.Marker | None = None
    fence_open: str = ""  # a bare "python" line that starts an unfenced code block
    fence_close: bool = False  # the last line of such a block


def parse_document(text: str) -> ParsedDocument:
    text = _unwrap_summaries(text)
    lines = _classify(text.split("\n"))
    kinds = _choose_kinds(lines)
    question_level = _question_heading_level(lines, kinds)
    items, skipped = _split(lines, kinds, question_level)
    items, toc = _drop_table_of_contents(items)
    tried = [LAYOUT_NAMES[k] for k in LAYOUT_NAMES]
    used = sorted({item.kind for item in items}, key=list(LAYOUT_NAMES).index)
    return ParsedDocument(
        items=items,
        format=" + ".join(LAYOUT_NAMES[k] for k in used) or "unrecognised",
        skipped=skipped + toc,
        tried=tried,
    )


def _unwrap_summaries(text: str) -> str:
    """Join a <summary> that spans lines into one line, keeping every later line number."""
    if "</summary>" not in text.lower():
        return text

    def join(match: re.Match) -> str:
        inside = match.group(0)
        return " ".join(inside.split()) + "\n" * inside.count("\n")

    return re.sub(
        r"<summary[^>]{0,200}>.{0,2000}?</summary>", join, text, flags=re.IGNORECASE | re.DOTALL
    )


def _classify(raw_lines: list[str]) -> list[_Line]:
    lines = []
    in_code = False
    for raw in raw_lines:
        line = _Line(raw, in_code=in_code)
        if L.FENCE.match(raw):
            in_code = not in_code
            line.in_code = True
        elif not in_code:
            heading = L.HEADING.match(raw)
            if heading:
                line.heading_level = len(heading.group(1))
                line.heading_text = L.heading_text(heading.group(2))
                line.marker = L.heading_question(line.heading_text)
            else:
                line.marker = L.question_marker(raw)
        lines.append(line)
    _mark_unfenced_code(lines)
    _demote_code_comments(lines)
    _mark_cards(lines)
    return lines


def _starts_question(line: _Line) -> bool:
    return bool(line.marker and line.marker.kind in STRONG)


def _mark_unfenced_code(lines: list[_Line]) -> None:
    """A bare language line ("Python", "bash") followed by code: the fence was lost in pasting."""
    index = 0
    while index < len(lines):
        match = LANGUAGE_LINE.match(lines[index].text)
        if lines[index].in_code or not match:
            index += 1
            continue
        start = _next_text(lines, index, window=3) or index + 1
        end = start
        cursor = start
        while cursor < len(lines):
            line = lines[cursor]
            # A one-# "heading" inside code is a comment ("# In routes").
            question = _starts_question(line) and line.heading_level != 1
            if line.in_code or question or LANGUAGE_LINE.match(line.text):
                break
            if not line.text.strip():
                following = _next_text(lines, cursor, window=6)
                if following is None or _ends_code(lines[following].text):
                    break
            elif cursor > start and (
                looks_like_sentence(line.text)
                or (looks_like_prose(line.text) and not looks_like_code(line.text))
            ):
                break
            cursor += 1
            if line.text.strip():
                end = cursor
        if end == start:
            index += 1
            continue
        lines[index].fence_open = LANGUAGES[match.group(1).lower()]
        for line in lines[index:end]:
            line.in_code, line.marker, line.heading_level = True, None, 0
        lines[end - 1].fence_close = True
        index = end


def _ends_code(text: str) -> bool:
    return looks_like_sentence(text) or not looks_like_code(text)


def _demote_code_comments(lines: list[_Line]) -> None:
    """ "# blocks the event loop" between code lines is a comment, not a heading."""
    for index, line in enumerate(lines):
        if line.heading_level != 1 or _starts_question(line):
            continue
        neighbours = [_next_text(lines, index), _previous_text(lines, index)]
        if any(
            n is not None and looks_like_code(lines[n].text) and not lines[n].heading_level
            for n in neighbours
        ):
            line.heading_level, line.heading_text, line.marker = 0, "", None


def _mark_cards(lines: list[_Line]) -> None:
    """tezvyn-style cards and plain text: a short line followed by its rubric, or ending in "?"."""
    previous_blank = True
    for index, line in enumerate(lines):
        stripped = line.text.strip()
        if line.in_code or line.heading_level or line.marker or not stripped:
            previous_blank = not stripped
            continue
        following = _next_text(lines, index)
        if (
            following is not None
            and L.ANSWER_LABEL.match(lines[following].text)
            and L.looks_like_question(stripped)
            and not L.ANSWER_LABEL.match(stripped)
        ):
            line.marker = L.Marker("labelled", L.strip_bold(stripped))
        elif (
            following is not None
            and L.RUBRIC_START.match(lines[following].text)
            and not L.RUBRIC_START.match(stripped)
            and 8 <= len(stripped) <= 300
            and not L.is_noise(stripped)
        ):
            line.marker = L.Marker("rubric-card", stripped)
        elif previous_blank and stripped.endswith("?") and L.looks_like_question(stripped):
            line.marker = L.Marker("plain-question", stripped)
        previous_blank = False


def _choose_kinds(lines: list[_Line]) -> set[str]:
    counts: dict[str, int] = {}
    for line in lines:
        if line.marker:
            counts[line.marker.kind] = counts.get(line.marker.kind, 0) + 1
    strong = sum(counts.get(kind, 0) for kind in STRONG)
    kinds = {kind for kind in STRONG if counts.get(kind)}
    if strong >= 2:
        if counts.get("bold-number", 0) >= max(2, strong):
            kinds.add("bold-number")
        return kinds
    for weaker in ("bold-number", "numbered-line", "rubric-card"):
        if counts.get(weaker, 0) >= 2:
            return kinds | {weaker}
    return kinds | {"plain-question", "rubric-card"}


def _question_heading_level(lines: list[_Line], kinds: set[str]) -> int:
    """The heading level questions sit at; deeper headings belong to answers."""
    if "heading" not in kinds:
        return 0
    levels = [ln.heading_level for ln in lines if ln.marker and ln.marker.kind == "heading"]
    numbered = [
        ln.heading_level
        for ln in lines
        if ln.marker and ln.marker.kind == "heading" and ln.marker.number is not None
    ]
    return min(numbered or levels)


def _split(lines, kinds, question_level):
    items: list[RawItem] = []
    skipped: list[Skipped] = []
    section, section_level, level_depth = "", None, 0
    current: RawItem | None = None
    pending: RawItem | None = None  # "Q1." alone: the question is on the next text line

    for index, line in enumerate(lines):
        number = index + 1
        stripped = line.text.strip()
        if pending is not None:
            if not stripped or L.is_noise(stripped):
                continue
            pending.prompt = L.strip_bold(stripped)
            current, pending = pending, None
            continue
        if line.in_code:
            if current:
                current.body.append(f"```{line.fence_open}" if line.fence_open else line.text)
                if line.fence_close:
                    current.body.append("```")
            continue
        if line.heading_level and L.is_noise(line.heading_text):
            continue  # "## Table of contents": neither a question nor a section
        if line.heading_level:
            is_question = _is_question_heading(line, kinds, question_level, current)
            if not is_question:
                if current and question_level and line.heading_level > question_level:
                    current.body.append(line.text)
                    continue
                section = L.strip_bold(line.heading_text).strip(" :")
                new_level = L.section_level(section)
                # A sub-section ("### Core Python" under "## Senior") keeps its parent's level.
                if new_level or line.heading_level <= level_depth or not level_depth:
                    section_level = new_level
                    level_depth = line.heading_level if new_level else 0
                current = None
                continue
        marker = line.marker if line.marker and line.marker.kind in kinds else None
        if line.heading_level and marker is None:
            marker = line.marker
        if marker is not None:
            item = RawItem(
                prompt=marker.text,
                line=number,
                kind=marker.kind,
                section=section,
                section_level=section_level,
            )
            items.append(item)
            if marker.after:
                item.body.append(marker.after)
            if marker.text:
                current = item
            else:
                current, pending = None, item
            continue
        if not stripped:
            if current:
                current.body.append("")
            continue
        if L.is_noise(stripped) or L.SEPARATOR.match(stripped):
            continue
        if L.END_SECTION.match(L.strip_bold(stripped)):
            section, current = stripped, None
            continue
        answered = current is not None and current.has_text()
        if (current is None or answered) and _is_plain_section(lines, index, kinds):
            section = L.strip_bold(stripped).strip(" :")
            section_level, level_depth = L.section_level(section), 0
            current = None
            continue
        level = L.level_of(stripped)
        if level and current and not current.has_text():
            current.level = level
            continue
        if current is not None:
            current.body.append(L.DETAILS_TAG.sub("", line.text))
    if pending is not None:
        items.remove(pending)
        skipped.append(Skipped(pending.line, "", "numbered question without any text"))
    # "Q1." followed by "#" or "***": nothing to ask.
    for item in [item for item in items if not re.search(r"[^\W_]", item.prompt)]:
        items.remove(item)
        skipped.append(Skipped(item.line, item.prompt, "question without any text"))
    return items, skipped


def _is_question_heading(line, kinds, question_level, current) -> bool:
    if not line.marker or line.marker.kind != "heading" or "heading" not in kinds:
        return False
    # An unnumbered question-like sub-heading inside an answer is part of the answer.
    return not (line.marker.number is None and current and line.heading_level > question_level)


def _is_plain_section(lines, index, kinds) -> bool:
    """A title line ("Data Structures & Algorithms") just before a question."""
    line = lines[index].text.strip()
    if not L.looks_like_title(line) and not L.section_level(line):
        return False
    following = _next_text(lines, index)
    if following is None:
        return False
    marker = lines[following].marker
    return bool(marker and marker.kind in kinds) or bool(lines[following].heading_level)


def _next_text(lines: list[_Line], index: int, window: int = 3) -> int | None:
    for following in range(index + 1, min(index + 1 + window, len(lines))):
        if lines[following].text.strip():
            return following
    return None


def _previous_text(lines: list[_Line], index: int, window: int = 3) -> int | None:
    for previous in range(index - 1, max(index - 1 - window, -1), -1):
        if lines[previous].text.strip():
            return previous
    return None


def _drop_table_of_contents(items: list[RawItem]) -> tuple[list[RawItem], list[Skipped]]:
    """An item with no answer whose question comes again later is a table-of-contents entry."""
    later: set[str] = set()
    kept: list[RawItem] = []
    skipped: list[Skipped] = []
    for item in reversed(items):
        key = " ".join(re.findall(r"[^\W_]+", item.prompt.casefold()))
        if not item.has_text() and key in later:
            skipped.append(Skipped(item.line, item.prompt, "table of contents entry"))
        else:
            kept.append(item)
        later.add(key)
    return list(reversed(kept)), list(reversed(skipped))
