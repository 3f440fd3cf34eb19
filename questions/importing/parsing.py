"""Step 2: find the questions line by line and split the document into raw question items.

Every line is first classified on its own (lines.py): the marker it starts with, if any
(heading, "Q12.", <summary>, bold number, "3.", bullet, table row, a plain line that asks).
Whether a marked line starts a question is then decided for that line, in its context,
by small named rules (`_decide`): the layout of its region (the lines between two section
headings), whether we are inside another question's answer, whether the previous question
got an answer yet, whether it is a sibling of the previous question (same marker, same
depth). Several layouts in one document all work; a numbered point or a heading inside
an answer stays part of that answer, and is reported as a question-like line that was
not imported, with its line and the reason, so that nothing vanishes silently.

Staff may override the decision for a line (`include`, `exclude`: 1-based line numbers).
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
from questions.importing.tables import find_table_questions

STRONG = {"heading", "q-number", "q-label", "details", "labelled", "table"}
# Markers that are siblings only at the same indentation.
INDENTED = {"bullet", "numbered-line", "plain-question"}
LAYOUT_NAMES = {
    "heading": "markdown headings",
    "q-number": "numbered Q items",
    "q-label": "Q:/A: pairs",
    "details": "<details> blocks",
    "labelled": "questions followed by Answer:",
    "table": "tables of questions",
    "bold-number": "bold numbered items",
    "bold-question": "bold questions",
    "numbered-line": "numbered list",
    "rubric-card": "tezvyn cards",
    "bullet": "bulleted questions",
    "plain-question": "plain text",
    "task": "tasks under card headings",
    "included": "lines you included",
}
# Markers that are siblings of each other: the last question of a "question / Answer:"
# document has no "Answer:" under it, and is a plain line that asks.
FAMILY = {"labelled": "plain-question"}
BULLETS = set("-*+•◦▪‣●○➤►▸")
# A wrapped question goes on over at most this many more lines.
WRAPPED_LINES = 2


@dataclass
class RawItem:
    prompt: str
    line: int  # 1-based
    kind: str
    section: str = ""
    section_level: str | None = None
    level: str | None = None
    body: list[str] = field(default_factory=list)
    indent: int = 0
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
    indent: int = 0
    region: int = 0  # which region (lines between two section headings) it is in
    joined: bool = False  # a wrapped question's later line, already in its prompt
    section_title: bool = False  # "2. **Web layer**": a section, not a question
    details_section: bool = False  # <summary> of a <details> that holds questions
    included: bool = False
    excluded: bool = False
    card: bool = False  # "### 25. Code Review Scenario" over its task: a section
    question_list: bool = False  # a list whose every item asks: each is a question


def parse_document(
    text: str, *, include: frozenset[int] = frozenset(), exclude: frozenset[int] = frozenset()
) -> ParsedDocument:
    """Split a document into raw items; `include` and `exclude` are 1-based line numbers
    that staff say do (or never) start a question."""
    text = _unwrap_summaries(text)
    raw_lines = text.split("\n")
    _check_overrides(include, exclude, len(raw_lines))
    lines = _classify(raw_lines)
    _apply_overrides(lines, include, exclude)
    kinds = _choose_kinds(lines)
    question_level = _question_heading_level(lines, kinds)
    _mark_regions(lines, question_level)
    region_kinds = _kinds_by_region(lines, kinds)
    items, skipped = _split(lines, kinds, region_kinds, question_level)
    items, toc = _drop_table_of_contents(items)
    tried = [LAYOUT_NAMES[k] for k in LAYOUT_NAMES if k != "included"]
    used = sorted({item.kind for item in items}, key=list(LAYOUT_NAMES).index)
    return ParsedDocument(
        items=items,
        format=" + ".join(LAYOUT_NAMES[k] for k in used) or "unrecognised",
        skipped=sorted(skipped + toc, key=lambda s: s.line),
        tried=tried,
    )


def _check_overrides(include: frozenset[int], exclude: frozenset[int], count: int) -> None:
    wrong = sorted(n for n in include | exclude if not 1 <= n <= count)
    if wrong:
        raise ValueError(
            f"The document has {count} lines: there is no line "
            + ", ".join(str(n) for n in wrong[:10])
            + "."
        )
    both = sorted(include & exclude)
    if both:
        raise ValueError(
            "A line cannot be both included and excluded: line "
            + ", ".join(str(n) for n in both[:10])
            + "."
        )


def _apply_overrides(lines: list["_Line"], include, exclude) -> None:
    for number in exclude:
        line = lines[number - 1]
        line.excluded, line.marker, line.joined = True, None, False
    for number in include:
        line = lines[number - 1]
        line.included, line.in_code, line.joined, line.section_title = True, False, False, False
        line.details_section = False
        if line.marker is None:
            text = L.strip_bold(_without_list_marker(line.heading_text or line.text))
            line.marker = L.Marker("included", text)


def _without_list_marker(text: str) -> str:
    text = text.strip()
    bullet = L.BULLET_LINE.match(text)
    if bullet:
        return bullet.group(2).strip()
    number = L.PLAIN_NUMBER.match(text)
    return text[number.end() :].strip() if number else text


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
        if "<a " in raw or "<A " in raw:
            raw = L.ANCHOR.sub("", raw)
        line = _Line(raw, in_code=in_code, indent=len(raw) - len(raw.lstrip()))
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
                line.marker = L.question_marker(raw) or _bullet_question(raw) or _bold_question(raw)
            if line.marker and L.ASIDE.match(line.marker.text):
                line.marker = None
        lines.append(line)
    _mark_unfenced_code(lines)
    _demote_code_comments(lines)
    _mark_tables(lines)
    _mark_details_sections(lines)
    _mark_cards(lines)
    _join_wrapped_questions(lines)
    _mark_question_lists(lines)
    return lines


def _starts_question(line: _Line) -> bool:
    return bool(line.marker and line.marker.kind in STRONG)


def _bullet_question(raw: str) -> L.Marker | None:
    """ "- What does a view resolver do?": a bullet that asks."""
    if raw.lstrip()[:1] not in BULLETS:
        return None
    match = L.BULLET_LINE.match(raw)
    if not match or L.ANCHOR_LINKS_ONLY.match(raw):
        return None
    text = match.group(2).strip()
    if L.looks_like_question(text) and L.asks(text):
        return L.Marker("bullet", L.strip_bold(text))
    return None


def _bold_question(raw: str) -> L.Marker | None:
    """ "**Tell me about a time you disagreed.**": a bold line that asks."""
    stripped = raw.strip()
    if stripped[:2] not in {"**", "__"} or stripped[-2:] not in {"**", "__"}:
        return None
    text = L.strip_bold(stripped)
    if "**" in text or not (L.looks_like_question(text) and L.asks(text)):
        return None
    return L.Marker("bold-question", text)


def _mark_tables(lines: list[_Line]) -> None:
    texts = [line.text for line in lines]
    skip = [line.in_code or bool(line.heading_level) for line in lines]
    for row in find_table_questions(texts, skip):
        lines[row.index].marker = L.Marker("table", L.strip_bold(row.prompt), after=row.answer)


def _mark_details_sections(lines: list[_Line]) -> None:
    """A <summary> whose <details> holds other questions, or wraps a heading, is a section."""
    open_summaries: list[int] = []  # the summary line of each open <details>, innermost last

    def holds_questions() -> None:
        outer = open_summaries[-1] if open_summaries else -1
        marker = lines[outer].marker if outer >= 0 else None
        if marker and not L.looks_like_question(marker.text):
            lines[outer].details_section = True

    for index, line in enumerate(lines):
        kind = line.marker.kind if line.marker else ""
        if line.in_code or ("<" not in line.text and kind not in {"table", "heading", "q-number"}):
            continue
        if L.SUMMARY_HEADING.search(line.text):
            line.details_section = True
        if L.DETAILS_OPEN.search(line.text):
            holds_questions()
            open_summaries.append(index if kind == "details" else -1)
        elif kind == "details" and open_summaries:
            open_summaries[-1] = index
        elif kind in {"table", "heading", "q-number"}:
            holds_questions()
        for _ in L.DETAILS_CLOSE.finditer(line.text):
            if open_summaries:
                open_summaries.pop()
    for line in lines:
        if line.details_section:
            line.marker = None


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
    """Plain lines that start a question: a short line followed by its rubric or by
    "Answer:", a line that asks after a blank line, a title or another such line, and an
    instruction under a numbered card heading ("### 25. Code Review Scenario")."""
    previous_blank = True
    previous: _Line | None = None  # the line just before, when it is not blank
    for index, line in enumerate(lines):
        stripped = line.text.strip()
        title = None
        if stripped[:1] in "*_0123456789" and not line.in_code and not line.heading_level:
            title = L.BOLD_TITLE.match(line.text)
        if title and not L.ANSWER_LABEL.match(stripped) and not L.is_noise(stripped):
            line.section_title = not L.looks_like_question(title.group(1))
        if line.in_code or line.heading_level or line.marker or not stripped:
            previous_blank = not stripped
            previous = line if stripped else None
            continue
        following = _next_text(lines, index)
        after_title = previous is not None and (
            previous.heading_level
            or previous.section_title
            or (previous.marker is not None and previous.marker.kind == "plain-question")
        )
        card = _card_heading_before(lines, index)
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
        elif (
            (previous_blank or after_title)
            and _ends_with_question_mark(stripped)
            and L.looks_like_question(stripped)
            and not L.ASIDE.match(stripped)
        ):
            line.marker = L.Marker("plain-question", _plain_prompt(stripped))
            _mark_short_heading_card(lines, index)
        elif card is not None and previous_blank and L.starts_with_task(stripped):
            line.marker = L.Marker("task", _plain_prompt(stripped)[:1000])
            lines[card].card = True
        previous_blank = False
        previous = line


def _ends_with_question_mark(text: str) -> bool:
    return text.rstrip(" *_\"'”’)").endswith("?")


def _plain_prompt(text: str) -> str:
    """A plain question line without its emoji and its curly quotes."""
    text = L.strip_bold(text)
    if not text[:1].isalnum():
        text = L.strip_lead(text)
    text = text.strip()
    if text[-1:] in '”"’' and not re.search(r"[“\"‘]", text[:-1]):
        text = text[:-1]  # its opening quote went with the emoji
    elif text[:1] in '“"‘' and text[-1:] in '”"’':
        text = text[1:-1]
    return L.strip_bold(text.strip())


def _mark_short_heading_card(lines: list[_Line], index: int) -> None:
    """ "#### Caching" over "When is a cache dangerous?": the heading titles that question,
    even deeper than the document's question headings (not "### Example" in an answer)."""
    previous = _previous_text(lines, index)
    if previous is None or not L.starts_with_task(lines[index].text):
        return
    heading = lines[previous]
    if (
        heading.heading_level
        and heading.marker is None
        and len(heading.heading_text.split()) <= 6
        and not L.ANSWER_PART.match(heading.heading_text)
        and not L.is_noise(heading.heading_text)
    ):
        heading.card = True


