"""What each line of a document is, in its context: the markers the parser decides on.

Every line gets its features first (lines.py: heading, numbering, bullet, table row,
<summary>, bold, "?", an interrogative or imperative start); the passes here then add what
only the neighbours tell: unfenced code, tables of questions, a <details> that holds
questions (a section), a title line ("2. **Web layer**"), plain lines that ask
(plain_lines.py), a question wrapped over two or three lines, a list whose every item asks.
"""

import re
from collections import Counter
from dataclasses import replace

from questions.importing import lines as L
from questions.importing.code import (
    LANGUAGE_LINE,
    LANGUAGES,
    looks_like_code,
    looks_like_prose,
    looks_like_sentence,
)
from questions.importing.exercises import mark_exercises
from questions.importing.line_model import (
    BULLETS,
    STRONG,
    Line,
    ends_with_question_mark,
    is_list_item,
    next_text,
    plain_prompt,
    previous_text,
)
from questions.importing.paragraph_titles import mark_bold_titles, mark_titled_blocks
from questions.importing.plain_lines import mark_cards, unmark_shouted_titles
from questions.importing.tables import TABLE_ROW, find_table_questions

# A plain text's title between rules ("=== PYTHON ===") is a section's heading, as "##" is.
BANNER_LEVEL = 2
# A wrapped question goes on over at most this many more lines.
WRAPPED_LINES = 2


def apply_overrides(lines: list["Line"], include, exclude) -> None:
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


def unwrap_summaries(text: str) -> str:
    """Join a <summary> that spans lines into one line, keeping every later line number."""
    if "</summary>" not in text.lower():
        return text

    def join(match: re.Match) -> str:
        inside = match.group(0)
        return " ".join(inside.split()) + "\n" * inside.count("\n")

    return re.sub(
        r"<summary[^>]{0,200}>.{0,2000}?</summary>", join, text, flags=re.IGNORECASE | re.DOTALL
    )


def classify(raw_lines: list[str]) -> list[Line]:
    lines = []
    in_code = False
    for raw in raw_lines:
        if "<a " in raw or "<A " in raw:
            raw = L.ANCHOR.sub("", raw)
        line = Line(raw, in_code=in_code, indent=len(raw) - len(raw.lstrip()))
        if L.FENCE.match(raw):
            in_code = not in_code
            line.in_code = True
        elif not in_code:
            heading = L.HEADING.match(raw)
            banner = None if heading else _banner(raw_lines, len(lines))
            if heading or banner:
                line.heading_level = len(heading.group(1)) if heading else BANNER_LEVEL
                line.heading_text = L.heading_text((heading or banner).group(2))
                line.marker = L.heading_question(line.heading_text)
            else:
                line.marker = L.question_marker(raw) or _bullet_question(raw) or _bold_question(raw)
            if line.marker and (
                L.ASIDE.match(line.marker.text) or L.FURNITURE.match(line.marker.text)
            ):
                line.marker = None  # "Tip: ...", "Sort by: Newest"
        lines.append(line)
    _mark_unfenced_code(lines)
    _demote_code_comments(lines)
    _mark_numbered_topics(lines)
    _unmark_numbered_sections(lines)
    _mark_compared_headings(lines)
    _mark_compared_bullets(lines)
    _mark_topics_over_questions(lines)
    _mark_card_fields(lines)
    _mark_asked_after_lead(lines)
    mark_bold_titles(lines)
    _mark_tables(lines)
    _mark_details_sections(lines)
    _mark_outline_titles(lines)
    mark_cards(lines)
    _mark_page_titles(lines)
    _unmark_follow_ups(lines)
    mark_titled_blocks(lines)
    _join_wrapped_questions(lines)
    _join_wrapped_headings(lines)
    mark_exercises(lines)
    _mark_topic_lists(lines)
    _mark_noted_lines(lines)
    _mark_question_lists(lines)
    _mark_headings_over_question_lists(lines)
    _split_arrow_answers(lines)
    unmark_shouted_titles(lines)
    return lines


MAX_TOPIC_CHARS = 200
MAX_PAGE_TITLE = 80


def _banner(raw_lines: list[str], index: int) -> re.Match | None:
    """A section's title between rules, standing apart: blank lines (or the text's edge)
    around it, as a title stands (a tool's output in an answer goes on under its rule)."""
    match = L.BANNER.match(raw_lines[index])
    before = index == 0 or not raw_lines[index - 1].strip()
    after = index + 1 == len(raw_lines) or not raw_lines[index + 1].strip()
    return match if match and before and after else None


def _mark_page_titles(lines: list[Line]) -> None:
    """A wiki's page copied as text: its title over "Last edited by Karen on 3/21/2024" starts
    a section (the answer above ends there); the byline is the page's."""
    for index in range(1, len(lines)):
        title = lines[index - 1]
        if not L.PAGE_BYLINE.match(lines[index].text) or title.marker or title.in_code:
            continue
        apart = index == 1 or not lines[index - 2].text.strip()  # a title stands apart
        if (
            apart
            and 0 < len(title.text.strip()) <= MAX_PAGE_TITLE
            and not title.heading_level
            and not L.ANSWER_LABEL.match(title.text)
        ):
            title.section_title, lines[index].marker = True, None


def _mark_compared_headings(lines: list[Line]) -> None:
    """A heading that names what it compares ("### 401 vs 403") among headings of its level
    that mostly ask: a question as they are (not a ticket's title, "## ENG-142 · async def
    vs def", among tickets' titles that mostly ask nothing)."""
    levels = [line.heading_level for line in lines if line.heading_level and not line.in_code]
    asked = [line.heading_level for line in lines if line.heading_level and line.marker]
    asking = {level for level in set(asked) if 2 * asked.count(level) >= levels.count(level)}
    for line in lines:
        if (
            line.heading_level in asking
            and not line.marker
            and not line.in_code
            and L.compares(L.strip_bold(line.heading_text))
        ):
            line.marker = L.Marker("heading", L.strip_bold(line.heading_text))


