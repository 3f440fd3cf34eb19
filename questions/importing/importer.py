"""Step 5: write a document's questions in one transaction, and report what happened.

Imports write one at a time: each write transaction starts by taking a PostgreSQL advisory
lock, then looks for the document and matches its questions again, so an import that waited
sees what the one before it wrote and merges into it instead of adding the same questions.
"""

import hashlib
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.db import connection, transaction
from django.utils.text import slugify

from questions.copying import copy_new
from questions.importing.cleaning import Draft, clean_item
from questions.importing.matching import Match, better_answer, match_drafts, record_for_review
from questions.importing.parsing import ParsedDocument, Skipped, parse_document
from questions.importing.reading import DocumentError, read_text, read_upload
from questions.models import Question, Source, SourceReference, Status, SuggestionState, Topic
from questions.summary import forget_bank_summary

# Any constant bigint will do, as long as every import uses the same: "question" in ASCII.
IMPORT_LOCK = 0x7175657374696F6E

# progress(stage, done, total): told how far an import is, at most every PROGRESS_EVERY
# questions (and once at the start and the end of each stage), so that reporting costs
# nothing next to the work. It may raise to stop the import: nothing is written then.
Progress = Callable[[str, int, int], None]
PARSING, CLEANING, WRITING = "parse", "clean", "write"
PROGRESS_EVERY = 250
# Rows per COPY while writing: also how often writing reports its progress.
WRITE_BATCH = 1000


class _Ticker:
    """Calls `progress` for one stage, skipping ticks closer than PROGRESS_EVERY."""

    def __init__(self, progress: Progress | None, stage: str, total: int):
        self.progress, self.stage, self.total, self.last = progress, stage, total, None

    def tick(self, done: int) -> None:
        if self.progress is None:
            return
        if self.last is None or done - self.last >= PROGRESS_EVERY or done == self.total:
            self.progress(self.stage, done, self.total)
            self.last = done


@dataclass
class ImportResult:
    source: Source | None
    report: dict
    dry_run: bool
    already_imported: bool = False


def import_document(
    data: bytes | str,
    *,
    title: str,
    imported_by=None,
    publish: bool = False,
    change_existing: bool = True,
    dry_run: bool = False,
    progress: Progress | None = None,
    include_lines: Iterable[int] = (),
    exclude_lines: Iterable[int] = (),
) -> ImportResult:
    """Import one document; raise DocumentError (and write nothing) if it cannot be.

    Without `change_existing` (an importer who may add questions but not change them),
    questions already in the bank are only linked to this source, never updated.
    `include_lines` and `exclude_lines` (1-based) are lines staff say do, or never, start
    a question (the admin preview's ticks).
    """
    reading = read_text(data) if isinstance(data, str) else read_upload(data)
    text = reading.text
    checksum = hashlib.sha256(text.encode()).hexdigest()
    existing = Source.objects.filter(checksum=checksum).first()  # before parsing it for nothing
    if existing is not None:
        return _already_imported(existing, dry_run)
    overrides = {"include": frozenset(include_lines), "exclude": frozenset(exclude_lines)}
    parsed, drafts = _drafts(text, progress, overrides)
    with transaction.atomic():
        _wait_for_other_imports()
        existing = Source.objects.filter(checksum=checksum).first()
        if existing is not None:
            return _already_imported(existing, dry_run)
        result = _write(
            reading,
            checksum,
            title,
            parsed,
            drafts,
            imported_by,
            publish,
            change_existing,
            progress,
        )
        if dry_run:
            transaction.set_rollback(True)
            result.source, result.dry_run = None, True
    return result


