"""A course's questions-and-answers tab copied as text (an online course's "Q&A", a class
forum's list of threads): each thread's title is the question, and its first reply that
answers it, the answer.

Copied from the page, a thread is its title, a byline under it ("Rahul K · Lecture 42 ·
3 months ago"), what the asker wrote, a vote count, "2 replies"; each reply brings the
writer's initials, name, role ("Instructor") and age ("· 3 months ago"). The asker's own
words are their question in more words, not its answer; a reply that only agrees ("Spot
on 👍", "+1, bumping") or puts it off answers nothing, and a thread with no other reply
has no answer. Line numbers are kept: a line left out becomes a blank line.
"""

import re

from questions.importing import lines as L
from questions.importing.chat import messages_only
from questions.importing.forum import BUTTONS, FURNITURE
from questions.importing.unanswered import only_agreement, says_no_answer

AGE = r"(?:\d{1,3} (?:second|minute|hour|day|week|month|year)s? ago|yesterday|just now)"
# "Rahul K · Lecture 42 · 3 months ago", "Marta Nowak · 2 days ago", "· 3 months ago"
BYLINE = re.compile(rf"^(?P<who>[^·\n]{{0,60}}?)\s*+·(?:[^·\n]{{1,60}}+·)*+\s*+{AGE}$", re.I)
# A writer's initials on a line of their own: the avatar.
AVATAR = re.compile(r"^[A-Z]{1,3}$")
# A writer's badge: "Instructor", "Teaching Assistant", "Mentor".
ROLE = re.compile(
    r"^(?:instructor|teacher|teaching assistant|(?:community )?ta|mentor|staff|moderator|"
    r"course staff|author|admin)$",
    re.IGNORECASE,
)
NAME = re.compile(r"^[^\W\d_][\w.'’-]{0,30}(?: [^\W\d_][\w.'’-]{0,30}){0,3}$")
# Between threads and under each: where a post's text ends.
ENDS_POST = re.compile(
    r"^(?:add (?:a )?reply|write a reply\W*|reply to (?:this )?thread|"
    r"back to all (?:questions|threads|discussions)|"
    r"follow replies|\d{1,5} repl(?:y|ies)|load more replies|see (?:all|more) replies|"
    r"view \d{1,5} more repl(?:y|ies))$",
    re.IGNORECASE,
)
MIN_THREADS = 3


# "Rahul K · Lecture 42 · 3 months ago": where in the course it was asked.
COURSE_PLACE = re.compile(
    r"·\s*(?:lecture|lesson|section|module|week|chapter|unit|video|part)\s+\d", re.IGNORECASE
)


def looks_like_course_qa(text: str) -> bool:
    """Threads (a title over its byline) under the page's own buttons ("2 replies", "Add
    reply"): a document that only signs its answers ("Ana Lopez · 3 days ago") is not one."""
    lines = [line.strip() for line in text[:500_000].split("\n")]
    threads = sum(1 for i in range(len(lines)) if _thread_title(lines, i) is not None)
    buttons = sum(1 for line in lines if ENDS_POST.match(line))
    return threads >= MIN_THREADS and buttons >= MIN_THREADS


def course_qa_to_markdown(text: str) -> str:
    lines = [line.strip() for line in text.split("\n")]
    out = [""] * len(lines)
    posts = _posts(lines)
    for start, title, who, replies in posts:
        out[start] = f"Q: {title}"
        answer = next(
            (reply for reply in replies if reply[1] != who and _answers(reply[2], lines)),
            None,
        )
        if answer is not None:
            words = _words(lines, *answer[2])
            first = min(words)
            for i in words:
                out[i] = f"A: {lines[i]}" if i == first else lines[i]
    return "\n".join(out)


def _thread_title(lines: list[str], byline: int) -> int | None:
    """The line of the thread's title whose byline is at `byline`, if it is one."""
    match = BYLINE.match(lines[byline])
    if not match or byline == 0 or not match.group("who").strip():
        return None
    title = lines[byline - 1]
    if not title or ROLE.match(title) or AVATAR.match(title):
        return None
    # A question, or a title over a byline that says where in the course it was asked
    if L.asks(title) or COURSE_PLACE.search(lines[byline]):
        return byline - 1
    return None