def _mark_compared_bullets(lines: list[Line]) -> None:
    """The same among cards in a list, items with their notes under them: "- JWT vs session
    cookies" or "- Zero-downtime column rename" over its notes, where such items of its depth
    mostly ask ("- What is MVCC?" over its notes; not "- Maps to 401 vs 403", a note itself)."""
    cards = [line for index, line in enumerate(lines) if _plain_item(line) and _card(lines, index)]
    depths = Counter(line.indent for line in cards)
    asked = Counter(line.indent for line in cards if line.marker)
    asking = {depth for depth, count in asked.items() if 2 * count >= depths[depth]}
    for line in cards:
        match = L.BULLET_LINE.match(line.text)
        text = L.strip_bold(match.group(2).strip()) if match else ""
        if line.indent in asking and not line.marker and text and _names_a_card(text):
            line.marker = L.Marker("bullet", text)


def _names_a_card(text: str) -> bool:
    """What a card among asking ones names: what it compares, or a topic in a few words
    ("Zero-downtime column rename"; not one word, "Caching", that groups them)."""
    words = text.split()
    return L.compares(text) or (
        MIN_CARD_WORDS <= len(words) <= MAX_CARD_WORDS
        and text[:1].isupper()
        and not text.endswith((".", ":", ";", ","))
    )


MIN_CARD_WORDS, MAX_CARD_WORDS = 2, 8
MAX_CARD_LINES = 200  # looked at under an item for its notes (blank lines too)


def _plain_item(line: Line) -> bool:
    return (
        not line.in_code
        and not line.heading_level
        and line.text.lstrip()[:1] in BULLETS
        and (line.marker is None or line.marker.kind == "bullet")
    )


def _card(lines: list[Line], index: int) -> bool:
    """Lines indented under the item, and no list under any of them."""
    depth, under = lines[index].indent, set()
    for after in range(index + 1, min(index + 1 + MAX_CARD_LINES, len(lines))):
        line = lines[after]
        if not line.text.strip():
            continue
        if line.indent <= depth:
            break
        under.add(line.indent if _plain_item(line) else None)
    return bool(under) and len(under - {None}) <= 1


def _mark_numbered_topics(lines: list[Line]) -> None:
    """ "Q8 horizontal vs vertical scaling" between "Q7 how does...?" and "Q9 write...": a
    topic numbered in the series of questions around it is one of them, asking or not."""
    numbers = {
        line.marker.number: index
        for index, line in enumerate(lines)
        if line.marker is not None and line.marker.kind == "q-number" and line.marker.number
    }
    if len(numbers) < 2:
        return
    for index, line in enumerate(lines):
        if line.marker is not None or line.in_code or line.heading_level:
            continue
        text = line.text.strip()
        spaced = L.Q_SPACED.match(text) if len(text) <= MAX_TOPIC_CHARS else None
        if spaced is None:
            continue
        number = int(spaced.group(1))
        if number in numbers:
            continue  # "Q2 carries over to next week": said of a question asked already
        before, after = numbers.get(number - 1, len(lines)), numbers.get(number + 1, -1)
        # (a topic, not a report's sentence: "Q3 results will be shared at the next meeting.")
        if (before < index or after > index) and not text.endswith("."):
            line.marker = L.Marker("q-number", text[spaced.end() :].strip(), number)


MAX_LABEL_WORDS = 4


def _unmark_numbered_sections(lines: list[Line]) -> None:
    """ "## 3. Indexes & performance" over "<details><summary>How does a B-tree work?" (or a
    question's heading of a lower level): a numbered heading that does not ask, over a
    question of its own, is the section's title, not a question on a topic."""
    for index, line in enumerate(lines):
        marker = line.marker
        if not line.heading_level or marker is None or marker.number is None:
            continue
        if L.looks_like_question(marker.text) or "?" in marker.text:
            continue
        following = next_text(lines, index)
        below = lines[following] if following is not None else None
        if below is None or below.marker is None:
            continue
        if below.marker.kind == "details" or below.heading_level > line.heading_level:
            line.marker = None


def _mark_topics_over_questions(lines: list[Line]) -> None:
    """ "**Question 1 — asyncio:**" over "What's the difference between...?": the number
    and its topic label the question on the next line, which is the one asked."""
    for index, line in enumerate(lines):
        marker = line.marker
        if marker is None or marker.kind != "q-number" or not marker.text:
            continue
        following = next_text(lines, index, window=2)
        # (over a blank line, the label says it leads into it: "Question 1 — asyncio:")
        if following is None or (following > index + 1 and not marker.text.endswith(":")):
            continue
        below = lines[following]
        if below.in_code:
            continue
        topic = L.strip_bold(marker.text).strip(" :*_–—-")
        asked = below.text.strip()
        # a label ("asyncio:", "Django"), not a task ("Reverse a linked list") over its follow-up
        label = L.strip_bold(marker.text).rstrip(" *_").endswith(":") or len(topic.split()) <= 2
        if (
            label
            and len(topic.split()) <= MAX_LABEL_WORDS
            and "?" not in topic
            and not L.asks(topic)
            and (below.marker is None or below.marker.kind == "plain-question")
            and (asked.endswith("?") or L.starts_with_task(asked))
        ):
            line.marker, below.marker = replace(marker, text=""), None


MIN_ASKED_WORDS = 4


# A flashcard's fields, as an export writes them: "**Front:** ..." over "**Back:** ..."
FRONT = re.compile(r"^[ \t]*(?:\*\*|__)?front(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*", re.I)
BACK = re.compile(r"^[ \t]*(?:\*\*|__)?back(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*", re.I)


def _mark_card_fields(lines: list[Line]) -> None:
    """ "## Card 3" over "**Type:** Basic" and its "**Front:**" / "**Back:**": the front is
    the question, not the line under the heading; and a reversed card that asks on its back
    ("**Front:** `FOR UPDATE SKIP LOCKED` — ..." / "**Back:** Which clause...?") asks that."""
    for index, line in enumerate(lines):
        marker = line.marker
        if marker is None or marker.kind != "q-label" or not FRONT.match(line.text):
            continue
        above = previous_text(lines, index)
        if above is not None and lines[above].marker is None and not lines[above].heading_level:
            above = previous_text(lines, above)  # "**Type:** Basic" between them
        heading = lines[above] if above is not None else None
        titled = heading is not None and heading.heading_level and heading.marker is not None
        if titled and not heading.marker.text:
            heading.marker = None  # "## Card 3": a card's title, its question below
        back = index + 1
        if back >= len(lines) or not BACK.match(lines[back].text):
            continue
        front_text = line.text[FRONT.match(line.text).end() :].strip()
        back_text = lines[back].text[BACK.match(lines[back].text).end() :].strip()
        if back_text.endswith("?") and not L.looks_like_question(front_text):
            line.marker = replace(marker, text=back_text)
            lines[back].text = f"**Back:** {front_text}"