def _card_heading_before(lines: list[_Line], index: int) -> int | None:
    """The numbered heading just before, when it does not ask itself."""
    previous = _previous_text(lines, index)
    if previous is None:
        return None
    line = lines[previous]
    numbered = re.match(r"\d{1,4}\s*[.):-]?\s+\S", L.strip_bold(line.heading_text))
    return previous if line.heading_level and line.marker is None and numbered else None


def _mark_question_lists(lines: list[_Line]) -> None:
    """A list (two items or more) in which every item asks, not introduced by a colon:
    "- What is a frozenset?" / "- What is a dict view?" after an answer are questions."""
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.in_code or not _is_list_item(line):
            index += 1
            continue
        end = index
        while end < len(lines) and (_is_list_item(lines[end]) and lines[end].indent == line.indent):
            end += 1
        run = lines[index:end]
        before = _previous_text(lines, index)
        introduced = before is not None and lines[before].text.rstrip().endswith(":")
        if (
            len(run) >= 2
            and not introduced
            and all(
                item.marker
                and item.marker.kind in {"bullet", "numbered-line"}
                and _ends_with_question_mark(item.marker.text)
                for item in run
            )
        ):
            for item in run:
                item.question_list = True
        index = max(end, index + 1)


def _is_list_item(line: _Line) -> bool:
    first = line.text.lstrip()[:1]
    if line.in_code or not (first in BULLETS or first.isdigit() or first == "("):
        return False
    return bool(L.BULLET_LINE.match(line.text) or L.PLAIN_NUMBER.match(line.text))


