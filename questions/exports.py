"""A set as a document people can read, and our importer can read back: Markdown and CSV."""

import csv
import io

from django.http import HttpResponse
from django.utils.text import slugify

from questions.markdown import split_prompt

FORMATS = {"md": "text/markdown; charset=utf-8", "csv": "text/csv; charset=utf-8"}
RUBRIC = [("what_it_tests", "What it tests"), ("answer_outline", "Answer outline")]


def as_markdown(question_set, questions, *, answers: bool) -> str:
    parts = [f"# {question_set.title}\n"]
    if question_set.description:
        parts.append(question_set.description.strip() + "\n")
    for number, question in enumerate(questions, start=1):
        title, body = split_prompt(question.prompt)
        parts.append(f"## {number}. {' '.join(title.split())}\n")
        if body:
            parts.append(body + "\n")
        if answers:
            parts.append((question.answer.strip() or "TODO: no answer yet") + "\n")
            for field, label in RUBRIC:
                if getattr(question, field):
                    parts.append(f"**{label}:** {getattr(question, field).strip()}\n")
            if question.red_flags:
                parts.append(f"**Red flags:** {question.red_flags.strip()}\n")
    return "\n".join(parts)


def _cell(value: str) -> str:
    # A spreadsheet runs a cell that starts like a formula: keep it text.
    return f"'{value}" if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def as_csv(questions, *, answers: bool) -> str:
    columns = ["number", "prompt", "topic", "level"]
    if answers:
        columns += ["answer", "what_it_tests", "answer_outline", "red_flags"]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    for number, question in enumerate(questions, start=1):
        row = [str(number), question.prompt, question.topic.name if question.topic else ""]
        row.append(question.get_level_display() if question.level_known else "")
        if answers:
            row += [question.answer, question.what_it_tests, question.answer_outline]
            row.append(question.red_flags)
        writer.writerow([_cell(value) for value in row])
    return out.getvalue()


def download(question_set, questions, fmt: str, *, answers: bool) -> HttpResponse:
    if fmt == "md":
        content = as_markdown(question_set, questions, answers=answers)
    else:
        content = as_csv(questions, answers=answers)
    response = HttpResponse(content, content_type=FORMATS[fmt])
    filename = f"{slugify(question_set.title) or 'question-set'}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
