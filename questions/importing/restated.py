"""An answer that starts by restating its question, further down the document.

A discussion lists its questions first and answers them in later comments ("Taking the first
one: **What is the event loop?** It's a loop that..."); a handout lists the questions, then
an answers section repeats each one over its answer. Read line by line, the restated
question looks like a new question with an answer, and the listed one like a question
without. A later question that restates an earlier unanswered one (all of it, or its first
clause: "What is the event loop?" of "What is the event loop, and what does await do?")
gives that one its answer, and is not a question of its own.
"""

import re

MIN_WORDS = 3  # "What is X?" restates; "Why?" restates nothing
LOOK_BACK = 300  # questions a comment may quote (a bounded search, line by line)
_WORD = re.compile(r"[^\W_]+")
# Where a question's first clause ends: "What is X, and ...", "What is X? How ...".
_CLAUSE_END = re.compile(r"\s*(?:[,;:?(–—]|-\s|and\b|or\b|$)", re.IGNORECASE)


def answers_restating_their_question(items: list) -> list:
    """The items, each unanswered one given the answer of a later item that restates it."""
    waiting: dict[tuple[str, ...], list] = {}  # unanswered questions by their first words
    kept: list = []
    for item in items:
        words = _words(item.prompt)
        key = tuple(words[:MIN_WORDS])
        if item.has_text() and len(words) >= MIN_WORDS:
            earlier = next((q for q in waiting.get(key, ()) if _restates(words, q)), None)
            if earlier is not None:
                earlier.answer_with(item.body)
                waiting[key].remove(earlier)
                continue
        if not item.has_text() and len(words) >= MIN_WORDS:
            waiting.setdefault(key, []).append(item)
        kept.append(item)
    return kept


def restates_an_unanswered(prompt: str, items: list) -> bool:
    """Whether `prompt` restates one of the unanswered `items` (a comment quoting the
    question it answers, under a page's "Activity"): it is that one's answer, not an aside."""
    words = _words(prompt)
    if len(words) < MIN_WORDS:
        return False
    first = words[0]
    return any(
        item.prompt[: len(first)].lower() == first
        and not item.has_text()
        and _restates(words, item)
        for item in items[-LOOK_BACK:]
    )


def _words(prompt: str) -> list[str]:
    return _WORD.findall(prompt.lower()[:500])


def _restates(later: list[str], earlier_item) -> bool:
    """Whether `later` is the earlier question's words up to the end of a clause of it."""
    prompt = earlier_item.prompt[:500]
    spans = list(_WORD.finditer(prompt.lower()))
    if len(spans) < len(later) or [m.group(0) for m in spans[: len(later)]] != later:
        return False
    return bool(_CLAUSE_END.match(prompt, spans[len(later) - 1].end()))