def _join_wrapped_questions(lines: list[_Line]) -> None:
    """A question hard-wrapped over two or three lines is one question.

    The first line asks ("How would you...", "3. What is", "- Why") without its "?";
    the next lines, with no blank line between, are plain text, and one of them ends
    with "?". They join the first line's prompt and are no longer lines of their own.
    """
    previous_blank = True
    for index, line in enumerate(lines):
        stripped = line.text.strip()
        if line.in_code or line.heading_level or not stripped:
            previous_blank = not stripped
            continue
        marker = line.marker
        first_line = marker is None and previous_blank and L.asks(stripped)
        previous_blank = False
        if marker is not None and (
            marker.kind in {"table", "details", "rubric-card", "labelled", "included"}
            or not marker.text
            or _ends_with_question_mark(marker.text)
            or marker.text.endswith(":")
        ):
            continue
        if marker is None and not first_line:
            continue
        end = _wrapped_end(lines, index)
        if end is None:
            continue
        text = marker.text if marker else _plain_prompt(stripped)
        rest = " ".join(lines[i].text.strip() for i in range(index + 1, end + 1))
        kind = marker.kind if marker else "plain-question"
        number = marker.number if marker else None
        line.marker = L.Marker(kind, f"{text} {rest}", number)
        for following in range(index + 1, end + 1):
            lines[following].joined = True
            lines[following].marker = None


