"""Shapes met in held-out sets 60-63: a cheat sheet whose paragraphs lead with a bold
question or a bold topic title, each answered after it in the same paragraph."""

from tests.questions.importing.documents import pairs_of

CHEAT_SHEET = """\
# Backend cheat sheet

One-liners to re-read the morning of the interview.

**What is the GIL?** A mutex in CPython that lets one thread run Python bytecode at a time.

**Generators.** A function with `yield` returns a lazy iterator that keeps its state.

**Shallow vs deep copy.** `copy.copy()` shares the nested objects; `deepcopy` copies them.

**How are dicts implemented?** As open-addressing hash tables with a compact entries array.

**Cursor pagination.** Return an opaque cursor of the last sort key instead of an OFFSET.

**Why is `KEYS *` banned?** It walks the whole keyspace on Redis's single thread.

**Update.** Fixed a typo in the Redis section, thanks to everyone who wrote in.

**Note:** these are one-liners, so read the docs for anything that surprises you.
"""


def test_a_cheat_sheets_bold_titles_are_questions_as_its_bold_questions_are():
    pairs = pairs_of(CHEAT_SHEET)

    assert [prompt for prompt, _ in pairs] == [
        "What is the GIL?",
        "Generators",
        "Shallow vs deep copy",
        "How are dicts implemented?",
        "Cursor pagination",
        "Why is `KEYS *` banned?",
    ]
    assert dict(pairs)["Generators"].startswith("A function with `yield` returns a lazy")