def _mark_asked_after_lead(lines: list[Line]) -> None:
    """ "Tomás asks:" / "What's the real difference between...? My team argues about it every
    sprint.": the reader's question, up to its "?" (what they add after it is theirs)."""
    for index in range(1, len(lines)):
        line = lines[index]
        if line.marker is not None or line.in_code or line.heading_level:
            continue
        if not L.ASKS_LEAD.search(lines[index - 1].text[-200:]):
            continue
        text = line.text.strip()
        ends = _sentence_ends(text)
        if not ends or text[ends[0]] != "?":
            continue  # "Loved last week's issue! Could you cover...?": a reader's wish
        asked = text[: max(end for end in ends if text[end] == "?") + 1]
        if len(asked.split()) >= MIN_ASKED_WORDS and L.asks(asked):
            line.marker = L.Marker("plain-question", asked)


def _sentence_ends(text: str) -> list[int]:
    """Where the sentences of `text` end (".", "!", "?"), outside its `code`."""
    ends, in_code = [], False
    for index, char in enumerate(text):
        if char == "`":
            in_code = not in_code
        elif char in ".!?" and not in_code and text[index + 1 : index + 2] in ("", " "):
            ends.append(index)
    return ends


# "I want to hear B-tree: sorted, balanced... Then the follow-up: why doesn't an index on
# (a, b) help...?": an answer that ends on the follow-up it leads to
TOLD_THEN_FOLLOW_UP = re.compile(
    r"^[^?\n]{40,600}?[.!][ \t]+[^?\n]{0,40}\bfollow[- ]?up(?: question)?(?: is)?[ \t]*[:—–-]",
    re.IGNORECASE,
)


# "*Follow-up if they answer quickly: how do you share fixtures...?*" right under the
# question it follows up: part of that question's card, before its answer.
FOLLOW_UP_UNDER = re.compile(
    r"^[*_]{0,2}[ \t]*(?:bonus[ \t]+)?follow[- ]?ups?\b[^:\n]{0,60}:", re.IGNORECASE
)


def _unmark_follow_ups(lines: list[Line]) -> None:
    asked = False  # the last line written was a question's
    for line in lines:
        marker = line.marker
        if (
            marker is not None
            and marker.kind == "plain-question"
            and len(line.text) <= 2000
            and (
                TOLD_THEN_FOLLOW_UP.match(line.text.strip())
                or (asked and FOLLOW_UP_UNDER.match(line.text.strip()))
            )
        ):
            line.marker = None
        if line.text.strip():
            asked = line.marker is not None and line.marker.kind != "plain-question"


# A debrief's line, the question and what was said to it: "2. What's a deadlock? → two
# transactions each holding...", 'Q1 "How does the loop pick what runs?" — explained...'
ARROW_ANSWER = re.compile(r"^(?P<q>[^→\n]{8,300}?\?)[\"”]?[ \t]+(?:→|->|=>)[ \t]+(?P<a>\S.*)$")
QUOTED_THEN_ANSWER = re.compile(
    r"^(?P<lead>[^\"“\n]{0,40}?)[\"“](?P<q>[^\"“”\n]{8,300}\?)[\"”][ \t]+(?:→|->|=>|—|–)[ \t]+"
    r"(?P<a>\S.*)$"
)


# After a dash, who asked or where it came from rather than the answer
ATTRIBUTION = re.compile(r"^(?:asked|from|via|source|credit|by|courtesy|thanks)\b", re.I)
MIN_DASH_ANSWER_WORDS = 6


def _dash_answers(said: str) -> bool:
    return len(said.split()) >= MIN_DASH_ANSWER_WORDS and not ATTRIBUTION.match(said)


def _split_arrow_answers(lines: list[Line]) -> None:
    for line in lines:
        if line.in_code or line.heading_level:
            continue
        marker = line.marker
        text = marker.text if marker is not None else line.text.strip()
        said = ARROW_ANSWER.match(text) or QUOTED_THEN_ANSWER.match(text)
        if said is None or (marker is not None and marker.after) or "?" in said.group("a"):
            continue  # ('"...and why?" — Lena, can people find you afterwards?' asks on)
        if said.re is QUOTED_THEN_ANSWER and not _dash_answers(said.group("a")):
            continue  # '"What happens if...?" — asked by the staff engineer': who asked it
        lead = said.groupdict().get("lead") or ""
        asked = said.group("q").strip().strip('"“”')
        if marker is not None:
            line.marker = replace(marker, text=asked, after=said.group("a"), said=True)
        elif said.re is QUOTED_THEN_ANSWER and not L.asks(lead) and L.asks(asked):
            line.marker = L.Marker("plain-question", asked, after=said.group("a"), said=True)


DASH_BETWEEN = re.compile(r"\s[-–—]\s")
MIN_DASHED_ANSWER_WORDS = 4


def _starts_question(line: Line) -> bool:
    return bool(line.marker and line.marker.kind in STRONG)


def _asking_bullet(line: Line) -> bool:
    """ "• What is a HEALTHCHECK?" under "Docker": a list's question, not a language's code."""
    return bool(line.marker and line.marker.kind == "bullet" and line.marker.text.endswith("?"))


def _bullet_question(raw: str) -> L.Marker | None:
    """ "- What does a view resolver do?": a bullet that asks."""
    if raw.lstrip()[:1] not in BULLETS:
        return None
    match = L.BULLET_LINE.match(raw)
    if not match or L.ANCHOR_LINKS_ONLY.match(raw):
        return None
    linked = LINKED_QUESTION.fullmatch(match.group(2).strip())
    if linked and L.looks_like_question(linked.group(1)):
        # "- [What is SSRF?](security/ssrf.md)": asked here, answered on another page
        return L.Marker("linked", L.strip_bold(linked.group(1).strip()))
    question, answer = L.bold_lead(match.group(2).strip())
    if not answer:
        question, answer = _question_dash_answer(question)
    if L.looks_like_question(question) and L.asks(question):
        return L.Marker("bullet", L.strip_bold(question), after=answer)
    return None