def _wrapped_end(lines: list[_Line], index: int) -> int | None:
    """The line a wrapped question ends on (with its "?"), or None."""
    for following in range(index + 1, min(index + 1 + WRAPPED_LINES, len(lines))):
        line = lines[following]
        text = line.text.strip()
        if (
            not text
            or line.in_code
            or line.heading_level
            or (line.marker and line.marker.kind != "plain-question")
            or L.BULLET_LINE.match(line.text)
            or L.PLAIN_NUMBER.match(line.text)
            or L.ANSWER_LABEL.match(text)
            or text.startswith(("|", "<", ">"))
        ):
            return None
        if _ends_with_question_mark(text):
            return following
    return None


def _counts(lines) -> dict[str, int]:
    counts: dict[str, int] = {}
    for line in lines:
        if line.marker:
            counts[line.marker.kind] = counts.get(line.marker.kind, 0) + 1
    return counts


def _choose_kinds(lines: list[_Line]) -> set[str]:
    """The markers that make the layout of these lines (all of them start questions)."""
    counts = _counts(lines)
    strong = sum(counts.get(kind, 0) for kind in STRONG)
    kinds = {kind for kind in STRONG if counts.get(kind)} | {"included"}
    if strong >= 2:
        if counts.get("bold-number", 0) >= max(2, strong):
            kinds.add("bold-number")
        return kinds
    for weaker in ("bold-number", "numbered-line", "rubric-card", "bold-question", "bullet"):
        if counts.get(weaker, 0) >= 2:
            return kinds | {weaker}
    return kinds | {"plain-question", "rubric-card", "task"}


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


def _mark_regions(lines: list[_Line], question_level: int) -> None:
    """Number the regions: a section heading, title or <details> section starts a new one.

    With questions as headings, only headings above the questions' level count: a
    "### Example" inside an answer does not cut it.
    """
    region = 0
    for line in lines:
        if line.in_code:
            line.region = region
            continue
        section_heading = (
            line.heading_level
            and line.marker is None
            and not L.ANSWER_PART.match(line.heading_text)
            and (not question_level or line.heading_level <= question_level)
        )
        if section_heading or line.card or line.details_section or line.section_title:
            region += 1
        line.region = region


def _kinds_by_region(lines: list[_Line], kinds: set[str]) -> dict[int, set[str]]:
    """Each region's layout: the document's, where the region has the document's strong
    markers; its own, where it has none of them (a numbered list under its own heading)."""
    by_region: dict[int, list[_Line]] = {}
    for line in lines:
        if line.marker:
            by_region.setdefault(line.region, []).append(line)
    strong = sum(n for kind, n in _counts(lines).items() if kind in STRONG)
    chosen = {}
    for region, marked in by_region.items():
        has_strong = any(line.marker.kind in STRONG for line in marked)
        chosen[region] = kinds if has_strong and strong >= 2 else _choose_kinds(marked) | kinds
    return chosen


