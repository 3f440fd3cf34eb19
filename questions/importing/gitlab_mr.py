"""A GitLab merge request (or issue) copied from its page: comments under "Jonah Okafor
@j.okafor · 8 days ago" and their writer's role ("Maintainer"), threads opened on a diff
(the file's name and its changed lines over the first comment), and the page's events ("...
added 5 commits", "... resolved this thread") among its menus and sidebar. The comments are
read as a chat's messages: who asks, who answers.
"""

import re

from questions.importing.chat import messages_only

_WHO = r"[^\W\d_][\w .'’-]{0,40} @[\w.-]{1,40}"
_AGE = r"\d{1,3} (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago"
COMMENT = re.compile(rf"^[ \t]*{_WHO} · (?:{_AGE}|[A-Z][a-z]{{2}} \d{{1,2}}, \d{{4}})[ \t]*$")
# "... started a thread 7 days ago": the thread's first comment follows without a byline;
# "... on the diff": the file and its lines come first, then the comment under its byline
THREAD = re.compile(rf"^[ \t]*{_WHO} started a thread( on (?:an old version of )?the diff)?\b.*$")
EVENT = re.compile(
    rf"^[ \t]*{_WHO} (?:added \d+ commits?|requested review|resolved (?:this|all) threads?|"
    r"mentioned in|changed (?:the )?(?:description|title|target)|approved this|unapproved|"
    r"marked (?:this|the)|assigned to|unassigned|added \S+ labels?|removed \S+ labels?|"
    r"set the milestone|closed|reopened|merged)\b.*$"
)
WRITER = re.compile(r"^[ \t]*([^@]{1,41}) @")
ROLE = re.compile(r"^[ \t]*(?:maintainer|developer|reporter|guest|owner|author)[ \t]*$", re.I)
# The comment box under the last comment: the page's sidebar follows.
PAGE_END = re.compile(r"^[ \t]*write a comment or drag your files here", re.IGNORECASE)
MIN_COMMENTS = 2


def looks_like_gitlab_discussion(text: str) -> bool:
    lines = text.split("\n", 200_000)[:200_000]
    bylines = 0
    for index, line in enumerate(lines[:-1]):
        if len(line) <= 200 and COMMENT.match(line) and ROLE.match(lines[index + 1]):
            bylines += 1
            if bylines >= MIN_COMMENTS:
                return True
    return False


def gitlab_discussion_to_chat(text: str) -> str:
    """Each comment a chat message from its writer (the page's menus, diffs and events
    left out): the chat's reading says which comment asks and which answers."""
    said: list[str] = []
    writer = None  # the writer of the comment whose words these are; None: not a comment
    first = False
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if PAGE_END.match(line) or _editor(lines, index):
            break
        thread, comment = THREAD.match(line), COMMENT.match(line)
        if comment or thread or EVENT.match(line):
            opens = comment or (thread and not thread.group(1))
            writer = WRITER.match(line).group(1).strip() if opens else None
            first = True
            continue
        if writer is None or not line.strip() or (first and ROLE.match(line)):
            continue
        said.append(f"[00:00] {writer}: {line.strip()}" if first else line)
        first = False
    return messages_only("\n".join(said))


def _editor(lines: list[str], index: int) -> bool:
    """The comment box's tabs ("Write" over "Preview"): the page's comments end there."""
    following = lines[index + 1].strip().lower() if index + 1 < len(lines) else ""
    return lines[index].strip().lower() == "write" and following == "preview"
