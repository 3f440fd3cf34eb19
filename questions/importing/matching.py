"""Step 4: find which drafts are new and which join a question already asked elsewhere."""

import re
from dataclasses import dataclass

from questions.fingerprint import prompt_fingerprint
from questions.importing.cleaning import Draft
from questions.models import Question


@dataclass
class Match:
    draft: Draft
    fingerprint: str
    existing: Question | None = None  # the bank question it joins
    first: "Match | None" = None  # an earlier item of this document it repeats
    question: Question | None = None  # the row it ends up on, once written
    replaced_answer: str = ""  # the bank's answer that this item's better answer replaced
    suggested_answer: str = ""  # a better answer for a published question, for staff to review

    @property
    def creates(self) -> bool:
        return self.existing is None and self.first is None


def match_drafts(drafts: list[Draft]) -> list[Match]:
    """Pair each draft with the public-bank question or earlier item it duplicates."""
    matches = [Match(draft, prompt_fingerprint(draft.prompt)) for draft in drafts]
    in_bank: dict[str, Question] = {}
    fingerprints = {match.fingerprint for match in matches}
    for question in Question.objects.public_bank().filter(fingerprint__in=fingerprints):
        in_bank.setdefault(question.fingerprint, question)  # ordered by pk: the oldest
    seen: dict[str, Match] = {}
    for match in matches:
        match.existing = in_bank.get(match.fingerprint)
        if match.existing is None and match.fingerprint in seen:
            match.first = seen[match.fingerprint]
        seen.setdefault(match.fingerprint, match)
    return matches


def answer_quality(answer: str) -> int:
    """How much an answer teaches: its words, plus credit for code and structure."""
    if not answer:
        return 0
    words = len(re.findall(r"\w+", answer))
    code = 40 if "```" in answer else 0
    # [^\S\n]: indentation only; "\s*" ran across every following blank line, from each one.
    structure = 10 if re.search(r"^[^\S\n]*(?:[-*]|\d+\.)\s", answer, re.MULTILINE) else 0
    return words + code + structure


def better_answer(candidate: str, current: str) -> bool:
    """Replace an answer only with a clearly better one, so re-imports do not flip-flop."""
    return answer_quality(candidate) > answer_quality(current) * 1.2 + 5
