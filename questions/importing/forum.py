"""A forum or Q&A page copied as text (a thread, a question with its answers): its buttons,
vote counts, user names and ages are not text.

Copied from the browser, every post brings "Reply / Share / Report / Save", a score on a
line of its own, "level 2", "u/someone", "2y", "asked Mar 2, 2021 at 17:45". Between two
posts these lines would be read as the end of one answer. On a question-and-answers page,
the question's own post (from its title to "3 Answers") is the question, not an answer.
"""

import re

BUTTONS = {
    "reply",
    "share",
    "report",
    "save",
    "follow",
    "award",
    "upvote",
    "downvote",
    "vote",
    "flag",
    "permalink",
    "edit",
    "add a comment",
    "improve this answer",
    "improve this question",
    "show more comments",
    "load more comments",
    "sort by:",
    "sorted by:",
    "question feed",
}
MIN_BUTTONS = 4  # a page with posts has a row of buttons under each
FURNITURE = re.compile(
    r"^(?:[+-]?\d[\d,.]*[km]?|level \d{1,2}|r/\S{1,40}|op|·|•|"
    # "u/name OP · 8 hr. ago", "Posted by u/name 9 hr. ago": who wrote a post, and when
    r"(?:posted by )?(?:u/\S{1,40}(?: op)?(?: ?[·•])? )?\d{1,3} ?"
    r"(?:y|yr|yrs|mo|w|d|h|hr|hrs|m|min)s?\.?(?: ago)?|"
    r"(?:posted by )?u/\S{1,40}(?: op)?|posted by|comments? \d[\d,.]*k?|"
    r"(?:asked|answered|edited|modified|viewed|active)\b[^.?!]{0,40}\d[^.?!]{0,40}|"
    r"[\d,.]+k?(?:\s*[●•]\s*[\d,]+)+|\d[\d,.]*k? (?:comments?|upvotes?|points?|replies)\b.{0,40}|"
    r"sort by:.{0,30}|highest score \(default\)|report this ad|your answer|"
    r"sign up or log in|post as a guest|required, but never shown|"
    r"not the answer you(?:'|’)re looking for\?.{0,200}|skip to (?:main )?content|"
    r"log ?in|sign ?up|search(?: \w+)?…?)$",
    re.IGNORECASE,
)
# A thread's comment header or its story line, as a news forum prints them:
# "kvnrdz 2 days ago | parent | next [–]", "412 points by someone 2 days ago | hide | past".
THREAD_HEADER = re.compile(
    r"^(?:\d{1,6} points? by )?\S{1,40} \d{1,3} (?:minutes?|hours?|days?|weeks?|months?|years?) "
    r"ago(?: \| [^|\n]{1,60}){1,8}$|^[\w ]{1,40}(?: \| (?:new|past|comments|ask|show|jobs|"
    r"submit)\b[^|\n]{0,40}){3,}$",
    re.IGNORECASE,
)
# In a news forum's thread, replies to a comment are its discussion ("Do you let them use a
# laptop?"); the thread's own comments carry the questions and what their writers expect.
REPLY_HEADER = re.compile(r" ago \| (?:parent|root)\b")
TOP_COMMENT_HEADER = re.compile(r" ago \| (?:prev|next)\b")
POST_BREAK = "-" * 20  # a rule long enough to end the last comment's answer (parsing.py)
# "3 Answers": where a question's own post ends and the answers begin.
ANSWERS_START = re.compile(r"^\d{1,4} answers?$", re.IGNORECASE)
# A comment's signature at its end: " – user4471925 Mar 2, 2021 at 18:30".
COMMENT = re.compile(r"\s[–—-]\s\S{1,40}\s[A-Z][a-z]{2} \d{1,2}(?:, \d{4})? at \d{1,2}:\d{2}$")
ASKS = re.compile(r"\?\s*$")


def looks_like_forum_page(text: str) -> bool:
    buttons = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.lower() in BUTTONS or (len(stripped) <= 300 and THREAD_HEADER.match(stripped)):
            buttons += 1
            if buttons >= MIN_BUTTONS:
                return True
    return False


def posts_only(text: str) -> str:
    """The page's posts, without the furniture between them; blank lines keep the line
    numbers of the rest (as a PDF's page marks do)."""
    kept = []
    in_reply = False  # under a news forum's reply header ("... ago | parent | next")
    for line in text.split("\n"):
        stripped = line.strip()
        header = THREAD_HEADER.match(stripped) if len(stripped) <= 300 else None
        if header and REPLY_HEADER.search(stripped):
            in_reply = True
        elif header and TOP_COMMENT_HEADER.search(stripped):
            # a comment of the thread's own: what it asks is answered in it, not after it
            in_reply = False
            kept.append(POST_BREAK)
            continue
        if (
            header
            or in_reply
            or stripped.lower() in BUTTONS
            or FURNITURE.match(stripped)
            or COMMENT.search(line)
        ):
            kept.append("")
        else:
            kept.append(_at_margin(line))
    return "\n".join(_without_question_post(kept))


def _at_margin(line: str) -> str:
    """A reply is indented under what it answers: the nesting of a thread, not markdown's
    code block. A list item keeps its place in its list."""
    text = line.lstrip()
    if text[:1] in "-*+•" or re.match(r"\d{1,3}[.)]\s", text):
        return line
    return text


def _without_question_post(lines: list[str]) -> list[str]:
    """On a question-and-answers page, the text under the title up to "N Answers" is the
    asker's own post: their question in more words, never its answer."""
    start = next((i for i, line in enumerate(lines) if ANSWERS_START.match(line.strip())), None)
    if start is None:
        return lines
    title = next((i for i, line in enumerate(lines[:start]) if ASKS.search(line)), None)
    if title is None:
        return lines
    return lines[: title + 1] + [""] * (start - title) + lines[start + 1 :]