# A list item that is only a link, its words a question ("[What is SSRF?](security/ssrf.md)";
# not a link within the page, "(#ssrf)": a table of contents).
LINKED_QUESTION = re.compile(r"\[([^\[\]\n]{8,300}\?)\]\((?!#)[^()\s]{1,500}\)")


# A bold question inside a paragraph, after a sentence: "...minutes in, **How would you...?**".
BOLD_IN_PARAGRAPH = re.compile(r"(?<=[.!?:,)] )\*\*([^*\n]{12,300}?)\*\*(?= \S)")
# What leads into a question in a write-up: "First question:", "Then:", "Follow-up:", "The
# interviewer asked:" (not "Redis Cluster vs Sentinel: when would you use which?").
BOLD_LEAD_IN = re.compile(
    r"^((?:\w+ ){0,3}(?:question|then|next|follow-?up|asked|bonus|finally|also|warm-?up)):[ \t]*"
    r"(?=\S)",
    re.IGNORECASE,
)
ASKED_TO = re.compile(
    r"^(?:they|he|she|the interviewer|i was|we were)(?: (?:then|also))? (?:asked|wanted|had)"
    r"(?: me| us)? to ",
    re.IGNORECASE,
)


def _question_dash_answer(text: str) -> tuple[str, str]:
    """ "- how does a dict work internally - a hash table with open addressing": notes that
    give the question and, after a dash, what was answered. Not a question that ends "?"
    ("Django sessions - where are they stored?") nor a short qualifier ("- high level")."""
    if text.endswith("?"):
        return text, ""
    parts = DASH_BETWEEN.split(text, maxsplit=1)
    if len(parts) < 2:
        return text, ""
    question, answer = parts[0].strip(), parts[1].strip()
    if len(question.split()) < 3 or len(answer.split()) < MIN_DASHED_ANSWER_WORDS:
        return text, ""
    if not L.asks(question) or question.endswith((".", ":")):
        return text, ""
    return question, answer


def _bold_question(raw: str) -> L.Marker | None:
    """ "**Tell me about a time you disagreed.**": a bold line that asks (with emoji around
    it too, when it asks with a "?": "🇬🇧 **What is X?** ✅", not "🗣️ **Discuss in pairs**")."""
    stripped = raw.strip()
    if "?" in stripped:
        stripped = L.without_emoji_edges(stripped)
    question, after = L.bold_lead(stripped)
    if not after and "**" in stripped[2:]:
        question, after = _bold_in_paragraph(stripped)
    question = _without_lead_in(question) if after else question
    if after and L.looks_like_question(question) and L.asks(question):
        return L.Marker("bold-question", question, after=after)  # "**What is X?** X is..."
    if stripped[:2] not in {"**", "__"} or stripped[-2:] not in {"**", "__"}:
        return None
    text = L.strip_bold(stripped)
    # (or a comparison of a few words, as a card's title: "**Coroutine vs Task vs Future**")
    asks = (L.looks_like_question(text) and L.asks(text)) or L.compares(text)
    # (or a scenario, its question or task last: "**A key was pushed to a public repo. Walk me
    # through what you do.**")
    if "**" in text or not (asks or ("." in text[:-1] and L.last_sentence_asks(text))):
        return None
    if L.ANSWER_PART.match(text):
        return None  # "**What good looks like**" under a question
    return L.Marker("bold-question", text)


def _bold_in_paragraph(text: str) -> tuple[str, str]:
    """ "About twenty minutes in, **the interviewer asked: how would you shard it?** I said
    ...": a write-up's question in bold after a sentence of its story, and what was said
    after it; else the text, and nothing after it."""
    bold = BOLD_IN_PARAGRAPH.search(text)
    if bold is None:
        return text, ""
    inner, after = bold.group(1).strip(), text[bold.end() :].strip()
    task = ASKED_TO.match(inner)  # "They asked me to implement an LRU cache."
    if task and L.starts_with_task(inner[task.end() :]):
        inner = inner[task.end() :]
    elif not inner.rstrip('"”').endswith("?"):
        return text, ""
    return (inner, after) if after else (text, "")


def _without_lead_in(question: str) -> str:
    """ "First question: what is X?", "Then: "What is X?"", "Follow-up: how...?": the
    question without what leads into it, and without its quotes."""
    lead = BOLD_LEAD_IN.match(question)
    if lead and not L.asks(lead.group(1)):
        question = question[lead.end() :]
    if question[:1] in '"“' and question.rstrip()[-1:] in '"”':
        question = question.strip()[1:-1].strip()
    return question


def _mark_tables(lines: list[Line]) -> None:
    texts = [line.text for line in lines]
    skip = [line.in_code or bool(line.heading_level) for line in lines]
    for row in find_table_questions(texts, skip):
        lines[row.index].marker = L.Marker("table", L.strip_bold(row.prompt), after=row.answer)
        above = row.index - 1  # the rows above the table's first question: its header
        while above >= 0 and TABLE_ROW.match(texts[above]) and not lines[above].marker:
            lines[above].table_head = True
            above -= 1
        _untitle_question(lines, above)


def _untitle_question(lines: list[Line], index: int) -> None:
    """ "## 1. PostgreSQL & data modelling" over a table of questions titles them; it asks
    nothing itself (a heading that ends "?" still may)."""
    heading = previous_text(lines, index + 1, window=3)
    if heading is None or not lines[heading].heading_level or not lines[heading].marker:
        return
    if not lines[heading].marker.text.rstrip().endswith("?"):
        lines[heading].marker = None


def _mark_details_sections(lines: list[Line]) -> None:
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


PLAIN_WORDS = re.compile(r"[A-Z][a-z]{1,20}(?: [A-Za-z][a-z]{1,20}){0,3}")


def _mark_unfenced_code(lines: list[Line]) -> None:
    """A bare language line ("Python", "bash") followed by code: the fence was lost in pasting."""
    index = 0
    while index < len(lines):
        match = LANGUAGE_LINE.match(lines[index].text)
        if lines[index].in_code or not match:
            index += 1
            continue
        start = next_text(lines, index, window=3) or index + 1
        if start < len(lines) and (
            PLAIN_WORDS.fullmatch(lines[start].text.strip()) or lines[start].heading_level >= 2
        ):
            # "Python" / "Interview": a page's list of tags, not a language and code; so is
            # "PostgreSQL" over "## More from the author"
            index += 1
            continue
        end = start
        cursor = start
        while cursor < len(lines):
            line = lines[cursor]
            # A one-# "heading" inside code is a comment ("# In routes").
            question = (_starts_question(line) and line.heading_level != 1) or _asking_bullet(line)
            if line.in_code or question or LANGUAGE_LINE.match(line.text):
                break
            if not line.text.strip():
                following = next_text(lines, cursor, window=6)
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


