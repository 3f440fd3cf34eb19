"""A recording's captions (WebVTT, SubRip, TTML), read as the conversation they hold.

    12
    00:00:51.300 --> 00:00:57.750
    Priya Raman: Okay, asyncio. What is the event loop, and what happens if you call

    13
    00:00:57.750 --> 00:01:01.210
    Priya Raman: something blocking inside a coroutine?

The cues a speaker says in a row are one turn, so a question split over cues is one
question ("[00:00:51] Priya Raman: Okay, asyncio. What is ... coroutine?"), and a cue
without a name goes on with the last speaker. The turns are then read as any chat is:
cue numbers, times and the file's header left out, and in an interview, what the
interviewer says is never an answer.
"""

import re
from functools import lru_cache
from itertools import pairwise

from questions.importing import lines as L
from questions.importing.chat import messages_only
from questions.importing.xml_exports import parsed_xml

TIMING = re.compile(
    r"^\s*((?:\d{1,2}:)?\d{1,2}:\d{2})[.,]\d{1,3}\s+-->\s+(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}"
)
# YouTube's .sbv: "0:00:03.200,0:00:07.900" over the cue's lines
SBV_TIMING = re.compile(r"^\s*(\d{1,2}:\d{2}:\d{2})\.\d{3},\d{1,2}:\d{2}:\d{2}\.\d{3}\s*$")
# a transcript copied from a video's page: "0:03" on its own line over the caption's line
TIME_ONLY = re.compile(r"^\s*((?:\d{1,2}:)?\d{1,2}:\d{2})\s*$")
# a video page's chapter: "4:40 Blocking code"
CHAPTER = re.compile(r"^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[ \t]+(\S.{0,200})$")
TIME_ONLY_SHARE = 0.4  # of the transcript's lines: every other line is a time
MIN_TRANSCRIPT_CUES = 6
SINGLE_LINE_CUES = 0.8  # of its cues, a line each
CUE_NUMBER = re.compile(r"^\s*\d{1,6}\s*$")
HEADER_BLOCK = re.compile(r"^(?:WEBVTT|NOTE|STYLE|REGION)\b")
VOICE = re.compile(r"^<v(?:\.[\w.-]{1,40})?\s+([^>]{1,80})>(.*?)(?:</v>)?$")
TAG = re.compile(r"</?(?:c|i|b|u|v|lang|ruby|rt)(?:[.\s][^>]{0,80})?>")
SPEAKER = re.compile(r"^([A-Z][\w.'’-]{0,30}(?: [A-Z][\w.'’-]{0,30}){0,3}):\s+(\S.*)$")
STAGE = re.compile(r"^\[[^\[\]]{1,60}\]$")
# A change of speaker within captions that name no one: "- A sorted set.", ">> Sure."
DASH_TURN = re.compile(r"^(?:[-–—]|>>)[ \t]+(?=\S)")
MIN_CUES = 3


def looks_like_captions(text: str) -> bool:
    if "-->" in text:
        head = text.lstrip()[:6]
        cues = sum(1 for line in text.split("\n") if TIMING.match(line))
        return cues >= MIN_CUES and (head == "WEBVTT" or cues * 4 >= text.count("\n") * 0.5)
    lines = [line for line in text.split("\n")[:400] if line.strip()]
    if sum(1 for line in lines if SBV_TIMING.match(line)) >= MIN_CUES:
        return SBV_TIMING.match(lines[0]) is not None
    # a video's: many times, nearly each over one line (not a day's notes: "10:30" / a topic
    # and its notes); counted from the first, under the page's title, summary and chapters,
    # unless its chapters ask (they are the questions then: "0:41 Q1 - What is the GIL?")
    times = [index for index, line in enumerate(lines) if TIME_ONLY.match(line)]
    single = sum(1 for before, after in pairwise(times) if after - before == 2)
    chapters = [found.group(1) for line in lines if (found := CHAPTER.match(line))]
    said = len(lines) - (times[0] if times and not any(map(L.asks, chapters)) else 0)
    return (
        len(times) >= MIN_TRANSCRIPT_CUES
        and len(times) >= TIME_ONLY_SHARE * said
        and single >= SINGLE_LINE_CUES * (len(times) - 1)
    )


