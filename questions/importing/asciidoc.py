"""Notes written in AsciiDoc, read as markdown.

AsciiDoc's titles are "== Title", its questions often a question-and-answer list
("What is X?::" and the answer under it), its code a "----" block under "[source,python]",
and its asides "NOTE:"/"TIP:" paragraphs. Each line is rewritten into the markdown the
parser reads, with line numbers kept: a line that only marks up (an attribute, a block's
delimiter, a "+" joining a block to a list item) becomes a blank line.
"""

import re

TITLE = re.compile(r"^(={1,6})\s+(\S.*?)\s*$")
ANY_TITLE = re.compile(r"^==? \S", re.MULTILINE)
ATTRIBUTE = re.compile(r"^:!?[\w-]{1,40}!?:(?:\s.*)?$")
BLOCK_ATTRIBUTES = re.compile(r"^\[(?:[\w#.%,=\" -]{0,200}|\[[\w-]{1,100}\])\]\s*$")
SOURCE = re.compile(r"^\[(?:source|listing)\s*(?:,\s*([\w+-]{1,20}))?[^\]]{0,100}\]\s*$")
LISTING = re.compile(r"^(-{4,}|\.{4,}|`{3}\w*)\s*$")
COMMENT_BLOCK = re.compile(r"^/{4,}\s*$")
COMMENT = re.compile(r"^//(?!/)")
PLAIN_BLOCK = re.compile(r"^(?:={4,}|\*{4,}|_{4,}|\+{4,}|-{2})\s*$")  # example, sidebar, quote
TERM = re.compile(r"^(\S.*?)(:{2,4}|;;)(?:\s+(.*))?$")
ADMONITION = re.compile(r"^(NOTE|TIP|IMPORTANT|WARNING|CAUTION):\s")
BULLET = re.compile(r"^(\*{1,5}|-|\.{1,5})\s+(?=\S)")
BREAK = re.compile(r"^(?:'{3,}|<{3})\s*$")
STRONG = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]{1,300}?)(?<=\S)\*(?![\w*])")
EMPHASIS = re.compile(r"(?<![\w_])_(?=\S)([^_\n]{1,300}?)(?<=\S)_(?![\w_])")
MACRO_LINK = re.compile(r"(?:link:)?((?:https?://|mailto:)[^\s\[]{1,500})\[([^\]\n]{0,300})\]")
CROSS_REFERENCE = re.compile(r"<<[\w-]{1,100},\s*([^>\n]{1,200})>>")
MIN_TITLES = 2


def looks_like_asciidoc(text: str) -> bool:
    if not ANY_TITLE.search(text):
        return False  # one pass over the text first: most documents have no "== " title
    lines = text.split("\n")
    titles = sum(1 for line in lines if TITLE.match(line) and not line.rstrip().endswith("="))
    marks = sum(1 for line in lines if SOURCE.match(line) or line.strip() == "[qanda]")
    header = sum(1 for line in lines[:30] if ATTRIBUTE.match(line))
    return titles >= MIN_TITLES and (marks >= 1 or header >= 2)


def asciidoc_to_markdown(text: str) -> str:
    out: list[str] = []
    fence = ""  # the delimiter of the listing block the line is in
    language = ""
    in_comment = header = False
    for line in text.split("\n"):
        if in_comment:
            in_comment = not COMMENT_BLOCK.match(line)
            out.append("")
            continue
        if fence:
            closed = line.strip() == fence
            fence = "" if closed else fence
            out.append("```" if closed else line)
            continue
        listing = LISTING.match(line)
        if listing:
            fence = "```" if line.startswith("`") else listing.group(1).strip()
            out.append(f"```{language or line.strip()[3:]}" if fence == "```" else f"```{language}")
            continue
        if header and line.strip() and not ATTRIBUTE.match(line):
            out.append("")  # the author and revision lines under the document's title
            continue
        header = (header and bool(line.strip())) or (
            not any(out) and line.startswith("= ") and bool(TITLE.match(line))
        )
        source = SOURCE.match(line)
        language = source.group(1) or "" if source else ""
        in_comment = bool(COMMENT_BLOCK.match(line))
        out.append(_line(line))
    return "\n".join(out)


def _line(line: str) -> str:
    if (
        ATTRIBUTE.match(line)
        or BLOCK_ATTRIBUTES.match(line)
        or COMMENT_BLOCK.match(line)
        or COMMENT.match(line)
        or PLAIN_BLOCK.match(line)
        or line.strip() == "+"
    ):
        return ""
    if BREAK.match(line):
        return "---"
    title = TITLE.match(line)
    if title:
        return f"{'#' * len(title.group(1))} {_inline(title.group(2))}"
    admonition = ADMONITION.match(line)
    if admonition:
        return f"{admonition.group(1).capitalize()}: {_inline(line[admonition.end() :])}"
    bullet = BULLET.match(line)
    if bullet:
        marks = bullet.group(1)
        marker = "1." if marks.startswith(".") else "-"
        return f"{'   ' * (len(marks) - 1)}{marker} {_inline(line[bullet.end() :])}"
    term = TERM.match(line)
    if term and not line.startswith(" "):  # "What is X?::" then its answer
        rest = term.group(3)
        return f"**{_inline(term.group(1))}**" + (f" {_inline(rest)}" if rest else "")
    return _inline(line)


def _inline(text: str) -> str:
    text = CROSS_REFERENCE.sub(r"\1", MACRO_LINK.sub(r"[\2](\1)", text))
    return STRONG.sub(r"**\1**", EMPHASIS.sub(r"*\1*", text))