def _wait_for_other_imports() -> None:
    """Hold the import lock until this transaction ends (commit or rollback)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", [IMPORT_LOCK])


def _already_imported(source: Source, dry_run: bool) -> ImportResult:
    return ImportResult(source, _unchanged_report(source), dry_run, already_imported=True)


def _drafts(
    text: str, progress: Progress | None, overrides: dict
) -> tuple[ParsedDocument, list[Draft]]:
    """Split and clean a document, or say why it has no questions."""
    lines = _Ticker(progress, PARSING, text.count("\n") + 1)
    lines.tick(0)
    try:
        parsed = parse_document(text, **overrides)
    except ValueError as error:  # a line number the document does not have
        raise DocumentError(str(error)) from None
    lines.tick(lines.total)
    if not parsed.items:
        raise DocumentError(
            "No questions found. Looked for: " + ", ".join(parsed.tried) + ". "
            "Questions should be headings, numbered (Q1., 1.), or lines ending in '?'."
        )
    drafts = []
    cleaned = _Ticker(progress, CLEANING, len(parsed.items))
    for done, item in enumerate(parsed.items):
        cleaned.tick(done)
        draft = clean_item(item)
        if draft.prompt:
            drafts.append(draft)
        else:
            parsed.skipped.append(Skipped(item.line, item.prompt, "question without any text"))
    cleaned.tick(len(parsed.items))
    if not drafts:
        raise DocumentError("No questions found: every question-like line was empty.")
    return parsed, drafts


def _write(
    reading, checksum, title, parsed, drafts, imported_by, publish, change_existing, progress
) -> ImportResult:
    Topic.objects.ensure_base_topics()
    topics = {topic.slug: topic for topic in Topic.objects.all()}
    matches = match_drafts(drafts)
    source = Source.objects.create(
        title=title[:300],
        checksum=checksum,
        format_detected=parsed.format[:60],
        text=reading.text,
        imported_by=imported_by,
    )
    creating = [m for m in matches if m.creates]
    new = [_new_question(m.draft, m.fingerprint, topics, publish) for m in creating]
    _assign_slugs(new)
    # Rows written: the new questions, then a reference for every item.
    written = _Ticker(progress, WRITING, len(new) + len(matches))
    written.tick(0)
    for start in range(0, len(new), WRITE_BATCH):
        copy_new(new[start : start + WRITE_BATCH])
        written.tick(min(start + WRITE_BATCH, len(new)))
    for match, question in zip(creating, new, strict=True):
        match.question = question
    for match in matches:
        if not match.creates:
            match.question = match.existing or match.first.question
    merging = [m for m in matches if not m.creates]
    # Rows that were in the bank before this document: only linked without the right.
    kept_as_they_are = [] if change_existing else [m for m in merging if m.existing]
    changed = _merge([m for m in merging if m not in kept_as_they_are], topics, publish)
    Question.objects.bulk_update(
        changed,
        ["answer", "what_it_tests", "answer_outline", "red_flags", "level", "topic", "status"],
    )
    references = [_reference(source, m) for m in matches]
    for start in range(0, len(references), WRITE_BATCH):
        copy_new(references[start : start + WRITE_BATCH])
        written.tick(len(new) + min(start + WRITE_BATCH, len(references)))
    record_for_review(matches)  # likely duplicates and code to fix, for staff (matching.py)
    source.report = _report(title, parsed, matches) | {"read_as": reading.read_as}
    if not change_existing:
        source.report["totals"]["left_unchanged"] = len({m.existing.pk for m in kept_as_they_are})
    source.save(update_fields=["report"])
    forget_bank_summary()  # bulk writes send no signal: the landing shows them at once
    return ImportResult(source, source.report, dry_run=False)


def _assign_slugs(questions: list[Question]) -> None:
    """Unique slugs for a whole document in two queries (a collision gets a fingerprint suffix)."""
    base = {id(q): slugify(q.prompt)[:80].strip("-") or "question" for q in questions}
    taken = set(Question.objects.filter(slug__in=set(base.values())).values_list("slug", flat=True))
    colliding = []
    for question in questions:
        if base[id(question)] in taken:
            colliding.append(question)
        else:
            question.slug = base[id(question)]
            taken.add(question.slug)
    other = {id(q): f"{base[id(q)]}-{q.fingerprint[:8]}" for q in colliding}
    taken |= set(
        Question.objects.filter(slug__in=set(other.values())).values_list("slug", flat=True)
    )
    for question in colliding:
        slug = other[id(question)]
        while slug in taken:
            slug = f"{base[id(question)]}-{secrets.token_hex(4)}"
        question.slug = slug
        taken.add(slug)


def _new_question(draft: Draft, fingerprint: str, topics, publish: bool) -> Question:
    if not draft.has_answer:
        status = Status.NEEDS_ANSWER
    else:
        status = Status.PUBLISHED if publish else Status.DRAFT
    return Question(
        slug="",  # set by _assign_slugs, in one pass for the whole document
        prompt=draft.prompt,
        answer=draft.answer,
        what_it_tests=draft.what_it_tests,
        answer_outline=draft.answer_outline,
        red_flags=draft.red_flags,
        level=draft.level,
        topic=topics.get(draft.topic),
        status=status,
        fingerprint=fingerprint,
    )


def _merge(matches: list[Match], topics, publish: bool) -> list[Question]:
    """Fill what the bank question lacks from its duplicates, and take a better answer.

    A published answer is never replaced: the better one waits on this document's reference
    for staff to accept it (admin_suggestions.py), unless the same text already waits there
    or was dismissed.
    """
    published = {
        m.question.pk for m in matches if m.existing and m.question.status == Status.PUBLISHED
    }
    suggested = set(
        SourceReference.objects.filter(
            question__in=published,
            suggestion__in=[SuggestionState.PENDING, SuggestionState.DISMISSED],
        ).values_list("question", "suggested_answer")
    )
    changed: dict[int, Question] = {}
    for match in matches:
        question, draft = match.question, match.draft
        touched = _take_better_answer(match, published, suggested)
        for name in ("what_it_tests", "answer_outline", "red_flags"):
            if getattr(draft, name) and not getattr(question, name):
                setattr(question, name, getattr(draft, name))
                touched = True
        if question.level == "unspecified" and draft.level != "unspecified":
            question.level, touched = draft.level, True
        if question.topic_id is None and draft.topic in topics:
            question.topic, touched = topics[draft.topic], True
        has_answer = bool(question.answer or question.answer_outline)
        if question.status == Status.NEEDS_ANSWER and has_answer:
            question.status, touched = (Status.PUBLISHED if publish else Status.DRAFT), True
        elif question.status == Status.DRAFT and publish and has_answer:
            question.status, touched = Status.PUBLISHED, True
        if touched:
            changed[question.pk] = question
    return list(changed.values())


def _take_better_answer(match: Match, published: set[int], suggested: set) -> bool:
    """Give the question this item's better answer, or suggest it; whether the answer changed."""
    question, answer = match.question, match.draft.answer
    if not answer or not better_answer(answer, question.answer):
        return False
    if question.pk not in published:
        match.replaced_answer = question.answer  # kept on this source's reference
        question.answer = answer
        return True
    if (question.pk, answer) not in suggested:
        match.suggested_answer = answer
        suggested.add((question.pk, answer))
    return False