# TTML (DFXP), as streaming services and editors save captions: each <p> a cue, with its
# start ("begin") and its speaker ("ttm:agent", named in the head's metadata).
TTML_ROOT = re.compile(r"^\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--.{0,2000}?-->\s*)*<tt\b", re.DOTALL)
TTML = "{http://www.w3.org/ns/ttml}"
TTML_METADATA = "{http://www.w3.org/ns/ttml#metadata}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def looks_like_ttml(text: str) -> bool:
    return TTML_ROOT.match(text[:5000]) is not None and _ttml_root(text) is not None


def ttml_as_chat(text: str) -> str:
    root = _ttml_root(text)
    names = {  # "Dana (interviewer)": "Dana", as a chat names its speakers
        agent.get(XML_ID): " ".join(re.sub(r"\(.*?\)", "", "".join(name.itertext())).split()[:3])
        for agent in root.iter(f"{TTML_METADATA}agent")
        for name in agent.iter(f"{TTML_METADATA}name")
    }
    cues = []
    for cue in root.iter(f"{TTML}p"):
        agent = cue.get(f"{TTML_METADATA}agent") or ""
        said = " ".join(" ".join(cue.itertext()).split())
        time = TTML_TIME.match(cue.get("begin") or "")
        if said:
            who = names.get(agent) or agent or "Speaker"
            cues.append((time.group(1) if time else "00:00", who, said))
    return _chat_of(cues)


def _chat_of(cues: list[tuple[str, str, str]]) -> str:
    """Named cues, (start, speaker, what is said), read as a chat: a speaker's cue goes on
    with their last unless that one ended a statement, so a question split over cues is
    one question ("How do fixtures work?" / "And what does their scope mean?"), and
    "Let's move on." leads no question."""
    turns: list[list[str]] = []
    for time, who, said in cues:
        if turns and turns[-1][1] == who and not turns[-1][2].endswith((".", "!", "…")):
            turns[-1][2] += f" {said}"
        else:
            turns.append([time, who, said])
    return messages_only("\n".join(f"[{time}] {who}: {said}" for time, who, said in turns))


TTML_TIME = re.compile(r"^\s*(?:(\d{1,2}:\d{2}(?::\d{2})?))")


# Advanced SubStation Alpha (.ass, Aegisub): an "[Events]" section whose "Format:" line
# names the fields of each "Dialogue:" line (its last, "Text", may hold commas), with
# override tags ("{\\fad(300,300)}") and line breaks ("\\N") in the text.
ASS_EVENTS = re.compile(r"^\[Events\][ \t]*$", re.MULTILINE | re.IGNORECASE)
ASS_OVERRIDE = re.compile(r"\{[^{}\n]{0,300}\}")
ASS_BREAK = re.compile(r"\\[Nnh]")


def looks_like_ass(text: str) -> bool:
    return text.lstrip()[:13].lower() == "[script info]" and len(_ass_dialogue(text)) >= MIN_CUES


def ass_as_chat(text: str) -> str:
    return _chat_of(_ass_dialogue(text))


