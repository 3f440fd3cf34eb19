"""Perl's Plain Old Documentation (a .pod file, or the POD of a module).

Commands start paragraphs: "=head1" to "=head4" title sections, "=over" / "=item" /
"=back" make a list, "=for comment" and "=begin comment" ... "=end comment" are notes the
page does not show, "=cut" ends the POD (code follows). An indented paragraph is code kept
as typed; "C<...>" is code, "B<...>" bold, "I<...>" italic, "L<text|url>" a link,
"E<gt>" a character. Rewritten as the markdown it renders to: a heading that asks is a
question, its paragraphs the answer; an item that asks, one of a list of questions.
"""

import re

COMMAND = re.compile(r"^=(head[1-4]|over|item|back|pod|encoding|for|begin|end|cut)\b[ \t]*(.*)$")
MIN_COMMANDS = 3
HEAD = re.compile(r"^=head[1-4]\b", re.MULTILINE)
# Innermost first: "C<E<gt>>" is read from inside out; "C<< a->b >>" holds ">" itself.
DOUBLED = re.compile(r"([BCIFLSXZ])<<+\s(.*?)\s>>+")
FORMAT = re.compile(r"([BCIFLSXZE])<([^<>]*)>")
BULLET = re.compile(r"^[*+-]\s*")
ENTITIES = {"gt": ">", "lt": "<", "verbar": "|", "sol": "/", "quot": '"', "amp": "&"}


def looks_like_pod(text: str) -> bool:
    head = text[:50_000]
    commands = [line for line in head.split("\n") if COMMAND.match(line)]
    return len(commands) >= MIN_COMMANDS and bool(HEAD.search(head))


def pod_to_markdown(text: str) -> str:
    out: list[str] = []
    hidden = False  # inside "=begin comment" ... "=end comment", or after "=for comment"
    in_pod = False  # a module's code comes before its first command, and after "=cut"
    for paragraph in re.split(r"\n[ \t]*\n", text):
        first = paragraph.split("\n", 1)[0]
        command = COMMAND.match(first)
        if command:
            name, argument = command.group(1), command.group(2).strip()
            rest = paragraph.split("\n", 1)[1] if "\n" in paragraph else ""
            in_pod = name != "cut"
            hidden = (name == "begin" and not _shown(argument)) or (hidden and name != "end")
            if name.startswith("head"):
                out.append(f"{'#' * (int(name[-1]) + 1)} {_inline(argument)}")
            elif name == "item":
                out.append(_item(argument, rest))
                continue
            elif name == "for" and _shown(argument.split(" ", 1)[0]):
                out.append(_inline(argument.partition(" ")[2]))
            if rest.strip() and name not in ("for", "begin", "end", "cut"):
                out.append(_inline(" ".join(rest.split())))
            continue
        if not in_pod or hidden or not paragraph.strip():
            continue
        if paragraph[:1] in " \t":
            out.append("```\n" + _dedented(paragraph) + "\n```")
        else:
            out.append(_inline(" ".join(paragraph.split())))
    return "\n\n".join(out) + "\n"


def _shown(format_name: str) -> bool:
    """ "=for comment", "=begin comment": a note; "=for html": shown (as its text)."""
    return format_name.lower().strip(":") not in ("comment", "comments", "todo", "notes", "")


def _item(argument: str, rest: str) -> str:
    """ "=item * Text" or "=item 2. Text", and the paragraph on the lines after it."""
    said = " ".join(f"{argument} {rest}".split())
    number = re.match(r"^(\d+)[.)]?\s+(.*)$", said)
    if number:
        return f"{number.group(1)}. {_inline(number.group(2))}"
    return f"- {_inline(BULLET.sub('', said))}" if said else ""


def _inline(text: str) -> str:
    text = DOUBLED.sub(lambda m: f"{m.group(1)}<{m.group(2)}>", text)
    for _ in range(4):  # nested: "B<C<x>>"
        replaced = FORMAT.sub(_formatted, text)
        if replaced == text:
            break
        text = replaced
    return text


def _formatted(match: re.Match) -> str:
    code, inner = match.group(1), match.group(2)
    if code == "E":  # "E<gt>", "E<0x201E>" (a number too large is nothing)
        number = int(inner, 0) if re.fullmatch(r"\d{1,7}|0x[0-9a-fA-F]{1,6}", inner) else -1
        return ENTITIES.get(inner) or (chr(number) if 0 <= number < 0x110000 else "")
    if code in ("C", "F"):
        return f"`{inner}`"
    if code == "B":
        return f"**{inner}**"
    if code == "I":
        return f"*{inner}*"
    if code == "L":
        text, _, target = inner.partition("|")
        return text if target else inner
    return "" if code in ("X", "Z") else inner


def _dedented(paragraph: str) -> str:
    lines = paragraph.split("\n")
    margin = min(len(line) - len(line.lstrip()) for line in lines if line.strip())
    return "\n".join(line[margin:] for line in lines)