def _demote_code_comments(lines: list[Line]) -> None:
    """ "# blocks the event loop" between code lines is a comment, not a heading."""
    for index, line in enumerate(lines):
        if line.heading_level != 1 or _starts_question(line):
            continue
        # Code right against it, or on both sides of it: a heading between a note's last
        # line "double check F() + refresh_from_db()" and the next note's prose is a title.
        near = [index + 1, index - 1]
        around = [next_text(lines, index), previous_text(lines, index)]
        if any(_code_at(lines, n) for n in near) or all(_code_at(lines, n) for n in around):
            line.heading_level, line.heading_text, line.marker = 0, "", None


def _code_at(lines: list[Line], index: int | None) -> bool:
    if index is None or not 0 <= index < len(lines) or not lines[index].text.strip():
        return False
    return looks_like_code(lines[index].text) and not lines[index].heading_level


def _mark_outline_titles(lines: list[Line]) -> None:
    """ "2. Functions" over "2.1 What is a pure function?": a title in an outline."""
    for index, line in enumerate(lines):
        text = line.text.strip()
        if line.in_code or not text[:1].isdigit() or text.endswith(("?", ".", ":")):
            continue
        head = re.match(r"(\d{1,3})[.)]\s+\S", text)
        following = next_text(lines, index, window=2) if head else None
        if following is None or len(text.split()) > 7:
            continue
        below = lines[following].text.strip()
        if below.startswith(head.group(1) + ".") and re.match(r"\d+\.\d", below):
            line.section_title, line.marker = True, None


def _mark_question_lists(lines: list[Line]) -> None:
    """A run (two lines or more) in which every line asks: "- What is a frozenset?" /
    "- What is a dict view?", or "What is XSS?" / "What is SQL injection?", are questions,
    even after another question's answer; unless a lead-in makes them part of that answer
    ("Follow-up questions you may get:", "Ask yourself:")."""
    index = 0
    while index < len(lines):
        line = lines[index]
        plain = line.marker is not None and line.marker.kind == "plain-question"
        if line.in_code or not (plain or is_list_item(line)):
            index += 1
            continue
        end = index + 1
        while (
            end < len(lines)
            and lines[end].indent == line.indent
            and (
                (
                    plain
                    and lines[end].marker is not None
                    and lines[end].marker.kind == "plain-question"
                )
                or (not plain and is_list_item(lines[end]))
            )
        ):
            end += 1
        run = lines[index:end]
        before = previous_text(lines, index)
        lead_in = lines[before].text if before is not None else ""
        follow_ups = lead_in.rstrip().endswith(":") and bool(L.FOLLOW_UP.search(lead_in))
        for item in run:
            item.follow_up = follow_ups and not plain
        if (
            len(run) >= 2
            and not follow_ups
            and all(
                item.marker and item.marker.kind in {"bullet", "numbered-line", "plain-question"}
                for item in run
            )
            and _all_ask(run, probes=bool(L.FOLLOW_UP.search(lead_in)))
        ):
            for item in run:
                item.question_list = True
        index = end


MIN_TOPICS = 4
WEAK_IN_NOTES = {"plain-question", "task", "inline-qa", "bold-question"}
MAX_ENTRY_CHARS = 100
MAX_TOPIC_WORDS = 12


def _mark_topic_lists(lines: list[Line]) -> None:
    """Quick notes to revise: a bulleted list whose items are questions in shorthand
    ("• python GIL what is it", "• docker volume vs bind mount"), each with its answer as
    bullets under it or nothing yet. When some items ask and most have notes under them,
    every short item of the list is a question (a shopping list, with no notes, is not).
    Two thirds of the items have notes: a to-do list with a few questions in it is not one.
    A list inside another's item is one too: an outliner's topics, each over its questions
    ("- Python" / "  - What is the GIL?" / "    notes")."""
    for first in _list_starts(lines):
        items = _top_items(lines, first)
        noted = sum(1 for start, end in items if end - start > 1)
        asking = sum(1 for start, _ in items if lines[start].marker is not None)
        if len(items) < MIN_TOPICS or asking < 2 or noted * 3 < len(items) * 2:
            continue
        for start, _ in items:
            text = L.BULLET_LINE.match(lines[start].text).group(2).strip()
            if lines[start].marker is None and _shorthand(text):
                lines[start].marker = L.Marker("bullet", L.strip_bold(text))


def _list_starts(lines: list[Line]) -> list[int]:
    """The first item of each bulleted list, however deep: a bullet with no bullet before it
    at its indent since the last line less indented, or since a blank line (one pass, a
    stack of open levels)."""
    starts, open_levels = [], []  # (indent, is a bullet), indents rising
    for index, line in enumerate(lines):
        if not line.text.strip() or line.in_code:
            open_levels = []
            continue
        bullet = bool(L.BULLET_LINE.match(line.text))
        while open_levels and open_levels[-1][0] > line.indent:
            open_levels.pop()
        same = open_levels.pop() if open_levels and open_levels[-1][0] == line.indent else None
        if bullet and not (same and same[1]):
            starts.append(index)
        open_levels.append((line.indent, bullet))
    return starts


def _top_items(lines: list[Line], index: int) -> list[tuple[int, int]]:
    """The items of the bulleted list that starts at `index`: (its line, the line after
    the notes indented under it), in order."""
    first = lines[index]
    items, at = [], index
    while at < len(lines) and lines[at].indent == first.indent and not lines[at].in_code:
        if not L.BULLET_LINE.match(lines[at].text):
            break
        end = at + 1
        while end < len(lines) and lines[end].text.strip() and lines[end].indent > first.indent:
            end += 1
        items.append((at, end))
        at = end
    return items


