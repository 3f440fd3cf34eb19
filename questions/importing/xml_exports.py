"""Exports saved as XML: a Moodle quiz (Moodle XML), an LMS's quiz in IMS QTI (1.2, as
Canvas and Blackboard export it, or 2.x), Evernote notes (.enex) and an outliner's or mind
map's outline (OPML), each read as the markdown the parser reads.

- A Moodle question's text is the question; its answer is what it accepts (the options
  with full marks, with their feedback, then the general feedback), or, for an essay,
  the grader's information. Categories become headings.
- A QTI item's text is the question; its answer is the options its scoring gives points
  to (a 1.2 "varequal", a 2.x "correctResponse"). An essay has none.
- An Evernote note is its title as a heading and its body, read as a web page is.
- A Stack Exchange data dump's posts (Posts.xml): each question's title as a heading, and
  under it its accepted answer (else its best scored), read as a web page is; the asker's
  own text is the question's background, not its answer.
- An issue tracker's export (Jira's XML, an RSS feed whose items have a key and a
  summary): each issue's summary as a heading, its description under it; not its comments.
- A blog's Atom feed: each entry's title as a heading, its content under it, read as a web
  page is.
- An OPML outline is its outline, indented by depth, read as any outline is (the lines
  under a question are its answer); a node's note goes under it, or beside a topic's name.
  A mind map (FreeMind, Freeplane: .mm) is read the same way: its nodes are the outline's,
  their notes (HTML) their notes.
- Flashcards in any other XML (Mnemosyne's <item><Q>...</Q><A>...</A></item>, or elements
  named question/answer, front/back): each card's question as a heading, its answer under
  it, both read as a web page is (the fields often hold escaped HTML).

A document that declares entities is not read: an entity can expand without bound.
"""

import html
import re
import xml.etree.ElementTree as ET
from functools import lru_cache

from questions.importing import lines as L
from questions.importing.html import html_to_markdown
from questions.importing.outline import outline_to_markdown

QTI_ROOTS = ("questestinterop", "assessmentItem", "qti-assessment-item", "assessmentTest")
ROOTS = ("quiz", "en-export", "opml", "map", "posts", "rss", "feed", *QTI_ROOTS)
ROOT = re.compile(
    r"^\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--.{0,2000}?-->\s*)*"
    r"(?:<!DOCTYPE[^>\[]{0,300}>\s*)?<(?:quiz|en-export|opml|map|posts|rss|feed|questestinterop|"
    r"assessmentItem|"
    r"qti-assessment-item|assessmentTest)\b",
    re.DOTALL,
)
# Any other root, for flashcards: its name, and the fields a card keeps its sides in.
ANY_ROOT = re.compile(
    r"^\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--.{0,2000}?-->\s*)*(?:<!DOCTYPE[^>\[]{0,300}>\s*)?"
    r"<([A-Za-z][\w.-]{0,40})\b",
    re.DOTALL,
)
NOT_CARDS = {"html", "svg", "rss", "feed", "problem", "course", "ac:structured-macro"}
CARD_SIDES = (("Q", "A"), ("question", "answer"), ("front", "back"), ("Front", "Back"))
MIN_CARDS = 2
TAG = re.compile(r"<[^<>]{0,500}>")
BLOCK_TAG = re.compile(r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|pre)\b[^<>]{0,500}>", re.I)


def looks_like_xml_export(text: str) -> bool:
    return _root(text) is not None


def xml_export_to_markdown(text: str) -> str:
    root = _root(text)
    if root.tag == "quiz":
        return _moodle(root)
    if root.tag == "en-export":
        return "\n\n".join(_note(note) for note in root.iter("note"))
    if root.tag in QTI_ROOTS:
        return _qti(root)
    if root.tag == "posts":
        return _stack_exchange(root)
    if root.tag in OUTLINES:
        return outline_to_markdown(_outline(root))
    if root.tag == "rss":
        return _issues(root)
    if root.tag == "feed":
        return _atom_entries(root)
    return _cards(root)


