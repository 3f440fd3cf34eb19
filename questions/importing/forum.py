"""A forum or Q&A page copied as text (a thread, a question with its answers): its buttons,
vote counts, user names and ages are not text.

Copied from the browser, every post brings "Reply / Share / Report / Save", a score on a
line of its own, "level 2", "u/someone", "2y", "asked Mar 2, 2021 at 17:45". Between two
posts these lines would be read as the end of one answer. On a question-and-answers page,
the question's own post (from its title to "3 Answers") is the question, not an answer.
"""

import re

from questions.importing import lines as L
from questions.importing.forum_posts import told_questions
from questions.importing.spoken import has_caption_times

BUTTONS = {
    "reply",
    "like",
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
# A row of them as one line: "⬆ 211 ⬇  Reply  Share  Report  ...", "142 · 58 comments · Share".
_ROW_WORDS = {
    "reply", "share", "report", "save", "follow", "award", "upvote", "downvote", "vote",
    "flag", "permalink", "edit", "comments", "comment", "more", "hide", "...", "…",
    "embed", "give", "parent", "crosspost",  # "permalink embed save report give award reply"
    "show",  # Moodle's "Permalink | Show parent | Reply"
}  # fmt: skip
_ROW_SIGNS = set("⬆⬇▲▼↑↓⇧⇩☆★✔✓♡♥❤💬") | {"accepted"}
_ROW_NOISE = re.compile(r"\*\*|&nbsp;|improve this (?:question|answer)")
_ROW_SPLIT = re.compile(r"[\s·•|]+")
FURNITURE = re.compile(
    r"^(?:[+-]?\d[\d,.]*[km]?|level \d{1,2}|r/\S{1,40}|op|·|•|"
    # "u/name OP · 8 hr. ago", "Posted by u/name 9 hr. ago": who wrote a post, and when
    r"(?:posted by )?(?:u/\S{1,40}(?: op)?(?: ?[·•])? )?\d{1,3} ?"
    r"(?:y|yr|yrs|mo|w|d|h|hr|hrs|m|min)s?\.?(?: ago)?|"
    r"(?:posted by )?u/\S{1,40}(?: op)?|posted by|comments? \d[\d,.]*k?|"
    r"submitted (?:\d{1,3} \w{1,8} ago|on \d{1,2} \w{3,9} \d{4}) by \S{1,40}.{0,40}|"
    r"load more comments \(\d{1,5} repl(?:y|ies)\)|all \d{1,6} comments|sorted by: \w{1,20}|"
    r"\d{1,7} points? \(\d{1,3}% upvoted\)|"
    r"(?:asked|answered|edited|modified|viewed|active|written)\b[^.?!]{0,40}\d[^.?!]{0,40}|"
    # a post's signature: "edited Jan 9 at 16:20 · asked Nov 2, 2020 at 19:44 by **oskar_w**"
    r"(?:edited|asked|answered)\b[^\n]{0,120}\bby\b[^\n]{0,80}|"
    # a writer's reputation and badges: "4,120 ● 2 ● 19", "4,120 2 19 33"
    # (a reputation has a comma, three digits or a "k": not a program's output, "1 2 3")
    r"[\d,.]+k?(?:\s*[●•]\s*[\d,]+)+|(?:\d{1,3}(?:,\d{3})+|\d{3,}|[\d.]+k)(?:[ \t]+\d{1,5}){1,3}|"
    r"\d[\d,.]*k? (?:comments?|upvotes?|points?|replies)\b.{0,40}|"
    r"sort by:.{0,30}|highest score \(default\)|report this ad|your answer|"
    # Moodle's byline: "by Daniela Ortiz - Monday, 4 March 2024, 10:12 AM"
    r"by [^\n]{1,60} - \w{3,9}day, \d{1,2} \w{3,9} \d{4}, \d{1,2}:\d{2}(?: ?[ap]m)?|"
    r"sign up or log in|post as a guest|required, but never shown|"
    r"not the answer you(?:'|’)re looking for\?.{0,200}|skip to (?:main )?content|"
    r"log ?in|sign ?up|search(?: \w+)?…?|"
    # when, and who, in words: "2 days ago", "yesterday", "AUTHOR"
    r"\d{1,3} (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago|yesterday|just now|"
    r"author|privacy policy|terms of (?:service|use)|atlassian|©[^\n]{0,60}|"
    r"[^\W\d_][\w .'-]{0,40} (?:approved|declined|merged) this pull request|"
    # a post's byline and date, as an anonymous forum shows them: "Stripe · x8fKq2" / "Apr 18"
    r"[^\W\d_][\w .&'-]{0,30} · [\w.-]{2,20}(?:[ \t]+op)?|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}(?:, \d{4})?)$",
    re.IGNORECASE,
)
# An old-style thread's comment header: "[–]sql_wizard 12 points 2 days ago*".
COMMENT_HEADER = re.compile(
    r"^\[[–-]\]\s?\S{1,40}(?:\[s\])?(?: -?\d{1,6} points?)? \d{1,3} \w{1,8} ago\*?$",
    re.IGNORECASE,
)
# A moderator bot's comment, signed in its own words.
BOT_SAYS = re.compile(r"\bI am a bot\b.{0,20}\bperformed automatically\b", re.IGNORECASE)
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
ANSWERS_START = re.compile(r"^(?:#{1,4} )?\d{1,4} answers?$", re.IGNORECASE)
# A comment's signature at its end: " – user4471925 Mar 2, 2021 at 18:30".
COMMENT = re.compile(
    r"\s[–—-]\s\S{1,40}(?: \S{1,40})?\s(?:[A-Z][a-z]{2} \d{1,2}(?:, \d{4})? at \d{1,2}:\d{2}|"
    r"\d{1,2} (?:minutes?|hours?|days?|weeks?|months?|years?) ago)$"  # " – Jun Li 3 days ago"
)
ASKS = re.compile(r"\?\s*$")


_COUNT = re.compile(r"\d")


def _button_row(stripped: str) -> bool:
    """A line of buttons, vote arrows and counts, and nothing else ("▲ **41** ▼ ☆ 18",
    "Share · Improve this question · Follow")."""
    if len(stripped) > 120:
        return False
    stripped = _ROW_NOISE.sub(" ", stripped.lower())
    words = [word for word in _ROW_SPLIT.split(stripped) if word]
    return all(  # (first: a line of text fails at its first word)
        word in _ROW_WORDS or word in _ROW_SIGNS or re.fullmatch(r"[\d,.]+[km]?", word)
        for word in words
    ) and any(word in _ROW_WORDS or word in _ROW_SIGNS for word in words)


# A discussion's comment, as GitHub's page copies to markdown: "#### [@kdrozd](https://...) ·
# Mar 11, 2024", and a reply under it, quoted: "> ↳ **[@oyelaran](https://...)** · Mar 11".
DISCUSSION_COMMENT = re.compile(
    r"^(?:#{2,4}\s+|>\s*↳\s*)(?:\*\*)?\[@[\w.-]{1,40}\]\([^)\s]{1,200}\)(?:\*\*)?\s*·.{0,80}$"
)


def looks_like_forum_page(text: str) -> bool:
    if has_caption_times(text):
        return False  # a video's page: its "Share", "Save", "Clip" over a transcript
    if sum(1 for line in text[:500_000].split("\n") if DISCUSSION_COMMENT.match(line)) >= 3:
        return True
    buttons = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if (
            stripped.lower() in BUTTONS
            or _button_row(stripped)
            or (len(stripped) <= 300 and THREAD_HEADER.match(stripped))
        ):
            buttons += 1
            if buttons >= MIN_BUTTONS:
                return True
    return False


def posts_only(text: str) -> str:
    """The page's posts, without the furniture between them; blank lines keep the line
    numbers of the rest (as a PDF's page marks do)."""
    kept = []
    furniture = set()  # the lines left out as the page's, not the posts'
    in_reply = False  # under a news forum's reply header ("... ago | parent | next")
    answers_start = None  # "3 Answers", or the post's "142 · 58 comments · Share" row
    for line in text.split("\n"):
        stripped = line.strip()
        if answers_start is None and (
            ANSWERS_START.match(stripped)
            # the post's row with its count of comments (not a site's "comments" tab)
            or (_button_row(stripped) and "comment" in stripped.lower() and _COUNT.search(stripped))
        ):
            answers_start = len(kept)
        header = THREAD_HEADER.match(stripped) if len(stripped) <= 300 else None
        if header and REPLY_HEADER.search(stripped):
            in_reply = True
        elif header and TOP_COMMENT_HEADER.search(stripped):
            # a comment of the thread's own: what it asks is answered in it, not after it
            in_reply = False
            kept.append(POST_BREAK)
            continue
        if COMMENT_HEADER.match(stripped) or DISCUSSION_COMMENT.match(stripped):
            kept.append(POST_BREAK)  # "[–]user 12 points 2 days ago": a comment ends here
            continue
        if (
            header
            or in_reply
            or stripped.lower() in BUTTONS
            or _button_row(stripped)
            or FURNITURE.match(stripped)
            or COMMENT.search(line)
            or BOT_SAYS.search(stripped)
        ):
            furniture.add(len(kept))
            kept.append("")
        elif answers_start is None and line[:4] == "    " and L.asks(stripped):
            kept.append(f"- {stripped}")  # the asker's post lists its questions, indented
        else:
            kept.append(_at_margin(line))
    _without_signatures(kept, furniture)
    _without_bylines(kept)
    return "\n".join(told_questions(_without_question_post(kept, answers_start)))


# A post's writer between its dates and their score: "edited 2 days ago" / "Rui Costa" /
# "1,204", or a handle, "maria.g".
HANDLE = re.compile(r"^[^\W\d_][\w]{0,20}[._][\w.]{1,20}$")


def _signature(line: str) -> bool:
    """A name ("Rui Costa", "José Pérez") or a handle ("maria.g"), not a short answer
    between a score and its buttons ("Use SKIP LOCKED.")."""
    return _person(line) or bool(HANDLE.match(line))


def _person(line: str) -> bool:
    """A person's name: "Rui Costa", "José Pérez" (two or three capitalised words)."""
    words = line.split()
    return 2 <= len(words) <= 3 and all(
        word[:1].isupper() and (word[1:].islower() or len(word) == 1) for word in words
    )


def _without_signatures(kept: list[str], furniture: set[int]) -> None:
    for index, line in enumerate(kept):
        if index - 1 in furniture and index + 1 in furniture and _signature(line.strip()):
            kept[index] = ""


MIN_BYLINES = 2


def _without_bylines(kept: list[str]) -> None:
    """A name on a line of its own, again and again ("Alex Kim" over each of his comments):
    who wrote each post, not what they wrote."""
    counts: dict[str, int] = {}
    for line in kept:
        counts[line.strip()] = counts.get(line.strip(), 0) + 1
    for index, line in enumerate(kept[:-1]):
        name = line.strip()
        above = kept[index - 1].strip() if index else ""
        # a person's name over their post, not a reply of its own ("Read Committed" twice)
        if (
            counts.get(name, 0) >= MIN_BYLINES
            and _person(name)
            and any(row.strip() for row in kept[index + 1 : index + 3])
            and not above
        ):
            kept[index] = ""


def _at_margin(line: str) -> str:
    """A reply is indented under what it answers: the nesting of a thread, not markdown's
    code block. A list item keeps its place in its list."""
    text = line.lstrip()
    if text[:1] in "-*+•" or re.match(r"\d{1,3}[.)]\s", text):
        return line
    return text


_LISTED = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+\S")
MIN_LISTED = 2


def _listed(line: str) -> bool:
    """A line of a list, or a question numbered as one ("Q2. ...", "Question 3: ...")."""
    return bool(_LISTED.match(line) or L.Q_NUMBER.match(line))


MAX_NAV_WORDS = 3


def _title(lines: list[str]) -> int | None:
    """The line of the page's title when it asks, above the post's list (under a title that
    asks nothing, "...FastAPI," / "what happens to the other requests?" is the list's)."""
    for index, line in enumerate(lines):
        if _listed(line) and (ASKS.search(line) or len(line.split()) > MAX_NAV_WORDS):
            return None  # the post's list ("- Home", "- Questions": the site's menu)
        if ASKS.search(line) and not _listed(line):
            return index
    return None


def _without_question_post(lines: list[str], start: int | None) -> list[str]:
    """On a question-and-answers page, the text under the title up to "N Answers" (or the
    post's row of buttons with its count of comments) is the asker's own post: their
    question in more words, never its answer."""
    if start is None:
        return lines
    title = _title(lines[:start])
    if title is None:
        return lines
    post = lines[title + 1 : start]
    if sum(1 for line in post if _listed(line)) >= MIN_LISTED:
        # "these are the questions I got:" and its list (or an article of numbered
        # questions, "Q1. ...", under its comments' count); the title asks about them
        return [*lines[:title], "", *lines[title + 1 :]]
    return lines[: title + 1] + [""] * (start - title) + lines[start + 1 :]