def _posts(lines: list[str]) -> list[tuple[int, str, str, list[tuple[int, str, tuple]]]]:
    """Each thread: (its title's line, the title, who asked, its replies as (header line,
    writer, (first, end) lines of the text))."""
    headers = _headers(lines)
    threads: list = []
    for n, (start, byline, who, title) in enumerate(headers):
        end = headers[n + 1][0] if n + 1 < len(headers) else len(lines)
        text = _text(lines, byline + 1, end)
        if title is not None:
            threads.append((title, lines[title], who, []))
        elif threads:
            threads[-1][3].append((start, who, text))
    return threads


def _headers(lines: list[str]) -> list[tuple[int, int, str, int | None]]:
    """(first line of the post's header, its byline, its writer, its thread's title line or
    None for a reply) of each post."""
    headers = []
    for i, line in enumerate(lines):
        match = BYLINE.match(line)
        if not match:
            continue
        title = _thread_title(lines, i)
        if title is not None:
            start = title - 1 if title and AVATAR.match(lines[title - 1]) else title
            headers.append((start, i, match.group("who").strip(), title))
            continue
        start, who = i, match.group("who").strip()
        if start and ROLE.match(lines[start - 1]):
            start -= 1
        if not who and start and NAME.match(lines[start - 1]):
            start, who = start - 1, lines[start - 1]
        if start and AVATAR.match(lines[start - 1]):
            start -= 1
        headers.append((start, i, who, None))
    return headers


# --- One thread's posts, each a message: a forum page read as the chat it is -------------

MIN_POSTS = 4


def looks_like_forum_posts(text: str) -> bool:
    """Posts, each under its writer's name and age ("Ana Lima" / "· 4 days ago"), with the
    page's buttons ("Reply"): a discussion where people ask and others answer."""
    lines = [line.strip() for line in text[:500_000].split("\n")]
    if sum(1 for line in lines if NESTING.match(line)) >= MIN_NESTED:
        return False  # a threaded page ("level 2" over each reply): the forum page's reading
    posts = [header for header in _headers(lines) if header[2] and header[3] is None]
    buttons = sum(1 for line in lines if line.lower() in BUTTONS)
    return len(posts) >= MIN_POSTS and buttons >= MIN_THREADS


# How deep a reply is, over it, as a threaded page (Reddit's) says it: "level 2"
NESTING = re.compile(r"^level \d{1,2}$", re.IGNORECASE)
MIN_NESTED = 3


def forum_posts_as_chat(text: str) -> str:
    """Each post a chat message from its writer, without the page's votes and buttons; the
    chat's reading says which post asks and which answers."""
    lines = [line.strip() for line in text.split("\n")]
    headers = [header for header in _headers(lines) if header[2]]
    said, asked = [], set()
    for n, (_, byline, who, _) in enumerate(headers):
        end = headers[n + 1][0] if n + 1 < len(headers) else len(lines)
        words = [lines[i] for i in _words(lines, *_text(lines, byline + 1, end))]
        if len(words) > 1 and _plain(words[0]) in asked:
            words = words[1:]  # a reply that quotes the question it answers, first
        asked.update(_plain(line) for line in words if line.rstrip().endswith("?"))
        writer = " ".join(who.split())
        for index, line in enumerate(words):
            # a post that answers and then asks its own ("Here's mine: Why ...?"): the
            # question is a message of its own, as in a chat
            if index == 0 or _asks_anew(line):
                said.append(f"[00:00] {writer}: {line}")
            else:
                said.append(line)
    return messages_only("\n".join(said))


# "My question: ...", "Here's mine: ...", "Next: ...", "OK, one for you all: ..."
LEAD = re.compile(r"^[^:?\n]{1,40}:\s+(?=\S)")


def _plain(line: str) -> str:
    lead = LEAD.match(line)
    return " ".join(line[lead.end() if lead else 0 :].lower().split())


def _asks_anew(line: str) -> bool:
    lead = LEAD.match(line)
    asked = line[lead.end() :] if lead else line
    return asked.rstrip().endswith("?") or (lead is not None and L.asks(asked))


def _text(lines: list[str], first: int, end: int) -> tuple[int, int]:
    """The lines of a post's text: to the first line that ends a post."""
    for i in range(first, end):
        if ENDS_POST.match(lines[i]):
            return first, i
    return first, end


def _words(lines: list[str], first: int, end: int) -> list[int]:
    """The lines of a post that are its words, not its votes and buttons."""
    return [
        i
        for i in range(first, end)
        if lines[i] and not FURNITURE.match(lines[i]) and lines[i].lower() not in BUTTONS
    ]


def _answers(span: tuple[int, int], lines: list[str]) -> bool:
    said = "\n".join(lines[i] for i in _words(lines, *span))
    return bool(said) and not only_agreement(said) and not says_no_answer(said)
