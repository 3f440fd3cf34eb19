"""Step 4: find which drafts are new and which join a question already asked elsewhere.

Certain duplicates (same fingerprint) join; likely ones are recorded for staff after writing
(record_for_review), never merged by the importer.
"""

import re
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz

from questions.fingerprint import identifiers, prompt_fingerprint, prompt_key
from questions.importing.cleaning import Draft
from questions.models import LikelyDuplicate, Question, Status

# Likely duplicates: prompts whose content words (prompt_key) score at least this with
# rapidfuzz's token sort ratio, without the same fingerprint (that is certain, and merges).
# On the seeds, pairs from 88 up are rewordings ("How do you implement rate limiting in
# FastAPI?" / "How would you implement rate limiting in a FastAPI app?" 94, "Explain shallow
# vs deep copy." / "Difference between deepcopy and shallow copy?" 89); below it other
# questions start to mix in ("debug" / "deploy Python applications" 86, "decorator" /
# "descriptors" 85). Staff decide: nothing in the band merges by itself.
LIKELY = 88
MOST_PROPOSED = 3  # per question: the best few are enough to find its twin


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


def record_for_review(matches: list[Match]) -> tuple[int, int]:
    """After writing: record likely duplicates of the new questions, flag code to fix.

    Returns (likely duplicates recorded, questions with code that could not be restored).
    """
    # Only questions whose answer is this document's: an importer who may not change the
    # bank's questions (change_existing=False) leaves the other questions' flags alone.
    written = {
        m.question.pk: m.draft
        for m in matches
        if m.creates or (m.draft.answer and m.question.answer == m.draft.answer)
    }
    flagged = [pk for pk, draft in written.items() if draft.unrestored_code]
    Question.objects.filter(pk__in=flagged).update(code_unrestored=True)
    Question.objects.filter(pk__in=written.keys() - set(flagged), code_unrestored=True).update(
        code_unrestored=False
    )
    created = [m.question for m in matches if m.creates]
    pairs = likely_duplicates(created)
    LikelyDuplicate.objects.bulk_create(
        [LikelyDuplicate(question=q, other_id=other, score=score) for q, other, score in pairs]
    )
    return len(pairs), len(flagged)


def likely_duplicates(questions: list[Question]) -> list[tuple[Question, int, float]]:
    """(question, id of the bank question it probably repeats, score), pairs not seen before."""
    if not questions:
        return []
    bank = list(
        Question.objects.public_bank()
        .exclude(status=Status.ARCHIVED)
        .values_list("pk", "prompt", "fingerprint")
    )
    keys = {pk: _words(prompt) for pk, prompt, _ in bank}
    fingerprints = {pk: fingerprint for pk, _, fingerprint in bank}
    # Only prompts with the same code names and numbers can be alike: compared within groups.
    names = {pk: _names(prompt) for pk, prompt, _ in bank}
    groups: dict[frozenset, set[int]] = defaultdict(set)
    for pk, name in names.items():
        groups[name].add(pk)
    postings: dict[str, set[int]] = defaultdict(set)
    for pk, words in keys.items():
        for word in words:
            postings[word].add(pk)
    found: list[tuple[Question, list[tuple[float, int]]]] = []
    for question in questions:
        group = groups.get(names.get(question.pk) or _names(question.prompt), set())
        if len(group) < 2:
            continue
        words = keys.get(question.pk) or _words(question.prompt)
        text = " ".join(words)
        scored = []
        for other in _candidates(words, postings) & group:
            if other == question.pk or fingerprints[other] == question.fingerprint:
                continue
            score = fuzz.token_sort_ratio(text, " ".join(keys[other]), score_cutoff=LIKELY)
            if score:
                scored.append((score, other))
        if scored:
            found.append((question, sorted(scored, reverse=True)))
    # Pairs already recorded (waiting, merged, dismissed) are never proposed again.
    known = LikelyDuplicate.objects.known_pairs([question.pk for question, _ in found])
    pairs = []
    for question, scored in found:
        fresh = [(s, other) for s, other in scored if frozenset((question.pk, other)) not in known]
        for score, other in fresh[:MOST_PROPOSED]:
            pairs.append((question, other, score))
            known.add(frozenset((question.pk, other)))
    return pairs


def _words(prompt: str) -> list[str]:
    return prompt_key(prompt).removeprefix("=").split()


def _candidates(words: list[str], postings: dict[str, set[int]]) -> set[int]:
    """Questions with at least two of the prompt's three rarest words (of those others have
    too). A pair scoring LIKELY shares nearly all its words, so this loses none worth
    proposing, and keeps the comparisons few even in a bank of look-alike prompts."""
    shared = [postings[word] for word in set(words) if len(postings.get(word, ())) > 1]
    rarest = sorted(shared, key=len)[:3]
    if len(rarest) < 3:
        return set().union(*rarest)
    first, second, third = rarest
    return (first & second) | (first & third) | (second & third)


def _names(prompt: str) -> frozenset[str]:
    """What must be equal for two prompts to be the same question: code names and numbers
    ("Python 3.11" is not "Python 3.12", "case 12" is not "case 13")."""
    names = identifiers(prompt) if "_" in prompt or "." in prompt.rstrip(".") else set()
    return frozenset(names | set(re.findall(r"\d+(?:\.\d+)*", prompt)))
