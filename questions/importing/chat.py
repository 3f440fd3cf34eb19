"""A chat pasted from Slack, Teams, Discord or WhatsApp -> its messages, one per line.

Each message becomes a paragraph; only who sent it and when go: `[10:32] alice: how does
X work?` -> `how does X work?`. Lines that only say who and when (Slack's `alice  10:32
AM`, Discord's `bob — Today at 10:32`) and the chat's own notices ("joined the channel",
reactions, "3 replies") go. The line rules then
read the messages as any other document: a message that asks is a question, and what the
others answer until the next question is its answer.
"""

import re
from collections import Counter

from questions.importing import lines as L
from questions.importing.unanswered import only_agreement, says_no_answer

# 10:32, 10:32:05, 10:32 AM, 9.05pm, with an optional date before it (12/03/2024, 2024-03-12).
# (its "AM" kept whole: "10:42 AM" alone on its line is a time, not a time and "AM" its sender)
_TIME = r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?(?!\w))?+"
_DATE = r"(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4},?\s+)"
_STAMP = rf"(?:[\[(]\s*{_DATE}?{_TIME}\s*[\])]|{_DATE}?{_TIME})"
# Slack's older messages: "Mar 13th at 8:55 AM"
_MONTH_DAY = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}(?:st|nd|rd|th)?"
    r"(?:,? \d{4})?"
)
_WHEN = rf"(?:(?:today|yesterday|{_MONTH_DAY})\s+at\s+{_TIME}|{_STAMP})"
# A display name: a word or two, maybe "@handle" or "<nick>", not a sentence.
# (or a transcription tool's "Speaker 2")
_NAME = (
    r"(?:(?:speaker|participant|guest|person) \d{1,2}|"
    r"[<@]?[^\W\d_][\w.'’\-]{0,30}(?:\s[^\W\d_][\w.'’\-]{0,30}){0,2}>?)"
)

