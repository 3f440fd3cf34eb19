"""Plain lines that start a question, read in their context: no marker of their own, but a
short line followed by its rubric or "Answer:", a line that asks after a blank line, a
title or another such line, a quoted question in a paragraph, and an instruction under a
numbered card heading ("### 25. Code Review Scenario" then "Review this snippet...").
"""

import re

from questions.importing import lines as L
from questions.importing.line_model import (
    Line,
    ends_with_question_mark,
    is_list_item,
    next_text,
    plain_prompt,
    previous_text,
)
from questions.importing.unanswered import PASSES

# Verbs that start the next task of a list of tasks ("Implement...", "Write...").
SIBLING_TASKS = set(
    "implement write design build create explain describe compare tell walk talk review "
    "refactor".split()
)
# A line that says it is an answer: what it asks is the answerer's ("Answer: Can I pass?").
ANSWER_SAYS = re.compile(r"^\W*(?:answer|ans|a)(?:\*\*|__)?\s*:", re.IGNORECASE)
# A section titled as the answer ("THE ANSWER", "Our solution"): what it holds answers.
ANSWER_TITLE = re.compile(rf"^\W*{L.ANSWER_TITLE_WORDS}\W*$", re.IGNORECASE)


def mark_cards(lines: list[Line]) -> None:
    """Plain lines that start a question: a short line followed by its rubric or by
    "Answer:", a line that asks after a blank line, a title or another such line, and an
    instruction under a numbered card heading ("### 25. Code Review Scenario")."""
    previous_blank = True
    previous: Line | None = None  # the line just before, when it is not blank
    in_tasks = False  # a task was found since the last heading: the next one may follow
    for index, line in enumerate(lines):
        stripped = line.text.strip()
        if line.heading_level:
            in_tasks = False
        title = None
        if stripped[:1] in "*_0123456789" and not line.in_code and not line.heading_level:
            title = L.BOLD_TITLE.match(line.text)
        if title and not L.ANSWER_LABEL.match(stripped) and not L.is_noise(stripped):
            line.section_title = not L.looks_like_question(title.group(1))
            if _over_its_questions(lines, index) and not title.group(1).rstrip().endswith("?"):
                # "1. **Design patterns**" over "   - What is a factory?": a topic
                line.section_title, line.marker = True, None
        if line.in_code or line.heading_level or line.marker or line.table_head or not stripped:
            previous_blank = not stripped
            previous = line if stripped else None
            continue
        if len(stripped) >= LONG_RULE and L.SEPARATOR.match(stripped):
            previous_blank, previous = True, None  # between a page's posts: a new paragraph
            continue
        if previous is not None and previous.short_label and L.CLOCK.fullmatch(stripped):
            continue  # "Warm up" / "10:02": the label's time, and the label goes on over it
        if previous_blank and _caps_section(stripped):
            line.section_title = True  # a new section: what is under it answers nothing above
        following = next_text(lines, index)
        line.short_label = (
            previous_blank and _short_label(lines, index) and not _short_answer(lines, index)
        )
        after_title = previous is not None and (
            previous.heading_level
            or previous.section_title
            or previous.short_label
            or (previous.marker is not None and previous.marker.kind == "plain-question")
            or _lead_in(previous.text)  # "Warm-up, everyone gets this one:" over it
        )
        card = _card_heading_before(lines, index)
        if (
            following is not None
            and L.ANSWER_LABEL.match(lines[following].text)
            and L.looks_like_question(stripped)
            and not L.ANSWER_LABEL.match(stripped)
            and not _said_again_under(previous, previous_blank, stripped)
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
        elif previous_blank and (
            asked := _asked_after_lead(stripped) or _join_asked_over_lines(lines, index)
        ):
            # "Got asked this at my last loop and completely froze: What's the difference...?",
            # and what its writer says next in the paragraph ("I gave the textbook answer...")
            line.marker = L.Marker("plain-question", plain_prompt(asked[0]), after=asked[1])
        elif (
            (previous_blank or after_title)
            and ends_with_question_mark(stripped)
            and L.looks_like_question(stripped)
            and not L.ASIDE.match(stripped)
            and not L.FURNITURE.match(stripped)  # "Is this conversation helpful so far?"
            and not ANSWER_SAYS.match(stripped)  # "Answer: is that a trick question?"
            and not PASSES.match(stripped)  # "Skipping this one, someone else?"
        ):
            quoted = _quoted_question(stripped) if previous_blank else ""
            line.marker = L.Marker("plain-question", quoted or plain_prompt(stripped))
            _mark_short_heading_card(lines, index)
            in_tasks = True
        elif previous_blank and (said := _quoted_then_text(stripped)):
            line.marker = L.Marker("plain-question", said[0], after=said[1])
        elif previous is not None and previous.section_title and L.last_sentence_asks(stripped):
            # "**Scenario 3**" over "You must move a 2 TB database... Describe your plan."
            line.marker = L.Marker("task", plain_prompt(stripped)[:1000])
        elif in_tasks and previous_blank and _another_task(stripped):
            line.marker = L.Marker("task", plain_prompt(stripped)[:1000])
        elif previous_blank and (quoted := _quoted_question(stripped)):
            line.marker = L.Marker("plain-question", quoted)
        elif previous_blank and _question_then_task(stripped):
            # "What is a deadlock? Give an example from a database.": one question
            line.marker = L.Marker("plain-question", plain_prompt(stripped))
        elif previous_blank and (inline := _question_then_answer(stripped)):
            line.marker = L.Marker("inline-qa", inline[0], after=inline[1])
        elif (
            (
                (card is not None and previous_blank)
                or (previous is not None and _titles_a_task(previous) and not line.short_label)
                or (previous_blank and _labelled_by(lines, index))
            )
            and L.starts_with_task(stripped)
            and (not stripped.endswith(":") or _code_or_list_follows(lines, index))
        ):
            line.marker = L.Marker("task", plain_prompt(stripped)[:1000])
            in_tasks = True
            if card is not None:
                lines[card].card = True
        if line.marker and len(stripped) <= MAX_RUBRIC_LABEL and _rubric_label(stripped):
            line.marker = None  # "**What a good answer covers**": the card's label, not a question
        previous_blank = False
        previous = line


def _over_its_questions(lines: list[Line], index: int) -> bool:
    """Whether the next line is an indented list item that asks."""
    following = next_text(lines, index, window=2)
    if following is None:
        return False
    below = lines[following]
    return bool(
        below.indent > lines[index].indent
        and below.marker is not None
        and below.marker.kind in {"bullet", "numbered-line"}
    )


def _rubric_label(text: str) -> bool:
    """A label of a card's answer side ("What a good answer covers", "Red flags")."""
    label = L.RUBRIC_PART.match(L.strip_bold(text))
    return label is not None and label.lastindex != 1


def _code_or_list_follows(lines: list[Line], index: int) -> bool:
    """ "Review this snippet:" over its code, "... Consider:" over what to cover."""
    following = next_text(lines, index, window=2)
    return following is not None and (lines[following].in_code or is_list_item(lines[following]))


def _another_task(text: str) -> bool:
    """ "Write a generator that...": the next task of a list of tasks (strong verbs only)."""
    first = L.strip_lead(text).split(" ", 1)[0].lower()
    if L.SQL_EXPLAIN.match(L.strip_lead(text)):
        return False  # "EXPLAIN only shows the plan": the command, not the verb
    return first in SIBLING_TASKS and len(text.split()) >= 4 and len(text) <= 300


# A few words that lead into a quoted question: "I always ask:", "My favourite one:".
QUOTE_LEAD = re.compile(r"^[^\W\d_][^\"“:\n]{0,40}:[ \t]*(?=[\"“])")


WHOLE_QUOTE = re.compile(r"[\"“]([^\"“”\n]{10,600}?[?.!])[\"”][ \t]*")
QUOTED_THEN_TEXT = re.compile(r"^[\"“]([^\"“”\n]{10,400}?[?.!])[\"”][ \t]+(\S.*)$")


def _quoted_then_text(text: str) -> tuple[str, str] | None:
    """'"What does CORS protect against?" I want them to say...': a question quoted at the
    start of a paragraph, and what its writer says about it."""
    quoted = QUOTED_THEN_TEXT.match(text)
    if quoted and (L.asks(quoted.group(1)) or L.starts_with_task(quoted.group(1))):
        return quoted.group(1).strip(), quoted.group(2).strip()
    return None


def _quoted_question(text: str) -> str:
    """'> "Explain partitioning in Spark."': a question quoted on a line of its own."""
    text = text.lstrip("> ").strip()
    if L.ASIDE.match(text):  # 'Good follow-up: "so why ...?"': said with the question before
        return ""
    lead = QUOTE_LEAD.match(text)  # 'I always ask: "Explain ..."', 'My favourite: "..."'
    asked = bool(lead) and not L.asks(lead.group(0))
    text = text[lead.end() :] if asked else text
    if text[:1] not in '"“':
        text = L.strip_lead(text) if not text[:1].isalnum() else text
        text = text if text[:1] in '"“' else "“" + text  # the emoji took its opening quote
    if len(text) < 10 or text[0] not in '"“' or text[-1] not in '"”':
        return ""
    inner = text[1:-1].strip()
    if '"' in inner or "“" in inner:
        return ""
    return inner if L.starts_with_task(inner) or (asked and inner.endswith("?")) else ""


# What a question goes on to ask for, after its "?": "Give an example...", "Name two..."
# (not "Compare two heap snapshots.", "Write tests first.": answers start so too)
ASKS_FOR = {
    "give", "name", "list", "provide", "mention", "include", "explain", "describe", "show",
    "talk", "sketch", "illustrate",
}  # fmt: skip
MAX_TASK_WORDS = 15


def _question_then_task(text: str) -> bool:
    text = _bare(text).strip("*_ ")
    mark = text.find("? ", 0, 300)
    if mark < 0:
        return False
    question, rest = text[: mark + 1].strip(), text[mark + 2 :].strip()
    words = rest.split()
    return (
        bool(words)
        and words[0].lower() in ASKS_FOR
        # (asked with a question word: "Got a question for the show? Write to us." is not)
        and question.split()[0].lower().replace("’", "'") in L.QUESTION_WORDS
        and len(words) <= MAX_TASK_WORDS
        and rest.endswith((".", "?", "!"))
        and L.looks_like_question(question)
        and L.asks(question)
    )


def _bare(text: str) -> str:
    """Without its quote marks and the emoji around it: '> 🇬🇧 ***Why...?*** ✅'."""
    return L.without_emoji_edges(text.lstrip("> "))


WHOLLY_BOLD = re.compile(r"\*{2,3}[^*\n]+\*{2,3}|_{2,3}[^_\n]+_{2,3}")


def _question_then_answer(text: str) -> tuple[str, str] | None:
    """ "What is borrowing? Taking a reference without ownership.": both on one line."""
    mark = text.find("? ", 0, 300)
    if mark < 0 or WHOLLY_BOLD.fullmatch(_bare(text)):
        return None  # "**What is X? Show an example.**": one question
    question, answer = text[: mark + 1].strip(), text[mark + 2 :].strip()
    if not (answer[:1].isupper() and L.looks_like_question(question) and L.asks(question)):
        return None
    if not L.starts_with_task(question) or len(answer.split()) < 2:
        return None
    return plain_prompt(question), answer


def _lead_in(text: str) -> bool:
    """A short line that ends with ":" and asks nothing: what it leads into stands alone."""
    text = text.strip()
    return text.endswith(":") and len(text) <= 60 and not L.asks(text)


# A section's title in capitals with the time it spans, as a call's notes have it: "DJANGO
# DEEP-DIVE (31:25 – 49:50)", "WARM-UP (10 min)" (a book's "EXERCISES" may be its key's).
CAPS_SECTION = re.compile(rf"^[A-Z][A-Z\d'’&/ :·–—-]{{2,80}}?{L.TIME_SPAN}$")


def unmark_shouted_titles(lines: list[Line]) -> None:
    """A plain text's section title in capitals that asks its reader ("WHO WILL I MEET?",
    "QUESTIONS FOR US?", after a blank line) is a title: a question of an interview is not
    shouted."""
    for index, line in enumerate(lines):
        text = line.text.strip()
        if (
            line.marker is not None
            and line.marker.kind == "plain-question"
            and (index == 0 or not lines[index - 1].text.strip())
            and text.endswith("?")
            and text.isupper()
            and 3 <= len(text.split()) <= MAX_SHOUTED_WORDS
        ):
            line.marker, line.section_title = None, True


MAX_SHOUTED_WORDS = 10


def _caps_section(text: str) -> bool:
    return CAPS_SECTION.match(text) is not None and len(re.findall(r"[A-Z]", text)) >= 4


def _short_label(lines: list[Line], index: int) -> bool:
    """A few words on their own, right over more text: "Round 2 - system design"."""
    text = lines[index].text.strip()
    following = index + 1
    return (
        len(text) <= 60
        and len(text.split()) <= 8
        and not text.endswith((".", "?", "!", ",", ";", ":"))
        and bool(re.search(r"[^\W\d_]", text))
        and not re.search(r"[^\W\d_],\s", text)  # "the rows it returns, until...": a sentence
        and not is_list_item(lines[index])
        and not text.startswith(("|", "<", ">", "`", "[", "!"))
        and not L.level_of(text)  # "Mid" under a question is its level
        and not L.ANSWER_LABEL.match(text)  # "A: a conflict" answers, it does not title
        and not re.search(r"\w\s*=\s*\S|\w\(", text)  # "sem = asyncio.Semaphore(10)": code
        and next_text(lines, index, window=2) is not None
        and (bool(lines[following].text.strip()) or _label_over_a_task(lines, index))
    )


LONG_RULE = 20  # (parsing.py's)
MAX_RUBRIC_LABEL = 60  # a label over a rubric's part, not a sentence that starts so
ASKED_LEAD = re.compile(r"^([^:?\n]{3,80}):[ \t]+(?=\S)")
# ... or without a colon: "Last question of the day was How do you test...?"
QUESTION_WAS = re.compile(
    r"^((?:[^\W\d_]+ ){0,3}question(?: of the (?:day|round|loop|interview))? (?:was|is))[ \t]+"
    r"(?=[A-Z])",
    re.IGNORECASE,
)
MAX_LEAD_WORDS = 14
# What a lead says of the question after it: where it was asked, or that it was
ASKED_LEAD_WORDS = re.compile(
    r"\b(?:asked|got|question|one|this|interview|interviewer|loop|classic|threw in|opened with|"
    r"followed up with|came up|prompt|task)\b",
    re.IGNORECASE,
)
# Who asked whom, in a group's notes: "Tomasz → Aylin", "Ravi -> Kwame"
ONE_ASKS_ANOTHER = re.compile(r"^[A-Z][\w'.-]{0,20}[ \t]+(?:→|->|=>)[ \t]+[A-Z][\w'.-]{0,20}$")
# A lead that names what follows a task to do: "Main prompt: Design a URL shortener..."
TASK_LEAD = re.compile(r"\b(?:prompt|task|exercise|question)\b", re.IGNORECASE)


def _asked_after_lead(text: str) -> tuple[str, str] | None:
    """The question after a lead that tells where it comes from ("Another one I got: How
    does...?", not "Note: is that right?", nor a label's "Q3: ..."), and what the paragraph
    says after it ("The first interviewer opened with a classic: What is...? I gave the
    textbook answer..."), else None."""
    lead = ASKED_LEAD.match(text) or QUESTION_WAS.match(text)
    if lead is None or len(lead.group(1).split()) > MAX_LEAD_WORDS:
        return None
    if not (ASKED_LEAD_WORDS.search(lead.group(1)) or ONE_ASKS_ANOTHER.match(lead.group(1))):
        return None
    asked, said = text[lead.end() :].strip(), ""
    quoted = QUOTED_THEN_TEXT.match(asked)
    if quoted and L.starts_with_task(quoted.group(1)):  # 'the big one: "Design a ..." I'm...'
        return quoted.group(1).strip(), quoted.group(2).strip()
    whole = WHOLE_QUOTE.fullmatch(asked)  # 'Related one I like: "Explain what happens..."'
    if whole and (L.starts_with_task(whole[1]) or L.last_sentence_asks(whole[1])):
        return whole[1].strip(), ""
    mark = asked.find("? ", 0, 300)
    # (as far as its sentences ask: "What is a mutex? How does it differ from a semaphore?")
    while mark > 0 and asked[mark + 2 :].lstrip()[:1].isupper():
        following = asked.find("? ", mark + 2, mark + 300)
        said_next = asked[mark + 2 : following + 1] if following > 0 else asked[mark + 2 :]
        if not re.search(r"[.!]", said_next) and said_next.rstrip().endswith("?"):
            mark = following if following > 0 else -1
            continue
        asked, said = asked[: mark + 1], asked[mark + 2 :].strip()
        break
    named = TASK_LEAD.search(lead.group(1)) or ONE_ASKS_ANOTHER.match(lead.group(1))
    task = named and L.starts_with_task(asked)
    if (
        not (ends_with_question_mark(asked) or task)
        or not L.looks_like_question(asked)
        or L.is_small_talk(asked)
    ):
        return None
    return asked, said


def _join_asked_over_lines(lines: list[Line], index: int) -> tuple[str, str] | None:
    """`_asked_after_lead` for a question wrapped onto the next lines of its paragraph
    ('Tomasz asked Aylin: "How would you design rate limiting for a public API that' /
    'runs behind several gateway instances?"'); those lines join it."""
    text = lines[index].text.strip()
    lead = ASKED_LEAD.match(text)
    if "?" in text or lead is None:
        return None
    if not (WRAPPED_LEAD.search(lead.group(1)) or ONE_ASKS_ANOTHER.match(lead.group(1))):
        return None  # (a speaker's "Interviewer: Thanks for joining." asks nothing on)
    for end in range(index + 1, min(index + 1 + WRAPPED_ASKED_LINES, len(lines))):
        line = lines[end]
        if not line.text.strip() or line.marker is not None or line.heading_level:
            return None
        if ASKED_LEAD.match(line.text.strip()):
            return None  # a line of its own: "Interviewer: What is a REST API?"
        text = f"{text} {line.text.strip()}"
        if "?" in line.text:
            asked = _asked_after_lead(text)
            if asked is not None:
                for joined in lines[index + 1 : end + 1]:
                    joined.joined = True
            return asked
    return None


WRAPPED_ASKED_LINES = 2
WRAPPED_LEAD = re.compile(r"\b(?:asked|asks|question|prompt|task)\b", re.IGNORECASE)


def _short_answer(lines: list[Line], index: int) -> bool:
    """ "what backs a Redis sorted set?" / "skip list plus a hash table": a few words in lower
    case right under a question (a line or a heading that asks) answer it (a label over what
    follows starts as a title)."""
    before = previous_text(lines, index)
    asked = before is not None and lines[before].marker is not None
    below = lines[index + 1].text.strip() if index + 1 < len(lines) else ""
    return (
        asked
        and (lines[before].marker.kind == "plain-question" or lines[before].heading_level > 0)
        and lines[index].text[:1].islower()
        and not below.endswith("?")  # ("python internals" right over "what is the GIL?")
    )


def _labelled_by(lines: list[Line], index: int) -> bool:
    before = previous_text(lines, index)
    return before is not None and _titles_a_task(lines[before])


def _titles_a_task(line: Line) -> bool:
    """A short label over a task ("Round 1 – coding"), not "THE ANSWER" over what it says."""
    return line.short_label and not ANSWER_TITLE.match(line.text)


def _label_over_a_task(lines: list[Line], index: int) -> bool:
    """ "Round 1 – coding", a blank line, "Implement a function that...": still its label."""
    following = next_text(lines, index, window=2)
    return following is not None and L.starts_with_task(lines[following].text.strip())


def _mark_short_heading_card(lines: list[Line], index: int) -> None:
    """ "#### Caching" over "When is a cache dangerous?": the heading titles that question,
    even deeper than the document's question headings (not "### Example" in an answer)."""
    previous = previous_text(lines, index)
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


def _card_heading_before(lines: list[Line], index: int) -> int | None:
    """The numbered heading just before, when it does not ask itself."""
    previous = previous_text(lines, index)
    if previous is None:
        return None
    line = lines[previous]
    numbered = re.match(r"\d{1,4}\s*[.):-]?\s+\S", L.strip_bold(line.heading_text))
    short = (
        len(line.heading_text.split()) <= 4
        and not L.ANSWER_PART.match(line.heading_text)
        and not L.is_noise(line.heading_text)
        and not L.ASIDE_SECTION.match(line.heading_text)
    )
    return previous if line.heading_level and line.marker is None and (numbered or short) else None


def _said_again_under(previous, previous_blank: bool, stripped: str) -> bool:
    """A line in parentheses right under a question: the question said again, not one of
    its own."""
    return (
        not previous_blank
        and previous is not None
        and previous.marker is not None
        and bool(L.SAID_AGAIN.fullmatch(stripped))
    )