def _mark_noted_lines(lines: list[Line]) -> None:
    """Plain notes to revise: lines at the margin, each with its notes indented under it
    ("Mutable default args - why bad" / "  def f(x=[]) -> the list is created ONCE").
    When some of them ask, every short one is a question, and what is indented under a
    question is its notes, never another question ("  explain = plan only...")."""
    if any(line.marker is not None and line.marker.kind in STRONG for line in lines):
        return  # a document with headings or labels says where its questions are
    entries = [
        (index, _notes_end(lines, index))
        for index, line in enumerate(lines)
        if not line.indent
        and line.text.strip()
        and not (line.in_code or line.heading_level or L.BULLET_LINE.match(line.text))
        and _notes_end(lines, index) > index + 1
        and not _wraps_onto(line, lines[index + 1])
    ]
    asking = sum(
        1
        for start, _ in entries
        if lines[start].marker is not None or _asks_in_notes(_without_time(lines[start].text))
    )
    if len(entries) < MIN_TOPICS or asking < 2:
        return
    numbered_list = any(
        lines[start].marker is not None and lines[start].marker.kind == "numbered-line"
        for start, _ in entries
    )
    for start, end in entries:
        line = lines[start]
        text = _without_time(line.text.strip())
        said = ARROW_NOTE.match(lines[start + 1].text)  # "  -> what the candidate said"
        if line.marker is None and not (_shorthand(text) or _asks_in_notes(text) or said):
            continue
        if L.ANSWER_PART.match(L.strip_bold(text).rstrip(":")):
            continue  # "What to look for" over its points: part of the card above
        if _heads_a_list_of_questions(line, lines[start + 1 : end]):
            continue
        # Read as a list's items: each answer is what is indented under it, and text back
        # at the margin after a blank line ("TODO for me:") is no longer its answer. A
        # numbered question stays one ("2) How would you...?" over its notes), as the
        # numbered ones that wrap onto their next line do.
        number = L.PLAIN_NUMBER.match(line.text) if numbered_list else None
        if numbered_list and line.marker is not None and line.marker.kind == "numbered-line":
            pass
        elif number is not None:  # "7) CAP theorem - explain" among numbered questions
            shorthand = L.strip_bold(line.text[number.end() :].strip())
            line.marker = L.Marker("numbered-line", shorthand, int(_first_number(number)))
        else:
            line.marker = L.Marker("bullet", _notes_prompt(line))
        for note in lines[start + 1 : end]:
            if note.marker is not None and note.marker.kind in WEAK_IN_NOTES:
                note.marker = None
    for index, line in enumerate(lines):  # a question with no notes yet, between blank lines
        weak = line.marker is None or line.marker.kind in WEAK_IN_NOTES
        if weak and _alone_asking(lines, index):
            line.marker = L.Marker("bullet", _notes_prompt(line))


def _first_number(match: re.Match) -> str:
    return next(group for group in match.groups() if group)


def _notes_prompt(line: Line) -> str:
    """The line's question: as already read when it wraps onto the next lines ("1) What is
    the diff b/w" / "   WSGI and ASGI ?"), else the line."""
    joined = (
        line.marker is not None
        and line.marker.text
        and len(line.marker.text) > len(line.text.strip())
    )
    return line.marker.text if joined else L.strip_bold(_without_time(line.text.strip()))


ARROW_NOTE = re.compile(r"^[ \t]+(?:->|→|=>)[ \t]+\S")
# A note's time before what was asked then: "14:05 asked: how does...", "[10:32] q: ..."
TIME_LEAD = re.compile(
    r"^[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]+(?:(?:asked|q|question)[ \t]*:[ \t]*)?(?=\S)",
    re.IGNORECASE,
)


def _without_time(text: str) -> str:
    return TIME_LEAD.sub("", text.strip(), count=1)


def _alone_asking(lines: list[Line], index: int) -> bool:
    """A one-sentence question at the margin between blank lines ("Why would you use async
    def for a path operation?"), or under the notes of the one before: in notes, a question
    still without its notes."""
    line, text = lines[index], lines[index].text.strip()
    if line.indent or line.in_code or line.heading_level or L.BULLET_LINE.match(line.text):
        return False
    before = lines[index - 1] if index else None
    blank_before = before is None or not before.text.strip() or before.indent > line.indent
    blank_after = index + 1 == len(lines) or not lines[index + 1].text.strip()
    one_sentence = not re.search(r"[.?!]\s+[A-Z]", text)  # not a comment's paragraph
    return blank_before and blank_after and one_sentence and ends_with_question_mark(text)


def _asks_in_notes(text: str) -> bool:
    """ "Explain what the GIL is and when it matters.", "How does a generator differ from a
    function that returns a list?": a question over its notes, however long."""
    return len(text) <= MAX_ENTRY_CHARS * 2 and (_asks_in_a_list(text) or L.starts_with_task(text))


def _heads_a_list_of_questions(line: Line, notes: list[Line]) -> bool:
    """ "2.2 Django" over "   * What is the N+1 query problem...?": an outline's section,
    its questions listed under it."""
    return _outline_title(line.text) and any(
        note.marker is not None and note.marker.kind == "bullet" and _asks_in_a_list(note.text)
        for note in notes
    )