@lru_cache(maxsize=2)  # asked whether it is one, then read: parsed once
def _root(text: str):
    start = text[:5000]
    other = ANY_ROOT.match(start) if not ROOT.match(start) else None
    if (other is None and not ROOT.match(start)) or "<!ENTITY" in text:
        return None
    if other is not None and other.group(1).lower() in NOT_CARDS:
        return None
    try:
        root = ET.fromstring(text)  # noqa: S314 - no entities: nothing expands
    except ET.ParseError:
        return None
    local_names(root)  # "{http://www.imsglobal.org/...}item" -> "item"
    if root.tag == "rss":  # a feed is read only as an issue tracker's export
        return root if len(_tracked_issues(root)) >= MIN_CARDS else None
    if root.tag in ROOTS:
        return root
    return root if len(_card_elements(root)) >= MIN_CARDS else None


def local_names(root) -> None:
    """Each element's tag without its namespace: "{http://...}item" -> "item"."""
    for element in root.iter():
        if isinstance(element.tag, str):
            element.tag = element.tag.rpartition("}")[2]


def parsed_xml(text: str):
    """The XML document a text is, parsed; None when it is not one, or declares entities
    (an entity can expand without bound)."""
    if "<!ENTITY" in text:
        return None
    try:
        return ET.fromstring(text)  # noqa: S314 - no entities: nothing expands
    except ET.ParseError:
        return None


# --- Moodle XML ---------------------------------------------------------------------------


def _moodle(quiz) -> str:
    parts = []
    for question in quiz.iter("question"):
        kind = question.get("type", "")
        if kind == "category":
            path = _text(question.find("category"))
            parts.append(f"## {path.rstrip('/').rsplit('/', 1)[-1]}" if path else "")
            continue
        asked = _plain(_text(question.find("questiontext")))
        if not asked or kind in ("description", "random"):
            continue  # a page of text between questions, or a draw from the bank
        parts.append(f"Q: {asked}\nA: {_moodle_answer(question, kind)}".rstrip())
    return "\n\n".join(part for part in parts if part)


def _moodle_answer(question, kind: str) -> str:
    if kind == "essay":
        return _plain(_text(question.find("graderinfo")))  # what the grader looks for
    right = [
        answer for answer in question.findall("answer") if _fraction(answer.get("fraction")) >= 100
    ]
    said = []
    for answer in right[:1] or []:
        text = _plain(_text(answer))
        if kind == "truefalse":
            text = (
                "True." if text.lower() == "true" else "False." if text.lower() == "false" else text
            )
        feedback = _plain(_text(answer.find("feedback")))
        said.append(f"{text} {feedback}".strip() if feedback else text)
    others = [_plain(_text(answer)) for answer in right[1:]]
    seen = {said[0].lower()} if said else set()
    others = [o for o in others if o and not (o.lower() in seen or seen.add(o.lower()))]
    if said and others:
        said[0] += f" (also accepted: {', '.join(others)})"
    general = _plain(_text(question.find("generalfeedback")))
    return "\n\n".join([*said, general] if said and general else said)


def _fraction(value: str | None) -> float:
    try:
        return float(value or 0)
    except ValueError:
        return 0.0


def _text(element) -> str:
    """The <text> of a Moodle element (its own text when it has none)."""
    if element is None:
        return ""
    inner = element.find("text")
    return (inner.text if inner is not None else element.text) or ""


def _plain(fragment: str) -> str:
    """A Moodle text (HTML) as one plain line: its blocks apart, its inline tags gone."""
    spaced = BLOCK_TAG.sub(" ", fragment)
    return " ".join(html.unescape(TAG.sub("", spaced)).split())


# --- Atom ---------------------------------------------------------------------------------


def _atom_entries(feed) -> str:
    """A blog's feed: each entry's title as a heading, its content (else its summary) under
    it, read as a web page is."""
    parts = []
    for entry in feed.iter("entry"):
        title = _plain(entry.findtext("title") or "")
        body = entry.findtext("content") or entry.findtext("summary") or ""
        if title:
            parts.append(f"## {title}\n\n{html_to_markdown(body)}".rstrip())
    return "\n\n".join(parts)


# --- IMS QTI ------------------------------------------------------------------------------


def _qti(root) -> str:
    parts = []
    for item in [
        *root.iter("item"),
        *root.iter("assessmentItem"),
        *root.iter("qti-assessment-item"),
    ]:
        asked, answer = _qti1(item) if item.tag == "item" else _qti2(item)
        if asked:
            parts.append(f"Q: {asked}\nA: {answer}".rstrip())
    return "\n\n".join(parts)


