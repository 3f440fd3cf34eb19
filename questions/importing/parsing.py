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
from collections import Counter
from dataclasses import dataclass, field, replace

from questions.importing import lines as L
from questions.importing.anchors import answers_by_anchor
from questions.importing.by_number import (
    answers_an_earlier_question,
    answers_by_number,
    titles_answer_by_number,
)
from questions.importing.exercises import titles_exercises
from questions.importing.line_model import STRONG, Line, is_list_item, next_text, previous_text
from questions.importing.marking import apply_overrides, classify, unwrap_summaries
from questions.importing.quiz import (
    answer_key,
    apply_answer_key,
    apply_inline_keys,
    apply_option_keys,
)
from questions.importing.restated import (
    answers_restating_their_question,
    restates_an_unanswered,
)
from questions.importing.unanswered import only_placeholder_code, says_no_answer

# This many "Q1:"-labelled questions, and a question without a label is not one of them.
MIN_LABELLED = 3
UNLABELLED = "not labelled like the document's questions (Q1, Q2...)"
# A reply to chatter: to someone by name, or thanks.
SIDE_REPLY = re.compile(r"^\W*(?:@[\w.-]{1,40}|ty|thx|thanks?(?: you)?|np)\b", re.IGNORECASE)
# A rule this long is drawn between a page's posts, not inside one answer ("---").
LONG_RULE = 20
MAX_PLACEHOLDER_LINES = 3  # an answer's body this short may be only "TODO" (and blank lines)
MAX_STUB_CELL_LINES = 12  # ... or a code block holding only one ("# TODO settings example")
# Markers that are siblings only at the same indentation.
INDENTED = {"bullet", "numbered-line", "plain-question"}
NUMBERED_KINDS = {"q-number", "bold-number"}
MAX_NO_ANSWER = 400  # "Ran out of time..." over a rule: longer says something
EXPLICIT = {"q-label", "q-number"}  # labelled a question by its writer: "Q:", "Q7."
MIN_KEYED_QUESTIONS = 2  # an answer key answers a numbered list, not one question
TRAILING_NUMBER = re.compile(r"\d{1,4}$")
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
    "titled-block": "notes in blocks, each under its title",
    "plain-question": "plain text",
    "inline-qa": "questions answered on the same line",
    "task": "tasks under card headings",
    "included": "lines you included",
    "linked": "questions linked to their answers elsewhere",
}
# Markers that are siblings of each other: the last question of a "question / Answer:"
# document has no "Answer:" under it, and is a plain line that asks.
FAMILY = {"labelled": "plain-question", "task": "plain-question", "inline-qa": "plain-question"}


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
    heading_level: int = 0  # a heading's: "####" is 4
    number: str | None = None  # "3" or "7.1" of a numbered list, which a reply may cite
    # Its answer is in a folded box under it ("<summary>Expected answer</summary>").
    answer_box: bool = field(default=False, repr=False, compare=False)
    # The body only grows while splitting: has_text() remembers how far it has looked,
    # so asking after every line stays linear.
    _scanned: int = field(default=0, repr=False, compare=False)
    _has_text: bool = field(default=False, repr=False, compare=False)

    def has_text(self) -> bool:
        """Whether the body has a line that is not blank nor a bare label ("Ans:")."""
        while not self._has_text and self._scanned < len(self.body):
            text = self.body[self._scanned].strip()
            self._has_text = bool(text) and not L.ANSWER_LABEL.fullmatch(text)
            self._scanned += 1
        return self._has_text

    def answered_so_far(self) -> bool:
        """Whether the body has text, and more than a placeholder ("TODO")."""
        if not self.has_text():
            return False
        first = next(line for line in self.body if line.strip())
        if first.lstrip().startswith("```") and len(self.body) <= MAX_STUB_CELL_LINES:
            written = [line.strip() for line in self.body if line.strip()]
            if only_placeholder_code(written):
                return False  # "```python" / "# TODO settings example" / "```"
        said = " ".join(line.strip() for line in self.body[:MAX_PLACEHOLDER_LINES])
        said = L.ANSWER_LABEL.sub("", said, count=1)  # "A: TODO"
        return len(self.body) > MAX_PLACEHOLDER_LINES or not L.PLACEHOLDER.match(said)

    def awaits_answer(self) -> bool:
        """No answer yet: nothing, or only the code its prompt points to ("For the query
        below, suggest an index..." over its query)."""
        if not self.has_text():
            return True
        if not L.DEICTIC.search(self.prompt):
            return False
        rows = [row.strip() for row in self.body if row.strip()]
        fences = [row for row in rows if row.startswith("```")]
        return rows[0].startswith("```") and rows[-1].startswith("```") and len(fences) == 2

    def answer_with(self, body: list[str]) -> None:
        """Take `body` as this question's answer, in place of what it had."""
        self.body, self._scanned, self._has_text = list(body), 0, False


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


def parse_document(
    text: str, *, include: frozenset[int] = frozenset(), exclude: frozenset[int] = frozenset()
) -> ParsedDocument:
    """Split a document into raw items; `include` and `exclude` are 1-based line numbers
    that staff say do (or never) start a question."""
    text = unwrap_summaries(text)
    key, raw_lines = answer_key(text)
    _check_overrides(include, exclude, len(raw_lines))
    lines = classify(raw_lines)
    apply_overrides(lines, include, exclude)
    kinds = _choose_kinds(lines)
    question_level = _question_heading_level(lines, kinds)
    _mark_regions(lines, question_level)
    region_kinds = _kinds_by_region(lines, kinds)
    items, skipped = _split(lines, kinds, region_kinds, question_level)
    items, toc = _drop_table_of_contents(items)
    items = answers_by_anchor(items, lines)  # "[answer](#q3-...)" over its section's text
    items = answers_restating_their_question(_answers_on_their_own(items))
    apply_answer_key(items, key)
    apply_inline_keys(items)
    apply_option_keys(items)
    tried = [LAYOUT_NAMES[k] for k in LAYOUT_NAMES if k != "included"]
    used = sorted({item.kind for item in items}, key=list(LAYOUT_NAMES).index)
    return ParsedDocument(
        items=items,
        format=" + ".join(LAYOUT_NAMES[k] for k in used) or "unrecognised",
        skipped=sorted(skipped + toc, key=lambda s: s.line),
        tried=tried,
    )


