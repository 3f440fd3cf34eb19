"""Questions a forum's posts tell rather than list, written out as "Q:" and "A:" lines.

In a thread people say what they were asked: 'I got "What is Celery?" What they wanted to
hear: ...', 'they asked me how the ORM pools connections. answer: ...'; and a reply quotes
the question it answers ("> how do you make a task idempotent" over its answer). Each such
question becomes a "Q:" line, and what its writer says next an "A:" line, on lines of the
page's own (a blank line after it, or the reply's first line), so every line keeps its number.
"""

import re

from questions.importing import lines as L

# 'I got "what is Celery ...?" What they wanted to hear: ...', 'My favourite: "A page is
# slow. Walk me through how you'd find out why." No single right answer, but ...', 'So in
# interviews I now ask "how would you...?"', or the quote alone at the start of its line.
_QUOTED = re.compile(
    r"^(?P<lead>[^\"“\n]{0,160}?\b(?:got|ask|asked(?: me| us)?|was asked|were asked|"
    r"favou?rite(?: one)?(?: is| was)?|(?:the |my |first |last |one )?question was)\s*[:,]?\s*)?"
    r"[\"“](?P<asked>[^\"”\n]{10,300}?)[\"”]\s*(?:(?P<dash>[–—-])|[.,:;])?\s*(?P<said>.*)$",
    re.IGNORECASE,
)
# 'they asked me how the Django ORM handles connection pooling. answer: it doesn't really'
_REPORTED = re.compile(
    r"^(?:\W*(?:and|so|also|then|oh)\W+)?(?:they|he|she|the interviewer|interviewer|i was|"
    r"we were)\s+(?:asked|was asked|were asked)(?: me| us)?\s+"
    r"((?:how|what|why|when|whether|which|where)\b[^.?!\n]{5,200})[.?]\s*"
    r"(?:(?:my )?answer\s*:\s*)?(.*)$",
    re.IGNORECASE,
)
# '... "How do you mock external APIs in pytest?" is one I get in almost every loop.'
_QUOTED_AS_ONE = re.compile(
    r"[\"“](?P<asked>[^\"”\n]{10,300}?\?)[\"”]\s+is (?:one|a question|something) "
    r"(?:i|they|we|you|people) (?:always |often |usually )?(?:get|got|ask|hear|see)\b",
    re.IGNORECASE,
)
_QUOTE = re.compile(r"^\s*>\s?(.*)$")
QUOTED_NUMBER = re.compile(r"^\s*(\d{1,3})[.)]\s+(?=\S)")


def told_questions(lines: list[str]) -> list[str]:
    lines = list(lines)
    for index, line in enumerate(lines):
        following = index + 1 < len(lines) and not lines[index + 1].strip()
        told = _told(line)
        if told and (following or not told[1]):
            question, answer = told
            lines[index] = f"Q: {question}"
            if answer:
                lines[index + 1] = f"A: {answer}"
            continue
        quoted = _QUOTE.match(line)
        quote_goes_on = index > 0 and _QUOTE.match(lines[index - 1])
        asked = QUOTED_NUMBER.sub("", quoted.group(1)) if quoted else ""
        if quoted and L.asks(asked) and not quote_goes_on:
            reply = _reply_after(lines, index)
            numbered = QUOTED_NUMBER.match(quoted.group(1))
            if reply is not None and numbered:
                # "> 3. Explain what CORS is" quotes the post's list: its answer cites it
                lines[index] = ""
                lines[reply] = f"#{numbered.group(1)} — {lines[reply].strip()}"
            elif reply is not None:
                lines[index] = f"Q: {quoted.group(1).strip()}"
                lines[reply] = f"A: {lines[reply].strip()}"
    return lines


def _told(line: str) -> tuple[str, str] | None:
    """(the question, what is said after it) of a line that tells one, else None."""
    if len(line) > 2000 or not ('"' in line or "“" in line or " asked " in line.lower()):
        return None
    quoted = _QUOTED.match(line.strip())
    # what is quoted asks, in one of its sentences ("A page is slow. Walk me through...")
    asked = quoted.group("asked") if quoted else ""
    if quoted and any(L.asks(part) for part in re.split(r"(?<=[.?!])\s+", asked)):
        # after a quote alone and a dash ('"What happens on self.retry()?" – it's shocking how
        # many can't answer it'), a remark about the question, not its answer
        remark = quoted.group("dash") and not quoted.group("lead")
        said = "" if remark else quoted.group("said").strip()
        if said[:1].islower():  # '... "?" and wait.', '... " which I bombed': the sentence goes on
            said = ""
        return asked.strip(), said
    one = _QUOTED_AS_ONE.search(line)
    if one:
        return one.group("asked").strip(), ""
    reported = _REPORTED.match(line.strip())
    if reported:
        question = reported.group(1).strip()
        return f"{question[0].upper()}{question[1:]}?", reported.group(2).strip()
    return None


def _reply_after(lines: list[str], index: int) -> int | None:
    """The first line of the reply under a quoted question (a blank line between them at
    most), unless the quote goes on."""
    for after in range(index + 1, min(index + 3, len(lines))):
        text = lines[after].strip()
        if _QUOTE.match(lines[after]):
            return None
        if text:
            return after
    return None
