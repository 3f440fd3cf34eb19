"""Show notes (a podcast's, a video's description) whose chapters are timestamped questions,
"(05:10) What's the difference between horizontal and vertical scaling?", with highlights
further down that cite a chapter by its time, "**(05:10) Scaling.** Vertical scaling
means...". Each chapter that asks is a question; the highlight citing its time, if any, is
its answer. The other chapters ("(00:00) Intro", "Sponsor: ...") are the episode's.
"""

import re

from questions.importing import lines as L

TIME = r"\d{1,2}:\d{2}(?::\d{2})?"
# "(05:10) What is...?", "[05:10] ...", "05:10 - ...", "1:02:33 What is ...?"
# (not a chat's "[10:31 AM] Ben: ..." or Zoom's "10:31:10 From Ben to Everyone: ...")
CHAPTER = re.compile(
    rf"^[ \t]*[\[(]?({TIME})(?![ \t]*[ap]\.?m\b)[\])]?[ \t]*[-–—:]?[ \t]+(\S.{{2,200}})$",
    re.IGNORECASE,
)
# "**(05:10) Scaling.** Ana's version: ...": the time in bold or in brackets, a title in bold,
# then the text ("8:10 What is the GIL? was my favourite" is a comment, not a highlight)
CITED = re.compile(
    rf"^[ \t]*(?:(?:\*\*|__)[ \t]*[\[(]?({TIME})[\])]?|[\[(]({TIME})[\])])"
    rf"[ \t]*(?:[^*\n]{{0,80}}?(?:\*\*|__)[ \t]*)?"
)
# a chat's sender after the time: "Ben: ...", "Ben Ng: ...", "From Ben Ng to Everyone: ..."
SPEAKER = re.compile(r"^[^:\n?]{1,40}:[ \t]")
MAX_TITLE_WORDS = 12  # a chapter that does not ask is titled; a longer line is notes
MAX_HIGHLIGHT_LINES = 40
TIME_ALONE = re.compile(rf"^[ \t]*[\[(]?{TIME}[\])]?[ \t]*$")
MIN_CHAPTERS = 5
MIN_ASKING = 3


def looks_like_show_notes(text: str) -> bool:
    """Chapters that ask, and no transcript of the episode under them (its lines timed one
    by one: "0:41" / "so, question one: what is the GIL?"), which a transcript's reader
    reads by its own sections."""
    lines = text.split("\n", 20_000)[:20_000]
    timed = sum(1 for line in lines if TIME_ALONE.match(line))
    chapters = _chapters(lines) if timed < MIN_CHAPTERS else None
    if chapters is None:
        return False
    # ... nor the transcript's sections, titled as its chapters are ("Q1 - What is the GIL?")
    titles = {CHAPTER.match(lines[index]).group(2).strip() for index in chapters}
    # ... nor captions with their times in front, said as sentences run on ("[00:05] it's when
    # the result depends on", in lower case), not titled
    said = sum(1 for title in titles if title[:1].islower())
    if said * 5 >= len(titles) * 3:
        return False
    again = sum(
        1 for index, line in enumerate(lines) if index not in chapters and line.strip() in titles
    )
    return again * 2 < len(titles)


def show_notes_to_markdown(text: str) -> str:
    lines = text.split("\n")
    chapters = _chapters(lines)
    if chapters is None:
        return text
    times = {CHAPTER.match(lines[index]).group(1): index for index in chapters}
    answers: dict[int, list[str]] = {}
    used: set[int] = set()
    for index, line in enumerate(lines):
        cited = CITED.match(line) if index not in chapters else None
        chapter = times.get(cited.group(1) or cited.group(2)) if cited else None
        if chapter is None or chapter in answers or not _asks(lines[chapter]):
            continue
        end = index
        while end < min(len(lines), index + MAX_HIGHLIGHT_LINES) and lines[end].strip():
            end += 1
        said = [line[cited.end() :].strip(), *(row.strip() for row in lines[index + 1 : end])]
        answers[chapter] = said
        used.update(range(index, end))
    out: list[str] = []
    for index, line in enumerate(lines):
        if index in used:
            out.append("")
        elif index in chapters and _asks(line):
            said = answers.get(index, [""])
            out += ["", f"Q: {CHAPTER.match(line).group(2).strip()}", f"A: {said[0]}".rstrip()]
            out += said[1:]
            out.append("")
        elif index not in chapters:
            out.append(line)
    return "\n".join(out)


def _asks(line: str) -> bool:
    chapter = CHAPTER.match(line)
    return chapter is not None and L.looks_like_question(chapter.group(2).strip())


def _chapters(lines: list[str]) -> set[int] | None:
    """The lines of the longest run of timestamped chapters, if they are a chapter list."""
    best: list[int] = []
    run: list[int] = []
    for index, line in enumerate(lines):
        if len(line) <= 300 and CHAPTER.match(line):
            run.append(index)
            continue
        if len(run) > len(best):
            best = run
        run = []
    if len(run) > len(best):
        best = run
    asking = sum(1 for index in best if _asks(lines[index]))
    # notes timed line by line ("02:40 A lock that lets one thread run at a time.") are
    # not chapters: a chapter that does not ask is a short title ("Intro", "Sponsor: ...")
    if any(
        not _asks(lines[index]) and len(lines[index].split()) > MAX_TITLE_WORDS + 1
        for index in best
    ):
        return None
    # "[10:32] alice: how does...": a chat's lines, each a name's
    titles = [CHAPTER.match(lines[index]).group(2) for index in best]
    # (but not a chapter's own label: "Question 1: What is the GIL?")
    labelled = [bool(L.Q_NUMBER.match(title) or L.Q_LABEL.match(title)) for title in titles]
    labels = sum(labelled)
    speakers = sum(
        1
        for title, label in zip(titles, labelled, strict=True)
        if SPEAKER.match(title) and not label
    )
    # ("Q1:" answered by "Tom:" turns is a chat's; under one "Sponsor: ..." chapter it is not)
    named = speakers + (labels if speakers >= labels else 0)
    if named * 2 > len(best):
        return None
    return set(best) if len(best) >= MIN_CHAPTERS and asking >= MIN_ASKING else None
