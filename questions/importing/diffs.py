"""A pull request's page copied with its diff ("Files changed"), or a patch: the document
is what the change makes of the file, the lines it adds and the ones it keeps.

    @@ -38,13 +38,83 @@ Model answers are a guide...
    -## 3. Django
    +## 4. Django
    +### Explain the difference between `select_related` and `prefetch_related`.

reads as "## 4. Django" over the question. The lines it removes go, and so does everything
that is the page's rather than the file's: the conversation above the diff, the review
comments between its lines ("nit: ...", a reviewer's question), a "Suggested change" with
its old and new lines, the bots' reports and the merge box.
"""

import re

HUNK = re.compile(r"^@@ -\d{1,9}(?:,\d{1,9})? \+\d{1,9}(?:,\d{1,9})? @@")
ADDED = re.compile(r"^\+(?!\+\+ )")
PLUS_ONE = re.compile(r"^\+\d{1,3}\W*$")  # a reviewer's "+1" between the lines
SUGGESTION = re.compile(r"^\W*suggested change\W*$", re.IGNORECASE)
MIN_ADDED = 5
ADDED_SHARE = 0.2


def looks_like_diff(text: str) -> bool:
    """A diff outside code fences (a post that shows one in a ```diff block is a post),
    whose added lines are a good share of the text."""
    if "@@ -" not in text:
        return False
    hunks = added = written = 0
    fenced = False
    for line in text.split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        elif not fenced:
            hunks += bool(HUNK.match(line))
            added += bool(ADDED.match(line))
            written += bool(line.strip())
    return hunks >= 1 and added >= MIN_ADDED and added >= ADDED_SHARE * written


def diff_to_markdown(text: str) -> str:
    out: list[str] = []
    in_hunk = in_suggestion = False
    for line in text.split("\n"):
        if HUNK.match(line):
            in_hunk, in_suggestion = True, False
            continue
        if SUGGESTION.match(line):
            in_suggestion = True  # the reviewer's old and new lines: not the file's (yet)
            continue
        if in_suggestion and line[:1] in "+-":
            continue
        in_suggestion = False
        if not in_hunk or line.startswith(("+++ ", "--- ")):
            continue
        if ADDED.match(line) and not PLUS_ONE.match(line):
            out.append(line[1:])
        elif line.startswith(" "):
            out.append(line[1:])  # a line the change keeps, around the ones it adds
        elif line.startswith("diff --git "):
            in_hunk = False  # the next file's header, until its first hunk
    return "\n".join(out)
