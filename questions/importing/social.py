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

from questions.importing.unanswered import only_following, says_no_answer

# "@lenah", and on the fediverse "@lenah@hachyderm.io"
# (longer than X allows only with its instance: "@asynccontextmanager" is a decorator)
HANDLE = re.compile(r"^@(?:\w{1,15}|\w{1,30}@[\w-]{1,60}(?:\.[\w-]{1,60}){1,5})$")
MIN_HANDLES = 3
FURNITURE = re.compile(
    r"^(?:·|\d[\d,.]*\s*[km]?|views?|reposts?|retweets?|quotes?|likes?|bookmarks?|replies|"
    r"show more|show replies|translate post|post|see new posts|conversation|follow|"
    r"replying to(?: @\w{1,15})+|"
    # Mastodon's: a content warning and its toggle, "Edited Feb 26", "Web", "1+" replies
    r"cw:.{0,80}|show less|following|edited [a-z]{3} \d{1,2}|web|\d{1,3}\+|boosts?|"
    r"favou?rites?|[a-z]{3} \d{1,2}, \d{4}, \d{1,2}:\d{2}|"
    r"(?:\d{1,2}:\d{2}\s*[ap]m\s*·\s*)?[a-z]{3} \d{1,2}(?:, \d{4})?|\d{1,2}[hm])$",
    re.IGNORECASE,
)
# After the thread: the page's own sidebars, to the end.
PAGE_END = re.compile(
    r"^(?:discover more|relevant people|new to (?:x|twitter)\?|what(?:'|’)s happening|"
    r"trending(?: in \w+)?|who to follow|more posts|sign up now\b.*)$",
    re.IGNORECASE,
)
# Someone else's reply that names the post it answers: "@lenah re 8/10: publish...",
# "@lenah for 4/10 I'd start from the numbers"
REPLY_TO_POST = re.compile(
    r"^@\w{1,30}(?:@[\w.-]{1,80})?[ \t]+(?:(?:for|re|on|about|answering)[ \t]+)?(\d{1,3})"
    r"(?:/\d{1,3}\b|[ \t]+/[ \t]+\d{1,3}\b|[ \t]*/)[ \t]*:?[ \t]*(\S.{0,3000})$",
    re.IGNORECASE,
)
MIN_REPLY_WORDS = 15
# ... and one that only cheers or waits for an answer: "such a good one, following 👀"
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
    replies: list[tuple[str, str]] = []  # (the post's number, what a reply to it says)
    ends: dict[str, int] = {}  # the line each numbered post ends on
    starts_at: dict[str, int] = {}  # ... and starts on
    total = _thread_length(lines)  # "3" of the author's "1/3"
    current = ""  # the number of the author's post being read
    writer = ""  # whose post the line is in
    ended = False
    for index, line in enumerate(lines):
        stripped = line.strip()
        ended = ended or bool(PAGE_END.match(stripped))
        following = lines[index + 1].strip() if index + 1 < len(lines) else ""
        if HANDLE.match(stripped) or HANDLE.match(following):
            writer = stripped if HANDLE.match(stripped) else writer
            out.append("")  # a handle, or the display name above it: a new post begins
            continue
        if ended or writer != author or FURNITURE.match(stripped):
            # another's reply that names the post it answers ("6/ token bucket per key...")
            cited = REPLY_TO_POST.match(stripped) if writer and writer != author else None
            if cited is None and writer != author and _replying_to(lines, index, author):
                cited = CITES_POST.match(stripped)
                # ("1/2 honestly..." numbers the reply's own thread; "3/10 would hire" rates)
                of = OWN_COUNT.match(stripped)
                cited = None if of and of.group(1) != total else cited
            if cited and _answers(cited.group(2)):
                replies.append((cited.group(1), cited.group(2)))
            out.append("")
            continue
        if not (out and out[-1]) and (numbered := POST_NUMBER.match(line)):
            current = numbered.group(0).split("/")[0].strip()
            starts_at[current] = len(out)
        if stripped:
            ends[current] = len(out)
        starts = bool(out) and not out[-1]
        line = POST_NUMBER.sub("", line) if starts else line
        quoted = QUOTED_LINE.match(line) if starts else None
        # quoted, what was asked is a question, even as a task or without its "?"
        out.append(f"Q: {quoted.group(1).strip()}" if quoted else line)
    for number, said in replies:
        start, end = starts_at.get(number), ends.get(number)
        if start is not None and end is not None and end > start:
            under = "\n".join(out[start + 1 : end + 1]).strip()
            if under and says_no_answer(under):  # "Reply with your answer, I'll quote the best"
                out[start + 1 : end + 1] = [""] * (end - start)
        _answer_post(out, end, said)
    return "\n".join(out)


# ... under "Replying to @lenah": "6/ token bucket per key...", "11 since nobody answered: ..."
# (a count is written "6/8" or "6 / 8": "6/ 429 plus Retry-After" cites post 6 and says 429)
CITES_POST = re.compile(
    r"^(\d{1,3})(?:/\d{1,3}\b|[ \t]+/[ \t]+\d{1,3}\b|[ \t]*/|[ \t]+(?=since\b))[ \t]*"
    r"(?:since [^:\n]{1,40}:)?[ \t]*(\S.{0,3000})$",
    re.IGNORECASE,
)


OWN_COUNT = re.compile(r"\d{1,3}(?:/|[ \t]+/[ \t]+)(\d{1,3})\b")


def _thread_length(lines: list[str]) -> str:
    """How many posts the author's thread says it has ("2/3 How would you..." -> "3"): the
    count most posts give."""
    counts = Counter(
        count.group(1) for line in lines if (count := OWN_COUNT.match(line.strip()))
    ).most_common(1)
    return counts[0][0] if counts else ""


def _replying_to(lines: list[str], index: int, author: str) -> bool:
    """Whether the post `index` is in says, just above it, that it replies to the author."""
    above = " ".join(line.strip().lower() for line in lines[max(index - 2, 0) : index])
    return f"replying to {author.lower()}" in above


def _answers(said: str) -> bool:
    return len(said.split()) >= MIN_REPLY_WORDS and not only_following(said)


def _answer_post(out: list[str], end: int | None, said: str) -> None:
    """A reply that answers the author's post by its number ("@lenah re 8/10: publish your
    keys as a JWKS..."): its text after that post, in the blank lines the post's counts left
    (a line of its own, so every other line keeps its number)."""
    if end is None:
        return
    if end + 2 < len(out) and not out[end + 1] and not out[end + 2]:
        out[end + 2] = said
    else:
        out[end] += "\n\n" + said
