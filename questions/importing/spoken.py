"""A video's transcript copied from its page: the times go, and what the host asks is a
question of its own.

The time is on a line of its own over each caption ("0:35" / "so the first question..."),
or in front of it ("[00:35] so the first question..."). Without them, what is said reads as
sentences: a question's answer, not a list of timed fragments. A caption that asks, after a
lead-in ("next question:", "okay, everyone's favourite:", "alright,"), is the host's
question, and the captions after it, until the next, its answer:

    [04:19] next: what is consistent hashing?
    [04:22] honestly this one needs a whiteboard and more than two minutes,

A question the host asks inside an answer ("first ask: per user, per IP or per API key?
and is it for one server or the whole fleet?", "so why does this matter for your design?",
"the fix is simple: how do you make it one step?") is no lead-in's question: it asks twice
on one line, goes on with "so", or its colon ends a sentence rather than moving on.
"""

import re

from questions.importing import lines as L

_BARE_TIME = re.compile(r"^[ \t]*\d{1,2}:\d{2}(?::\d{2})?[ \t]*$")
# In front of the caption: "[00:35] ", "(1:02:11) " (without brackets, "14:05 asked: ..."
# is a note's time, not a caption's).
_TIME_IN_FRONT = re.compile(r"^[ \t]*[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])][ \t]+(?=\S)")
# (either, counted over the whole text at once)
_ANY_TIME = re.compile(
    r"^[ \t]*(?:[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])][ \t]+\S|\d{1,2}:\d{2}(?::\d{2})?[ \t]*$)",
    re.MULTILINE,
)
MIN_TIMES = 5
MIN_SHARE = 0.25  # of the document's lines: a transcript, not notes with a few times
# What a video's host says to ask: "Question one: what's the difference...?", "Last one,
# question seven: ..." (its own caption line).
_NUMBERED_QUESTION = re.compile(
    r"^[ \t]*(?:(?:and |so |ok(?:ay)?,? )?(?:last|final|next) one,?[ \t]+)?question[ \t]+"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})[ \t]*[:,.][ \t]*"
    r"(?P<asked>[^\n?]{8,300}\?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# ... or any caption that asks after its lead-in: up to a colon ("next up:", "and the last
# one for today:"), or only words that start speech ("okay,", "alright,"; not "so", which
# goes on through an answer: "so why does this matter...?").
_LED_IN = re.compile(
    r"^[ \t]*(?:(?P<colon>[^\n?:]{1,80}:)|(?:(?:okay|ok|alright|all right|right|now|well)\b"
    r"[,.:]?[ \t]+)+)?[ \t]*(?P<asked>[^\n?:]{8,300}\?)[ \t]*$",
    re.IGNORECASE,
)
# ... a lead-in up to a colon that moves on to a question ("next up:", "and the last one for
# today:", "okay, everyone's favourite:"), not a sentence's ("the fix is simple:")
_MOVING_ON = re.compile(
    r"\b(?:question|next|first|last|final|another|bonus|one|up|favou?rite|classic|okay|ok|"
    r"alright)\b",
    re.IGNORECASE,
)
# The captions that end a video: its outro, and a sound's tag ("[Music]", "[Applause]").
_OUTRO = re.compile(
    r"^[ \t]*(?:(?:and |so |okay,? |alright,? )?(?:that's|that’s|that is) (?:it|all) for today|"
    r"thanks? (?:you )?for watching)(?![\w'’])",
    re.IGNORECASE,
)
_SOUND = re.compile(
    r"^[ \t]*\[(?:music|applause|laughter|silence|intro music|outro music)\][ \t]*$", re.I
)
COMMENTS = re.compile(r"^[ \t]*(?:[\d,.]+[kK]?[ \t]+)?comments?\b[ \t]*$", re.IGNORECASE)
# How many words a question asked after a mere "so" or "okay" must have: "so why does this
# matter?" asks on the way through an answer.
MIN_UNLED_WORDS = 6
# ... unless the transcript titles its questions itself ("Q2 - What is a deadlock?", "## ...")
_LABELLED = re.compile(r"^[ \t]*(?:q\d{1,3}\b|#{1,6}[ \t])", re.IGNORECASE | re.MULTILINE)


def drop_caption_times(text: str) -> str:
    """The transcript without its times, each question the host asks on a line of its own
    ("Q: ..."); any other text as it is."""
    if not has_caption_times(text):
        return text
    lines = _captions_only([line for line in text.split("\n") if not _BARE_TIME.match(line)])
    said = "\n".join(lines)
    if _LABELLED.search(said):
        return said  # its questions have their own lines: the host reads them out again
    if _NUMBERED_QUESTION.search(said):
        return _NUMBERED_QUESTION.sub(r"\nQ: \g<asked>", said)
    return "\n".join(_asked(line) for line in lines)


def _captions_only(lines: list[str]) -> list[str]:
    """The lines without the times in front of them, their sound tags, the video's outro,
    and, where each caption had a time in front, the page's comments under the last; each
    gone line left blank, so the others keep their numbers."""
    timed = [index for index, line in enumerate(lines) if _TIME_IN_FRONT.match(line)]
    last = len(lines)
    if len(timed) >= MIN_TIMES:  # the page's comments under the transcript, if it has them
        last = next((i for i in range(timed[-1] + 1, len(lines)) if COMMENTS.match(lines[i])), last)
    said, ended = [], False
    for index, line in enumerate(lines):
        line = _TIME_IN_FRONT.sub("", line)
        ended = ended or bool(_OUTRO.match(line))
        said.append("" if ended or index >= last or _SOUND.match(line) else line)
    return said


def has_caption_times(text: str) -> bool:
    """A video page's transcript: a time over or in front of each caption."""
    times = len(_ANY_TIME.findall(text))
    if times < MIN_TIMES:
        return False
    written = sum(1 for line in text.split("\n") if line.strip())
    return times >= MIN_SHARE * written


def _asked(line: str) -> str:
    """The caption as the host's question ("\\nQ: ..."), if it is one; else as it is."""
    led = _LED_IN.match(line) if line.rstrip().endswith("?") else None
    if led is None:
        return line
    asked = led.group("asked").strip()
    first = re.split(r"[\s,(]", asked.lower(), maxsplit=1)[0].replace("’", "'")
    if first not in L.QUESTION_WORDS and not L.COMPARES.search(asked):
        return line
    if not led.group("colon") and len(asked.split()) < MIN_UNLED_WORDS:
        return line
    if led.group("colon") and not _MOVING_ON.search(led.group("colon")):
        return line
    return f"\nQ: {asked}"
