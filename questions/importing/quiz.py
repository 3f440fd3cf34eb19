"""A multiple-choice quiz with its answer key at the end.

Each question lists its options ("A) ...", "- b. ..."), and a key after them gives the
right letter per question number ("3. **B** - because ..."). A question's answer is its
chosen option's text with the key's explanation; an entry that is no letter ("??? - not
sure", "TBD") is the answer as written, for cleaning to judge; a question the key leaves
out has no answer. The key's own lines are not the last question's answer.
"""

import re

from questions.importing import lines as L

# "B", "**B** - because...", "(c)", "b." - a letter alone, not "A mutex that...".
CHOICE = re.compile(r"^(?:\*\*|__)?\(?([A-Ea-e])\)?(?:\*\*|__)?(?=\s*$|\s*[.,;:)—–-])[\s.,;:)—–-]*")
OPTION = re.compile(r"^\s*(?:[-*+]\s+)?\(?([A-Ea-e])[).:]\s+(\S.*)$")
REGION_END = re.compile(r"^\s*(?:#{1,6}\s|-{3,}\s*$|\*{3,}\s*$|_{3,}\s*$)")
# [^\w\n], not \W: from every line start, \W* ran over all the blank lines after it (40,000
# blank lines took 44 s).
KEY_WORDS = re.compile(r"^[^\w\n]*(?:answer key|answers|solutions|key to)\b", re.I | re.M)
# A printed form's own key under each question: "Correct answer" over the chosen option,
# then "Feedback" over why.
CORRECT_LABEL = re.compile(r"^\W*(?:correct|right) (?:answers?|options?|choices?)\W*$", re.I)
FEEDBACK_LABEL = re.compile(r"^\W*(?:feedback|explanation)\W*$", re.IGNORECASE)
OPTION_GLYPH = re.compile(r"^\s*(?:[-*+]\s+)?[◯○◉●◎⦿]\s*")
MIN_ENTRIES = 3
MIN_OPTIONS = 2


def answer_key(text: str) -> tuple[dict[str, str], list[str]]:
    """The quiz's key (question number -> what the key says), and the text's lines with the
    key's blanked out; no key and the lines as they are when the document has none."""
    lines = text.split("\n")
    if not KEY_WORDS.search(text):
        return {}, lines  # one pass over the text first: most documents have no key
    title = next(
        (i for i in range(len(lines) - 1, -1, -1) if L.ANSWER_KEY.match(lines[i][:200])), None
    )
    if title is None:
        return {}, lines
    key: dict[str, str] = {}
    end, current = title + 1, None  # the entry whose lines these are
    while end < len(lines) and not REGION_END.match(lines[end]):
        line = lines[end]
        entry = L.KEY_ENTRY.match(line) or BARE_ENTRY.match(line)  # "11." over its code
        if entry and "." not in entry.group(1):  # "3. B", not a section's "7.1"
            current = entry.group(1) if entry.group(1) not in key else None
            key.setdefault(entry.group(1), line[entry.end() :].strip())
        elif current is not None and line.strip() and not _key_section(line):
            # a model answer over several lines ("7. Vertical scaling means ..." / "is simple
            # but ..."), or code under its number ("11." / "    SELECT ...")
            key[current] = f"{key[current]}\n{line.rstrip()}".strip("\n")
        else:
            current = None  # a blank line, or the key's "Section B"
        end += 1
    choices = sum(1 for text in key.values() if CHOICE.match(text))
    options = sum(1 for line in lines[:title] if OPTION.match(line))
    # (the options of the questions the key gives letters for: its short answers have none)
    if len(key) < MIN_ENTRIES or choices * 2 < len(key) or options < MIN_OPTIONS * choices:
        return {}, lines
    return key, lines[:title] + [""] * (end - title) + lines[end:]


BARE_ENTRY = re.compile(r"^\s{0,3}(\d{1,3})[.)]\s*$")
# The lines a printed quiz leaves to write the answer on.
RULED = re.compile(r"^[\s_.…-]*$")


