"""A recording's captions (WebVTT, SubRip), read as the conversation they hold.

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

from questions.importing.chat import messages_only

TIMING = re.compile(
    r"^\s*((?:\d{1,2}:)?\d{1,2}:\d{2})[.,]\d{1,3}\s+-->\s+(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}"
)
CUE_NUMBER = re.compile(r"^\s*\d{1,6}\s*$")
HEADER_BLOCK = re.compile(r"^(?:WEBVTT|NOTE|STYLE|REGION)\b")
VOICE = re.compile(r"^<v(?:\.[\w.-]{1,40})?\s+([^>]{1,80})>(.*?)(?:</v>)?$")
TAG = re.compile(r"</?(?:c|i|b|u|v|lang|ruby|rt)(?:[.\s][^>]{0,80})?>")
SPEAKER = re.compile(r"^([A-Z][\w.'’-]{0,30}(?: [A-Z][\w.'’-]{0,30}){0,3}):\s+(\S.*)$")
MIN_CUES = 3


def looks_like_captions(text: str) -> bool:
    if "-->" not in text:
        return False  # most documents: no cue times, no need to look at every line
    head = text.lstrip()[:6]
    cues = sum(1 for line in text.split("\n") if TIMING.match(line))
    return cues >= MIN_CUES and (head == "WEBVTT" or cues * 4 >= text.count("\n") * 0.5)


def captions_as_chat(text: str) -> str:
    return messages_only(_turns(text))


def _turns(text: str) -> str:
    """Each speaker's turn on a line: "[00:00:51] Priya Raman: ...", times as a chat's."""
    turns: list[list[str]] = []  # [time, speaker, what they said...]
    for time, cue in _cues(text):
        voice = VOICE.match(cue)
        named = (voice.group(1), voice.group(2)) if voice else None
        named = named or (lambda m: (m.group(1), m.group(2)) if m else None)(SPEAKER.match(cue))
        speaker, said = named if named else ("", cue)
        said = " ".join(TAG.sub("", said).split())
        if not said:
            continue
        if turns and (speaker == turns[-1][1] or not speaker):
            turns[-1].append(said)
        else:
            turns.append([time, speaker or "Speaker", said])
    return "\n".join(f"[{time}] {speaker}: {' '.join(said)}" for time, speaker, *said in turns)


def _cues(text: str) -> list[tuple[str, str]]:
    """(its start, its text on one line) of each cue; the header and notes left out."""
    cues: list[tuple[str, str]] = []
    block: list[str] = []
    for line in [*text.split("\n"), ""]:
        if line.strip():
            block.append(line.strip())
            continue
        timed = next((i for i, part in enumerate(block) if TIMING.match(part)), None)
        if timed is not None and not HEADER_BLOCK.match(block[0]):
            lines = [part for part in block[timed + 1 :] if not CUE_NUMBER.match(part)]
            cues.append((TIMING.match(block[timed]).group(1), " ".join(lines)))
        block = []
    return cues
