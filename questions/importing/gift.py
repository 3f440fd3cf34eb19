"""A quiz bank exported from Moodle in GIFT format, read as questions and answers.

    // question: 10236  name: Django JOIN
    ::Django JOIN::Which QuerySet method adds a SQL JOIN?{
        =select_related()#Correct. One query, with a JOIN.
        ~prefetch_related()#A second query per relation.
    }

Each question's text is the question (its "::title::" and "[html]" format left out), and
its answer is what the braces accept: the right option with its feedback, "True."/"False."
with the feedback for the right answer, or the accepted words of a short answer. An essay
question ("{}") has no answer. Comments are left out; a "$CATEGORY:" names a section.
"""

import html
import re

COMMENT = re.compile(r"^\s*//")
CATEGORY = re.compile(r"^\s*\$CATEGORY:\s*(.*)$")
TITLE = re.compile(r"^\s*::((?:\\.|[^:\\]|:(?!:)){0,300})::")
FORMAT = re.compile(r"^\s*\[(?:html|markdown|plain|moodle)\]", re.IGNORECASE)
TAG = re.compile(r"<[^<>]{0,300}>")
TRUE_FALSE = re.compile(r"^(T|TRUE|F|FALSE)\s*(?:#(.*?))?(?:#(.*))?$", re.IGNORECASE | re.DOTALL)
# The parts of an answer block: "=right#why", "~wrong#why", "~%50%half right".
CHOICE = re.compile(r"(?<!\\)([=~])(?:%(-?\d{1,3})(?:\.\d+)?%)?")
ESCAPED = re.compile(r"\\([:~=#{}\\])")
MIN_QUESTIONS = 2


def looks_like_gift(text: str) -> bool:
    """Titled questions ("::GIL basics::...") or an export's "// question: 12  name:" lines,
    with answer blocks in braces."""
    if "::" not in text and "// question:" not in text:
        return False
    titled = sum(1 for line in text.split("\n") if TITLE.match(line))
    exported = len(re.findall(r"^// question: \d+ +name:", text, re.MULTILINE))
    return max(titled, exported) >= MIN_QUESTIONS and "{" in text and "```" not in text


def gift_to_markdown(text: str) -> str:
    out: list[str] = []
    block: list[str] = []
    for line in [*text.split("\n"), ""]:
        if COMMENT.match(line):
            continue
        category = CATEGORY.match(line)
        if category:
            out.append(f"## {category.group(1).rstrip('/').rsplit('/', 1)[-1].strip()}\n")
            continue
        if line.strip():
            block.append(line)
            continue
        if block and not _open("\n".join(block)):
            out.append(_question("\n".join(block)))
            block = []
    if block:
        out.append(_question("\n".join(block)))
    return "\n\n".join(part for part in out if part)


def _open(text: str) -> bool:
    """An answer block opened and not yet closed (it spans a blank line)."""
    unescaped = ESCAPED.sub("", text)
    return unescaped.count("{") > unescaped.count("}")


def _question(text: str) -> str:
    text = FORMAT.sub("", TITLE.sub("", text.strip(), count=1), count=1)
    start, end = _braces(text)
    if start < 0:
        return _plain(text)
    before, after = text[:start].strip(), text[end + 1 :].strip()
    question = _plain(f"{before} ___ {after}" if after else before)  # a missing word: ___
    answer = _answer(text[start + 1 : end].strip())
    return f"Q: {question}\nA: {answer}".rstrip()


def _braces(text: str) -> tuple[int, int]:
    """Where the answer block's braces are (not escaped ones); -1 without one."""
    start = next((i for i, c in enumerate(text) if c == "{" and text[i - 1 : i] != "\\"), -1)
    if start < 0:
        return -1, -1
    end = next(
        (i for i in range(start + 1, len(text)) if text[i] == "}" and text[i - 1] != "\\"), -1
    )
    return (start, end) if end > 0 else (-1, -1)


def _answer(block: str) -> str:
    if not block:
        return ""  # an essay: the candidate writes the answer
    true_false = TRUE_FALSE.match(block)
    if true_false:
        right = "True." if true_false.group(1).upper().startswith("T") else "False."
        return f"{right} {_plain(true_false.group(3) or '')}".strip()
    if block.startswith("#"):  # a number: "#3.14:0.01"
        return _plain(block[1:].split(":")[0])
    right, accepted, seen = [], [], set()
    for sign, weight, option in _options(block):
        text, _, feedback = option.partition("#")
        text = _plain(text)  # a matching pair ("=cat -> meow") as written
        if sign == "=" and not right:
            right.append(f"{text}. {_plain(feedback)}".strip() if feedback.strip() else text)
        elif (sign == "=" or weight > 0) and text.lower() not in seen:  # also right
            accepted.append(text)
        seen.add(text.lower())
    if not right:
        return ""
    also = f" (also accepted: {', '.join(accepted)})" if accepted else ""
    return right[0] + also


def _options(block: str) -> list[tuple[str, int, str]]:
    """("=" or "~", its weight in %, the option's text and feedback) for each option."""
    marks = list(CHOICE.finditer(block))
    options = []
    for index, mark in enumerate(marks):
        end = marks[index + 1].start() if index + 1 < len(marks) else len(block)
        weight = int(mark.group(2) or 0)
        options.append((mark.group(1), weight, block[mark.end() : end].strip()))
    return options


def _plain(text: str) -> str:
    """Text without its HTML tags and GIFT escapes, on one line."""
    return " ".join(html.unescape(ESCAPED.sub(r"\1", TAG.sub(" ", text))).split())
