"""A thread from a social network copied as text ("1/16 🧵 ..."): only its author's posts.

Copied from the page, every post brings its author's name and @handle, a "·", a date, and
counts of replies, reposts and likes on lines of their own; the page adds "Show more",
"Replying to @...", and after the thread its sidebars ("Relevant people", "What's
happening"). None of that is text. Replies from other people are chatter about the thread,
not answers. A post's "2/16" numbering goes too: it numbers posts, not questions. Line
numbers are kept: a line left out becomes a blank line.
"""

import re
from collections import Counter

HANDLE = re.compile(r"^@\w{1,15}$")
MIN_HANDLES = 3
FURNITURE = re.compile(
    r"^(?:·|\d[\d,.]*\s*[km]?|views?|reposts?|retweets?|quotes?|likes?|bookmarks?|replies|"
    r"show more|show replies|translate post|post|see new posts|conversation|follow|"
    r"replying to(?: @\w{1,15})+|"
    r"(?:\d{1,2}:\d{2}\s*[ap]m\s*·\s*)?[a-z]{3} \d{1,2}(?:, \d{4})?|\d{1,2}[hm])$",
    re.IGNORECASE,
)
# After the thread: the page's own sidebars, to the end.
PAGE_END = re.compile(
    r"^(?:discover more|relevant people|new to (?:x|twitter)\?|what(?:'|’)s happening|"
    r"trending(?: in \w+)?|who to follow|more posts|sign up now\b.*)$",
    re.IGNORECASE,
)
POST_NUMBER = re.compile(r"^\s*\d{1,3}\s*/\s*(?:\d{1,3}(?!\d))?\s*(?:🧵)?\s*")  # "2/16", "2/"
# A post that quotes what it asks: '2/ "What is a database index and when does it hurt?"',
# '9/ System design one: "Design a URL shortener"'
QUOTED_LINE = re.compile(r"^\s*(?:[^\"“:\n]{1,60}:\s*)?[\"“]([^\"“”\n]{5,400})[\"”]\s*$")


def looks_like_social_thread(text: str) -> bool:
    if "\n@" not in text:
        return False
    handles, fenced = 0, False
    for line in text.split("\n"):
        fenced = fenced != line.startswith("```")  # "@contextmanager" in code is no handle
        handles += not fenced and bool(HANDLE.match(line.strip()))
    return handles >= MIN_HANDLES


def author_posts_only(text: str) -> str:
    lines = text.split("\n")
    handles = [line.strip() for line in lines if HANDLE.match(line.strip())]
    author = Counter(handles).most_common(1)[0][0] if handles else ""
    out: list[str] = []
    writer = ""  # whose post the line is in
    ended = False
    for index, line in enumerate(lines):
        stripped = line.strip()
        ended = ended or bool(PAGE_END.match(stripped))
        following = lines[index + 1].strip() if index + 1 < len(lines) else ""
        if ended or HANDLE.match(stripped) or HANDLE.match(following):
            writer = stripped if HANDLE.match(stripped) else writer
            out.append("")  # a handle, or the display name above it: a new post begins
            continue
        if writer != author or FURNITURE.match(stripped):
            out.append("")
            continue
        starts = bool(out) and not out[-1]
        line = POST_NUMBER.sub("", line) if starts else line
        quoted = QUOTED_LINE.match(line) if starts else None
        out.append(quoted.group(1) if quoted else line)
    return "\n".join(out)
