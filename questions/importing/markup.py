"""Notes written in another plain-text markup, read as markdown: Emacs org-mode files and
wiki pages in MediaWiki markup.

Their headings are not markdown's ("** DONE What is X?", "=== What is X? ==="), nor
their lists ("# step" is a numbered item in a wiki, a heading in markdown), so each is
rewritten line by line into the markdown the parser reads. Line numbers are kept: a line
that says nothing (an org "#+TITLE:", a wiki "__TOC__") becomes a blank line.
"""

import re

from questions.importing.tables import markdown_table

# --- org-mode -----------------------------------------------------------------------------

ORG_SETTING = re.compile(r"^#\+[A-Za-z_]+:")
ORG_HEADING = re.compile(
    r"^(\*{1,6})\s+(?:(?:TODO|DONE|WAITING|NEXT|STARTED|HOLD|CANCELL?ED)\s+)?"
    r"(?:\[#[A-C]\]\s+)?(.*?)(?:\s+:[\w@:]+:)?\s*$"
)
ORG_PLANNING = re.compile(r"^\s*(?:CLOSED|SCHEDULED|DEADLINE):\s")
ORG_DRAWER = re.compile(r"^\s*:(?:PROPERTIES|LOGBOOK|END):\s*$", re.IGNORECASE)
ORG_LINK = re.compile(r"\[\[([^\[\]]{1,500})\](?:\[([^\[\]]{1,300})\])?\]")
ORG_VERBATIM = re.compile(r"(?<![\w=~])[=~]([^\s=~][^=~\n]{0,200}?)[=~](?![\w=~])")
CHECKBOX = re.compile(r"^(\s*[-+]\s+)\[[Xx-]\]\s+")
OPEN_CHECKBOX = re.compile(r"^(\s*[-+]\s+)\[ \]\s+")  # a task still to do: "TODO: ..."
MIN_ORG_HEADINGS = 3


def looks_like_org(text: str) -> bool:
    lines = text.split("\n")
    settings = sum(1 for line in lines[:40] if ORG_SETTING.match(line))
    deep = sum(1 for line in lines if line.startswith("** ") and ORG_HEADING.match(line))
    return settings >= 2 or deep >= MIN_ORG_HEADINGS


def org_to_markdown(text: str) -> str:
    out: list[str] = []
    in_drawer = False
    heading_at = -1  # the heading just read, while its sentence may go on below it
    for line in text.split("\n"):
        wrapped = heading_at >= 0 and line[:1] in (" ", "\t") and line.strip()[:1].islower()
        if wrapped and not (ORG_DRAWER.match(line) or ORG_PLANNING.match(line)):
            out[heading_at] += " " + _org_inline(line.strip())  # "** TODO Explain how a lock"
            out.append("")  # / "   works in Redis.": one heading, its lines kept
            heading_at = -1
            continue
        heading_at = -1
        if ORG_DRAWER.match(line):
            in_drawer = line.strip().upper() != ":END:"
            out.append("")
            continue
        if in_drawer or ORG_SETTING.match(line) or ORG_PLANNING.match(line):
            out.append("")
            continue
        heading = ORG_HEADING.match(line)
        if heading:
            out.append(f"{'#' * len(heading.group(1))} {_org_inline(heading.group(2))}")
            if not heading.group(2).rstrip().endswith((".", "?", "!", ":", ")")):
                heading_at = len(out) - 1
            continue
        # A heading's body is indented under it: at the margin it reads as a paragraph.
        body = OPEN_CHECKBOX.sub(r"\1TODO: ", CHECKBOX.sub(r"\1", line))
        out.append(_org_inline(body.lstrip() if not body.lstrip().startswith(("-", "+")) else body))
    return "\n".join(out)


def _org_inline(text: str) -> str:
    text = ORG_LINK.sub(lambda m: f"[{m.group(2) or m.group(1)}]({m.group(1)})", text)
    return ORG_VERBATIM.sub(r"`\1`", text)


# --- MediaWiki ----------------------------------------------------------------------------

