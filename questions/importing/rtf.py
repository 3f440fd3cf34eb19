"""A Rich Text Format document (saved by WordPad, TextEdit or Word), read as markdown.

RTF is text with control words: "\\par" ends a paragraph, "\\b" and "\\b0" turn bold on and
off, "\\'e9" and "\\u8217?" are characters, and groups such as the font table or a picture
are not text at all. Each paragraph becomes a line, bold becomes "**", and the rest of the
formatting (fonts, colours, spacing) is left out.
"""

import re

TOKEN = re.compile(
    r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z'])|([{}])|"
    r"([^\\{}\r\n]+)|[\r\n]+"
)
# Groups that hold no text: tables, pictures, the document's information, headers.
SKIPPED = {
    "fonttbl", "colortbl", "stylesheet", "info", "pict", "header", "footer", "headerl",
    "headerr", "footerl", "footerr", "listtable", "listoverridetable", "rsidtbl", "generator",
    "themedata", "colorschememapping", "latentstyles", "datastore", "xmlnstbl", "object",
    "fldinst", "filetbl", "revtbl", "pgdsctbl", "mmathPr",
}  # fmt: skip
SYMBOLS = {
    "par": "\n", "line": "\n", "sect": "\n", "page": "\n", "row": "\n", "cell": " | ",
    "tab": " ", "endash": "–", "emdash": "—", "lquote": "‘", "rquote": "’",
    "ldblquote": "“", "rdblquote": "”", "bullet": "•", "emspace": " ", "enspace": " ",
}  # fmt: skip
# A backslash ending a line is a paragraph's end, as "\\par" (TextEdit writes it so).
LITERALS = {"\\": "\\", "{": "{", "}": "}", "~": " ", "_": "-", "-": "", "\n": "\n", "\r": "\n"}


def looks_like_rtf(text: str) -> bool:
    return text.lstrip().startswith("{\\rtf")


def rtf_to_markdown(text: str) -> str:
    out: list[str] = []
    stack: list[tuple[bool, bool, int]] = []  # (skipping, bold, unicode fallback) per group
    skipping, bold, shown_bold, fallback, to_skip = False, False, False, 1, 0
    high = 0  # the first half of a character beyond 16 bits ("\u-10179?\u-8704?")
    for match in TOKEN.finditer(text):
        word, number, hexa, symbol, brace, chunk = match.groups()
        if brace == "{":
            stack.append((skipping, bold, fallback))
            continue
        if brace == "}":
            skipping, bold, fallback = stack.pop() if stack else (False, False, 1)
            continue
        said = ""
        if word:
            if word in SKIPPED:
                skipping = True
            elif word == "b":
                bold = number != "0"
            elif word == "plain":
                bold = False
            elif word == "uc":
                fallback = int(number or 1)
            elif word == "u" and number:
                said, high = _unicode(int(number), high)
                to_skip = fallback
            else:
                said = SYMBOLS.get(word, "")
        elif hexa:
            said = bytes([int(hexa, 16)]).decode("cp1252", errors="replace")
        elif symbol:
            if symbol == "*":
                skipping = True  # "{\*\destination ...}": ignorable, not text
            said = LITERALS.get(symbol, "")
        elif chunk:
            if to_skip:  # the characters that stand in for a \u character
                chunk, to_skip = chunk[to_skip:], max(to_skip - len(chunk), 0)
            said = chunk
        if skipping or not said:
            continue
        if said == "\n":
            if shown_bold:
                _close_bold(out)
                shown_bold = False
            out.append("\n")
            continue
        if bold != shown_bold and said.strip():
            if bold:  # "**" against the words it marks: " **1. What...**", not "** 1."
                out.append(said[: len(said) - len(said.lstrip())] + "**")
                said = said.lstrip()
            else:
                _close_bold(out)
            shown_bold = bold
        out.append(said)
    lines = [line.replace("****", "").strip() for line in "".join(out).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n\n".join(line for line in lines if line)).strip()


def _unicode(value: int, high: int) -> tuple[str, int]:
    """The character a "\\uN" stands for (N is signed 16-bit), and the pending first half
    of a pair: a half alone is no character, never a lone surrogate in the text."""
    value %= 0x10000
    if 0xD800 <= value < 0xDC00:
        return "", value
    if 0xDC00 <= value < 0xE000:
        pair = 0x10000 + ((high - 0xD800) << 10) + (value - 0xDC00) if high else None
        return (chr(pair) if pair else ""), 0
    return chr(value), 0


def _close_bold(out: list[str]) -> None:
    """End bold right after its last word ("What is X?**"), spaces after the mark: only the
    last pieces are looked at, so a document with many bold runs stays linear."""
    spaces = []
    while out and not out[-1].strip(" \t"):
        spaces.append(out.pop())
    last = out.pop() if out else ""
    words = last.rstrip(" \t")
    out.extend([words, "**", last[len(words) :], *reversed(spaces)])
