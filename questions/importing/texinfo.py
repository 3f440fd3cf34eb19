"""A GNU Texinfo manual (.texi): "@chapter", "@section" and the like title its parts,
"@table" lists terms ("@item What is an event loop?") each over its text, "@example" keeps
code as typed, "@c" is a comment; "@code{...}", "@emph{...}" and friends mark words.

It is rewritten as the markdown the manual renders to: each title a heading, each table
item a heading of its own over its text (so an item that asks is a question, its text the
answer); the header, the title page, menus, index entries and the copying notice, which the
reader of a manual's chapters never sees there, are left out.
"""

import re

INPUT = re.compile(r"\A\s*\\input texinfo\b|^@setfilename\b|^@node\b", re.MULTILINE)
COMMANDS = re.compile(r"^@(?:node|chapter|section|table|item)\b", re.MULTILINE)
MIN_COMMANDS = 4
HEADINGS = {
    **dict.fromkeys(("top", "chapter", "unnumbered", "appendix", "majorheading"), 2),
    **dict.fromkeys(("chapheading", "centerchap"), 2),
    **dict.fromkeys(("section", "unnumberedsec", "appendixsec", "heading"), 3),
    **dict.fromkeys(("subsection", "unnumberedsubsec", "appendixsubsec", "subheading"), 4),
    **dict.fromkeys(("subsubsection", "unnumberedsubsubsec", "subsubheading"), 5),
}
# Blocks the reader of the chapters does not see: "@titlepage" ... "@end titlepage".
HIDDEN = {"titlepage", "copying", "direntry", "menu", "detailmenu", "iftex", "tex", "ignore"}
CODE_BLOCKS = {"example", "smallexample", "lisp", "smalllisp", "verbatim", "display", "format"}
LISTS = {"table", "vtable", "ftable", "itemize", "enumerate", "multitable"}
INLINE = re.compile(r"@(code|samp|command|env|file|option|var|kbd|key|t|verb)\{([^{}]*)\}")
EMPHASIS = re.compile(r"@(emph|i|slanted)\{([^{}]*)\}")
STRONG = re.compile(r"@(strong|b)\{([^{}]*)\}")
OTHER = re.compile(r"@(?:w|r|sc|dfn|cite|acronym|abbr|indicateurl|asis|var)\{([^{}]*)\}")
LINK = re.compile(r"@(?:uref|url|email)\{([^{},]*)(?:,\s*([^{}]*))?\}")
XREF = re.compile(r"@(?:xref|pxref|ref)\{([^{},]*)[^{}]*\}")
SYMBOLS = (("@@", "\0at\0"), ("@{", "{"), ("@}", "}"), ("@dots{}", "…"), ("@copyright{}", "©"))
LINE_COMMANDS = re.compile(r"^@(\w+)(?:\s+(.*))?$")


def looks_like_texinfo(text: str) -> bool:
    head = text[:50_000]
    return bool(INPUT.search(head)) and len(COMMANDS.findall(head)) >= MIN_COMMANDS


def texinfo_to_markdown(text: str) -> str:
    out: list[str] = []
    hidden = code = 0
    for raw in text.split("\n"):
        line = raw.rstrip()
        command = LINE_COMMANDS.match(line)
        name = command.group(1) if command else ""
        argument = (command.group(2) or "").strip() if command else ""
        if name == "end":
            block = argument.split()[0] if argument else ""
            if block in HIDDEN and hidden:
                hidden -= 1
            elif block in CODE_BLOCKS and code:
                code -= 1
                out += ["```", ""] if not hidden else []
            continue
        if name in HIDDEN:
            hidden += 1
            continue
        if hidden:
            continue
        if code:
            out.append(_symbols(line) if name != "c" else "")
            continue
        if name in CODE_BLOCKS:
            code += 1
            out += ["", "```"]
        elif name in ("c", "comment") or line.startswith("\\input"):
            continue
        elif name in HEADINGS:
            out += ["", "#" * HEADINGS[name] + " " + _inline(argument), ""]
        elif name in ("item", "itemx") and argument:
            out += ["", f"#### {_inline(argument)}", ""]
        elif name in ("item", "itemx"):
            out += ["", "- "]
        elif name in LISTS or name in ("node", "cindex", "findex", "vindex", "kindex", "pindex"):
            continue
        elif command and not line.startswith("@" + name + "{"):
            continue  # "@settitle", "@printindex cp", "@page": the manual's own layout
        elif out and out[-1] == "- ":
            out[-1] += _inline(line)
        else:
            out.append(_inline(line))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip() + "\n"


def _inline(text: str) -> str:
    for _ in range(3):  # nested: "@strong{@code{x}}"
        text = INLINE.sub(lambda m: f"`{m.group(2)}`", text)
        text = EMPHASIS.sub(lambda m: f"*{m.group(2)}*", text)
        text = STRONG.sub(lambda m: f"**{m.group(2)}**", text)
        text = OTHER.sub(r"\1", text)
        text = LINK.sub(lambda m: m.group(2) or m.group(1), text)
        text = XREF.sub(r"\1", text)
    return _symbols(text)


def _symbols(text: str) -> str:
    for mark, plain in SYMBOLS:
        text = text.replace(mark, plain)
    return text.replace("\0at\0", "@")
