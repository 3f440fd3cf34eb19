"""Answers that find their question by its number, later in the document: a reply in a
thread ("For #3: ...", "**#1** The GIL guarantees...", "Q2: SET the key with NX..."), an
answer key's entry ("**7.1** ..."), or a reply's title ("**1. gather vs wait**") over its
paragraphs. Each answers only a numbered question that has no answer yet.

`state` is the parser's split state (parsing._State): its numbered questions, the open
item, whether an answer key or a by-number paragraph is being read.
"""

import re
from itertools import islice

from questions.importing import lines as L
from questions.importing.line_model import Line
from questions.importing.unanswered import only_following, says_no_answer


def answers_by_number(line: Line, paragraph_starts: bool, state) -> bool:
    """ "For #3: ...", "Re #4 - ..." starting a paragraph later in a thread, or "**7.1** ..."
    in an answer key: the answer to an earlier numbered question, cited by its number,
    when that question has no answer yet. The citation's paragraph is that answer."""
    stripped = line.text.strip()
    if _a_readers_aside(state):
        return False
    if paragraph_starts and not state.answer_key and _answers_by_dash(stripped, state):
        return True
    if state.answer_key:
        cited, text = L.KEY_ENTRY.match(stripped) or L.KEY_TITLE.match(stripped), None
    elif ((paragraph_starts or _bold_citation(stripped)) and not line.marker) or (
        line.marker and (paragraph_starts or state.by_number) and _cites_without_asking(line.marker)
    ):
        cited = L.BY_NUMBER.match(stripped)
        # "#3 is leaderboards": "It is leaderboards" ("#3" alone would read as a heading)
        text = None if cited is None or cited.group(2) else f"It{stripped[cited.end() :]}"
    else:
        return False
    if cited is None or CITES_MORE.fullmatch(stripped[cited.end() :]):
        return False  # "#5 and #6:" leads into the answers that follow, each by its number
    target = state.numbered.get(next(filter(None, cited.groups()), None))
    answered = target is not None and target is not state.current and not target.awaits_answer()
    if state.answer_key and answered:  # a key's entry for a question answered above: the
        state.current, state.by_number = None, False  # last entry ends, all the same
        return True
    if target is None or target is state.current or not target.awaits_answer():
        return False
    if only_following(stripped[cited.end() :]):
        return False  # "#9 is a great question, following": waiting for an answer, too
    state.current, state.by_number = target, True
    state.comments_answer = state.comments_answer or state.in_aside
    target.body.append(text if text is not None else stripped[cited.end() :])
    return True


LOOK_BACK_NUMBERED = 50  # questions a page's comments answer by number, the last of them
# "1 — N+1 is when you loop over...": a reply's paragraph citing question 1 of the list above
DASHED = re.compile(r"^(?:\*\*|__)?(\d{1,3})(?:\*\*|__)?[ \t]*[—–][ \t]*(?:\*\*|__)?[ \t]*(?=\S)")


# ... but under "## My answers", "### How I answered", "## Notes after the call" they answer
ANSWERS_SECTION = re.compile(
    r"\b(?:answers?|answered|solutions?|responses?|notes?|debrief)\b", re.I
)


def _a_readers_aside(state) -> bool:
    """A reader's comment under an article that answers its own questions ("For #10 I'd say
    ..."), or a tip in its "## Final tips": no answer. Under a list its post leaves
    unanswered ("Drop your answers in the comments"), the page's comments are the answers."""
    if not state.in_aside or state.answer_key or state.comments_answer:
        return False
    if not L.PAGE_TAIL.match(state.section):
        return True
    recent = islice(reversed(state.numbered.values()), LOOK_BACK_NUMBERED)
    return any(item.has_text() for item in recent)


def _answers_by_dash(stripped: str, state) -> bool:
    """ "1 — N+1 is when..." under a list of questions numbered "1." (not a list of its own,
    "1 — What is the GIL?"): the answer to question 1, while it has none."""
    dashed = DASHED.match(stripped)
    if dashed is None or stripped.rstrip().endswith("?"):
        return False
    target = state.numbered.get(dashed.group(1))
    if target is None or target is state.current or not target.awaits_answer():
        return False
    if target.section != state.section and not ANSWERS_SECTION.search(state.section):
        return False  # under "## Schedule": "1 — intro and warm-up" is a list of its own
    state.current, state.by_number = target, True
    target.body.append(stripped[dashed.end() :])
    return True


# "**5:** ..." cites its question even in the middle of a message ("Taking a few of these.")
BOLD_CITATION = re.compile(r"^(?:\*\*|__)\d{1,3}(?:\*\*|__)?:")


def _bold_citation(stripped: str) -> bool:
    """ "**5:** an index is ..." mid-message cites question 5; "**2:** How would you
    shard...?" asks one of its own."""
    cited = BOLD_CITATION.match(stripped)
    return cited is not None and not L.looks_like_question(stripped[cited.end() :].strip(" *"))


CITES_MORE = re.compile(r"(?:(?:and|&|,)[ \t]*(?:q|#)?\d{1,3}[ \t]*)+:?[ \t]*", re.IGNORECASE)


MAX_ANSWER_TITLE_WORDS = 6
# "1. Concurrency vs parallelism. Concurrency means...": a paragraph titled by its number and
# a short first sentence, the answer after it
TITLED = re.compile(r"^(\d{1,3})[.)][ \t]+([^.?!:\n]{3,60})[.:][ \t]+(?=\S)")