@dataclass
class _State:
    """Where the split is: the question being read, its section, the region's layout."""

    section: str = ""
    section_level: str | None = None
    level_depth: int = 0
    current: RawItem | None = None
    pending: RawItem | None = None  # "Q1." alone: the question is on the next text line
    in_contents: bool = False  # under a "Table of contents" heading
    in_aside: bool = False  # under a "Tips" or "References" heading


def _split(lines, kinds, region_kinds, question_level):
    items: list[RawItem] = []
    skipped: list[Skipped] = []
    state = _State()

    for index, line in enumerate(lines):
        number = index + 1
        stripped = line.text.strip()
        if line.joined:
            continue
        if state.pending is not None:
            if not stripped or L.is_noise(stripped):
                continue
            state.pending.prompt = L.strip_bold(stripped)
            state.current, state.pending = state.pending, None
            continue
        current = state.current
        if line.in_code:
            if current:
                current.body.append(f"```{line.fence_open}" if line.fence_open else line.text)
                if line.fence_close:
                    current.body.append("```")
            continue
        if (
            line.heading_level
            and not line.included
            and _heading(line, state, kinds, question_level, skipped, number)
        ):
            continue
        if state.in_contents and stripped and not _is_list_item(line):
            state.in_contents = False  # a table of contents is a list
        if line.details_section:
            _start_section(state, re.sub(r"<[^>]+>", " ", stripped), 0)
            continue
        if state.in_contents and line.marker and not line.included:
            skipped.append(Skipped(number, line.marker.text, "table of contents entry"))
            continue
        if state.in_aside and line.marker and not line.included and not line.heading_level:
            skipped.append(Skipped(number, line.marker.text, "in a section of tips or notes"))
            line = _without_marker(line)
        marker = line.marker
        if marker is not None:
            reason = _decide(line, region_kinds.get(line.region, kinds), current)
            if reason is None:
                _start_item(line, number, state, items)
                continue
            skipped.append(Skipped(number, marker.text, reason))
        if not stripped:
            if current:
                current.body.append("")
            continue
        if L.is_noise(stripped) or L.SEPARATOR.match(stripped):
            if L.DETAILS_CLOSE.search(stripped) and current and current.kind == "details":
                state.current = None  # after its </details>, text is no longer its answer
            elif L.SEPARATOR.match(stripped) and current and not current.has_text():
                state.current = None  # a rule under an unanswered question: notes follow
            continue
        if L.END_SECTION.match(L.strip_bold(stripped)):
            state.section, state.current = stripped, None
            continue
        answered = current is not None and current.has_text()
        here = region_kinds.get(line.region, kinds)
        if (current is None or answered or line.section_title) and _is_plain_section(
            lines, index, here
        ):
            _start_section(state, _section_title(line), 0)
            continue
        level = L.level_of(stripped)
        if level and current and not current.has_text():
            current.level = level
            continue
        if current is not None:
            current.body.append(L.DETAILS_TAG.sub("", line.text))
    if state.pending is not None:
        items.remove(state.pending)
        skipped.append(Skipped(state.pending.line, "", "numbered question without any text"))
    # "Q1." followed by "#" or "***": nothing to ask.
    for item in [item for item in items if not re.search(r"[^\W_]", item.prompt)]:
        items.remove(item)
        skipped.append(Skipped(item.line, item.prompt, "question without any text"))
    return items, skipped


def _heading(line, state: _State, kinds, question_level, skipped, number) -> bool:
    """Handle a heading that does not start a question; False when it does."""
    current = state.current
    if L.is_noise(line.heading_text):
        # "## Table of contents": neither a question nor a section
        state.in_contents = bool(re.search(r"contents", line.heading_text, re.IGNORECASE))
        return True
    state.in_contents = False
    state.in_aside = bool(L.ASIDE_SECTION.match(L.strip_bold(line.heading_text)))
    if line.excluded and current:
        current.body.append(line.text)  # staff: not a question, so part of this answer
        return True
    if line.marker and L.ABOUT_DOCUMENT.search(line.marker.text):
        skipped.append(Skipped(number, line.marker.text, "about the document itself"))
        _start_section(state, L.strip_bold(line.heading_text).strip(" :"), line.heading_level)
        return True
    if current and (
        L.ANSWER_PART.match(line.heading_text) or L.ANSWER_LABEL.match(line.heading_text)
    ):
        current.body.append(line.text)  # "### Example" under every answer
        return True
    if _is_question_heading(line, kinds, question_level, current):
        return False
    if line.card:
        _start_section(state, L.strip_bold(line.heading_text).strip(" :"), line.heading_level)
        return True
    if current and question_level and line.heading_level > question_level:
        if line.marker:
            reason = f"inside the answer to line {current.line}"
            skipped.append(Skipped(number, line.marker.text, reason))
        current.body.append(line.text)
        return True
    _start_section(state, L.strip_bold(line.heading_text).strip(" :"), line.heading_level)
    return True