def _ass_dialogue(text: str) -> list[tuple[str, str, str]]:
    """(start, speaker: its name, else its style, what is said) of each line of dialogue."""
    events = ASS_EVENTS.search(text)
    if events is None:
        return []
    fields: list[str] = []
    said = []
    for line in text[events.end() :].split("\n"):
        kind, _, value = line.partition(":")
        if kind.strip().lower() == "format":
            fields = [field.strip().lower() for field in value.split(",")]
        elif kind.strip().lower() == "dialogue" and "text" in fields:
            values = [part.strip() for part in value.split(",", len(fields) - 1)]
            if len(values) != len(fields):
                continue
            cue = dict(zip(fields, values, strict=True))
            words = " ".join(ASS_BREAK.sub(" ", ASS_OVERRIDE.sub("", cue["text"])).split())
            start = re.match(r"(?:\d{1,2}:)?\d{1,2}:\d{2}", cue.get("start", ""))
            if words:
                who = cue.get("name") or cue.get("style") or "Speaker"
                said.append((start.group(0) if start else "00:00", who, words))
        elif line.startswith("["):
            break  # the next section
    return said


@lru_cache(maxsize=2)  # asked whether it is one, then read: parsed once
def _ttml_root(text: str):
    root = parsed_xml(text)
    return root if root is not None and root.tag == f"{TTML}tt" else None


def captions_as_chat(text: str) -> str:
    turns = _turns(text)
    if len(turns) == 1:  # no names, no turns marked: one voice, read by its sentences
        return _announced_apart(turns[0][2:])
    return messages_only(
        "\n".join(f"[{time}] {who}: {' '.join(said)}" for time, who, *said in turns)
    )


# A sentence's end: "...in Python? so a process has..."
SENTENCE_END = re.compile(r"(?<=[.?!])\s+")


# What a video's host says to start a question: "question two:", "question 7,", "next
# question:" (its words may have no "?": "question two: offset versus cursor pagination").
# At the start of a cue or a sentence, with its lead-in words ("and", "okay").
ANNOUNCED = re.compile(
    r"(?:^|(?<=[.!?])[ \t]+)(?:(?:and|so|okay|ok|now|alright|right)[ \t,]{1,3}){0,3}"
    r"(?:question[ \t]+(?:number[ \t]+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|\d{1,2})|(?:first|next|last|final) question)[ \t]*[:,–-]",
    re.IGNORECASE,
)
MIN_ANNOUNCED = 2


def _announced_apart(cues: list[str]) -> str:
    """One voice's cues, read by its sentences, unless it announces its questions: then
    each a heading, from its announcement to its "?" (or, asked without one, to the end of
    its cue), over what is said until the next."""
    if sum(1 for cue in cues if ANNOUNCED.search(cue)) < MIN_ANNOUNCED:
        return _questions_apart(" ".join(cues))
    parts: list[list[str]] = [[]]  # each paragraph's pieces
    number = 0
    for cue in cues:
        announced = ANNOUNCED.search(cue)
        if announced is None:
            parts[-1].append(cue)
            continue
        parts[-1].append(cue[: announced.start()])
        asked, mark, rest = cue[announced.end() :].partition("?")
        _, colon, after = asked.partition(": ")  # "the one that trips people up: how do..."
        asked = after if colon and L.asks(after + mark) else asked
        number += 1
        parts += [[f"## Q{number}. {asked.strip()}{mark}"], [rest]]
    paragraphs = (" ".join(piece.strip() for piece in part if piece.strip()) for part in parts)
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def _questions_apart(said: str) -> str:
    """A transcript that names no one and marks no turn: each sentence that asks a
    paragraph of its own, what is said between them a paragraph ("what's the difference
    between a process and a thread? / so a process has its own memory space...")."""
    paragraphs: list[list[str]] = [[]]
    for sentence in SENTENCE_END.split(said):
        asks = sentence.endswith("?")
        if asks != (paragraphs[-1][-1:] and paragraphs[-1][-1].endswith("?")):
            paragraphs.append([])
        paragraphs[-1].append(sentence)
    return "\n\n".join(" ".join(paragraph) for paragraph in paragraphs if paragraph)


