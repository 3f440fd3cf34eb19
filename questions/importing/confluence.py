"""A page in Confluence or Jira wiki markup (also Textile's headings), read as markdown.

    h2. Section C: Quick-fire
    ||#||Question||Expected answer||
    |6|What does HTTP status 429 mean?|Too Many Requests: back off.|
    # Design a notification service...
    #* _Expected:_ an outbox table...

"h2." is a heading, "||" a table's header and "|" its rows, "#" a numbered item (not a
heading, as in markdown) and "*" a bullet, "{code}" and "{noformat}" fence code,
"{{x}}" is code inline and "*x*" bold. Macros that only frame text ("{note}...{note}",
"{panel:title=...}") leave their text.
"""

import re

HEADING = re.compile(r"^h([1-6])\.\s+(.*)$")
TABLE_HEAD = re.compile(r"^\s*\|\|.*\|\|\s*$")
ROW = re.compile(r"^\s*\|(?!\|).*\|\s*$")
BLOCK = re.compile(r"^\s*\{(code|noformat)(?::([^}\n]{0,80}))?\}\s*$")
LIST = re.compile(r"^([#*-]{1,6})\s+(\S.*)$")
MONO = re.compile(r"\{\{(.{1,300}?)\}\}")
BOLD = re.compile(r"(?<![\w*])\*(\S(?:[^*\n]{0,300}?\S)?)\*(?![\w*])")
ITALIC = re.compile(r"(?<![\w_])_(\S(?:[^_\n]{0,300}?\S)?)_(?![\w_])")
MACRO = re.compile(
    r"\{(?:panel|info|note|tip|warning|expand|quote|color|status)(?::[^}\n]{0,200})?\}"
)
# An editor's box on the page: "{note}Do not share this page.{note}"
BOX = re.compile(r"^\s*\{(note|info|tip|warning)(?::[^}\n]{0,200})?\}")
RULE = re.compile(r"^\s*-{4,}\s*$")
MACRO_ONLY = re.compile(r"^\s*\{[a-zA-Z]{2,20}(?::[^}\n]{0,300})?\}\s*$")
MIN_SIGNS = 3


def looks_like_confluence(text: str) -> bool:
    if not any(f"h{level}. " in text for level in range(1, 7)):
        return False  # no "h2." heading: not this markup
    lines = text.split("\n")
    headings = sum(1 for line in lines if HEADING.match(line))
    blocks = sum(1 for line in lines if TABLE_HEAD.match(line) or BLOCK.match(line))
    return headings >= 1 and headings + blocks >= MIN_SIGNS and "```" not in text


def confluence_to_markdown(text: str) -> str:
    out: list[str] = []
    fence = ""  # the block being read: "code" or "noformat"
    open_box = ""  # the box ("{info}...") being read
    for line in text.split("\n"):
        block = BLOCK.match(line)
        if fence:
            if block and block.group(1) == fence:
                out.append("```")
                fence = ""
            else:
                out.append(line)
            continue
        if block:
            fence = block.group(1)
            out.append("```" + _language(block.group(2) or ""))
            continue
        box = BOX.match(line)
        if box and box.group(1) == open_box and not line[box.end() :].strip():
            open_box = ""  # its end: "{info}"
            out.append("")
        elif box:  # a box of its own, under its own title: not the answer above it
            rest = line[box.end() :]
            open_box = "" if f"{{{box.group(1)}}}" in rest else box.group(1)
            out.extend([f"#### {box.group(1).capitalize()} box", _inline(rest)])
        else:
            out.extend(_line(line))
    return "\n".join(out)


def _line(line: str) -> list[str]:
    heading = HEADING.match(line)
    if heading:
        return [f"{'#' * int(heading.group(1))} {_inline(heading.group(2))}"]
    if TABLE_HEAD.match(line):
        cells = [_inline(cell) for cell in line.strip().strip("|").split("||")]
        return ["| " + " | ".join(cells) + " |", "|" + " --- |" * len(cells)]
    if ROW.match(line):
        cells = [_inline(cell) for cell in line.strip()[1:-1].split("|")]
        return ["| " + " | ".join(cell or " " for cell in cells) + " |"]
    if RULE.match(line):
        return ["---"]
    if MACRO_ONLY.match(line) and not BOX.match(line):
        return [""]  # "{toc:maxLevel=2}", "{panel}": the page's machinery
    item = LIST.match(line)
    if item:
        marks = item.group(1)
        marker = "1." if marks[-1] == "#" else "-"
        return [f"{'   ' * (len(marks) - 1)}{marker} {_inline(item.group(2))}"]
    return [_inline(line)]


def _inline(text: str) -> str:
    """Styles read outside code only: "{{__slots__}}" stays as it is, in a bold question."""
    code: list[str] = []

    def keep(match: re.Match) -> str:
        code.append(match.group(1))
        return f"\x00{len(code) - 1}\x00"

    text = MONO.sub(keep, MACRO.sub("", text).strip())
    text = ITALIC.sub(r"*\1*", BOLD.sub(r"**\1**", text))
    return re.sub(r"\x00(\d+)\x00", lambda m: f"`{code[int(m.group(1))]}`", text)


def _language(options: str) -> str:
    found = re.search(r"(?:language=)?([a-zA-Z+#]{1,20})", options)
    return found.group(1).lower() if found and "=" not in options.split("language=")[0] else ""
