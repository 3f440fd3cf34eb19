"""Which points of the outline a typed answer touched: a hint for grading oneself, not a
grade. A point counts as covered when at least half of its key words (or words sharing
their first five letters: "schedules" for "scheduling") appear in the answer."""

import re
from dataclasses import dataclass

from questions.rubric import rubric_for

_WORD = re.compile(r"[a-z0-9_][a-z0-9_.]*[a-z0-9_]|[a-z0-9]", re.IGNORECASE)
STEM = 5
# Words that say nothing about an answer's content.
_COMMON = set(
    "about after also because been before being between both but can could does each "
    "from have into just like made make many more most much must only other over same "
    "should some such than that their them then there these they this those through "
    "used uses using very what when where which while will with would your".split()
)


@dataclass(frozen=True)
class Point:
    text: str
    covered: bool


def _stems(text: str) -> set[str]:
    words = (w.lower().strip(".") for w in _WORD.findall(text))
    return {w[:STEM] for w in words if len(w) >= 4 and w not in _COMMON}


def coverage(typed: str, *, answer: str, outline: str) -> list[Point]:
    """The outline's points, each marked covered or not by `typed`; [] with nothing typed
    or no points to check against."""
    if not typed.strip():
        return []
    said = _stems(typed)
    points = rubric_for(answer=answer, outline=outline, red_flags="").outline
    result = []
    for text in points:
        terms = _stems(text)
        if terms:
            result.append(Point(text, len(terms & said) * 2 >= len(terms)))
    return result