def _key_section(line: str) -> bool:
    """A title inside the key: "Section B", "Part 2 — short answers"."""
    words = line.split()
    return (
        len(words) <= 4
        and line[:1].isupper()  # at the margin: "    FROM orders" is an answer's code
        and not line.rstrip().endswith((".", ",", ";", ":"))
    )


def apply_answer_key(items: list, key: dict[str, str]) -> None:
    """Give each multiple-choice question the answer its key entry gives (none without
    an entry), and each question left to answer on its ruled lines the key's answer."""
    if not key:
        return
    for item in items:
        options = _options(item.body)
        entry = key.get(item.number or "", "")
        if len(options) >= MIN_OPTIONS:
            item.body = [_answer(entry, options)] if entry else []
        elif entry and all(RULED.match(line) for line in item.body):
            item.body = entry.split("\n")  # a short-answer question: the key's model answer


def _options(body: list[str]) -> dict[str, str]:
    options = {}
    for line in body:
        option = OPTION.match(line)
        if option:
            options.setdefault(option.group(1).upper(), option.group(2).strip())
    return options


def _answer(entry: str, options: dict[str, str]) -> str:
    choice = CHOICE.match(entry)
    if not choice or choice.group(1).upper() not in options:
        return entry
    # ("**Correct: B.** Because...": the bold that closes after the letter's stop goes too)
    explanation = re.sub(r"^(?:\*\*|__)\s*", "", entry[choice.end() :].strip())
    chosen = f"{choice.group(1).upper()}) {options[choice.group(1).upper()]}"
    return f"{chosen}\n\n{explanation}" if explanation else chosen


def apply_inline_keys(items: list) -> None:
    """A question followed by its options, "Correct answer" and the chosen one, maybe then
    "Feedback" and why: its answer is the chosen option and the feedback, not the options."""
    for item in items:
        at = next((i for i, line in enumerate(item.body) if CORRECT_LABEL.match(line)), None)
        if at is None:
            continue
        chosen: list[str] = []
        feedback: list[str] | None = None  # None until the "Feedback" label
        for line in item.body[at + 1 :]:
            if feedback is None and FEEDBACK_LABEL.match(line):
                feedback = []
            elif feedback is None:
                chosen.append(OPTION_GLYPH.sub("", line.strip()))
            else:
                feedback.append(line)
        why = "\n".join(feedback or []).strip()
        item.body = [" ".join(text for text in chosen if text)] + (["", why] if why else [])


# Under a question's options, the letter it takes: "ANSWER: B" (Aiken), "Correct answer: c".
OPTION_KEY = re.compile(
    r"^\s*(?:\*\*|__)?(?:answer|correct(?: answer| option| choice)?|solution)\s*+"
    r"(?:\*\*|__)?\s*+[:=\-–—]\s*+(?:\*\*|__)?\s*+(?=\(?[A-Ea-e]\b)",
    re.IGNORECASE,
)
MIN_KEYED = 2


def apply_option_keys(items: list) -> None:
    """Questions with options, each followed by the letter it takes ("ANSWER: B"): the
    answer is the chosen option (and what the key adds). In such a quiz, the options of a
    question with no letter under them are not its answer."""
    quiz = []
    for item in items:
        options = _options(item.body)
        if len(options) >= MIN_OPTIONS:
            keys = [i for i, line in enumerate(item.body) if OPTION_KEY.match(line)]
            quiz.append((item, options, keys[-1] if keys else None))
    if sum(1 for _, _, at in quiz if at is not None) < MIN_KEYED:
        return
    for item, options, at in quiz:
        if at is None:  # (what else is under it may answer it: an explanation, or not)
            item.body = [line for line in item.body if not OPTION.match(line)]
            continue
        line = item.body[at]
        answer = _answer(line[OPTION_KEY.match(line).end() :].strip(), options)
        item.body = [answer, *item.body[at + 1 :]]