WIKI_HEADING = re.compile(r"^(={2,6})\s*([^=].{0,300}?)\s*\1\s*$")
WIKI_BOLD = re.compile(r"'''(.{1,300}?)'''")
WIKI_ITALIC = re.compile(r"''(.{1,300}?)''")
WIKI_LINK = re.compile(r"\[\[(?:[^\[\]|]{1,200}\|)?([^\[\]]{1,200})\]\]")
WIKI_CATEGORY = re.compile(r"^\s*\[\[Category:[^\]]{1,200}\]\]\s*$", re.IGNORECASE)
WIKI_EXTERNAL = re.compile(r"\[(https?://\S{1,500})\s+([^\]]{1,200})\]")
WIKI_MAGIC = re.compile(r"^\s*__[A-Z]{2,20}__\s*$")
WIKI_TERM = re.compile(r"^;[ \t]*(\S.*)$")  # "; What is a closure?", a definition's term
# "{{TODO|someone to fill in}}", "{{stub}}": a template on one line says its name.
WIKI_TEMPLATE = re.compile(r"\{\{\s*([^{}|]{1,60})(?:\|([^{}]{0,2000}))?\}\}")
NESTED_TEMPLATES = 3
# ... and one of those that mark a missing text says it is missing
WIKI_PLACEHOLDERS = {"stub", "todo", "tbd", "fixme", "expand", "incomplete"}
# Boxes whose text is read on the page: "{{Warning|It really deletes rows.}}".
WIKI_BOXES = {"note", "warning", "tip", "caution", "important", "info", "hint"}
WIKI_CODE = re.compile(r"<(?:code|tt)>([^<>\n]{1,300})</(?:code|tt)>")
# "<syntaxhighlight lang="sql">" ... "</syntaxhighlight>" (or <source>, <pre>): a code block;
# in vimwiki, Trac or MoinMoin "{{{sql" (or "{{{#!python") ... "}}}", maybe under an item.
WIKI_CODE_OPEN = re.compile(
    r'^([ \t]*)(?:<(?:syntaxhighlight|source|pre)(?:\s+lang="?(\w{1,20})"?)?[^<>]{0,80}>|'
    r"\{\{\{(?:#!)?(\w{1,20})?[^{}\n]{0,60})\s*$"
)
WIKI_CODE_CLOSE = re.compile(r"^([ \t]*)(?:</(?:syntaxhighlight|source|pre)>|\}\}\})\s*$")
WIKI_TABLE_START = re.compile(r"^\s*\{\|")
WIKI_TABLE_END = re.compile(r"^\s*\|\}")
WIKI_NUMBERED = re.compile(r"^(#+)\s*(?=\S)")
WIKI_COMMENT = re.compile(r"<!--.{0,500}?-->")  # hidden on the page: an editor's note
# Trac's and MoinMoin's tables: "|| cell || cell ||", a header's cells "||= Question =||"
BARRED_ROW = re.compile(r"^\s*\|\|.*\|\|\s*$")
BARRED_HEADER = re.compile(r"^=\s*(.*?)\s*=$")
MIN_WIKI_HEADINGS = 2


def looks_like_wiki(text: str) -> bool:
    headings = sum(1 for line in text.split("\n") if WIKI_HEADING.match(line))
    return headings >= MIN_WIKI_HEADINGS


# Zim's pages: a header ("Content-Type: text/x-zim-wiki", "Wiki-Format: zim 0.6") over
# headings whose levels count the other way ("====== Title ======" is the top one).
ZIM_HEADER = re.compile(r"\A(?:[\w-]{1,40}:[^\n]{0,200}\n){0,6}?Content-Type: text/x-zim-wiki\b")
ZIM_HEADER_LINE = re.compile(r"^(?:Content-Type|Wiki-Format|Creation-Date):", re.IGNORECASE)


