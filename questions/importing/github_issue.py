"""A GitHub issue (or pull request) copied from its page: the first post, then comments,
each under "@name" / "Member" / "name commented on Mar 4", among the page's menus, label
events, reactions ("👍 3") and a bot's comments. Its posts are kept as paragraphs, everything
else left blank, so a comment that repeats a question of the first post and answers it reads
as that answer.
"""

import re

POST_HEADER = re.compile(
    r"^[ \t]*[\w.-]{1,40}(?: bot)? (?:commented|opened this (?:issue|pull request)) on "
    r"[A-Z][a-z]{2,8} \d{1,2}(?:, \d{4})?\b.{0,40}$"
)
BOT_HEADER = re.compile(r"^[ \t]*[\w.-]{1,40} bot commented on ")
# A post's author's role, under their handle: "Member", "First-time contributor"
ROLES = r"(?:member|contributor|owner|collaborator|author|first-time contributor)"
# The lines around a post: its author's handle and role, "edited", a reaction's count, the
# issue's events ("@lena-sz lena-sz added hiring documentation labels on Mar 4")
FURNITURE = re.compile(
    rf"^[ \t]*(?:@[\w.-]{{1,40}}|{ROLES}|edited|•|·|(?:[^\x00-\x7f]{{1,3}}[ \t]*\d{{1,5}}[ \t]*)+|"
    r"@[\w.-]{1,40} [\w.-]{1,40}(?: bot)? (?:added|removed|mentioned this|closed this|"
    r"reopened this|self-assigned|assigned|changed the title|linked a pull request|"
    r"referenced this|pinned this|locked)\b.{0,200})[ \t]*$",
    re.IGNORECASE,
)
HANDLE = re.compile(r"@[\w.-]{1,40}")
ROLE = re.compile(ROLES, re.IGNORECASE)
OPENED = re.compile(r"\bopened this (?:issue|pull request) on [A-Z][a-z]{2,8} \d")
PAGE_END = re.compile(r"^[ \t]*(?:sign up for free to join this conversation|to join this)", re.I)
MIN_POSTS = 2


def looks_like_github_issue(text: str) -> bool:
    """Posts under their author's handle or role ("@lena-sz" / "Member" / "lena-sz commented
    on Mar 4"), or on a page that says who opened the issue (a copy may drop the handles):
    not a note that quotes "tiangolo commented on Mar 4"."""
    lines = text.split("\n", 200_000)[:200_000]
    opened = any(OPENED.search(line) for line in lines[:200])
    posts = 0
    for index, line in enumerate(lines):
        if len(line) <= 200 and POST_HEADER.match(line):
            above = [row.strip() for row in lines[max(index - 3, 0) : index]]
            posts += opened or any(HANDLE.fullmatch(row) or ROLE.fullmatch(row) for row in above)
            if posts >= MIN_POSTS:
                return True
    return False


def github_issue_to_markdown(text: str) -> str:
    lines = text.split("\n")
    first = next((index for index, line in enumerate(lines) if POST_HEADER.match(line)), 0)
    out = [""] * first  # the page's menus and title bar
    bot = ended = False
    for line in lines[first:]:
        ended = ended or bool(PAGE_END.match(line))
        if POST_HEADER.match(line):
            bot = bool(BOT_HEADER.match(line))
            out.append("")
        elif ended or bot or FURNITURE.match(line):
            out.append("")
        else:
            out.append(line.strip() if len(line) - len(line.lstrip()) == 1 else line)
    return "\n".join(out)
