"""A question-and-answer site's page (Stack Overflow, Stack Exchange, and the many sites that
mark their pages up as a schema.org QAPage), read as its question and its best answer.

The page says which parts are which: the Question's "name" is its title and its "text"
what the asker wrote (part of the question: the code it asks about); the
"acceptedAnswer", else the first "suggestedAnswer", is the answer. Navigation, votes,
comments, other answers and the "Related questions" beside them are left out.

Unless the best answer is itself a list of questions ("What depth do interviewers expect
on common backend questions?" answered by twelve of them, each with what to say): then the
page collects questions: its title and what the asker wrote are about the page, not
questions of their own, and every answer is read, each after a rule, as the questions it
adds.
"""

import re
from html.parser import HTMLParser

from questions.importing.html import html_to_markdown

ROLES = {"mainEntity", "name", "text", "acceptedAnswer", "suggestedAnswer"}
LINK = re.compile(r"\[([^\]\n]{0,500})\]\([^)\s]{0,1000}\)")
# A line of an answer that asks, numbered as a list's: "### 3. What is X?", "3. What is X?"
# (not bold sub-headings of one answer: "**Is the index used?**").
ASKING_LINE = re.compile(
    r"^(?:#{1,6}[ \t]+)?(?:\*\*)?\d{1,3}[.)][ \t]+[^\n]{5,300}\?(?:\*\*)?[ \t]*$", re.MULTILINE
)
MIN_ASKED = 3
POSTS_RULE = "-" * 24  # (drawn between posts: it ends the answer above it)
VOID = {"br", "img", "hr", "input", "meta", "link", "area", "base", "col", "source", "wbr"}


def looks_like_qa_page(text: str) -> bool:
    """One question with its answers (an FAQ page marks up many: its HTML reads them)."""
    head = text[:500_000].replace("http://schema.org", "https://schema.org")
    return head.count('itemtype="https://schema.org/Question"') == 1 and (
        'itemprop="acceptedAnswer"' in head or 'itemprop="suggestedAnswer"' in head
    )


def qa_page_to_markdown(text: str) -> str:
    parts = _Parts()
    parts.feed(text)
    parts.close()
    # The title is its words: it links to the page itself.
    title = LINK.sub(r"\1", html_to_markdown(parts.title)).strip().lstrip("# ").strip()
    answer = parts.accepted or (parts.suggested[0] if parts.suggested else "")
    asked = html_to_markdown(parts.question).strip()
    said = html_to_markdown(answer).strip()
    if len(ASKING_LINE.findall(said)) >= MIN_ASKED:
        others = [html_to_markdown(other).strip() for other in parts.suggested]
        answers = [said, *(other for other in others if other and other != said)]
        return f"\n\n{POSTS_RULE}\n\n".join(answers)
    return "\n\n".join(
        part for part in (f"Q: {' '.join(title.split())}", asked, f"Answer: {said}") if part
    )


class _Parts(HTMLParser):
    """The inner HTML of the question's title and text, and of each answer's text."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []  # the open elements' roles ("" for none)
        self.capture: list[str] | None = None  # the inner HTML being read, if any
        self.kind, self.open_at = "", 0  # what it is, and how deep its element is
        self.title = self.question = self.accepted = ""
        self.suggested: list[str] = []

    def handle_starttag(self, tag, attrs):
        if self.capture is not None:
            self.capture.append(self.get_starttag_text() or "")
        if tag in VOID:
            return
        role = dict(attrs).get("itemprop") or ""
        self.stack.append(role if role in ROLES else "")
        if self.capture is not None:
            return
        scope = self._scope()
        if role == "name" and scope == "mainEntity" and not self.title:
            self._start("title")
        elif role == "text" and scope in ("mainEntity", "acceptedAnswer", "suggestedAnswer"):
            self._start({"mainEntity": "question"}.get(scope, scope))

    def handle_endtag(self, tag):
        if tag in VOID or not self.stack:
            return
        self.stack.pop()
        if self.capture is not None and len(self.stack) < self.open_at:
            self._finish()
        elif self.capture is not None:
            self.capture.append(f"</{tag}>")

    def handle_data(self, data):
        if self.capture is not None:
            self.capture.append(data)

    def handle_entityref(self, name):
        self.handle_data(f"&{name};")

    def handle_charref(self, name):
        self.handle_data(f"&#{name};")

    def _scope(self) -> str:
        """The innermost open question or answer around the element just opened."""
        for role in reversed(self.stack[:-1]):
            if role in ("mainEntity", "acceptedAnswer", "suggestedAnswer"):
                return role
        return ""

    def _start(self, kind: str) -> None:
        self.capture, self.kind, self.open_at = [], kind, len(self.stack)

    def _finish(self) -> None:
        html, kind = "".join(self.capture or []), self.kind
        self.capture = None
        if kind == "title":
            self.title = html
        elif kind == "question" and not self.question:
            self.question = html
        elif kind == "acceptedAnswer" and not self.accepted:
            self.accepted = html
        elif kind == "suggestedAnswer":
            self.suggested.append(html)