def wiki_to_markdown(text: str) -> str:
    zim = ZIM_HEADER.match(text) is not None
    out: list[str] = []
    depth = 0  # inside a template spread over several lines ("{{Infobox ...")
    template: list[str] = []  # its lines so far
    table: list[str] | None = None  # the lines of a "{| ... |}" table so far
    barred: list[str] = []  # the rows of a "|| ... ||" table so far
    in_code = False
    for line in text.split("\n"):
        code = WIKI_CODE_CLOSE.match(line) if in_code else WIKI_CODE_OPEN.match(line)
        if code:
            language = "" if in_code else code.group(2) or code.group(3) or ""
            out.append(f"{code.group(1)}```{language}")
            in_code = not in_code
            continue
        if in_code:
            out.append(line)
            continue
        opens, closes = line.count("{{"), line.count("}}")
        if depth or (opens > closes and line.lstrip().startswith("{{")):
            depth = max(depth + opens - closes, 0)
            template.append(line)
            if not depth:  # a question's template ("{{IQ" / "|q=..." / "|a=..." / "}}")
                card = _wiki_card("\n".join(template))
                out.extend(card.split("\n") if card else [""] * len(template))
                template = []
            continue
        if table is not None:
            if WIKI_TABLE_END.match(line):
                out.extend(_wiki_table(table))
                table = None
            else:
                table.append(_wiki_inline(line))
            continue
        if WIKI_TABLE_START.match(line):
            table = []
            continue
        if BARRED_ROW.match(line):
            barred.append(line)
            continue
        if barred:
            out.extend(_barred_table(barred))
            barred = []
        if WIKI_MAGIC.match(line) or WIKI_CATEGORY.match(line):
            out.append("")
            continue
        if zim and ZIM_HEADER_LINE.match(line):
            out.append("")
            continue
        heading = WIKI_HEADING.match(line)
        term = WIKI_TERM.match(line)
        if heading:
            level = 7 - len(heading.group(1)) if zim else len(heading.group(1))
            line = f"{'#' * level} {heading.group(2)}"
        elif term:  # "; What is a closure?" over ": A function that remembers..."
            said, _, defined = term.group(1).partition(" : ")
            out.extend(["", _wiki_inline(said.strip())])
            line = defined.strip()
            if not line:
                continue
        elif line.startswith(":"):  # a definition, or a reply on a talk page
            line = line.lstrip(":").strip()
        else:
            line = WIKI_NUMBERED.sub(lambda m: "   " * (len(m.group(1)) - 1) + "1. ", line)
        out.append(_wiki_inline(line))
    out.extend(_barred_table(barred) if barred else [])
    if table is not None:
        out.extend(_wiki_table(table))  # never closed: read what there is
    if in_code:
        out.append("```")
    return "\n".join(out)


def _wiki_inline(line: str) -> str:
    for _ in range(NESTED_TEMPLATES):  # innermost first: "{{IQ|q=...|a={{Stub}}}}"
        said = WIKI_TEMPLATE.sub(_wiki_template, line)
        if said == line:
            break
        line = said
    line = WIKI_COMMENT.sub("", line)
    line = WIKI_CODE.sub(r"`\1`", line)
    line = WIKI_EXTERNAL.sub(r"[\2](\1)", WIKI_LINK.sub(r"\1", line))
    return WIKI_ITALIC.sub(r"*\1*", WIKI_BOLD.sub(r"**\1**", line))


def _wiki_template(match: re.Match) -> str:
    name, argument = match.group(1).strip(), (match.group(2) or "").strip()
    card = _wiki_card(match.group(0))
    if card:
        return card
    if name.lower() in WIKI_BOXES and argument:
        return f"**{name}:** {argument}"
    if name.lower() in WIKI_PLACEHOLDERS:
        return "TODO"
    return name  # "{{TODO}}" says TODO; an infobox's fields are not the page's text


# A template's parameters that hold a question and its answer: "{{IQ|q=...|a=...}}"
CARD_PARAMETERS = {
    "q": "Q", "question": "Q", "prompt": "Q", "front": "Q",
    "a": "A", "answer": "A", "response": "A", "back": "A", "solution": "A",
}  # fmt: skip
PARAMETER = re.compile(r"^\s*+([\w-][\w -]{0,29}?)\s*+=(.*)$", re.DOTALL)


def _wiki_card(template: str) -> str | None:
    """A template call that holds a question (and maybe its answer) in named parameters, as
    "Q: ..." over "A: ..." (an empty answer: "A:"); None for any other template."""
    inner = template.strip()[2:-2] if template.strip().endswith("}}") else template.strip()[2:]
    fields = {}
    for part in _template_parts(inner)[1:]:
        named = PARAMETER.match(part)
        role = CARD_PARAMETERS.get(named.group(1).strip().lower()) if named else None
        if role and role not in fields:
            fields[role] = " ".join(_wiki_inline(row.strip()) for row in named.group(2).split("\n"))
    if not fields.get("Q", "").strip():
        return None
    return f"Q: {fields['Q'].strip()}\nA: {fields.get('A', '').strip()}\n"