def _wraps_onto(line: Line, below: Line) -> bool:
    """ "Walk me through what happens between a user typing a URL into the" / "   browser
    and...": a sentence going on, indented, is not notes under a title."""
    text = line.text.rstrip()
    return (
        not text.endswith(("?", ".", "!", ":", ")"))
        and below.text.strip()[:1].islower()
        and (len(text) > MAX_ENTRY_CHARS // 2)
    )


def _notes_end(lines: list[Line], index: int) -> int:
    """The line after the indented notes right under `index` (index + 1 when none)."""
    end = index + 1
    while end < len(lines) and lines[end].text.strip() and lines[end].indent >= 2:
        end += 1
    return end


def _shorthand(text: str) -> bool:
    """A question jotted down: a few words, not a sentence of notes nor a labelled list
    ("groceries: rice, tea")."""
    if L.LABEL_WORD.match(text) or text.rstrip().endswith((".", ":", "!")):
        return False
    if text.startswith("(") and text.rstrip().endswith(")"):
        return False  # "(Tues session - Raj, Mo, Kelsey)": an aside
    if LINK_NOTED.match(L.BULLET_LINE.sub(r"\2", text)):
        return False  # "#resource https://docs.python.org/...": a link kept, not a question
    return len(text.split()) <= MAX_TOPIC_WORDS


# A link alone, with a tag or a label before it: "#resource https://...", "docs: <https://...>".
LINK_NOTED = re.compile(
    r"^(?:#[\w-]{1,30}[ \t]+|[^\W\d_][\w ]{0,20}:[ \t]*)*"
    r"(?:<?https?://\S{1,500}>?|\[[^\]\n]{1,200}\]\([^)\s]{1,500}\))[ \t]*$"
)


def _mark_headings_over_question_lists(lines: list[Line]) -> None:
    """A heading over a list of questions ("### Try these on your own" / a line of intro /
    "- How would you version an API?"...) starts a section, whatever its level: it is not
    part of the answer above it."""
    for index, line in enumerate(lines):
        if not line.heading_level or line.marker is not None:
            continue
        for below in lines[index + 1 : index + 1 + SECTION_LOOKAHEAD]:
            if below.heading_level or below.marker is not None:
                line.card = line.card or below.question_list
                break


SECTION_LOOKAHEAD = 8  # lines: a heading's intro, then its list


def _all_ask(run: list[Line], probes: bool) -> bool:
    """Every item asks: each with a "?", or most of them ("Explain what happens at startup."
    among "How would you version an API?" and "What is Annotated for?"), unless what leads
    into them says they are probes of the question above ("Things the interviewer might
    probe")."""
    asking = sum(1 for item in run if _asks_in_a_list(item.marker.text))
    if asking == len(run):
        return True
    return (
        not probes
        and 3 * asking >= 2 * len(run)
        and all(_asks_in_a_list(item.marker.text) or L.asks(item.marker.text) for item in run)
    )


def _asks_in_a_list(text: str) -> bool:
    """ "What is X?", or "What is a race condition? Give me one you've debugged." """
    return ends_with_question_mark(text) or ("?" in text and L.asks(text))


def _join_wrapped_questions(lines: list[Line]) -> None:
    """A question hard-wrapped over two or three lines is one question.

    The first line asks ("How would you...", "3. What is", "- Why") without its "?";
    the next lines, with no blank line between, are plain text, and one of them ends
    with "?". They join the first line's prompt and are no longer lines of their own.
    """
    previous_blank, label_before = True, False
    for index, line in enumerate(lines):
        stripped = line.text.strip()
        if line.in_code or line.heading_level or not stripped:
            previous_blank, label_before = not stripped, False
            continue
        marker = line.marker
        first_line = marker is None and (previous_blank or label_before) and L.asks(stripped)
        label_before = marker is not None and not marker.text  # "Question 1" over its question
        # "2. Your service's p99 latency is fine in staging but terrible in" / "production.
        # How would you investigate?": a numbered item that asks only at its end.
        list_item = (
            marker is None
            and not line.section_title
            and _item_mark(line.text) is not None
            and not _titles_a_question(lines, index)
        )
        previous_blank = False
        if marker is not None and (
            marker.kind
            in {"table", "details", "rubric-card", "labelled", "included", "titled-block"}
            or not marker.text
            or ends_with_question_mark(marker.text)
            or marker.text.endswith(":")
        ):
            continue
        if marker is None and not (first_line or list_item):
            continue
        end = _wrapped_end(lines, index, paragraph=marker is not None)
        if end is None:
            continue
        rest = " ".join(_unquoted(lines[i].text.strip()) for i in range(index + 1, end + 1))
        if marker is None and list_item:
            number = _item_mark(line.text)
            text, kind, number = stripped[number.end() - line.indent :].strip(), "numbered-line", 0
            if not L.looks_like_question(f"{text} {rest}"):
                continue
        else:
            text = marker.text if marker else plain_prompt(stripped)
            kind = marker.kind if marker else "plain-question"
            number = marker.number if marker else None
        line.marker = L.Marker(kind, f"{text} {rest}", number, cited=marker.cited if marker else "")
        for following in range(index + 1, end + 1):
            lines[following].joined = True
            lines[following].marker = None


# A lettered item: "A) In your answer you keep the keys in Redis with a 24h" / "TTL. What
# happens if...?" (a capital from A to H, as follow-ups or a paper's parts are lettered)
LETTER_MARK = re.compile(r"^\s{0,3}[A-H][.)]\s+(?=\S)")


def _item_mark(text: str) -> re.Match | None:
    return L.PLAIN_NUMBER.match(text) or LETTER_MARK.match(text)


def _join_wrapped_headings(lines: list[Line]) -> None:
    """ "### Q9. Implement a token-bucket rate limiter class" / "with `allow()` returning
    True/False.": a heading's question that goes on, in lower case, on the line under it
    ends there; that line is no answer."""
    for index, line in enumerate(lines[:-1]):
        marker = line.marker
        if not line.heading_level or marker is None or not marker.text:
            continue
        if marker.text.rstrip().endswith((".", "?", "!", ":", ")")):
            continue
        # an imperative's ("### What is the GIL" / "a lock that lets...": that is its answer)
        if marker.text.split(maxsplit=1)[0].lower() not in L.TASK_WORDS:
            continue
        below = lines[index + 1]
        text = below.text.strip()
        if not text[:1].islower() or below.marker or below.in_code or below.heading_level:
            continue
        if text.endswith((".", "?", "!")) and len(text) <= MAX_TOPIC_CHARS:
            line.marker = L.Marker(
                marker.kind, f"{marker.text.rstrip()} {text}", marker.number, cited=marker.cited
            )
            below.joined, below.marker = True, None


def _outline_title(text: str) -> bool:
    """ "Language basics", "1.1 Data model", "2.3 HTTP": a title, numbered or not."""
    text = text.strip()
    numbered = L.SECTION_NUMBERING.match(text) and len(text.split()) <= 6 and not L.asks(text)
    return bool(numbered) or L.looks_like_title(text)


def _titles_a_question(lines: list[Line], index: int) -> bool:
    """An outline's numbered section ("1.1 Language basics") over a question that starts a
    sentence of its own ("What is the difference...?"): a title, not a question's first
    line that the next one finishes."""
    if not _outline_title(lines[index].text):
        return False
    below = lines[index + 1].text.strip() if index + 1 < len(lines) else ""
    return below[:1].isupper() and L.asks(below)


ANSWER_BELOW = ("->", "=>", "→", "⇒")


def _wrapped_end(lines: list[Line], index: int, *, paragraph: bool = False) -> int | None:
    """The line a wrapped question ends on (with its "?"), or None. With `paragraph`, a
    marked question ("1. Walk me through...") goes on over its indented lines up to the
    blank line that ends its paragraph, "?" or not."""
    quoted = _quote_marks(lines[index].text)
    for following in range(index + 1, min(index + 1 + WRAPPED_LINES, len(lines))):
        line = lines[following]
        text = line.text.strip()
        if quoted and _quote_marks(text):  # ">> What is a replay attack, ... against a"
            if _quote_marks(text) != quoted:
                return None
            text = _unquoted(text)  # (a line without marks goes on the quote, as markdown's)
        if (
            not text
            or line.in_code
            or line.heading_level
            or (line.marker and line.marker.kind not in {"plain-question", "labelled"})
            or L.BULLET_LINE.match(line.text)
            or L.PLAIN_NUMBER.match(line.text)
            or L.ANSWER_LABEL.match(text)
            or text.startswith(("|", "<", ">", "->", "=>", "→", "⇒"))  # an arrow to the answer
            or (text.startswith("(") and text.endswith(")"))  # a remark under the question
        ):
            return None
        if paragraph and _new_sentence(lines[index], text, right_under=following == index + 1):
            return None  # its sentence ended on its line: the answer's starts under it
        if ends_with_question_mark(text):
            return following
        after = following + 1
        if after < len(lines) and L.ANSWER_LABEL.match(lines[after].text):
            return following  # "...and how you\nwould fix it.\nA. ...": the answer starts
        if (
            paragraph
            and line.indent > lines[index].indent
            and (
                after >= len(lines)
                or not lines[after].text.strip()
                or _unfinished_item(lines[index], text, lines[after])
                # "1) What is the diff b/w" / "   WSGI and ASGI" / "  -> WSGI = sync, ..."
                or lines[after].text.strip().startswith(ANSWER_BELOW)
                # "8) how does Django middleware" / "   order matter" / "     (skip - ...)"
                or (lines[after].text.strip().startswith("(") and len(text.split()) <= 4)
                # "1) Walk me through ... into the browser and" / "   hit enter." / notes
                or (
                    L.DANGLING.search(lines[index].text.rstrip())
                    and not text[:1].isupper()  # ("... and push to" / "5 million users.")
                    and text.endswith((".", "!", "?"))
                )
            )
        ):
            return following
        if paragraph and _wrapped_at_margin(lines[index], line, lines[after : after + 1]):
            return following
    return None


# The quote marks a line starts with (">> " in an email's quote of a quote)
QUOTE_MARKS = re.compile(r"^\s*((?:>[ \t]?)+)")


def _quote_marks(text: str) -> int:
    """How deep a line is quoted: 0 for a line that is not."""
    marks = QUOTE_MARKS.match(text)
    return marks.group(1).count(">") if marks else 0


def _unquoted(text: str) -> str:
    marks = QUOTE_MARKS.match(text)
    return text[marks.end() :].strip() if marks else text


def _new_sentence(item: Line, text: str, *, right_under: bool) -> bool:
    """ "2) Explain processes and threads." / "   A process has its own memory...": the item's
    sentence is over, and the indented line under it starts the answer's. So it is under a
    short item ("‣ Explain context managers" / "    An object with __enter__ and..."): a
    line wraps when it is full, not after three words."""
    if not text[:1].isupper():
        return False
    if right_under and ends_with_question_mark(text) and _asks_by_its_first_word(text):
        return False  # "Q4.1 Design the feed for 50M users." / "How do you serve it?": one
    item_text = item.text.strip()
    return item_text.endswith((".", "!")) or (
        right_under
        and len(item_text) < UNWRAPPED_ITEM
        and len(text) >= max(LONG_LINE, 2 * len(item_text))
        and not L.DANGLING.search(item_text)
    )


def _asks_by_its_first_word(text: str) -> bool:
    first = text.split(maxsplit=1)[0].lower().strip(",:")
    return first in L.QUESTION_WORDS and first not in L.TASK_WORDS


UNWRAPPED_ITEM = 40  # characters: an item this short did not reach the margin...
LONG_LINE = 60  # ... when the line under it is this long, and twice as long as it


MARGIN_SLACK = 1.5
SHOUTED_WORD = re.compile(r"[A-Z][A-Z0-9_]+\b(?! [A-Z][a-z])")


def _wrapped_at_margin(item: Line, line: Line, after: list[Line]) -> bool:
    """ "3. Explain the READ COMMITTED, REPEATABLE READ" / "and SERIALIZABLE levels." and a
    blank line: text out of a PDF wraps at the margin, and its sentence goes on in lower case
    up to the end of its paragraph (an answer starts a sentence of its own), maybe with its
    marks ("... instead? (3 marks)")."""
    text = L.MARKS.sub("", line.text.strip())
    return (
        line.indent <= item.indent
        # (a line wrapped at the margin is about as long as the next: "Q3. how do decorators
        # work" over a paragraph twice its length is a title over its answer)
        and len(text) <= MARGIN_SLACK * len(item.text.strip())
        and item.marker is not None
        and not item.marker.after  # "**What is X?** It is..." ended its question on the line
        # an answer key's "**2.1.** Data that must be" does not ask; a paper's question with
        # its points does, however it is worded
        and (L.asks(item.marker.text) or L.points_led(item.text))
        and (text[:1].islower() or SHOUTED_WORD.match(text) is not None)  # "OFFSET for ..."
        and text.endswith((".", "?"))
        and not item.text.rstrip().endswith((".", "!", ":", ";", "?"))
        # then the paragraph ends, or the answer starts indented under the question
        and (not after or not after[0].text.strip() or after[0].indent > item.indent)
    )


def _unfinished_item(item: Line, text: str, after: Line) -> bool:
    """ "6. Explain the isolation levels and which one" / "   is the default." / "7. ...": a
    list item's sentence going on under it up to the next item (an answer under "6. Explain
    MVCC." would start its own sentence)."""
    return (
        text[:1].islower()
        and not item.text.rstrip().endswith((".", "!", ":", ";"))
        and after.indent <= item.indent
        and bool(L.PLAIN_NUMBER.match(after.text) or L.BULLET_LINE.match(after.text))
    )