# Zoom's saved chat: "18:02:10 From Alice Chen to Everyone:" (the message on the lines under
# it, or after the colon), read as "18:02:10 Alice Chen:".
_ZOOM = re.compile(
    rf"^([ \t]*(?>{_STAMP})[ \t]*)from[ \t]+({_NAME})[ \t]+to[ \t]+[^:\n]{{1,60}}:",
    re.IGNORECASE | re.MULTILINE,
)
# IRC's log: "[14:02] <tessa> what's the difference..." and "[13:59] *** wren has joined"
_IRC = re.compile(rf"^([ \t]*(?>{_STAMP})[ \t]*)<[@+%]?([^<>\s]{{1,30}})>[ \t]+", re.MULTILINE)
_IRC_NOTICE = re.compile(rf"^[ \t]*(?>{_STAMP})[ \t]*(?:\*{{3}}|-!-)[ \t].*$", re.MULTILINE)
# "[10:32] alice: text", "10:32 alice: text", "12/03/2024, 10:32 - Alice: text"
_STAMP_NAME_TEXT = re.compile(
    rf"^\s*{_STAMP}\s*(?:[-–—]\s*)?(?P<name>{_NAME})\s*:\s+(?P<text>\S.*)$", re.IGNORECASE
)
# "alice: [10:32] text" is rare; "alice [10:32]: text" and "alice 10:32: text" happen.
_NAME_STAMP_TEXT = re.compile(
    rf"^\s*(?P<name>{_NAME})\s+{_STAMP}\s*:\s+(?P<text>\S.*)$", re.IGNORECASE
)
# A line that only says who and when: "alice  10:32 AM", "bob — Today at 10:32 PM",
# "[12/03 10:32] Alice Smith", "Alice Smith, 10:32".
_HEADER = re.compile(
    rf"^\s*(?:(?P<name>{_NAME})\s*(?:[-–—,]\s*)?{_WHEN}"
    rf"|{_STAMP}\s*(?:[-–—]\s*)?(?P<name_after>{_NAME}))\s*:?\s*$",
    re.IGNORECASE,
)
_NOTICE = re.compile(
    r"^\s*(?:.{0,60}\b(?:joined|left) (?:the )?(?:channel|chat|group|call|meeting)\b.{0,40}"
    r"|(?::[\w+-]{1,30}:\s*\d{0,4}\s*)+|(?:↳\s*)?\d{1,4} repl(?:y|ies)(?:\s.{0,40})?"
    r"|reactions?:.{0,80}|likes? \d{1,5}|\d{1,5} likes?"  # "reactions: 👍 3  💯 1", "Like 2"
    r"|(?:new messages?|unread|edited|message deleted|this message was deleted)\.?"
    r"|replied to a thread:.{0,300}"  # Slack's reply, quoting the thread's first words
    # the day's divider: "Tuesday, March 12th", "Today", "Yesterday"
    rf"|today|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day,? {_MONTH_DAY})\s*$"
    # a chat app's own line, stamped but said by no one: "12/03/2024, 21:02 - Priya added Dev"
    rf"|^\s*{_DATE}{_TIME}\s*[-–—]\s*(?:messages and calls are end-to-end encrypted|"
    r"[^:\n]{1,120}$)"
    # a system line: "[2024-05-18 20:07] *** dev_bot: Reminder: sign-ups close Sunday"
    rf"|^\s*(?:{_STAMP}\s*)?\*{{3}}\s",
    re.IGNORECASE,
)
# What a chat app writes in place of a message: "<Media omitted>", "This message was deleted".
_IN_PLACE = re.compile(
    r"^(?:<(?:media|image|video|audio|sticker|gif|document) omitted>|(?:this message was|you) "
    r"deleted(?: this message)?\.?)$",
    re.IGNORECASE,
)
MAX_OPEN = 50  # unanswered questions a later reply may still cite
MIN_ANSWER_WORDS = 4  # after a pass, a reply that answers says more than "same tbh"
# Passing on a question, in a few words: "pass 😅 anyone?", "no idea tbh", "skip" (but not
# "skip list plus a hash table", "pass it via a contextvar", "not sure, but I think...")
_PASSES = re.compile(
    rf"^\W*(?:pass|skip|dunno|no idea|no clue|idk|not sure)(?:\W+(?:{L.SHRUG_WORDS}|anyone|"
    r"anybody|someone|else|next|guys|all))*\W*$"
    # ... or a guess asked back: "no idea, twice the cores?"
    r"|^\W*(?:dunno|no idea|no clue|idk|not sure)\b[^.?\n]{0,30}\?\W*$",
    re.IGNORECASE,
)
# Thanking someone ("@sam thanks, that makes sense"): a reply to an answer, not one.
_THANKS = re.compile(
    r"^\W*(?:thanks|thank you|thx|ty|tysm|cheers|much appreciated)\b(?! to\b| for asking\b)", re.I
)
# A reply of only "?", "..." or emoji ("👍", "😂🙏"): a shrug or a reaction (but a fence's
# "```" or a closing "}" is the code's)
_SHRUG = re.compile(r"(?:[\s?¿!.…]|(?!\w)[^\x00-\x7f]){1,40}")
# A sponsor's read in a podcast: "This episode is brought to you by ...".
_ADVERT = re.compile(
    r"\b(?:brought to you by|(?:today(?:'s|’s)|our|this week(?:'s|’s)) sponsor\b|sponsored by|"
    r"promo code|use (?:the )?code [A-Z0-9]{3,})",
    re.IGNORECASE,
)
# A reply in a thread, in an export: "[thread] maya.k (20:05): CORS is enforced by...".
_THREAD_REPLY = re.compile(r"^\s*(?:\[thread\]|↳|⤷)\s*(?=\S)", re.IGNORECASE)
_EDITED = re.compile(r"\s*\((?:edited|bearbeitet)\)\s*$", re.IGNORECASE)
# An AI chat copied from its page: "You said:" and "ChatGPT said:" on their own lines.
_SAID = re.compile(rf"^\s*(?P<name>{_NAME})\s+said:\s*$", re.IGNORECASE)
# A line under a message that stays a line: code, a list item, a quote, a chat's notice.
# So does a line that names its own speaker ("Candidate: Yep, loud and clear.").
_KEEPS_ITS_LINE = re.compile(
    r"^(?:```|[-*+•>|(\[]|\d{1,3}[.)]\s|reactions?:|↳|╰|[^\W\d_][\w .'’-]{0,30}:\s)"
)
_QUOTED_QUESTION = re.compile(r"[\"“]([^\"“”\n]{10,400}\?)[\"”]")
# What leads into a question in a message: "got asked this at an onsite: how does...",
# "ok serious q for the seniors here, how would you..."
_LEAD_COLON = re.compile(r"^([^:?\n]{2,80}):[ \t]+(?=\S)")
# ... when what follows starts as a question does (the parser's own words for that)
_ASKING_WORD = r"(?=(?:" + "|".join(map(re.escape, L.QUESTION_WORDS)) + r")\b)"
# ... or the topic first: "in fastapi what's the difference between...", "with asyncio, how"
_TOPIC_FIRST = re.compile(
    r"^(?:in|with|for|using) [\w.+#-]{1,20}(?: [\w.+#-]{1,20})?,?[ \t]+" + _ASKING_WORD, re.I
)
_TOPIC_LAST = re.compile(r"\b(?:in|with|for|using) [\w.+#-]{1,20}$", re.IGNORECASE)
_LEAD_COMMA = re.compile(r"^([^,?:\n]{2,80}),[ \t]+" + _ASKING_WORD, re.IGNORECASE)
# ... or a remark of a few words: "Harder one. How would you design..."
_LEAD_REMARK = re.compile(r"^((?:[^\s.?!:]+[ \t]+){0,3}[^\s.?!:]+[.!])[ \t]+" + _ASKING_WORD, re.I)
# ... or a lead that counts it: "lol ok. last one: what's the difference between..."
# ("last one from me: what is...", "back to quiz: explain...")
_LEAD_ONE = re.compile(
    r"^[^:?\n]{0,60}\b(?:one|q|question|quiz|bonus)(?:[ \t]+[^\W\d_]{1,10}){0,3}[ \t]*:[ \t]+"
    + _ASKING_WORD,
    re.I,
)
# Who asked, and a word on it between dashes (maybe after a remark): "One more. From Daniel
# — this one has a lot of votes — what's...?"
_LEAD_ASIDE = re.compile(
    r"^([^—–?\n]{2,60}?)[ \t]+[—–][^—–?\n]{1,100}[—–][ \t]+" + _ASKING_WORD, re.IGNORECASE
)
SHORT_TRANSITION = 80
# Moving on, in a sentence: "I want to get to testing.", "Let me switch to databases."
_MOVING_ON = re.compile(
    r"^(?:i (?:want|wanna|'d like|’d like|would like) to (?:get|move|switch|go) (?:on )?to|"
    r"let me (?:move|switch|go) (?:on )?to)\b[^?]{0,60}[.!]$",
    re.IGNORECASE,
)
# A sentence that leads to the next one: a reaction ("Yep, that's fine."), a change of
# subject ("Okay, last one, the design question.", "Postgres now.").
# (and the call's own questions: "Where were we?", "Can you hear me?", "Ready?")
_SENTENCE = re.compile(
    r"^([^.?!\n]{1,120}[.!]|(?:where were we|are you (?:still )?there|"
    r"can you hear me(?: now| okay| ok| all ?right)?|(?:are you )?ready|still with me)\?)"
    r"[ \t]+(?:[—–-][ \t]+)?(?=\S)",
    re.IGNORECASE,
)
_TRANSITION = re.compile(
    r"^(?:(?:yep|yes|yeah|yup|good|great|nice|right|ok|okay|sure|cool|fine|perfect|alright|"
    # ("Let's switch to databases.", but "Let's say you have an endpoint..." sets it up)
    r"mhm+|hmm+|that(?:'s|’s)|thanks|so|let(?:'s|’s)(?! (?:say|suppose|assume|imagine)\b)|"
    r"moving on|next|one more|last one|"
    r"first one|another one|now|"
    # the call's own business: "If you don't know something, just say pass.", "Sorry, one
    # sec, someone's at the door.", "OK, I'm back.", "Where were we?"
    r"if you don(?:'|’)?t know|sorry|one sec|hold on|(?:ok(?:ay)?,? )?i(?:'m|’m| am) back|"
    r"where were we|are you (?:still )?there|can you hear me|still with me|(?:are you )?ready)\b.*|"
    r"\S+(?:[ \t]\S+)?|"
    # a change of topic in a few words: "Switching to Postgres a bit, um." (not "Switching to
    # HTTP/2 removes head-of-line blocking at the HTTP layer.", which sets up the question)
    r"(?:let(?:'s|’s) )?(?:switching|switch|moving|move) (?:on )?to(?:[ \t]+[^\s.!?]+){1,3}"
    r"(?:,?[ \t]+(?:um+|uh+|erm))?[.!]?)$",
    re.IGNORECASE,
)
# Coming and going, not answering: "morning all, sorry I missed it, scrolling up now",
# "ok I'm off, gn all 🌙"; and a link "for the EXPLAIN thing", which answers another one.
_CHATTER = re.compile(
    r"^\W*(?:(?:good )?(?:morning|evening)|gm|gn|hi|hey|hello)\W+(?:all|everyone|folks|guys|team|"
    r"y'?all)\b|\b(?:i(?:'m|’m| am) off|gotta (?:go|run)|g2g|gtg|brb|"
    r"(?:good ?night|gn),? (?:all|everyone|folks|guys)|"
    r"sorry,? i missed (?:it|this|that|the \w+)|sorry,? (?:i(?:'m|’m| am) )?late|"
    r"(?:just )?catching up(?: now)?)\b|"
    r"^\W*(?:ok(?:ay)?\W+)?my turn\b|"
    r"^\S*https?://\S+\s+for the [\w\s-]{1,40}? (?:thing|question|one)\b",
    re.IGNORECASE,
)
MAX_CHATTER = 120
MAX_REPLIES_READ = 3  # to tell whether the replies so far answer nothing
_LABEL_NEAR_START = re.compile(r"\bQ\d{1,3}\s*:")  # "fine 😤 Q7: ..."
# "nice. Q3 when is a GIN index useful": a quiz's numbered question after a word or two,
# when it asks or compares ("Q5 materialized view vs normal view", not "Q10 carried over")
_LABEL_AFTER_LEAD = re.compile(r"^[^\n]{0,50}?[\s.!,;)](Q\d{1,3}(?:\s*[:.)-]\s*|\s+)(?=[^\W\d_]))")
# The interviewer taking a question back: "Save it for next week.", "Never mind that one."
_WITHDRAWN = re.compile(
    r"\b(?:save (?:it|that|this)(?: one)? for|never ?mind|forget (?:it|that|i asked)|scratch that|"
    r"(?:we(?:'re|’re| are)|i(?:'m|’m| am)) (?:basically |just |pretty much |almost )?"
    r"(?:out of|at|over) time|let(?:'s|’s| us) (?:skip|park|leave) (?:it|that|this))\b",
    re.IGNORECASE,
)
# A transcript's stage directions: "[laughs]", "(crosstalk)", "[inaudible 00:12]".
_ASKS_ANEW = re.compile(
    r"(?:what|what's|what’s|how|why|when|where|which|who|explain|describe)\b", re.IGNORECASE
)
_STAGE = re.compile(
    r"[ \t]?[\[(](?:laughs?|laughter|chuckles?|crosstalk|inaudible|pause|sighs?|music|applause)"
    r"[^\])\n]{0,20}[\])]",
    re.IGNORECASE,
)
# The interviewer asks most of what is asked: at least this many questions, and this share.
MIN_LABELLED = 2
MIN_INTERVIEWER_QUESTIONS = 3
INTERVIEWER_SHARE = 0.75


