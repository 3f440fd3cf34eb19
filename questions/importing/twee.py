"""A story of Twine's, as its text format (Twee) saves it: a practice bot's flow of passages
(":: asyncio-2 [question] {...}" over what the passage says), linked by "[[Show
answer->asyncio-2-a]]".

A passage that asks, with a link to its answer ("Show answer", "Reveal"...), is a question,
and the passage it links to is its answer (a link to a passage the story lacks: none). A
multiple-choice question links each option to a passage; the one that says it is right
("✅ Correct!", or a passage named "...-right") is its answer. Every other passage is the
bot talking ("Ready for round two?", "Want to play again?"), and the links, macros and
story data are the story's workings, not text.
"""

import re
from dataclasses import dataclass

from questions.importing import lines as L

PASSAGE = re.compile(
    r"^::[ \t]*+([^\[\]{}\n]{1,200}?)[ \t]*+(?:\[([^\]\n]{0,200})\])?[ \t]*+"
    r"(?:\{.{0,500}\})?[ \t]*$"
)
LINK = re.compile(r"\[\[([^\[\]\n]{1,300})\]\]")
# A link's label and target: "Show answer->a", "a<-Show answer", "Show answer|a", or "a"
ARROW = re.compile(r"^(.{1,200}?)->(.{1,200})$|^(.{1,200}?)<-(.{1,200})$|^(.{1,200}?)\|(.{1,200})$")
ANSWER_LINK = re.compile(
    r"^\W*(?:(?:show|reveal|see|check|view)?[ \t]*(?:the[ \t]+)?(?:model[ \t]+)?"
    r"(?:answer|solution)s?|reveal|show me)\W*$",
    re.IGNORECASE,
)
RIGHT = re.compile(r"^\W*(?:correct|right|yes|that's it|exactly)\b", re.IGNORECASE)
RIGHT_NAME = re.compile(r"(?:^|[-_ ])(?:right|correct)$", re.IGNORECASE)
# A line of the story's workings: a macro ("(set: $score to 0)", "<<set $x to 1>>"), from its
# start to its end (and its hook's: "(link: "Next")[(go-to: "b")]")
MACRO_START = re.compile(r"^[ \t]*(?:\([\w-]{1,30}:|<<)")
ITALIC = re.compile(r"(?<![:/])//([^/\n]{1,300}?)(?<!:)//")  # "//so//", not "https://"
PRE = re.compile(r"^[ \t]*</?pre>[ \t]*$", re.IGNORECASE)
HOOK = re.compile(r"\|[\w-]{1,40}>\[([^\[\]\n]{0,500})\]")  # "|bytey>[Hi!]": its text
STORY = {"storytitle", "storydata", "storyinit", "userscript", "userstylesheet"}
WORKINGS = {"script", "stylesheet", "widget"}
MIN_PASSAGES = 3
MIN_QUESTIONS = 2


@dataclass
class Passage:
    name: str
    tags: set[str]
    lines: list[str]


def looks_like_twee(text: str) -> bool:
    passages = _passages(text)
    return len(passages) >= MIN_PASSAGES and len(_questions(passages)) >= MIN_QUESTIONS


def twee_to_markdown(text: str) -> str:
    passages = _passages(text)
    by_name = {passage.name: passage for passage in passages}
    cards = []
    for asking, options, target in _questions(passages):
        answer = by_name.get(target)
        said = _text(answer.lines) if answer is not None else []
        asked = _text(asking.lines)
        cards.append("\n".join([f"Q: {asked[0]}", *asked[1:], *options, "A: " + "\n".join(said)]))
    return "\n\n".join(card.rstrip() for card in cards) + "\n"


def _questions(passages: list[Passage]) -> list[tuple[Passage, list[str], str]]:
    """(passage, its options, the name of its answer's passage) of each passage that asks."""
    by_name = {passage.name: passage for passage in passages}
    found = []
    for passage in passages:
        links = [_link(match.group(1)) for line in passage.lines for match in LINK.finditer(line)]
        said = _text(passage.lines)
        if not said:
            continue
        shown = [target for label, target in links if ANSWER_LINK.match(label)]
        if shown:  # (whatever its words: "Count page views atomically in Redis")
            found.append((passage, [], shown[0]))
            continue
        if not L.asks(" ".join(said)):
            continue
        options = [(label, target) for label, target in links if target in by_name]
        right = [target for _, target in options if _says_right(by_name[target])]
        if len(options) >= 2 and right:
            found.append((passage, [f"- {label}" for label, _ in options], right[0]))
    return found


def _says_right(passage: Passage) -> bool:
    said = _text(passage.lines)
    return bool(RIGHT_NAME.search(passage.name)) or bool(said and RIGHT.match(said[0]))


def _link(inside: str) -> tuple[str, str]:
    arrow = ARROW.match(inside)
    if arrow is None:
        return inside.strip(), inside.strip()
    label, target = [part for part in arrow.groups() if part is not None]
    if arrow.group(3) is not None:  # "target<-label"
        label, target = target, label
    return label.strip(), target.strip()


def _text(lines: list[str]) -> list[str]:
    """What a passage says: without its links, macros and hooks' names; a title line in
    bold over its question left out."""
    out = []
    for line in lines:
        macro = MACRO_START.match(line) and line.rstrip().endswith((")", "]", ">>"))
        if macro or not LINK.sub("", line).strip(" \t*-+•"):  # (an option's bullet too)
            continue
        if PRE.match(line):  # Harlowe's "<pre>" ... "</pre>": a code block
            out.append("```")
            continue
        line = HOOK.sub(r"\1", LINK.sub(lambda m: _link(m.group(1))[0], line))
        line = re.sub(r"''(.{1,300}?)''", r"**\1**", ITALIC.sub(r"*\1*", line))
        out.append(line.rstrip())
    out = L.without_blank_edges(out)
    if len(out) > 1 and re.fullmatch(r"\*\*[^*\n]{1,200}\*\*", out[0].strip()):
        out = out[1:]  # "''Round 1 · asyncio · question 2''" over the question
    return L.without_blank_edges(out)


def _passages(text: str) -> list[Passage]:
    passages: list[Passage] = []
    for line in text.split("\n"):
        header = PASSAGE.match(line) if line.startswith("::") else None
        if header:
            tags = set((header.group(2) or "").lower().split())
            passages.append(Passage(header.group(1).strip(), tags, []))
        elif passages:
            passages[-1].lines.append(line)
    return [
        passage
        for passage in passages
        if passage.name.lower() not in STORY and not passage.tags & WORKINGS
    ]
