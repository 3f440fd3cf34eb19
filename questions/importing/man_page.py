"""A manual page in troff's man macros (a .1-.9 file, or a page pasted as its source).

Requests at the start of a line shape it: ".SH NAME" and ".SS" are its section and
subsection titles, ".PP" / ".LP" / ".P" start paragraphs, ".IP" and ".TP" indented items,
".B" / ".I" / ".BR" a line of bold or italic words, ".nf"/".fi" and ".EX"/".EE" a listing
kept as typed; ".\\"" is a comment; inline "\\fB...\\fR" switches fonts, "\\-" is a dash.
The page is rewritten as the markdown it renders to: a subsection that asks is a question,
its paragraphs the answer.
"""

import re

TITLE = re.compile(r"^\.TH[ \t]+\S", re.MULTILINE)
SECTION = re.compile(r"^\.S[HS][ \t]", re.MULTILINE)
MIN_SECTIONS = 2
ITEM_MARK = re.compile(r"(?:-|\d+[.)]) ")
FONT = re.compile(r"\\f(?:[BIRP1-4]|\(\w\w|\[\w*\])")
ESCAPES = (
    ("\\-", "-"),
    ("\\(em", "—"),
    ("\\(en", "–"),
    ("\\(bu", "•"),
    ("\\(aq", "'"),
    ("\\(dq", '"'),
    ("\\(lq", "“"),
    ("\\(rq", "”"),
    ("\\e", "\\"),
    ("\\&", ""),
    ("\\ ", " "),
    ("\\|", ""),
    ("\\^", ""),
    ("\\c", ""),
)
# ".BR clone (2)": its words in turn bold and roman (B, I, R), joined without a space
ALTERNATING = {"BR", "RB", "IR", "RI", "BI", "IB"}
MARKS = {"B": "**", "I": "*", "R": ""}


def looks_like_man_page(text: str) -> bool:
    head = text[:20_000]
    return bool(TITLE.search(head)) and len(SECTION.findall(head)) >= MIN_SECTIONS


def man_page_to_markdown(text: str) -> str:
    out: list[str] = []
    listing = False
    tag_next = False  # ".TP": the next line is the item's tag
    for raw in text.split("\n"):
        if listing:
            if re.match(r"^\.(?:fi|EE)\b", raw):
                out += ["```", ""]
                listing = False
            elif not raw.startswith('.\\"'):
                out.append(_plain(raw))
            continue
        if raw.startswith(('.\\"', "'\\\"")) or raw.startswith(".\\}"):
            continue
        request = re.match(r"^[.'][ \t]*(\w+)[ \t]*(.*)$", raw)
        if request is None:
            out += _tagged(_plain(raw), tag_next)
            tag_next = False
            continue
        name, rest = request.group(1), request.group(2)
        words = _arguments(rest)
        if name == "SH":
            out += ["", f"## {' '.join(words).strip()}", ""]
        elif name == "SS":
            out += ["", f"### {' '.join(words).strip()}", ""]
        elif name in ("PP", "LP", "P", "sp", "br"):
            out.append("")
        elif name in ("nf", "EX"):
            out += ["", "```"]
            listing = True
        elif name == "IP":
            mark = words[0] if words else ""
            out += ["", f"{mark} " if re.fullmatch(r"\d+[.)]", mark) else "- "]
        elif name == "TP":
            tag_next = True
        elif name in ("B", "I", "SM", "SB"):
            wrap = "**" if name in ("B", "SB") else "*" if name == "I" else ""
            said = " ".join(words)
            out += _tagged(f"{wrap}{said}{wrap}" if said else "", tag_next)
            tag_next = False
        elif name in ALTERNATING:
            out.append(_alternate(name, words))
        # .TH, .RS/.RE, .in, .ne, .ad, .hy and the rest only lay the page out
    markdown = "\n".join(_joined(out))
    return re.sub(r"\n{3,}", "\n\n", markdown).strip() + "\n"


def _tagged(line: str, tag: bool) -> list[str]:
    """A line of text; after ".TP", the tag of an item of its own."""
    return ["", f"- {line}"] if tag else [line]


def _joined(lines: list[str]) -> list[str]:
    """Filled as troff fills them: the lines of a paragraph as one, an item's mark ("1. ",
    "- ") with its text; a listing's lines as typed."""
    result: list[str] = []
    listing = False
    for line in lines:
        fence = line.startswith("```")
        filling = (
            not listing
            and not fence
            and line
            and result
            and result[-1]
            and not result[-1].startswith(("#", "```"))
        )
        if filling and ITEM_MARK.fullmatch(result[-1]):
            result[-1] += line
        elif filling:
            result[-1] += " " + line
        else:
            result.append(line)
        listing = listing != fence
    return result


def _arguments(rest: str) -> list[str]:
    """A request's arguments: words, or "quoted words" kept together."""
    return [_plain(a or b) for a, b in re.findall(r'"([^"]*)"|(\S+)', rest)]


def _alternate(name: str, words: list[str]) -> str:
    marks = [MARKS[name[index % 2]] for index in range(len(words))]
    return "".join(f"{mark}{word}{mark}" for mark, word in zip(marks, words, strict=True))


def _plain(text: str) -> str:
    text = FONT.sub("", text)
    for escape, plain in ESCAPES:
        text = text.replace(escape, plain)
    return text