def looks_like_chat(text: str) -> bool:
    """Several lines say who wrote and when, and they are a good share of the text."""
    lines = [line for line in _senders_as_chat(text).split("\n")[:5000] if line.strip()]
    stamped = sum(1 for line in lines if _is_speaker_line(line))
    return stamped >= 3 and stamped >= 0.2 * len(lines) and not _ai_lists(lines)


LISTED_QUESTIONS = 3


def _ai_lists(lines: list[str]) -> bool:
    """An AI chat copied from its page ("You said:" / "ChatGPT said:") where the assistant
    writes out lists of questions (with answers or not), at the user's asking: a document
    of questions, not a chat that quizzes (whose turns each ask one)."""
    asked, most, assistant = 0, 0, False
    for line in lines:
        turn = _SAID.match(line) if len(line) <= 200 else None
        if turn:
            asked, assistant = 0, turn["name"].lower() != "you"
        elif assistant and L.ends_with_question_mark(line.strip()):
            asked += 1
            most = max(most, asked)
    return most >= LISTED_QUESTIONS


def messages_only(text: str) -> str:
    """Each message a paragraph of its own, without its sender and time; headers and the
    chat's notices go, and so do the asker's own remarks after their question until someone
    else speaks ("actually, skip that one"): what answers a question is what others say,
    unless the asker labels an answer ("A: ...", as a quiz channel does).

    In an interview (two people, one asking nearly every question: a mock interview, a
    podcast, a chat with an AI that quizzes), the interviewer's remarks ("Nice.", "Passing is
    allowed.") are never an answer, and what the candidate asks back ("Can I pass on that
    one?") is never a question."""
    text = _COMMENTED_ON.sub(r"```quote\n\1\n```", text) if "ommented on" in text else text
    text = _without_reply_previews(text) if "\n@" in text else text
    lines = _whole_messages(_senders_as_chat(_COMPOSER.sub("", text)).split("\n"))
    probe = _Chat()
    for line in lines:
        probe.read(line)
    out: list[str] = []
    chat = _Chat(interviewer=probe.dominant_asker(), labels=probe.labelled >= MIN_LABELLED)
    unsaid = None  # where the message that asks without its "?" ends, so far
    asked_at = None  # where the last question is
    for line in lines:
        message, starts = chat.read(line)
        if message is None:
            continue
        if starts:
            _ask_at(out, unsaid)
            unsaid = None
            if out and out[-1]:
                out.append("")
        if message or (out and out[-1]):
            out.append(message)
            if chat.cited is not None:  # answered here: no longer asked where it was
                _uncite(out, chat.cited)
                chat.cited = None
            if chat.parked and asked_at is not None:
                out[asked_at + 1 : len(out) - 1] = [""] * (len(out) - 2 - asked_at)
            if chat.asking:
                asked_at = len(out) - 1
            if starts and chat.unsaid:
                unsaid = len(out) - 1
            elif unsaid is not None and message.strip() and _goes_on(out[unsaid], message):
                unsaid = len(out) - 1  # the question's sentence goes on: "...push" / "to all?"
    _ask_at(out, unsaid)
    return "\n".join(_few_labels_unlabelled(out))


def _few_labels_unlabelled(out: list[str]) -> list[str]:
    """ "Q: what's the difference between...?" typed in one message of a chat whose other
    questions have no label, and no answer labelled: a question like the others, not the
    chat's layout (which would leave the others out)."""
    labelled = sum(len(_CHAT_Q_LABEL.findall(line)) for line in out)
    if not labelled or any(_CHAT_A_LABEL.search(line) for line in out):
        return out
    asking = sum(1 for line in out if line.rstrip().endswith("?"))
    if labelled * FEW_LABELS > asking:
        return out
    return [_CHAT_Q_LABEL.sub("", line) for line in out]


FEW_LABELS = 4  # a label on at most one question in this many


# A reply that only waits for an answer too, every word of it: "bump, also want to know"
# (not "following the docs: set a timeout", which answers)
_WAITING = re.compile(
    r"^\W*(?:(?:bump|\+1|same(?: here)?|me too|following|(?:i )?(?:also |too )?want to know|"
    r"also wondering)(?![\w'])\W*)+$",
    re.IGNORECASE,
)
_CHAT_Q_LABEL = re.compile(r"^[ \t]*Q[ \t]*\d{0,3}[:.)][ \t]+(?=\S)", re.MULTILINE)
_CHAT_A_LABEL = re.compile(r"^[ \t]*(?:A|Answer)[ \t]*\d{0,3}[:.)][ \t]+(?=\S)", re.MULTILINE)


MAX_CITED_BACK = 2_000  # lines back to the question a reply answers: a bounded search


def _uncite(out: list[str], question: str) -> None:
    words = _words(question)
    for index in range(len(out) - 2, max(len(out) - 2 - MAX_CITED_BACK, -1), -1):
        if _words(out[index]) == words:
            out[index] = ""
            return


def _goes_on(last: str, line: str) -> bool:
    """Whether `line` carries on the sentence `last` left open (not code, not a new one)."""
    last = last.rstrip()
    return bool(last) and not last.endswith((".", "?", "!", ":", ")")) and line[:1].islower()


def _ask_at(out: list[str], index: int | None) -> None:
    if index is None or out[index].rstrip().endswith("?"):
        return
    said = out[index].rstrip()
    if said.endswith(".") and L.starts_with_task(said):
        return  # "Walk me through how you'd use atomic here.": a task, asked as it is
    out[index] = f"{said.removesuffix('.')}?"


# Discord's reply, copied: the message it answers, shown again under the replier's name
# ("kaito — Today at 14:19" / "@noodle cool. mine was CMD vs ENTRYPOINT" / the reply).
_PREVIEW = re.compile(r"^@[\w.\-]{1,40}[ \t]+(\S.{0,1000}?)[ \t]*(?:…|\.\.\.)?$")
PREVIEW_PREFIX = 30


def _without_reply_previews(text: str) -> str:
    """Each reply's preview of the message it answers left out (a blank line): it is that
    message again, not the reply's words."""
    lines = text.split("\n")
    said: set[str] = set()
    starts: set[str] = set()  # (a long message's preview is cut: "... how do you…")
    for index, line in enumerate(lines):
        stripped = line.strip()
        preview = _PREVIEW.match(stripped) if index and _is_speaker_line(lines[index - 1]) else None
        quoted = preview[1] if preview else ""
        if preview and (quoted in said or quoted[:PREVIEW_PREFIX] in starts):
            lines[index] = ""
        elif stripped:
            said.add(stripped)
            starts.add(stripped[:PREVIEW_PREFIX])
    return "\n".join(lines)


def _whole_messages(lines: list[str]) -> list[str]:
    """A timed message hard-wrapped over lines ("[00:41:38] TOMÁS: Anonymous asks: "Did you
    run uvicorn" / "directly or gunicorn?"") as one line, so that what it asks is read
    whole; code, lists and quotes under a message keep their lines."""
    out: list[str] = []
    joining = False
    for line in lines:
        stripped = line.strip()
        if not stripped or len(line) > 2000:
            joining = False
        elif _is_speaker_line(line):
            joining = bool(_STAMP_NAME_TEXT.match(line) or _NAME_STAMP_TEXT.match(line))
        elif (
            joining
            and line[:1] not in " \t"
            and not _KEEPS_ITS_LINE.match(stripped)
            and not out[-1].rstrip().endswith("?")  # what follows a question is not part of it
        ):
            out[-1] = f"{out[-1].rstrip()} {stripped}"
            continue
        else:
            joining = False
        out.append(line)
    return out