def _template_parts(inner: str) -> list[str]:
    """A template's name and parameters, split at its own "|" (not a link's "[[a|b]]" or a
    nested template's)."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(inner):
        if char in "[{":
            depth += 1
        elif char in "]}":
            depth = max(depth - 1, 0)
        elif char == "|" and depth == 0:
            parts.append(inner[start:index])
            start = index + 1
    parts.append(inner[start:])
    return parts


def _wiki_table(lines: list[str]) -> list[str]:
    """A "{| ... |}" table as a markdown table: "!" header cells, "|-" between rows, cells
    split by "||" or one per line, "style=... |" attributes left out."""
    rows: list[list[str]] = []
    row: list[str] = []
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("|-"):
            if row:
                rows.append(row)
            row = []
        elif stripped.startswith("|+"):
            continue  # the caption
        elif stripped[:1] in ("!", "|"):
            separator = "!!" if stripped.startswith("!") else "||"
            row.extend(_wiki_cell(cell) for cell in stripped[1:].split(separator))
        elif stripped and row:
            row[-1] = f"{row[-1]} {stripped}".strip()  # a cell's text on the next lines
    if row:
        rows.append(row)
    if not rows:
        return [""]
    return ["", *markdown_table(rows), ""]


def _barred_table(lines: list[str]) -> list[str]:
    """A "|| ... ||" table as a markdown table, under its header when it has one."""
    rows = [[cell.strip() for cell in line.strip()[2:-2].split("||")] for line in lines]
    headed = all(BARRED_HEADER.match(cell) for cell in rows[0] if cell)
    if headed:
        rows[0] = [BARRED_HEADER.sub(r"\1", cell) for cell in rows[0]]
    return ["", *markdown_table([[_wiki_inline(c) for c in row] for row in rows], headed), ""]


def _wiki_cell(cell: str) -> str:
    attributes, bar, text = cell.partition("|")
    return (text if bar and "=" in attributes else cell).strip()


# --- Definition lists and footnotes (pandoc, kramdown) -----------------------------------
DEFINITION = re.compile(r"^:[ \t]{1,4}(?=\S)")
FOOTNOTE_REFERENCE = re.compile(r"\[\^[\w-]{1,40}\]")
FOOTNOTE = re.compile(r"^\[\^[\w-]{1,40}\]:")
MIN_DEFINITIONS = 3


def _term_above(out: list[str]) -> int | None:
    """The index of the term a definition is under: the line right above, a short one."""
    if not out or not out[-1].strip() or len(out[-1]) > MAX_TERM:
        return None
    term = out[-1].strip()
    return None if term.startswith(("#", "-", "*", ">", "|", "```")) else len(out) - 1


MAX_TERM = 300


def definitions_as_paragraphs(text: str) -> str:
    """ "What is MVCC?" / ":   Multi-version concurrency control..." (a term and its
    definition) as a question and its answer; "[^1]" references left out, and the notes
    they point to too."""
    lines = text.split("\n")
    if sum(1 for line in lines if DEFINITION.match(line)) < MIN_DEFINITIONS:
        return text
    out, in_definition, in_code = [], False, False
    for line in lines:
        code = in_definition and line.startswith("        ") and line.strip()
        if in_code and not code and line.strip():
            out.append("```")  # the code indented in the definition ends
            in_code = False
        if DEFINITION.match(line):
            term = _term_above(out) if not in_definition else None
            if term is not None:  # "Optimistic vs pessimistic locking" / ": Pessimistic..."
                out[term] = f"Q: {out[term].strip()}"
                line = f"A: {DEFINITION.sub('', line)}"
            else:
                line = DEFINITION.sub("", line)
            in_definition = True
        elif code:
            if not in_code:
                out.append("```")
                in_code = True
            line = line[8:]  # its definition's indent and a code block's
        elif in_definition and line.startswith("    "):
            line = line[4:]  # the definition's own indent
        elif line.strip():
            in_definition = False
        if FOOTNOTE.match(line):
            line = ""
        out.append(FOOTNOTE_REFERENCE.sub("", line) if "[^" in line else line)
    if in_code:
        out.append("```")
    return "\n".join(_undefined_terms(out))


def _undefined_terms(out: list[str]) -> list[str]:
    """A question among the terms with no definition under it ("What is a LATERAL join?"
    between blank lines) is a question still to answer, as its neighbours are questions."""
    if sum(1 for line in out if line.startswith("Q: ")) < MIN_DEFINITIONS:
        return out
    for index, line in enumerate(out):
        alone = (index == 0 or not out[index - 1].strip()) and (
            index + 1 == len(out) or not out[index + 1].strip()
        )
        term = line.strip()
        if (
            alone
            and term == line
            and term.endswith("?")
            and len(term) <= MAX_TERM
            and not term.startswith(("#", "-", "*", ">", "|", "`", "Q:", "A:"))
        ):
            out[index] = f"Q: {term}"
    return out