def _turns(text: str) -> list[list[str]]:
    """Each speaker's turn: [time, speaker, what they said...].

    A cue line that starts with a dash ("- And if Redis goes down?") is said by the other
    speaker: captions mark a change of speaker so when they do not name them."""
    turns: list[list[str]] = []  # [time, speaker, what they said...]
    dashed = False  # the last turn was a dash's
    for time, lines in _cues(text):
        for turned, cue in _utterances(lines):
            said = " ".join(TAG.sub("", cue).split())
            if STAGE.match(said):
                continue  # "[recording started]", "[music]": no one's turn
            if turned and turns and said and not (VOICE.match(cue) or SPEAKER.match(cue)):
                # dashes take turns, the first from the last speaker, unless that was the
                # interviewer's remark ("That's fine, let's move on."): they go on asking
                # ("Hey, can you hear me okay? ... welcome back to the channel." asks nothing)
                last, asked = turns[-1][1], _asks(turns[-1][2:])
                going_on = not dashed and not asked and last == _asker(turns)
                turns.append([time, last if going_on else _other_speaker(turns), said])
                dashed = True
            else:
                _add(turns, time, cue)
                dashed = dashed and not said
    return turns


def _asks(said: list[str]) -> bool:
    return any("?" in part for part in said) and not L.is_small_talk(" ".join(said))


def _utterances(lines: list[str]) -> list[tuple[bool, str]]:
    """(whether a dash starts it, its text on one line) of what a cue says."""
    said: list[tuple[bool, list[str]]] = []
    for line in lines:
        dash = DASH_TURN.match(line)
        if dash or not said:
            said.append((bool(dash), [line[dash.end() :] if dash else line]))
        else:
            said[-1][1].append(line)
    return [(turned, " ".join(parts)) for turned, parts in said]


def _asker(turns: list[list[str]]) -> str | None:
    """Who has asked the most so far (the interviewer), if anyone has."""
    asked: dict[str, int] = {}
    for _, speaker, *said in turns:
        asked[speaker] = asked.get(speaker, 0) + sum(part.count("?") for part in said)
    best = max(asked, key=asked.get, default=None)
    return best if best is not None and asked[best] else None


def _other_speaker(turns: list[list[str]]) -> str:
    """Who spoke before the last speaker, for the turn a dash hands back to them."""
    last = turns[-1][1]
    earlier = next((turn[1] for turn in reversed(turns) if turn[1] != last), None)
    return earlier or ("Speaker 2" if last != "Speaker 2" else "Speaker")


def _add(turns: list[list[str]], time: str, cue: str) -> None:
    """A cue's words to the turn of whoever it names, or to the last speaker's."""
    voice = VOICE.match(cue)
    named = (voice.group(1), voice.group(2)) if voice else None
    named = named or (lambda m: (m.group(1), m.group(2)) if m else None)(SPEAKER.match(cue))
    speaker, said = named if named else ("", cue)
    said = " ".join(TAG.sub("", said).split())
    if not said:
        return
    if turns and (speaker == turns[-1][1] or not speaker):
        turns[-1].append(said)
    else:
        turns.append([time, speaker or "Speaker", said])


def _cues(text: str) -> list[tuple[str, list[str]]]:
    """(its start, its lines) of each cue; the header and notes left out. A transcript's
    cue is its time's one line: a line more is a chapter's title ("Python & concurrency")."""
    timing = next(
        (form for form in (TIMING, SBV_TIMING) if any(map(form.match, text.split("\n")))),
        TIME_ONLY,
    )
    cues: list[tuple[str, list[str]]] = []
    block: list[str] = []
    for line in [*text.split("\n"), ""]:
        if line.strip():
            block.append(line.strip())
            continue
        if block and not HEADER_BLOCK.match(block[0]):
            in_cue = False  # (a cue's id over its time, "0b2d0f49-.../19-0", is not said)
            for part in block:
                timed = timing.match(part)
                if timed:
                    cues.append((timed.group(1), []))
                    in_cue = True
                elif in_cue and not CUE_NUMBER.match(part):
                    cues[-1][1].append(part)
        block = []
    if timing is TIME_ONLY:
        return [(time, lines[:1]) for time, lines in cues]
    return cues
