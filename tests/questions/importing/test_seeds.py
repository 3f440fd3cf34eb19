"""The bundled seed documents: what each one brings into the bank, pinned."""

import re
from collections import Counter
from pathlib import Path

import pytest

from questions.importing import SEED_TITLES, SEEDS_DIR, import_bundled_seeds, import_document
from questions.models import Question, Status

pytestmark = pytest.mark.django_db


def seed_path(prefix: str) -> Path:
    [path] = SEEDS_DIR.glob(f"{prefix}_*.txt")
    return path


def import_seed(prefix: str):
    path = seed_path(prefix)
    return import_document(path.read_bytes(), title=SEED_TITLES[prefix], publish=True)


def seed_lines(prefix: str) -> list[str]:
    return seed_path(prefix).read_text(encoding="utf-8").split("\n")


def levels(report: dict) -> Counter:
    return Counter(item["level"] for item in report["items"])


def test_it_imports_the_seeds_in_file_order():
    results = import_bundled_seeds()

    assert [result.report["source"] for result in results] == [
        SEED_TITLES[prefix] for prefix in ("000", "001", "002", "003", "004")
    ]
    assert [result.report["totals"]["found"] for result in results[:4]] == [20, 20, 70, 17]


def test_it_imports_the_tezvyn_bites_with_their_rubrics():
    report = import_seed("000").report

    assert report["totals"] == {
        "found": 20,
        "created": 20,
        "merged": 0,
        "suggested": 0,
        "needs_answer": 0,
        "skipped": 0,
    }
    questions = Question.objects.all()
    assert len(questions) == 20
    assert all(question.what_it_tests and question.answer_outline for question in questions)
    assert {question.status for question in questions} == {Status.PUBLISHED}
    router = Question.objects.get(prompt="How do you include a router in your main FastAPI app?")
    assert router.what_it_tests == "Knowledge of the APIRouter wiring pattern."
    assert router.answer_outline == (
        "Create APIRouter in another file, import it into main.py, "
        "then call app.include_router(router)."
    )
    assert router.red_flags == (
        "Rewriting endpoints manually in main.py rather than using include_router."
    )
    assert Question.objects.filter(prompt__contains="30 sec read").count() == 0


def test_it_merges_the_tezvyn_bites_pasted_again_without_headers():
    import_seed("000")

    report = import_seed("001").report

    assert report["totals"]["created"] == 0
    assert report["totals"]["merged"] == 20
    assert Question.objects.count() == 20
    counts = Question.objects.with_source_count().values_list("source_count", flat=True)
    assert set(counts) == {2}


def test_it_imports_the_70_fastapi_questions_with_levels_and_placeholder_answers():
    report = import_seed("002").report

    assert report["totals"]["found"] == 70
    assert report["totals"]["created"] == 70
    assert levels(report) == {"junior": 12, "mid": 36, "senior": 22}
    assert report["totals"]["needs_answer"] == 18
    numbers = {
        index: int(match.group(1))
        for index, line in enumerate(seed_lines("002"), start=1)
        if (match := re.fullmatch(r"Q(\d+)\.", line))
    }
    unanswered = [numbers[item["line"]] for item in report["items"] if not item["has_answer"]]
    assert unanswered == list(range(53, 71))
    published = Question.objects.filter(status=Status.PUBLISHED)
    assert published.count() == 52
    assert not [q.prompt for q in published if "lorem" in q.answer.lower()]
    assert not Question.objects.filter(answer__icontains="lorem").exists()


def test_it_imports_the_learnixo_article_with_levels_and_fenced_python():
    report = import_seed("003").report

    assert report["totals"]["found"] == 17
    assert levels(report) == {"junior": 7, "mid": 5, "senior": 5}
    assert [item["section"] for item in report["items"]] == (
        ["Junior Level"] * 7 + ["Mid Level"] * 5 + ["Senior Level"] * 5
    )
    answers = list(Question.objects.values_list("answer", flat=True))
    python_lines = seed_lines("003").count("Python")
    assert sum(answer.count("```python\n") for answer in answers) == python_lines
    assert not [answer for answer in answers if re.search(r"^Python$", answer, re.MULTILINE)]
    config = Question.objects.get(prompt="How do you handle environment-specific configuration?")
    code, after = config.answer.rsplit("\n```", 1)
    assert code.rstrip().endswith('return {"env": "debug" if settings.debug else "production"}')
    assert after.strip().startswith("The @lru_cache ensures Settings() is only instantiated once")


PROJECT_TREE = "How do you structure a FastAPI application for production?"


def test_it_shows_the_learnixo_project_tree_without_broken_characters():
    import_seed("003")

    tree = Question.objects.get(prompt=PROJECT_TREE)
    assert "├── main.py" in tree.answer
    assert "ā”" not in tree.answer


def test_it_keeps_the_learnixo_project_tree_as_a_preformatted_block():
    import_seed("003")

    tree = Question.objects.get(prompt=PROJECT_TREE)
    first_block = tree.answer.split("\n```\n")[0]
    assert first_block.startswith("```")
    assert "app/\n" in first_block
    assert first_block.rstrip().endswith("tests/")


QUESTION_LINE = re.compile(r"^###\s+(?:Q\d+\.\s+|\d+\.\s+)?(?P<text>.+)$|^Q\d+\.\s+\S")
SECTION_TITLE = re.compile(r"\(\d+(?: Questions)?\)$")
ANSWER_LINE = re.compile(r"^(?:A|Answer):")


def question_lines_of_004() -> set[int]:
    """An independent reading of 004: '### ...' and 'Q12. ...' lines that are not section
    titles, and unmarked lines whose next line starts with 'A:' or 'Answer:'."""
    lines = seed_lines("004")
    found = set()
    for number, line in enumerate(lines, start=1):
        match = QUESTION_LINE.match(line)
        if (match and not (match.group("text") and SECTION_TITLE.search(match.group("text")))) or (
            line.strip()
            and not line.startswith("#")
            and number < len(lines)
            and ANSWER_LINE.match(lines[number])
        ):
            found.add(number)
    return found


def test_it_finds_every_question_of_the_long_markdown_collection():
    expected = question_lines_of_004()

    report = import_seed("004").report

    assert len(expected) == 406
    assert {item["line"] for item in report["items"]} == expected
    assert report["totals"]["found"] == 406


def test_it_never_takes_a_section_header_of_004_for_a_question():
    report = import_seed("004").report

    prompts = {item["prompt"] for item in report["items"]}
    assert (
        not {
            "Python",
            "Core Python (30 Questions)",
            "Advanced Python (15 Questions)",
            "Data Structures & Algorithms",
            "Core Python (Basics to Advanced)",
            "25 Advanced Python Interview Questions",
        }
        & prompts
    )
    assert not [prompt for prompt in prompts if SECTION_TITLE.search(prompt)]


def test_it_merges_known_duplicates_across_the_seeds():
    import_bundled_seeds()

    gil = Question.objects.get(prompt="What is Python’s GIL?")
    assert "Explain Python's GIL." in gil.references.values_list("original_prompt", flat=True)
    injection = Question.objects.get(prompt="How does dependency injection work in FastAPI?")
    assert set(injection.references.values_list("source__title", "original_prompt")) == {
        (SEED_TITLES["003"], "How does dependency injection work in FastAPI?"),
        (SEED_TITLES["004"], "Explain dependency injection in FastAPI."),
        (SEED_TITLES["004"], "How does dependency injection work in FastAPI?"),
    }
    counted = Question.objects.with_source_count()
    assert counted.get(pk=injection.pk).source_count == 2
    assert Question.objects.filter(prompt="What is FastAPI?").count() == 1