def titles_answer_by_number(line: Line, paragraph_starts: bool, state) -> bool:
    """ "**1. gather vs wait**" in a reply under a numbered list of questions, over its
    paragraphs, or a paragraph "1. gather vs wait. gather runs..." : the answer to question
    1 ("What is the difference between gather and wait?"), titled by its number and a few
    of its words, when it has no answer yet."""
    titled = _numbered_title(line, paragraph_starts, state)
    if titled is None:
        return False
    number, title, after, marked = titled
    target = state.numbered.get(number)
    if target is None or target is state.current or not target.awaits_answer():
        return False
    # (a title set apart, "**2. running twice**", needs a word of its question; one that
    # opens a paragraph, "1. Slow rollout first. Deploy...", two)
    shared = _stems(title) & _stems(target.prompt)
    if len(title.split()) > MAX_ANSWER_TITLE_WORDS or not shared:
        return False
    if not marked and len(shared) < min(MIN_TITLE_STEMS, len(_stems(title))):
        return False
    if after.rstrip().endswith("?"):
        return False  # "1. Caching. How would you invalidate...?": a new list's question
    state.current, state.bare_list = target, False  # its paragraphs follow, at the margin
    if after:
        target.body.append(after)
    return True


# "Adding to the accepted answer, for 4 and 8:": the paragraphs below answer those two, each
# titled by a few words of its question ("gather vs TaskGroup. gather runs...")
CITES_SEVERAL = re.compile(
    r"\b(?:for|on|re|about|answering)[ \t]+(?:q|#)?(\d{1,3})((?:[ \t]*(?:,|and|&)[ \t]*"
    r"(?:q|#)?\d{1,3})+)[ \t]*:$",
    re.IGNORECASE,
)
# "gather vs TaskGroup. gather runs...": a paragraph's first sentence, short, as its title
UNNUMBERED_TITLE = re.compile(r"^([^.?!:\n]{3,60})[.:][ \t]+(?=\S)")


def _numbered_title(line: Line, paragraph_starts: bool, state) -> tuple[str, str, str, bool] | None:
    """(number, title, what follows it, whether the title is set apart by its markup) of a
    line titled by a number, or by a few words of a question a lead-in just cited by its
    number ("for 4 and 8:"); else None."""
    marker = line.marker
    stripped = line.text.strip()
    cites = CITES_SEVERAL.search(stripped) if marker is None else None
    if cites is not None or marker is not None:
        state.cited = re.findall(r"\d{1,3}", cites.group(0)) if cites else []
    if state.cited and paragraph_starts and marker is None:
        titled = UNNUMBERED_TITLE.match(stripped)
        for number in state.cited if titled else ():
            target = state.numbered.get(number)
            if target is not None and _titles(titled.group(1), target.prompt):
                state.cited.remove(number)
                return number, titled.group(1), stripped[titled.end() :], False
    numbered = marker is not None and marker.kind in {"bold-number", "numbered-line"}
    if numbered and marker.number is not None and not L.asks(marker.text):
        return str(marker.number), marker.text, marker.after, True
    if not paragraph_starts or (marker is not None and marker.kind != "numbered-line"):
        return None
    titled = TITLED.match(stripped)
    if titled is None:
        return None
    return titled.group(1), titled.group(2), stripped[titled.end() :], False


MIN_TITLE_STEMS = 2  # "Concurrency vs parallelism" for "...concurrency and parallelism...?"


def _titles(title: str, prompt: str) -> bool:
    """A few words that name the question: two of its words, or all of a one-word title's."""
    shared = _stems(title) & _stems(prompt)
    return len(shared) >= min(MIN_TITLE_STEMS, len(_stems(title))) and bool(shared)


def _stems(text: str) -> set[str]:
    """Words of four letters or more, cut to five: "cancellation" and "cancelled" meet."""
    return {word[:5] for word in re.findall(r"[^\W\d_]{4,}", text.lower())}


def _cites_without_asking(marker: L.Marker) -> bool:
    """ "Q2: SET the key with NX and an expiry...": a reply that cites question 2, not a
    question 2 of its own (it asks nothing)."""
    text = re.sub(r"^[^\W\d_]{1,20}\s*:\s*", "", marker.text)  # "Q9 outline: generate..."
    return marker.kind in {"q-label", "q-number"} and not L.asks(text)


# "🔁 Yesterday's bonus, answered", "Last week's answer": a newsletter answering, in its next
# issue, the question it left open ("Answer tomorrow!")
EARLIER_ANSWER = re.compile(
    r"^\W*(?:yesterday(?:'s|’s)|last (?:week|issue|time|edition)(?:'s|’s)?|previous (?:issue|"
    r"edition)(?:'s|’s)?)\b[^.?!\n]{0,30}\b(?:answer|answers|answered|solution)\W*$",
    re.IGNORECASE,
)
LOOK_BACK = 5  # questions


def answers_an_earlier_question(stripped: str, state, items: list) -> bool:
    """Under "Yesterday's bonus, answered": the answer to the last question left open (no
    answer, or only a promise of one), taken in place of that promise."""
    if len(stripped) > 80 or not EARLIER_ANSWER.match(stripped):
        return False
    for item in reversed(items[-LOOK_BACK:]):
        first = "\n".join(item.body).strip().split("\n\n", 1)[0]
        if not item.has_text() or says_no_answer(first):
            item.answer_with([])
            state.current, state.by_number = item, False
            return True
    return False
