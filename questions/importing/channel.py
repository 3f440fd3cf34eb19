"""A channel's posts copied as text (Telegram, a newsletter's archive): a question posted
one day ("❓ Question of the day #41"), its answer another ("✅ Answer to #41"), each post
under the channel's name with its views, its time and its comment count.

Each numbered question is paired with the post that answers it by number; a quiz poll
("📊 Poll: ...?" with its "Quiz" options) with the next post that answers "yesterday's
quiz". A question whose answer was never posted has none. The channel's other posts (its
welcome, adverts, a poll about next week's theme) are not questions, and a question post's
remarks ("Answer tomorrow, guesses in the comments 👇") are not part of it.
"""

import re
from collections import Counter

ASKED = re.compile(
    r"^\W{0,6}(?:question|q|quiz|problem|task|challenge)(?:[ \t]+of[ \t]+the[ \t]+(?:day|week))?"
    r"[ \t]*#[ \t]*(\d{1,5})\W*$",
    re.IGNORECASE,
)
ANSWERED = re.compile(
    r"^\W{0,6}(?:answer|solution)s?[ \t]+(?:to|for)[ \t]+(?:question[ \t]+)?#[ \t]*(\d{1,5})\b"
    r"[ \t:.–—-]*(.*)$",
    re.IGNORECASE,
)
POLL = re.compile(r"^\W{0,6}poll[ \t]*:[ \t]*(\S.{0,500})$", re.IGNORECASE)
QUIZ_KIND = re.compile(r"^[ \t]*quiz[ \t]*$", re.IGNORECASE)
OPTION = re.compile(r"^[ \t]*[○●◯◉☐☑▫▪•][ \t]+")
QUIZ_ANSWER = re.compile(
    r"^\W{0,6}answer[ \t]+to[ \t]+(?:yesterday(?:'|’)s|the(?:[ \t]+last)?)[ \t]+(?:quiz|poll)"
    r"\b[ \t:.–—-]*(.*)$",
    re.IGNORECASE,
)
VIEWS = re.compile(r"^[ \t]*👁[ \t]*\d[\d.,]*[KkMm]?\b.{0,40}$")
COMMENTS = re.compile(r"^[ \t]*💬[ \t]*\d[\d.,]*[KkMm]?[ \t]+comments?[ \t]*$", re.IGNORECASE)
VOTES = re.compile(r"^[ \t]*\d[\d  ,. \t]*+votes?[ \t]*$", re.IGNORECASE)  # "2 317 votes"
DATE = re.compile(
    r"^[ \t]*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}[ \t]+\d{1,2}"
    r"(?:,[ \t]*\d{4})?[ \t]*$",
    re.IGNORECASE,
)
TAGS = re.compile(r"^[ \t]*(?:#\w{1,40}[ \t]*){1,10}$")
REMARK = re.compile(
    r"\banswer (?:tomorrow|on \w+day|next \w+)|\bguess(?:es)? (?:in|below)|\bin the comments\b|👇",
    re.IGNORECASE,
)
MIN_POSTS = 3


def looks_like_channel(text: str) -> bool:
    lines = text.split("\n")
    views = sum(1 for line in lines if VIEWS.match(line))
    numbered = sum(1 for line in lines if ASKED.match(line))
    return views >= MIN_POSTS and numbered >= 2 and _channel_name(lines) is not None


def channel_to_markdown(text: str) -> str:
    questions: list[list] = []  # [number or None, question, answer]
    by_number: dict[str, list] = {}
    last_quiz: list | None = None
    for header, body in _posts(text.split("\n")):
        asked, answered = ASKED.match(header), ANSWERED.match(header)
        poll, quiz = POLL.match(header), QUIZ_ANSWER.match(header)
        if asked:
            question = [asked.group(1), _first_paragraph(body), ""]
            questions.append(question)
            by_number[asked.group(1)] = question
        elif answered and answered.group(1) in by_number:
            by_number[answered.group(1)][2] = _joined(answered.group(2), body)
        elif poll and any(QUIZ_KIND.match(line) for line in body):
            last_quiz = [None, poll.group(1).strip(), ""]
            questions.append(last_quiz)  # a quiz poll; its options are not its answer
        elif quiz and last_quiz is not None:
            last_quiz[2], last_quiz = _joined(quiz.group(1), body), None
    return "\n\n".join(
        f"Q: {asked}\nA: {answer}" if answer else f"Q: {asked}\nA:"
        for _, asked, answer in questions
        if asked
    )


def _channel_name(lines: list[str]) -> str | None:
    """The line every post starts with: the channel's name, said at least MIN_POSTS times."""
    short = Counter(line.strip() for line in lines if 0 < len(line.strip()) <= 80)
    for name, count in short.most_common(5):
        furniture = VIEWS.match(name) or TAGS.match(name) or DATE.match(name)
        if count >= MIN_POSTS and re.search(r"[^\W\d_]", name) and not furniture:
            return name
    return None


def _posts(lines: list[str]) -> list[tuple[str, list[str]]]:
    """(the first line, the rest) of each post, without the channel's counters and dates."""
    name = _channel_name(lines)
    posts: list[list[str]] = []
    for line in lines:
        if line.strip() == name:
            posts.append([])
        elif posts and not (VIEWS.match(line) or COMMENTS.match(line) or DATE.match(line)):
            posts[-1].append(line)
    read = []
    for post in posts:
        while post and not post[0].strip():
            post.pop(0)
        if post:
            body = [line for line in post[1:] if not TAGS.match(line) and not VOTES.match(line)]
            read.append((post[0].strip(), body))
    return read


def _first_paragraph(body: list[str]) -> str:
    """The question: its post's first paragraph, to the remark after it ("Answer tomorrow,
    guesses in the comments 👇")."""
    lines = []
    for line in body:
        if line.strip() and not (lines and REMARK.search(line)):
            lines.append(line.strip())
        elif lines:
            break
    return " ".join(lines)


def _joined(first: str, body: list[str]) -> str:
    text = "\n".join(body).strip("\n")
    return f"{first.strip()}\n\n{text}".strip() if first.strip() else text