# A slide or card that only reveals the answer: "## Q3: Answer", "Solution".
ANSWER_ONLY = re.compile(r"^\W*(?:answers?|solution|model answer|the answer)\W*$", re.IGNORECASE)


def _answers_on_their_own(items: list[RawItem]) -> list[RawItem]:
    """A deck's question on one slide and "Q3: Answer" on the next: one question, answered
    by what the second slide says."""
    kept: list[RawItem] = []
    for item in items:
        if kept and ANSWER_ONLY.match(item.prompt) and not kept[-1].has_text():
            kept[-1].body = [*kept[-1].body, "", *item.body]
            continue
        kept.append(item)
    return kept


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


def _counts(lines) -> dict[str, int]:
    counts: dict[str, int] = {}
    for line in lines:
        if line.marker:
            counts[line.marker.kind] = counts.get(line.marker.kind, 0) + 1
    return counts


MIN_MIXED_BOLD = 3


def _choose_kinds(lines: list[Line]) -> set[str]:
    """The markers that make the layout of these lines (all of them start questions)."""
    counts = _counts(lines)
    strong = sum(counts.get(kind, 0) for kind in STRONG)
    kinds = {kind for kind in STRONG if counts.get(kind)} | {"included"}
    if strong >= 2:
        if counts.get("bold-number", 0) >= max(2, strong):
            kinds.add("bold-number")
        # notes that ask in two ways: "Q: ..." / "A: ..." pairs and "**What is X?**" lines,
        # each way a good share of the questions
        if counts.get("bold-question", 0) >= max(MIN_MIXED_BOLD, strong // 2):
            kinds.add("bold-question")
        return kinds
    weaker_kinds = ("bold-number", "numbered-line", "rubric-card", "bold-question", "bullet")
    for weaker in (*weaker_kinds, "inline-qa"):
        if counts.get(weaker, 0) >= 2:
            return kinds | {weaker} | _asking_lists(lines, counts, weaker)
    return kinds | {"plain-question", "rubric-card", "task"}


def _asking_lists(lines: list[Line], counts: dict[str, int], chosen: str) -> set[str]:
    """Numbered questions in one post and bulleted ones in the next ("- **What is X?**"):
    both lists are the layout when both have a few items, nearly all of them questions in
    bold (a plain "* Do we want a MySQL doc?" is a remark)."""
    other = {"numbered-line": "bullet", "bullet": "numbered-line"}.get(chosen)
    if other is None or counts.get(other, 0) < 2:
        return set()
    marked = [ln for ln in lines if ln.marker and ln.marker.kind == other]
    asking = sum(1 for ln in marked if ln.marker.text.rstrip().endswith("?") and "**" in ln.text)
    return {other} if asking >= 0.8 * len(marked) else set()


def _question_heading_level(lines: list[Line], kinds: set[str]) -> int:
    """The heading level questions sit at; deeper headings belong to answers."""
    if "heading" not in kinds:
        return 0
    # "## Who is this for?" at the top says nothing about where the questions are.
    asking = [
        ln
        for ln in lines
        if ln.marker and ln.marker.kind == "heading" and not L.ABOUT_DOCUMENT.search(ln.marker.text)
    ]
    if not asking:
        return 0
    levels = [ln.heading_level for ln in asking]
    numbered = [ln.heading_level for ln in asking if ln.marker.number is not None]
    return min(numbered or levels)


def _mark_regions(lines: list[Line], question_level: int) -> None:
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


def _kinds_by_region(lines: list[Line], kinds: set[str]) -> dict[int, set[str]]:
    """Each region's layout: the document's, where the region has the document's strong
    markers; its own, where it has none of them (a numbered list under its own heading)."""
    by_region: dict[int, list[Line]] = {}
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
    process_level: int = 0  # under "FAQ about the process" (its heading's level)
    aside_title: bool = False  # in_aside since a plain title ("--- my questions for them ---")
    in_rubric: bool = False  # under "**What good looks like**" or "**Question**" in a card
    by_number: bool = False  # in a paragraph that answers a question by its number
    comments_answer: bool = False  # a comment under a bare list answered one by its number
    answer_key: bool = False  # under "Answer key": "**7.1** ..." answers question 7.1
    # the number of the heading the questions are under ("## 2. Caching"), and its depth: its
    # list's "1." is also "2.1" to an answer key
    chapter: str = ""
    chapter_depth: int = 0
    side_talk: bool = False  # after chatter between labelled questions, until other text
    numbered: dict[str, RawItem] = field(default_factory=dict)
    # for each numbered question's line: its list's answers are indented under its questions
    indented_answers: list[bool] = field(default_factory=list)
    bare_list: bool = False  # the open question ends a run of numbered questions alone
    cited: list[str] = field(default_factory=list)  # "for 4 and 8:": answered below, by title
    counted_tails: int = 0  # headings "Comments (2)" in the document: once, the page's comments
    to_assistant: bool = False  # in an AI chat's "You said:" turn: the user asking for a list
    # under "More from the author" after the article (its heading's level): other posts' titles
    other_posts_level: int = 0
    past_questions: bool = False  # some question was read before this line


# What a user asks an AI for: "can you give me the most likely questions with answers?"
ASKS_AI = re.compile(
    r"\b(?:can|could|would) you\b|\b(?:give|show|list|generate|write|make) me\b|\bplease\b",
    re.IGNORECASE,
)


def _asks_for_questions(lines, index: int) -> bool:
    """The user's turn under "You said:" asks the assistant for something (a list, an
    example): not an interview question of its own."""
    said = next_text(lines, index)
    return said is not None and ASKS_AI.search(lines[said].text) is not None


# An AI chat copied from its page: "You said:" over the user's message, "ChatGPT said:" over
# the reply (which holds the questions).
AI_CHAT_TURN = re.compile(
    r"^(?P<who>you|chatgpt|claude|gemini|copilot|assistant|perplexity) said:$", re.IGNORECASE
)


TOP_LINES = 3  # a document's title is on one of these
# The writer's name under a post or a newsletter: "— Priya", "— Sam L."
SIGNED = re.compile(r"^—[ \t]?[A-Z][\w.'’-]{1,20}(?:[ \t][A-Z][\w.'’-]{0,20})?$")
# After the article, the titles of other posts: "More from Ifeoma Chukwu", "Read next".
OTHER_POSTS = re.compile(
    r"^\W*(?:more (?:from|by) [^\n]{1,60}|recommended(?: for you| from [^\n]{1,40})?|read next|"
    r"related (?:posts|articles|stories)|you (?:may|might) also like)\W*$",
    re.IGNORECASE,
)  # (not "Recommended reading": a list under a question)


def _signed(lines, index: int) -> bool:
    """ "— Priya" apart, under the last paragraph of a post (not "— Donald Knuth" under the
    quote it credits)."""
    if not SIGNED.match(lines[index].text.strip()) or lines[index - 1].text.strip():
        return False
    above = previous_text(lines, index)
    said = lines[above].text.strip() if above is not None else ""
    return not said.startswith(">") and not said.endswith(('"', "”", "’"))


def _goes_on_paragraph(lines, index: int) -> bool:
    """ "...such as org charts or threaded" / "comments.": the line, in lower case, ends the
    sentence the line above began (a page's "Comments" starts its own)."""
    above = lines[index - 1] if index else None
    return bool(
        above is not None
        and above.text.strip()
        and not above.heading_level
        and lines[index].text.strip()[:1].islower()
    )


def _split(lines, kinds, region_kinds, question_level):
    items: list[RawItem] = []
    skipped: list[Skipped] = []
    state = _State(indented_answers=_answers_indented(lines))
    state.counted_tails = sum(
        1 for line in lines if line.heading_level and _counted_tail(L.strip_bold(line.heading_text))
    )
    labelled = _counts(lines).get("q-number", 0) >= MIN_LABELLED

    for index, line in enumerate(lines):
        number = index + 1
        stripped = line.text.strip()
        if line.joined:
            continue
        if state.pending is not None:
            if not stripped or L.is_noise(stripped):
                continue
            asked = line.marker.text if line.marker and line.marker.text else stripped
            state.pending.prompt = L.strip_bold(asked + _goes_on(lines, index))
            state.current, state.pending = state.pending, None
            continue
        current = state.current
        if line.in_code:
            if current:
                current.body.append(f"```{line.fence_open}" if line.fence_open else line.text)
                if line.fence_close:
                    current.body.append("```")
            continue
        turn = AI_CHAT_TURN.match(stripped) if stripped.endswith("said:") else None
        if turn:  # the answer above ends where the user speaks again; a reply answers them
            user = turn["who"].lower() == "you"
            state.current = None if user else state.current
            state.to_assistant = user and _asks_for_questions(lines, index)
            continue
        if state.to_assistant:
            if line.marker:
                skipped.append(Skipped(number, line.marker.text, "the user's message to the AI"))
            continue
        state.past_questions = bool(items)
        if (
            line.heading_level
            and not line.included
            and _heading(line, state, kinds, question_level, skipped, number)
        ):
            continue
        if state.in_contents and stripped and not is_list_item(line):
            state.in_contents = False  # a table of contents is a list
        if line.details_section:
            _start_section(state, re.sub(r"<[^>]+>", " ", stripped), 0)
            continue
        if state.in_contents and line.marker and not line.included:
            skipped.append(Skipped(number, line.marker.text, "table of contents entry"))
            continue
        if (
            state.in_aside
            and line.marker
            and not line.included
            and not line.heading_level
            and not restates_an_unanswered(line.marker.text, items)
        ):
            skipped.append(
                Skipped(number, line.marker.text, "in a section of tips, notes or links")
            )
            line = _without_marker(line)
        if state.by_number and not stripped and not state.answer_key:
            # the reply's paragraph is over (an answer key's entry goes on to the next entry)
            state.current, state.by_number = None, False
            continue
        paragraph_starts = _starts_paragraph(lines, index)
        if answers_by_number(line, paragraph_starts, state):
            continue
        if titles_answer_by_number(line, paragraph_starts, state):
            continue
        if not line.marker and not line.indent and L.ANSWER_KEY.match(L.strip_bold(stripped)):
            _start_answer_key(state, stripped)
            continue
        follow_up = _follow_up_of_its_own(lines, index, state)
        if follow_up is not None:  # "Follow-up: How would you fix it...?" with its own rubric
            _start_item(
                replace(line, marker=L.Marker(follow_up[0], follow_up[1])), number, state, items
            )
            continue
        if current is not None and not line.marker and _labels_rubric_part(stripped, current):
            state.in_rubric = True  # what follows, asking or not, is part of this card
            current.body.append(line.text)
            continue
        marker = line.marker
        if (
            marker is not None
            and state.in_rubric
            and current is not None
            and not (line.included or line.heading_level)
            and not _next_of_kind(marker, current, lines, index)
        ):
            skipped.append(Skipped(number, marker.text, f"part of the card of line {current.line}"))
            marker = None
        if (
            marker is not None
            and state.answer_key
            and state.by_number
            and current is not None
            and marker.kind not in STRONG
            and not marker.text.rstrip().endswith("?")  # (a new list of questions, after it)
            and not line.included
        ):
            # an answer key's entry ("R5.1" over "Give every component only the permissions
            # it needs..."): what it says is its answer, imperative or not, over all its lines
            current.body.extend(_with_joined_lines(lines, index))
            continue
        if marker is not None and not line.included and L.is_small_talk(marker.text):
            skipped.append(Skipped(number, marker.text, "small talk, not an interview question"))
            if current is None or current.has_text() or not TOLD_FIRST.match(marker.text):
                state.current = None  # what is said after it is not the last answer's text
                continue
            marker = None  # "I froze. ... How would you all approach it?": the answer's words
        if marker is not None:
            reason = _decide(line, region_kinds.get(line.region, kinds), current, labelled)
            if reason is None:
                _start_item(line, number, state, items)
                continue
            skipped.append(Skipped(number, marker.text, reason))
            if reason == UNLABELLED:
                state.side_talk = True  # chatter is no answer, nor are replies to it
                continue
            if marker.kind == "q-label" and not line.indent:
                state.current = None  # "Q: Ask Priya – are we meeting...?": a card of its own
                continue
        if state.side_talk and stripped:
            state.side_talk = bool(SIDE_REPLY.match(stripped))
            if state.side_talk:
                continue  # "@lena.w pinned in #general", "ty!!"
        if not stripped:
            if current:
                current.body.append("")
            continue
        if line.table_head:
            state.current = None  # a table of questions begins: not the last answer's text
            continue
        if current and not current.has_text() and current.body and L.WRITERS_NOTE.match(stripped):
            state.current = None  # "Notes: ..." after a blank line: not the missing answer
            continue
        if (
            current
            and not line.marker
            and TIMED.match(stripped)
            and not lines[index - 1].text.strip()
        ):
            state.current = None  # "14:44 out of time, ...": a log's next entry, not this
            continue  # answer
        if current and not line.indent and L.NOTE_TO_SELF_LABEL.match(stripped):
            state.current = None  # "note to self: rewatch the sharding video": the writer's
            continue
        if current is not None and "<summary" in stripped:
            summary = L.SUMMARY.search(stripped)
            boxed = summary and L.ANSWER_PART.match(L.strip_bold(summary.group(1).strip()))
            current.answer_box = current.answer_box or bool(boxed)
        if L.is_noise(stripped) or L.SEPARATOR.match(stripped):
            closed = current is not None and L.DETAILS_CLOSE.search(stripped)
            if closed and current.answer_box and not current.has_text():
                state.current = None  # its answer's box closed empty: what follows is not its
                # answer (a page's note, the next question's intro)
            elif closed and current.kind == "details":
                state.current = None  # after its </details>, text is no longer its answer
            elif current and current.has_text() and L.ANSWER_CLOSED.match(stripped):
                state.current = None  # "Hide answer": the answer's box ends here
            elif current and current.line == number - 1 and set(stripped) == {"="}:
                pass  # underlines the question ("What is X?" / "===" / its answer): a card's
            elif L.SEPARATOR.match(stripped) and current and not current.answered_so_far():
                state.current = None  # a rule under an unanswered question: notes follow
            elif L.SEPARATOR.match(stripped) and current and _says_no_answer(current):
                state.current = None  # "Ran out of time, we skipped it." and a rule: the same
            elif len(stripped) >= LONG_RULE and L.SEPARATOR.match(stripped):
                state.current = None  # a page's rule between its posts or reviews
            continue
        if L.END_SECTION.match(L.strip_bold(stripped)):
            state.section, state.current = stripped, None
            continue
        if (
            current is not None
            and not current.has_text()
            and not line.indent
            and L.PART_TITLE.match(L.strip_bold(stripped))
        ):
            state.section, state.current = stripped, None  # the paper's next part: "Part B"
            continue
        if stripped == "--" or _signed(lines, index):
            # a mail's signature, its sponsor and its footer follow; a post's "— Priya" ends it
            state.current = None
            continue
        if answers_an_earlier_question(stripped, state, items):
            continue
        if not line.indent and current is not None and L.OUTRO.match(stripped):
            state.current = None  # "That's it for part 2! If this helped, ...": signing off
            continue
        if (
            not line.indent
            and current is not None
            and L.SIGN_OFF.match(stripped)
            and not lines[index - 1].text.strip()
        ):
            state.current = None  # "Thanks! 🙏" over the writer's name: the post ends
            continue
        # ("[19 Comments](/p/issue-37#comments)": the link's words)
        if (
            not line.indent
            and L.PAGE_TAIL.match(LINKED_WORDS.sub(r"\1", stripped))
            and not _goes_on_paragraph(lines, index)
        ):
            # (before any question, "Recommended" is the page's menu: its text comes after)
            state.section, state.current, state.in_aside = stripped, None, bool(items)
            continue
        if _aside_title(lines, index, stripped):  # "Private notes (hiring team only)"
            state.section, state.current, state.in_aside = stripped, None, True
            # a "Revision history" ends at the next title; private notes go on to the end
            state.aside_title = bool(L.DOCUMENT_HISTORY.match(stripped))
            continue
        if not line.indent and len(stripped) <= 120 and L.CALL_TO_ACTION.match(stripped):
            state.current = None  # "Still have questions? Write to us.": the post's outro
            continue
        if (
            not line.marker
            and not line.indent
            and len(stripped) <= 120
            and L.PROCESS_SECTION.match(
                L.without_emphasis(L.TIME_SPAN_AT_END.sub("", stripped).rstrip(": "))
            )
        ):
            # "things to ask THEM:" over a list: the candidate's questions, to the end
            _start_section(state, stripped.rstrip(": "), 0)
            state.in_aside = True
            continue
        answered = current is not None and current.has_text()
        alone = not lines[index - 1].text.strip() and next_text(lines, index) != index + 1
        if not line.indent and not line.marker and titles_exercises(stripped):
            _start_section(state, stripped, 0)  # "EXERCISES" under the last review question
            continue
        if answered and _apart_in_capitals(lines, index):
            # "HOMEWORK" under an answer, over its lead-in and question: a new part
            _start_section(state, stripped, 0)
            continue
        if answered and alone and not line.indent and _next_section(stripped, state.section):
            _start_section(state, _section_title(line), 0)  # "**Round 4: ...**" after Round 3
            continue
        here = region_kinds.get(line.region, kinds)
        titled = line.section_title or line.short_label
        left_blank = not (current is None or answered or titled) and _left_blank(current)
        if (current is None or answered or titled or left_blank) and _is_plain_section(
            lines, index, here, one_word=left_blank
        ):
            title = _section_title(line)
            _start_section(state, title, 0)
            if L.PROCESS_SECTION.match(L.without_emphasis(title)):
                state.in_aside = state.aside_title = True
            elif state.aside_title:
                state.in_aside = state.aside_title = False
            continue
        level = L.level_of(stripped)
        if level and current and not current.has_text():
            current.level = level
            continue
        if stripped.endswith(":") and _leads_into_questions(lines, index):
            state.current = None  # "Two more I was asked last week:" over its questions
            continue
        if (
            current is not None
            and not state.answer_key  # a key entry's paragraphs all answer its question
            and _leaves_the_list(line, current, lines[index - 1], state)
        ):
            state.current = None  # notes after a list of questions, back at the margin
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


def _with_joined_lines(lines: list[Line], index: int) -> list[str]:
    """A line's text, and the lines its wrapped sentence joined into its marker."""
    end = index + 1
    while end < len(lines) and lines[end].joined:
        end += 1
    return [line.text for line in lines[index:end]]


def _starts_paragraph(lines: list[Line], index: int) -> bool:
    """After a blank line, or a long rule ("-----" between a page's posts)."""
    before = lines[index - 1].text.strip() if index else ""
    return not before or (len(before) >= LONG_RULE and bool(L.SEPARATOR.match(before)))


# A page's comments under its last question: "### 37 Comments", or "### Responses (12)" once
# in the page (not an issue's own "### Comments (2)" under each question, its answer)
COUNTED_COMMENTS = re.compile(r"^\W*\d[\d,.]*k?\s+(?:comments?|responses?|replies)\W*$", re.I)


def _counted_tail(title: str) -> bool:
    return bool(L.PAGE_TAIL.match(title) and re.search(r"\d", title))


def _heading(line, state: _State, kinds, question_level, skipped, number) -> bool:
    """Handle a heading that does not start a question; False when it does."""
    current = state.current
    title = L.strip_bold(line.heading_text)
    if state.other_posts_level and line.heading_level >= state.other_posts_level:
        if line.marker and line.marker.number is None:
            skipped.append(Skipped(number, line.marker.text, "a link to another post"))
        if not (line.marker and line.marker.number is not None):
            state.current = None
            return True
    other_posts = state.past_questions and OTHER_POSTS.match(title)
    state.other_posts_level = line.heading_level if other_posts else 0
    if L.is_noise(line.heading_text):
        # "## Table of contents": neither a question nor a section
        state.in_contents = bool(re.search(r"contents", line.heading_text, re.IGNORECASE))
        state.in_aside = bool(L.PAGE_TAIL.match(line.heading_text))  # "### Related articles"
        return True
    state.in_contents = False
    if L.ANSWER_KEY.match(L.strip_bold(line.heading_text)) and not line.marker:
        _start_answer_key(state, line.heading_text)
        return True
    if state.process_level and line.heading_level > state.process_level:
        if line.marker:
            skipped.append(Skipped(number, line.marker.text, "about the hiring process"))
        state.current = None  # its answer ("Usually two to three weeks") is no answer either
        return True
    process = L.PROCESS_SECTION.match(L.without_emphasis(title))
    state.process_level = line.heading_level if process else 0
    # ("# Notes" at the top titles the whole document: no aside)
    aside = L.ASIDE_SECTION.match(title) and not (line.heading_level == 1 and number <= TOP_LINES)
    state.in_aside = bool(
        state.process_level or aside or L.PAGE_TAIL.match(title)
    )  # "## Final tips", "### 4 Comments", "### Related articles"
    state.aside_title = False
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
    if state.in_aside and (
        COUNTED_COMMENTS.match(title)
        # (once in the page, under an answered question: a lone question's "Comments (2)"
        # hold its answers)
        or (
            _counted_tail(title)
            and state.counted_tails == 1
            and not (current and current.awaits_answer())
        )
    ):
        # "### 37 Comments" under the last question: the page's, not its (an issue's own
        # "### Comments" under each question holds its answer)
        state.current = None
        _start_section(state, title.strip(" :"), line.heading_level)
        return True
    if current and question_level and line.heading_level > question_level:
        if line.marker:
            reason = f"inside the answer to line {current.line}"
            skipped.append(Skipped(number, line.marker.text, reason))
        current.body.append(line.text)
        return True
    _start_section(state, L.strip_bold(line.heading_text).strip(" :"), line.heading_level)
    return True


def _goes_on(lines: list[Line], index: int) -> str:
    """The rest of a labelled question's sentence on the lines under it ("...and why a" /
    "web application needs one."), which are then read; "" when its line ends it."""
    rest = ""
    while (
        index + 1 < len(lines)
        and not lines[index].text.rstrip().endswith((".", "?", "!", ":"))
        and lines[index + 1].text.strip()[:1].islower()
        and lines[index + 1].marker is None
        and not lines[index + 1].joined  # already in the question's marker
    ):
        index += 1
        lines[index].joined = True
        rest += " " + lines[index].text.strip()
    return rest


def _without_marker(line: Line) -> Line:
    return Line(line.text, indent=line.indent, region=line.region)


TIMED = re.compile(r"^(?:\[\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*\])?\s+\S")


def _start_answer_key(state: _State, title: str) -> None:
    """ "## Answer key", "Solutions": answers cited by the numbers of the questions above."""
    _start_section(state, L.strip_bold(title).strip(" :#"), 0)
    state.answer_key = len(state.numbered) >= MIN_KEYED_QUESTIONS
    state.in_aside = False


FOLLOW_UP_LABEL = re.compile(r"^\W*follow[- ]?up\W{0,3}:\W*(?=\w)", re.IGNORECASE)


def _follow_up_of_its_own(lines: list[Line], index: int, state: _State) -> tuple | None:
    """(kind, prompt) of a card's "Follow-up: How would you fix it without...?" that has a
    rubric of its own under it ("What good looks like" again): a question in its own right,
    as its card's question is. A follow-up without one is part of the card."""
    current, stripped = state.current, lines[index].text.strip()
    if current is None or not state.in_rubric or not current.has_text():
        return None
    label = FOLLOW_UP_LABEL.match(L.strip_bold(stripped))
    if label is None:
        return None
    asked = L.strip_bold(stripped)[label.end() :].strip(" *_")
    following = next_text(lines, index)
    if not asked or not L.asks(asked) or following is None:
        return None
    rubric = L.RUBRIC_PART.match(L.strip_bold(lines[following].text.strip()).rstrip(":").strip())
    return (current.kind, asked) if rubric is not None and rubric.group(2) else None


def _labels_rubric_part(stripped: str, current: RawItem) -> bool:
    """ "**What good looks like**", "Red flags:" on a line of their own under a question; or
    "**Question**" right under it, before any answer (then what it says adds to it)."""
    label = L.RUBRIC_PART.match(L.strip_bold(stripped).rstrip(":").strip())
    if label is None:
        return False
    return not label.group(1) or not current.has_text()


def _next_of_kind(marker: L.Marker, current: RawItem, lines: list[Line], index: int) -> bool:
    """ "**Q2. ...**" after the card of "**Q1. ...**": the next question, not the card's.
    So is "2. How would you...?" after the card of "1. ...", at its margin, unless a list in
    the card counts up to it ("1. Mentions X" / "2. Mentions Y" under "What to look for")."""
    if marker.kind != current.kind:
        return False
    if marker.kind in NUMBERED_KINDS:
        return bool(marker.number)
    number = _list_number(lines[index].text)
    if marker.kind != "numbered-line" or not number or not number.isdigit():
        return False
    previous = str(int(number) - 1)
    # the card's own list counting up to it: its last numbered line, however long its items
    card = lines[max(index - 40, current.line) : index]  # (current.line: the line after it)
    listed = next((line.text for line in reversed(card) if _list_number(line.text)), "")
    if current.number != previous or _list_number(listed) == previous:
        return False
    # "5. A table has grown to 500M rows ... What" / "are your options?": asks by its end
    asks = L.asks(marker.text) or "?" in " ".join(line.text for line in lines[index : index + 3])
    return lines[index].indent == current.indent and asks


CHAPTER_NUMBER = re.compile(r"^(\d{1,3})[.)]?[ \t]+(?=\S)")


def _start_section(state: _State, title: str, depth: int) -> None:
    title = " ".join(title.split())
    state.in_rubric = state.answer_key = False
    state.section = title
    numbered = CHAPTER_NUMBER.match(title) if depth else None
    if numbered is not None:
        state.chapter, state.chapter_depth = numbered.group(1), depth
    elif depth and depth <= state.chapter_depth:
        state.chapter = ""  # a heading beside (or above) the numbered one, without a number
    new_level = L.section_level(title)
    # A sub-section ("### Core Python" under "## Senior") keeps its parent's level.
    if not depth or new_level or depth <= state.level_depth or not state.level_depth:
        state.section_level = new_level
        state.level_depth = depth if new_level else 0
    state.current = None


def _start_item(line: Line, number: int, state: _State, items: list[RawItem]) -> None:
    marker = line.marker
    item = RawItem(
        prompt=marker.text,
        line=number,
        kind=marker.kind,
        section=state.section,
        section_level=state.section_level,
        indent=line.indent,
        heading_level=line.heading_level or 0,
    )
    previous = items[-1] if items else None
    state.bare_list = (
        previous is not None
        and marker.kind == previous.kind == "numbered-line"
        and previous.line == number - 1
        and not previous.has_text()
    )
    items.append(item)
    state.in_rubric = False
    number = marker.cited or (None if marker.number is None else str(marker.number))
    item.number = _list_number(line.text) or number
    if item.number is not None:
        state.numbered[item.number] = item  # the latest list is the one cited
        if state.chapter and item.number.isdigit():  # "1." under "## 2. Caching": also "2.1"
            state.numbered.setdefault(f"{state.chapter}.{item.number}", item)
    if marker.after:
        item.body.append(marker.after)
        state.by_number = state.by_number or marker.said  # what follows its paragraph is not
    if not marker.text:
        state.current, state.pending = None, item
    elif marker.kind == "details" and L.DETAILS_CLOSE.search(line.text):
        state.current = None  # "<details><summary>Q</summary>A</details>" on one line
    elif marker.kind == "table":
        state.current = None  # a row's answer is its answer cell, nothing after the table
    else:
        state.current = item


def _says_no_answer(item: RawItem) -> bool:
    said = "\n".join(item.body).strip()
    return len(said) <= MAX_NO_ANSWER and says_no_answer(said)


def _list_number(text: str) -> str | None:
    """ "3." -> "3", "7.1 " -> "7.1": what an answer key or a reply cites it by."""
    if L.PLAIN_NUMBER.match(text) is None:
        return None
    return re.match(r"\s*\(?(\d+(?:\.\d+)*)", text).group(1)


def _decide(
    line: Line, kinds: set[str], current: RawItem | None, labelled: bool = False
) -> str | None:
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
    if L.ABOUT_DOCUMENT.search(marker.text) and marker.kind not in EXPLICIT:
        return "about the document itself"  # "Q: ... delete this project?" still asks
    if L.NOTE_TO_SELF.match(marker.text):
        return "a note to self, not an interview question"
    if L.FORM_QUESTION.search(marker.text):
        return "the form's own question about the interview, not an interview question"
    if L.ASIDE_SECTION.match(marker.text):
        return "a section of tips, notes or resources"  # "<summary>📎 Resources I used"
    if line.follow_up and current is not None:
        return f"a follow-up inside the answer to line {current.line}"
    nested = (
        current is not None
        and marker.kind in INDENTED
        and current.kind in INDENTED
        and line.indent > current.indent + 1
    )
    if marker.kind in kinds and not nested:
        return None
    if labelled and marker.kind == "plain-question" and "q-number" in kinds:
        # "Q1: ...", "Q2: ...": "who's joining the call at 8:30?" in between is chatter
        return UNLABELLED
    # (a scenario quoted after its lead: "An endpoint that took 50ms takes 5 s. Walk me
    # through how you'd debug it.")
    scenario = marker.kind == "plain-question" and L.last_sentence_asks(marker.text)
    asks = L.looks_like_question(marker.text) or scenario
    if current is None:
        # "Are you preparing for an interview? Here is...": a one-line Q+A stands alone
        # only as the layout of its region.
        if marker.kind == "inline-qa":
            return "does not read as a question"
        if marker.kind in STRONG or asks or marker.kind == "task":
            return None
        return "does not read as a question"
    if marker.number is not None and current.number == str(marker.number - 1) and asks:
        return None  # "### 9. What..." then "**10. How do you test it?**": the next one
    if current.prompt.endswith(":") and _only_list_so_far(current):
        return f"part of the question on line {current.line}"  # "Cover:" and its list
    # (not a line indented under it that tells rather than asks: "- Q: What is the outbox
    # pattern?" / "  - Write the event into an outbox table..." is its answer's first line)
    told_under = line.indent > current.indent + 1 and not marker.text.rstrip().endswith("?")
    if current.kind == "details" and marker.kind != "details":
        return f"inside the folded answer to line {current.line}"  # up to its </details>
    if not current.has_text() and asks and not nested and not told_under:
        return None
    if line.question_list:
        return None
    family = FAMILY.get(marker.kind, marker.kind)
    if family == FAMILY.get(current.kind, current.kind) and abs(line.indent - current.indent) <= 1:
        return None
    return f"inside the answer to line {current.line}"


def _answers_indented(lines: list[Line]) -> list[bool]:
    """For each numbered question: whether its list has the answers indented under its
    questions (then text back at the margin after a blank line is not an answer). A list
    runs as long as only its answers, indented, stand between its questions: a thread's
    replies, each written its own way, are lists of their own."""
    found = [False] * len(lines)
    run: list[int] = []
    for index, line in enumerate(lines):
        if not line.marker or line.marker.kind != "numbered-line":
            continue
        if run and not _only_answers_between(lines, run[-1], index):
            _mark_run(found, run, lines)
            run = []
        run.append(index)
    _mark_run(found, run, lines)
    return found


def _mark_run(found: list[bool], run: list[int], lines: list[Line]) -> None:
    if any(_indented_under(lines, index) for index in run if index + 1 < len(lines)):
        for index in run:
            found[index] = True


def _only_answers_between(lines: list[Line], first: int, then: int) -> bool:
    indent = lines[first].indent
    return all(
        not line.text.strip() or line.joined or line.in_code or line.indent > indent
        for line in lines[first + 1 : then]
    )


def _indented_under(lines: list[Line], index: int) -> bool:
    line = lines[index]
    if not line.marker or line.marker.kind != "numbered-line":
        return False
    below = lines[index + 1]
    text = below.text.strip()
    wrapped = below.joined  # the question's own next line, not its answer
    return bool(text) and not wrapped and not is_list_item(below) and below.indent > line.indent + 1


def _leads_into_questions(lines: list[Line], index: int) -> bool:
    """ "Two more I was asked last week:" over a run of questions, or over a numbered
    question (not "Follow-ups to expect:", whose list belongs to the answer)."""
    following = next_text(lines, index, window=2)
    if following is None:
        return False
    below = lines[following]
    numbered = below.marker is not None and below.marker.kind == "numbered-line"
    # ... or over questions indented under it ("Second round, quicker:" / "  Tomasz -> Aylin:
    # Design a notification service..." / "    Queue per channel...")
    indented = below.marker is not None and below.indent > lines[index].indent
    return below.question_list or (
        (numbered or indented) and not L.FOLLOW_UP.search(lines[index].text)
    )


def _leaves_the_list(line: Line, current: RawItem, previous: Line, state: "_State") -> bool:
    """A bulleted question's answer is indented under it, or right below it: text after a
    blank line, back at the bullet's margin, is something else (the end of the list). So
    for a numbered list whose answers are indented under their questions, and for a list
    of questions alone, one per line (its last one is no more answered than the others)."""
    listed = current.kind == "bullet" or (
        current.kind == "numbered-line"
        and (state.indented_answers[current.line - 1] or state.bare_list)
    )
    sibling = current.kind == "bullet" and is_list_item(line)  # "- groceries: oat milk"
    return (
        listed
        and line.indent <= current.indent
        and (not previous.text.strip() or sibling)
        and not L.ANSWER_LABEL.match(line.text)
    )


def _only_list_so_far(item: RawItem) -> bool:
    body = item.body
    return len(body) < 30 and all(
        L.BULLET_LINE.match(row) or L.PLAIN_NUMBER.match(row) for row in body
    )


def _is_question_heading(line, kinds, question_level, current) -> bool:
    if not line.marker or line.marker.kind != "heading" or "heading" not in kinds:
        return False
    # An unnumbered question-like sub-heading inside an answer is part of the answer.
    # One right after a question still without an answer is the next question, and so is
    # one labelled as a question ("#### Q. What is X?"): a label is never a decoy; so is
    # one at the level of the question it follows (questions under "### Indexes" at "####",
    # others at "###" under "## Security").
    labelled = L.Q_LABEL.match(L.strip_bold(line.heading_text))
    return not (
        line.marker.number is None
        and not labelled
        and current
        and current.has_text()
        and line.heading_level > question_level
        and line.heading_level != current.heading_level
    )


def _is_plain_section(lines, index, kinds, one_word: bool = False) -> bool:
    """A title line ("Data Structures & Algorithms", "2. **Web layer**") just before a
    question; a single word ("Transactions") too when no answer can be open (`one_word`)."""
    line = lines[index]
    text = line.text.strip()
    label = line.short_label
    titled = label or line.section_title or L.looks_like_title(text) or L.section_level(text)
    if not (titled or (one_word and re.fullmatch(r"[A-Z][\w&+/-]{1,40}", text))):
        return False
    if line.section_title and text.isupper() and L.TIME_SPAN_AT_END.search(text):
        return True  # "ROUND 2 · SYSTEM DESIGN (75 MIN)", over its introduction or questions
    following = next_text(lines, index)
    if following is not None and label and L.CLOCK.fullmatch(lines[following].text.strip()):
        following = next_text(lines, following)  # "Databases" / "10:15" / its question
    if following is None:
        return False
    marker = lines[following].marker
    if marker and (line.section_title or label or marker.kind in kinds):
        return True
    if line.section_title and L.PAGE_BYLINE.match(lines[following].text):
        return True  # a wiki page's title over "Last edited by ..."
    if label and not L.looks_like_title(text):
        return False
    return bool(lines[following].heading_level)


MIN_CAPITALS, MAX_TITLE_WORDS = 4, 5


def _apart_in_capitals(lines, index: int) -> bool:
    """ "HOMEWORK" on its own, over a line that leads into a question or asks one: a part
    of the page (a lone "AMQP 0-9-1" under a card's answer is its last line)."""
    text = lines[index].text.strip()
    following = next_text(lines, index)
    lead_in = following is not None and lines[following].text.rstrip().endswith(":")
    asked = next_text(lines, following) if lead_in else following
    return (
        asked is not None
        and lines[asked].marker is not None
        and text.isupper()
        and len(re.findall(r"[A-Z]", text)) >= MIN_CAPITALS
        and len(text.split()) <= MAX_TITLE_WORDS
        and not lines[index].indent
        and 0 < index < len(lines) - 1
        and not lines[index - 1].text.strip()
        and not lines[index + 1].text.strip()
        and not L.ANSWER_PART.match(text)
        and not L.ANSWER_LABEL.match(text)
        and not L.is_noise(text)
    )


LINKED_WORDS = re.compile(r"^\[([^\[\]\n]{1,80})\]\([^()\s]{1,300}\)$")
# A line that tells before it asks: "I froze 🥶 Talked about hashing... How would you all
# approach it?"
TOLD_FIRST = re.compile(r"^(?![^\s:]{1,30}:)[^?\n]{60,600}[.!][ \t]")  # (not "Interviewer: ...")
# A numbered section's title: "Round 3: Deep dive", "Part 2 - Databases", "Day 2"
NUMBERED_SECTION = re.compile(r"^\W{0,4}([^\W\d_]{3,12})[ \t]+(\d{1,2})\b[ \t]*(?:[:.–—-]|\(|$)")


def _next_section(text: str, section: str) -> bool:
    """A title numbered next after the section it follows ("**Round 4: Hiring manager**"
    after "Round 3: ...", a line of its own): the next section, whether or not a question
    follows it."""
    title = L.strip_bold(text).strip()
    this, last = NUMBERED_SECTION.match(title), NUMBERED_SECTION.match(section)
    return (
        this is not None
        and last is not None
        and len(title) <= 80
        and this.group(1).lower() == last.group(1).lower()
        and int(this.group(2)) == int(last.group(2)) + 1
        and not L.asks(title)
        and not title.endswith(".")  # "Week 2: pair programming." is a sentence
    )


def _aside_title(lines: list[Line], index: int, text: str) -> bool:
    """A plain line at the margin, after a blank line, that titles the writer's private
    notes (to the document's end) or its history: "Private Notes (only visible to the
    hiring team)", "Changelog"."""
    return (
        not lines[index].indent
        and len(text) <= 80
        and (index == 0 or not lines[index - 1].text.strip())
        and bool(L.PRIVATE_NOTES.match(text) or L.DOCUMENT_HISTORY.match(text))
    )


def _left_blank(item: RawItem) -> bool:
    """ "Answer:" and then a blank line: the answer's place was left empty, so a title line
    next is the next section's, not this answer."""
    last = len(item.body) - 1
    while last >= 0 and not item.body[last].strip():
        last -= 1  # back over the blank lines only: each is passed once before text follows
    return 0 <= last < len(item.body) - 1 and bool(
        L.ANSWER_LABEL.fullmatch(item.body[last].strip())
    )


def _section_title(line: Line) -> str:
    match = L.BOLD_TITLE.match(line.text) if line.section_title else None
    return match.group(1).strip(" :") if match else L.strip_bold(line.text.strip()).strip(" :")


def _page_number(text: str) -> tuple[str, bool]:
    """A table of contents' entry without its page number ("What is MVCC?    4" -> "What is
    MVCC?"), and whether it had one: after a "?", two spaces (a tab) or dot leaders."""
    text = text.rstrip()
    number = TRAILING_NUMBER.search(text)
    if number is None or number.start() == 0:
        return text, False
    before = text[: number.start()]
    entry = before.rstrip(" .")
    leaders = before.endswith("  ") or before.rstrip(" ").endswith("...")
    if entry and (leaders or (entry.endswith("?") and before != entry)):
        return entry, True
    return text, False


def _answered(item: RawItem) -> bool:
    # ("Skipping this one, someone else?" under it answers nothing: it is asked again)
    said = "\n".join(line for line in item.body if line.strip() and not _page_number(line)[1])
    return bool(said) and not says_no_answer(said[:2000])


def _drop_table_of_contents(items: list[RawItem]) -> tuple[list[RawItem], list[Skipped]]:
    """An item with no answer whose question comes again later is a table-of-contents entry.
    So is the last entry of such a list when its question comes again with an answer, though
    text after the list ran into it (a reply that quotes the list and answers each item)."""
    keys = []
    for item in items:
        prompt, _ = _page_number(item.prompt)  # "What is MVCC?    4", "What is X? ..... 4"
        prompt = L.LEADING_TIME.sub("", prompt)  # an episode's chapters: "08:02 What is X?"
        keys.append(" ".join(re.findall(r"[^\W_]+", prompt.casefold())))
    repeated = {key for key, count in Counter(keys).items() if count > 1}
    # Only a question asked twice can be an entry or the answer to one.
    answered = [key in repeated and _answered(item) for key, item in zip(keys, items, strict=True)]
    entry, again_answered = [False] * len(items), [False] * len(items)
    seen_later: set[str] = set()
    answered_later: set[str] = set()
    for index in range(len(items) - 1, -1, -1):
        entry[index] = keys[index] in seen_later and not answered[index]
        again_answered[index] = keys[index] in answered_later
        seen_later.add(keys[index])
        if answered[index]:
            answered_later.add(keys[index])
    kept: list[RawItem] = []
    skipped: list[Skipped] = []
    for index, item in enumerate(items):
        if entry[index]:
            skipped.append(Skipped(item.line, item.prompt, "table of contents entry"))
        elif again_answered[index] and index > 0 and entry[index - 1]:
            skipped.append(Skipped(item.line, item.prompt, "asked again below, with its answer"))
        else:
            kept.append(item)
    return kept, skipped