def _qti1(item) -> tuple[str, str]:
    """QTI 1.2: the presentation's first text asks; the labels the scoring rewards answer,
    then the feedback every answer gets (Canvas's "general_fb": an essay's model answer).
    A text-only item (the quiz's instructions) asks nothing."""
    if _qti_field(item, "question_type") == "text_only_question":
        return "", ""
    presentation = item.find("presentation")
    texts = [] if presentation is None else presentation.findall("material/mattext")
    asked = " ".join(_plain(text.text or "") for text in texts)
    labels = {
        label.get("ident"): " ".join(_plain(m.text or "") for m in label.iter("mattext"))
        for label in item.iter("response_label")
    }
    right: list[str] = []
    for condition in item.iter("respcondition"):
        points = [_fraction(setvar.text) for setvar in condition.iter("setvar")]
        if not points or max(points) <= 0:
            continue
        negated = {id(v) for no in condition.iter("not") for v in no.iter("varequal")}
        for value in condition.iter("varequal"):
            said = (value.text or "").strip()  # an option's id, or a fill-in's accepted word
            text = labels.get(said, said)
            if id(value) not in negated and text and text not in right:
                right.append(text)
    if right and {text.lower() for text in right} <= {"true", "false"}:
        right = [f"{right[0].capitalize()}."]
    general = [
        _plain(text.text or "")
        for feedback in item.iter("itemfeedback")
        if feedback.get("ident") == "general_fb"
        for text in feedback.iter("mattext")
    ]
    return asked, "\n\n".join(part for part in (", ".join(right), *general) if part)


def _qti_field(item, label: str) -> str:
    """The value of an item's metadata field `label` ("question_type"), or ""."""
    for field in item.iter("qtimetadatafield"):
        if (field.findtext("fieldlabel") or "").strip() == label:
            return (field.findtext("fieldentry") or "").strip()
    return ""


def _qti2(item) -> tuple[str, str]:
    """QTI 2.x: the item body's text and prompt ask; the correct response's choices answer."""
    body = item.find("itemBody") or item.find("qti-item-body")
    if body is None:
        return "", ""
    choices = {
        choice.get("identifier"): _plain("".join(choice.itertext()))
        for choice in body.iter()
        if choice.tag in ("simpleChoice", "qti-simple-choice")
    }
    skipped = {"simpleChoice", "qti-simple-choice"}
    asked = _plain(" ".join(t for e in body.iter() if e.tag not in skipped for t in [e.text or ""]))
    right = [
        choices.get((value.text or "").strip(), (value.text or "").strip())
        for value in item.iter()
        if value.tag in ("value", "qti-value")
        and _inside(item, value, ("correctResponse", "qti-correct-response"))
    ]
    return asked, ", ".join(text for text in right if text)


def _inside(root, element, tags: tuple[str, ...]) -> bool:
    return any(element in parent.iter() for parent in root.iter() if parent.tag in tags)


# --- Evernote -----------------------------------------------------------------------------


def _note(note) -> str:
    title = (note.findtext("title") or "").strip()
    content = note.findtext("content") or ""
    body = html_to_markdown(re.sub(r"<\?xml[^>]*\?>|<!DOCTYPE[^>]*>", "", content))
    return f"# {title}\n\n{body}" if title else body


# --- An issue tracker's export (Jira's XML, an RSS feed of issues) ------------------------


def _tracked_issues(rss) -> list:
    """The feed's items that are issues: each has its key ("HIRE-101") and summary."""
    return [
        item
        for item in rss.iter("item")
        if (item.findtext("key") or "").strip() and (item.findtext("summary") or "").strip()
    ]


# A comment that gives the answer: "Expected answer: ...", "Answer I'd accept: ...".
ANSWER_COMMENT = re.compile(
    r"^\W*(?:(?:(?:expected|model|sample|good|ideal)\s+)?answer(?:\s+i(?:'|’)?d\s+accept)?|"
    r"expected)\s*:\s*",
    re.IGNORECASE,
)
SEE_COMMENTS = re.compile(r"^\W*see (?:the )?(?:comments?|below)\W*$", re.IGNORECASE | re.MULTILINE)
EXPECTED_HEADING = "### Expected answer"
NOTE_ONLY = 120  # a description this short holds no answer of its own
MIN_GIVEN = 40  # ... nor a comment's "Answer: yes, keep it." one


