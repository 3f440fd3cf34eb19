"""A calendar invitation (iCalendar, .ics): an interview panel's event whose description
lists the questions to ask, often with what a good answer says.

iCalendar folds a long line into lines of 75 bytes, each continuation starting with a
space or a tab, and escapes the description's line breaks ("\\n"), commas and semicolons.
Each event, to-do or journal entry is read as its summary over its description, unfolded
and unescaped; the rest (times, attendees, time zones, alarms) is not text.
"""

import re

FOLD = re.compile(r"\r?\n[ \t]")
# "DESCRIPTION;LANGUAGE=en-US:Hi panel..." -> name, value (parameters left out; a quoted
# parameter may hold a colon: ALTREP="https://...")
PROPERTY = re.compile(r'^([A-Za-z-]{1,40})(?:;(?:"[^"\n]*"|[^:"\n])*)?:(.*)$', re.MULTILINE)
COMPONENTS = ("VEVENT", "VTODO", "VJOURNAL")
ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\"}


def looks_like_icalendar(text: str) -> bool:
    return text.lstrip()[:15].upper() == "BEGIN:VCALENDAR" and "END:V" in text.upper()


def icalendar_to_markdown(text: str) -> str:
    parts: list[str] = []
    open_components: list[str] = []
    summary, said = "", []
    for name, value in PROPERTY.findall(FOLD.sub("", text)):
        name, value = name.upper(), _unescaped(value).strip()
        if name == "BEGIN":
            open_components.append(value.upper())
        elif name == "END" and open_components:
            if open_components.pop() in COMPONENTS:  # its title over what it says
                parts += [f"# {summary}"] if summary else []
                parts += said
                summary, said = "", []
        elif value and open_components and open_components[-1] in COMPONENTS:
            # (not an alarm's: "This is an event reminder")
            if name == "SUMMARY":
                summary = " ".join(value.split())
            elif name in ("DESCRIPTION", "COMMENT"):
                said.append(value)
    return "\n\n".join(parts)


def _unescaped(value: str) -> str:
    return re.sub(r"\\(.)", lambda match: ESCAPES.get(match.group(1), match.group(0)), value)