def _senders_as_chat(text: str) -> str:
    """Zoom's and IRC's senders as a chat's: "18:02:10 Alice Chen:", "[14:02] tessa: ..."; an
    IRC server's own lines ("[13:59] *** wren has joined") left blank; a meeting's transcript
    that names each speaker without a time ("Ines Carvalho: So, first question. ...")."""
    if _THREAD_FURNITURE.search(text[:200_000]):
        text = _unfold_threads(text)
    text = _REPLY_NOTICE.sub("", text) if "eplying to" in text[:200_000] else text
    text = _ZOOM.sub(r"\1\2:", text) if " to " in text[:200_000] else text
    if "> " in text[:200_000]:
        text = _IRC_NOTICE.sub("", _IRC.sub(r"\1\2: ", text))
    if _WHEN_ALONE.search(text[:200_000]):
        text = _names_over_messages(_names_over_times(text))
    return _named_turns(text)


# The chat's message box, copied with the channel: "Write to ~interview-prep" (Mattermost),
# "Message #backend" (Slack, Discord): no one's message.
_COMPOSER = re.compile(
    r"^[ \t]*(?:write to|message|send a message to) [~#@][\w.-]{1,80}[ \t]*$", re.I | re.M
)


# Mattermost's reply to an earlier message, which it quotes in part: "Commented on priya.s's
# message: also: What's the difference between a JWT and...": read as a quote of it.
_COMMENTED_ON = re.compile(
    r"^[ \t]*commented on [^\n:]{1,60}(?:'s|’s) message:[ \t]*(\S[^\n]{0,400})$", re.I | re.M
)


# Over a reply, what it replies to, quoted in part: '↳ replying to jules.k: "What is a
# CDN, and what kind of content…"' (Discord's export): not said again (left blank).
_REPLY_NOTICE = re.compile(r"^[ \t]*(?:[↳⤷↪└][ \t]*)?replying to [^\n]{1,400}$", re.I | re.M)