def _without_marker(line: _Line) -> _Line:
    return _Line(line.text, indent=line.indent, region=line.region)


def _start_section(state: _State, title: str, depth: int) -> None:
    title = " ".join(title.split())
    state.section = title
    new_level = L.section_level(title)
    # A sub-section ("### Core Python" under "## Senior") keeps its parent's level.
    if not depth or new_level or depth <= state.level_depth or not state.level_depth:
        state.section_level = new_level
        state.level_depth = depth if new_level else 0
    state.current = None


def _start_item(line: _Line, number: int, state: _State, items: list[RawItem]) -> None:
    marker = line.marker
    item = RawItem(
        prompt=marker.text,
        line=number,
        kind=marker.kind,
        section=state.section,
        section_level=state.section_level,
        indent=line.indent,
    )
    items.append(item)
    if marker.after:
        item.body.append(marker.after)
    if not marker.text:
        state.current, state.pending = None, item
    elif marker.kind == "details" and L.DETAILS_CLOSE.search(line.text):
        state.current = None  # "<details><summary>Q</summary>A</details>" on one line
    else:
        state.current = item


def _decide(line: _Line, kinds: set[str], current: RawItem | None) -> str | None:
    """Whether a marked line starts a question: None if it does, else why not.

    The rules, in order: staff said so; a question about the document itself never does;
    a marker of the region's layout does; with no question open (after a heading, a
    title, a </details>) a line that asks does; right after a question still without an
    answer, a line that asks does too (two questions in a row); so does a sibling of the
    open question (the same marker at the same depth). Anything else is in an answer.
    """
    marker = line.marker
    if line.included:
        return None
    if L.ABOUT_DOCUMENT.search(marker.text):
        return "about the document itself"
    nested = (
        current is not None
        and marker.kind in INDENTED
        and current.kind in INDENTED
        and line.indent > current.indent + 1
    )
    if marker.kind in kinds and not nested:
        return None
    asks = L.looks_like_question(marker.text)
    if current is None:
        if marker.kind in STRONG or asks or marker.kind == "task":
            return None
        return "does not read as a question"
    if current.prompt.endswith(":") and _only_list_so_far(current):
        return f"part of the question on line {current.line}"  # "Cover:" and its list
    if not current.has_text() and asks and not nested:
        return None
    if line.question_list and current.kind not in STRONG:
        return None
    family = FAMILY.get(marker.kind, marker.kind)
    if family == FAMILY.get(current.kind, current.kind) and abs(line.indent - current.indent) <= 1:
        return None
    return f"inside the answer to line {current.line}"


def _only_list_so_far(item: RawItem) -> bool:
    body = item.body
    return len(body) < 30 and all(
        L.BULLET_LINE.match(row) or L.PLAIN_NUMBER.match(row) for row in body
    )


def _is_question_heading(line, kinds, question_level, current) -> bool:
    if not line.marker or line.marker.kind != "heading" or "heading" not in kinds:
        return False
    # An unnumbered question-like sub-heading inside an answer is part of the answer.
    return not (line.marker.number is None and current and line.heading_level > question_level)


def _is_plain_section(lines, index, kinds) -> bool:
    """A title line ("Data Structures & Algorithms", "2. **Web layer**") just before a
    question."""
    line = lines[index]
    text = line.text.strip()
    if not (line.section_title or L.looks_like_title(text) or L.section_level(text)):
        return False
    following = _next_text(lines, index)
    if following is None:
        return False
    marker = lines[following].marker
    if marker and (line.section_title or marker.kind in kinds):
        return True
    return bool(lines[following].heading_level)


def _section_title(line: _Line) -> str:
    match = L.BOLD_TITLE.match(line.text) if line.section_title else None
    return match.group(1).strip(" :") if match else L.strip_bold(line.text.strip()).strip(" :")


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