def _reference(source: Source, match: Match) -> SourceReference:
    return SourceReference(
        question=match.question,
        source=source,
        line=match.draft.line,
        label=match.draft.section[:60],
        original_prompt=match.draft.prompt,
        original_answer=match.draft.raw_answer,
        replaced_answer=match.replaced_answer,
        suggested_answer=match.suggested_answer,
        suggestion=SuggestionState.PENDING if match.suggested_answer else SuggestionState.NONE,
    )


def _unchanged_report(source: Source) -> dict:
    return {
        "source": source.title,
        "format_detected": source.format_detected,
        "already_imported": source.imported_at.isoformat(),
        "items": [],
        "totals": {
            "found": 0,
            "created": 0,
            "merged": 0,
            "suggested": 0,
            "needs_answer": 0,
            "skipped": 0,
        },
        "skipped": [],
    }


def _report(title, parsed, matches: list[Match]) -> dict:
    items = [
        {
            "line": m.draft.line,
            "prompt": m.draft.prompt,
            "level": m.draft.level,
            "topic": m.draft.topic,
            "status": m.question.status,
            "has_answer": m.draft.has_answer,
            "section": m.draft.section,
            "duplicate_of": None if m.creates else m.question.prompt,
            "suggested_answer": bool(m.suggested_answer),
        }
        for m in matches
    ]
    created = sum(m.creates for m in matches)
    return {
        "source": title,
        "format_detected": parsed.format,
        "items": items,
        "totals": {
            "found": len(matches),
            "created": created,
            "merged": len(matches) - created,
            "suggested": sum(bool(m.suggested_answer) for m in matches),
            "needs_answer": sum(not m.draft.has_answer for m in matches),
            "skipped": len(parsed.skipped),
        },
        "skipped": [
            {"line": s.line, "text": s.text[:200], "reason": s.reason} for s in parsed.skipped
        ],
    }