def _issues(rss) -> str:
    """Each issue's summary as a heading, its description under it: the issue's fields and
    votes are not its text, nor are its comments, but for one that gives the answer
    ("Expected answer: ...") where the description has none or points to it ("See
    comments.")."""
    parts = []
    for item in _tracked_issues(rss):
        summary = " ".join(item.findtext("summary").split())
        body = html_to_markdown(item.findtext("description") or "")
        said = (html_to_markdown(comment.text or "") for comment in item.iter("comment"))
        labelled = (text for text in said if ANSWER_COMMENT.match(text))
        given = ANSWER_COMMENT.sub("", next(labelled, ""), count=1)
        if len(given) < MIN_GIVEN:
            given = ""  # "Expected: reviewed by Sam in March.": a remark, not the answer
        pointer = SEE_COMMENTS.search(body)
        if pointer is not None:
            body = body[: pointer.start()] + given + body[pointer.end() :]
        elif given and "expected answer" not in body.lower() and len(body) <= NOTE_ONLY:
            # a description that is only a note ("Senior only.") over a comment that answers
            body = f"{body}\n\n{EXPECTED_HEADING}\n\n{given}"
        parts.append(f"## {summary}\n\n{body}".rstrip())  # over its own "### Expected answer"
    return "\n\n".join(parts)


# --- Stack Exchange data dump --------------------------------------------------------------


def _stack_exchange(posts) -> str:
    questions, answers = [], {}
    for row in posts.iter("row"):
        kind = row.get("PostTypeId")
        if kind == "1" and (row.get("Title") or "").strip():
            questions.append(row)
        elif kind == "2" and row.get("ParentId"):
            answers.setdefault(row.get("ParentId"), []).append(row)
    parts = []
    for question in questions:
        given = answers.get(question.get("Id"), [])
        accepted = [row for row in given if row.get("Id") == question.get("AcceptedAnswerId")]
        best = accepted or sorted(given, key=lambda row: -_score(row.get("Score")))
        body = html_to_markdown(best[0].get("Body") or "") if best else ""
        parts.append(f"### {' '.join(question.get('Title').split())}\n\n{body}".rstrip())
    return "\n\n".join(parts)


def _score(value: str | None) -> int:
    try:
        return int(value or 0)
    except ValueError:
        return 0


# --- flashcards ---------------------------------------------------------------------------


def _card_elements(root) -> list[tuple]:
    """(question, answer) elements of each card: the first pair of side names that any
    element holds both of."""
    for asked, answered in CARD_SIDES:
        cards = [
            (card.find(asked), card.find(answered))
            for card in root.iter()
            if card.find(asked) is not None and card.find(answered) is not None
        ]
        if cards:
            return cards
    return []


def _cards(root) -> str:
    parts = []
    for asked, answered in _card_elements(root):
        question = " ".join(html_to_markdown(_inner(asked)).split())
        if question:
            parts.append(f"### {question}\n\n{html_to_markdown(_inner(answered))}".rstrip())
    return "\n\n".join(parts)


def _inner(element) -> str:
    """An element's content as HTML: its text (which may be escaped HTML) and its markup."""
    inside = "".join(ET.tostring(child, encoding="unicode") for child in element)
    return (element.text or "") + inside


# --- OPML ---------------------------------------------------------------------------------


# Each kind of outline: its nodes' element, the attribute that holds a node's text.
OUTLINES = {"opml": ("outline", "text"), "map": ("node", "TEXT")}


def _outline(root) -> str:
    element, attribute = OUTLINES[root.tag]
    lines: list[str] = []

    def walk(node, depth: int) -> None:
        for child in node.findall(element):
            text = html.unescape(child.get(attribute) or child.get("title") or "")
            text = " ".join((text or _rich(child, "NODE")).split())
            note = " ".join((child.get("_note") or _rich(child, "NOTE", "DETAILS")).split())
            if note and text and child.find(element) is not None and not L.asks(text):
                text, note = f"{text} — {note}", ""  # a topic's remark, not a line under it
            if text:
                lines.append("\t" * depth + text)
            if note:
                lines.append("\t" * (depth + 1) + note)
            walk(child, depth + 1)

    top = root.find("body") if root.tag == "opml" else root
    if top is not None:
        walk(top, 0)
    return "\n".join(lines)


def _rich(node, *kinds: str) -> str:
    """A mind map node's rich text of these kinds (its text, its note) as one plain line."""
    return " ".join(
        _plain(_inner(rich)) for rich in node.findall("richcontent") if rich.get("TYPE") in kinds
    )
