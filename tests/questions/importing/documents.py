"""Small documents through the pipeline's pure steps, as the layout tests need them, and
documents that grow in the shapes that once made the importer quadratic."""

from textwrap import dedent

from questions.importing import SEEDS_DIR
from questions.importing.cleaning import Draft, clean_item
from questions.importing.parsing import parse_document
from questions.importing.reading import normalise_text, read_text


def drafts_of(document: str) -> list[Draft]:
    """Split and clean a document written inline (indented, as in a test)."""
    return [clean_item(item) for item in parse_document(normalise_text(dedent(document))).items]


def read_drafts(text: str) -> list[Draft]:
    """The drafts of a pasted text, as read by its reader (email, forum, rows, org...)."""
    return [clean_item(item) for item in parse_document(read_text(text).text).items]


def pairs_of(text: str) -> list[tuple[str, str]]:
    """(prompt, answer) of every question a pasted text holds, as its reader reads it; the
    answer "" when it needs one."""
    return [(draft.prompt, draft.answer) for draft in read_drafts(text)]


def prompts(drafts: list[Draft]) -> list[str]:
    return [draft.prompt for draft in drafts]


def _code(lines: int) -> str:
    return "".join(f"    result_{i} = compute(value_{i}, {i})\n" for i in range(lines))


def _seeds_start(size: int) -> str:
    seeds = "\n".join(path.read_text(encoding="utf-8") for path in sorted(SEEDS_DIR.glob("*.txt")))
    return seeds[: seeds.rindex("\n", 0, size)]


# name -> a document n times as large (n = 1 is some 2-30 KB).
GROWING = {
    "long runs of blank lines inside an item": lambda n: (
        "### Q1. What is x?\n" + "\n" * 4000 * n + "It goes on here.\n" * 200 * n
    ),
    "blank runs between paragraphs": lambda n: (
        "### Q1. What is x?\nA: It starts here.\n" + ("\n" * 500 + "And goes on.\n") * 4 * n
    ),
    "30 KB of code followed by many blank lines": lambda n: (
        "### Q1. Show it?\nA: Like this:\n" + _code(750 * n) + "\n" * 2000 * n + "    done()\n"
    ),
    "repeated <summary": lambda n: "### Q1. What?\nA: x\n" + "<summary" * 4000 * n + "</summary>\n",
    "repeated <summary lines": lambda n: (
        "### Q1. What?\nA: x\n" + "<summary\n" * 1000 * n + "</summary>"
    ),
    "a column of answer labels": lambda n: "### Q1. What?\n" + "A:\n" * 2000 * n + "x\n",
    "a loose list": lambda n: "### Q1. Name them?\nA:\n" + "- an item\n\n" * 500 * n,
    "the seed documents": lambda n: _seeds_start(20_000) * n,
    "a table of questions": lambda n: (
        "| # | Question | Answer |\n|---|---|---|\n"
        + "".join(f"| {i} | What is item {i}? | It is {i}. |\n" for i in range(300 * n))
    ),
    "a chat of questions left open, replies naming a topic": lambda n: "".join(
        f"[10:{i % 60:02d}] ana: what is the alpha{i} setting for?\n"
        f"[10:{i % 60:02d}] ana: and what is the beta{i} setting for?\n"
        f"[10:{i % 60:02d}] bo: Gamma{i}: it sets the thing before it.\n"
        for i in range(300 * n)
    ),
    "tab-indented lines, one after another": lambda n: (
        "### Q1. Explain this code.\n\n" + "\tresult = compute(value)\n" * 2000 * n
    ),
    "show notes citing their chapters without blank lines": lambda n: (
        "".join(f"({i // 60:02d}:{i % 60:02d}) What is item {i}?\n" for i in range(100 * n))
        + "".join(f"**({i // 60:02d}:{i % 60:02d}) Item.** It is {i}.\n" for i in range(100 * n))
    ),
    "bulleted questions under bold topics": lambda n: "".join(
        f"{i}. **Topic {i}**\n   - What is part {i}?\n     Its answer.\n   - Why part {i}?\n"
        for i in range(150 * n)
    ),
}