# Slack's channel copied with its threads open: under a message, "3 replies" / "Last reply
# today at 11:02 AM" / "View thread"; then "Thread" over the message again and its replies,
# indented.
_THREAD_FURNITURE = re.compile(
    r"^[ \t]*(?:\d{1,4} repl(?:y|ies)|last reply [^\n]{1,60}|view thread|view \d{1,4} more "
    r"repl(?:y|ies))[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_THREAD_OPENS = re.compile(r"^[ \t]*thread[ \t]*$", re.IGNORECASE)


def _unfold_threads(text: str) -> str:
    """The replies under their message, as a chat reads them: the thread's furniture and its
    repeat of the message left blank, its replies' lines unindented (every line keeps its
    number)."""
    lines = _THREAD_FURNITURE.sub("", text).split("\n")
    index = 0
    while index < len(lines):
        if not _THREAD_OPENS.match(lines[index]):
            index += 1
            continue
        lines[index] = ""
        start = index = index + 1
        while index < len(lines) and (lines[index][:1] in " \t" or not lines[index].strip()):
            if (
                not lines[index].strip()
                and index + 1 < len(lines)
                and lines[index + 1][:1] not in " \t"
            ):
                break  # a blank line, then the channel again
            lines[index] = lines[index].strip()
            index += 1
        _blank_repeat(lines, start, index)
    return "\n".join(lines)


def _blank_repeat(lines: list[str], start: int, end: int) -> None:
    """The thread's first message, when it repeats the message it hangs under."""
    headers = [
        at
        for at in range(start, end)
        if _NAME_STAMP_TEXT.match(lines[at]) or _HEADER.match(lines[at])
    ]
    if not headers or headers[0] != start:
        return
    stop = headers[1] if len(headers) > 1 else end
    repeat = [line for line in lines[start + 1 : stop] if line.strip()]
    before = [line.strip() for line in lines[max(0, start - 40) : start - 1] if line.strip()]
    if repeat and all(line in before for line in repeat):
        # (its header stays: a chat of one thread is still a chat of its senders)
        lines[start + 1 : stop] = [""] * (stop - start - 1)


# Zulip's (and Slack's, copied) sender over the message's time: "Marta Nowak" / "10:42 AM".
_WHEN_ALONE = re.compile(rf"^[ \t]*{_WHEN}[ \t]*$", re.MULTILINE | re.IGNORECASE)
_NAME_ALONE = re.compile(rf"[ \t]*{_NAME}[ \t]*", re.IGNORECASE)


def _names_over_times(text: str) -> str:
    """ "Marta Nowak" over "10:42 AM" as one header line, "Marta Nowak  10:42 AM" (the time's
    line left blank, so every line keeps its number)."""
    lines = text.split("\n")
    headers = [
        index
        for index in range(1, len(lines))
        if len(lines[index]) <= 60
        and _WHEN_ALONE.match(lines[index])
        and len(lines[index - 1]) <= 100
        and _NAME_ALONE.fullmatch(lines[index - 1])
    ]
    names = [lines[index - 1].strip() for index in headers]
    # People talk: someone speaks twice, or each is named as people are ("Marta Nowak",
    # "maya.k"); not a day's sections over their times ("Warm up" / "10:02", "System design")
    if len({name.lower() for name in names}) == len(names) and not all(
        _PERSON.fullmatch(name) for name in names
    ):
        return text
    for index in headers:
        lines[index - 1] = f"{lines[index - 1].strip()}  {lines[index].strip()}"
        lines[index] = ""
    return "\n".join(lines)


# A chat room's transcript, copied from its page: the minute on a line of its own, then each
# message as its sender's name over what they said ("reply to Arlo V." between, "★ 2" and
# "edited" under it)
_ROOM_FURNITURE = re.compile(r"^[ \t]*(?:★[ \t]*\d{0,4}|edited|reply to [^\n]{1,40})[ \t]*$", re.I)
MIN_ROOM_MESSAGES = 6


def _names_over_messages(text: str) -> str:
    """ "11:03 AM" / "Arlo V." / "what's the difference...?": each message on its sender's
    line, "[11:03 AM] Arlo V.: what's the difference...?" (other lines left blank, so every
    line keeps its number), when a few names say most of the room's lines."""
    lines = text.split("\n")
    said: dict[str, int] = {}
    for index, line in enumerate(lines[:-1]):
        name = line.strip()
        if len(name) <= 40 and _NAME_ALONE.fullmatch(name) and not _WHEN_ALONE.match(line):
            said[name] = said.get(name, 0) + bool(lines[index + 1].strip())
    speakers = {name for name, count in said.items() if count >= 2}
    if sum(said[name] for name in speakers) < MIN_ROOM_MESSAGES or len(speakers) < 2:
        return text
    # (the minute over a sender, most times: not a note's "11:30" over a topic or two)
    times = [i for i, line in enumerate(lines[:-1]) if _WHEN_ALONE.match(line)]
    if sum(lines[i + 1].strip() in speakers for i in times) * 2 < len(times) or len(times) < 2:
        return text
    when, sender, replying = "", None, False
    for index, line in enumerate(lines):
        stripped = line.strip()
        if _WHEN_ALONE.match(line):
            when, lines[index] = stripped, ""
        elif stripped in speakers:
            sender, replying, lines[index] = stripped, False, ""
        elif _ROOM_FURNITURE.match(line):
            replying = replying or stripped.lower().startswith("reply to")
            lines[index] = ""
        elif sender and stripped:
            if replying:  # "reply to Arlo V." / "@Arlo __repr__ is...": the reply's own words
                stripped = _MENTION.sub("", stripped, count=1) or stripped
            lines[index] = f"[{when or '00:00'}] {sender}: {stripped}"
            sender = None
    return "\n".join(lines)


_PERSON = re.compile(
    r"(?-i:[A-Z])[\w'’.-]*(?: (?-i:[A-Z])[\w'’.-]*){0,3}|[\w.-]+|"
    r"(?-i:[a-z])[\w'’.-]*(?: (?-i:[a-z])[\w'’.-]*){1,2}"  # "jonas weber", as Slack may show it
)


# A transcript's turn: "Ines Carvalho: ..." (a first and last name); its time on a line of
# its own ("00:05:14") between turns.
_FULL_NAME_TURN = re.compile(
    r"^((?-i:[A-Z])[\w'’.-]{1,20}(?: (?-i:[A-Z])[\w'’.-]{1,20}){1,2}): (?=\S)", re.MULTILINE
)
_TIME_LINE = re.compile(r"^[ \t]*\d{1,2}:\d{2}(?::\d{2})?[ \t]*$", re.MULTILINE)
MIN_TURNS = 3  # of each of two speakers
# Words of a label, not of a name: "Time Complexity:", "Example Answer:", "Key Points:".
LABEL_WORDS = set(
    "answer answers question questions complexity example examples note notes summary time space "
    "input output result solution explanation hint step tip rule pros cons definition use case "
    "key points follow up bonus part section level status score".split()
)


def _named_turns(text: str) -> str:
    """Each turn given a time ("[00:00] Ines Carvalho: ..."), as a chat's lines have one,
    when two people or more take turns in most of the text's lines."""
    if text.count(": ") < 2 * MIN_TURNS:
        return text
    turns = Counter(
        match.group(1)
        for match in _FULL_NAME_TURN.finditer(text[:200_000])
        if not LABEL_WORDS.intersection(match.group(1).lower().split())
    )
    speakers = [name for name, count in turns.items() if count >= MIN_TURNS]
    if "?" not in text[:200_000]:  # an interview asks; a sheet of "Time Complexity:" does not
        return text
    lines = [line for line in text[:200_000].split("\n") if line.strip()]
    if len(speakers) < 2 or sum(turns[name] for name in speakers) < 0.4 * len(lines):
        return text
    named = "|".join(re.escape(name) for name in speakers)
    text = re.sub(rf"^(?=(?:{named}): )", "[00:00] ", text, flags=re.MULTILINE)
    return _TIME_LINE.sub("", text)


def _is_speaker_line(line: str) -> bool:
    if len(line) <= 200 and _SAID.match(line):
        return True
    if len(line) > 2000 or not re.search(r"\d[:.]\d\d", line):
        return False
    return bool(_STAMP_NAME_TEXT.match(line) or _NAME_STAMP_TEXT.match(line) or _HEADER.match(line))


class _Chat:
    def __init__(self, interviewer: str = "", labels: bool = False):
        self.sender = ""  # who wrote the message being read
        self.before = ""  # who wrote the message before it (set as each message is read)
        self.last_sender = ""
        self.headed = False  # under a "name  time" header, each line is a message
        self.asker = ""  # who asked the last question
        self.answered = True  # someone else has spoken since
        self.dropping = False  # inside an asker's remark
        self.interviewer = interviewer.lower()  # who asks nearly every question, if anyone
        self.asked: dict[str, int] = {}  # questions per sender
        self.withdrawn = False  # the interviewer took the last question back
        self.last_line = ""  # the line read before, if it was a message's
        self.unsaid = False  # the message asks without its "?"
        self.labels = labels  # the chat labels its questions ("Q3: ..."): so are led ones
        self.labelled = 0  # messages labelled as questions, so far
        self.quoting: list[str] | None = None  # the lines of a quote block being read
        self.fenced = False  # inside a code block of a message
        self.quoted = False  # the message quotes the question it answers: it asks nothing
        self.open: dict[str, tuple[str, str]] = {}  # unanswered: its words -> (asker, question)
        self.latest = ""  # the words of the question asked last
        self.cited: str | None = None  # an earlier question a reply just took to answer it
        self.passed: str | None = None  # someone passed on the open question ("skip 😭")
        self.replies: list[str] = []  # what others said to the last question, so far
        # the interviewer parked the last question to ask another ("Actually, let's park
        # that one. How would you test...?"): what was said to it answered nothing
        self.parked = False
        self.asking = False  # the message just read asks

    def dominant_asker(self) -> str:
        """Who asks nearly all the questions of an interview: two people talking, and one
        of them asks them (in a group, anyone may ask)."""
        if len(self.asked) != 2:
            return ""
        sender, count = max(self.asked.items(), key=lambda pair: pair[1])
        total = sum(self.asked.values())
        enough = count >= MIN_INTERVIEWER_QUESTIONS and count >= INTERVIEWER_SHARE * total
        return sender if enough else ""

    def read(self, line: str) -> tuple[str | None, bool]:
        """The line's text (None: leave it out), and whether a new message starts with it."""
        self.asking = self.parked = False
        text, starts = self._read(line)
        self.last_line = line if text else ""  # a header or a notice ends the message
        return text, starts

    def _read(self, line: str) -> tuple[str | None, bool]:
        if not line.strip() or len(line) > 2000:
            return ("" if not self.dropping else None), False
        line = _THREAD_REPLY.sub("", line)
        if _NOTICE.match(line):
            return "", True
        if re.search(r"\d[:.]\d\d", line) or line.rstrip().endswith("said:"):
            match = _STAMP_NAME_TEXT.match(line) or _NAME_STAMP_TEXT.match(line)
            if match:  # (a quote or a code block left open ends with its message)
                self.headed, self.quoting, self.fenced = False, None, False
                return self._message(match.group("name"), match.group("text"))
            header = _HEADER.match(line) or (len(line) <= 200 and _SAID.match(line))
            if header:
                self.sender = header.group("name") or header.group("name_after")
                self.headed, self.dropping, self.quoted = True, False, False
                self.quoting, self.fenced = None, False
                return "", True
        if self.headed and (self.quoting is not None or _QUOTE_OPENS.match(line)):
            return self._quote(line)
        if self.headed and (self.fenced or _FENCE_LINE.match(line)):
            # a code block under a message is the message's (the question's it asks about)
            self.fenced = self.fenced != bool(_FENCE_LINE.match(line))
            return (None if self.dropping else line.rstrip()), False
        if self.headed and self._goes_on(line):
            # the message's next line: its sentence going on, or its code
            return (None if self.dropping else _EDITED.sub("", line.rstrip())), False
        if self.headed:
            return self._message(self.sender, line.strip())
        return (None if self.dropping else _EDITED.sub("", line)), False

    def _quote(self, line: str) -> tuple[str | None, bool]:
        """Zulip's quote of an earlier message ("```quote" / the question / "```") at the
        top of a reply: the reply answers the question it quotes, whoever asked it."""
        if self.quoting is None:
            self.quoting = []
            return None, False
        if not line.strip().startswith("```"):
            self.quoting.append(line.strip())
            return None, False
        quoted, self.quoting = " ".join(self.quoting), None
        # (quoted in part: "also: What's the difference between a JWT and a...")
        cut = _QUOTED_PART.search(quoted) is not None
        quoted = _QUOTED_PART.sub("", _QUOTE_LEAD.sub("", quoted))
        if not _asks(quoted):
            return None, False
        words = _words(quoted)
        asked = next((key for key in self.open if key.startswith(words) and len(words) >= 20), "")
        if asked:  # answered here, not where it was asked (and whole, where the quote is cut)
            self.cited = self.open.pop(asked)[1]
            quoted = self.cited if cut else quoted
        self.latest = words  # what the reply answers: no other question is
        # asked by someone before: what the message says next answers it
        self.asker, self.answered, self.dropping, self.quoted = "", False, False, True
        return quoted, True

    def _mentioned_question(self, text: str) -> str | None:
        """A reply to someone by name ("@**Aisha Rahman** keep-alive reuses...") answers
        their last open question, asked before others since: that question, then the reply
        (the question is taken from where it was asked)."""
        mention = _MENTION.match(text)
        topic = _TOPIC_LEAD.match(text)
        if self.quoted or (mention is None and topic is None):
            return None
        if mention is not None:
            who = (mention.group("stars") or mention.group("plain")).lower()
            asked = next((key for key, (by, _) in reversed(self.open.items()) if by == who), "")
            reply = text[mention.end() :]
            if _thanks_only(reply) or _clarifies(reply):
                return None
        else:  # "Webhooks: store the event id...": the one open question about webhooks
            stem = topic.group(1).lower().removesuffix("s")
            if stem in _LABEL_WORDS:  # "Note: keep the old image...": the reply's own label
                return None
            word = re.compile(rf"\b{re.escape(stem)}(?:s|es)?\b")
            about = [key for key in self.open if word.search(key)]
            asked = about[0] if len(about) == 1 and not word.search(self.latest) else ""
            reply = text
        if not asked or asked == self.latest or not reply.strip():
            return None
        self.cited = self.open.pop(asked)[1]
        return f"{self.cited}\n\n{reply}"

    def _goes_on(self, line: str) -> bool:
        """Under a "name  time" header each line is a message of its own, unless it goes on
        with the one before: indented (code), or a sentence left open ("...push" / "to 10
        million users?")."""
        # ... but "ok quiz time, no googling" / "what's the difference between...": it asks
        asks_anew = _ASKS_ANEW.match(line) is not None
        return bool(self.last_line.strip()) and (
            line[:1] in " \t" or (_goes_on(self.last_line, line) and not asks_anew)
        )

    def _message(self, sender: str, text: str) -> tuple[str | None, bool]:
        if _IN_PLACE.match(text.strip()) or _ADVERT.search(text) or _SHRUG.fullmatch(text):
            return None, False
        text = _SHORTCODE.sub("", _STAGE.sub("", _EDITED.sub("", text))).strip()
        self.sender = sender.strip()
        if not text:
            return None, False  # only ":+1:"
        self.dropping = self.unsaid = False
        self.before, self.last_sender = self.last_sender, self.sender
        cited = self._mentioned_question(text)
        if cited is not None:
            self.asker, self.answered = "", True
            return cited, True
        mention = _MENTION.match(text)
        said = text[mention.end() :] if mention else text
        taken_back = _taken_back(said)
        if taken_back is not None:  # "...expiry at scale? Actually, let's skip that one. How...?"
            message = self._message(sender, taken_back[1])[0]
            return (f"{taken_back[0]}\n\n{message}" if message else taken_back[0]), True
        if _thanks_only(said) and (mention or self.sender == self.asker):
            return None, False  # the asker's thanks, or anyone's to someone: no answer
        if _WAITING.match(said):
            return None, False  # "bump, also want to know": waiting for an answer too
        if mention and _clarifies(said):
            return None, False  # "@leo which database do you mean?": asked of the asker
        if mention and said.strip() and _asks(said):
            text = said.strip()  # "@ravi which kind of lock...?": who it is asked of goes
        if self.asker and self.sender != self.asker and not self.answered:
            if _PASSES.match(text):  # "pass 😅 anyone?": the next reply may answer it
                self.passed = text
                return text, True
            if self.passed and len(text.split()) >= MIN_ANSWER_WORDS and not only_agreement(text):
                self.cited, self.passed = self.passed, None  # it does: the pass is no answer
        self.labelled += bool(
            L.Q_NUMBER.match(text) or L.Q_LABEL.match(text) or _NUMBERED_MESSAGE.match(text)
        )
        question = _question_of(text)  # "quick one: what is...? got asked that yesterday"
        # led in: asking only when the question ends there, or after a remark ("Harder one.")
        asked = question.split("\n\n", 1)[0]  # (a quoted question, then "it got skipped")
        led = question != text and (
            asked.endswith("?")
            or bool(_ASKING_TASK.match(question))  # "Okay, one more on security. Explain ..."
            or bool(_LEAD_OK.match(text))  # "ok: why is KEYS * bad in production redis"
            or bool(_LEAD_REMARK.match(text) or _LEAD_ONE.match(text))
            or bool(L.Q_SPACED.match(question) and not L.Q_SPACED.match(text))
        )
        # (what follows a quote answers it; a later line may ask a follow-up of its own)
        asks = not self.quoted and (_asks(text) or (led and _asks(asked)))
        self.quoted = False
        key = self.sender.lower()
        self.asked[key] = self.asked.get(key, 0) + asks
        if self.interviewer:
            if key != self.interviewer and self.withdrawn:
                self.dropping = True
                return None, False
            if key != self.interviewer:  # the candidate answers, even asking back
                if text.endswith("?") and L.is_small_talk(text) and not says_no_answer(text):
                    # "Can you hear me now?": the call, not the answer (but "I'm blanking on
                    # that. Can we skip it?" passes)
                    return None, False
                self.answered = True
                return (f"Answer: {text}" if text.endswith("?") else text), True
            if not asks and not text.startswith(("A: ", "Q: ")):
                # the interviewer's remark: feedback, a joke, an advert (but not a question
                # or their own answer labelled so: a thread's author answering each one)
                self.dropping = True
                # "We're out of time. Save it for next week.": the question was taken back,
                # so what the candidate says next ("Saved by the producer.") answers nothing
                self.withdrawn = self.withdrawn or bool(_WITHDRAWN.search(text))
                return None, False
        elif not asks and len(text) <= MAX_CHATTER and _CHATTER.search(text):
            return None, False  # "morning all, sorry I missed it", "ok I'm off, gn all"
        elif self.withdrawn and key != self.asker.lower():
            self.withdrawn, self.dropping = False, True
            return None, False  # the reply to what the asker said around the taken-back ones
        # "We're out of time. There were two more: "..." and "..."": asked, never answered
        # (quoted so: "Sure, let's park it. How do you...?" parks the last one, and asks anew)
        self.withdrawn = (
            asks
            and question != text
            and bool(_WITHDRAWN.search(text) and _QUOTED_QUESTION.search(text))
        )
        replying = not self.answered and self.sender != self.asker
        if (
            asks
            and self.asker
            and self.sender != self.asker
            and (_GUESS.match(text) or (not self.answered and says_no_answer(text)))
        ):
            # "something with caching? I'd have to look it up": a guess, unsure; "will look
            # it up tomorrow?": the answerer putting it off
            asks = False
        if asks:
            # a reply to an open question ("which sockets are ready, so...") asks nothing new
            lead = text[: text.find(question)] if question != text and question in text else ""
            # (not one praised for its answer, or followed up on after it: "Great answer." /
            # "We're at time, so let's skip it. Any questions for me?" skips what was not
            # asked)
            self.parked = (
                bool(self.interviewer)
                and key == self.interviewer
                and self.before != self.sender
                and bool(_WITHDRAWN.search(lead))
                and not _ANSWER_PRAISED.match(lead)
            )
            self.asking = True
            self.asker, self.answered, self.passed = self.sender, False, None
            text = question
            self.latest = _words(question)
            self.open[self.latest] = (key, question)
            if len(self.open) > MAX_OPEN:  # a reply cites a recent question: a bounded search
                self.open.pop(next(iter(self.open)))
            numbered = _NUMBERED_MESSAGE.match(text)
            if numbered:  # a message of its own, not an item of an answer's list
                text = f"Q: {text[numbered.end() :]}"
            elif led and self.labels and not asked.endswith("?") and not L.Q_LABEL.match(text):
                text = f"Q: {text}"  # "last one: what does a 429 mean", among "Q3: ..."
            elif not asked.endswith("?") and not L.Q_LABEL.match(text):
                # "last one: what does a 429 mean" without its lead, "how does token rotation
                # work with JWTs": asked as a question, its "?" unsaid (added where it ends)
                opens = L.starts_with_task(text) or _TOPIC_FIRST.match(text)
                # (not "list from my recruiter:", which leads into what it lists)
                self.unsaid = bool(led or (opens and not replying)) and not text.endswith(":")
        elif self.sender != self.asker:
            self.answered = True
            self.open.pop(self.latest, None)
            # "Note: keep the old image tagged...": the reply's own words, no aside to drop
            text = _REPLY_LABEL.sub("", text, count=1)
            if text.endswith("?"):  # "yes, it leaves the same state I think?": unsure, not asking
                text = f"Answer: {text}"
        elif not self.answered and not L.ANSWER_LABEL.match(text):
            self.dropping = True
            return None, False
        elif self.replies and says_no_answer("\n\n".join(self.replies)[:2000]):
            # "ooh good one, no idea yet. following", then the asker's "that's all from the
            # first round": what answers nothing is not answered by the asker's remark
            self.dropping = True
            return None, False
        if asks:
            self.replies = []
        elif self.sender != self.asker and len(self.replies) < MAX_REPLIES_READ:
            self.replies.append(text)
        return text, True


# Slack's and Discord's emoji by name: "can't this week :cry:", ":+1: 3"
_SHORTCODE = re.compile(
    r"(?<!\S):[a-z0-9_+-]{2,40}:(?:[ \t]+\d{1,4}\b|(?=(?:[ \t]+:[a-z0-9_+-]{2,40}:){0,20}[ \t]*$))|"
    # ... or one of the faces people put mid-sentence: "hm no idea :sweat_smile: anyone?"
    r"(?<!\S):(?:sweat_smile|smile|slightly_smiling_face|upside_down_face|joy|laughing|sweat|"
    r"confused|thinking_face|thinking|grimacing|cry|sob|shrug|facepalm|exploding_head|eyes|"
    r"pray|tada|fire|rocket|wave|clap|raised_hands|sweat_drops|see_no_evil|skull|"
    r"white_check_mark|heavy_check_mark|\+1|-1|100|heart|sparkles|muscle|ok_hand):"
    r"(?:[ \t](?=\S)|(?!\S))",
    re.IGNORECASE,
)  # (else only at the end, or with its count: not "pass :memory: as the database name")
_ASKS_FOR_MORE = frozenset("give name list show provide include mention walk".split())
_ANSWER_PRAISED = re.compile(
    r"^\W*(?:(?:great|good|nice|excellent|solid) (?:answer|job)|excellent|perfect|spot on)\b",
    re.IGNORECASE,
)
# ... but not a remark: "Give me a sec.", "Given time, we'll come back to it."
_NOT_MORE = re.compile(r"^(?:give me (?:a )?(?:sec|second|minute|moment|bit)\b|given\b)", re.I)
_FENCE_LINE = re.compile(r"^[ \t]*(?:```|~~~)")
_QUOTE_OPENS = re.compile(r"^[ \t]*```+[ \t]*quote[ \t]*$")
# A quote's lead-in and where it was cut: "also: What's the difference between a JWT..."
_QUOTE_LEAD = re.compile(r"^(?:[\w-]+ ){0,2}[\w-]+:[ \t]+(?=\S)")
_QUOTED_PART = re.compile(r"[ \t]*(?:\.{3}|…)[ \t]*$")
# "Webhooks: store the provider's event id...": a reply that names what it answers first
_TOPIC_LEAD = re.compile(r"^([^\W\d_][\w-]{3,30}):[ \t]+(?=\S)")
# ... but not the reply's own label: "Answer: ...", "Error: relation does not exist ..."
_LABEL_WORDS = frozenset(
    "answer error note edit update warning tip hint example output result fix solution reason "
    "summary source context correction caveat bonus spoiler".split()
)
_REPLY_LABEL = re.compile(
    r"^(?:pro tip|tip|note|hint|warning|caution|important)[ \t]*:[ \t]*(?=\S)", re.I
)
# "@**Aisha Rahman** ..." (Zulip), "@aisha ..." (Slack, Discord) at a message's start
_MENTION = re.compile(r"^@(?:\*\*(?P<stars>[^*\n]{1,60})\*\*|(?P<plain>[\w.-]{1,30}))[ \t,:]*")


MAX_THANKS_WORDS = 16


def _thanks_only(said: str) -> bool:
    """ "thanks, that makes sense, I will try it tomorrow": gratitude and a remark, not an
    answer ("ty, good one: it builds a hash table..." explains; "Thanks! My question then:
    ...?" asks)."""
    return (
        _THANKS.match(said) is not None
        and ":" not in said
        and len(said.split()) <= MAX_THANKS_WORDS
        and not _asks(said)
    )


def _clarifies(reply: str) -> bool:
    """ "which database do you mean?", "you mean in Postgres?": a question back to someone
    about what they asked, not one of the interview's."""
    return bool(_CLARIFYING.search(reply)) and reply.rstrip().endswith("?")


_CLARIFYING = re.compile(
    r"\b(?:do|did) you mean\b|^\W*you mean\b|\bwhat do you mean\b|^\W*as in\b|"
    r"^\W*which one\W*$",
    re.IGNORECASE,
)


def _words(text: str) -> str:
    """A question's words, to find it again: "What is X?" and "what is x" are the same."""
    return " ".join(text.lower().split()).removeprefix("q: ").rstrip("?.!: ")


_ANSWERED_IT = re.compile(r"^\W*(?:found it|got it|figured it out|just saw|looked it up)\b", re.I)
_SCENE = re.compile(r"\b(?:say|suppose|imagine|given|consider|assume|you have)\b", re.I)
MAX_BETWEEN_WORDS = 3  # "Actually,", "Hmm, no,": between a question and its taking back


def _taken_back(text: str) -> tuple[str, str] | None:
    """ "And how would you handle link expiry at scale? Actually, let's skip that one, I want
    to get to analytics. How would you...?": (the question taken back, what is asked after
    it), when a message asks again after taking one back; else None."""
    withdrawn = _WITHDRAWN.search(text)
    if withdrawn is None or "?" not in text[withdrawn.end() :]:
        return None
    if _ANSWERED_IT.match(text[withdrawn.end() :]):
        return None  # "never mind, found it: read committed...": the asker's own answer
    sentences = re.split(r"(?<=[.?!])\s+", text[: withdrawn.start()].strip())
    asked = max((n for n, sentence in enumerate(sentences) if sentence.endswith("?")), default=None)
    if asked is None or len(" ".join(sentences[asked + 1 :]).split()) > MAX_BETWEEN_WORDS:
        return None
    after = re.sub(r"^[ \t]*(?:one|question)\b", "", text[withdrawn.end() :])
    rest = re.split(r"(?<=[.?!])\s+", after.lstrip(" ,.;:!—–-"))
    # from where it asks again, or sets its scene ("Say the table has 10M rows."), not the
    # talk of moving on ("I want to get to analytics before we run out of time.")
    start = next((n for n, part in enumerate(rest) if _SCENE.search(part) or _asks(part)), 0)
    return sentences[asked], " ".join(rest[start:])


def _question_of(text: str) -> str:
    """A chat message's question without its lead-in ("quick one: ...", "Question of the day
    #12: ...", "ok serious q for the seniors, how would you...") or its afterthought ("...?
    got asked that on a phone screen and blanked")."""
    said = _SAID_AFTER.search(text)
    debrief = (
        _QUOTED_QUESTION.search(text) or _NUMBERED_MESSAGE.match(text) or L.Q_NUMBER.match(text)
    )
    if said and debrief and "?" not in text[said.end() :]:
        return text  # 'Q1 "How does...?" — explained the ready queue...': asked and answered
    quoted = _QUOTED_QUESTION.findall(text)
    if quoted and (len(quoted) > 1 or not L.asks(_QUOTED_QUESTION.sub(" ", text))):
        # read out from a list: 'Anonymous asks — lots of votes — "Why not rewrite it in Go?"'
        after = text[text.rfind(quoted[-1]) + len(quoted[-1]) :].lstrip('"” ')
        if len(quoted) == 1 and _NOT_ANSWERED.search(after):
            # '... was "What happens if...?" but we were at time so it got skipped': it
            # stays asked, with what says it was not answered
            return f"{quoted[0]}\n\n{after}"
        return "\n\n".join(quoted)
    end = text.rfind("?")
    opened = text[:end].count("(") > text[:end].count(")")  # "401 (who are you?), 403 ..."
    after = text[end + 1 :]
    # (but "...? Give a concrete use case." asks for more: it is the question's)
    first = re.split(r"[\s,:(]", after.strip().lower(), maxsplit=1)[0]
    more = (first in L.TASK_WORDS or first in _ASKS_FOR_MORE) and not _NOT_MORE.match(after.strip())
    if 0 < end < len(text) - 1 and not opened and len(after) < 120 and not _QUALIFIER.match(after):
        text = text if more else text[: end + 1]
    label = _LABEL_AFTER_LEAD.search(text[:60])
    # (a lead of words: "❓ Q6. How do..." is the label's own, as it always was)
    label = label if label and re.search(r"[^\W\d_]", text[: label.start(1)]) else None
    rest = text[label.end() :] if label else ""
    if label and (_asks(rest) or L.looks_like_question(rest) or L.COMPARES.search(rest)):
        text = text[label.start(1) :]  # "nice. Q3 when is a GIN index useful": from its label
    if L.Q_NUMBER.match(text) or L.Q_LABEL.match(text) or _LABEL_NEAR_START.search(text[:60]):
        return text  # "Q7: ...": its label is the quiz's, and the parser's to read
    for lead in (_LEAD_COLON.match(text), _LEAD_COMMA.match(text), _LEAD_REMARK.match(text)):
        if lead and _CONDITION.match(lead.group(1)):
            continue  # "And if Redis goes down, what happens to your app?" asks all of it
        rest = text[lead.end() :] if lead else ""
        if rest[:1] in '"“' and rest.rstrip()[-1:] in '"”':
            rest = rest.strip()[1:-1]  # 'Anonymous asks: "Did you run uvicorn directly?"'
        if lead and not L.asks(lead.group(1)) and L.asks(rest):
            # "last one today, in FastAPI, what's...": the topic stays with the question
            topic = _TOPIC_LAST.search(lead.group(1)) if lead.re is _LEAD_COMMA else None
            return f"{topic.group(0)}, {rest}" if topic else rest
    return _without_transitions(text)


# An interviewer's task after a transition: "Okay, one more on security. Explain ..."
_ASKING_TASK = re.compile(
    r"^(?:explain|describe|walk (?:me|us) through|talk (?:me|us) through|tell (?:me|us) (?:about|"
    r"how|why|what)|compare|design|implement|write (?:a|an|the|me|some)\b)\b",
    re.IGNORECASE,
)
# A lead that sets up what is asked: "And if Redis goes down, ...", "Say the cache is cold, ..."
_CONDITION = re.compile(
    r"^(?:and |but |so |now )?(?:if|when|once|suppose|say|assuming|given|whenever|in case|"
    # the setting it asks in: "With optimistic locking, who's going to win...?"
    r"with|without|in|under|using|during|after|before|across|between)\b",
    re.IGNORECASE,
)
_LEAD_OK = re.compile(r"^(?:ok(?:ay)?|alright|right|so|next|now|then)[ \t]*:[ \t]+(?=\S)", re.I)
# A reply's guess at an open question: "something with caching?", "maybe the GIL?"
_GUESS = re.compile(
    r"^\W*(?:something (?:with|about|to do with)|maybe|perhaps|i think|could it be|has to do with)"
    r"\b[^?\n]{0,40}\?",
    re.IGNORECASE,
)
# What a debrief says of a question left unanswered: "it got skipped", "no answer"
_NOT_ANSWERED = re.compile(
    r"\b(?:skipped|no answer|(?:ran|run) out of time|(?:we )?(?:were|was) at time|"
    r"didn(?:'|’)?t get to)\b",
    re.IGNORECASE,
)
# A debrief's answer after its question, on the same line: "...?" — explained...", "? → ..."
_SAID_AFTER = re.compile(r"\?[\"”]?[ \t]+(?:→|->|=>|—|–)[ \t]+\S")
# What the asker wants of the answer, after the "?": part of the question.
_QUALIFIER = re.compile(
    r"^[ \t]*\(?(?:just |only |keep it |in |at )?(?:very )?(?:high[- ]level|short(?: version)?|"
    r"brief(?:ly)?|quick(?:ly)?|one (?:sentence|line|word|paragraph)|\d{1,2} (?:sentences|words|"
    r"lines|minutes)|no code(?: needed)?|rough(?:ly)?|the gist|eli5|(?:in )?your own words)"
    r"(?:[ \t]+(?:please|pls|is fine|is enough|enough))?\W{0,3}$",
    re.IGNORECASE,
)
# A speaker's fillers before a question: "Okay, so, um, how does Python manage memory?"
_FILLERS = re.compile(r"^(?:(?:okay|ok|so|um+|uh+|erm|right|alright|well)\b[,.]?[ \t]+)+", re.I)


def _without_transitions(text: str) -> str:
    """An interviewer's question without the remarks that lead to it: "Yep, that's fine.
    Okay, asyncio. What is the event loop...?" asks "What is the event loop...?" (but
    "We use Celery. How would you retry...?" keeps what it says first)."""
    rest = text
    while (
        (sentence := _SENTENCE.match(rest))
        # (a long one that sets a scene is the question's: "Now say you're in an async...")
        and (len(sentence.group(1)) <= SHORT_TRANSITION or not _SCENE.search(sentence.group(1)))
        and (
            _TRANSITION.match(sentence.group(1))
            or _WITHDRAWN.search(sentence.group(1))  # "Actually, let's park that one."
            or _MOVING_ON.match(sentence.group(1))  # "I want to get to testing."
        )
    ):
        rest = rest[sentence.end() :]
    rest = _FILLERS.sub("", rest)
    aside = _LEAD_ASIDE.match(rest)  # "From Daniel — and this one has votes — what's...?"
    if aside and not L.asks(aside.group(1)) and L.asks(rest[aside.end() :]):
        rest = rest[aside.end() :]
    if rest != text and ((rest.endswith("?") and L.asks(rest)) or _ASKING_TASK.match(rest)):
        return rest  # "Okay, one more on security. Explain what SQL injection is..."
    return text


def _asks(text: str) -> bool:
    """Whether a message asks: a question, a task ("Explain ..."), or a numbered one ("Q3
    what happens if...", "Question 7: Explain ...")."""
    numbered = L.Q_NUMBER.match(text) or L.Q_SPACED.match(text)
    if not numbered and _HEDGED.search(text) and not L.asks(_HEDGED.sub("", text)):
        return False  # "Optional[int] is still required in v2 I think?": an answer, unsure
    text = _NUMBERED_MESSAGE.sub("", text, count=1)  # "1) what changed in v2"
    text = _TOPIC_FIRST.sub("", text, count=1)  # "in fastapi what's the difference..."
    if "?" not in text and _PROMISE.match(text):
        return False  # "will answer later": said, not asked
    return bool(numbered) or L.asks(text) or L.starts_with_task(text)


# A promise with its subject left out: "will answer later", "will check tonight"
_PROMISE = re.compile(
    r"^(?:will|gonna|going to)[ \t]+(?:answer|reply|respond|get back|come back|check|look|do|"
    r"post|share|write|send|add|update|try|fix|finish)(?:[ \t]+(?:it|this|that|them|one|to you|"
    r"back))?(?:[ \t]+(?:later|tomorrow|tonight|soon|in a bit|after \w+))?\W*$",
    re.IGNORECASE,
)


# A statement with its doubt at the end: "... in v2 I think?", "... is the default, right?"
_HEDGED = re.compile(r"[,;]?\s+(?:i think|i guess|i believe|right|no|afaik|iirc)\?$", re.I)
# A message that is one of a numbered round's questions: "1) what changed in v2?"
_NUMBERED_MESSAGE = re.compile(r"^\d{1,3}[.)]\s+(?=\S)")
